from lib import L, C, F, S, N

DATE = "2025-06-17"
SLUG = "frontex-home-office-working-arrangement-operational-cooperation"
TITLE = ("Working Arrangement establishing operational cooperation between the European Border and Coast Guard "
         "Agency and the Home Office of the United Kingdom of Great Britain and Northern Ireland")
PARTIES = "GB"
DOC_TYPE = "arrangement"
PLACE = "Warsaw"
GENRE = "Working arrangement between an EU agency and a non-EU state's ministry (considerations, numbered sections)"
STRESS = "date only in a dotted numeric registry line at the top ('17.06.2025'); the closing line gives place but no date"
THIRD = "Frontex (party to the arrangement, actor, donor, recipient of UK money)"

LINES = [
    "Frontex - European Border and Coast Guard Agency",
    L("Reg. No. WA/2025/114 - 17.06.2025",
      N("statistics", "registry reference and date", q="WA/2025/114")),
    "Working Arrangement",
    "establishing operational cooperation between the European Border and Coast Guard Agency and the Home Office of "
    "the United Kingdom of Great Britain and Northern Ireland",
    "The European Border and Coast Guard Agency (\"the Agency\") and the Home Office of the United Kingdom "
    "(\"the Home Office\"), hereinafter \"the Participants\",",
    L("Having regard to Regulation (EU) 2019/1896, and in particular Article 73 thereof;",
      N("statistics", "regulation and article numbers", q="Regulation (EU) 2019/1896")),
    L("Considering that 36,800 attempts to cross irregularly towards the United Kingdom were detected on the Channel "
      "route in 2024, 18% more than in 2023;",
      S(36800, "attempts", "exact", "detected attempts to cross irregularly towards the UK on the Channel route",
        "level", period_text="in 2024", period_start="2024-01-01", period_end="2024-12-31", location="Channel"),
      S(18, "percent", "exact", "change in detected attempts on the Channel route, 2023 to 2024", "increase",
        location="Channel")),
    L("Considering that 84% of departures were from the coast of the Pas-de-Calais;",
      S(84, "percent", "exact", "share of departures from the Pas-de-Calais coast", "level",
        location="Pas-de-Calais")),
    L("Considering that small boats now carry on average 53 people, against 13 in 2020;",
      S(53, "other", "exact", "average number of people per small boat", "level", location="Channel",
        note="comparison with 'against' and no stated rise: both level (README D9)"),
      S(13, "other", "exact", "average number of people per small boat", "level",
        period_text="in 2020", period_start="2020-01-01", period_end="2020-12-31", location="Channel")),
    L("Considering that the Agency's risk analysis has identified some 90 smuggling networks active on the route;",
      S(90, "networks", "approximately", "smuggling networks active on the Channel route", "level",
        location="Channel")),
    L("Considering that 1,950 people were rescued at sea in the Channel by French, Belgian and UK services in the "
      "first quarter of 2025 alone;",
      S(1950, "people", "exact", "people rescued at sea in the Channel", "level",
        period_text="in the first quarter of 2025", period_start="2025-01-01", period_end="2025-03-31",
        location="Channel")),
    "Have come to the following understanding:",
    "1. Purpose and scope",
    L("1.1 This Working Arrangement does not create rights or obligations under international law.",
      N("commitments", "disclaimer of legal effect")),
    L("1.2 The Participants will cooperate on border management, on the fight against migrant smuggling and on "
      "returns, within their respective mandates.",
      C("GB;Frontex", "eu_international", "will")),
    "2. Exchange of information",
    L("2.1 The Participants will exchange strategic and technical information, including risk analyses on the "
      "Channel and the North Sea, through a secure channel to be set up by 31 December 2025.",
      C("GB;Frontex", "legal_framework", "will", "by 31 December 2025", "2025-12-31")),
    L("2.2 No personal data will be exchanged under this Arrangement.",
      C("GB;Frontex", "legal_framework", "will", conf="borderline", note="a purely negative undertaking (README D7)")),
    L("2.3 The Home Office will designate a liaison officer to the Agency's headquarters in Warsaw.",
      C("GB", "policing_intelligence", "will")),
    "3. Operational cooperation",
    L("3.1 The Agency will invite UK observers to its joint operations in the North Sea and the Channel, starting "
      "with Joint Operation North Sea Shield in autumn 2025.",
      C("Frontex", "border_security", "will", "in autumn 2025", "2025-11-30")),
    L("3.2 Aerial surveillance by the Agency over the southern North Sea will be extended to 1,200 flight hours a "
      "year.",
      C("Frontex", "border_security", "will"),
      N("statistics", "number inside the commitment's target", q="1,200 flight hours a year")),
    L("3.3 The Participants will hold joint training for up to 40 officers a year on the detection of document "
      "fraud.",
      C("GB;Frontex", "border_security", "will"),
      N("statistics", "ceiling inside the commitment", q="up to 40 officers a year")),
    "4. Returns",
    L("4.1 The Home Office may take part, at its own cost, in return operations coordinated by the Agency.",
      N("commitments", "permission, not an undertaking")),
    L("4.2 The Agency will share its expertise on reintegration with the Home Office.",
      C("Frontex", "returns", "will")),
    "5. Costs",
    L("5.1 Each Participant will bear its own costs arising from this Arrangement.",
      C("GB;Frontex", "funding", "will", note="no amount: a commitment, not a funding row")),
    L("5.2 By way of exception, the Home Office will contribute £2 million in 2025 and £2.5 million in 2026 "
      "towards the Agency's aerial surveillance of the southern North Sea.",
      C("GB", "funding", "will"),
      F(2000000, "GBP", "GB", "Frontex", "pledge", "Frontex aerial surveillance of the southern North Sea",
        period_text="in 2025", period_start="2025-01-01", period_end="2025-12-31"),
      F(2500000, "GBP", "GB", "Frontex", "pledge", "Frontex aerial surveillance of the southern North Sea",
        period_text="in 2026", period_start="2026-01-01", period_end="2026-12-31")),
    L("5.3 The Agency will meet the travel costs of UK observers, up to €300,000 a year for the first two years.",
      C("Frontex", "funding", "will"),
      F(300000, "EUR", "Frontex", "GB", "pledge", "travel of UK observers to Frontex operations", per_year=True,
        years=2, period_text="a year for the first two years",
        note="'up to' a ceiling, recorded as the amount")),
    "6. Final provisions",
    L("6.1 The Participants will review this Arrangement jointly every two years.",
      C("GB;Frontex", "governance", "will")),
    L("Done at Warsaw in two originals in the English language.",
      N("statistics", "number of originals", q="two originals")),
    "For the Agency: Executive Director, Ingrid Valtonen",
    "For the Home Office: Permanent Secretary, Claire Wyndham",
]
