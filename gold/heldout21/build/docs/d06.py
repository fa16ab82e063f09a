from lib import L, C, F, S, N

DATE = "2013-04-12"
SLUG = "home-office-grant-offer-letter-iom-voluntary-return-calais"
TITLE = "Grant offer: assisted voluntary return from the Nord-Pas-de-Calais"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "London"
GENRE = ("Government grant offer letter to an international organisation (conditions of grant, obligations of the "
         "funder, acceptance request)")
STRESS = ("the date only in the reference line, numeric with a two-digit year ('Our ref: IGB/2013/117 - 12.04.13'); "
          "the place only in the letterhead address")
THIRD = "IOM (actor and recipient of UK and French money); France acts in reported and direct undertakings"

LINES = [
    L("Home Office, International Directorate, 2 Marsham Street, London SW1P 4DF",
      N("statistics", "postal address")),
    L("Our ref: IGB/2013/117 - 12.04.13",
      N("statistics", "reference number and a numeric date")),
    "Ms Anne-Claire Dufresne, Chief of Mission, International Organization for Migration, Paris",
    "Dear Ms Dufresne,",
    "GRANT OFFER: ASSISTED VOLUNTARY RETURN FROM THE NORD-PAS-DE-CALAIS",
    L("1. I am pleased to offer the International Organization for Migration (IOM) a grant of up to £850,000 "
      "(approximately €1,000,000) for the period 1 May 2013 to 31 March 2014, to support the voluntary return of "
      "migrants in the Calais and Dunkirk areas to their countries of origin.",
      F(850000, "GBP", "GB", "IOM", "pledge", "assisted voluntary return from the Calais and Dunkirk areas",
        alt_amount=1000000, alt_currency="EUR", period_text="for the period 1 May 2013 to 31 March 2014",
        period_start="2013-05-01", period_end="2014-03-31", note="ceiling of a grant offer (D11, D17)"),
      C("GB", "funding", "other", conf="borderline", note="an offer of money (D17)")),
    L("2. The grant is in addition to the £400,000 the Home Office paid IOM for the 2012 pilot, which assisted 312 "
      "people to return.",
      F(400000, "GBP", "GB", "IOM", "disbursed", "2012 voluntary return pilot"),
      S(312, "people", "exact", "people assisted to return under the 2012 pilot", "level",
        period_text="the 2012 pilot")),
    L("3. In 2012 the French authorities counted an average of 350 migrants in the Calais area on any one night, "
      "down from 600 in 2011.",
      S(350, "people", "exact", "average number of migrants present on any one night", "decrease",
        period_text="In 2012", period_start="2012-01-01", period_end="2012-12-31", location="Calais area"),
      S(600, "people", "exact", "average number of migrants present on any one night", "level",
        period_text="in 2011", period_start="2011-01-01", period_end="2011-12-31", location="Calais area")),
    L("4. Only 4% of those interviewed during the pilot had heard of voluntary return before reaching France, and "
      "half of the returnees were under 25.",
      S(4, "percent", "exact", "share of interviewees aware of voluntary return before reaching France", "level"),
      S(50, "percent", "exact", "share of returnees under 25", "level", note="'half' read as 50 percent (D6)")),
    L("5. Eighteen returnees have since received business grants in Afghanistan and Sudan.",
      S(18, "people", "exact", "returnees who received business grants", "level",
        location="Afghanistan and Sudan")),
    L("6. The Home Office expects some 500 people to return under the scheme in its first year.",
      N("statistics", "expected figure, not a figure about the world (D16)")),
    L("7. This offer is subject to the following conditions.",
      N("commitments", "bare lead-in (D2)")),
    L("7.1 IOM will use the grant only for the activities described in the project proposal of 4 March 2013.",
      C("IOM", "governance", "will")),
    L("7.2 IOM will counsel migrants in Calais and Dunkirk at least three days a week and will arrange flights, "
      "travel documents and a reintegration package for each returnee.",
      C("IOM", "returns", "will")),
    L("7.3 The reintegration package is worth up to £1,500 per returnee.",
      N("funding;statistics", "unit value per returnee, not a funding row")),
    L("7.4 IOM shall submit quarterly narrative and financial reports, the first by 31 July 2013.",
      C("IOM", "governance", "will", "by 31 July 2013", "2013-07-31")),
    L("7.5 IOM will not offer assistance to any person with an outstanding asylum claim in the United Kingdom.",
      C("IOM", "returns", "will", conf="borderline", note="negative undertaking (D3)")),
    L("7.6 The Home Office will pay the grant in quarterly instalments in arrears, on receipt of satisfactory "
      "reports.",
      C("GB", "funding", "will")),
    "8. Our own undertakings",
    L("8.1 The Home Office will second an immigration officer to IOM's office in Calais to verify identity and "
      "nationality.",
      C("GB", "returns", "will")),
    L("8.2 We have agreed with the French Ministry of the Interior that the Préfecture du Pas-de-Calais will refer "
      "to IOM those migrants who express an interest in return.",
      C("FR", "returns", "agree", note="reported undertaking of France (D1)")),
    L("8.3 The French authorities will also provide a room at the Calais sub-prefecture for weekly counselling "
      "sessions.",
      C("FR", "returns", "will")),
    L("8.4 The French Ministry of the Interior will contribute €300,000 to the project from its own return budget.",
      C("FR", "funding", "will"),
      F(300000, "EUR", "FR", "IOM", "pledge", "assisted voluntary return project",
        note="money from France's budget given to IOM for the joint project: funding, not an own cost")),
    L("8.5 The Home Office will decide by January 2014 whether to renew the grant for 2014/15, in the light of an "
      "evaluation.",
      C("GB", "governance", "will", "by January 2014", "2014-01-31")),
    L("9. I am grateful to IOM for the speed with which it set up the 2012 pilot.",
      N("all", "thanks")),
    L("10. Please confirm your acceptance by signing and returning the enclosed copy of this letter within 14 days.",
      N("commitments;statistics", "request to the addressee; the 14 days is a time limit")),
    "Yours sincerely,",
    "Richard Pembury, Director, International Directorate",
]
