from lib import L, C, F, S, N

DATE = "2022-04-07"
SLUG = "common-travel-area-immigration-forum-summary-record-14th-meeting"
TITLE = "Common Travel Area Immigration Forum: summary record of the 14th meeting"
PARTIES = "GB;IE"
DOC_TYPE = "other"
PLACE = "Dublin"
GENRE = ("Summary record of a bilateral officials' forum with a partner state (agenda items, points noted, "
         "numbered action log)")
STRESS = ("the date only as an unpadded numeric date between the venue and the meeting times ('Dublin \\| 7/4/2022 \\| "
          "10:30-13:00'); a later next-meeting date and an earlier previous-meeting date in the body")
THIRD = "Ireland (party, actor, donor); France acts in a reported undertaking (liaison officer at Cherbourg)"

LINES = [
    "Common Travel Area Immigration Forum",
    "Summary record of the 14th meeting",
    L("Venue: Department of Justice, St Stephen's Green, Dublin | 7/4/2022 | 10:30-13:00",
      N("statistics", "venue line with date and times")),
    "Present: Home Office (co-chair); Department of Justice (co-chair); Border Force; Garda National Immigration "
    "Bureau (GNIB); Police Service of Northern Ireland; Irish Naturalisation and Immigration Service.",
    L("Item 1. The record of the 13th meeting, held on 4 November 2021, was agreed.",
      N("all", "meeting number and date; a past agreement of the record")),
    "Item 2. Secondary movement",
    L("2.1 GNIB reported that 1,420 people had been refused leave to land at Dublin Airport in 2021, a fall of 28% on "
      "2019.",
      S(1420, "people", "exact", "people refused leave to land", "level", period_text="in 2021",
        period_start="2021-01-01", period_end="2021-12-31", location="Dublin Airport",
        note="refusals on arrival count people (D8)"),
      S(28, "percent", "exact", "people refused leave to land", "decrease", period_text="on 2019",
        location="Dublin Airport")),
    L("2.2 Border Force said that detections at Cairnryan and Holyhead of people travelling from Ireland without "
      "leave had roughly doubled since 2020, to around 600.",
      S(2, "factor", "approximately", "detections of people travelling from Ireland without leave", "increase",
        period_text="since 2020", location="Cairnryan and Holyhead"),
      S(600, "people", "approximately", "detections of people travelling from Ireland without leave", "increase",
        location="Cairnryan and Holyhead", note="end point of a change 'to around 600' (D5); detected on "
                                                 "arrival, so people (D8)")),
    L("2.3 Irish officials noted that the ferry routes from Cherbourg and Roscoff to Rosslare now account for about "
      "30% of asylum seekers first encountered at Irish ports, against 9% in 2019.",
      S(30, "percent", "approximately", "share of asylum seekers first encountered at ports arriving via French "
        "ferry routes", "level", location="Rosslare"),
      S(9, "percent", "exact", "share of asylum seekers first encountered at ports arriving via French ferry routes",
        "level", period_text="in 2019", period_start="2019-01-01", period_end="2019-12-31", location="Rosslare")),
    L("2.4 Ireland has received some 24,000 people from Ukraine since 24 February.",
      S(24000, "people", "approximately", "people received from Ukraine", "level",
        period_text="since 24 February", period_start="2022-02-24", period_end="2022-04-07", location="Ireland")),
    L("2.5 Members discussed whether the CTA arrangements could be placed on a statutory footing; no conclusion was "
      "reached.",
      N("commitments", "record of a discussion")),
    "Item 3. Travel authorisation and visas",
    L("3.1 The Home Office confirmed that electronic travel authorisation would not be required of Irish citizens and "
      "that it would publish guidance for travellers from Ireland before the scheme opens.",
      C("GB", "border_security", "will", "before the scheme opens", "",
        note="reported undertaking (D1); relative anchor, no date (D13)")),
    L("3.2 The Department of Justice undertook to consider aligning Ireland's visa list with the UK's for six more "
      "countries by the end of the year.",
      C("IE", "legal_framework", "undertake", "by the end of the year", "2022-12-31")),
    L("3.3 Both sides agreed to exchange data weekly on people arriving under their Ukraine schemes.",
      C("GB;IE", "legal_framework", "agree")),
    "Item 4. Ports",
    L("4.1 Border Force and GNIB will run a joint operation at Holyhead and Dublin Port during the summer months.",
      C("GB;IE", "border_security", "will", "during the summer months", "2022-08-31")),
    L("4.2 Ireland will deploy additional GNIB officers to Rosslare to meet the Cherbourg and Roscoff sailings from "
      "June.",
      C("IE", "border_security", "will", "from June", "2022-06-30", note="start phrase (D4)")),
    L("4.3 The Home Office offered to fund e-passport readers at Rosslare up to a value of £250,000 (€295,000); the "
      "Department of Justice accepted.",
      C("GB", "funding", "other", conf="borderline", note="an accepted offer (D17)"),
      F(250000, "GBP", "GB", "IE (Department of Justice)", "pledge", "e-passport readers at Rosslare",
        alt_amount=295000, alt_currency="EUR", note="ceiling (D11)")),
    L("4.4 Ireland will contribute €150,000 a year for two years to the joint analysis cell in Belfast.",
      C("IE", "funding", "will"),
      F(150000, "EUR", "IE", "joint analysis cell, Belfast", "pledge", "joint analysis cell", per_year=True,
        years=2, period_text="a year for two years")),
    L("4.5 The Home Office has spent £90,000 this year on joint training for GNIB and Border Force officers.",
      F(90000, "GBP", "GB", "joint training (Border Force and GNIB)", "disbursed", "joint training",
        period_text="this year", period_start="2022-01-01", period_end="2022-04-07")),
    L("4.6 The Department of Justice noted that its own budget for immigration enforcement in 2022 is €62 million.",
      N("funding", "Ireland's own budget (D10)")),
    "Item 5. France",
    L("5.1 Irish officials reported that the French authorities have agreed to place a liaison officer of the Police "
      "aux Frontières at Cherbourg port from September.",
      C("FR", "policing_intelligence", "agree", "from September", "2022-09-30",
        note="reported undertaking of a state that is not a party (D1, D4)")),
    L("5.2 The UK and Ireland will write jointly to the French authorities before the end of May to propose a "
      "trilateral meeting of officials.",
      C("GB;IE", "eu_international", "will", "before the end of May", "2022-05-31")),
    "Actions",
    L("A14/1: GNIB to share monthly refusal figures with Border Force, starting in May.",
      C("IE", "policing_intelligence", "other", "starting in May", "2022-05-31", note="action-log item (D12, D4)")),
    L("A14/2: Home Office and Department of Justice to report on the travel authorisation guidance to the next "
      "meeting.",
      C("GB;IE", "governance", "other", "to the next meeting", "", note="action-log item (D12); relative anchor (D13)")),
    L("The co-chairs thanked the Department of Justice for hosting.",
      N("all", "thanks")),
    L("This record is not a verbatim account and does not commit either Government.",
      N("commitments", "disclaimer")),
    L("Date of next meeting: 13 October 2022, London",
      N("all", "next-meeting date")),
]
