from lib import L, C, F, S, N

DATE = "2004-07-08"
SLUG = "exchange-of-notes-amending-sangatte-protocol-coquelles"
TITLE = ("Exchange of Notes between the Government of the United Kingdom of Great Britain and Northern Ireland "
         "and the Government of the French Republic amending the Protocol concerning Frontier Controls and "
         "Policing in respect of the Freight Terminal at Coquelles")
PARTIES = "GB;FR"
DOC_TYPE = "treaty"
PLACE = "London"
GENRE = "Exchange of notes amending an existing treaty (proposing note and acceptance reply, Treaty Series)"
STRESS = "two signature dates: the proposing note (2 July 2004) and the reply (8 July 2004) that brings it into force"
THIRD = "none"

LINES = [
    L("Treaty Series No. 31 (2004)",
      N("statistics", "Treaty Series number, not a figure about the world", q="Treaty Series No. 31 (2004)")),
    "Exchange of Notes",
    "between the Government of the United Kingdom of Great Britain and Northern Ireland and the Government of the "
    "French Republic amending the Protocol concerning Frontier Controls and Policing in respect of the Freight "
    "Terminal at Coquelles",
    L("No. 1",
      N("statistics", "number of the note (list numbering)", q="No. 1")),
    "The Secretary of State for Foreign and Commonwealth Affairs to the Ambassador of the French Republic at London",
    "Foreign and Commonwealth Office, London, 2 July 2004",
    "Your Excellency,",
    L("I have the honour to refer to the Protocol concerning Frontier Controls and Policing, Co-operation in Criminal "
      "Justice, Public Safety and Mutual Assistance relating to the Channel Fixed Link, signed at Sangatte on "
      "25 November 1991 (hereinafter \"the Protocol\"), and to the discussions held between our two Governments "
      "since the closure of the Sangatte reception centre.",
      N("statistics", "date of the amended Protocol", q="25 November 1991")),
    L("In the course of those discussions, our officials reported that clandestine entrants detected in freight "
      "vehicles at Coquelles rose from 4,120 in 2002 to 6,380 in 2003.",
      S(4120, "attempts", "exact", "clandestine entrants detected in freight vehicles at Coquelles", "level",
        period_text="in 2002", period_start="2002-01-01", period_end="2002-12-31", location="Coquelles",
        note="detected before crossing: attempts"),
      S(6380, "attempts", "exact", "clandestine entrants detected in freight vehicles at Coquelles", "increase",
        period_text="in 2003", period_start="2003-01-01", period_end="2003-12-31", location="Coquelles")),
    L("Some 70 per cent of them were found in vehicles bound for Dover, and a further 1,150 people were found "
      "hidden on the shuttle trains of the Fixed Link in the same year.",
      S(70, "percent", "approximately", "share of Coquelles freight detections in vehicles bound for Dover", "level",
        location="Coquelles"),
      S(1150, "attempts", "exact", "people found hidden on Channel Tunnel shuttle trains", "level",
        period_text="in the same year", period_start="2003-01-01", period_end="2003-12-31",
        location="Channel Tunnel")),
    L("More than 1.3 million heavy goods vehicles passed through the terminal in 2003.",
      S(1300000, "other", "more_than", "heavy goods vehicles passing through the Coquelles terminal", "level",
        period_text="in 2003", period_start="2003-01-01", period_end="2003-12-31", location="Coquelles")),
    L("I therefore have the honour to propose, on behalf of the Government of the United Kingdom, that the Protocol "
      "be amended and applied as follows:",
      N("commitments", "bare lead-in: the undertakings are in the lettered items")),
    L("(a) the control zone at Coquelles shall be extended to include the new freight inspection area of "
      "14 hectares;",
      C("GB;FR", "border_security", "will"),
      N("statistics", "size of the area inside the undertaking, not a figure reported about the world",
        q="14 hectares")),
    L("(b) the French authorities shall provide the premises, lighting and perimeter fencing of the extended zone by "
      "30 September 2004;",
      C("FR", "border_security", "will", "by 30 September 2004", "2004-09-30")),
    L("(c) the Government of the United Kingdom shall bear the cost of the detection equipment installed in the "
      "zone, estimated at £2.6 million;",
      C("GB", "funding", "will"),
      F(2600000, "GBP", "GB", "FR", "pledge", "detection equipment in the extended Coquelles control zone",
        note="an estimate the UK undertakes to bear: new money promised")),
    L("(d) each Government shall designate a single point of contact for the operation of the zone, and the two "
      "points of contact shall meet at least once a quarter;",
      C("GB;FR", "governance", "will", note="one sentence, one item")),
    L("(e) in Article 38, the words \"the terminal at Coquelles\" shall be replaced by the words \"the terminal and "
      "the freight inspection area at Coquelles\";",
      C("GB;FR", "legal_framework", "will"),
      N("statistics", "article number", q="Article 38")),
    L("(f) the two Governments shall review the operation of the extended zone after twelve months and report to "
      "the Intergovernmental Commission.",
      C("GB;FR", "governance", "will")),
    L("The United Kingdom will also contribute €1.5 million (approximately £1 million) in 2005 to the French "
      "Government's programme for the voluntary return of migrants found in the Calais area.",
      C("GB", "funding", "will", "in 2005", "2005-12-31"),
      F(1500000, "EUR", "GB", "FR", "pledge", "French voluntary return programme for migrants in the Calais area",
        alt_amount=1000000, alt_currency="GBP", period_text="in 2005", period_start="2005-01-01",
        period_end="2005-12-31")),
    L("If the foregoing proposals are acceptable to the Government of the French Republic, I have the honour to "
      "propose that this Note and Your Excellency's reply to that effect shall constitute an Agreement between our "
      "two Governments which shall enter into force on the date of your reply.",
      N("commitments", "formula constituting the agreement and fixing its entry into force: legal effect, no "
        "party's action")),
    L("I avail myself of this opportunity to renew to Your Excellency the assurance of my highest consideration.",
      N("commitments", "courtesy formula")),
    "Daniel Ashcombe",
    "No. 2",
    "The Ambassador of the French Republic at London to the Secretary of State for Foreign and Commonwealth Affairs",
    "French Embassy, London, 8 July 2004",
    "Sir,",
    "I have the honour to acknowledge receipt of your Note of 2 July 2004, which in translation reads as follows:",
    "[Text of the first Note as above]",
    L("I have the honour to confirm that the foregoing proposals are acceptable to the Government of the French "
      "Republic and that your Note and this reply shall constitute an Agreement between our two Governments, which "
      "shall enter into force today.",
      N("commitments", "acceptance and entry-into-force formula")),
    L("I would add that, in the twelve months to June 2004, the French police removed 2,240 people from the Calais "
      "area to other regions of France or to their countries of origin, nearly three times as many as in the "
      "previous twelve months.",
      S(2240, "people", "exact", "people removed by French police from the Calais area", "level",
        period_text="in the twelve months to June 2004", period_start="2003-07-01", period_end="2004-06-30",
        location="Calais"),
      S(3, "factor", "approximately", "change in removals from the Calais area on the previous twelve months",
        "increase", location="Calais")),
    L("The French Government will, for its part, station an additional company of the Compagnies Républicaines de "
      "Sécurité in Calais from 1 September 2004 and will report on its activity to the meetings of the points of "
      "contact.",
      C("FR", "border_security", "will", "from 1 September 2004", "2004-09-01",
        note="start date taken as the bound of the action (see README D4)")),
    "Please accept, Sir, the assurance of my highest consideration.",
    "Gérard Lemoine",
]
