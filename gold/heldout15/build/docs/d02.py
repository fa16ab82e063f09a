from lib import L, C, F, S, N

DATE = "2006-03-14"
SLUG = "minister-letter-home-affairs-committee"
TITLE = "Juxtaposed controls: follow-up to the Committee's evidence session"
PARTIES = "GB;FR;BE"
DOC_TYPE = "other"
PLACE = "London"
GENRE = "Letter from a minister to a select committee chair"
STRESS = "date only at the end (under the signature)"
THIRD = "Belgium (Federal Police, Brussels-Midi)"

Q_ATT = ("In 2005 our officers at the juxtaposed controls in France and Belgium stopped 9,640 attempts to enter "
         "the United Kingdom clandestinely, against 11,210 in 2004.")
Q_STAFF = ("The number of Immigration Service officers at the juxtaposed controls rose from 310 in 2003 to 450 in "
           "2005, and the Government intends to reach 500 by the end of the year.")
Q_MONEY = ("In 2005-06 the Home Office contributed £6.8 million towards infrastructure at Calais, Coquelles and "
           "Dunkirk, and it will provide £2 million a year for the next three years to maintain the search "
           "equipment at those sites (around €2.9 million a year).")

LINES = [
    "Home Office",
    L("2 Marsham Street", N("statistics", "street number in an address, not a figure")),
    "London SW1P 4DF",
    "Rt Hon. Marjorie Teale MP",
    "Chair, Home Affairs Committee",
    "House of Commons",
    "Dear Marjorie,",
    "JUXTAPOSED CONTROLS: FOLLOW-UP TO THE COMMITTEE'S EVIDENCE SESSION",
    L("Thank you for your letter of 2 February. I welcome the Committee's continuing interest in the controls we "
      "operate on French and Belgian soil, and I promised when I gave evidence to write on three points.",
      N("commitments", "welcoming; the promise to write is already fulfilled by the letter",
        q="I welcome the Committee's continuing interest in the controls we operate on French and Belgian soil")),
    L("First, the figures. " + Q_ATT + " Roughly half of those attempts were made at Calais. At Coquelles the "
      "rate of detections per thousand lorries has halved since 2003.",
      S(9640, "attempts", "exact", "clandestine entry attempts stopped at the juxtaposed controls", "level",
        period_text="In 2005", period_start="2005-01-01", period_end="2005-12-31", location="France and Belgium",
        q=Q_ATT),
      S(11210, "attempts", "exact", "clandestine entry attempts stopped at the juxtaposed controls", "level",
        period_text="in 2004", period_start="2004-01-01", period_end="2004-12-31", location="France and Belgium",
        q=Q_ATT, note="elliptical comparison figure ('against 11,210 in 2004')"),
      S(50, "percent", "approximately", "share of stopped attempts made at Calais", "level", location="Calais",
        q="Roughly half of those attempts were made at Calais.", note="fraction 'half' -> 50 percent"),
      S(0.5, "factor", "exact", "detections per thousand lorries", "decrease",
        period_text="since 2003", period_start="2003-01-01", period_end="2006-03-14", location="Coquelles",
        q="At Coquelles the rate of detections per thousand lorries has halved since 2003.",
        note="'halved' -> factor 0.5, decrease (mirror of 'doubled' -> 2)")),
    L("I met the Belgian Interior Minister in Brussels on 6 March to discuss the timetable.",
      N("all", "report of a meeting; a date")),
    "Secondly, the commitments the Committee asked about. Following the ministerial meeting in Le Touquet last "
    "month, the Government will:",
    L("- extend the juxtaposed control at Brussels-Midi to cover all Eurostar departures by the end of June;",
      C("GB", "border_security", "will", "by the end of June", "2006-06-30")),
    L("- place two further immigration liaison officers in Lille and Brussels before the summer;",
      C("GB", "policing_intelligence", "will", "before the summer", "2006-05-31")),
    L("- publish, each quarter, the number of detections at each control point;",
      C("GB", "governance", "will")),
    L("- ask the National Audit Office to examine the costs of the controls in the next financial year.",
      C("GB", "governance", "will", "in the next financial year", "2007-03-31",
        note="letter dated March 2006: next financial year = 2006-07")),
    L("The French authorities have undertaken to keep a permanent gendarmerie presence at the Calais ferry "
      "terminal.",
      C("FR", "border_security", "undertake")),
    L("The Belgian Federal Police will carry out joint checks with our officers at Brussels-Midi from May.",
      C("BE", "border_security", "will", "from May", "2006-05-31",
        note="named agency of a partner state -> that state")),
    L("Officials from the Home Office and the French Ministry of the Interior will meet in April to agree a common "
      "list of the search equipment to be replaced.",
      C("GB;FR", "border_security", "will", "in April", "2006-04-30",
        note="theme by the main action: equipment replacement at the controls")),
    L("Thirdly, money. The Committee asked whether the United Kingdom pays for the controls on French soil. It "
      "does, in part. " + Q_MONEY,
      F(6800000, "GBP", "GB", "FR (port infrastructure at Calais, Coquelles and Dunkirk)", "disbursed",
        "infrastructure at Calais, Coquelles and Dunkirk", period_text="In 2005-06", period_start="2005-04-01",
        period_end="2006-03-31", q=Q_MONEY),
      F(2000000, "GBP", "GB", "FR (Calais, Coquelles and Dunkirk)", "pledge", "maintenance of search equipment",
        alt_amount=2900000, alt_currency="EUR", per_year=True, years=3,
        period_text="a year for the next three years", q=Q_MONEY,
        note="parallel euro figure is per year too"),
      C("GB", "funding", "will", "for the next three years", "2009-03-14", q=Q_MONEY,
        note="the sentence carries a new money commitment; counted period from the letter's date (decision D4)")),
    L("The salaries of the 120 UK officers based in France, about £4.1 million a year, are met from the ordinary "
      "immigration budget and are not a contribution to France.",
      N("funding", "salaries of one's own staff are not funding"),
      S(120, "officers", "exact", "UK officers based in France", "level", location="France")),
    L("Belgium, for its part, has met the full cost of adapting the Eurostar terminal at Brussels-Midi, which it "
      "puts at €1.2 million.",
      F(1200000, "EUR", "BE", "Brussels-Midi Eurostar terminal", "disbursed",
        "adapting the Eurostar terminal for the juxtaposed control", conf="borderline",
        note="a cost a partner met for the shared controls: funding or a cost? debatable")),
    L("Civil penalties imposed on hauliers who carried clandestine entrants raised £3.3 million last year.",
      N("funding", "fines collected are not funding")),
    L("I should add that the Government is committed to the juxtaposed model as the best means of keeping the "
      "border away from our shores; that is a conviction rather than a new undertaking.",
      N("commitments", "'committed to' a model: a belief, no action")),
    L("The Committee also asked about staffing. " + Q_STAFF,
      S(310, "officers", "exact", "Immigration Service officers at the juxtaposed controls", "level",
        period_text="in 2003", period_start="2003-01-01", period_end="2003-12-31", q=Q_STAFF),
      S(450, "officers", "exact", "Immigration Service officers at the juxtaposed controls", "increase",
        period_text="in 2005", period_start="2005-01-01", period_end="2005-12-31", q=Q_STAFF),
      C("GB", "border_security", "intend", "by the end of the year", "2006-12-31", q=Q_STAFF,
        note="500 is a target inside the commitment, not a statistic")),
    L("We will respond formally to the Committee's report within two months of its publication.",
      C("GB", "governance", "will", "within two months of its publication", "",
        note="relative anchor with no date: text kept, date empty")),
    "I am copying this letter to the Chair of the Joint Committee on Human Rights.",
    "Yours sincerely,",
    "Gareth Pennant",
    "Minister of State for Immigration, Citizenship and Nationality",
    "14 March 2006",
]
