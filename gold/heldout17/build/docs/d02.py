from lib import L, C, F, S, N

DATE = "2006-11-29"
SLUG = "nao-summary-juxtaposed-controls"
TITLE = "Home Office: Securing the UK Border at the Juxtaposed Controls in France and Belgium"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "National Audit Office report summary (key findings, value-for-money conclusion, recommendations)"
STRESS = "date only inside a strip line with the HC number and a session label"
THIRD = "Belgium (recipient of UK money); France acts in one reported undertaking"

LINES = [
    "National Audit Office",
    L("Report by the Comptroller and Auditor General | HC 1042 Session 2005-2006 | 29 November 2006",
      N("statistics", "report number and session label", q="HC 1042 Session 2005-2006")),
    "Home Office: Securing the UK Border at the Juxtaposed Controls in France and Belgium",
    "Summary",
    L("1 Since February 2004 immigration officers of the Home Office have examined passengers bound for the "
      "United Kingdom at the ferry ports of Calais, Dunkirk and Boulogne and at the Eurostar stations in Paris, "
      "Lille and Brussels.",
      N("statistics", "paragraph number and a date", q="1 Since February 2004")),
    "Key findings",
    L("2 The number of people detected attempting to enter the United Kingdom clandestinely at the French ports "
      "fell from 24,900 in 2003-04 to 11,200 in 2005-06, a reduction of 55%.",
      S(24900, "attempts", "exact", "clandestine entry attempts detected at the French ports", "level",
        period_text="in 2003-04", period_start="2003-04-01", period_end="2004-03-31", location="French ports"),
      S(11200, "attempts", "exact", "clandestine entry attempts detected at the French ports", "level",
        period_text="in 2005-06", period_start="2005-04-01", period_end="2006-03-31", location="French ports"),
      S(55, "percent", "exact", "clandestine entry attempts detected, 2005-06 vs 2003-04", "decrease",
        location="French ports")),
    L("3 Over the same period refusals of entry at the juxtaposed controls more than tripled, to 9,400.",
      S(3, "factor", "more_than", "refusals of entry at the juxtaposed controls", "increase"),
      S(9400, "people", "exact", "refusals of entry at the juxtaposed controls", "level",
        period_text="Over the same period")),
    L("4 Staffing has not kept pace: the Home Office had 418 officers in France and Belgium in March 2006.",
      S(418, "officers", "exact", "Home Office officers in France and Belgium", "level",
        period_text="in March 2006", period_start="2006-03-01", period_end="2006-03-31",
        location="France and Belgium")),
    L("The planned complement was 520.",
      N("statistics", "a planned staffing figure, not a count of the world")),
    L("5 In 2005, 96% of heavy goods vehicles leaving Calais were checked with at least one detection "
      "technology, compared with 61% in 2003.",
      S(96, "percent", "exact", "share of heavy goods vehicles checked with detection technology", "level",
        period_text="In 2005", period_start="2005-01-01", period_end="2005-12-31", location="Calais"),
      S(61, "percent", "exact", "share of heavy goods vehicles checked with detection technology", "level",
        period_text="in 2003", period_start="2003-01-01", period_end="2003-12-31", location="Calais")),
    L("6 The Home Office paid £14.6 million to the French authorities between 2003-04 and 2005-06 under the "
      "cost-sharing arrangements for the ports.",
      F(14600000, "GBP", "GB", "FR", "disbursed", "cost-sharing arrangements for the ports",
        period_text="between 2003-04 and 2005-06", period_start="2003-04-01", period_end="2006-03-31")),
    L("It also paid £1.1 million to the Belgian railway authorities in 2005-06 for the control zone at "
      "Brussels-Midi.",
      F(1100000, "GBP", "GB", "Belgian railway authorities", "disbursed", "control zone at Brussels-Midi",
        period_text="in 2005-06", period_start="2005-04-01", period_end="2006-03-31")),
    L("7 The department spent a further £31 million on its own staff and accommodation at the controls in "
      "2005-06.",
      N("funding", "the department's own running costs, not money given to a partner")),
    L("8 We estimate that each clandestine entrant prevented saves the taxpayer around £11,000 in support and "
      "removal costs.",
      N("funding;statistics", "a unit saving, neither funding nor a count")),
    "Conclusion on value for money",
    L("9 The Home Office has achieved a substantial fall in clandestine arrivals, but it cannot yet show that "
      "the controls represent value for money.",
      N("commitments", "an auditor's assessment, no undertaking")),
    "The Home Office's response",
    L("10 The Home Office has told us that it will complete its review of staffing at the juxtaposed controls "
      "by the end of March 2007.",
      C("GB", "governance", "will", "by the end of March 2007", "2007-03-31")),
    L("11 It has also undertaken to install heartbeat detectors at Dunkirk before the summer.",
      C("GB", "border_security", "undertake", "before the summer", "2007-05-31")),
    L("12 The French Government has agreed to deploy 150 additional gendarmes at the port of Calais during "
      "2007.",
      C("FR", "border_security", "agree", "during 2007", "2007-12-31"),
      N("statistics", "a number inside a commitment's target", q="150 additional gendarmes")),
    L("In return the Home Office will contribute €3 million a year for two years towards their vehicles and "
      "equipment.",
      C("GB", "funding", "will"),
      F(3000000, "EUR", "GB", "FR", "pledge", "vehicles and equipment for gendarmes at Calais port",
        per_year=True, years=2, period_text="a year for two years")),
    L("The Immigration and Nationality Directorate will also station two further liaison officers at "
      "Zeebrugge from January.",
      C("GB", "policing_intelligence", "will")),
    L("The department intends to seek French agreement to extend the controls to Cherbourg and Le Havre.",
      C("GB", "border_security", "intend")),
    "Recommendations",
    L("13 The Home Office should:", N("commitments", "bare lead-in of an auditor's recommendations")),
    L("a) set a target for the proportion of vehicles searched at each port and report against it every year;",
      C("GB", "governance", "should", conf="borderline",
        note="auditor's recommendation to the department, not an undertaking by it")),
    L("b) agree with the French authorities a single data set on detections and refusals by April 2007;",
      C("GB", "legal_framework", "should", "by April 2007", "2007-04-30", conf="borderline",
        note="auditor's recommendation to the department, not an undertaking by it")),
    L("c) recover from the port operators the £2.2 million owed for shared search facilities.",
      C("GB", "governance", "should", conf="borderline",
        note="auditor's recommendation to the department, not an undertaking by it"),
      N("funding", "a debt owed to the department, not funding", q="£2.2 million owed")),
    L("14 The Home Office accepts these recommendations and will publish an action plan within three months.",
      C("GB", "governance", "will", "within three months", "2007-02-28")),
]
