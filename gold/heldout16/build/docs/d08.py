from lib import L, C, F, S, N

DATE = "2022-06-14"
SLUG = "impact-assessment-calais-nord-controls"
TITLE = "The Immigration (Juxtaposed Controls) (Amendment) Regulations 2022"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Regulatory impact assessment extract (summary sheet and evidence base)"
STRESS = "date only in a numeric form field ('Date: 14/06/2022')"
THIRD = "none"

LINES = [
    "Title: The Immigration (Juxtaposed Controls) (Amendment) Regulations 2022",
    L("IA No: HO 0417", N("statistics", "impact assessment reference number")),
    "Lead department or agency: Home Office",
    "Impact Assessment (IA)",
    "Date: 14/06/2022",
    "Stage: Final",
    "Type of measure: Secondary legislation",
    L("Net Present Social Value: a net cost of £41.3m over ten years",
      N("funding", "appraisal value (net present cost), not money given")),
    "What is the problem under consideration? Why is government intervention necessary?",
    L("Small boat crossings of the Channel rose from 8,466 in 2020 to 28,526 in 2021, more than three times as many.",
      S(8466, "people", "exact", "small boat crossings of the Channel", "level", period_text="in 2020",
        period_start="2020-01-01", period_end="2020-12-31", location="Channel"),
      S(28526, "people", "exact", "small boat crossings of the Channel", "level", period_text="in 2021",
        period_start="2021-01-01", period_end="2021-12-31", location="Channel"),
      S(3, "factor", "more_than", "small boat crossings, 2021 vs 2020", "increase", location="Channel")),
    L("French forces prevented some 23,000 crossing attempts in 2021, while detections of clandestine entrants in "
      "vehicles at the juxtaposed controls fell by 42% over the same period.",
      S(23000, "attempts", "approximately", "crossing attempts prevented by French forces", "level",
        period_text="in 2021", period_start="2021-01-01", period_end="2021-12-31"),
      S(42, "percent", "exact", "detections of clandestine entrants in vehicles", "decrease",
        location="juxtaposed controls")),
    L("The port of Calais handled 1.9 million lorries in 2021, and around 220 Border Force officers currently work at "
      "the juxtaposed controls in France.",
      S(1900000, "other", "exact", "lorries handled by the port of Calais", "level", period_text="in 2021",
        period_start="2021-01-01", period_end="2021-12-31", location="Calais"),
      S(220, "officers", "approximately", "Border Force officers at the juxtaposed controls", "level",
        location="France")),
    "What are the policy objectives and the intended effects?",
    L("The Regulations will extend UK immigration controls to the new freight terminal at Calais-Nord.",
      C("GB", "legal_framework", "will", note="UK secondary legislation as subject")),
    L("The Home Office intends to bring the Regulations into force on 1 October 2022.",
      C("GB", "legal_framework", "intend", "on 1 October 2022", "2022-10-01")),
    L("Border Force will deploy 35 additional officers to the new terminal before the Regulations come into force.",
      C("GB", "border_security", "will", "before the Regulations come into force", "",
        note="anchor is an event; date not resolved"),
      N("statistics", "number inside a commitment's target", q="35 additional officers")),
    L("Under the UK–France arrangement of 2021, the French authorities will provide police cover at the new terminal "
      "around the clock.",
      C("FR", "border_security", "will")),
    "What policy options have been considered?",
    L("Option 0 would make no change; Option 1 (preferred) would extend controls to the new terminal.",
      N("commitments", "options appraised with 'would', not undertakings")),
    "Costs and benefits",
    L("The main cost is Border Force staffing, estimated at £3.9m a year.",
      N("funding", "own staffing cost, not money given")),
    L("The UK will also pay France €7.5 million a year for three years towards the operation of the terminal's search "
      "facilities, equivalent to £6.4 million a year.",
      C("GB", "funding", "will"),
      F(7500000, "EUR", "GB", "FR", "pledge", "operation of the Calais-Nord terminal's search facilities",
        alt_amount=6400000, alt_currency="GBP", per_year=True, years=3, period_text="a year for three years",
        note="alt_amount is the parallel yearly figure")),
    L("This is in addition to the £54.2 million paid to France in 2021-22 under the 2021 arrangement.",
      F(54200000, "GBP", "GB", "FR", "disbursed", "UK–France arrangement of 2021", period_text="in 2021-22",
        period_start="2021-04-01", period_end="2022-03-31")),
    L("We estimate that the measure will prevent between 1,500 and 2,000 clandestine entries a year.",
      N("statistics", "forecast range, not a reported figure (D7)")),
    L("Avoided asylum support costs are estimated at £12.6m a year.",
      N("funding", "avoided cost (saving), not funding")),
    L("The UK and France have agreed to share detection data from the terminal every week.",
      C("GB;FR", "legal_framework", "agree", note="data exchange")),
    L("The French authorities will also open a reception centre for unaccompanied minors in Calais, with 60 places, "
      "by the end of 2022.",
      C("FR", "reception_welfare", "will", "by the end of 2022", "2022-12-31"),
      N("statistics", "number inside a commitment's target", q="with 60 places")),
    "Will the policy be reviewed?",
    L("The Home Office will review the Regulations by June 2025.",
      C("GB", "governance", "will", "by June 2025", "2025-06-30")),
    L("The Home Office and the French Ministry of the Interior will publish a joint evaluation after twelve months of "
      "operation.",
      C("GB;FR", "governance", "will", "after twelve months of operation", "",
        note="counted from an undated start")),
    "Declaration: I have read the Impact Assessment and I am satisfied that it represents a reasonable view of the "
    "likely costs, benefits and impact of the leading option.",
    "Signed by the responsible Minister: Tom Aldous",
]
