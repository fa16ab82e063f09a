from lib import L, C, F, S, N

DATE = "2025-05-14"
SLUG = "readout-home-secretary-iraq"
TITLE = "Readout: Home Secretary's meeting with the Iraqi Minister of Interior"
PARTIES = "GB"
DOC_TYPE = "communique"
PLACE = "Baghdad"
GI = "GB;IQ"

LINES = [
    TITLE + ", Baghdad, 14 May 2025",
    "",
    L("The Home Secretary, Rachel Quinlan, met the Iraqi Minister of Interior, Abdul-Karim al-Saadi, in Baghdad today, the first visit by a Home Secretary to Iraq since 2021.",
      N("all", "report of the meeting; a year is not a statistic")),
    L("They discussed the shared threat from organised immigration crime and the dangers faced by Iraqis who attempt to reach Europe through Turkey and the Balkans.",
      N("all", "description of the discussion")),
    L("The Home Secretary noted that Iraqi nationals accounted for around 12% of small boat arrivals in 2024, and that more than 3,600 Iraqis arrived by small boat in the first four months of this year.",
      S(12, "percent", "approximately", "share of Iraqi nationals among small boat arrivals", "level", "in 2024", "2024-01-01", "2024-12-31", "United Kingdom"),
      S(3600, "people", "more_than", "Iraqi nationals arriving by small boat", "level", "in the first four months of this year", "2025-01-01", "2025-04-30", "United Kingdom")),
    L("Returns to Iraq rose to 1,020 in 2024 from 710 in 2023, an increase of 44%.",
      S(1020, "people", "exact", "returns to Iraq", "increase", "in 2024", "2024-01-01", "2024-12-31", "Iraq", note="'rose to': the later figure of a rise"),
      S(710, "people", "exact", "returns to Iraq", "level", "in 2023", "2023-01-01", "2023-12-31", "Iraq"),
      S(44, "percent", "exact", "returns to Iraq", "increase", "in 2024", "2024-01-01", "2024-12-31", "Iraq")),
    L("Joint investigations with the security services of the Kurdistan Region have led to 38 arrests since January.",
      S(38, "people", "exact", "arrests in joint investigations", "level", "since January", "2025-01-01", "2025-05-14", "Kurdistan Region of Iraq")),
    L("The average fee a smuggler charges for the journey from Iraq to the United Kingdom is now estimated at $12,000, and Iraqi courts have frozen assets worth 4 billion dinars belonging to smuggling networks.",
      N("all", "a smuggling fee and frozen assets: neither funding nor statistics")),
    L("The two ministers agreed:",
      C(GI, "governance", "agree", conf="borderline", note="bare lead-in; one-government readout reporting a joint agreement")),
    L("- that Iraq will accept returns of its nationals on charter flights from the United Kingdom from July;",
      C("IQ", "returns", "will", "from July", "2025-07-31", note="'from' a month resolved to its last day")),
    L("- to set up a joint returns working group, which will meet in Baghdad and London every three months;",
      C(GI, "returns", "agree", note="'every three months' is a frequency; capitals name meeting places here")),
    L("- to exchange biometric data on convicted smugglers under a data-sharing arrangement to be signed by the end of the third quarter;",
      C(GI, "legal_framework", "agree", "by the end of the third quarter", "2025-09-30")),
    L("- to aim for 2,000 returns to Iraq in 2025.",
      C(GI, "returns", "agree", "in 2025", "2025-12-31"),
      N("statistics", "a target inside a commitment")),
    L("Baghdad has also agreed to post a liaison officer to the small boats command of the Home Office before the end of the summer.",
      C("IQ", "policing_intelligence", "agree", "before the end of the summer", "2025-08-31", note="capital as metonym -> IQ")),
    L("The National Crime Agency will open a second post in Erbil in the autumn.",
      C("GB", "policing_intelligence", "will", "in the autumn", "2025-11-30")),
    L("The UK will also second two asylum caseworkers to UNHCR in Baghdad.",
      C("GB", "asylum", "will"),
      N("statistics", "a number inside a commitment")),
    L("Both ministers undertook to launch a joint campaign on social media in Kurdish and Arabic, warning against the dangers of the crossing, before the start of the 2025-26 school year.",
      C(GI, "information_campaigns", "undertake", "before the start of the 2025-26 school year", "2025-08-31", note="school year taken to start on 1 September")),
    L("The Home Secretary announced that the UK will provide £4.5 million over three years to IOM for reintegration support in Iraq, including the Kurdistan Region.",
      C("GB", "funding", "will", "over three years", "2028-05-14"),
      F(4500000, "GBP", "GB", "IOM", "pledge", "reintegration support in Iraq", period_text="over three years", period_start="2025-05-14", period_end="2028-05-14", note="single sum over a period: per_year false, years 1")),
    L("This builds on £1.8 million that the UK contributed to IOM projects in Iraq in 2023-24.",
      F(1800000, "GBP", "GB", "IOM", "disbursed", "IOM projects in Iraq", period_text="in 2023-24", period_start="2023-04-01", period_end="2024-03-31")),
    L("Germany, which joined the second half of the meeting, will add €2 million a year for two years to the same programme.",
      C("DE", "funding", "will", note="third state acting in a one-government readout"),
      F(2000000, "EUR", "DE", "IOM", "pledge", "IOM reintegration programme in Iraq", per_year=True, years=2, period_text="a year for two years")),
    L("The Home Secretary also invited Iraq to the next meeting of the Calais Group, which the United Kingdom will host in London in November.",
      C("GB", "eu_international", "will", "in November", "2025-11-30", note="the invitation is done; the hosting is the commitment")),
    L("The Minister thanked the United Kingdom for its long-standing support to the police training academy of Iraq.",
      N("all", "thanks")),
    L("The ministers will speak again before the working group first meets.",
      C(GI, "governance", "will", "before the working group first meets", note="relative anchor")),
]
