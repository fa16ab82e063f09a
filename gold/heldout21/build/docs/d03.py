from lib import L, C, F, S, N

DATE = "2006-11-24"
SLUG = "annual-review-safer-migration-livelihoods-programme-ethiopia"
TITLE = "Annual Review: Safer Migration and Livelihoods Programme, Ethiopia (2005-2008)"
PARTIES = "GB;ET"
DOC_TYPE = "other"
PLACE = "Addis Ababa"
GENRE = ("Donor development programme annual review (form fields, output scoring, progress summary, agreed actions "
         "for the next programme year)")
STRESS = ("programme period in the title and a reporting-year label; the date only in a numeric 'Review completed' "
          "form field; the place only in a 'Location of review' field")
THIRD = ("Ethiopia (party and actor); IOM (actor); France (AFD) acts as co-donor; Yemen and Djibouti named")

LINES = [
    "Annual Review: Safer Migration and Livelihoods Programme, Ethiopia (2005-2008)",
    "Department for International Development, Ethiopia Office",
    L("Project number: 113-562-017",
      N("statistics", "project reference number")),
    "Partners: Government of Ethiopia (Ministry of Labour and Social Affairs); International Organization for "
    "Migration (IOM); Agence Française de Développement (AFD), co-funder",
    L("DFID contribution: £9.6 million over three years (2005/06 to 2007/08)",
      F(9600000, "GBP", "GB", "Safer Migration and Livelihoods Programme (Government of Ethiopia and IOM)",
        "pledge", "programme budget (three years)", period_text="over three years (2005/06 to 2007/08)",
        period_start="2005-04-01", period_end="2008-03-31",
        note="programme budget committed by the donor (D18)")),
    L("Review period: Year 2 (October 2005 to September 2006)",
      N("statistics", "reporting period label")),
    "Location of review: Addis Ababa and Dire Dawa",
    "Review completed: 24/11/2006",
    L("Overall output score: 2 (outputs likely to be largely achieved)",
      N("statistics", "the review's own score, not a figure about the world")),
    "1. Summary of progress",
    L("In its second year the programme reached 14,200 prospective migrants with pre-departure information in "
      "Wollo and Tigray, against 5,100 in the first year.",
      S(14200, "people", "exact", "prospective migrants reached with pre-departure information", "level",
        period_text="In its second year", location="Wollo and Tigray"),
      S(5100, "people", "exact", "prospective migrants reached with pre-departure information", "level",
        period_text="in the first year", location="Wollo and Tigray")),
    L("Women made up 38% of those reached.",
      S(38, "percent", "exact", "share of women among people reached", "level")),
    L("IOM assisted 860 Ethiopians stranded in Yemen and Djibouti to return home, nearly three times the figure "
      "for 2005.",
      S(860, "people", "exact", "stranded Ethiopians assisted to return home", "level",
        location="Yemen and Djibouti"),
      S(3, "factor", "approximately", "stranded Ethiopians assisted to return home", "increase",
        location="Yemen and Djibouti")),
    L("Reported departures by sea from Obock fell by about a fifth over the year, and the Ministry's inspectors "
      "closed 27 unlicensed employment agencies in Addis Ababa.",
      S(20, "percent", "approximately", "reported departures by sea", "decrease", period_text="over the year",
        location="Obock", note="'about a fifth' read as 20 percent (D6)"),
      S(27, "other", "exact", "unlicensed employment agencies closed", "level", location="Addis Ababa")),
    L("Smugglers still charge between US$400 and US$700 for the crossing to Yemen.",
      N("funding;statistics", "smugglers' price range")),
    L("The average cost of an assisted return was £410 per person.",
      N("funding;statistics", "unit cost, neither funding nor a statistic")),
    L("France, through AFD, has contributed €1.5 million (£1.0 million) to the livelihoods component since January "
      "2006, and has pledged a further €2 million for 2007.",
      F(1500000, "EUR", "FR", "livelihoods component (Government of Ethiopia)", "disbursed",
        "livelihoods component", alt_amount=1000000, alt_currency="GBP", period_text="since January 2006",
        period_start="2006-01-01", period_end="2006-11-24"),
      F(2000000, "EUR", "FR", "livelihoods component (Government of Ethiopia)", "pledge", "livelihoods component",
        period_text="for 2007", period_start="2007-01-01", period_end="2007-12-31"),
      C("FR", "funding", "pledge", note="the sentence carries France's pledge of a further sum")),
    L("Evidence from the first two years suggests that information alone rarely changes the decision to migrate.",
      N("commitments", "finding / belief, not an undertaking")),
    "2. Commitments and agreed actions for Year 3",
    L("The Government of Ethiopia has committed to adopt the revised Employment Exchange Services Proclamation "
      "during 2007.",
      C("ET", "legal_framework", "commit", "during 2007", "2007-12-31")),
    L("The UK will continue to fund the programme to its end in March 2008, provided the Year 3 targets are agreed.",
      C("GB", "funding", "will", "in March 2008", "2008-03-31", note="conditional undertaking, core (D3)")),
    L("DFID and the Ministry have agreed the following actions:",
      N("commitments", "bare lead-in (D2)")),
    L("1. The Ministry will register all licensed overseas employment agencies in a public database by June 2007.",
      C("ET", "upstream_cooperation", "will", "by June 2007", "2007-06-30")),
    L("2. IOM will open two further migrant response centres, in Metema and Moyale, subject to security clearance.",
      C("IOM", "reception_welfare", "will")),
    L("3. DFID will commission an independent evaluation of the information campaign before the end of the "
      "financial year.",
      C("GB", "governance", "will", "before the end of the financial year", "2007-03-31",
        note="UK financial year ends 31 March (D13)")),
    L("4. DFID and AFD will harmonise their reporting requirements so that the Ministry submits a single annual "
      "report.",
      C("GB;FR", "governance", "will")),
    L("5. The information campaign will be extended to Oromia and to returnees' home districts.",
      C("GB;ET", "information_campaigns", "will", note="passive with no named agent: the programme's parties")),
    L("6. IOM will not return any person to Ethiopia without a recorded interview on their wish to return.",
      C("IOM", "returns", "will", conf="borderline", note="negative undertaking (D3)")),
    L("France intends to second a technical adviser to the Ministry from January 2007.",
      C("FR", "upstream_cooperation", "intend", "from January 2007", "2007-01-31",
        note="start phrase resolved like 'begin in October' (D4)")),
    L("DFID will share the findings of this review with the Home Office and with the French Ministry of the "
      "Interior.",
      C("GB", "governance", "will")),
    L("The review team thanks the Ministry and IOM staff in Dire Dawa for their help.",
      N("all", "thanks")),
]
