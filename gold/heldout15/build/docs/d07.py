from lib import L, C, F, S, N

DATE = "2021-07-20"
SLUG = "joint-action-plan-second-progress-report"
TITLE = "UK–France Joint Action Plan on Illegal Migration: Second Progress Report to Ministers"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Implementation progress report with a status table"
STRESS = "title over two lines; date only in a 'Published' line"
THIRD = "mentions Belgium and the Netherlands (campaign extension)"

A = "GB;FR"

LINES = [
    "UK–France Joint Action Plan on Illegal Migration:",
    "Second Progress Report to Ministers",
    "Prepared by the Joint Steering Group | Published 20 July 2021",
    "1. Summary",
    L("This report covers the period from 1 January to 30 June 2021 and records progress on the actions agreed by "
      "ministers in November 2020.",
      N("statistics", "dates of the reporting period, not figures")),
    "Good weather in May and June brought a sharp rise in launches, and most boats now leave from beaches between "
    "Dunkirk and Boulogne rather than from the ports, which makes interception at sea harder and riskier.",
    L("Over the same six months the Joint Intelligence Cell referred 23 cases to prosecutors in the two countries.",
      S(23, "other", "exact", "cases referred to prosecutors by the Joint Intelligence Cell", "level",
        period_text="Over the same six months", period_start="2021-01-01", period_end="2021-06-30")),
    "Key figures, January to June 2021",
    L("Crossings prevented by French forces: 3,410",
      S(3410, "attempts", "exact", "crossings prevented by French forces", "level", location="northern France",
        note="label line; period given by the heading, outside the quote")),
    L("Arrivals in the UK by small boat: 5,720 (2,420 in January to June 2020)",
      S(5720, "people", "exact", "small boat arrivals in the UK", "level",
        note="parenthetical comparison with no verb of change: both rows level (decision D5)"),
      S(2420, "people", "exact", "small boat arrivals in the UK", "level",
        period_text="in January to June 2020", period_start="2020-01-01", period_end="2020-06-30")),
    L("Facilitators arrested in France: 148",
      S(148, "people", "exact", "facilitators arrested in France", "level", location="France")),
    L("Networks dismantled: 12, against 7 a year earlier",
      S(12, "networks", "exact", "smuggling networks dismantled", "level"),
      S(7, "networks", "exact", "smuggling networks dismantled", "level", period_text="a year earlier",
        period_start="2020-01-01", period_end="2020-06-30", note="elliptical comparison figure")),
    L("Beach patrols with drone support: 65%",
      S(65, "percent", "exact", "share of beach patrols with drone support", "level")),
    L("The share of attempted crossings stopped on the beaches rose from 38% to 54% over the period.",
      S(38, "percent", "exact", "share of attempted crossings stopped on the beaches", "level"),
      S(54, "percent", "exact", "share of attempted crossings stopped on the beaches", "increase")),
    "2. Status of actions",
    "Action | Lead | Due | Status",
    L("A1 Deploy 100 additional gendarmes on the coast | FR | December 2020 | Done (100 deployed)",
      N("commitments", "status row of a completed action: a report, not a commitment (decision D8)")),
    L("A2 Install drone surveillance at 15 beach sites | FR | March 2021 | Done (15 sites)",
      N("commitments", "status row of a completed action (decision D8)")),
    L("A3 Fund vehicles and night-vision equipment | UK | June 2021 | Done",
      N("commitments", "status row of a completed action (decision D8)")),
    L("A4 Open a reception centre at Dunkirk | FR | October 2021 | In progress",
      C("FR", "reception_welfare", "other", "October 2021", "2021-10-31", conf="borderline",
        note="open action in a status table: restated commitment or report? (decision D8)")),
    L("A5 Agree a child protection protocol | UK/FR | September 2021 | Not started",
      C(A, "reception_welfare", "other", "September 2021", "2021-09-30", conf="borderline",
        note="open action in a status table (decision D8)")),
    "3. Funding",
    L("The United Kingdom has paid €24.6 million to France under the plan since November 2020, for vehicles, "
      "equipment and surveillance.",
      F(24600000, "EUR", "GB", "FR", "disbursed", "vehicles, equipment and surveillance",
        period_text="since November 2020", period_start="2020-11-01", period_end="2021-07-20")),
    L("A further €8.5 million is pledged for 2021-22 to extend drone cover and to equip the new reception centre at "
      "Dunkirk.",
      C("GB", "funding", "pledge", "for 2021-22", "2022-03-31",
        note="passive pledge in the UK paragraph; financial year as deadline (decision D4)"),
      F(8500000, "EUR", "GB", "FR", "pledge", "drone cover and equipment for the Dunkirk reception centre",
        period_text="for 2021-22", period_start="2021-04-01", period_end="2022-03-31",
        note="donor inferred from the paragraph (the UK pays under the plan)")),
    L("France continues to meet the running costs of the beach patrols, about €2 million a month, from its "
      "national budget.",
      N("funding", "a party's own running costs described, not money given for the cooperation")),
    L("A surveillance drone of the type deployed costs about £160,000.",
      N("funding", "a unit cost")),
    L("The shared control room at Coquelles has saved about £1.1 million a year in duplicated staffing.",
      N("funding", "a saving, not funding")),
    "4. Next steps",
    "The two Governments will:",
    L("(i) complete the installation of CCTV at the ports of Calais and Dunkirk by the end of September;",
      C(A, "border_security", "will", "by the end of September", "2021-09-30")),
    L("(ii) open the new reception and orientation centre at Dunkirk before the winter;",
      C(A, "reception_welfare", "will", "before the winter", "2021-11-30",
        note="winter begins 1 December (meteorological)")),
    L("(iii) agree a joint protocol on the protection of unaccompanied children in the third quarter;",
      C(A, "reception_welfare", "will", "in the third quarter", "2021-09-30")),
    L("(iv) extend the information campaign to camps near the Belgian and Dutch borders;",
      C(A, "information_campaigns", "will")),
    L("(v) report again to ministers in January 2022.",
      C(A, "governance", "will", "in January 2022", "2022-01-31")),
    L("France will also station a permanent liaison magistrate in London within six months.",
      C("FR", "policing_intelligence", "will", "within six months", "2022-01-20")),
    L("The United Kingdom will second four additional officers to the Joint Intelligence Cell.",
      C("GB", "policing_intelligence", "will"),
      N("statistics", "number inside a commitment", q="four additional officers")),
    L("The Steering Group thanks the officers of both countries for their work in difficult conditions.",
      N("commitments", "thanks, no undertaking")),
]
