from lib import L, C, F, S, N

DATE = "2025-03-03"
SLUG = "impact-assessment-uk-contribution-channel-security-arrangement-2025-2028"
TITLE = "UK contribution to the UK-France Channel Security Arrangement 2025-2028"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = ("Government impact assessment summary (form fields, costs in present value, problem, options, "
         "monitoring and review, ministerial sign-off)")
STRESS = ("the date only in a numeric form field ('Date: 03/03/2025') among price-base, present-value-base and "
          "plan-period year labels; a review date in 'MM/YYYY' form; no place")
THIRD = "Belgium (actor and donor); Frontex (actor); France acts; the Netherlands named"

LINES = [
    "Impact Assessment (IA)",
    "Title: UK contribution to the UK-France Channel Security Arrangement 2025-2028",
    L("IA No: HO0472",
      N("statistics", "impact assessment number")),
    "Lead department or agency: Home Office",
    "Other departments or agencies: Foreign, Commonwealth and Development Office",
    "Date: 03/03/2025",
    "Stage: Final",
    L("Price Base Year 2024 | PV Base Year 2025 | Time Period Years 3",
      N("statistics", "price-base and present-value base year labels and an appraisal period")),
    L("Best estimate of net present social value: minus £412 million",
      N("funding;statistics", "appraisal value, not money given")),
    "What is the problem under consideration? Why is government action necessary?",
    L("Small boat arrivals rose from 29,400 in 2023 to 36,800 in 2024.",
      S(29400, "people", "exact", "small boat arrivals", "level", period_text="in 2023", period_start="2023-01-01",
        period_end="2023-12-31", location="United Kingdom"),
      S(36800, "people", "exact", "small boat arrivals", "increase", period_text="in 2024",
        period_start="2024-01-01", period_end="2024-12-31", location="United Kingdom")),
    L("French forces prevented some 18,000 attempted crossings in 2024, compared with 12,500 in 2022.",
      S(18000, "attempts", "approximately", "attempted crossings prevented by French forces", "level",
        period_text="in 2024", period_start="2024-01-01", period_end="2024-12-31", location="northern French coast"),
      S(12500, "attempts", "exact", "attempted crossings prevented by French forces", "level",
        period_text="in 2022", period_start="2022-01-01", period_end="2022-12-31", location="northern French coast")),
    L("Seventy-eight people died attempting the crossing in 2024, and around 4% of arrivals were returned to France "
      "or another safe third country.",
      S(78, "people", "exact", "deaths during Channel crossings", "level", period_text="in 2024",
        period_start="2024-01-01", period_end="2024-12-31", location="Channel"),
      S(4, "percent", "approximately", "share of arrivals returned to France or a safe third country", "level",
        period_text="in 2024", period_start="2024-01-01", period_end="2024-12-31")),
    L("The estimated unit cost of accommodating an asylum seeker is £41,000 a year.",
      N("funding;statistics", "unit cost")),
    "What policy options have been considered?",
    "Option 0: do nothing, and let the previous arrangement lapse at the end of March.",
    "Option 1: renew the previous arrangement on its existing terms.",
    "Option 2 (preferred): a multi-year arrangement with payments tied to agreed results.",
    L("The preferred option is intended to reduce crossings, save lives at sea and deter the criminal gangs who "
      "organise them.",
      N("commitments", "statement of the option's objectives, no undertaking")),
    L("Since 2018 the UK has paid France over £700 million under successive arrangements.",
      F(700000000, "GBP", "GB", "FR (Ministry of the Interior)", "disbursed", "successive Channel security arrangements",
        period_text="Since 2018", period_start="2018-01-01", period_end="2025-03-03",
        note="'over' is not recorded for money; amount as stated")),
    L("Under the preferred option the UK will provide £160 million a year for three years (2025/26 to 2027/28), a "
      "total of £480 million, to the French Ministry of the Interior.",
      C("GB", "funding", "will"),
      F(160000000, "GBP", "GB", "FR (Ministry of the Interior)", "pledge", "Channel Security Arrangement",
        per_year=True, years=3, total_amount=480000000,
        period_text="a year for three years (2025/26 to 2027/28)", period_start="2025-04-01",
        period_end="2028-03-31", note="the stated total is this row's total_amount, not a second row (D11)")),
    L("Payments will be conditional on the milestones in Annex B being met, and the UK will not pay in advance of "
      "delivery.",
      C("GB", "funding", "will", note="mixed positive and negative undertaking, core (D3)")),
    L("France will increase the number of officers deployed on the northern coast and will extend maritime "
      "interventions to taxi boats in shallow waters.",
      C("FR", "border_security", "will")),
    L("Belgium has agreed to contribute €5 million (£4.2 million) to the shared coastal surveillance programme.",
      C("BE", "funding", "agree"),
      F(5000000, "EUR", "BE", "shared coastal surveillance programme", "pledge", "coastal surveillance",
        alt_amount=4200000, alt_currency="GBP")),
    L("Frontex will share with the UK its risk analysis on routes towards the Channel under the 2024 working "
      "arrangement.",
      C("Frontex", "policing_intelligence", "will")),
    L("The preferred option is expected to reduce arrivals by 15% in its first year.",
      N("statistics", "forecast, not a figure about the world (D16)")),
    L("The UK intends to propose a similar arrangement to the Netherlands in 2026.",
      C("GB", "eu_international", "intend", "in 2026", "2026-12-31")),
    "Monitoring and evaluation",
    L("The Home Office will monitor delivery through quarterly reports from the French Ministry of the Interior and a "
      "joint programme board.",
      C("GB", "governance", "will")),
    L("The two governments have agreed to commission an independent evaluation of the arrangement by the end of "
      "2026.",
      C("GB;FR", "governance", "agree", "by the end of 2026", "2026-12-31")),
    L("Will the policy be reviewed? It will be reviewed. If applicable, set review date: 03/2027",
      C("GB", "governance", "will", "03/2027", "2027-03-31", note="form field; MM/YYYY resolved to the month's end")),
    L("Does implementation go beyond minimum EU requirements? N/A",
      N("all", "form field with no content")),
    L("I have read the Impact Assessment and I am satisfied that, given the available evidence, it represents a "
      "reasonable view of the likely costs, benefits and impact of the leading options.",
      N("commitments", "ministerial sign-off declaration")),
    "Signed by the responsible Minister: Angela Corbridge",
]
