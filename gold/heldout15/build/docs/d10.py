from lib import L, C, F, S, N

DATE = "2026-01-19"
SLUG = "press-notice-iraq-returns-pathway"
TITLE = "UK, France and Iraq sign returns and reintegration pathway"
PARTIES = "GB;FR;IQ"
DOC_TYPE = "other"
PLACE = "Baghdad"
GENRE = "News-style government press notice"
STRESS = "standfirst and 'From:' line before the date; quotations from three ministers"
THIRD = "Iraq (party); IOM named as delivery body"

A = "GB;FR;IQ"
Q_FUND = ("The UK will provide £12 million over three years for reintegration support in Iraq, delivered by the "
          "International Organization for Migration, and France will add €6 million.")
Q_HOT = ("The UK's asylum backlog has fallen by 38% since June 2025, while the number of people in asylum hotels is "
         "down from 32,000 to fewer than 25,000.")

LINES = [
    "Press release",
    "UK, France and Iraq sign returns and reintegration pathway",
    L("New agreement will see Iraqi nationals with no right to remain returned from both countries, backed by "
      "£12 million for reintegration in Iraq.",
      C(A, "returns", "other", conf="borderline",
        note="standfirst restating the body: a separate commitment or a summary? (decision D10)"),
      N("funding", "standfirst restates the £12 million counted in the body (decision D10)")),
    "From: Home Office",
    "Published 19 January 2026",
    L("The United Kingdom, France and Iraq today signed a joint declaration in Baghdad on the return of Iraqi "
      "nationals who have no right to remain in the UK or France.",
      N("commitments", "report of a signature; the commitments follow")),
    L("Iraqis were the third most common nationality crossing the Channel in small boats last year, with 4,870 "
      "arrivals, 22% fewer than in 2024.",
      S(4870, "people", "exact", "Iraqi small boat arrivals in the UK", "level", period_text="last year",
        period_start="2025-01-01", period_end="2025-12-31", location="Channel"),
      S(22, "percent", "exact", "Iraqi small boat arrivals, 2025 vs 2024", "decrease", location="Channel")),
    "Under the declaration:",
    L("- Iraq will accept the return of its nationals within 30 days of a confirmed identification;",
      C("IQ", "returns", "will", "within 30 days of a confirmed identification", "")),
    L("- the UK and France will share biometric data with the Iraqi authorities to speed up identification;",
      C("GB;FR", "legal_framework", "will", note="data exchange")),
    L("- all three countries will run a joint campaign in the Kurdistan Region on the dangers of the Channel "
      "crossing, starting this spring;",
      C(A, "information_campaigns", "will", "starting this spring", "2026-05-31")),
    L("- a joint working group will meet every quarter, with the first meeting in Erbil by the end of March.",
      C(A, "governance", "will", "by the end of March", "2026-03-31")),
    L("The declaration also contains a commitment by all three countries to tackle document fraud.",
      C(A, "border_security", "commit", note="commitment expressed as a noun")),
    L(Q_FUND,
      C("GB;FR", "funding", "will", "over three years", "", note="unanchored duration: text kept, no date (D4)"),
      F(12000000, "GBP", "GB", "IOM", "pledge", "reintegration support in Iraq", period_text="over three years",
        note="one sum for a period: per_year false, years 1 (decision D3)"),
      F(6000000, "EUR", "FR", "IOM", "pledge", "reintegration support in Iraq")),
    "Home Secretary Nadia Okafor said:",
    L("\"This agreement sends a clear message: if you come here illegally from Iraq, you will be returned.",
      C("GB", "returns", "will", conf="borderline", q="if you come here illegally from Iraq, you will be returned",
        note="a warning addressed to migrants rather than an undertaking")),
    L("We will keep working with France and our partners to smash the gangs.\"",
      C("GB", "policing_intelligence", "will", q="We will keep working with France and our partners to smash the gangs.",
        note="first person of the issuing government -> GB")),
    "French Interior Minister Étienne Rocard said:",
    L("\"France will return those who have no right to stay, and we will do it with respect for their dignity.\"",
      C("FR", "returns", "will", q="France will return those who have no right to stay, and we will do it with "
        "respect for their dignity.", note="'we' inside the French minister's quotation = France")),
    "Iraqi Minister of Migration and Displacement Ahmed Al-Tamimi said:",
    L("\"We welcome the support of our partners for the reintegration of our citizens.\"",
      N("commitments", "welcoming", q="We welcome the support of our partners for the reintegration of our citizens.")),
    L("The Home Office will publish the first figures under the pathway in April.",
      C("GB", "governance", "will", "in April", "2026-04-30")),
    "Notes to editors",
    L("Since the UK–France returns pilot began in August 2025, 1,140 people have been returned to France and 620 "
      "admitted to the UK through the safe and legal route.",
      S(1140, "people", "exact", "people returned to France under the pilot", "level",
        period_text="Since the UK–France returns pilot began in August 2025", period_start="2025-08-01",
        period_end="2026-01-19"),
      S(620, "people", "exact", "people admitted to the UK through the safe and legal route", "level",
        period_text="Since the UK–France returns pilot began in August 2025", period_start="2025-08-01",
        period_end="2026-01-19")),
    L(Q_HOT,
      S(38, "percent", "exact", "UK asylum backlog", "decrease", period_text="since June 2025",
        period_start="2025-06-01", period_end="2026-01-19", location="UK"),
      S(32000, "people", "exact", "people in asylum hotels", "level", location="UK"),
      S(25000, "people", "less_than", "people in asylum hotels", "decrease", location="UK")),
    L("The number of enforced returns to Iraq doubled between 2023 and 2025.",
      S(2, "factor", "exact", "enforced returns to Iraq", "increase", period_text="between 2023 and 2025",
        period_start="2023-01-01", period_end="2025-12-31")),
    L("The UK contributed £4.5 million to IOM programmes in Iraq in 2024-25.",
      F(4500000, "GBP", "GB", "IOM", "disbursed", "IOM programmes in Iraq", period_text="in 2024-25",
        period_start="2024-04-01", period_end="2025-03-31")),
    L("The average cost of an enforced return charter flight is around £450,000.",
      N("funding", "a cost")),
    L("In 2025 the NCA seized criminal assets worth £3.2 million from smuggling networks run by Iraqi nationals.",
      N("funding", "seized assets")),
    L("Smugglers typically charge between €1,500 and €2,500 for a place in a boat.",
      N("funding;statistics", "smuggling fees: money, neither funding nor a statistic")),
]
