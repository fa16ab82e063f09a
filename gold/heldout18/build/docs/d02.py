from lib import L, C, F, S, N

DATE = "2009-06-19"
SLUG = "un-special-rapporteur-migrants-end-of-visit-uk"
TITLE = ("End-of-visit statement of the United Nations Special Rapporteur on the human rights of migrants, "
         "following his mission to the United Kingdom")
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "London"
GENRE = "UN Special Rapporteur end-of-country-visit press statement (first person, preliminary findings)"
STRESS = "date and place only in the closing line"
THIRD = "UNHCR (actor, recipient of UK money); the Special Rapporteur himself (borderline actor); France acts"

LINES = [
    "UNITED NATIONS - HUMAN RIGHTS",
    "Office of the High Commissioner",
    "End-of-visit statement of the United Nations Special Rapporteur on the human rights of migrants, "
    "following his mission to the United Kingdom",
    "Preliminary observations",
    L("From 8 to 19 June 2009 I visited the United Kingdom at the invitation of the Government, including Dover, "
      "Croydon and the juxtaposed control zone at Coquelles in France.",
      N("statistics", "dates of the visit")),
    L("I thank the Government for its full cooperation and for the openness of the officials I met.",
      N("commitments", "thanks")),
    "Findings",
    L("According to figures provided by the Home Office, 25,930 people applied for asylum in the United Kingdom "
      "in 2008, 10% more than in 2007.",
      S(25930, "people", "exact", "asylum applicants", "level", period_text="in 2008",
        period_start="2008-01-01", period_end="2008-12-31", location="United Kingdom"),
      S(10, "percent", "exact", "asylum applicants, 2008 vs 2007", "increase", location="United Kingdom")),
    L("Some 2,200 people were held in immigration detention on any given day in the first quarter of 2009, of "
      "whom fewer than 40 were children.",
      S(2200, "people", "approximately", "people held in immigration detention on a given day", "level",
        period_text="in the first quarter of 2009", period_start="2009-01-01", period_end="2009-03-31",
        location="United Kingdom"),
      S(40, "people", "less_than", "children held in immigration detention on a given day", "level",
        period_text="in the first quarter of 2009", period_start="2009-01-01", period_end="2009-03-31",
        location="United Kingdom")),
    L("Arrivals of unaccompanied children at Dover have more than doubled in two years, to about 600 a year.",
      S(2, "factor", "more_than", "unaccompanied children arriving at Dover, change over two years", "increase",
        period_text="in two years", location="Dover"),
      S(600, "people", "approximately", "unaccompanied children arriving at Dover per year", "level",
        location="Dover")),
    L("In Calais I was told that between 700 and 800 migrants, most of them Afghan, Iraqi and Eritrean, were "
      "sleeping rough at any one time.",
      S(700, "people", "approximately", "migrants sleeping rough in Calais at any one time", "level",
        location="Calais", conf="borderline", note="range 700-800 recorded by its lower bound")),
    L("The Government informed me that it will:",
      N("commitments", "bare lead-in; its items are the commitments")),
    L("- publish revised guidance on the detention of families before the end of the year;",
      C("GB", "reception_welfare", "will", "before the end of the year", "2009-12-31")),
    L("- extend the pilot of independent age assessment to the port of Dover from September;",
      C("GB", "reception_welfare", "will", "from September", "2009-09-30")),
    L("- fund legal advice for all detained families;",
      C("GB", "reception_welfare", "will")),
    L("- review, with the French authorities, the arrangements for the transfer of minors held at Coquelles.",
      C("GB;FR", "governance", "will")),
    L("The Minister of State also undertook to publish annual statistics on the detention of children from 2010.",
      C("GB", "governance", "undertake", "from 2010", "2010-12-31")),
    L("Charter returns to Afghanistan will not be resumed until that review is complete.",
      C("GB", "returns", "will", conf="borderline",
        note="passive negation with a condition; no agent named, read as the Government")),
    L("UNHCR has agreed to station a protection officer at Dover for a six-month trial.",
      C("UNHCR", "reception_welfare", "agree")),
    L("The Home Office will meet the cost, estimated at £85,000.",
      C("GB", "funding", "will"),
      F(85000, "GBP", "GB", "UNHCR", "pledge", "UNHCR protection officer at Dover (six-month trial)")),
    L("The United Kingdom has also contributed £1.2 million since 2007 to the work of UNHCR with migrants in "
      "northern France.",
      F(1200000, "GBP", "GB", "UNHCR", "disbursed", "UNHCR work with migrants in northern France",
        period_text="since 2007", period_start="2007-01-01", period_end="2009-06-19")),
    L("During my visit to Coquelles, the French authorities informed me that they intend to open a day shelter "
      "in Calais before the winter.",
      C("FR", "reception_welfare", "intend", "before the winter", "2009-11-30")),
    L("The cost of detaining one person is reported to be about £100 a day.",
      N("funding;statistics", "unit cost, neither funding nor a count")),
    "Recommendations",
    L("I recommend that the Government end the detention of children for immigration purposes.",
      N("commitments", "recommendation by the Rapporteur, not an undertaking of a party")),
    L("I urge the Governments of the United Kingdom and France to agree a joint protocol for minors at the "
      "juxtaposed controls.",
      N("commitments", "appeal by a non-party")),
    L("I believe that the juxtaposed controls have displaced rather than resolved the problem in Calais.",
      N("commitments", "belief")),
    L("My full report will be presented to the Human Rights Council at its session in March 2010.",
      C("UN Special Rapporteur", "eu_international", "will", "in March 2010", "2010-03-31", conf="borderline",
        note="the Rapporteur's own reporting step, not an undertaking of a government party")),
    "London, 19 June 2009",
]
