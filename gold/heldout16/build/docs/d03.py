from lib import L, C, F, S, N

DATE = "2012-07-19"
SLUG = "inspection-juxtaposed-controls-recommendations"
TITLE = "An inspection of the juxtaposed controls at the Channel ports and Coquelles"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Independent inspection report extract (findings, recommendations and Home Office responses)"
STRESS = "title split over two lines"
THIRD = "mentions Belgium (Zeebrugge, Belgian police) and the French Police aux Frontières"

REC = "inspector's recommendation to the Home Office ('should'): not the Home Office's own undertaking (D2)"

LINES = [
    "An inspection of the juxtaposed controls at",
    "the Channel ports and Coquelles",
    "Independent Chief Inspector of Borders and Immigration",
    "Laid before Parliament on 19 July 2012",
    "Summary of findings",
    L("3. The juxtaposed controls are a vital part of the UK border, yet no inspection had examined them in detail "
      "since 2008. We observed operations on day and night shifts and interviewed managers on both sides of the "
      "Channel.", N("statistics", "a year, not a statistic", q="since 2008")),
    L("4. In 2011, Border Force officers at the juxtaposed controls searched 1.3 million freight vehicles and "
      "detected 9,874 clandestine entrants, an increase of 24% on 2010.",
      S(1300000, "other", "exact", "freight vehicles searched", "level", period_text="In 2011",
        period_start="2011-01-01", period_end="2011-12-31", location="juxtaposed controls"),
      S(9874, "attempts", "exact", "clandestine entrants detected", "level", period_text="In 2011",
        period_start="2011-01-01", period_end="2011-12-31", location="juxtaposed controls"),
      S(24, "percent", "exact", "clandestine entrants detected, 2011 vs 2010", "increase",
        location="juxtaposed controls")),
    L("5. We found that only 61% of lorries at Coquelles passed through a carbon dioxide probe.",
      S(61, "percent", "exact", "lorries passing through a carbon dioxide probe", "level", location="Coquelles")),
    L("6. Staffing at Calais stood at 174 officers in 2011, compared with 212 in 2009.",
      S(174, "officers", "exact", "Border Force staffing", "level", period_text="in 2011",
        period_start="2011-01-01", period_end="2011-12-31", location="Calais"),
      S(212, "officers", "exact", "Border Force staffing", "level", period_text="in 2009",
        period_start="2009-01-01", period_end="2009-12-31", location="Calais")),
    L("7. The Police aux Frontières told us that they intercepted around 4,000 people in the port area during 2011.",
      S(4000, "attempts", "approximately", "people intercepted in the port area by the PAF", "level",
        period_text="during 2011", period_start="2011-01-01", period_end="2011-12-31", location="Calais port")),
    L("8. Since 2010 the Home Office has contributed £1.5 million to fencing in the port of Calais, which the port "
      "operator says has cut intrusions by 48%.",
      F(1500000, "GBP", "GB", "Port of Calais operator", "disbursed", "fencing in the port of Calais",
        period_text="Since 2010", period_start="2010-01-01"),
      S(48, "percent", "exact", "intrusions into the port", "decrease", location="port of Calais")),
    L("9. The inspection cost £96,000 and involved 14 days on site.",
      N("funding", "cost of the inspection, not money given"),
      N("statistics", "duration of the inspection, not a figure about migration", q="14 days on site")),
    "Recommendations and Home Office responses",
    L("Recommendation 1: The Home Office should screen every freight vehicle at Calais with at least two detection "
      "technologies.",
      C("GB", "border_security", "should", conf="borderline", note=REC,
        q="The Home Office should screen every freight vehicle at Calais with at least two detection technologies."),
      N("statistics", "number inside a recommendation's target", q="at least two detection technologies")),
    L("Response: Accepted. Border Force will install a second carbon dioxide probe lane at Coquelles by March 2013.",
      C("GB", "border_security", "will", "by March 2013", "2013-03-31",
        q="Border Force will install a second carbon dioxide probe lane at Coquelles by March 2013.")),
    L("Recommendation 2: The Home Office should agree a common method of recording detections with the French "
      "authorities.",
      C("GB", "governance", "should", conf="borderline", note=REC,
        q="The Home Office should agree a common method of recording detections with the French authorities.")),
    L("Response: Accepted. The Home Office and the Police aux Frontières will use a shared recording form from 1 "
      "January 2013.",
      C("GB;FR", "governance", "will", "from 1 January 2013", "2013-01-01",
        q="The Home Office and the Police aux Frontières will use a shared recording form from 1 January 2013.",
        note="start date taken as the deadline (begin-in rule)")),
    L("Recommendation 3: The Home Office should post officers at Zeebrugge.",
      C("GB", "eu_international", "should", conf="borderline", note=REC,
        q="The Home Office should post officers at Zeebrugge."),
      N("statistics", "list numbering", q="Recommendation 3:")),
    L("Response: Not accepted. The Home Office will not post officers at Zeebrugge, because Belgian police already "
      "search vehicles bound for the UK there.",
      N("commitments", "refusal (negated 'will'), not an undertaking (D1)",
        q="The Home Office will not post officers at Zeebrugge")),
    L("Recommendation 4: The Home Office should fund more detection dog teams in France.",
      C("GB", "funding", "should", conf="borderline", note=REC,
        q="The Home Office should fund more detection dog teams in France.")),
    L("Response: Accepted. The Home Office will provide €750,000 to the French Ministry of the Interior for dog teams "
      "in 2013, on top of the €1.1 million it gave in 2011-12.",
      C("GB", "funding", "will",
        q="The Home Office will provide €750,000 to the French Ministry of the Interior for dog teams in 2013, on top "
          "of the €1.1 million it gave in 2011-12."),
      F(750000, "EUR", "GB", "FR", "pledge", "detection dog teams", period_text="in 2013",
        period_start="2013-01-01", period_end="2013-12-31",
        q="The Home Office will provide €750,000 to the French Ministry of the Interior for dog teams in 2013, on top "
          "of the €1.1 million it gave in 2011-12."),
      F(1100000, "EUR", "GB", "FR", "disbursed", "detection dog teams", period_text="in 2011-12",
        period_start="2011-04-01", period_end="2012-03-31",
        q="The Home Office will provide €750,000 to the French Ministry of the Interior for dog teams in 2013, on top "
          "of the €1.1 million it gave in 2011-12.")),
    L("Recommendation 5: The Home Office should protect children found in vehicles.",
      C("GB", "reception_welfare", "should", conf="borderline", note=REC,
        q="The Home Office should protect children found in vehicles.")),
    L("Response: Accepted. Border Force will train all staff at the juxtaposed controls to identify potential victims "
      "of trafficking by the end of the financial year.",
      C("GB", "reception_welfare", "will", "by the end of the financial year", "2013-03-31",
        q="Border Force will train all staff at the juxtaposed controls to identify potential victims of trafficking "
          "by the end of the financial year.")),
    L("It will also refer every child found in a vehicle to the French child protection services within 24 hours.",
      C("GB", "reception_welfare", "will", "within 24 hours", "", note="service standard; undated anchor")),
    L("Response to Recommendation 6 (publication): Accepted. We will publish the first quarterly report on "
      "detections in the autumn.",
      C("GB", "governance", "will", "in the autumn", "2012-11-30",
        q="We will publish the first quarterly report on detections in the autumn.")),
    L("The Home Office welcomes this report and thanks the Chief Inspector.",
      N("commitments", "welcome")),
    L("The Chief Inspector will return to the juxtaposed controls within 18 months to check progress.",
      C("GB", "governance", "will", "within 18 months", "2014-01-19",
        note="counted from the date laid (19 July 2012)")),
]
