from lib import L, C, F, S, N

DATE = "2021-09-08"
SLUG = "g7-interior-ministers-statement-migrant-smuggling"
TITLE = "G7 Interior and Security Ministers' Statement on Migrant Smuggling"
PARTIES = "GB;FR;DE;IT;US;CA;JP"
DOC_TYPE = "joint_statement"
PLACE = "London"
GENRE = "G7 interior and security ministers' statement (numbered paragraphs, lettered commitments)"
STRESS = "date and place only at the end"
THIRD = "Germany, Italy, United States, Canada, Japan (parties); European Union (actor); IOM and UNHCR (recipients)"

ALL = "GB;FR;DE;IT;US;CA;JP"

LINES = [
    "G7 Interior and Security Ministers' Statement on Migrant Smuggling",
    "1. We, the Interior and Security Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the "
    "United States, joined by the European Commissioner for Home Affairs, met to address the exploitation of migrants "
    "by organised criminal networks.",
    L("2. We are deeply concerned by the continuing loss of life at sea and on land.",
      N("commitments", "expression of concern, no undertaking")),
    L("3. Smuggling networks are estimated to earn between $5.5 billion and $7 billion a year worldwide.",
      N("funding", "criminal revenue, not funding")),
    L("4. In 2020 more than 8,400 people crossed the English Channel in small boats, over four times as many as in "
      "2019.",
      S(8400, "people", "more_than", "small boat crossings of the Channel", "level", period_text="In 2020",
        period_start="2020-01-01", period_end="2020-12-31", location="English Channel"),
      S(4, "factor", "more_than", "small boat crossings, 2020 vs 2019", "increase", location="English Channel")),
    L("5. Some 34,000 people arrived in Italy by sea, while Frontex recorded about 125,000 irregular border crossings "
      "into the European Union, 13% fewer than in 2019.",
      S(34000, "people", "approximately", "sea arrivals in Italy", "level", location="Italy"),
      S(125000, "people", "approximately", "irregular border crossings into the EU recorded by Frontex", "level",
        location="European Union"),
      S(13, "percent", "exact", "irregular border crossings into the EU, 2020 vs 2019", "decrease",
        location="European Union")),
    L("6. Over 1,400 people died or went missing in the Mediterranean last year.",
      S(1400, "people", "more_than", "people dead or missing in the Mediterranean", "level",
        period_text="last year", period_start="2020-01-01", period_end="2020-12-31", location="Mediterranean")),
    L("7. We welcome the results of Europol's European Migrant Smuggling Centre, which supported 1,450 arrests in "
      "2020.",
      S(1450, "people", "exact", "arrests supported by Europol's European Migrant Smuggling Centre", "level",
        period_text="in 2020", period_start="2020-01-01", period_end="2020-12-31"),
      N("commitments", "welcoming", q="We welcome the results of Europol's European Migrant Smuggling Centre")),
    L("8. Smugglers charge up to $7,000 for a place on a boat across the Central Mediterranean.",
      N("funding", "price charged by smugglers, not funding")),
    "9. We commit to:",
    L("a. dismantling the networks that organise and profit from dangerous journeys, by sharing intelligence through "
      "Europol and Interpol;", C(ALL, "policing_intelligence", "commit")),
    L("b. supporting countries of origin and transit to strengthen their border management;",
      C(ALL, "upstream_cooperation", "commit")),
    L("c. improving the return and readmission of people with no right to stay, including through cooperation on "
      "travel documents;", C(ALL, "returns", "commit")),
    L("d. tackling the online advertising of smuggling services, working with social media companies;",
      C(ALL, "policing_intelligence", "commit")),
    L("e. protecting victims of trafficking and unaccompanied children.",
      C(ALL, "reception_welfare", "commit")),
    L("10. The European Union will adopt a renewed action plan against migrant smuggling before the end of the year.",
      C("European Union", "eu_international", "will", "before the end of the year", "2021-12-31")),
    L("11. The United Kingdom and France will create a joint unit on small boat crossings and will report on its "
      "results by the next G7 interior ministers' meeting.",
      C("GB;FR", "policing_intelligence", "will", "by the next G7 interior ministers' meeting", ""),
      N("statistics", "name of a group, not a figure", q="the next G7 interior ministers' meeting")),
    L("12. Italy intends to host an expert conference on the Central Mediterranean route in spring 2022.",
      C("IT", "upstream_cooperation", "intend", "in spring 2022", "2022-05-31")),
    L("13. The United States will provide $12 million over two years to strengthen border management in Central "
      "America.",
      C("US", "upstream_cooperation", "will"),
      F(12000000, "USD", "US", "Central American states", "pledge", "border management in Central America",
        period_text="over two years", note="one sum for the period: per_year false, years 1")),
    L("14. Japan and Canada will jointly fund training for border officials in West Africa.",
      C("JP;CA", "upstream_cooperation", "will")),
    L("15. The United Kingdom pledges £15 million to the International Organization for Migration for voluntary "
      "returns from North Africa.",
      C("GB", "funding", "pledge"),
      F(15000000, "GBP", "GB", "IOM", "pledge", "voluntary returns from North Africa")),
    L("16. Germany has already contributed €25 million this year to UNHCR's protection work along the Central "
      "Mediterranean route.",
      F(25000000, "EUR", "DE", "UNHCR", "disbursed", "protection along the Central Mediterranean route",
        period_text="this year", period_start="2021-01-01", period_end="2021-12-31")),
    L("17. We agree that no single country can tackle this challenge alone.",
      N("commitments", "shared belief ('agree that'), not an undertaking")),
    L("18. We will meet again under the German Presidency in 2022.",
      C(ALL, "governance", "will", "in 2022", "2022-12-31")),
    "London, 8 September 2021",
]
