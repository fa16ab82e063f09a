from lib import L, C, F, S, N

DATE = "2021-09-14"
SLUG = "uk-netherlands-joint-action-plan-first-annual-progress-report"
TITLE = "UK-Netherlands Joint Action Plan on Irregular Migration: first annual progress report"
PARTIES = "GB;NL"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Annual progress report on a bilateral joint action plan (status table with next steps)"
STRESS = "two dates in the header: the end of the reporting period (30 June 2021) and the later approval date"
THIRD = "the Netherlands (party, actor, donor, recipient); European Commission (donor, Internal Security Fund); Belgium named"

LINES = [
    "UK-Netherlands Joint Action Plan on Irregular Migration",
    "First annual progress report",
    L("Reporting period: 1 July 2020 - 30 June 2021",
      N("statistics", "reporting period dates", q="1 July 2020 - 30 June 2021")),
    "Approved by the Joint Steering Group on 14 September 2021",
    "1. Summary",
    L("The Plan was signed by the two ministers in July 2020 and contains 18 actions, of which 11 are complete, "
      "five are on track and two are delayed.",
      N("statistics", "counts of the plan's own actions (housekeeping)")),
    L("Both countries remain committed to its full implementation by July 2022.",
      C("GB;NL", "governance", "commit", "by July 2022", "2022-07-31")),
    "2. The situation in the reporting period",
    L("Dutch authorities detected 1,460 migrants attempting to board UK-bound lorries and ferries at Hoek van "
      "Holland, Rotterdam and IJmuiden, compared with 2,010 in the previous twelve months.",
      S(1460, "attempts", "exact", "migrants detected attempting to board UK-bound lorries and ferries", "level",
        period_start="2020-07-01", period_end="2021-06-30", location="Dutch ports"),
      S(2010, "attempts", "exact", "migrants detected attempting to board UK-bound lorries and ferries", "level",
        period_text="in the previous twelve months", period_start="2019-07-01", period_end="2020-06-30",
        location="Dutch ports", note="comparison with 'compared with': both level (README D9)")),
    L("Detections of people in refrigerated containers rose by 35%, which the Royal Netherlands Marechaussee "
      "attributes to tighter controls in northern France.",
      S(35, "percent", "exact", "change in detections of people in refrigerated containers", "increase",
        location="Dutch ports")),
    L("Eleven organised crime groups were disrupted through joint work, and 64 suspects were arrested in the two "
      "countries.",
      S(11, "networks", "exact", "organised crime groups disrupted through joint work", "level",
        period_start="2020-07-01", period_end="2021-06-30"),
      S(64, "people", "exact", "suspects arrested", "level", period_start="2020-07-01", period_end="2021-06-30",
        location="UK and Netherlands")),
    L("Only three boats carrying 41 people are known to have reached the UK from the Dutch coast.",
      S(3, "other", "exact", "small boats reaching the UK from the Dutch coast", "level",
        period_start="2020-07-01", period_end="2021-06-30", location="Dutch coast"),
      S(41, "people", "exact", "people reaching the UK by small boat from the Dutch coast", "level",
        period_start="2020-07-01", period_end="2021-06-30", location="Dutch coast")),
    L("The average fee paid to smugglers for a place in a lorry from Rotterdam was reported to be €7,500.",
      N("funding;statistics", "smugglers' fee")),
    "3. Progress on actions",
    "| Action | Status | Next steps |",
    L("| 3. Joint targeting cell at Rotterdam | Complete | The cell will extend its coverage to IJmuiden by "
      "December 2021. |",
      C("GB;NL", "policing_intelligence", "will", "by December 2021", "2021-12-31",
        q="The cell will extend its coverage to IJmuiden by December 2021.", note="the joint cell: both parties")),
    L("| 5. Scanners at Hoek van Holland | Complete | The UK will fund a second scanner, at a cost of £1.2 "
      "million, in 2022. |",
      C("GB", "funding", "will", "in 2022", "2022-12-31",
        q="The UK will fund a second scanner, at a cost of £1.2 million, in 2022."),
      F(1200000, "GBP", "GB", "NL", "pledge", "second scanner at Hoek van Holland",
        q="The UK will fund a second scanner, at a cost of £1.2 million, in 2022.", period_text="in 2022",
        period_start="2022-01-01", period_end="2022-12-31"),
      N("statistics", "action numbering", q="5. Scanners")),
    L("| 8. Exchange of liaison officers | On track | A Dutch liaison officer will join the National Crime Agency "
      "in London in October 2021. |",
      C("NL", "policing_intelligence", "will", "in October 2021", "2021-10-31",
        q="A Dutch liaison officer will join the National Crime Agency in London in October 2021.")),
    L("| 11. Awareness campaign for hauliers | Delayed | The campaign will be launched once COVID-19 restrictions "
      "at the ports are lifted. |",
      C("GB;NL", "information_campaigns", "will",
        q="The campaign will be launched once COVID-19 restrictions at the ports are lifted."),
      N("statistics", "name containing a number", q="COVID-19")),
    L("| 14. Returns | On track | The Netherlands will readmit, case by case, persons who entered the UK from "
      "the Netherlands. |",
      C("NL", "returns", "will",
        q="The Netherlands will readmit, case by case, persons who entered the UK from the Netherlands.")),
    "4. Funding",
    L("In the reporting period the UK contributed £850,000 to the Marechaussee's port control operations, and the "
      "Netherlands contributed €600,000 to the joint data analysis project.",
      F(850000, "GBP", "GB", "NL", "disbursed", "Royal Netherlands Marechaussee port control operations",
        period_text="In the reporting period", period_start="2020-07-01", period_end="2021-06-30"),
      F(600000, "EUR", "NL", "joint data analysis project", "disbursed", "joint UK-Netherlands data analysis project",
        period_text="In the reporting period", period_start="2020-07-01", period_end="2021-06-30")),
    L("The European Commission's Internal Security Fund, which paid €1.9 million towards the Dutch scanners in "
      "2019, is no longer open to projects with the UK.",
      F(1900000, "EUR", "European Commission", "NL", "disbursed", "scanners at Dutch ports (Internal Security Fund)",
        period_text="in 2019", period_start="2019-01-01", period_end="2019-12-31")),
    "5. The year ahead",
    L("In the coming year the two Governments will:",
      N("commitments", "bare lead-in")),
    L("- complete the seven outstanding actions by the end of the plan period;",
      C("GB;NL", "governance", "will", "by the end of the plan period", "",
        q="complete the seven outstanding actions by the end of the plan period",
        note="relative anchor: date left empty"),
      N("statistics", "number inside the commitment's target", q="the seven outstanding actions")),
    L("- hold a joint exercise on a major incident at a North Sea port in spring 2022;",
      C("GB;NL", "border_security", "will", "in spring 2022", "2022-05-31",
        q="hold a joint exercise on a major incident at a North Sea port in spring 2022")),
    L("- invite Belgium to join the targeting cell as an observer;",
      C("GB;NL", "eu_international", "will", q="invite Belgium to join the targeting cell as an observer")),
    L("- agree a renewed plan for 2022-2024 before the current plan expires.",
      C("GB;NL", "governance", "will", "before the current plan expires", "",
        q="agree a renewed plan for 2022-2024 before the current plan expires."),
      N("statistics", "plan-period label", q="2022-2024")),
]
