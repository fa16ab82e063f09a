from lib import L, C, F, S, N

DATE = "2013-07-04"
SLUG = "consultation-civil-penalty-clandestine-entrants"
TITLE = "Strengthening the civil penalty regime for clandestine entrants: a consultation"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Government public consultation paper (foreword, proposals, consultation questions, how to respond)"
STRESS = "opening and closing dates of the consultation; the document's date is the opening date"
THIRD = "the Netherlands (actor, donor: Royal Netherlands Marechaussee); France acts"

LINES = [
    "Home Office",
    "Strengthening the civil penalty regime for clandestine entrants: a consultation",
    L("This consultation begins on 4 July 2013 and closes on 26 September 2013.",
      N("commitments", "consultation period, binds respondents not a party", q="closes on 26 September 2013")),
    "Ministerial foreword",
    "Every day, hauliers travelling to the United Kingdom through the Channel and North Sea ports face attempts by "
    "migrants to hide in their vehicles.",
    L("In 2012, 1,873 clandestine entrants were found in vehicles that had already passed the controls, and civil "
      "penalties were issued to 1,120 drivers and companies.",
      S(1873, "people", "exact", "clandestine entrants found in vehicles after the controls", "level",
        period_text="In 2012", period_start="2012-01-01", period_end="2012-12-31",
        note="found after the controls: entries that took place, so people"),
      S(1120, "other", "exact", "civil penalties issued to drivers and companies", "level",
        period_text="In 2012", period_start="2012-01-01", period_end="2012-12-31")),
    L("Four in five of those entrants were hidden in soft-sided lorries.",
      S(80, "percent", "exact", "share of clandestine entrants found in soft-sided lorries", "level",
        note="'four in five' read as 80%")),
    L("Detection equipment at Calais found a further 6,400 people in lorries before departure in 2012, 12% more than "
      "in 2011.",
      S(6400, "attempts", "exact", "people found in lorries by detection equipment before departure", "level",
        period_text="in 2012", period_start="2012-01-01", period_end="2012-12-31", location="Calais"),
      S(12, "percent", "exact", "change in people found in lorries at Calais, 2012 vs 2011", "increase",
        location="Calais")),
    L("Only around 40 per cent of the penalties issued in 2012 have been paid in full.",
      S(40, "percent", "approximately", "share of 2012 civil penalties paid in full", "level")),
    L("The current maximum penalty of £2,000 per clandestine entrant has not changed since 2002.",
      N("funding", "a penalty, not funding", q="The current maximum penalty of £2,000 per clandestine entrant")),
    "Most hauliers take their responsibilities seriously, and the changes set out here are meant to reward them.",
    L("I do not believe that the cost of poor vehicle security should fall on the taxpayer.",
      N("commitments", "belief")),
    "What we propose",
    L("The Government proposes to:",
      N("commitments", "bare lead-in of proposals")),
    L("a) raise the maximum penalty to £4,000 per clandestine entrant, with the level set according to the "
      "security of the vehicle;",
      C("GB", "legal_framework", "other", conf="borderline",
        q="raise the maximum penalty to £4,000 per clandestine entrant",
        note="a consultation proposal: an intention subject to the outcome of the consultation"),
      N("funding", "proposed penalty level, not funding", q="£4,000 per clandestine entrant")),
    L("b) extend the regime to rail freight and to goods vehicles travelling on passenger ferries;",
      C("GB", "legal_framework", "other", conf="borderline",
        q="extend the regime to rail freight and to goods vehicles travelling on passenger ferries",
        note="a consultation proposal")),
    L("c) introduce an accreditation scheme for hauliers who meet a published security standard.",
      C("GB", "border_security", "other", conf="borderline",
        q="introduce an accreditation scheme for hauliers who meet a published security standard",
        note="a consultation proposal")),
    L("Whatever the outcome of this consultation, the Government will publish revised guidance for hauliers by the "
      "end of 2013.",
      C("GB", "border_security", "will", "by the end of 2013", "2013-12-31")),
    "Working with partners",
    L("In 2012-13 the Home Office contributed £240,000 to joint UK-French security briefings for hauliers at Calais "
      "and Dunkirk.",
      F(240000, "GBP", "GB", "joint UK-French haulier briefings", "disbursed",
        "security briefings for hauliers at Calais and Dunkirk", period_text="In 2012-13",
        period_start="2012-04-01", period_end="2013-03-31")),
    L("We will provide £300,000 a year for the next two years to extend those briefings to Zeebrugge and Rotterdam.",
      C("GB", "funding", "will"),
      F(300000, "GBP", "GB", "haulier briefings at Zeebrugge and Rotterdam", "pledge",
        "security briefings for hauliers at Zeebrugge and Rotterdam", per_year=True, years=2,
        period_text="a year for the next two years")),
    L("The Royal Netherlands Marechaussee has agreed to co-host the briefings at the port of Rotterdam.",
      C("NL", "border_security", "agree")),
    L("The Netherlands will contribute €100,000 to their cost in 2014.",
      C("NL", "funding", "will", "in 2014", "2014-12-31"),
      F(100000, "EUR", "NL", "haulier briefings at Rotterdam", "pledge", "security briefings for hauliers",
        period_text="in 2014", period_start="2014-01-01", period_end="2014-12-31")),
    L("The French border police will continue to check freight bound for the United Kingdom at Calais and Dunkirk "
      "with heartbeat detectors.",
      C("FR", "border_security", "will")),
    L("France has also agreed to share the results of those checks with Border Force every week.",
      C("FR", "policing_intelligence", "agree")),
    "Consultation questions",
    L("Question 1: Do you agree that the maximum penalty should be raised? Please give reasons.",
      N("commitments", "consultation question", q="Do you agree that the maximum penalty should be raised?")),
    "Question 2: Should the regime cover rail freight? If not, why not?",
    "How to respond",
    L("Responses should be sent to civilpenalty.consultation@homeoffice.gsi.gov.uk by the closing date.",
      N("commitments", "instruction to respondents, not an undertaking by a party",
        q="Responses should be sent to civilpenalty.consultation@homeoffice.gsi.gov.uk")),
    L("We will publish a summary of the responses within three months of the closing date.",
      C("GB", "governance", "will", "within three months of the closing date", "2013-12-26",
        note="closing date stated in the text (26 September 2013)")),
    L("We will not publish the names of individual respondents without their consent.",
      C("GB", "governance", "will", note="negative undertaking")),
]
