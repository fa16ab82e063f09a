from lib import L, C, F, S, N

DATE = "2019-12-17"
SLUG = "global-refugee-forum-joint-pledge-central-med-channel"
TITLE = "Safe alternatives to dangerous journeys along the Central Mediterranean and Channel routes"
PARTIES = "GB;FR;IT"
DOC_TYPE = "other"
PLACE = "Geneva"
GENRE = "Joint pledge entry in a UN pledge database (Global Refugee Forum), with form fields"
STRESS = "web furniture and form fields (dashboard name, pledge ID, status) before the title; date in a 'Submitted on' field"
THIRD = "Italy (party, actor, donor); UNHCR and IOM (actors and recipients)"

A = "GB;FR;IT"

LINES = [
    "Global Refugee Forum | Pledges and Contributions Dashboard",
    "Home > Pledges > Joint pledges",
    L("Pledge ID: GRF-02417", N("statistics", "a database identifier")),
    "Status: In progress",
    "Submitted on 17 December 2019 at the Global Refugee Forum, Geneva",
    "Pledge title: Safe alternatives to dangerous journeys along the Central Mediterranean and Channel routes",
    "Submitting entities: United Kingdom; France; Italy",
    "Area of focus: Protection capacity; Solutions",
    "Background",
    L("The pledging states welcome the Global Compact on Refugees affirmed by the United Nations General "
      "Assembly a year ago.",
      N("commitments", "welcoming")),
    L("In 2019 some 11,400 people reached Italy by sea from Libya, 51% fewer than in 2018.",
      S(11400, "people", "approximately", "sea arrivals in Italy from Libya", "level", period_text="In 2019",
        period_start="2019-01-01", period_end="2019-12-31", location="Italy"),
      S(51, "percent", "exact", "sea arrivals in Italy from Libya, 2019 vs 2018", "decrease", location="Italy")),
    L("More than 1,000 migrants died in the Central Mediterranean over the same year.",
      S(1000, "people", "more_than", "migrant deaths in the Central Mediterranean", "level",
        location="Central Mediterranean")),
    L("Small boat arrivals in the United Kingdom trebled in 2019, to about 1,900 people.",
      S(3, "factor", "exact", "small boat arrivals in the United Kingdom", "increase", period_text="in 2019",
        period_start="2019-01-01", period_end="2019-12-31", location="United Kingdom"),
      S(1900, "people", "approximately", "small boat arrivals in the United Kingdom", "level",
        period_text="in 2019", period_start="2019-01-01", period_end="2019-12-31", location="United Kingdom")),
    L("Since 2017, 1,830 refugees have left Niger under UNHCR's emergency transit mechanism.",
      S(1830, "people", "exact", "refugees evacuated from Niger under the emergency transit mechanism", "level",
        period_text="Since 2017", location="Niger")),
    L("The three states together resettled 9,700 refugees this year.",
      S(9700, "people", "exact", "refugees resettled by the UK, France and Italy", "level",
        period_text="this year", period_start="2019-01-01", period_end="2019-12-31")),
    L("They consider that no country can address these movements alone.",
      N("commitments", "a belief")),
    "The pledge builds on the work of the three states in the Sahel and on cooperation between the United "
    "Kingdom and France on the Channel.",
    "Pledge description",
    L("The Governments of the United Kingdom, France and Italy jointly pledge to:",
      N("commitments", "bare lead-in; its items are the commitments")),
    L("- expand resettlement from Niger and Libya by 1,500 places in 2020, in cooperation with UNHCR;",
      C(A, "upstream_cooperation", "pledge", "in 2020", "2020-12-31"),
      N("statistics", "places inside a commitment's target", q="by 1,500 places")),
    L("- fund information campaigns in Agadez, Tripoli and Khartoum on the risks of onward travel;",
      C(A, "information_campaigns", "pledge")),
    L("- support the adoption of common standards for the reception of unaccompanied children;",
      C(A, "reception_welfare", "support")),
    L("- report on progress at the high-level officials' meeting in 2021.",
      C(A, "governance", "pledge", "in 2021", "2021-12-31")),
    "Financial contributions",
    L("United Kingdom: £20 million over 2020-2022 to UNHCR's Central Mediterranean Situation appeal.",
      F(20000000, "GBP", "GB", "UNHCR", "pledge", "Central Mediterranean Situation appeal",
        period_text="over 2020-2022", period_start="2020-01-01", period_end="2022-12-31")),
    L("France: €4 million a year for three years to IOM for assisted voluntary return from Niger.",
      F(4000000, "EUR", "FR", "IOM", "pledge", "assisted voluntary return from Niger", per_year=True, years=3,
        period_text="a year for three years")),
    L("Italy: €6.5 million (about £5.6 million) in 2020 for reception capacity in Niger.",
      F(6500000, "EUR", "IT", "Niger", "pledge", "reception capacity in Niger", alt_amount=5600000,
        alt_currency="GBP", period_text="in 2020", period_start="2020-01-01", period_end="2020-12-31")),
    L("In 2019 the three states provided a combined €31 million to the two agencies.",
      F(31000000, "EUR", "GB;FR;IT", "UNHCR;IOM", "disbursed", "core and earmarked support to UNHCR and IOM",
        period_text="In 2019", period_start="2019-01-01", period_end="2019-12-31")),
    L("Processing each resettlement case costs around €10,000.",
      N("funding;statistics", "a unit cost")),
    "Implementing arrangements",
    L("UNHCR will identify eligible refugees and refer their cases to the three states.",
      C("UNHCR", "asylum", "will")),
    L("IOM will run the return and reintegration component in Niger.",
      C("IOM", "returns", "will")),
    L("Italy will host a technical workshop on reception standards in Rome before the end of March 2020.",
      C("IT", "reception_welfare", "will", "before the end of March 2020", "2020-03-31")),
    L("The United Kingdom will second two asylum experts to the UNHCR office in Niamey.",
      C("GB", "upstream_cooperation", "will")),
    L("France intends to open 200 further resettlement places in 2020 if the caseload allows.",
      C("FR", "asylum", "intend", "in 2020", "2020-12-31"),
      N("statistics", "places inside a commitment's target", q="200 further resettlement places")),
    "Progress indicators: refugees resettled from Niger and Libya; unaccompanied children placed in certified "
    "reception; share of returnees still reached by reintegration support after a year.",
    "Contact: pledges focal points of the three permanent missions in Geneva",
]
