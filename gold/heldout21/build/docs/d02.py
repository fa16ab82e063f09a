from lib import L, C, F, S, N

DATE = "2004-07-08"
SLUG = "explanatory-memorandum-channel-ports-juxtaposed-controls-dunkirk-order"
TITLE = "Explanatory Memorandum to the Channel Ports (Juxtaposed Controls) (Dunkirk) Order 2004"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = ("Explanatory memorandum to a statutory instrument (standard numbered headings: purpose, policy "
         "background, consultation, impact, monitoring and review)")
STRESS = ("three dates in ordinal form in a block under the SI number ('Made 8th July 2004', 'Laid before "
          "Parliament', 'Coming into force'); the document is dated by the 'Made' date; no place")
THIRD = "none (France acts in a restated treaty undertaking and a reported undertaking)"

LINES = [
    L("2004 No. 1862",
      N("statistics", "statutory instrument number")),
    "IMMIGRATION",
    "Made 8th July 2004",
    "Laid before Parliament 12th July 2004",
    L("Coming into force 2nd August 2004",
      N("all", "commencement date, not a figure or an undertaking")),
    "EXPLANATORY MEMORANDUM TO THE CHANNEL PORTS (JUXTAPOSED CONTROLS) (DUNKIRK) ORDER 2004",
    "1. This explanatory memorandum has been prepared by the Home Office and is laid before Parliament by Command "
    "of Her Majesty.",
    "2. Description",
    L("2.1 This Order gives effect to the Additional Protocol signed at Le Touquet on 24 June 2004, under which the "
      "immigration controls of each State will be carried out in the port of Dunkirk by officers of the other.",
      C("GB;FR", "border_security", "will", note="restated treaty undertaking given effect by the Order")),
    "3. Matters of special interest to the Joint Committee on Statutory Instruments",
    "3.1 None.",
    "4. Policy background",
    L("4.1 Since juxtaposed controls began at Calais in February 2003, the number of clandestine entrants detected "
      "at Calais has fallen by 63%, while detections at Dunkirk have risen from 1,200 in 2002 to 3,450 in 2003.",
      S(63, "percent", "exact", "clandestine entrants detected", "decrease",
        period_text="Since juxtaposed controls began at Calais in February 2003", period_start="2003-02-01",
        location="Calais"),
      S(1200, "attempts", "exact", "clandestine entrants detected", "level", period_text="in 2002",
        period_start="2002-01-01", period_end="2002-12-31", location="Dunkirk"),
      S(3450, "attempts", "exact", "clandestine entrants detected", "increase", period_text="in 2003",
        period_start="2003-01-01", period_end="2003-12-31", location="Dunkirk")),
    L("4.2 Freight traffic through Dunkirk has grown by almost a half since 2000, to some 2.3 million lorries a "
      "year.",
      S(50, "percent", "approximately", "freight traffic (lorries)", "increase", period_text="since 2000",
        period_start="2000-01-01", location="Dunkirk", note="'almost a half' read as 50 percent (D6)"),
      S(2300000, "other", "approximately", "lorries through the port per year", "increase", location="Dunkirk")),
    L("4.3 In the first five months of 2004 officers at the port arrested more than twice as many facilitators as "
      "in the same period of 2003.",
      S(2, "factor", "more_than", "facilitators arrested", "increase",
        period_text="In the first five months of 2004", period_start="2004-01-01", period_end="2004-05-31",
        location="Dunkirk")),
    L("4.4 Under the Protocol, the United Kingdom will meet the cost of the control booths and detection equipment "
      "its officers need at Dunkirk, and France will provide the land and access free of charge.",
      C("GB;FR", "funding", "will", note="both parties undertake to bear costs or provide resources (D15)")),
    L("4.5 The French authorities have undertaken to deploy further officers of the Police aux Frontières at the "
      "port by the end of October.",
      C("FR", "border_security", "undertake", "by the end of October", "2004-10-31")),
    L("4.6 The United Kingdom will contribute €3 million a year for three years towards the port security works.",
      C("GB", "funding", "will"),
      F(3000000, "EUR", "GB", "FR (Dunkirk port security works)", "pledge", "port security works at Dunkirk",
        per_year=True, years=3, period_text="a year for three years")),
    L("4.7 The Home Office has already paid €850,000 to the Dunkirk Port Authority for the design of the control "
      "area.",
      F(850000, "EUR", "GB", "Dunkirk Port Authority", "disbursed", "design of the control area")),
    L("4.8 Officers of either State will be permitted to carry their service weapons in the control zone only in "
      "accordance with the law of the host State.",
      N("commitments", "a permission granted, not an undertaking (D9)")),
    L("4.9 Persons refused entry at Dunkirk will not be held in the control zone for more than 24 hours.",
      C("GB;FR", "border_security", "will", conf="borderline",
        note="negative undertaking binding future conduct (D3); the 24 hours is a limit, not a statistic")),
    L("4.10 The initial complement at Dunkirk is expected to be around 15 immigration officers.",
      N("statistics", "planned staffing, not a figure about the world")),
    "5. Extent",
    L("5.1 This instrument applies to all of the United Kingdom.",
      N("all", "territorial extent")),
    "6. European Convention on Human Rights",
    L("6.1 The Minister of State for Citizenship, Immigration and Counter-Terrorism has made the following "
      "statement: In my view the provisions of the Order are compatible with the Convention rights.",
      N("commitments", "statement of belief on compatibility")),
    "7. Consultation and guidance",
    "7.1 The Home Office consulted the Dunkirk Port Authority, the ferry operators and the Freight Transport "
    "Association.",
    L("7.2 The Immigration Service will issue operational guidance to its staff by the end of July.",
      C("GB", "governance", "will", "by the end of July", "2004-07-31")),
    "8. Impact",
    L("8.1 The Home Office will bear the running costs of its own staff at Dunkirk, estimated at £1.1 million a "
      "year.",
      C("GB", "funding", "will", note="undertaking to bear own costs; the sum is not a funding row (D10)"),
      N("funding", "own running costs of the UK's staff, not money given for the cooperation (D10)")),
    "9. Monitoring and review",
    L("9.1 The Home Office will review the operation of the controls at Dunkirk after twelve months and will "
      "publish the results.",
      C("GB", "governance", "will")),
    L("9.2 Both Governments have agreed to convene the Joint Committee established under the Protocol at least "
      "twice a year.",
      C("GB;FR", "governance", "agree")),
    L("9.3 The Government intends to extend the same arrangements to the port of Boulogne if passenger services "
      "there resume.",
      C("GB", "border_security", "intend", note="conditional undertaking, core (D3)")),
    "10. Contact",
    L("10.1 Sandra Whitcombe at the Home Office, Immigration and Nationality Directorate, can answer any queries: "
      "telephone 020 7035 4848.",
      N("statistics", "telephone number")),
]
