from lib import L, C, F, S, N

DATE = "2017-02-07"
SLUG = "home-affairs-committee-oral-evidence-channel"
TITLE = "Oral evidence: The Home Office's work on the Channel border, HC 890"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Select committee oral evidence transcript (numbered questions, minister and official as witnesses)"
STRESS = "date written with the weekday in the sitting line and again in an 'Ordered ... to be published' line"
THIRD = "none (France acts in reported undertakings and receives UK money)"

LINES = [
    "Home Affairs Committee",
    L("Oral evidence: The Home Office's work on the Channel border, HC 890",
      N("statistics", "House paper number", q="HC 890")),
    "Tuesday 7 February 2017",
    "Ordered by the House of Commons to be published on 7 February 2017.",
    "Watch the meeting",
    "Members present: Yvonne Cartwright (Chair); Daniel Oke; Martin Sayle; Priya Venn.",
    L("Questions 101-108", N("statistics", "question numbering", q="Questions 101-108")),
    "Witnesses: Graham Lisle MP, Minister of State for Immigration, Home Office, and Helen Marsh, Director General, "
    "Border Force.",
    "Q101 Chair: Minister, the camp at Calais was cleared in October. How many people have tried to reach the UK "
    "from northern France since then?",
    L("Graham Lisle: Border Force and the French police have prevented just over 4,200 attempts to enter the UK "
      "clandestinely at Calais and Dunkirk since 1 November, against almost 11,000 in the same period a year "
      "earlier.",
      S(4200, "attempts", "more_than", "clandestine entry attempts prevented at Calais and Dunkirk", "level",
        period_text="since 1 November", period_start="2016-11-01", period_end="2017-02-07",
        location="Calais and Dunkirk"),
      S(11000, "attempts", "approximately", "clandestine entry attempts prevented at Calais and Dunkirk", "level",
        period_text="the same period a year earlier", period_start="2015-11-01", period_end="2016-02-07",
        location="Calais and Dunkirk")),
    L("That is a fall of more than 60%.",
      S(60, "percent", "more_than", "change in attempts prevented, year on year", "decrease",
        location="Calais and Dunkirk")),
    "Q102 Chair: But people are still arriving in the area.",
    L("Helen Marsh: They are. The French authorities estimate that between 300 and 400 migrants are now in the Calais "
      "area, and around 700 in the Dunkirk area.",
      S(300, "people", "approximately", "migrants present in the Calais area (lower bound)", "level",
        location="Calais", note="range: one row per bound, both approximate"),
      S(400, "people", "approximately", "migrants present in the Calais area (upper bound)", "level",
        location="Calais", note="range: one row per bound, both approximate"),
      S(700, "people", "approximately", "migrants present in the Dunkirk area", "level", location="Dunkirk")),
    "Q103 Priya Venn: What is the Government doing to stop them reaching the port?",
    L("Graham Lisle: We are working hand in hand with the French. We will complete the new barrier along the port "
      "approach road by the end of March.",
      C("GB", "border_security", "will", "by the end of March", "2017-03-31",
        q="We will complete the new barrier along the port approach road by the end of March.")),
    L("We will also install additional CCTV and infrared detection at the Dunkirk ferry terminal during the spring.",
      C("GB", "border_security", "will", "during the spring", "2017-05-31")),
    L("Since September we have paid the French authorities £17 million for security at Calais and Coquelles.",
      F(17000000, "GBP", "GB", "FR", "disbursed", "security at Calais and Coquelles",
        period_text="Since September", period_start="2016-09-01", period_end="2017-02-07",
        note="UK money paid to the French authorities")),
    L("Subject to the completion of the current works, we will provide a further £25 million in 2017-18.",
      C("GB", "funding", "will", note="conditional undertaking"),
      F(25000000, "GBP", "GB", "FR", "pledge", "further security works in northern France",
        period_text="in 2017-18", period_start="2017-04-01", period_end="2018-03-31")),
    L("Q104 Martin Sayle: Will you publish the agreement with France on that money?",
      N("commitments", "a member's question", q="Will you publish the agreement with France on that money?")),
    L("Graham Lisle: I will write to the Committee with the details by the end of the month.",
      C("GB", "governance", "will", "by the end of the month", "2017-02-28")),
    "Q105 Daniel Oke: What about unaccompanied children?",
    L("Helen Marsh: Since October, 812 children have been transferred from France to the United Kingdom, about 530 "
      "of them under the Dublin rules.",
      S(812, "people", "exact", "unaccompanied children transferred from France to the UK", "level",
        period_text="Since October", period_start="2016-10-01", period_end="2017-02-07"),
      S(530, "people", "approximately", "children transferred under the Dublin rules", "level",
        period_text="Since October", period_start="2016-10-01", period_end="2017-02-07")),
    L("Graham Lisle: The French have told us that they will open two more reception centres for minors in the "
      "Hauts-de-France region before the summer.",
      C("FR", "reception_welfare", "will", "before the summer", "2017-05-31",
        q="The French have told us that they will open two more reception centres for minors"
          " in the Hauts-de-France region before the summer."),
      N("statistics", "number inside the commitment's target", q="two more reception centres for minors")),
    L("We do not intend to reopen the transfer scheme beyond the children already identified.",
      C("GB", "asylum", "intend", note="negative intention")),
    "Q106 Chair: We heard last week that conditions in those centres are poor.",
    L("Graham Lisle: I do not accept that. The centres are run by the French state, which has spent more than "
      "€40 million on them since October.",
      N("funding", "France's own spending on its centres", q="which has spent more than €40 million on them")),
    L("We have contributed £3.2 million towards their running costs.",
      F(3200000, "GBP", "GB", "FR", "disbursed", "running costs of reception centres for minors in France")),
    "Q107 Priya Venn: Will Border Force have more staff?",
    L("Helen Marsh: Border Force will deploy a further 30 officers to the juxtaposed controls from April.",
      C("GB", "border_security", "will", "from April", "2017-04-30",
        q="Border Force will deploy a further 30 officers to the juxtaposed controls from April.",
        note="start month resolved to its last day, as 'begin in October' in the guideline"),
      N("statistics", "number inside the commitment's target", q="a further 30 officers")),
    L("The Home Office also intends to bring forward regulations on the searching of vehicles this year.",
      C("GB", "legal_framework", "intend", "this year", "2017-12-31")),
    L("Q108 Chair: Thank you both. The Committee will return to this in the summer.",
      N("commitments", "the committee's own timetable, not a party's undertaking",
        q="The Committee will return to this in the summer.")),
]
