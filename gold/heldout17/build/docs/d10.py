from lib import L, C, F, S, N

DATE = "2024-07-17"
SLUG = "kings-speech-briefing-border-security-returns-bill"
TITLE = "The King's Speech 2024: background briefing notes (extract) - Border Security and Returns Bill"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "London"
GENRE = "King's Speech background briefing note on a bill (purpose, main elements, key facts, territorial extent)"
STRESS = "web furniture (breadcrumb, page type, 'From:' line) before the title; date only in a 'Published' line"
THIRD = "Europol and IOM (recipients of UK money); European Union named as future partner; Iraq named"

LINES = [
    "GOV.UK",
    "Home > Government > Parliament > The King's Speech 2024",
    "Guidance",
    "The King's Speech 2024: background briefing notes (extract)",
    "From: Prime Minister's Office, 10 Downing Street and Home Office",
    "Published 17 July 2024",
    "Border Security and Returns Bill",
    L("\"My Government will establish a new Border Security Command and will take action to end dangerous "
      "crossings.\"",
      C("GB", "border_security", "will", conf="borderline",
        note="the Speech's own words quoted at the head of the briefing; restated by the Bill's items below")),
    L("The Bill will:", N("commitments", "bare lead-in; its items are the commitments")),
    L("- create a Border Security Command, led by a Commander reporting directly to the Home Secretary;",
      C("GB", "border_security", "will")),
    L("- give the Command and its partners new powers to seize phones and intercept data from smuggling gangs;",
      C("GB", "policing_intelligence", "will")),
    L("- make it an offence to supply boats or engines knowing they will be used for a crossing;",
      C("GB", "legal_framework", "will")),
    L("- restore the processing of asylum claims held in the backlog.",
      C("GB", "asylum", "will")),
    L("The Bill will extend to the whole of the United Kingdom.",
      N("commitments", "territorial extent of the Bill, a description rather than an undertaking")),
    L("Second reading in the House of Commons is expected in the autumn.",
      N("commitments", "a parliamentary timetable expectation, not an undertaking")),
    "Wider action",
    L("The Government intends to clear the asylum backlog by the end of 2025.",
      C("GB", "asylum", "intend", "by the end of 2025", "2025-12-31")),
    L("We will not proceed with the previous government's plans to relocate people to a third country.",
      N("commitments", "a negated action")),
    L("The Home Secretary will seek a new security partnership with the European Union, including closer "
      "work with Europol.",
      C("GB", "eu_international", "will")),
    L("The Government will also pursue returns agreements with countries of origin such as Iraq.",
      C("GB", "returns", "will")),
    L("The Border Security Command will have 300 staff when fully established.",
      C("GB", "border_security", "will"),
      N("statistics", "a staffing target inside a commitment", q="300 staff")),
    L("The Command's running costs of £75 million will be met from existing Home Office budgets.",
      N("funding", "the department's own running costs")),
    "Cooperation with France and partners",
    L("Under the arrangement agreed with France in 2023, the UK is providing £160 million a year for three "
      "years for officers, drones and detection equipment on the French coast.",
      F(160000000, "GBP", "GB", "FR", "pledge", "officers, drones and detection equipment on the French coast",
        per_year=True, years=3, period_text="a year for three years", conf="borderline",
        note="a pledge made in 2023, restated here rather than newly promised")),
    L("Some £190 million of that sum has been paid so far.",
      F(190000000, "GBP", "GB", "FR", "disbursed", "officers, drones and detection equipment on the French coast")),
    L("The Government will give €12 million over two years to Europol's European Migrant Smuggling Centre.",
      C("GB", "funding", "will"),
      F(12000000, "EUR", "GB", "Europol", "pledge", "European Migrant Smuggling Centre",
        period_text="over two years")),
    L("A further £5 million will go to the IOM for voluntary returns from northern France before April 2025.",
      C("GB", "returns", "will", "before April 2025", "2025-03-31"),
      F(5000000, "GBP", "GB", "IOM", "pledge", "voluntary returns from northern France")),
    "Key facts",
    L("- In 2023, 29,400 people crossed the Channel in small boats, 36% fewer than in 2022.",
      S(29400, "people", "exact", "small boat crossings of the Channel", "level", period_text="In 2023",
        period_start="2023-01-01", period_end="2023-12-31", location="English Channel"),
      S(36, "percent", "exact", "small boat crossings, 2023 vs 2022", "decrease", location="English Channel")),
    L("- In the first six months of 2024 some 13,500 people crossed, an increase of around a sixth on the same "
      "period of 2023.",
      S(13500, "people", "approximately", "small boat crossings of the Channel", "level",
        period_text="In the first six months of 2024", period_start="2024-01-01", period_end="2024-06-30",
        location="English Channel"),
      S(17, "percent", "approximately", "small boat crossings, first half 2024 vs first half 2023", "increase",
        conf="borderline", note="fraction in words ('around a sixth'), read as about 17%")),
    L("- French authorities prevented more than 9,000 attempts over the same six months.",
      S(9000, "attempts", "more_than", "crossing attempts prevented by French authorities", "level",
        location="French coast")),
    L("- At the end of June, 86,000 asylum cases were awaiting an initial decision.",
      S(86000, "other", "exact", "asylum cases awaiting an initial decision", "level", period_text="At the end of June",
        location="United Kingdom")),
    L("- Enforced returns rose by 24% in the year to March 2024.",
      S(24, "percent", "exact", "enforced returns from the UK", "increase", period_text="in the year to March 2024",
        period_start="2023-04-01", period_end="2024-03-31", location="United Kingdom")),
    L("- Nine in ten people arriving by small boat are believed to have paid a smuggling gang.",
      S(90, "percent", "approximately", "share of small boat arrivals who paid a smuggling gang", "level",
        conf="borderline", note="proportion in words ('nine in ten'), read as 90%")),
]
