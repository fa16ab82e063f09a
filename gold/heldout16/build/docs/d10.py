from lib import L, C, F, S, N

DATE = "2026-02-12"
SLUG = "minutes-steering-committee-irregular-migration"
TITLE = "UK–France Steering Committee on Irregular Migration"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = "Paris"
GENRE = "Minutes of a bilateral steering committee (with numbered action points)"
STRESS = "two dates: meeting (12 February 2026) and approval of the minutes (5 March 2026)"
THIRD = "Belgium (observer, actor in an action point); Europol (actor); European Commission (donor)"

A = "GB;FR"

LINES = [
    "UK–France Steering Committee on Irregular Migration",
    L("Minutes of the 14th meeting, held at the Ministry of the Interior, Paris, on 12 February 2026",
      N("statistics", "ordinal of the meeting", q="14th meeting")),
    "Present: for the United Kingdom, the Home Office, Border Force and the National Crime Agency; for France, the "
    "DGEF, the DNPAF and OFII; as observers, the Belgian Federal Police and Europol.",
    L("1. The co-chairs welcomed the Belgian and Europol delegations and the agenda was adopted.",
      N("commitments", "report of the meeting and welcome")),
    "2. Situation update",
    L("The French side reported that 41,200 people had been prevented from crossing in 2025, 9% more than in 2024.",
      S(41200, "attempts", "exact", "people prevented from crossing", "level", period_text="in 2025",
        period_start="2025-01-01", period_end="2025-12-31"),
      S(9, "percent", "exact", "prevented crossings, 2025 vs 2024", "increase")),
    L("Small boat arrivals in the UK totalled 31,870 in 2025, and the average number of people per boat rose from 53 "
      "to 61.",
      S(31870, "people", "exact", "small boat arrivals in the UK", "level", period_text="in 2025",
        period_start="2025-01-01", period_end="2025-12-31"),
      S(53, "other", "exact", "average number of people per boat (earlier)", "level",
        note="people per boat is a ratio: unit other"),
      S(61, "other", "exact", "average number of people per boat (2025)", "increase",
        note="the later value of 'rose from 53 to 61'")),
    L("Europol reported that 27 networks linked to Channel crossings had been dismantled with its support in 2025.",
      S(27, "networks", "exact", "networks linked to Channel crossings dismantled with Europol support", "level",
        period_text="in 2025", period_start="2025-01-01", period_end="2025-12-31")),
    "3. Readmission pilot",
    L("Under the pilot, 1,140 people were transferred to France between August 2025 and January 2026, and 960 people "
      "were admitted to the UK by the legal route.",
      S(1140, "people", "exact", "people transferred to France under the pilot", "level",
        period_text="between August 2025 and January 2026", period_start="2025-08-01", period_end="2026-01-31",
        location="France"),
      S(960, "people", "exact", "people admitted to the UK by the legal route", "level",
        period_text="between August 2025 and January 2026", period_start="2025-08-01", period_end="2026-01-31",
        location="United Kingdom")),
    L("The Committee agreed that the pilot would continue until 31 December 2026, subject to a review in June.",
      C(A, "returns", "agree", "until 31 December 2026", "2026-12-31")),
    L("The UK said that it would not raise the number of monthly transfers before the review.",
      N("commitments", "negated reported intention, not an undertaking (D1)")),
    L("The French delegation confirmed that OFII would open 300 additional reception places in the Hauts-de-France by "
      "the summer.",
      C("FR", "reception_welfare", "will", "by the summer", "2026-05-31",
        note="reported 'would' in minutes = will; 'by the summer' read like 'before the summer'"),
      N("statistics", "number inside a commitment's target", q="300 additional reception places")),
    "4. Funding",
    L("The Home Office confirmed that £118 million had been paid to France in 2025-26 under the three-year programme "
      "agreed in 2023.",
      F(118000000, "GBP", "GB", "FR", "disbursed", "three-year UK–France programme agreed in 2023",
        period_text="in 2025-26", period_start="2025-04-01", period_end="2026-03-31")),
    L("The UK will provide a further £40 million a year in 2026-27 and 2027-28 for maritime surveillance and the new "
      "Dunkirk command centre.",
      C("GB", "funding", "will"),
      F(40000000, "GBP", "GB", "FR", "pledge", "maritime surveillance and the Dunkirk command centre",
        per_year=True, years=2, period_text="a year in 2026-27 and 2027-28", period_start="2026-04-01",
        period_end="2028-03-31")),
    L("The European Commission will contribute €6 million from the Border Management and Visa Instrument to the "
      "French coastal surveillance programme.",
      C("European Commission", "funding", "will", note="reported by the French side; EU body as actor"),
      F(6000000, "EUR", "European Commission", "FR", "pledge", "French coastal surveillance programme")),
    L("The French side noted that its own coastal deployment had cost some €210 million in 2025.",
      N("funding", "a state's own spending, not money given")),
    "5. Actions agreed",
    "The Committee agreed the following actions:",
    L("14/1 Home Office and DGEF to publish a joint statistical bulletin on the pilot by 31 March 2026.",
      C(A, "governance", "agree", "by 31 March 2026", "2026-03-31",
        q="Home Office and DGEF to publish a joint statistical bulletin on the pilot by 31 March 2026."),
      N("statistics", "action-point numbering", q="14/1")),
    L("14/2 NCA and OLTIM to set up a joint investigation team on the supply of boats and engines before the end of "
      "April.",
      C(A, "policing_intelligence", "agree", "before the end of April", "2026-04-30",
        q="NCA and OLTIM to set up a joint investigation team on the supply of boats and engines before the end of "
          "April.")),
    L("14/3 Europol to deploy two analysts to the joint intelligence cell at Coquelles from March.",
      C("Europol", "policing_intelligence", "agree", "from March", "2026-03-31",
        q="Europol to deploy two analysts to the joint intelligence cell at Coquelles from March.",
        note="start month read with the 'begin in' rule")),
    L("14/4 Belgian Federal Police to extend coastal patrols to the beaches of De Panne and Koksijde during the summer "
      "season.",
      C("BE", "border_security", "agree", "during the summer season", "2026-08-31",
        q="Belgian Federal Police to extend coastal patrols to the beaches of De Panne and Koksijde during the summer "
          "season.")),
    L("14/5 Border Force to second a liaison officer to the Belgian Federal Police in Ostend.",
      C("GB", "policing_intelligence", "agree",
        q="Border Force to second a liaison officer to the Belgian Federal Police in Ostend.")),
    L("14/6 Secretariat to circulate draft minutes within ten working days.",
      C(A, "governance", "agree", "within ten working days", "",
        q="Secretariat to circulate draft minutes within ten working days.")),
    "6. Next meeting",
    L("The next meeting will take place in London in June 2026.",
      C(A, "governance", "will", "in June 2026", "2026-06-30", conf="borderline",
        note="scheduling with no acting party (D9)")),
    "Minutes approved by the co-chairs on 5 March 2026.",
]
