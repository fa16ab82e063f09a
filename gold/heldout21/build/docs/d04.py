from lib import L, C, F, S, N

DATE = "2009-09-03"
SLUG = "ukba-belgium-protocol-exchange-information-clandestine-entrants"
TITLE = ("Protocol on the Exchange of Information concerning Clandestine Entrants between the UK Border Agency and "
         "the Belgian Immigration Office and Federal Police")
PARTIES = "GB;BE"
DOC_TYPE = "arrangement"
PLACE = "Brussels"
GENRE = ("Information-sharing protocol between two states' agencies (document-control table, data items, "
         "retention, costs, non-binding status)")
STRESS = ("date and place only inside the last row of a document-control table ('1.0 \\| 03/09/2009 \\| Final - signed "
          "at Brussels'), after two earlier draft dates")
THIRD = "Belgium (party, actor, recipient of UK money); France named as source of earlier records"

LINES = [
    "RESTRICTED",
    "Document control",
    "Version | Date | Status",
    L("0.3 | 12/06/2009 | Draft for consultation",
      N("statistics", "version number and a draft date in the document-control table")),
    "0.9 | 27/07/2009 | Agreed at official level",
    "1.0 | 03/09/2009 | Final - signed at Brussels",
    L("Reference: UKBA/INT/2009/0047",
      N("statistics", "reference number")),
    "PROTOCOL ON THE EXCHANGE OF INFORMATION CONCERNING CLANDESTINE ENTRANTS",
    "between the UK Border Agency and the Belgian Immigration Office and Federal Police",
    L("Recognising that the port of Zeebrugge has become a principal point of departure for clandestine entry to "
      "the United Kingdom,",
      N("commitments", "recital")),
    "1. Participants",
    "1.1 This protocol is made between the UK Border Agency (UKBA) and the Immigration Office and the Federal Police "
    "of the Kingdom of Belgium (the Belgian authorities).",
    "2. Background",
    L("2.1 In 2008 the Belgian Federal Police intercepted 4,870 clandestine entrants at Zeebrugge and on parking "
      "areas of the E40 motorway, an increase of 27% on 2007.",
      S(4870, "attempts", "exact", "clandestine entrants intercepted", "level", period_text="In 2008",
        period_start="2008-01-01", period_end="2008-12-31", location="Zeebrugge and the E40 motorway"),
      S(27, "percent", "exact", "clandestine entrants intercepted", "increase", period_text="on 2007",
        location="Zeebrugge and the E40 motorway")),
    L("2.2 Some 310 of them were later encountered in the United Kingdom.",
      S(310, "people", "approximately", "intercepted clandestine entrants later encountered in the UK", "level",
        location="United Kingdom")),
    L("2.3 A sample of fingerprint checks in March 2009 found that one in four people detected at Zeebrugge had "
      "already been recorded in France.",
      S(25, "percent", "exact", "share of people detected already recorded in France", "level",
        period_text="in March 2009", period_start="2009-03-01", period_end="2009-03-31", location="Zeebrugge",
        note="'one in four' read as 25 percent (D6)")),
    L("2.4 In the same year UKBA officers at Coquelles and Calais detected 18,100 clandestine entrants, against "
      "9,300 at Belgian and Dutch ports combined.",
      S(18100, "attempts", "exact", "clandestine entrants detected", "level", period_text="In the same year",
        period_start="2008-01-01", period_end="2008-12-31", location="Coquelles and Calais"),
      S(9300, "attempts", "exact", "clandestine entrants detected", "level", location="Belgian and Dutch ports")),
    "3. Information to be shared",
    L("3.1 The Belgian authorities shall transmit to UKBA, within 48 hours of each interception:",
      N("commitments", "lead-in; its items carry the undertaking (D2)")),
    L("(a) the fingerprints of every person aged 14 or over, taken in accordance with Belgian law;",
      C("BE", "legal_framework", "will")),
    L("(b) the place, time and vehicle registration of the interception;",
      C("BE", "legal_framework", "will")),
    L("(c) any travel or identity document found.",
      C("BE", "legal_framework", "will")),
    L("3.2 UKBA shall inform the Belgian authorities within 10 working days whether the person is known to UK "
      "immigration records and of any previous asylum claim.",
      C("GB", "legal_framework", "will")),
    L("3.3 Neither Participant shall transmit health data or data revealing religious belief.",
      C("GB;BE", "legal_framework", "will", conf="borderline", note="negative undertaking (D3)")),
    L("3.4 Data received under this protocol shall be deleted no later than five years after receipt.",
      C("GB;BE", "legal_framework", "will")),
    "4. Operational cooperation",
    L("4.1 UKBA will post two liaison officers to the Federal Police office in Zeebrugge from 1 October 2009.",
      C("GB", "policing_intelligence", "will", "from 1 October 2009", "2009-10-01",
        note="start phrase as deadline (D4)")),
    L("4.2 The Belgian authorities will extend heartbeat detection to all lorries bound for Purfleet and "
      "Killingholme before the end of the year.",
      C("BE", "border_security", "will", "before the end of the year", "2009-12-31")),
    L("4.3 The Participants will review the protocol jointly every six months, the first review by March 2010.",
      C("GB;BE", "governance", "will", "by March 2010", "2010-03-31")),
    "5. Costs",
    L("5.1 Each Participant shall bear its own costs, save that UKBA shall fund four mobile fingerprint terminals "
      "for the Federal Police at a cost not exceeding €120,000.",
      C("GB", "funding", "will"),
      F(120000, "EUR", "GB", "BE (Federal Police)", "pledge", "four mobile fingerprint terminals",
        note="ceiling (D11)")),
    L("5.2 UKBA will in addition contribute £150,000 (€170,000) a year for 2009/10 and 2010/11 towards the Federal "
      "Police's overtime at Zeebrugge.",
      C("GB", "funding", "will"),
      F(150000, "GBP", "GB", "BE (Federal Police)", "pledge", "Federal Police overtime at Zeebrugge",
        alt_amount=170000, alt_currency="EUR", per_year=True, years=2,
        period_text="a year for 2009/10 and 2010/11", period_start="2009-04-01", period_end="2011-03-31")),
    L("5.3 UKBA has already paid €45,000 for the translation of the Belgian interception forms.",
      F(45000, "EUR", "GB", "BE (Belgian authorities)", "disbursed", "translation of interception forms")),
    L("5.4 The Federal Police put their annual cost of controls at Zeebrugge at €2.4 million, which Belgium meets "
      "from its own budget.",
      N("funding", "Belgium's own running costs (D10)")),
    "6. Status",
    L("6.1 This protocol is not legally binding and does not create rights or obligations under international law.",
      N("commitments", "non-binding clause")),
    L("6.2 It may be amended in writing by the Participants at any time.",
      N("commitments", "permission to amend (D9)")),
    "For the UK Border Agency: Graham Ostler, Regional Director, Europe",
    "For the Belgian authorities: Marc Vandewalle, Director-General, Immigration Office; Ann Peeters, "
    "Commissioner-General, Federal Police",
]
