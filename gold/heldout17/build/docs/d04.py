from lib import L, C, F, S, N

DATE = "2012-09-12"
SLUG = "uk-comments-greta-report-trafficking"
TITLE = ("Comments of the Government of the United Kingdom on the GRETA report concerning the implementation of "
         "the Council of Europe Convention on Action against Trafficking in Human Beings")
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Government's comments to a Council of Europe monitoring body (paragraph-by-paragraph replies)"
STRESS = "date written in words, only in a 'Received by the Secretariat' line at the end"
THIRD = "Council of Europe (recipient of a UK contribution); France acts jointly in one undertaking"

LINES = [
    "Council of Europe",
    "Group of Experts on Action against Trafficking in Human Beings (GRETA)",
    "Comments of the Government of the United Kingdom on the GRETA report concerning the implementation of the "
    "Council of Europe Convention on Action against Trafficking in Human Beings",
    L("The Government thanks GRETA for its report and welcomes the recognition given to the National Referral "
      "Mechanism.",
      N("commitments", "thanks and welcoming")),
    L("Paragraph 42",
      N("statistics", "paragraph reference")),
    "GRETA asked the Government to improve the identification of potential victims at the border and at the "
    "juxtaposed controls.",
    L("In 2011 the National Referral Mechanism received 946 referrals of potential victims, an increase of 32% "
      "on 2010.",
      S(946, "people", "exact", "referrals of potential trafficking victims to the National Referral Mechanism",
        "level", period_text="In 2011", period_start="2011-01-01", period_end="2011-12-31",
        location="United Kingdom"),
      S(32, "percent", "exact", "referrals to the National Referral Mechanism, 2011 vs 2010", "increase",
        location="United Kingdom")),
    L("Some 234 of those referred were children, and 41 were first identified by officers at the juxtaposed "
      "controls in France.",
      S(234, "people", "approximately", "children referred as potential trafficking victims", "level"),
      S(41, "people", "exact", "potential victims first identified at the juxtaposed controls", "level",
        location="juxtaposed controls in France")),
    L("The UK Border Agency will train all its officers at the juxtaposed controls in the identification of "
      "victims by the end of March 2013.",
      C("GB", "reception_welfare", "will", "by the end of March 2013", "2013-03-31")),
    L("The United Kingdom and France have agreed to exchange information on potential victims intercepted at "
      "Calais and Coquelles within 48 hours of their identification.",
      C("GB;FR", "reception_welfare", "agree"),
      N("statistics", "a time limit inside a commitment", q="within 48 hours of their identification")),
    "Paragraph 57",
    L("Prosecutions for trafficking offences rose from 94 in 2010 to 148 in 2011, and convictions nearly doubled.",
      S(94, "people", "exact", "prosecutions for trafficking offences", "level", period_text="in 2010",
        period_start="2010-01-01", period_end="2010-12-31"),
      S(148, "people", "exact", "prosecutions for trafficking offences", "level", period_text="in 2011",
        period_start="2011-01-01", period_end="2011-12-31"),
      S(2, "factor", "approximately", "convictions for trafficking offences", "increase")),
    L("The Government does not intend to create an independent national rapporteur at this stage.",
      N("commitments", "a negated intention")),
    L("It is, however, committed to publishing an annual report on human trafficking, the first of which will "
      "appear before the end of the year.",
      C("GB", "governance", "commit", "before the end of the year", "2012-12-31")),
    "Paragraph 73",
    L("Adult victims are supported under a contract with the Salvation Army worth £6 million a year.",
      N("funding", "a domestic services contract, not money given to a partner")),
    L("In 2011 the Home Office also provided £400,000 to a French association running safe accommodation in "
      "Paris for victims identified at the border.",
      F(400000, "GBP", "GB", "French association running safe accommodation in Paris", "disbursed",
        "safe accommodation for victims identified at the border",
        period_text="In 2011", period_start="2011-01-01", period_end="2011-12-31")),
    L("That support will continue in 2013 at the same level, subject to a positive evaluation.",
      C("GB", "reception_welfare", "will", "in 2013", "2013-12-31"),
      F(400000, "GBP", "GB", "French association running safe accommodation in Paris", "pledge",
        "safe accommodation for victims identified at the border", period_text="in 2013",
        period_start="2013-01-01", period_end="2013-12-31", conf="borderline",
        note="amount given only by reference ('at the same level'), no figure in the sentence")),
    L("The Government will also make a voluntary contribution of €150,000 to the Council of Europe for "
      "anti-trafficking training in the Western Balkans.",
      C("GB", "funding", "will"),
      F(150000, "EUR", "GB", "Council of Europe", "pledge",
        "anti-trafficking training in the Western Balkans")),
    L("A revised victim care strategy will be published in the spring.",
      C("GB", "reception_welfare", "will", "in the spring", "2013-05-31")),
    "Paragraph 88",
    L("Should the review now under way recommend it, the Government will place the National Referral Mechanism "
      "on a statutory footing.",
      C("GB", "legal_framework", "will")),
    L("The UK Border Agency will appoint a trafficking lead at each of its ports in northern France.",
      C("GB", "reception_welfare", "will")),
    L("Over 60% of victims referred from the border in 2011 had travelled through France or Belgium.",
      S(60, "percent", "more_than", "share of border-referred victims who had travelled through France or Belgium",
        "level", period_text="in 2011", period_start="2011-01-01", period_end="2011-12-31")),
    L("The Government considers that its approach is fully compatible with Article 10 of the Convention.",
      N("commitments;statistics", "an opinion and an article number")),
    L("It undertakes to provide GRETA with updated figures by the time of the next evaluation round.",
      C("GB", "governance", "undertake", "by the time of the next evaluation round")),
    L("Officials remain available to meet the Secretariat in Strasbourg.",
      N("commitments", "an offer of availability, not an undertaking")),
    "Received by the Secretariat on the twelfth of September 2012",
]
