from lib import L, C, F, S, N

DATE = "2012-10-18"
SLUG = "mou-morocco-voluntary-return"
TITLE = ("Memorandum of Understanding between the Governments of the United Kingdom, the French Republic and the "
         "Kingdom of Morocco on the prevention of irregular migration and assisted voluntary return")
PARTIES = "GB;FR;MA"
DOC_TYPE = "arrangement"
PLACE = "Rabat"
GENRE = "Memorandum of understanding with a partner state, with an annex table"
STRESS = "date and place only in the signature line before the annex"
THIRD = "Morocco (party); IOM (actor); European Union (donor)"

A = "GB;FR;MA"

LINES = [
    "MEMORANDUM OF UNDERSTANDING",
    "between the Government of the United Kingdom of Great Britain and Northern Ireland, the Government of the "
    "French Republic and the Government of the Kingdom of Morocco on the prevention of irregular migration and "
    "assisted voluntary return",
    "The Participants,",
    L("Noting that the Moroccan authorities intercepted more than 6,500 people attempting to reach Europe by sea "
      "in 2011, nearly twice the number in 2010;",
      S(6500, "attempts", "more_than", "sea crossings to Europe intercepted by Moroccan authorities", "level",
        period_text="in 2011", period_start="2011-01-01", period_end="2011-12-31", location="Morocco"),
      S(2, "factor", "approximately", "interceptions, 2011 vs 2010", "increase", location="Morocco",
        note="'nearly twice' -> factor 2, approximately")),
    L("Noting that irregular crossings on the western Mediterranean route fell by 28% in the first half of 2012 "
      "compared with the same period of 2011, while some 4,000 migrants were living in informal camps near Oujda "
      "at the end of 2011;",
      S(28, "percent", "exact", "irregular crossings on the western Mediterranean route", "decrease",
        period_text="in the first half of 2012", period_start="2012-01-01", period_end="2012-06-30",
        location="western Mediterranean route"),
      S(4000, "people", "approximately", "migrants living in informal camps", "level",
        period_text="at the end of 2011", period_start="2011-12-31", period_end="2011-12-31", location="Oujda")),
    L("Noting that 1,230 Moroccan nationals were returned from France and the United Kingdom in 2011, of whom 41% "
      "returned voluntarily;",
      S(1230, "people", "exact", "Moroccan nationals returned from France and the UK", "level",
        period_text="in 2011", period_start="2011-01-01", period_end="2011-12-31"),
      S(41, "percent", "exact", "share of returns that were voluntary", "level",
        period_text="in 2011", period_start="2011-01-01", period_end="2011-12-31")),
    L("Welcoming the work of the International Organization for Migration (IOM) in the region;",
      N("commitments", "welcoming")),
    "Have reached the following understanding:",
    "Paragraph 1 – Voluntary return and reintegration",
    L("1.1 The Participants will develop a joint programme of assisted voluntary return from France and the United "
      "Kingdom to Morocco, to be implemented by IOM.",
      C(A, "returns", "will")),
    L("1.2 The Kingdom of Morocco will issue emergency travel documents within 15 working days of a request from "
      "either of the other Participants.",
      C("MA", "returns", "will", "within 15 working days of a request", "",
        note="counted from a request, not from a date")),
    L("1.3 IOM will provide each returnee with a reintegration package and will follow up each case for twelve "
      "months.",
      C("IOM", "returns", "will", note="UN-related body as actor")),
    L("1.4 The French Office for Immigration and Integration will open a liaison desk in Casablanca by the end of "
      "the first quarter of 2013.",
      C("FR", "returns", "will", "by the end of the first quarter of 2013", "2013-03-31")),
    "Paragraph 2 – Prevention",
    L("2.1 The United Kingdom and France intend to support Moroccan efforts to dismantle smuggling networks "
      "operating towards Ceuta, Melilla and the Atlantic coast.",
      C("GB;FR", "policing_intelligence", "intend", note="theme by main action: dismantling networks")),
    L("2.2 The United Kingdom will second two immigration liaison officers to Rabat from January 2013.",
      C("GB", "policing_intelligence", "will", "from January 2013", "2013-01-31")),
    "2.3 The Participants also agree on:",
    L("(a) an information campaign aimed at young people in Oujda and Tangier, to be launched before the summer of "
      "2013;",
      C(A, "information_campaigns", "agree", "before the summer of 2013", "2013-05-31")),
    L("(b) the training of 300 Moroccan border guards in the detection of document fraud;",
      C(A, "border_security", "agree"),
      N("statistics", "number inside a commitment's target", q="the training of 300 Moroccan border guards")),
    L("(c) the exchange of risk analyses every six months.",
      C(A, "policing_intelligence", "agree")),
    "Paragraph 3 – Financing",
    L("3.1 The United Kingdom will contribute £1.2 million (€1.5 million) in 2012-13 to the return programme.",
      C("GB", "funding", "will", "in 2012-13", "2013-03-31"),
      F(1200000, "GBP", "GB", "assisted voluntary return programme (IOM)", "pledge", "assisted voluntary return "
        "programme", alt_amount=1500000, alt_currency="EUR", period_text="in 2012-13", period_start="2012-04-01",
        period_end="2013-03-31")),
    L("3.2 France will contribute €800,000 a year for three years to the same programme.",
      C("FR", "funding", "will", "for three years", "", note="unanchored duration: text kept, no date (D4)"),
      F(800000, "EUR", "FR", "assisted voluntary return programme (IOM)", "pledge", "assisted voluntary return "
        "programme", per_year=True, years=3, period_text="a year for three years")),
    L("3.3 The European Union has already granted €2.5 million to IOM for the programme under its Thematic "
      "Programme on Migration and Asylum.",
      F(2500000, "EUR", "European Union", "IOM", "disbursed", "assisted voluntary return programme",
        note="'has already granted' -> disbursed; donor named by role")),
    L("3.4 The salaries of the liaison officers, estimated at €210,000 a year in total, are borne by the sending "
      "Participant and fall outside this Memorandum.",
      N("funding", "salaries, and outside the instrument")),
    "Paragraph 4 – Review",
    L("4.1 A steering committee of senior officials will meet twice a year, first in Rabat in spring 2013.",
      C(A, "governance", "will", "in spring 2013", "2013-05-31")),
    L("4.2 This Memorandum is not legally binding and does not create rights or obligations under international "
      "law.",
      N("commitments", "statement of legal status, no undertaking")),
    L("4.3 The Participants will review this Memorandum within two years of its signature.",
      C(A, "governance", "will", "within two years of its signature", "2014-10-18",
        note="signature = document date, so the counted period resolves")),
    "Signed at Rabat on 18 October 2012 in three originals, in the Arabic, English and French languages.",
    "For the Government of the United Kingdom: Lord Ashcombe of Tilney, Minister of State",
    "For the Government of the French Republic: Hélène Darricau, Minister Delegate",
    "For the Government of the Kingdom of Morocco: Youssef El Ouazzani, Minister Delegate for Migration",
    "ANNEX – Indicative activities and budget",
    "Activity | Lead | Timing | Budget",
    L("Assisted voluntary returns (target: 600 persons) | IOM | 2013–2014 | €1,900,000",
      N("funding", "budget line allocating money already counted in Paragraph 3"),
      N("statistics", "a target, not a figure about the world", q="target: 600 persons")),
    "Liaison officers (2) | United Kingdom | from January 2013 | staff costs",
    L("Information campaign | France | spring 2013 | €350,000",
      N("funding", "budget line allocating money already counted; no donor act")),
    L("Border guard training (300 trainees) | Morocco / France | 2013 | €250,000",
      N("funding", "budget line allocating money already counted; no donor act")),
]
