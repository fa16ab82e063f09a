from lib import L, C, F, S, N

DATE = "2014-11-05"
SLUG = "uk-albania-joint-communique-illegal-migration"
TITLE = ("Joint Communique of the United Kingdom and the Republic of Albania on cooperation against illegal "
         "migration and organised immigration crime")
PARTIES = "GB;AL"
DOC_TYPE = "communique"
PLACE = "Tirana"
GENRE = "Bilateral joint communique with a non-EU partner state, closing with a signature block"
STRESS = "place only in the signature block"
THIRD = "Albania (party, actor); IOM (actor, delivery body); EU-Albania readmission agreement recalled"

A = "GB;AL"

LINES = [
    "JOINT COMMUNIQUE",
    "of the United Kingdom and the Republic of Albania on cooperation against illegal migration and organised "
    "immigration crime",
    "5 November 2014",
    L("The Minister for Immigration of the United Kingdom and the Minister of Interior of Albania met today to "
      "review the cooperation developed since the memorandum of 2012.",
      N("commitments;statistics", "report of a meeting; a year")),
    L("They welcomed the progress achieved by their services and the excellent relations between the two "
      "countries.",
      N("commitments", "welcome")),
    L("In the first nine months of 2014, 1,140 Albanian nationals were returned from the United Kingdom, 60% of "
      "them voluntarily, compared with 870 in the whole of 2013.",
      S(1140, "people", "exact", "Albanian nationals returned from the UK", "level",
        period_text="In the first nine months of 2014", period_start="2014-01-01", period_end="2014-09-30",
        location="United Kingdom"),
      S(60, "percent", "exact", "share of returns to Albania that were voluntary", "level",
        period_text="In the first nine months of 2014", period_start="2014-01-01", period_end="2014-09-30"),
      S(870, "people", "exact", "Albanian nationals returned from the UK", "level",
        period_text="in the whole of 2013", period_start="2013-01-01", period_end="2013-12-31",
        location="United Kingdom")),
    L("The Albanian Border Police intercepted 312 attempts to travel on forged documents at Rinas airport, "
      "nearly three times as many as a year earlier.",
      S(312, "attempts", "exact", "attempts to travel on forged documents intercepted", "level",
        location="Rinas airport"),
      S(3, "factor", "approximately", "attempts to travel on forged documents intercepted, year on year",
        "increase", location="Rinas airport")),
    L("Joint investigations have led to the arrest of 47 suspected traffickers, and the number of "
      "unaccompanied Albanian minors arriving in the United Kingdom fell by a quarter.",
      S(47, "people", "exact", "suspected traffickers arrested in joint investigations", "level"),
      S(25, "percent", "exact", "unaccompanied Albanian minors arriving in the UK", "decrease",
        location="United Kingdom")),
    L("Both ministers agreed that irregular migration can only be tackled through partnership between countries "
      "of origin and destination.",
      N("commitments", "shared belief introduced by 'agreed that'")),
    L("Smugglers were reported to charge up to €15,000 for a journey to the United Kingdom.",
      N("funding;statistics", "smugglers' price")),
    L("Since 2012 the United Kingdom has spent £1.1 million on joint projects in Albania.",
      F(1100000, "GBP", "GB", "AL", "disbursed", "joint projects in Albania", period_text="Since 2012",
        period_start="2012-01-01", period_end="2014-11-05")),
    L("The two Governments will:", N("commitments", "bare lead-in; its items are the commitments")),
    L("- establish a joint returns working group, meeting twice a year;",
      C(A, "returns", "will")),
    L("- accelerate the issuing of travel documents, with a target of no more than 10 working days per case;",
      C(A, "returns", "will"),
      N("statistics", "number inside a commitment's target", q="no more than 10 working days per case")),
    L("- launch a joint information campaign in Kukes and Shkoder before the summer of 2015.",
      C(A, "information_campaigns", "will", "before the summer of 2015", "2015-05-31")),
    L("Albania will second two police officers to the National Crime Agency in London by March 2015.",
      C("AL", "policing_intelligence", "will", "by March 2015", "2015-03-31")),
    L("The United Kingdom will provide £2.5 million over three years for the reintegration of returnees, "
      "delivered through the International Organization for Migration (IOM).",
      C("GB", "funding", "will"),
      F(2500000, "GBP", "GB", "IOM", "pledge", "reintegration of returnees to Albania",
        period_text="over three years")),
    L("IOM will run reintegration centres in Tirana and Elbasan from January 2015.",
      C("IOM", "returns", "will", "from January 2015", "2015-01-31")),
    L("The United Kingdom will also provide £400,000 a year for two years to train the Albanian Border Police.",
      C("GB", "border_security", "will"),
      F(400000, "GBP", "GB", "Albanian Border Police", "pledge", "training of the Albanian Border Police",
        per_year=True, years=2, period_text="a year for two years")),
    L("The Albanian Government is committed to tightening checks on minors leaving the country unaccompanied.",
      C("AL", "border_security", "commit")),
    L("The United Kingdom undertakes to share with Albania, subject to its data protection law, the biometric "
      "data of Albanian nationals found without leave to remain.",
      C("GB", "legal_framework", "undertake")),
    L("Albania reiterated its commitment to readmit its nationals promptly under the readmission agreement "
      "concluded between the European Community and Albania in 2005.",
      C("AL", "returns", "commit", note="restated earlier commitment"),
      N("statistics", "year of an agreement", q="Albania in 2005")),
    L("The ministers agreed to hold a joint review of these arrangements in autumn 2015.",
      C(A, "governance", "agree", "in autumn 2015", "2015-11-30")),
    "For the Government of the United Kingdom of Great Britain and Northern Ireland",
    "Minister for Immigration",
    "For the Council of Ministers of the Republic of Albania",
    "Minister of Interior",
    "Tirana",
]
