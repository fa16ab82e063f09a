from lib import L, C, F, S, N

DATE = "2026-02-14"
SLUG = "iom-project-sheet-avrr-iraq-uk-france"
TITLE = ("Project Information Sheet: Assisted Voluntary Return and Reintegration from the United Kingdom and "
         "France to Iraq, phase II")
PARTIES = "GB;FR;IQ"
DOC_TYPE = "other"
PLACE = ""
GENRE = "UN agency project information sheet (form fields, budget table, activities, governance)"
STRESS = "date only in a version footer"
THIRD = "Iraq (party, actor, incl. the Kurdistan Regional Government); IOM (actor, recipient); European Union (donor)"

D = "GB;FR;European Union"

LINES = [
    "INTERNATIONAL ORGANIZATION FOR MIGRATION (IOM)",
    "Project Information Sheet",
    "Assisted Voluntary Return and Reintegration from the United Kingdom and France to Iraq, phase II",
    L("Project code: RT.0417-IQ", N("statistics", "project code")),
    L("Duration: 36 months", N("statistics", "project duration, not a count")),
    "Implementing partner: IOM Iraq, with IOM United Kingdom and IOM France",
    "Objective: to support the sustainable return and reintegration of Iraqi nationals who choose to leave the "
    "United Kingdom and France, and to strengthen the capacity of Iraqi institutions to receive them.",
    "Target group: Iraqi nationals without a right to remain, including families and vulnerable persons.",
    "Geographic coverage: Kurdistan Region, Baghdad and Nineveh governorates",
    "Background",
    L("Since 2021, IOM has assisted 2,870 Iraqis to return from the United Kingdom and France under phase I, 61% "
      "of them to the Kurdistan Region.",
      S(2870, "people", "exact", "Iraqis assisted to return under phase I", "level", period_text="Since 2021",
        period_start="2021-01-01", period_end="2026-02-14"),
      S(61, "percent", "exact", "share of phase I returnees going to the Kurdistan Region", "level",
        location="Kurdistan Region")),
    L("Iraqis were the largest nationality among small boat arrivals in the United Kingdom in 2025, at 5,940 "
      "people, and returns from France rose by 18% in the same year.",
      S(5940, "people", "exact", "Iraqi small boat arrivals in the UK", "level", period_text="in 2025",
        period_start="2025-01-01", period_end="2025-12-31", location="United Kingdom"),
      S(18, "percent", "exact", "assisted returns to Iraq from France", "increase", location="France")),
    L("Surveys found that four in five phase I returnees were still in Iraq twelve months after return, and "
      "phase I supported the creation of 1,150 small businesses.",
      S(80, "percent", "exact", "phase I returnees still in Iraq after twelve months", "level",
        location="Iraq", conf="borderline", note="'four in five' converted to a percentage"),
      S(1150, "other", "exact", "small businesses created with phase I support", "level", location="Iraq")),
    L("IOM currently runs three reintegration offices, in Erbil, Sulaymaniyah and Baghdad.",
      S(3, "centres", "exact", "IOM reintegration offices in Iraq", "level", location="Iraq")),
    "Budget and donors",
    "Donor | Contribution",
    L("United Kingdom (Home Office) | GBP 6 million",
      F(6000000, "GBP", "GB", "IOM", "pledge", "AVRR to Iraq, phase II")),
    L("France (Ministry of the Interior) | EUR 4 million",
      F(4000000, "EUR", "FR", "IOM", "pledge", "AVRR to Iraq, phase II")),
    L("European Union (Asylum, Migration and Integration Fund) | EUR 1 million a year for two years",
      F(1000000, "EUR", "European Union", "IOM", "pledge", "AVRR to Iraq, phase II", per_year=True, years=2,
        period_text="a year for two years")),
    L("Total budget: USD 14.2 million",
      F(14200000, "USD", D, "IOM", "pledge", "AVRR to Iraq, phase II (total budget)", conf="borderline",
        note="aggregate of the three donor rows in another currency")),
    "Activities",
    L("Under this project, IOM will:", N("commitments", "bare lead-in; its items are the commitments")),
    L("- provide counselling on voluntary return to Iraqi nationals in the United Kingdom and France;",
      C("IOM", "returns", "will")),
    L("- organise return travel, including pre-departure medical checks;",
      C("IOM", "returns", "will")),
    L("- deliver reintegration packages worth up to GBP 3,000 per person;",
      C("IOM", "returns", "will"),
      N("funding", "unit value of a package, not a donor's amount", q="up to GBP 3,000 per person")),
    L("- open a fourth reintegration office, in Mosul, by the end of 2026.",
      C("IOM", "returns", "will", "by the end of 2026", "2026-12-31")),
    L("IOM will not assist the return of any person who has not given informed consent.",
      C("IOM", "returns", "will")),
    L("The Government of Iraq will issue travel documents within 15 working days of a request and will "
      "facilitate the registration of returnees.",
      C("IQ", "returns", "will"),
      N("statistics", "number inside a commitment's target", q="within 15 working days")),
    L("The Kurdistan Regional Government has agreed to provide premises for the Erbil office free of charge.",
      C("IQ", "returns", "agree")),
    "Governance",
    L("The Home Office and the French Ministry of the Interior will co-chair a project steering committee, which "
      "will meet every six months.",
      C("GB;FR", "governance", "will")),
    L("A mid-term evaluation will be commissioned by IOM in early 2027.",
      C("IOM", "governance", "will", "in early 2027", note="'early 2027' not resolved to a date")),
    L("Subject to the results of the evaluation, the donors intend to extend the project to Syria.",
      C(D, "upstream_cooperation", "intend")),
    L("IOM has been the United Nations Migration Agency since 2016.",
      N("statistics", "year")),
    L("This document does not necessarily reflect the views of the donors.", N("commitments", "disclaimer")),
    "Contact: IOM Iraq, Erbil sub-office, Project Development Unit",
    "Version 2 - 14 February 2026",
]
