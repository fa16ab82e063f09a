from lib import L, C, F, S, N

DATE = "2018-10-04"
SLUG = "transcript-joint-press-conference-home-secretary-italian-interior-minister"
TITLE = "Home Secretary and Italian Interior Minister joint press conference: transcript"
PARTIES = "GB;IT"
DOC_TYPE = "other"
PLACE = "Rome"
GENRE = "Transcript of a bilateral joint press conference of two interior ministers (statements, journalists' questions)"
STRESS = "dateline gives weekday, day and month only; the year appears only in the copyright footer"
THIRD = "Italy (party, actor); IOM (recipient of UK money); European Union (recipient: EU Trust Fund for Africa)"

LINES = [
    "Home Office",
    "Transcript",
    "Home Secretary and Italian Interior Minister joint press conference: transcript",
    "ROME, Thursday 4 October",
    "Transcript of the press conference at the Viminale, exactly as it was delivered.",
    L("HOME SECRETARY (Alistair Penrose): Grazie, Carlo, and thank you for your hospitality this morning.",
      N("commitments", "thanks")),
    "Carlo and I have spoken often over the summer, and I am glad that we could meet in person today.",
    L("We have just agreed a joint work plan on the smuggling of migrants from Libya through Italy to northern "
      "France and the Channel.",
      N("commitments", "report of an agreement just reached; the undertakings follow")),
    L("Under that plan our two countries will set up a joint investigation team on the networks that move people "
      "along that route.",
      C("GB;IT", "policing_intelligence", "will")),
    L("The National Crime Agency will post two more officers to Rome by the end of November.",
      C("GB", "policing_intelligence", "will", "by the end of November", "2018-11-30")),
    L("Britain will also give €4 million a year in 2018 and 2019 to the International Organization for Migration "
      "for voluntary returns from Libya and Niger.",
      C("GB", "funding", "will"),
      F(4000000, "EUR", "GB", "IOM", "pledge", "IOM voluntary returns from Libya and Niger", per_year=True,
        years=2, period_text="a year in 2018 and 2019", period_start="2018-01-01", period_end="2019-12-31")),
    L("MINISTER BENEDETTI (through an interpreter): Italy will register and fingerprint every migrant who lands on "
      "its shores, as the Dublin rules require.",
      C("IT", "asylum", "will")),
    "The central Mediterranean is not only an Italian border; it is Europe's border, and the Channel is its "
    "northern end.",
    L("Arrivals by sea have fallen by 80% this year compared with last year, to about 21,000 people.",
      S(80, "percent", "exact", "change in sea arrivals in Italy, year to date against last year", "decrease",
        period_text="this year", period_start="2018-01-01", period_end="2018-10-04", location="Italy"),
      S(21000, "people", "approximately", "sea arrivals in Italy", "decrease",
        period_text="this year", period_start="2018-01-01", period_end="2018-10-04", location="Italy",
        note="new level after a stated fall takes the fall's direction (README D9)")),
    L("We have repatriated 5,300 people so far this year, against 6,500 in the whole of 2017.",
      S(5300, "people", "exact", "people repatriated from Italy", "level",
        period_text="so far this year", period_start="2018-01-01", period_end="2018-10-04", location="Italy"),
      S(6500, "people", "exact", "people repatriated from Italy", "level",
        period_text="in the whole of 2017", period_start="2017-01-01", period_end="2017-12-31", location="Italy")),
    L("Italy intends to double the number of its repatriation agreements with African states before the European "
      "elections.",
      C("IT", "returns", "intend", "before the European elections", ""),
      N("statistics", "factor inside the commitment's target", q="double the number of its repatriation agreements")),
    L("Italy will also host in Rome next spring a conference of the countries of origin and transit on the central "
      "Mediterranean route, which the United Kingdom will co-chair.",
      C("GB;IT", "upstream_cooperation", "will", "next spring", "2019-05-31")),
    L("QUESTION (BBC): Home Secretary, will you send Border Force cutters to the Mediterranean?",
      N("commitments", "journalist's question")),
    L("HOME SECRETARY: So far this year 224 people have reached the UK in small boats, and the French authorities "
      "have stopped another 188 before they left the beach.",
      S(224, "people", "exact", "people reaching the UK in small boats", "level",
        period_text="So far this year", period_start="2018-01-01", period_end="2018-10-04", location="Channel"),
      S(188, "attempts", "exact", "small-boat departures stopped by the French authorities", "level",
        period_text="So far this year", period_start="2018-01-01", period_end="2018-10-04",
        location="northern France")),
    "These crossings are dangerous, and the gangs who organise them care nothing for the lives of the people they "
    "put in those boats.",
    L("That is small next to the Mediterranean, but the number has tripled since the summer.",
      S(3, "factor", "exact", "change in small-boat crossings since the summer", "increase",
        period_text="since the summer", location="Channel")),
    L("We will not send cutters this winter, but we will keep one on standby for Frontex's Operation Themis.",
      C("GB", "eu_international", "will")),
    L("QUESTION (RAI): Minister, will Italy receive more money from London?",
      N("commitments", "journalist's question")),
    L("MINISTER BENEDETTI: The UK has already paid €2.5 million this year into the EU Trust Fund for Africa for "
      "Libya.",
      F(2500000, "EUR", "GB", "European Union", "disbursed", "EU Trust Fund for Africa, Libya window",
        period_text="this year", period_start="2018-01-01", period_end="2018-10-04")),
    L("I believe that Europe will only solve this problem together.",
      N("commitments", "belief")),
    L("HOME SECRETARY: One last point: Britain and Italy will exchange liaison officers at Calais and at "
      "Ventimiglia from January.",
      C("GB;IT", "policing_intelligence", "will", "from January", "2019-01-31",
        q="Britain and Italy will exchange liaison officers at Calais and at Ventimiglia from January.")),
    L("Our two ministries will meet again in London in March to review the plan.",
      C("GB;IT", "governance", "will", "in March", "2019-03-31")),
    "ENDS",
    L("Published by the Home Office, 2 Marsham Street, London | © Crown copyright 2018",
      N("statistics", "copyright year and street number", q="© Crown copyright 2018")),
]
