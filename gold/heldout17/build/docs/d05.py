from lib import L, C, F, S, N

DATE = "2014-03-20"
SLUG = "government-response-hac-calais-channel-ports"
TITLE = ("The Government Response to the Eighth Report from the Home Affairs Committee Session 2013-14: "
         "Calais and the Channel Ports")
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Government response to a select committee report (recommendation / response pairs, command paper)"
STRESS = "cover gives only the month ('March 2014'); the full date appears only in the closing line"
THIRD = "European Commission (donor and actor: External Borders Fund co-financing); Belgium named as partner"

LINES = [
    L("The Government Response to the Eighth Report from the Home Affairs Committee Session 2013-14:",
      N("statistics", "report number and session label", q="Session 2013-14")),
    "Calais and the Channel Ports",
    "Presented to Parliament by the Secretary of State for the Home Department by Command of Her Majesty",
    "March 2014",
    "Cm 8842",
    L("The Government welcomes the Committee's report and is grateful to its members for their visit to Calais "
      "and Coquelles in November 2013.",
      N("commitments", "welcoming and thanks")),
    "This paper sets out the Government's response to each of the Committee's recommendations in turn.",
    "Recommendation 1",
    L("We recommend that the Government publish each year the number of clandestine entrants detected at each "
      "juxtaposed port.",
      C("GB", "governance", "should", conf="borderline",
        note="the committee's recommendation quoted in the response, not the Government's own undertaking")),
    L("(Paragraph 14)", N("statistics", "paragraph reference")),
    "Response",
    L("In 2013 Border Force and its French partners detected 18,000 attempts at Calais and Coquelles, 7% fewer "
      "than in 2012.",
      S(18000, "attempts", "exact", "clandestine entry attempts detected at Calais and Coquelles", "level",
        period_text="In 2013", period_start="2013-01-01", period_end="2013-12-31",
        location="Calais and Coquelles"),
      S(7, "percent", "exact", "attempts detected at Calais and Coquelles, 2013 vs 2012", "decrease",
        location="Calais and Coquelles")),
    L("Border Force will publish detection figures by port from the next quarterly release, due in May 2014.",
      C("GB", "governance", "will", "due in May 2014", "2014-05-31")),
    "Recommendation 2",
    L("The Government should renegotiate the financial contribution it makes to the security of the port of "
      "Calais.",
      C("GB", "funding", "should", conf="borderline",
        note="the committee's recommendation quoted in the response, not the Government's own undertaking")),
    "Response",
    L("The Government does not accept that renegotiation is needed.",
      N("commitments", "a refusal, no undertaking")),
    L("Under the 2012 arrangement the United Kingdom has already paid £12 million to the port authority for "
      "fencing, lighting and search facilities.",
      F(12000000, "GBP", "GB", "Calais port authority", "disbursed", "fencing, lighting and search facilities")),
    L("We will provide a further £3 million in 2014-15 for the port's eastern approach road.",
      C("GB", "funding", "will", "in 2014-15", "2015-03-31"),
      F(3000000, "GBP", "GB", "Calais port authority", "pledge", "the port's eastern approach road",
        period_text="in 2014-15", period_start="2014-04-01", period_end="2015-03-31")),
    L("The European Commission has agreed to co-finance the same works with €2.4 million from the External "
      "Borders Fund.",
      C("European Commission", "funding", "agree"),
      F(2400000, "EUR", "European Commission", "Calais port authority", "pledge",
        "co-financing of works at the port of Calais")),
    L("Civil penalties of up to £2,000 per clandestine entrant continue to be imposed on hauliers.",
      N("funding;statistics", "a penalty ceiling, neither funding nor a count")),
    "Recommendation 3",
    L("The Committee was concerned that between 1,500 and 2,000 migrants were sleeping rough in and around "
      "Calais in February 2014.",
      S(1500, "people", "exact", "migrants sleeping rough in and around Calais (lower bound of a range)", "level",
        period_text="in February 2014", period_start="2014-02-01", period_end="2014-02-28", location="Calais",
        conf="borderline", note="a range; each bound recorded as a borderline row"),
      S(2000, "people", "exact", "migrants sleeping rough in and around Calais (upper bound of a range)", "level",
        period_text="in February 2014", period_start="2014-02-01", period_end="2014-02-28", location="Calais",
        conf="borderline", note="a range; each bound recorded as a borderline row")),
    "Response",
    L("The Government will not fund a reception centre on the Sangatte model.",
      N("commitments", "a negated action")),
    L("The French Government has told us that it will open a day centre in Calais with 400 places by the end "
      "of the year.",
      C("FR", "reception_welfare", "will", "by the end of the year", "2014-12-31"),
      N("statistics", "places inside a commitment's target", q="with 400 places")),
    L("French police dismantled some 85 smuggling networks operating through Calais in 2013, against 60 in "
      "2012.",
      S(85, "networks", "approximately", "smuggling networks dismantled by French police", "level",
        period_text="in 2013", period_start="2013-01-01", period_end="2013-12-31", location="Calais"),
      S(60, "networks", "exact", "smuggling networks dismantled by French police", "level",
        period_text="in 2012", period_start="2012-01-01", period_end="2012-12-31", location="Calais")),
    L("Border Force now has 230 officers in northern France.",
      S(230, "officers", "exact", "Border Force officers in northern France", "level",
        location="northern France")),
    L("The Home Secretary will meet her French counterpart before the summer to agree a joint approach to "
      "Calais.",
      C("GB", "governance", "will", "before the summer", "2014-05-31")),
    L("We will also extend the use of dogs trained to detect concealed people to Dunkirk.",
      C("GB", "border_security", "will")),
    L("The National Crime Agency will second two investigators to the French central office against irregular "
      "immigration.",
      C("GB", "policing_intelligence", "will")),
    L("The Government remains committed to working with the European Commission and Belgium on the North Sea "
      "routes.",
      C("GB", "eu_international", "commit")),
    L("The Government believes that the juxtaposed controls remain firmly in the national interest.",
      N("commitments", "a belief")),
    L("Border Force will report progress to the Committee in six months' time.",
      C("GB", "governance", "will", "in six months' time", "2014-09-20")),
    "Home Office, 20 March 2014",
]
