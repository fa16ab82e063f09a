from lib import L, C, F, S, N

DATE = "2018-03-07"
SLUG = "embassy-fact-sheet-uk-france-border-cooperation"
TITLE = "UK-France cooperation at the border: the facts"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "Paris"
GENRE = "Embassy fact sheet on a government website (key facts bullets, 'Did you know?' box)"
STRESS = "web furniture: breadcrumb, published and last-updated dates, page-feedback links"
THIRD = "none (France acts jointly and alone; Sudan and Eritrea named as third countries)"

LINES = [
    "Skip to main content",
    "GOV.UK",
    "Home > World > France > British Embassy Paris",
    "Fact sheet",
    "UK-France cooperation at the border: the facts",
    "From: British Embassy Paris",
    L("Published 7 March 2018", N("statistics", "publication date")),
    "Last updated 12 March 2018 - see all updates",
    "Contents",
    "This fact sheet explains how the UK and France work together to keep their shared border secure and to "
    "protect vulnerable people on both sides of the Channel.",
    "Key facts | What has been agreed | Did you know?",
    "Key facts",
    L("The UK and France share one of the busiest borders in the world: some 17 million passengers and 4.5 "
      "million lorries crossed the Strait of Dover in 2017.",
      S(17000000, "people", "approximately", "passengers crossing the Strait of Dover", "level",
        period_text="in 2017", period_start="2017-01-01", period_end="2017-12-31", location="Strait of Dover"),
      S(4500000, "other", "approximately", "lorries crossing the Strait of Dover", "level",
        period_text="in 2017", period_start="2017-01-01", period_end="2017-12-31", location="Strait of Dover")),
    L("- In 2017, French and British officers prevented more than 115,000 attempts to cross the border illegally "
      "at the ports and the tunnel.",
      S(115000, "attempts", "more_than", "illegal crossing attempts prevented at the ports and the tunnel",
        "level", period_text="In 2017", period_start="2017-01-01", period_end="2017-12-31")),
    L("- The number of migrants in and around Calais fell from about 9,000 in October 2016 to fewer than 700 "
      "today.",
      S(9000, "people", "approximately", "migrants in and around Calais", "level", period_text="in October 2016",
        period_start="2016-10-01", period_end="2016-10-31", location="Calais"),
      S(700, "people", "less_than", "migrants in and around Calais", "level", location="Calais")),
    L("- The UK has invested more than £150 million since 2014 in security at Calais, Coquelles and Dunkirk.",
      F(150000000, "GBP", "GB", "FR", "disbursed", "security at Calais, Coquelles and Dunkirk",
        period_text="since 2014", period_start="2014-01-01", period_end="2018-03-07")),
    L("- Over 1,000 children were transferred to the UK in 2016-17, including more than 750 from Calais.",
      S(1000, "people", "more_than", "children transferred to the UK", "level", period_text="in 2016-17",
        period_start="2016-01-01", period_end="2017-12-31"),
      S(750, "people", "more_than", "children transferred to the UK from Calais", "level", location="Calais")),
    L("- Joint operations dismantled 33 people-smuggling gangs in 2017, up by half on 2016.",
      S(33, "networks", "exact", "people-smuggling gangs dismantled by joint operations", "level",
        period_text="in 2017", period_start="2017-01-01", period_end="2017-12-31"),
      S(50, "percent", "exact", "people-smuggling gangs dismantled, 2017 vs 2016", "increase",
        conf="borderline", note="'up by half' converted to 50%")),
    L("- In 2017 the UK also gave €3 million (£2.6 million) to French charities running welfare services "
      "in Calais.",
      F(3000000, "EUR", "GB", "French charities in Calais", "disbursed", "welfare services in Calais",
        alt_amount=2600000, alt_currency="GBP", period_text="In 2017", period_start="2017-01-01",
        period_end="2017-12-31")),
    "What has been agreed",
    L("Under the new arrangement agreed by the Home Secretary and the French Interior Minister:",
      N("commitments", "bare lead-in; its items are the commitments")),
    L("- the UK will contribute a further £44.5 million to border security in Calais and the surrounding area;",
      C("GB", "funding", "will"),
      F(44500000, "GBP", "GB", "FR", "pledge", "border security in Calais and the surrounding area")),
    L("- France will reinforce policing on the coast between Dunkirk and Boulogne;",
      C("FR", "border_security", "will")),
    L("- both countries will set up a joint information and coordination centre at Coquelles by the end of the "
      "year;",
      C("GB;FR", "policing_intelligence", "will", "by the end of the year", "2018-12-31")),
    L("- the UK will speed up family reunion cases, aiming to decide most of them within 25 days;",
      C("GB", "asylum", "will"),
      N("statistics", "number inside a commitment's target", q="within 25 days")),
    L("- a joint returns programme will be developed with third countries, including Sudan and Eritrea.",
      C("GB;FR", "returns", "will")),
    L("The UK will also fund a project with France to help vulnerable migrants, notably unaccompanied minors, to "
      "access the French asylum system.",
      C("GB", "reception_welfare", "will")),
    L("Both governments remain committed to the juxtaposed controls.",
      C("GB;FR", "border_security", "commit")),
    L("Progress will be reviewed at the next UK-France summit.",
      C("GB;FR", "governance", "will", "at the next UK-France summit")),
    "Did you know?",
    L("The juxtaposed controls rest on the Treaty of Le Touquet, signed in 2003.",
      N("statistics", "year of a treaty")),
    L("Running the border at Dover costs the port about £1 million a year in extra staff.",
      N("funding", "operating cost of a port, not funding of the cooperation")),
    L("Around 2,000 staff of Border Force and the Police aux Frontieres work at the juxtaposed controls on both "
      "sides of the Channel.",
      S(2000, "officers", "approximately", "Border Force and PAF staff at the juxtaposed controls", "level")),
    "Read the full UK-France summit communique",
    "Related content: Calais - what the UK is doing; Family reunion: guidance for applicants",
    L("Is this page useful? Yes No", N("commitments", "web furniture")),
    "Report a problem with this page",
    "Share this page: Facebook Twitter",
    "All content is available under the Open Government Licence, except where otherwise stated",
]
