from lib import L, C, F, S, N

DATE = "2007-10-09"
SLUG = "explanatory-memorandum-coastal-surveillance"
TITLE = ("Explanatory Memorandum on the Agreement between the Government of the United Kingdom of Great Britain and "
         "Northern Ireland and the Government of the French Republic concerning the Joint Surveillance of the "
         "Channel Coast")
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Explanatory memorandum laid with a treaty (command paper)"
STRESS = "two signature dates: the Agreement's (Evian, 26 June 2007) and the memorandum's own (9 October 2007)"
THIRD = "European Commission (co-financer via the External Borders Fund)"

A = "GB;FR"

LINES = [
    "EXPLANATORY MEMORANDUM ON THE AGREEMENT BETWEEN THE GOVERNMENT OF THE UNITED KINGDOM OF GREAT BRITAIN AND "
    "NORTHERN IRELAND AND THE GOVERNMENT OF THE FRENCH REPUBLIC CONCERNING THE JOINT SURVEILLANCE OF THE CHANNEL "
    "COAST",
    L("Command Paper No. Cm 7208", N("statistics", "command paper number")),
    "SUBJECT MATTER",
    "1. The Agreement was signed at Evian on 26 June 2007. It gives a legal basis for joint surveillance of the "
    "Channel coast and for the exchange of information on clandestine crossings by sea.",
    "POLICY CONSIDERATIONS",
    "2. Attempts to cross the Channel by small vessel remain rare but are rising.",
    L("3. French coastguard and gendarmerie units intercepted 146 people trying to leave by sea from the "
      "Nord-Pas-de-Calais coast in 2006, against 38 in 2005.",
      S(146, "attempts", "exact", "people intercepted leaving by sea", "level", period_text="in 2006",
        period_start="2006-01-01", period_end="2006-12-31", location="Nord-Pas-de-Calais coast"),
      S(38, "attempts", "exact", "people intercepted leaving by sea", "level", period_text="in 2005",
        period_start="2005-01-01", period_end="2005-12-31", location="Nord-Pas-de-Calais coast")),
    L("4. Some 1,800 clandestine passengers were found on arrival at Dover in 2006, nearly twice as many as in 2004.",
      S(1800, "people", "approximately", "clandestine passengers found on arrival", "level", period_text="in 2006",
        period_start="2006-01-01", period_end="2006-12-31", location="Dover",
        note="found after the crossing took place: people, not attempts"),
      S(2, "factor", "approximately", "clandestine passengers found at Dover, 2006 vs 2004", "increase",
        location="Dover")),
    L("5. Over the same period the number of vehicles found carrying clandestine passengers at the ferry ports rose "
      "by 35 per cent, while detections in freight at Calais totalled about 6,100 in 2006.",
      S(35, "percent", "exact", "vehicles found carrying clandestine passengers", "increase",
        location="ferry ports"),
      S(6100, "attempts", "approximately", "detections in freight", "level", period_text="in 2006",
        period_start="2006-01-01", period_end="2006-12-31", location="Calais")),
    L("6. In 2006, 52 people were rescued at sea by French vessels and three died.",
      S(52, "people", "exact", "people rescued at sea by French vessels", "level", period_text="In 2006",
        period_start="2006-01-01", period_end="2006-12-31"),
      S(3, "people", "exact", "deaths at sea", "level", period_text="In 2006", period_start="2006-01-01",
        period_end="2006-12-31", note="figure in words")),
    "THE AGREEMENT",
    L("7. Under Article 2, the Parties shall establish a joint maritime information centre at Boulogne-sur-Mer within "
      "twelve months of the entry into force of the Agreement.",
      C(A, "border_security", "will", "within twelve months of the entry into force of the Agreement", "",
        note="treaty obligation restated; anchor is undated"),
      N("statistics", "article number", q="Under Article 2")),
    L("8. Article 3 provides that each Party shall share radar and aerial surveillance data with the other in real "
      "time.",
      C(A, "legal_framework", "will", note="data exchange")),
    L("9. Under Article 4, the French Party shall maintain at least four patrol vessels on the coast between Dunkirk "
      "and Boulogne.",
      C("FR", "border_security", "will"),
      N("statistics", "number inside a commitment's target", q="at least four patrol vessels")),
    L("10. The Parties shall meet in a joint committee at least twice a year to review the operation of the Agreement "
      "(Article 7).",
      C(A, "governance", "will")),
    L("11. The Agreement will enter into force on the first day of the second month after the later of the two "
      "notifications of ratification.",
      C(A, "legal_framework", "will", conf="borderline",
        note="entry-into-force clause: 'will' but no party acts (D4)")),
    "FINANCIAL IMPLICATIONS",
    L("12. The United Kingdom will contribute £2.4 million (€3.5 million) towards the equipment of the centre in "
      "2007-08, and £800,000 a year for three years thereafter towards its running costs.",
      C("GB", "funding", "will"),
      F(2400000, "GBP", "GB", "FR", "pledge", "equipment of the joint maritime information centre",
        alt_amount=3500000, alt_currency="EUR", period_text="in 2007-08", period_start="2007-04-01",
        period_end="2008-03-31"),
      F(800000, "GBP", "GB", "FR", "pledge", "running costs of the joint maritime information centre",
        per_year=True, years=3, period_text="a year for three years thereafter", period_start="2008-04-01",
        period_end="2011-03-31")),
    L("13. France bears the cost of the vessels, estimated at €11 million a year.",
      N("funding", "a state's own operating cost, not money given")),
    L("14. The European Commission has agreed to co-finance the radar link with €1.2 million from the External "
      "Borders Fund.",
      C("European Commission", "funding", "agree", note="EU body as actor"),
      F(1200000, "EUR", "European Commission", "GB;FR", "pledge", "radar link (External Borders Fund)")),
    L("15. Savings of around £1 million a year are expected from lower detention costs.",
      N("funding", "expected saving, not funding")),
    "IMPLEMENTATION",
    "16. No new legislation is required.",
    L("17. The Government intend to ratify the Agreement before the end of the year, once the period of 21 sitting "
      "days has elapsed.",
      C("GB", "legal_framework", "intend", "before the end of the year", "2007-12-31"),
      N("statistics", "procedural period, not a figure about the world", q="21 sitting days")),
    L("18. The Border and Immigration Agency will second two liaison officers to the centre.",
      C("GB", "policing_intelligence", "will")),
    "CONSULTATION",
    L("19. The Maritime and Coastguard Agency and the Department for Transport were consulted; both welcomed the "
      "Agreement.",
      N("commitments", "report of consultation and welcome")),
    "Joan Whitlock",
    "Minister of State for Borders and Immigration",
    "Home Office",
    "9 October 2007",
]
