from lib import L, C, F, S, N

DATE = "2025-06-10"
SLUG = "home-office-main-estimate-memorandum-channel-spending"
TITLE = "Home Office Main Estimate 2025-26: Estimates memorandum for the Home Affairs Committee"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "London"
GENRE = "Departmental Estimates memorandum to a select committee (spending lines, changes against the previous year, performance indicators)"
STRESS = "date and place only in the closing line"
THIRD = "IOM (actor, recipient of UK money); Belgium (recipient of UK money); France acts"

LINES = [
    "Home Office Main Estimate 2025-26",
    "Estimates memorandum for the Home Affairs Committee",
    "Section 4: Small boats and partner-country spending",
    L("4.1 This section explains the changes to the Department's spending on the Channel between 2024-25 and "
      "2025-26.",
      N("statistics", "financial-year labels", q="between 2024-25 and 2025-26")),
    "Figures are in cash terms and rounded; totals may not sum because of rounding. The Committee asked the "
    "Permanent Secretary in May to explain the growth in payments to partner countries, and this section responds "
    "to that request.",
    L("Total resource spending on the Channel rises by 12% to £1.38 billion, largely because of asylum "
      "accommodation costs.",
      N("statistics", "a change in money, not a figure about the world", q="rises by 12%"),
      N("funding", "the Department's own spending total", q="£1.38 billion")),
    "Payments to France",
    L("4.2 Under the 2023 Leaders' arrangement the Department paid France £150 million in 2024-25 for additional "
      "officers, drones and vehicles in northern France.",
      F(150000000, "GBP", "GB", "FR", "disbursed", "additional officers, drones and vehicles in northern France",
        period_text="in 2024-25", period_start="2024-04-01", period_end="2025-03-31")),
    L("The Estimate provides a further £160 million for 2025-26, which will be released in three tranches against "
      "milestones agreed with the French Ministry of the Interior.",
      C("GB", "funding", "will", q="which will be released in three tranches against milestones agreed with the "
        "French Ministry of the Interior", note="passive: the Department releases the money"),
      F(160000000, "GBP", "GB", "FR", "pledge", "continued deployments in northern France",
        period_text="for 2025-26", period_start="2025-04-01", period_end="2026-03-31")),
    L("France has agreed to raise the number of officers deployed on the coast from 1,200 to 1,500 by the end of "
      "the year.",
      C("FR", "border_security", "agree", "by the end of the year", "2025-12-31"),
      N("statistics", "numbers inside the commitment's target", q="from 1,200 to 1,500")),
    L("The number deployed rose from 800 in early 2023 to 1,200 in March 2025.",
      S(800, "officers", "exact", "French officers deployed on the coast", "level",
        period_text="in early 2023", location="northern France coast"),
      S(1200, "officers", "exact", "French officers deployed on the coast", "level",
        period_text="in March 2025", period_start="2025-03-01", period_end="2025-03-31",
        location="northern France coast")),
    L("The Department will not pay the third tranche unless the joint monitoring group confirms that the second "
      "milestone has been met.",
      C("GB", "governance", "will", note="negative conditional undertaking")),
    "Partner countries and international organisations",
    L("4.3 The Department will provide £12 million to the International Organization for Migration in 2025-26 for "
      "voluntary returns from France and Belgium to countries of origin.",
      C("GB", "returns", "will"),
      F(12000000, "GBP", "GB", "IOM", "pledge", "voluntary returns from France and Belgium",
        period_text="in 2025-26", period_start="2025-04-01", period_end="2026-03-31")),
    L("IOM will report to the Department every quarter on the number of people assisted.",
      C("IOM", "governance", "will")),
    L("A grant of €4 million (£3.4 million) a year for two years will also be paid to the Belgian Federal Police for "
      "coastal patrols.",
      C("GB", "funding", "will", note="passive without agent: the Department pays"),
      F(4000000, "EUR", "GB", "BE", "pledge", "coastal patrols by the Belgian Federal Police",
        alt_amount=3400000, alt_currency="GBP", per_year=True, years=2, period_text="a year for two years")),
    L("The Department does not expect the cost of its hotel contracts to fall before 2026-27.",
      N("commitments", "expectation about costs, not an undertaking", q="does not expect the cost of its hotel "
        "contracts to fall")),
    "Performance",
    L("4.4 In 2024-25, 36,800 people crossed the Channel in small boats, 18% fewer than in 2023-24.",
      S(36800, "people", "exact", "small boat crossings", "level", period_text="In 2024-25",
        period_start="2024-04-01", period_end="2025-03-31", location="Channel"),
      S(18, "percent", "exact", "change in small boat crossings, 2024-25 vs 2023-24", "decrease",
        location="Channel")),
    L("French forces prevented almost 19,500 attempted crossings over the same period.",
      S(19500, "attempts", "approximately", "attempted small boat crossings prevented by French forces", "level",
        period_text="over the same period", period_start="2024-04-01", period_end="2025-03-31",
        location="northern France")),
    L("24,100 people were returned from the United Kingdom, a quarter of them to Albania.",
      S(24100, "people", "exact", "people returned from the UK", "level",
        note="period implied by the section (2024-25), not written in the sentence"),
      S(25, "percent", "exact", "share of returns to Albania", "level", note="'a quarter' read as 25%")),
    L("The average cost of an asylum hotel place was £145 a night.",
      N("funding", "unit cost, not funding", q="£145 a night")),
    "Capital",
    L("4.5 Capital spending on the Channel falls from £210 million to £95 million now that the Manston processing "
      "site is complete.",
      N("funding", "the Department's own capital budget", q="falls from £210 million to £95 million")),
    L("The Department will transfer the site's maintenance contract to the Ministry of Defence in April 2026.",
      C("GB", "governance", "will", "in April 2026", "2026-04-30")),
    "Commitments for 2025-26",
    L("4.6 The Department will publish quarterly data on the payments to France from July.",
      C("GB", "governance", "will", "from July", "2025-07-31",
        note="start month resolved to its last day, as 'begin in October' in the guideline")),
    L("The Home Secretary and her French counterpart will review the arrangement before it expires in March 2026.",
      C("GB;FR", "governance", "will", "before it expires in March 2026", "2026-03-31")),
    "Home Office, London, 10 June 2025",
]
