from lib import L, C, F, S, N

DATE = "2023-05-09"
SLUG = "appg-british-french-visit-report-calais-dunkirk"
TITLE = "All-Party Parliamentary British-French Group: Report of a visit to Calais, Dunkirk and Paris"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "London"
GENRE = "All-party parliamentary group visit report (what we heard, quotations, our view)"
STRESS = "adoption date only in the final line, written out in words"
THIRD = "Belgium (actor: federal police join a joint cell)"

LINES = [
    "ALL-PARTY PARLIAMENTARY BRITISH-FRENCH GROUP",
    "Report of a visit to Calais, Dunkirk and Paris",
    L("Members of the Group visited Calais, Dunkirk and Paris from 6 to 8 February 2023, meeting prefects, "
      "police commanders, charities and officials of both governments.",
      N("statistics;commitments", "dates of a visit; report of meetings")),
    L("We are grateful to the British Ambassador and to the Prefecture of the Pas-de-Calais for their help.",
      N("commitments", "thanks")),
    "What we saw",
    L("According to the sub-prefecture, between 1,500 and 2,000 people were living in informal camps around "
      "Calais and Dunkirk during our visit.",
      S(1500, "people", "approximately", "people living in informal camps around Calais and Dunkirk", "level",
        location="Calais and Dunkirk", conf="borderline", note="range 1,500-2,000 recorded by its lower bound")),
    L("The Grande-Synthe site near Dunkirk now holds twice as many people as the camps in Calais.",
      S(2, "factor", "exact", "people at Grande-Synthe compared with the Calais camps", "level",
        location="Grande-Synthe", conf="borderline", note="a comparison between places, not a change over time")),
    L("Small boat arrivals in the United Kingdom reached 44,190 in 2022, against 27,930 in 2021.",
      S(44190, "people", "exact", "small boat arrivals in the UK", "level", period_text="in 2022",
        period_start="2022-01-01", period_end="2022-12-31", location="United Kingdom"),
      S(27930, "people", "exact", "small boat arrivals in the UK", "level", period_text="in 2021",
        period_start="2021-01-01", period_end="2021-12-31", location="United Kingdom")),
    L("The maritime prefecture reported that 312 people had been rescued at sea in January alone.",
      S(312, "people", "exact", "people rescued at sea in the Channel", "level", period_text="in January alone",
        period_start="2023-01-01", period_end="2023-01-31", location="Channel")),
    L("Five people died attempting the crossing in 2022, according to the French authorities, and arrests of "
      "facilitators in the Nord and Pas-de-Calais rose by 27%.",
      S(5, "people", "exact", "deaths during Channel crossing attempts", "level", period_text="in 2022",
        period_start="2022-01-01", period_end="2022-12-31", location="Channel"),
      S(27, "percent", "exact", "arrests of facilitators", "increase", location="Nord and Pas-de-Calais")),
    L("We heard that a place in a boat now costs between £1,500 and £3,000.",
      N("funding;statistics", "smugglers' price")),
    "What we were told",
    L("The prefect told us: \"France will deploy a further 200 gendarmes on the Opal Coast by the end of the "
      "summer.\"",
      C("FR", "border_security", "will", "by the end of the summer", "2023-08-31",
        q="France will deploy a further 200 gendarmes on the Opal Coast by the end of the summer."),
      N("statistics", "number inside a commitment", q="a further 200 gendarmes")),
    L("The Interior Ministry confirmed that France intends to open two new administrative detention centres in "
      "the north in 2024.",
      C("FR", "returns", "intend", "in 2024", "2024-12-31")),
    L("France has also agreed to admit Border Force observers to its coordination centre from this summer.",
      C("FR", "border_security", "agree", "from this summer", "2023-08-31")),
    L("The French side made clear that France will not allow British officers to patrol French beaches.",
      C("FR", "border_security", "will")),
    L("Home Office officials told us that the UK will pay half of the cost of a new surveillance centre at "
      "Dunkirk.",
      C("GB", "border_security", "will")),
    L("Under the arrangement announced in March, the UK has pledged £390 million over three years to French "
      "policing of the coast.",
      C("GB", "funding", "pledge"),
      F(390000000, "GBP", "GB", "FR", "pledge", "French policing of the coast", period_text="over three years")),
    L("The UK will also pay €5 million a year for three years towards the care of unaccompanied minors in "
      "France.",
      C("GB", "reception_welfare", "will"),
      F(5000000, "EUR", "GB", "FR", "pledge", "care of unaccompanied minors in France", per_year=True, years=3,
        period_text="a year for three years")),
    L("Since 2014 the UK has contributed over £230 million to French border security.",
      F(230000000, "GBP", "GB", "FR", "disbursed", "French border security", period_text="Since 2014",
        period_start="2014-01-01", period_end="2023-05-09")),
    L("We were told that the Belgian federal police will join the joint intelligence cell at Coquelles before the "
      "end of the year.",
      C("BE", "policing_intelligence", "will", "before the end of the year", "2023-12-31")),
    L("Both governments have undertaken to publish a joint annual report on the arrangement.",
      C("GB;FR", "governance", "undertake")),
    "Our view",
    L("We recommend that the Government publish the performance indicators agreed with France.",
      N("commitments", "recommendation of the Group, not an undertaking")),
    L("We urge both governments to open safe routes for children with family in the United Kingdom.",
      N("commitments", "appeal")),
    L("The Group will return to Calais in 2024 and will report again to both Houses.",
      C("GB", "governance", "will", "in 2024", "2024-12-31", conf="borderline",
        note="a parliamentary group's own plan; the Group is not a government party")),
    "Adopted by the Group at Westminster on the ninth of May, two thousand and twenty-three.",
]
