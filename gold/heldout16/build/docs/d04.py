from lib import L, C, F, S, N

DATE = "2015-12-14"
SLUG = "written-answer-calais-detections-table"
TITLE = "Immigration: Calais"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Hansard written answer with a table"
STRESS = "two dates: tabled (4 December 2015) and answered (14 December 2015)"
THIRD = "none"

LINES = [
    "House of Commons",
    "Written question – Home Office",
    "Immigration: Calais",
    L("Question 18734, tabled on 4 December 2015 by Sarah Penhallow (Truro and Falmouth):",
      N("statistics", "question reference number", q="Question 18734")),
    L("To ask the Secretary of State for the Home Department, how many people were detected attempting to enter the "
      "UK illegally at Calais in each of the last three years; and what financial support her Department has given "
      "to the French authorities.",
      N("statistics", "span of years in the question, not a figure", q="in each of the last three years")),
    "Answered on 14 December 2015 by Martin Ashcroft, Minister for Immigration:",
    "The table below sets out the number of people detected attempting to enter the UK clandestinely at the "
    "juxtaposed controls in the Calais area.",
    "Year | Port of Calais | Coquelles (Channel Tunnel)",
    L("2013 | 7,218 | 4,104",
      S(7218, "attempts", "exact", "clandestine entry attempts detected", "level", period_text="2013",
        period_start="2013-01-01", period_end="2013-12-31", location="Port of Calais", note="table cell"),
      S(4104, "attempts", "exact", "clandestine entry attempts detected", "level", period_text="2013",
        period_start="2013-01-01", period_end="2013-12-31", location="Coquelles", note="table cell")),
    L("2014 | 11,870 | 6,021",
      S(11870, "attempts", "exact", "clandestine entry attempts detected", "level", period_text="2014",
        period_start="2014-01-01", period_end="2014-12-31", location="Port of Calais", note="table cell"),
      S(6021, "attempts", "exact", "clandestine entry attempts detected", "level", period_text="2014",
        period_start="2014-01-01", period_end="2014-12-31", location="Coquelles", note="table cell")),
    L("2015 (to 30 November) | 19,447 | 20,311",
      S(19447, "attempts", "exact", "clandestine entry attempts detected", "level",
        period_text="2015 (to 30 November)", period_start="2015-01-01", period_end="2015-11-30",
        location="Port of Calais", note="table cell"),
      S(20311, "attempts", "exact", "clandestine entry attempts detected", "level",
        period_text="2015 (to 30 November)", period_start="2015-01-01", period_end="2015-11-30",
        location="Coquelles", note="table cell")),
    L("Total detections have therefore more than trebled in two years.",
      S(3, "factor", "more_than", "total detections, 2015 vs 2013", "increase", location="Calais area")),
    "These figures are internal management information and have not been quality assured under National Statistics "
    "protocols.",
    "Detections at Coquelles rose sharply during the summer, when large groups tried to enter the tunnel site on foot "
    "at night.",
    L("The French authorities estimate that some 4,500 migrants are currently living in the camps around Calais.",
      S(4500, "people", "approximately", "migrants living in the camps", "level", location="Calais")),
    L("In August the Home Secretary and the French Interior Minister agreed a package under which the UK provides £10 "
      "million per year for two years towards security at Calais.",
      F(10000000, "GBP", "GB", "FR", "pledge", "security at Calais", per_year=True, years=2,
        period_text="per year for two years"),
      C("GB", "funding", "agree", conf="borderline",
        note="restated undertaking inside a report of a past agreement; present tense 'provides' (D5)")),
    L("This is in addition to the £12 million committed in September 2014 for fencing and lighting at the port, of "
      "which £7 million has already been spent.",
      F(12000000, "GBP", "GB", "FR", "pledge", "fencing and lighting at the port of Calais",
        note="restated earlier pledge"),
      F(7000000, "GBP", "GB", "FR", "disbursed", "fencing and lighting at the port of Calais", conf="borderline",
        note="part of the £12 million, not new money: debatable as a separate row (D5)")),
    L("France spends some €50 million a year on policing the Calais area.",
      N("funding", "a state's own spending, not money given")),
    L("We will continue to work with the French authorities to secure the Eurotunnel site at Coquelles.",
      C("GB", "border_security", "will")),
    L("We will complete the new fencing at the Eurotunnel terminal by the end of January.",
      C("GB", "border_security", "will", "by the end of January", "2016-01-31")),
    L("We are committed to deploying an additional 100 Border Force officers at the juxtaposed controls in 2016.",
      C("GB", "border_security", "commit", "in 2016", "2016-12-31"),
      N("statistics", "number inside a commitment's target", q="an additional 100 Border Force officers")),
    L("The French Government have undertaken to keep 1,000 police and gendarmes deployed in Calais until the end of "
      "the winter.",
      C("FR", "border_security", "undertake", "until the end of the winter", "2016-02-29"),
      N("statistics", "number inside a commitment's target", q="1,000 police and gendarmes")),
    L("A joint command and control centre, staffed by British and French officers, will open in Calais before the "
      "spring.",
      C("GB;FR", "policing_intelligence", "will", "before the spring", "2016-02-29",
        note="passive; joint staffing makes both actors")),
    L("Together with France, we will fund flights returning migrants from Calais to their countries of origin.",
      C("GB;FR", "returns", "will")),
    L("France will also offer places in reception centres elsewhere in France to migrants who leave the camps.",
      C("FR", "reception_welfare", "will")),
    L("We will continue to fund an information campaign in Calais, run jointly with the French authorities, to "
      "discourage migrants from attempting dangerous crossings.",
      C("GB", "information_campaigns", "will")),
    L("I believe that this joint approach is working.",
      N("commitments", "belief")),
    L("The Home Secretary will report to the House on progress in the new year.",
      C("GB", "governance", "will", "in the new year", "", note="vague anchor left undated")),
]
