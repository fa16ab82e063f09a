from lib import L, C, F, S, N

DATE = "2017-06-06"
SLUG = "border-force-operational-notice-summer-juxtaposed"
TITLE = "Operational Notice 14/2017: Summer arrangements at the juxtaposed controls in Calais, Coquelles and Dunkirk"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Border Force operational notice to staff (issue and effective dates, lettered instructions)"
STRESS = "two dates in the header: issue date and a later effective date with an end date"
THIRD = "none (the French Police aux Frontieres acts in two items)"

LINES = [
    "Border Force | OFFICIAL",
    L("Operational Notice 14/2017", N("statistics", "notice reference number")),
    "Summer arrangements at the juxtaposed controls in Calais, Coquelles and Dunkirk",
    "Issued: 6 June 2017",
    L("Effective: 19 June 2017 until 30 September 2017",
      N("statistics", "dates of effect, not figures")),
    "Audience: all Border Force staff deployed to France",
    "1. Purpose",
    "This notice sets out how the controls are to operate during the summer peak, when freight and tourist "
    "traffic is at its highest.",
    L("It replaces Operational Notice 9/2016, which is withdrawn with immediate effect.",
      N("statistics", "reference number of a withdrawn notice", q="Operational Notice 9/2016")),
    "2. Background",
    L("Between June and September 2016 officers in France detected 21,700 people concealed in vehicles, 38% "
      "more than in the same months of 2015.",
      S(21700, "attempts", "exact", "people found concealed in vehicles at the juxtaposed controls", "level",
        period_text="Between June and September 2016", period_start="2016-06-01", period_end="2016-09-30",
        location="France"),
      S(38, "percent", "exact", "people found concealed, summer 2016 vs summer 2015", "increase",
        location="France")),
    L("On the busiest day 412 people were found at Coquelles alone.",
      S(412, "attempts", "exact", "people found concealed at Coquelles on the busiest day", "level",
        location="Coquelles")),
    L("Lorry queues on the A16 motorway reached 18 kilometres at the peak.",
      S(18, "other", "exact", "length of lorry queues on the A16 motorway (km)", "level", location="A16")),
    L("The French authorities estimate that about 700 migrants remain in the Calais area, down from almost "
      "7,000 before the camp was cleared last October.",
      S(700, "people", "approximately", "migrants in the Calais area", "level", location="Calais"),
      S(7000, "people", "approximately", "migrants in the Calais area before the camp clearance", "level",
        location="Calais")),
    L("Border Force currently has 280 officers in France.",
      S(280, "officers", "exact", "Border Force officers in France", "level", location="France")),
    L("An additional 45 officers will be deployed from the UK for the summer.",
      C("GB", "border_security", "will"),
      N("statistics", "a number inside a commitment's target", q="An additional 45 officers")),
    "3. Arrangements",
    L("With effect from 19 June:", N("commitments", "bare lead-in")),
    L("(a) every freight vehicle will pass through at least one detection technology before boarding;",
      C("GB", "border_security", "will")),
    L("(b) shift managers must report each detection to the Joint Coordination Centre within one hour;",
      C("GB", "policing_intelligence", "other")),
    L("(c) searches at Dunkirk will be carried out jointly with the Police aux Frontières;",
      C("GB;FR", "border_security", "will")),
    L("(d) children found in vehicles will be referred to the French child protection services under the "
      "joint protocol;",
      C("GB", "reception_welfare", "will")),
    L("(e) every attempted intrusion at the perimeter fence will be recorded in the shared incident log.",
      C("GB", "policing_intelligence", "will")),
    L("The Police aux Frontières will provide 120 officers at the Calais port perimeter each night.",
      C("FR", "border_security", "will"),
      N("statistics", "a number inside a commitment's target", q="provide 120 officers")),
    L("Border Force will also open a second search lane at Coquelles by 1 July 2017.",
      C("GB", "border_security", "will", "by 1 July 2017", "2017-07-01")),
    "4. Funding",
    L("The new scanners at Dunkirk are paid for from the £17 million the UK committed at the March 2016 summit, "
      "of which £6.1 million has been spent.",
      F(17000000, "GBP", "GB", "FR", "pledge", "border security at the Channel ports (summit commitment)",
        conf="borderline", note="an earlier pledge restated as the source of the scanners' money"),
      F(6100000, "GBP", "GB", "FR", "disbursed", "border security at the Channel ports, spent to date")),
    L("France has contributed €1.5 million for lighting along the Coquelles perimeter.",
      F(1500000, "EUR", "FR", "Coquelles perimeter", "disbursed", "lighting along the Coquelles perimeter")),
    L("Overtime costs, estimated at £640,000, will be met from the Border Force operating budget.",
      N("funding", "the agency's own running costs")),
    "5. Review",
    L("This notice will be reviewed by 31 August 2017.",
      C("GB", "governance", "will", "by 31 August 2017", "2017-08-31")),
    L("A report on the summer operation will be submitted to the Director General by mid-October.",
      C("GB", "governance", "will", "by mid-October", "2017-10-15")),
    L("This notice does not change the legal basis of the controls under the Le Touquet Treaty.",
      N("commitments", "a disclaimer")),
    L("Staff with concerns about their welfare during extended shifts should speak to their line manager "
      "without delay.",
      N("commitments", "advice to staff, not an undertaking by a party")),
    "Questions should be sent to the Juxtaposed Controls Operations Team.",
]
