from lib import L, C, F, S, N

DATE = "2010-11-23"
SLUG = "chief-inspector-reinspection-juxtaposed-controls-calais-coquelles"
TITLE = ("A re-inspection of the UK Border Agency's juxtaposed controls at Calais and Coquelles: progress against "
         "the 2009 recommendations")
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Independent Chief Inspector's re-inspection report (follow-up of earlier recommendations, status table)"
STRESS = "title split over two lines below the inspectorate's name"
THIRD = "European Commission (donor, External Borders Fund); France acts jointly"

LINES = [
    "Independent Chief Inspector of the UK Border Agency",
    "A re-inspection of the UK Border Agency's juxtaposed controls",
    "at Calais and Coquelles: progress against the 2009 recommendations",
    "Published 23 November 2010",
    "Foreword",
    L("In March 2009 I reported on the Agency's controls in northern France and made nine recommendations.",
      N("statistics", "count of the inspectorate's own recommendations", q="made nine recommendations")),
    L("My inspectors returned to Calais and Coquelles for five days in June 2010 to see what had changed.",
      N("statistics", "length of the inspection visit", q="for five days in June 2010")),
    "They observed searches in the freight lanes, interviewed managers and frontline staff of both the Agency and "
    "the Police aux Frontières, and examined the case files of detained adults and children.",
    L("Clandestine entrants detected at the two sites fell from 11,900 in 2008 to 7,450 in 2009, a reduction of "
      "37%.",
      S(11900, "attempts", "exact", "clandestine entrants detected at Calais and Coquelles", "level",
        period_text="in 2008", period_start="2008-01-01", period_end="2008-12-31", location="Calais and Coquelles"),
      S(7450, "attempts", "exact", "clandestine entrants detected at Calais and Coquelles", "decrease",
        period_text="in 2009", period_start="2009-01-01", period_end="2009-12-31", location="Calais and Coquelles"),
      S(37, "percent", "exact", "change in clandestine entrants detected, 2008 to 2009", "decrease",
        location="Calais and Coquelles")),
    L("The Agency now deploys 212 officers across the two sites, up from 174 at the time of my first visit.",
      S(212, "officers", "exact", "UK Border Agency officers at Calais and Coquelles", "increase",
        location="Calais and Coquelles"),
      S(174, "officers", "exact", "UK Border Agency officers at Calais and Coquelles at the 2009 inspection",
        "level", location="Calais and Coquelles")),
    L("But the average wait at the tourist controls in Calais at peak times has risen to 46 minutes, against "
      "19 minutes in 2008.",
      S(46, "other", "exact", "average peak wait at the Calais tourist controls, minutes", "increase",
        location="Calais"),
      S(19, "other", "exact", "average peak wait at the Calais tourist controls, minutes", "level",
        period_text="in 2008", period_start="2008-01-01", period_end="2008-12-31", location="Calais")),
    L("Only 58% of the staff we surveyed had received refresher training in vehicle searches, against the "
      "Agency's own target of 90%.",
      S(58, "percent", "exact", "share of surveyed staff with refresher training in vehicle searches", "level",
        location="Calais and Coquelles",
        q="Only 58% of the staff we surveyed had received refresher training in vehicle searches"),
      N("statistics", "a target, not a figure about the world", q="the Agency's own target of 90%")),
    L("Twelve children were held in the short-term holding facility at Coquelles in the first half of 2010.",
      S(12, "people", "exact", "children held in the Coquelles short-term holding facility", "level",
        period_text="in the first half of 2010", period_start="2010-01-01", period_end="2010-06-30",
        location="Coquelles")),
    L("In 2009-10 the Agency spent £4.3 million on detection equipment at the two sites.",
      N("funding", "the Agency's own capital spending on its own controls, not money given for cooperation")),
    L("The European Commission's External Borders Fund met £1.1 million of that cost.",
      F(1100000, "GBP", "European Commission", "GB", "disbursed",
        "detection equipment at the Calais and Coquelles controls (External Borders Fund)",
        period_start="2009-04-01", period_end="2010-03-31",
        note="period taken from the previous sentence's financial year")),
    L("I welcome the Agency's positive response to this report.",
      N("commitments", "welcome")),
    "Relations with the French authorities are good, and officers on both sides of the control lines spoke warmly "
    "of each other's professionalism.",
    "Progress against the 2009 recommendations",
    L("Recommendation 3 (partly implemented). Agency response: the Agency will complete refresher search training "
      "for all frontline officers at Calais and Coquelles by 31 March 2011.",
      C("GB", "border_security", "will", "by 31 March 2011", "2011-03-31",
        q="the Agency will complete refresher search training for all frontline officers at Calais and Coquelles "
          "by 31 March 2011"),
      N("statistics", "recommendation numbering", q="Recommendation 3")),
    L("It will also install carbon dioxide detection in the Calais freight lanes in January 2011.",
      C("GB", "border_security", "will", "in January 2011", "2011-01-31")),
    L("Recommendation 5 (implemented). The Agency has agreed with the Police aux Frontières that children found in "
      "vehicles will be referred to the French child protection services within two hours.",
      C("GB;FR", "reception_welfare", "agree",
        q="The Agency has agreed with the Police aux Frontières that children found in vehicles will be referred to "
          "the French child protection services within two hours."),
      N("statistics", "time limit inside the commitment", q="within two hours")),
    L("A family room will be opened in the Coquelles facility before the end of the year.",
      C("GB", "reception_welfare", "will", "before the end of the year", "2010-12-31")),
    L("Recommendation 7 (not implemented). The Agency should agree with the French authorities a written protocol "
      "on the handover of detected adults.",
      C("GB", "policing_intelligence", "should",
        q="The Agency should agree with the French authorities a written protocol on the handover of detected "
          "adults.",
        conf="borderline", note="an inspector's recommendation the Agency has not accepted (README D2)")),
    L("Recommendation 8 (partly implemented). The Agency does not intend to publish queue times for the Calais "
      "controls.",
      C("GB", "governance", "intend",
        q="The Agency does not intend to publish queue times for the Calais controls.",
        conf="borderline", note="a purely negative undertaking (README D7)")),
    L("It will, however, report queue times to the Chief Inspector each quarter.",
      C("GB", "governance", "will")),
    L("The Agency and the French authorities will hold joint search exercises twice a year.",
      C("GB;FR", "border_security", "will")),
    L("The Home Office will contribute £1.8 million to the French authorities in 2011 to replace the perimeter "
      "fence at the Calais ferry port, subject to agreement on the specification.",
      C("GB", "funding", "will", "in 2011", "2011-12-31"),
      F(1800000, "GBP", "GB", "FR", "pledge", "replacement perimeter fence at the Calais ferry port",
        period_text="in 2011", period_start="2011-01-01", period_end="2011-12-31")),
    L("I will return to Calais and Coquelles before the end of 2011.",
      C("GB", "governance", "will", "before the end of 2011", "2011-12-31",
        note="the Chief Inspector is a UK statutory office")),
    "Margaret Oldfield",
    "Independent Chief Inspector of the UK Border Agency",
]
