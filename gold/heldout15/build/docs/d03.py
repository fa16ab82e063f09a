from lib import L, C, F, S, N

DATE = "2009-06-03"
SLUG = "tripartite-additional-protocol-patrols"
TITLE = ("Second Additional Protocol to the Agreement between the Kingdom of Belgium, the French Republic and the "
         "United Kingdom concerning rail traffic using the Channel Fixed Link")
PARTIES = "GB;FR;BE"
DOC_TYPE = "treaty"
PLACE = "London"
GENRE = "Additional protocol to a treaty, with articles"
STRESS = "signed on two dates in two places (Brussels 12 May 2009, London 3 June 2009)"
THIRD = "Belgium (party)"

A = "GB;FR;BE"

LINES = [
    "SECOND ADDITIONAL PROTOCOL",
    L("to the Agreement between the Kingdom of Belgium, the French Republic and the United Kingdom of Great Britain "
      "and Northern Ireland concerning rail traffic between Belgium and the United Kingdom using the Channel Fixed "
      "Link, signed at Brussels on 15 December 1993",
      N("statistics", "date of the base agreement, not a figure", q="signed at Brussels on 15 December 1993")),
    "The Contracting States to that Agreement (hereinafter \"the Parties\"),",
    L("Noting that passenger journeys on the Brussels–London service grew by 40 per cent between 2003 and 2008, to "
      "7.2 million in 2008;",
      S(40, "percent", "exact", "passenger journeys on the Brussels-London rail service", "increase",
        period_text="between 2003 and 2008", period_start="2003-01-01", period_end="2008-12-31"),
      S(7200000, "other", "exact", "passenger journeys on the Brussels-London rail service", "increase",
        period_text="in 2008", period_start="2008-01-01", period_end="2008-12-31",
        note="end figure of a rise ('to 7.2 million')")),
    L("Concerned that persons without valid travel documents were detected on board through trains on 1,350 "
      "occasions in 2008, against 610 in 2006;",
      S(1350, "attempts", "exact", "detections of persons without travel documents on through trains", "level",
        period_text="in 2008", period_start="2008-01-01", period_end="2008-12-31"),
      S(610, "attempts", "exact", "detections of persons without travel documents on through trains", "level",
        period_text="in 2006", period_start="2006-01-01", period_end="2006-12-31",
        note="elliptical comparison figure")),
    L("Noting further that the number of officers deployed at Brussels-Midi has tripled since 2004, to 63;",
      S(3, "factor", "exact", "officers deployed at Brussels-Midi", "increase",
        period_text="since 2004", period_start="2004-01-01", period_end="2009-06-03", location="Brussels-Midi"),
      S(63, "officers", "exact", "officers deployed at Brussels-Midi", "increase", location="Brussels-Midi")),
    L("Recalling their commitment, made at Brussels on 2 June 2004, to develop joint controls on the rail link, "
      "which aims at:",
      C(A, "border_security", "commit", note="restated earlier commitment (lead-in with its own action)")),
    L("(a) the prevention of clandestine travel on through trains;",
      C(A, "border_security", "commit", note="noun-phrase item completing the lead-in")),
    L("(b) the protection of passengers and railway staff;",
      C(A, "reception_welfare", "commit", conf="borderline",
        note="noun-phrase item; theme debatable (safety of passengers rather than protection of migrants)")),
    "Have agreed as follows:",
    "Article 1 – Purpose",
    L("This Protocol supplements the Agreement with rules on joint mobile patrols on through trains and on the "
      "exchange of information between the competent authorities.",
      N("commitments", "purpose clause describing the instrument, no obligation")),
    "Article 2 – Joint mobile patrols",
    L("1. Officers of the competent authorities of the Parties may carry out joint patrols on through trains "
      "between Brussels-Midi and Cheriton.",
      C(A, "border_security", "other", conf="borderline",
        note="'may': a permission in a treaty, not an obligation")),
    L("2. Each patrol shall consist of at least one officer of each Party and shall be led by an officer of the "
      "State in whose territory the train is travelling.",
      C(A, "border_security", "will"),
      N("statistics", "a number inside a rule, not a figure about the world", q="at least one officer of each Party")),
    L("3. The Parties shall begin joint patrols no later than three months after the entry into force of this "
      "Protocol.",
      C(A, "border_security", "will", "no later than three months after the entry into force of this Protocol", "",
        note="anchored on an unknown date: text kept, date empty")),
    "Article 3 – Exchange of information",
    L("1. The competent authorities exchange, without delay, the information on detections on board that is "
      "needed to prevent illegal entry.",
      C(A, "legal_framework", "will", "without delay", "", note="treaty present tense = shall")),
    L("2. Belgium shall designate the Federal Police as its contact point, France the Police aux Frontières and the "
      "United Kingdom the UK Border Agency, each by 31 December 2009.",
      C(A, "policing_intelligence", "will", "by 31 December 2009", "2009-12-31",
        note="each Party named: all parties")),
    L("3. Personal data transmitted under this Article shall be processed only for the purposes of this Protocol "
      "and erased after two years at the latest.",
      C(A, "legal_framework", "will", note="retention period, not a deadline for the action")),
    "Article 4 – Persons detected on board",
    L("The Party on whose territory a person was detected readmits that person at the request of the Party of "
      "destination within 24 hours.",
      C(A, "returns", "will", "within 24 hours", "", note="treaty present tense; counted from a request, no date")),
    "Article 5 – Training",
    L("The Parties shall organise at least two joint training sessions each year for patrol officers, the first "
      "before the end of March 2010.",
      C(A, "policing_intelligence", "will", "before the end of March 2010", "2010-03-31")),
    "Article 6 – Costs",
    L("1. Each Party bears the costs of its own officers, including salaries, allowances and travel.",
      C(A, "funding", "will", note="treaty present tense on costs; no amount, so no funding row")),
    L("2. The United Kingdom shall contribute €380,000 a year for four years to the cost of the joint patrol "
      "coordination unit at Lille, payable to the French Republic.",
      C("GB", "funding", "will", "for four years", "", note="unanchored duration: text kept, no date (D4)"),
      F(380000, "EUR", "GB", "FR", "pledge", "joint patrol coordination unit at Lille", per_year=True, years=4,
        period_text="a year for four years")),
    L("3. The Kingdom of Belgium shall make available office premises at Brussels-Midi free of charge, the rental "
      "value of which is estimated at €95,000 a year.",
      C("BE", "border_security", "will", note="in-kind provision for the controls"),
      N("funding", "estimated value of an in-kind provision, no money given",
        q="the rental value of which is estimated at €95,000 a year")),
    L("4. The fee for an emergency travel document issued on board, currently €45, remains a matter for each "
      "Party.",
      N("funding", "a fee charged to passengers, not funding")),
    L("5. Belgium shall contribute €120,000 in 2010 to the joint training sessions.",
      C("BE", "funding", "will", "in 2010", "2010-12-31"),
      F(120000, "EUR", "BE", "joint training sessions (all Parties)", "pledge", "joint training of patrol officers",
        period_text="in 2010", period_start="2010-01-01", period_end="2010-12-31")),
    "Article 7 – Review",
    L("The Joint Committee established by Article 12 of the Agreement shall review the application of this "
      "Protocol once a year and shall report to the Parties within six months of the first anniversary of its "
      "entry into force.",
      C(A, "governance", "will", "within six months of the first anniversary of its entry into force", ""),
      N("statistics", "article number, not a figure", q="Article 12 of the Agreement")),
    "Article 8 – Entry into force",
    L("This Protocol shall enter into force on the first day of the second month after the last notification of "
      "the completion of the Parties' internal procedures.",
      C(A, "legal_framework", "will", conf="borderline",
        note="final clause: obligation of the instrument rather than an action of the parties")),
    L("Done at Brussels on 12 May 2009 and at London on 3 June 2009, in three originals, in the Dutch, English and "
      "French languages, each text being equally authentic.",
      N("all", "signature clause: dates and places only")),
    "For the Kingdom of Belgium: Pieter Van Damme, Minister of the Interior",
    "For the French Republic: Claire Morvan-Lesage, Minister of the Interior",
    "For the United Kingdom of Great Britain and Northern Ireland: Rhys Aldington, Minister of State for Borders",
]
