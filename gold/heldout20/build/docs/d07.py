from lib import L, C, F, S, N

DATE = "2019-07-16"
SLUG = "border-force-annual-report-2018-19-extract"
TITLE = "Border Force Annual Report 2018-19"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Operational agency annual report extract (foreword, performance in the year, priorities for the next year)"
STRESS = "reporting year in the title (2018-19); the document's date appears only under the foreword's signature"
THIRD = "Frontex (actor and donor); France acts"

LINES = [
    L("Border Force Annual Report 2018-19",
      N("statistics", "financial-year label in the title", q="Annual Report 2018-19")),
    "About Border Force",
    "Border Force is a law enforcement command within the Home Office. It secures the border by carrying out "
    "immigration and customs controls on people and goods entering the UK, at air, sea and rail ports and at the "
    "juxtaposed controls in France and Belgium.",
    "This extract reproduces the foreword and the chapter on priorities for the coming year; the full report, with "
    "the accounts, is available on GOV.UK.",
    "Foreword by the Director General",
    L("I want to thank every one of our officers for another demanding year.",
      N("commitments", "thanks")),
    "The year tested us in new ways. Preparations for the UK's exit from the European Union demanded planning on a "
    "scale we had not seen before, while the rise in small boat crossings at the end of the year called for a rapid "
    "response at sea and on land.",
    "Throughout, our staff showed the professionalism and care that the public expects of them.",
    "Our relationship with the French Police aux Frontières and the Belgian Federal Police remains close, and joint "
    "working at the ports has deepened over the year.",
    L("We checked 139 million passengers arriving at the UK border, 3% more than in the previous year.",
      S(139000000, "people", "exact", "passengers checked at the UK border", "level",
        period_start="2018-04-01", period_end="2019-03-31", note="period from the report year"),
      S(3, "percent", "exact", "change in passengers checked at the UK border", "increase")),
    L("At the juxtaposed controls in France and Belgium our officers prevented 23,700 attempts to enter the UK "
      "clandestinely, down from 31,200.",
      S(23700, "attempts", "exact", "clandestine entry attempts prevented at the juxtaposed controls", "decrease",
        period_start="2018-04-01", period_end="2019-03-31", location="France and Belgium"),
      S(31200, "attempts", "exact", "clandestine entry attempts prevented at the juxtaposed controls", "level",
        period_start="2017-04-01", period_end="2018-03-31", location="France and Belgium")),
    L("Between November and March our cutters and coastal patrol vessels brought ashore 539 people from small boats "
      "in the Channel, nearly five times as many as in the whole of the previous year.",
      S(539, "people", "exact", "people brought ashore from small boats in the Channel", "level",
        period_text="Between November and March", period_start="2018-11-01", period_end="2019-03-31",
        location="Channel"),
      S(5, "factor", "approximately", "change in people brought ashore from small boats on the previous year",
        "increase", location="Channel")),
    L("Officers made 1,930 seizures of false travel documents.",
      S(1930, "other", "exact", "seizures of false travel documents", "level",
        period_start="2018-04-01", period_end="2019-03-31")),
    L("Our workforce grew to 8,600 full-time equivalent officers, including 800 recruited to prepare for EU exit.",
      S(8600, "officers", "exact", "Border Force full-time equivalent officers", "increase"),
      S(800, "officers", "exact", "officers recruited to prepare for EU exit", "increase",
        note="an addition: increase")),
    L("Frontex paid €410,000 for the deployment of 14 of our officers to the Greek islands.",
      F(410000, "EUR", "Frontex", "GB", "disbursed", "deployment of Border Force officers to Greece",
        period_start="2018-04-01", period_end="2019-03-31"),
      S(14, "officers", "exact", "Border Force officers deployed to the Greek islands", "level",
        location="Greece")),
    L("The UK paid €3.4 million (£3.0 million) to France during the year under the Sandhurst Treaty for security "
      "at Calais and Dunkirk.",
      F(3400000, "EUR", "GB", "FR", "disbursed", "security at Calais and Dunkirk (Sandhurst Treaty)",
        alt_amount=3000000, alt_currency="GBP", period_text="during the year", period_start="2018-04-01",
        period_end="2019-03-31")),
    L("Our own budget for the year was £612 million.",
      N("funding", "the agency's own budget, not money given for cooperation")),
    L("Frontex has agreed to meet the costs of our officers in Greece until the end of 2019.",
      C("Frontex", "eu_international", "agree", "until the end of 2019", "2019-12-31")),
    L("The French Government will double the number of gendarmes patrolling the beaches near Calais this summer, "
      "as agreed by ministers in January.",
      C("FR", "border_security", "will", "this summer", "2019-08-31"),
      N("statistics", "factor inside the commitment's target", q="double the number of gendarmes")),
    "Helen Ashdown",
    L("Director General, Border Force, 16 July 2019",
      N("statistics", "signature date", q="16 July 2019")),
    "Priorities for 2019-20",
    L("In 2019-20 Border Force will:",
      N("commitments", "bare lead-in")),
    L("recruit a further 900 officers by March 2020;",
      C("GB", "border_security", "will", "by March 2020", "2020-03-31"),
      N("statistics", "number inside the commitment's target", q="a further 900 officers")),
    L("bring two more coastal patrol vessels into service in the Channel before the end of the summer;",
      C("GB", "border_security", "will", "before the end of the summer", "2019-08-31")),
    L("work with the French maritime authorities on a joint plan for search and rescue in the Strait of Dover;",
      C("GB;FR", "border_security", "will")),
    L("continue to take part in Frontex joint operations while the UK remains a member of the EU;",
      C("GB", "eu_international", "will")),
    L("publish quarterly data on small boat detections from October 2019.",
      C("GB", "governance", "will", "from October 2019", "2019-10-31")),
    L("We will also publish a five-year workforce plan in the autumn.",
      C("GB", "governance", "will", "in the autumn", "2019-11-30")),
]
