from lib import L, C, F, S, N

DATE = "2003-05-22"
SLUG = "terms-of-reference-joint-coordination-group-ports"
TITLE = ("Terms of Reference: Joint Coordination Group of the United Kingdom, France and Belgium "
         "on Irregular Migration through the Channel and North Sea Ports")
PARTIES = "GB;FR;BE"
DOC_TYPE = "arrangement"
PLACE = "Brussels"
GENRE = "Terms of reference of a trilateral working group (numbered sections, lettered tasks)"
STRESS = "title split over two lines under a generic heading"
THIRD = "Belgium (party and actor: Belgian delegation, Belgian funding); European Commission only an invited observer"

A = "GB;FR;BE"

LINES = [
    "TERMS OF REFERENCE",
    "Joint Coordination Group of the United Kingdom, France and Belgium",
    "on Irregular Migration through the Channel and North Sea Ports",
    "Adopted at Brussels, 22 May 2003",
    "1. Background",
    L("In 2002 the three administrations detected 67,300 people attempting to cross clandestinely to the United "
      "Kingdom from ports in northern France and Belgium, against 43,800 in 2001.",
      S(67300, "attempts", "exact", "clandestine crossing attempts detected at the ports", "level",
        period_text="In 2002", period_start="2002-01-01", period_end="2002-12-31",
        location="ports in northern France and Belgium"),
      S(43800, "attempts", "exact", "clandestine crossing attempts detected at the ports", "level",
        period_text="in 2001", period_start="2001-01-01", period_end="2001-12-31",
        location="ports in northern France and Belgium")),
    L("Detections at Zeebrugge alone rose by 140% over the same period, while those at Calais fell by about a "
      "fifth after the closure of the Sangatte centre.",
      S(140, "percent", "exact", "detections at Zeebrugge, 2002 vs 2001", "increase", location="Zeebrugge"),
      S(20, "percent", "approximately", "detections at Calais, 2002 vs 2001", "decrease", location="Calais",
        conf="borderline", note="fraction in words ('about a fifth'), read as 20%")),
    L("At its peak the Sangatte centre housed some 1,600 people.",
      S(1600, "people", "approximately", "people housed at the Sangatte centre at its peak", "level",
        location="Sangatte")),
    L("Police at the four ports arrested 312 suspected facilitators last year, 45 of them in Belgium.",
      S(312, "people", "exact", "suspected facilitators arrested at the four ports", "level",
        period_text="last year", period_start="2002-01-01", period_end="2002-12-31"),
      S(45, "people", "exact", "suspected facilitators arrested in Belgium", "level", location="Belgium")),
    L("Twelve immigration liaison officers are currently deployed at those ports.",
      S(12, "officers", "exact", "immigration liaison officers deployed at the four ports", "level")),
    L("The ministers welcomed the Additional Protocol signed on 29 May 2000 under Article 3 of the Sangatte "
      "Protocol.",
      N("commitments", "welcoming a past text"),
      N("statistics", "a date and an article number", q="29 May 2000 under Article 3")),
    "2. Purpose",
    L("The Group will coordinate the operational response of the three administrations to clandestine entry "
      "through the ports of Calais, Dunkirk, Ostend and Zeebrugge.",
      C(A, "border_security", "will")),
    "3. Composition",
    L("Each administration shall appoint a senior official as its head of delegation by 30 June 2003.",
      C(A, "governance", "will", "by 30 June 2003", "2003-06-30")),
    L("The Belgian delegation shall include a representative of the Federal Police at Zeebrugge.",
      C("BE", "governance", "will")),
    L("The European Commission may be invited to attend as an observer.",
      N("commitments", "a permission ('may be invited'), not an undertaking")),
    "4. Tasks",
    L("The Group shall:", N("commitments", "bare lead-in; its items are the commitments")),
    L("(a) exchange, every week, data on detections, arrests and returns at each port;",
      C(A, "legal_framework", "will")),
    L("(b) prepare, by 31 October 2003, a joint assessment of the routes used by facilitators between Belgium "
      "and the Channel coast;",
      C(A, "policing_intelligence", "will", "by 31 October 2003", "2003-10-31")),
    L("(c) propose common standards for detection equipment, including carbon dioxide probes and heartbeat "
      "monitors, at all four ports;",
      C(A, "border_security", "will")),
    L("(d) report to the three ministers twice a year on the results achieved.",
      C(A, "governance", "will")),
    "5. Resources",
    L("The United Kingdom will contribute £1.2 million in 2003 towards detection equipment installed at Calais "
      "and Dunkirk.",
      C("GB", "funding", "will"),
      F(1200000, "GBP", "GB", "FR", "pledge", "detection equipment at Calais and Dunkirk",
        period_text="in 2003", period_start="2003-01-01", period_end="2003-12-31")),
    L("Belgium will provide €400,000 a year for three years for additional scanning at Zeebrugge and Ostend.",
      C("BE", "funding", "will"),
      F(400000, "EUR", "BE", "Belgian port authorities", "pledge", "additional scanning at Zeebrugge and Ostend",
        per_year=True, years=3, period_text="a year for three years")),
    L("Since 2001 the United Kingdom has paid £800,000 to the French authorities for fencing at the Calais "
      "ferry terminal.",
      F(800000, "GBP", "GB", "FR", "disbursed", "fencing at the Calais ferry terminal",
        period_text="Since 2001")),
    L("The costs of each meeting, estimated at €15,000, will be borne by the host administration.",
      C(A, "governance", "will", conf="borderline", note="housekeeping rule on meeting costs; debatable as an undertaking"),
      N("funding", "a cost estimate for meetings, not money given for the cooperation", q="estimated at €15,000")),
    "6. Meetings",
    L("The Group will meet at least every two months, in turn in London, Paris and Brussels.",
      C(A, "governance", "will")),
    L("Its first meeting will take place in Lille before the end of June.",
      C(A, "governance", "will", "before the end of June", "2003-06-30")),
    "7. Review and status",
    L("These terms of reference will be reviewed after twelve months in the light of experience.",
      C(A, "governance", "will")),
    L("Nothing in these terms of reference creates obligations under international law.",
      N("commitments", "a disclaimer, not an undertaking")),
    L("The participants believe that a shared picture of the routes is the first condition of success.",
      N("commitments", "a belief")),
]
