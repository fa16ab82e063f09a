from lib import L, C, F, S, N

DATE = "2024-02-05"
SLUG = "grant-call-northern-france-protection-fund"
TITLE = "UK–France Northern France Protection Fund: call for proposals 2024-25"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = ""
GENRE = "NGO-facing grant call (call for proposals)"
STRESS = "title split over two lines"
THIRD = "UNHCR (actor: chairs the assessment panel); IOM named as partner"

A = "GB;FR"

LINES = [
    "UK–France Northern France Protection Fund:",
    "call for proposals 2024-25",
    "Published 5 February 2024",
    "1. Background",
    "The Fund was created in 2022 to support humanitarian work on the northern French coast, where people waiting to "
    "cross live in camps with little access to water, sanitation or medical care.",
    L("In 2023, 29,437 people crossed the Channel in small boats, 36% fewer than in 2022.",
      S(29437, "people", "exact", "small boat crossings of the Channel", "level", period_text="In 2023",
        period_start="2023-01-01", period_end="2023-12-31", location="Channel"),
      S(36, "percent", "exact", "small boat crossings, 2023 vs 2022", "decrease", location="Channel")),
    L("Aid organisations estimate that some 1,900 people, including 330 unaccompanied children, were sleeping rough "
      "around Calais and Dunkirk in December 2023.",
      S(1900, "people", "approximately", "people sleeping rough", "level", period_text="in December 2023",
        period_start="2023-12-01", period_end="2023-12-31", location="Calais and Dunkirk"),
      S(330, "people", "exact", "unaccompanied children sleeping rough", "level", period_text="in December 2023",
        period_start="2023-12-01", period_end="2023-12-31", location="Calais and Dunkirk")),
    L("The French State provided 1,200 emergency shelter places in the Pas-de-Calais last year, and 12 people died "
      "attempting the crossing.",
      S(1200, "places", "exact", "emergency shelter places provided by the French State", "level",
        period_text="last year", period_start="2023-01-01", period_end="2023-12-31", location="Pas-de-Calais"),
      S(12, "people", "exact", "deaths attempting the crossing", "level", period_text="last year",
        period_start="2023-01-01", period_end="2023-12-31")),
    L("The 2023 round of the Fund distributed £2.6 million from the United Kingdom to 17 projects run by charities "
      "and associations.",
      F(2600000, "GBP", "GB", "charities and associations in northern France", "disbursed",
        "2023 round of the Northern France Protection Fund"),
      S(17, "other", "exact", "projects funded in the 2023 round", "level")),
    "2. Funding available",
    L("The United Kingdom will provide £4 million for the 2024-25 round.",
      C("GB", "funding", "will"),
      F(4000000, "GBP", "GB", "charities and associations in northern France", "pledge",
        "2024-25 round of the Northern France Protection Fund", period_text="2024-25",
        period_start="2024-04-01", period_end="2025-03-31")),
    L("France will match this with €3 million from the budget of the Ministry of the Interior.",
      C("FR", "funding", "will"),
      F(3000000, "EUR", "FR", "charities and associations in northern France", "pledge",
        "2024-25 round of the Northern France Protection Fund")),
    L("Individual grants will range from £50,000 to £250,000.",
      N("funding", "grant size limits, not an amount given")),
    L("No more than 10% of a grant may be spent on administration.",
      N("statistics", "a funding rule, not a figure about the world")),
    "Eligible organisations are non-profit bodies registered in France or the United Kingdom with at least two years "
    "of experience of working with people in the camps. Consortia are encouraged, provided that one member acts as "
    "lead partner and holds the grant agreement.",
    "3. Priorities",
    "The Fund will support projects that:",
    L("- provide safe shelter and health care to people sleeping rough on the northern French coast;",
      C(A, "reception_welfare", "will", q="provide safe shelter and health care to people sleeping rough on the "
        "northern French coast;", note="item completing the Fund's lead-in; the Fund is joint")),
    L("- identify and protect victims of trafficking and unaccompanied children;",
      C(A, "reception_welfare", "will", q="identify and protect victims of trafficking and unaccompanied children;")),
    L("- inform people about the dangers of small boat crossings and the asylum options available in France;",
      C(A, "information_campaigns", "will", q="inform people about the dangers of small boat crossings and the "
        "asylum options available in France;")),
    L("- help people who wish to return home to do so voluntarily, in partnership with the International "
      "Organization for Migration.",
      C(A, "returns", "will", q="help people who wish to return home to do so voluntarily, in partnership with the "
        "International Organization for Migration.")),
    L("We particularly welcome applications from small, locally based organisations.",
      N("commitments", "welcoming")),
    L("Grants will not be awarded to organisations that facilitate crossings or charge migrants for services.",
      N("commitments", "negated 'will': an exclusion, not an undertaking (D1)")),
    "4. Assessment and timetable",
    L("Applicants must submit a budget and a safeguarding policy with their proposal.",
      N("commitments", "obligation on applicants, not on a party (D8)")),
    L("Applications close at 23:59 on 15 March 2024.",
      N("commitments", "application deadline, not an undertaking by a party")),
    L("UNHCR will chair the independent assessment panel and will advise on protection standards.",
      C("UNHCR", "governance", "will", note="UN body as actor")),
    L("The UK and French governments will announce the results by 30 April 2024.",
      C(A, "governance", "will", "by 30 April 2024", "2024-04-30")),
    L("The Fund's steering board will publish an evaluation of the 2024-25 round in the summer of 2025.",
      C(A, "governance", "will", "in the summer of 2025", "2025-08-31")),
    L("Both governments intend to renew the Fund for a further two years if the evaluation is positive.",
      C(A, "funding", "intend", conf="borderline", note="conditional intention"),
      N("statistics", "duration inside a commitment's target", q="a further two years")),
    "5. How to apply",
    "Proposals should be sent to the Fund secretariat using the application form. Questions about this call may be "
    "sent until 1 March 2024 and answers will be published on this page.",
]
