from lib import L, C, F, S, N

DATE = "2019-03-14"
SLUG = "readout-home-secretary-viet-nam-deputy-minister"
TITLE = "Home Secretary meets Viet Nam's Deputy Minister of Public Security"
PARTIES = "GB;VN"
DOC_TYPE = "other"
PLACE = "Hanoi"
GENRE = "Government readout of a bilateral ministerial meeting (news-story page with summary and agreed actions)"
STRESS = "place given only inside the first sentence of the body"
THIRD = "Viet Nam (party, actor); IOM (actor, recipient of UK money); France acts in a trilateral undertaking"

A = "GB;VN"

LINES = [
    "News story",
    "Home Secretary meets Viet Nam's Deputy Minister of Public Security",
    "The two ministers discussed illegal migration, modern slavery and returns.",
    "From: Home Office",
    "Published 14 March 2019",
    L("The Home Secretary met Viet Nam's Deputy Minister of Public Security, Lieutenant General Tran Van Hoa, in "
      "Hanoi today to discuss cooperation against illegal migration and modern slavery.",
      N("commitments", "report of a meeting", q="to discuss cooperation against illegal migration and modern slavery")),
    L("In 2018, 1,480 Vietnamese nationals were detected entering or trying to enter the UK clandestinely, a rise of "
      "35% on 2017.",
      S(1480, "people", "exact", "Vietnamese nationals detected entering or trying to enter the UK clandestinely",
        "level", period_text="In 2018", period_start="2018-01-01", period_end="2018-12-31",
        note="mixes entries and attempts; people"),
      S(35, "percent", "exact", "change in Vietnamese nationals detected, 2018 vs 2017", "increase")),
    L("The number of Vietnamese nationals found in lorries at Calais doubled over the same period.",
      S(2, "factor", "exact", "Vietnamese nationals found in lorries at Calais", "increase",
        period_text="over the same period", location="Calais")),
    L("Vietnamese nationals were also the third largest group of potential victims of modern slavery referred to "
      "the National Referral Mechanism.",
      N("statistics", "a rank, not a count", q="the third largest group")),
    L("There were 702 such referrals last year.",
      S(702, "people", "exact", "Vietnamese potential victims of modern slavery referred to the NRM", "level",
        period_text="last year", period_start="2018-01-01", period_end="2018-12-31")),
    L("Of the 61 Vietnamese nationals returned from the UK in 2018, 44 went home voluntarily.",
      S(61, "people", "exact", "Vietnamese nationals returned from the UK", "level", period_text="in 2018",
        period_start="2018-01-01", period_end="2018-12-31"),
      S(44, "people", "exact", "Vietnamese nationals returned voluntarily from the UK", "level",
        period_text="in 2018", period_start="2018-01-01", period_end="2018-12-31")),
    L("During the meeting, the two ministers agreed to:",
      N("commitments", "bare lead-in; its items are the commitments")),
    L("- sign a new memorandum of understanding on returns before the end of the year;",
      C(A, "returns", "agree", "before the end of the year", "2019-12-31",
        q="sign a new memorandum of understanding on returns before the end of the year")),
    L("- set up a joint working group on trafficking, which will meet every six months;",
      C(A, "policing_intelligence", "agree", q="set up a joint working group on trafficking, which will meet every "
        "six months")),
    L("- exchange liaison officers, with the UK posting a second Immigration Enforcement officer to Hanoi in the "
      "summer and Viet Nam posting a police officer to London;",
      C(A, "policing_intelligence", "agree", "in the summer", "2019-08-31",
        q="exchange liaison officers, with the UK posting a second Immigration Enforcement officer to Hanoi in the "
          "summer and Viet Nam posting a police officer to London",
        note="both act in the item; the deadline bounds the UK posting")),
    L("- run a joint information campaign in Nghe An and Ha Tinh provinces on the risks of travelling illegally to "
      "Europe.",
      C(A, "information_campaigns", "agree", q="run a joint information campaign in Nghe An and Ha Tinh provinces "
        "on the risks of travelling illegally to Europe")),
    L("Viet Nam has also committed to issuing travel documents for its nationals within 30 days of a request.",
      C("VN", "returns", "commit")),
    L("The UK will provide £1.5 million over three years to the International Organization for Migration for "
      "reintegration support to returnees in Viet Nam.",
      C("GB", "returns", "will"),
      F(1500000, "GBP", "GB", "IOM", "pledge", "reintegration support to returnees in Viet Nam",
        period_text="over three years", note="one sum for a three-year period: per_year false, years 1")),
    L("IOM will deliver the programme with the Ministry of Labour, Invalids and Social Affairs and expects to "
      "support around 600 returnees a year.",
      C("IOM", "returns", "will", q="IOM will deliver the programme with the Ministry of Labour, Invalids and Social "
        "Affairs"),
      N("statistics", "expected programme output, a target not a count", q="around 600 returnees a year")),
    L("Since 2016 the UK has contributed £2.3 million to anti-trafficking projects in Viet Nam.",
      F(2300000, "GBP", "GB", "VN", "disbursed", "anti-trafficking projects in Viet Nam",
        period_text="Since 2016", period_start="2016-01-01", period_end="2019-03-14")),
    L("The ministers also discussed France's role as a transit country.",
      N("commitments", "meeting report, no undertaking")),
    L("The Home Secretary said that the UK, France and Viet Nam would hold a first trilateral meeting in Paris in "
      "the autumn.",
      C("GB;FR;VN", "upstream_cooperation", "will", "in the autumn", "2019-11-30",
        note="reported speech ('would'): the three states act")),
    L("The French Government has agreed to second an officer to the joint working group.",
      C("FR", "policing_intelligence", "agree")),
    "The Home Secretary said:",
    L("\"Criminal gangs treat vulnerable Vietnamese people as a commodity at every step of the journey to the UK.",
      N("commitments", "statement of belief in a quotation",
        q="Criminal gangs treat vulnerable Vietnamese people as a commodity")),
    L("We will work with Viet Nam, and with France, to break their business model, and we will support victims to "
      "rebuild their lives.\"",
      C("GB", "policing_intelligence", "will",
        q="We will work with Viet Nam, and with France, to break their business model, and we will support victims "
          "to rebuild their lives.",
        note="the Home Secretary's first person: GB; partners are objects of 'with'")),
    L("The UK will also fund 20 places in a shelter for trafficking victims in Hanoi, at a cost of £180,000 this "
      "year.",
      C("GB", "reception_welfare", "will"),
      F(180000, "GBP", "GB", "VN (shelter for trafficking victims)", "pledge", "20 shelter places in Hanoi",
        period_text="this year", period_start="2019-01-01", period_end="2019-12-31",
        note="calendar year of the document"),
      N("statistics", "number inside the commitment's target", q="fund 20 places in a shelter")),
]
