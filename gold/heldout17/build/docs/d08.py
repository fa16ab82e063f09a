from lib import L, C, F, S, N

DATE = "2020-08-16"
SLUG = "prime-minister-newspaper-article-channel-crossings"
TITLE = "We will make the Channel route unviable, and we will do it with France"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Prime minister's signed newspaper article (opinion page, first person)"
STRESS = "newspaper web furniture (section, byline, reading time) and two timestamps, published and updated"
THIRD = "none (France acts in reported and joint undertakings)"

LINES = [
    "The Sunday Chronicle | Opinion | Politics",
    "We will make the Channel route unviable, and we will do it with France",
    "By the Prime Minister",
    L("Published 16 August 2020, 9:30pm | Updated 17 August 2020, 7:05am",
      N("statistics", "timestamps, not figures")),
    L("6 min read", N("statistics", "reading time, page furniture")),
    L("Why would anyone put a child into an inflatable boat in one of the busiest shipping lanes in the world?",
      N("commitments", "a rhetorical question")),
    "The answer is that criminal gangs tell them it is safe, and take their money.",
    L("A smuggler now charges up to £3,000 for a place on a dinghy.",
      N("funding;statistics", "a smuggler's price, neither funding nor a count")),
    L("So far this year more than 4,000 people have crossed the Channel in small boats, almost four times the "
      "total for the whole of 2019.",
      S(4000, "people", "more_than", "people crossing the Channel in small boats", "level",
        period_text="So far this year", period_start="2020-01-01", location="English Channel"),
      S(4, "factor", "approximately", "small boat crossings, 2020 to date vs all of 2019", "increase",
        location="English Channel")),
    L("On a single day last week, 235 people arrived on the beaches of Kent.",
      S(235, "people", "exact", "small boat arrivals in Kent in a single day", "level", location="Kent")),
    L("French officers have stopped some 1,100 attempts since January, and the number of people detained in "
      "connection with the crossings has risen by 40%.",
      S(1100, "attempts", "approximately", "crossing attempts stopped by French officers", "level",
        period_text="since January", period_start="2020-01-01", location="French coast"),
      S(40, "percent", "exact", "people detained in connection with the crossings", "increase",
        location="France")),
    L("I believe that the vast majority of these journeys are neither safe nor necessary.",
      N("commitments", "a belief")),
    L("That is why this Government will act, and act with our closest neighbour.",
      C("GB", "border_security", "will", conf="borderline", note="a general announcement of intent with no action named")),
    L("First, we will make the route unviable by intercepting boats before they leave French waters.",
      C("GB;FR", "border_security", "will", conf="borderline",
        note="opinion-article 'we': could be the Government alone or the Government with France")),
    L("Britain and France will set up a joint intelligence cell in Paris by the end of September.",
      C("GB;FR", "policing_intelligence", "will", "by the end of September", "2020-09-30")),
    L("My friend the French interior minister has agreed to double the number of officers patrolling the "
      "beaches between Dunkirk and Boulogne.",
      C("FR", "border_security", "agree"),
      N("statistics", "a factor inside a commitment's target", q="double the number of officers")),
    L("We have already paid France more than £100 million since 2015 for fencing, cameras and search "
      "equipment.",
      F(100000000, "GBP", "GB", "FR", "disbursed", "fencing, cameras and search equipment",
        period_text="since 2015")),
    L("Last month we agreed to provide a further £17.4 million, which will pay for drones, night-vision kit "
      "and more patrols.",
      C("GB", "funding", "agree"),
      F(17400000, "GBP", "GB", "FR", "pledge", "drones, night-vision equipment and patrols")),
    L("Second, we will change the law.",
      C("GB", "legal_framework", "will")),
    L("The Home Secretary will bring forward legislation this autumn so that those who arrive illegally "
      "cannot expect to stay.",
      C("GB", "asylum", "will", "this autumn", "2020-11-30")),
    L("Our asylum system already costs the taxpayer more than £1 billion a year.",
      N("funding", "the country's own spending, not funding for the cooperation")),
    L("Third, we will return those with no right to be here, and we are in talks with our European partners "
      "about new returns arrangements.",
      C("GB", "returns", "will")),
    L("We intend to conclude those talks before the end of the transition period.",
      C("GB", "returns", "intend", "before the end of the transition period")),
    L("Fourth, we will go after the gangs.",
      C("GB", "policing_intelligence", "will")),
    L("The National Crime Agency will put 20 more investigators on this work, and I have asked them to report "
      "to me every month.",
      C("GB", "policing_intelligence", "will"),
      N("statistics", "a number inside a commitment's target", q="20 more investigators")),
    L("Finally, we will keep open safe and legal routes, through which 25,000 people have been resettled in "
      "this country since 2015.",
      C("GB", "asylum", "will"),
      S(25000, "people", "exact", "people resettled in the UK through safe and legal routes", "level",
        period_text="since 2015", location="United Kingdom")),
    "None of this will be easy, and none of it can be done by one country alone.",
    L("But I am confident that, working with France, we can end these dangerous crossings for good.",
      N("commitments", "a statement of confidence, not an undertaking")),
]
