from lib import L, C, F, S, N

DATE = "2022-02-28"
SLUG = "uk-voluntary-national-review-global-compact-migration"
TITLE = "Global Compact for Safe, Orderly and Regular Migration: Voluntary national review, United Kingdom"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "Geneva"
GENRE = "Voluntary national review submitted to a UN review process (objective-by-objective report)"
STRESS = "date and place only in the closing submission line"
THIRD = "IOM (actor, recipient of UK money); UNHCR (recipient); France acts in a recalled agreement"

LINES = [
    "Global Compact for Safe, Orderly and Regular Migration",
    "Voluntary national review: United Kingdom of Great Britain and Northern Ireland",
    "1. Introduction",
    L("The United Kingdom voted in favour of the Global Compact in December 2018 and took part in the regional "
      "review for Europe and North America.",
      N("commitments", "report of past participation")),
    L("This review covers January 2019 to December 2021 and focuses on Objectives 9, 10 and 21.",
      N("statistics", "objective numbers", q="Objectives 9, 10 and 21")),
    L("The UK believes that safe and legal routes must go hand in hand with firm action against smugglers.",
      N("commitments", "general belief")),
    "2. Objective 9: Strengthen the transnational response to smuggling of migrants",
    L("In 2021, 28,526 people crossed the Channel to the UK in small boats, more than three times as many as in "
      "2020.",
      S(28526, "people", "exact", "small boat crossings to the UK", "level",
        period_text="In 2021", period_start="2021-01-01", period_end="2021-12-31", location="Channel"),
      S(3, "factor", "more_than", "change in small boat crossings, 2020 to 2021", "increase", location="Channel")),
    L("The French authorities prevented some 23,000 further attempts in the same year.",
      S(23000, "attempts", "approximately", "small boat crossing attempts prevented by the French authorities",
        "level", period_text="in the same year", period_start="2021-01-01", period_end="2021-12-31",
        location="northern France")),
    L("In 2021 the National Crime Agency and its partners disrupted 94 organised crime groups involved in migrant "
      "smuggling.",
      S(94, "networks", "exact", "organised crime groups involved in migrant smuggling disrupted", "level",
        period_text="In 2021", period_start="2021-01-01", period_end="2021-12-31")),
    L("Under an agreement with France of July 2021, the UK will provide €54.2 million in 2021-22 for additional "
      "police and surveillance technology on the French coast.",
      C("GB", "funding", "will", note="the UK pays under a recalled bilateral agreement"),
      F(54200000, "EUR", "GB", "FR", "pledge", "police and surveillance technology on the French coast",
        period_text="in 2021-22", period_start="2021-04-01", period_end="2022-03-31")),
    L("The National Crime Agency will increase its network of overseas immigration crime officers from 19 to 25 by "
      "the end of 2022.",
      C("GB", "policing_intelligence", "will", "by the end of 2022", "2022-12-31"),
      N("statistics", "numbers inside the commitment's target", q="from 19 to 25")),
    "3. Objective 10: Prevent, combat and eradicate trafficking in persons",
    L("Referrals of potential victims of modern slavery reached 12,727 in 2021, up 20% on 2020.",
      S(12727, "people", "exact", "referrals of potential victims of modern slavery", "increase",
        period_text="in 2021", period_start="2021-01-01", period_end="2021-12-31", location="United Kingdom"),
      S(20, "percent", "exact", "change in referrals of potential victims of modern slavery", "increase",
        location="United Kingdom")),
    L("The Government is committed to publishing a new modern slavery strategy in 2022.",
      C("GB", "reception_welfare", "commit", "in 2022", "2022-12-31")),
    L("The UK will continue to fund UNHCR's protection work along the central Mediterranean route, with £4 million "
      "a year in 2022 and 2023.",
      C("GB", "funding", "will"),
      F(4000000, "GBP", "GB", "UNHCR", "pledge", "UNHCR protection work on the central Mediterranean route",
        per_year=True, years=2, period_text="a year in 2022 and 2023", period_start="2022-01-01",
        period_end="2023-12-31")),
    L("The cost to the taxpayer of asylum support reached £1.4 billion.",
      N("funding", "own domestic spending, not money given for cooperation")),
    "4. Objective 21: Cooperate in facilitating safe and dignified return and readmission",
    L("Enforced returns fell to 2,761 in 2021, 43% lower than in 2019, largely because of travel restrictions "
      "during the pandemic.",
      S(2761, "people", "exact", "enforced returns from the UK", "decrease",
        period_text="in 2021", period_start="2021-01-01", period_end="2021-12-31"),
      S(43, "percent", "exact", "change in enforced returns, 2019 to 2021", "decrease")),
    L("Voluntary returns numbered about 5,500 over the same year.",
      S(5500, "people", "approximately", "voluntary returns from the UK", "level",
        period_text="over the same year", period_start="2021-01-01", period_end="2021-12-31")),
    L("The IOM supported 1,120 people returning from the UK in 2020 and 2021 through a reintegration programme "
      "funded by a UK grant of £3.1 million.",
      S(1120, "people", "exact", "people returning from the UK supported by IOM reintegration", "level",
        period_text="in 2020 and 2021", period_start="2020-01-01", period_end="2021-12-31"),
      F(3100000, "GBP", "GB", "IOM", "disbursed", "IOM reintegration programme for returns from the UK",
        period_start="2020-01-01", period_end="2021-12-31")),
    L("The IOM will extend the programme to Albania, Iraq and Viet Nam in the course of this year.",
      C("IOM", "returns", "will", "in the course of this year", "2022-12-31")),
    L("The UK will negotiate new returns arrangements with partner countries and will seek a returns agreement "
      "with the European Union.",
      C("GB", "returns", "will")),
    L("The UK does not intend to take part in the EU's voluntary solidarity mechanism for relocation.",
      C("GB", "eu_international", "intend", conf="borderline", note="a purely negative undertaking (README D7)")),
    "5. Next steps",
    L("The UK will:",
      N("commitments", "bare lead-in")),
    L("- report again to the Forum in 2026;",
      C("GB", "governance", "will", "in 2026", "2026-12-31", q="report again to the Forum in 2026")),
    L("- work with IOM and UNHCR to gather better data on migrants' journeys towards Europe;",
      C("GB", "upstream_cooperation", "will",
        q="work with IOM and UNHCR to gather better data on migrants' journeys towards Europe")),
    L("- support the adoption of a progress declaration at the Forum in May 2022.",
      C("GB", "eu_international", "support", "in May 2022", "2022-05-31",
        q="support the adoption of a progress declaration at the Forum in May 2022.")),
    L("Submitted by the Permanent Mission of the United Kingdom to the United Nations at Geneva on 28 February "
      "2022.",
      N("statistics", "submission date", q="28 February 2022")),
]
