from lib import L, C, F, S, N

DATE = "2005-10-11"
SLUG = "presidency-note-scifa-channel-north-sea-ports"
TITLE = ("Joint initiative of the United Kingdom, France and Belgium on irregular migration through the Channel "
         "and North Sea ports - state of play and next steps")
PARTIES = "GB;FR;BE"
DOC_TYPE = "other"
PLACE = "Brussels"
GENRE = "Council of the EU Presidency note to a Council committee (SCIFA), with document codes"
STRESS = "title only in the 'Subject:' field below a block of Council document codes"
THIRD = "Belgium (party, actor); European Commission (donor, ARGO); Europol (actor)"

A = "GB;FR;BE"

LINES = [
    "COUNCIL OF THE EUROPEAN UNION",
    "Brussels, 11 October 2005",
    L("13107/05", N("statistics", "Council document number")),
    "LIMITE",
    "MIGR 61",
    "FRONT 148",
    "COMIX 702",
    "NOTE",
    "from: Presidency",
    "to: Strategic Committee on Immigration, Frontiers and Asylum (SCIFA)",
    "No. prev. doc.: 11859/05 MIGR 44",
    "Subject: Joint initiative of the United Kingdom, France and Belgium on irregular migration through the "
    "Channel and North Sea ports - state of play and next steps",
    L("Delegations will find below a note from the Presidency on the joint initiative launched by the United "
      "Kingdom, France and Belgium in June 2005, for discussion at the SCIFA meeting of 18 October 2005.",
      N("commitments", "transmission formula ('Delegations will find'), not an undertaking")),
    "I. STATE OF PLAY",
    L("Between January and August 2005 the French and Belgian authorities detected 21,460 attempts to enter the "
      "United Kingdom clandestinely through the ports covered by the initiative, 18% fewer than in the same "
      "period of 2004.",
      S(21460, "attempts", "exact", "clandestine entry attempts detected at the ports of the initiative", "level",
        period_text="Between January and August 2005", period_start="2005-01-01", period_end="2005-08-31",
        location="Channel and North Sea ports"),
      S(18, "percent", "exact", "clandestine entry attempts detected, Jan-Aug 2005 vs same period 2004",
        "decrease", location="Channel and North Sea ports")),
    L("Of these, some 3,900 were detected at Zeebrugge and Ostend.",
      S(3900, "attempts", "approximately", "clandestine entry attempts detected at Zeebrugge and Ostend", "level",
        location="Zeebrugge and Ostend")),
    L("Joint patrols of the Belgian Federal Police and the French Police aux Frontieres have dismantled 14 "
      "facilitation networks since March, against 9 in the whole of 2004.",
      S(14, "networks", "exact", "facilitation networks dismantled by joint patrols", "level",
        period_text="since March", period_start="2005-03-01", period_end="2005-10-11"),
      S(9, "networks", "exact", "facilitation networks dismantled", "level",
        period_text="in the whole of 2004", period_start="2004-01-01", period_end="2004-12-31")),
    L("The number of heartbeat detectors in use at the Belgian ports has trebled to 12.",
      S(3, "factor", "exact", "heartbeat detectors in use at the Belgian ports", "increase",
        location="Belgian ports"),
      S(12, "other", "exact", "heartbeat detectors in use at the Belgian ports", "level",
        location="Belgian ports")),
    L("The Commission has already granted EUR 1.4 million under the ARGO programme to a joint detection project "
      "at the three countries' ports (around GBP 950,000).",
      F(1400000, "EUR", "European Commission", "joint detection project of GB, FR and BE", "disbursed",
        "joint detection project at the ports (ARGO programme)", alt_amount=950000, alt_currency="GBP",
        conf="borderline", note="'has already granted': an award already made, read as disbursed; "
                                "pledge is also arguable")),
    L("The United Kingdom contributed GBP 2.1 million in 2004-05 to the search equipment at Calais and Coquelles.",
      F(2100000, "GBP", "GB", "FR", "disbursed", "search equipment at Calais and Coquelles",
        period_text="in 2004-05", period_start="2004-04-01", period_end="2005-03-31")),
    L("The total cost of the detection equipment installed at Zeebrugge since 2002 is estimated at EUR 6 million, "
      "borne by the port operator.",
      N("funding;statistics", "cost borne by a port operator, not money given by a party; a year")),
    "II. UNDERTAKINGS",
    L("At their meeting in Brussels on 30 June 2005 the three ministers agreed to:",
      N("commitments", "bare lead-in; its items are the commitments")),
    L("(a) extend juxtaposed controls to the port of Zeebrugge by the end of 2006;",
      C(A, "border_security", "agree", "by the end of 2006", "2006-12-31")),
    L("(b) set up a joint intelligence cell at Lille, staffed by officers of the three services, before the "
      "summer of 2006;",
      C(A, "policing_intelligence", "agree", "before the summer of 2006", "2006-05-31")),
    L("(c) exchange, through Europol, information on facilitators operating across the three territories;",
      C(A, "policing_intelligence", "agree")),
    L("(d) submit a joint application for Community co-financing of a second phase of the detection project.",
      C(A, "funding", "agree")),
    L("Belgium will station two liaison officers at the UK Immigration Service office in Dover from January 2006.",
      C("BE", "policing_intelligence", "will", "from January 2006", "2006-01-31"),
      N("statistics", "number inside a commitment", q="two liaison officers")),
    L("The United Kingdom has pledged a further EUR 3 million over 2006 and 2007 to the second phase, provided "
      "that the Commission matches this amount.",
      C("GB", "funding", "pledge"),
      F(3000000, "EUR", "GB", "joint detection project (second phase)", "pledge",
        "second phase of the joint detection project", period_text="over 2006 and 2007",
        period_start="2006-01-01", period_end="2007-12-31")),
    L("Europol will host a first operational meeting of the three services in The Hague in November 2005.",
      C("Europol", "policing_intelligence", "will", "in November 2005", "2005-11-30")),
    L("France intends to open a second reception facility near Calais for vulnerable persons, including "
      "unaccompanied minors, in the course of 2006.",
      C("FR", "reception_welfare", "intend", "in the course of 2006", "2006-12-31")),
    "III. NEXT STEPS",
    L("The Presidency will report on progress to the Council at its meeting of 1-2 December 2005.",
      C("GB", "governance", "will", "at its meeting of 1-2 December 2005", "2005-12-02", conf="borderline",
        note="the Presidency (held by the UK in 2005) acts for the Council, not clearly as a party")),
    L("The three delegations will present a first evaluation of the joint intelligence cell by June 2007.",
      C(A, "governance", "will", "by June 2007", "2007-06-30")),
    L("The Presidency believes that the experience of the three ports is of wider value to the Union.",
      N("commitments", "belief")),
    L("SCIFA is invited to take note of this state of play and to consider whether the approach could serve as a "
      "model for other external sea borders.",
      N("commitments", "invitation to a committee, not an undertaking")),
]
