from lib import L, C, F, S, N

DATE = "2023-03-10"
SLUG = "written-statement-channel-funding-settlement"
TITLE = "Illegal Migration: UK–France Funding Settlement 2023-24 to 2025-26"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = "London"
GENRE = "Budget / spending statement (written ministerial statement)"
STRESS = "none (statement header with 'Made on')"
THIRD = "UNHCR (recipient); mentions Albania"

Q_MAIN = ("The United Kingdom will provide France with £141 million a year for the next three financial years, a "
          "total of £423 million, to reinforce the policing of the northern French coast.")
Q_CROSS = ("Last year 45,800 people crossed the Channel in small boats, a 60 per cent rise on 2021, and French "
           "forces prevented more than 33,000 attempts.")

LINES = [
    "Written Ministerial Statement",
    "Home Office",
    "Made on: 10 March 2023",
    "Made by: The Secretary of State for the Home Department (Rt Hon. Imogen Fairweather MP)",
    "Illegal Migration: UK–France Funding Settlement 2023-24 to 2025-26",
    L("Today I am setting out the funding that the Government will provide to France under the settlement agreed "
      "at the UK–France summit in Paris earlier today.",
      N("commitments", "announcement of what the statement sets out; the commitments follow")),
    "The House will recall that the previous arrangement lapsed at the end of the last financial year. The new "
    "settlement replaces it in full and, for the first time, sets out what each country will contribute over "
    "several years rather than one.",
    L(Q_MAIN,
      C("GB", "funding", "will", "for the next three financial years", "2026-03-31",
        note="FY 2023-24 to 2025-26 (decision D4)"),
      F(141000000, "GBP", "GB", "FR", "pledge", "policing of the northern French coast", per_year=True, years=3,
        period_text="a year for the next three financial years", period_start="2023-04-01",
        period_end="2026-03-31", note="the stated total £423 million is this row's total_amount, not a new row")),
    "The money will fund:",
    L("(a) 500 additional French officers on the beaches, bringing the total deployed to 1,200 by the end of 2024;",
      C("GB", "border_security", "will", "by the end of 2024", "2024-12-31",
        note="item of a UK funding lead-in; theme by the main action funded (officers on beaches)"),
      N("statistics", "targets inside a commitment",
        q="500 additional French officers on the beaches, bringing the total deployed to 1,200")),
    L("(b) a detention centre near Dunkirk with 200 places, to open in 2025;",
      C("GB", "returns", "will", "in 2025", "2025-12-31"),
      N("statistics", "capacity of a centre still to be built: a target", q="a detention centre near Dunkirk with "
        "200 places")),
    L("(c) a new command centre bringing British and French officers together;",
      C("GB", "border_security", "will")),
    L("(d) drones, aircraft and night-vision equipment.",
      C("GB", "border_security", "will")),
    L("The first payment, of £47 million, will be made by the end of April.",
      C("GB", "funding", "will", "by the end of April", "2023-04-30"),
      F(47000000, "GBP", "GB", "FR", "pledge", "first instalment of the settlement", conf="borderline",
        note="an instalment of the £141 million already counted: a new row or not? (decision D9)")),
    L("In addition, the Government will contribute £6 million (€6.8 million) in 2023-24 to the UNHCR programme for "
      "the protection of trafficking victims on the coast.",
      C("GB", "funding", "will", "in 2023-24", "2024-03-31"),
      F(6000000, "GBP", "GB", "UNHCR", "pledge", "protection of trafficking victims on the northern French coast",
        alt_amount=6800000, alt_currency="EUR", period_text="in 2023-24", period_start="2023-04-01",
        period_end="2024-03-31")),
    L("Since 2014 the United Kingdom has contributed £232 million to security at the border in France.",
      F(232000000, "GBP", "GB", "FR", "disbursed", "border security in France", period_text="Since 2014",
        period_start="2014-01-01", period_end="2023-03-10")),
    L("The sums committed to the border since 2014 have paid for fencing, CCTV and detection dogs.",
      N("commitments", "'committed to' as a past participle: no undertaking")),
    L("France will increase its own contribution and will meet the full cost of running the detention centre.",
      C("FR", "funding", "will", note="no amount: a commitment, not a funding row")),
    L("Officials will agree detailed milestones with the French Ministry of the Interior before the summer.",
      C("GB", "governance", "will", "before the summer", "2023-05-31")),
    L("British officers will be embedded in the new command centre from the summer.",
      C("GB", "policing_intelligence", "will", "from the summer", "2023-08-31",
        note="'from the summer' resolved like 'begin in October': last day of the season")),
    L("A copy of the settlement's schedule will be placed in the Libraries of both Houses.",
      C("GB", "governance", "will", conf="borderline", note="a parliamentary courtesy rather than cooperation")),
    L("I will report to the House on the settlement's progress each year.",
      C("GB", "governance", "will", note="'each year' is a frequency, not a deadline")),
    L(Q_CROSS,
      S(45800, "people", "exact", "small boat crossings of the Channel", "level", period_text="Last year",
        period_start="2022-01-01", period_end="2022-12-31", location="Channel"),
      S(60, "percent", "exact", "small boat crossings, 2022 vs 2021", "increase", location="Channel"),
      S(33000, "attempts", "more_than", "crossing attempts prevented by French forces", "level",
        location="northern France")),
    L("Albanian nationals made up more than a quarter of arrivals in 2022, and since the UK–Albania agreement in "
      "December returns to Albania have risen fivefold.",
      S(25, "percent", "more_than", "Albanian share of small boat arrivals", "level", period_text="in 2022",
        period_start="2022-01-01", period_end="2022-12-31", note="fraction 'a quarter' -> 25 percent"),
      S(5, "factor", "exact", "returns to Albania", "increase", period_text="since the UK–Albania agreement in "
        "December", period_start="2022-12-01", period_end="2023-03-10")),
    L("There are currently about 51,000 asylum seekers in hotels.",
      S(51000, "people", "approximately", "asylum seekers accommodated in hotels", "level", location="UK")),
    L("The asylum system now costs the taxpayer £3.6 billion a year, including £6 million a day on hotels.",
      N("funding", "a cost, not funding")),
    L("The Home Office's total budget for 2023-24 is £18.2 billion.",
      N("funding", "a departmental budget described")),
    L("Civil penalties levied on hauliers carrying clandestine entrants raised £2.9 million in 2022.",
      N("funding", "fines collected")),
    L("We estimate that each crossing prevented saves around £9,000 in support costs.",
      N("funding", "a saving")),
    L("I am convinced that this settlement will break the business model of the gangs.",
      N("commitments", "a belief")),
]
