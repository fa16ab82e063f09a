from lib import L, C, F, S, N

DATE = "2019-11-07"
SLUG = "five-interior-ministers-north-sea-channel"
TITLE = ("Joint statement by the interior ministers of Belgium, France, Germany, the Netherlands and the United "
         "Kingdom on organised immigration crime in the Channel and the North Sea")
PARTIES = "GB;FR;BE;NL;DE"
DOC_TYPE = "joint_statement"
PLACE = "The Hague"
GENRE = "Joint press release of five interior ministers"
STRESS = "dateline with place in the header ('THE HAGUE, 7 November 2019 –')"
THIRD = "Belgium, the Netherlands, Germany (parties); Europol, Frontex (actors); European Commission (donor)"

A = "GB;FR;BE;NL;DE"
Q_ARR = ("They noted with concern that 2,140 people reached the United Kingdom in small boats between January and "
         "October, more than four times as many as in the whole of 2018.")
Q_UK = ("The United Kingdom will provide €3 million (£2.6 million) for the joint investigation team and the "
        "information campaign over 2020 and 2021.")
Q_BENL = "Belgium and the Netherlands will each contribute €500,000 to the surveillance of their coasts."

LINES = [
    "PRESS RELEASE – FOR IMMEDIATE USE",
    "THE HAGUE, 7 November 2019 – Joint statement by the interior ministers of Belgium, France, Germany, the "
    "Netherlands and the United Kingdom on organised immigration crime in the Channel and the North Sea",
    L("The ministers met today in The Hague at the invitation of the Dutch Minister for Migration, Annelies Vroom.",
      N("commitments", "report of a meeting")),
    L(Q_ARR + " French authorities prevented a further 1,600 attempted crossings over the same period, and "
      "attempts from the Belgian and Dutch coasts rose from 12 to 87.",
      S(2140, "people", "exact", "small boat arrivals in the UK", "level",
        period_text="between January and October", period_start="2019-01-01", period_end="2019-10-31",
        location="Channel", q=Q_ARR),
      S(4, "factor", "more_than", "small boat arrivals, January-October 2019 vs all of 2018", "increase",
        location="Channel", q=Q_ARR),
      S(1600, "attempts", "exact", "crossing attempts prevented by French authorities", "level",
        location="northern France",
        q="French authorities prevented a further 1,600 attempted crossings over the same period"),
      S(12, "attempts", "exact", "crossing attempts from the Belgian and Dutch coasts", "level",
        location="Belgian and Dutch coasts", q="attempts from the Belgian and Dutch coasts rose from 12 to 87"),
      S(87, "attempts", "exact", "crossing attempts from the Belgian and Dutch coasts", "increase",
        location="Belgian and Dutch coasts", q="attempts from the Belgian and Dutch coasts rose from 12 to 87")),
    L("Six people have died in the Channel since August. Each boat now carries between 8 and 15 people.",
      S(6, "people", "exact", "deaths in the Channel", "level", period_text="since August",
        period_start="2019-08-01", period_end="2019-11-07", location="Channel",
        q="Six people have died in the Channel since August."),
      S(8, "people", "exact", "people carried per boat (lower bound)", "level", location="Channel",
        q="Each boat now carries between 8 and 15 people.", note="range: one row per bound (decision D6)"),
      S(15, "people", "exact", "people carried per boat (upper bound)", "level", location="Channel",
        q="Each boat now carries between 8 and 15 people.", note="range: one row per bound (decision D6)")),
    L("The ministers condemn the criminal gangs who put lives at risk for profit.",
      N("commitments", "condemning")),
    L("They are convinced that only a common European response can break the smugglers' business model.",
      N("commitments", "a belief")),
    "They agreed on a joint action plan to:",
    L("- strengthen the surveillance of beaches and ports on the Channel and North Sea coasts, including by drones, "
      "before the end of the year;",
      C(A, "border_security", "agree", "before the end of the year", "2019-12-31")),
    L("- set up, with Europol, a joint investigation team on the supply of small boats in Belgium, the Netherlands "
      "and Germany;",
      C(A, "policing_intelligence", "agree")),
    L("- track, with retailers, the sale of inflatable boats and outboard engines from January 2020;",
      C(A, "policing_intelligence", "agree", "from January 2020", "2020-01-31")),
    L("- return people with no right to remain to their countries of origin or to safe third countries;",
      C(A, "returns", "agree")),
    L("- run a common information campaign in the main transit camps on the dangers of the crossing.",
      C(A, "information_campaigns", "agree")),
    L("Frontex will deploy surveillance aircraft over the Channel approaches within a month, at the request of "
      "France and Belgium.",
      C("Frontex", "border_security", "will", "within a month", "2019-12-07")),
    L("Europol will host a dedicated operational task force, which will meet for the first time in December.",
      C("Europol", "policing_intelligence", "will", "in December", "2019-12-31")),
    L("Germany will lead work on a common approach to the seizure of criminal assets.",
      C("DE", "policing_intelligence", "will")),
    L("The Netherlands will host a follow-up meeting of the five ministers by the spring of 2020.",
      C("NL", "governance", "will", "by the spring of 2020", "2020-05-31")),
    L(Q_UK,
      C("GB", "funding", "will", "over 2020 and 2021", "2021-12-31", note="decision D4"),
      F(3000000, "EUR", "GB", "joint investigation team and information campaign", "pledge",
        "joint investigation team and information campaign", alt_amount=2600000, alt_currency="GBP",
        period_text="over 2020 and 2021", period_start="2020-01-01", period_end="2021-12-31",
        note="one sum for a two-year period: per_year false, years 1 (decision D3)")),
    L(Q_BENL,
      C("BE;NL", "funding", "will"),
      F(500000, "EUR", "BE", "Belgian coastal surveillance", "pledge", "coastal surveillance",
        note="'each': one row per donor (decision D7)"),
      F(500000, "EUR", "NL", "Dutch coastal surveillance", "pledge", "coastal surveillance",
        note="'each': one row per donor (decision D7)")),
    L("The European Commission has already allocated €4.5 million from the Internal Security Fund to the Belgian "
      "and Dutch coast guards.",
      F(4500000, "EUR", "European Commission", "Belgian and Dutch coast guards", "disbursed",
        "coast guard surveillance", note="'already allocated' read as money contributed")),
    L("Smugglers are charging between £3,000 and £6,000 per crossing.",
      N("funding", "smuggling fees, not funding")),
    L("In September Dutch police seized 140 boats and engines worth €900,000.",
      N("funding", "value of seized goods, not funding"),
      S(140, "other", "exact", "boats and engines seized by Dutch police", "level",
        period_text="In September", period_start="2019-09-01", period_end="2019-09-30", location="Netherlands")),
    L("The ministers welcomed the creation of a British post of Clandestine Channel Threat Commander.",
      N("commitments", "welcoming")),
    L("Signed: Pieter De Clercq (Belgium), Laurent Vasseur (France), Katrin Albers (Germany), Annelies Vroom "
      "(the Netherlands), Simon Threlkeld (United Kingdom)",
      N("all", "names of signatories")),
]
