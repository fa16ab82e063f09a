from lib import L, C, F, S, N

DATE = "2010-01-12"
SLUG = "commons-library-standard-note-calais-juxtaposed-controls"
TITLE = "Calais: migrants and the juxtaposed controls"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "House of Commons Library standard note (neutral research briefing reporting both Governments' commitments)"
STRESS = "date only in a 'Last updated:' field inside a block of note codes (standard note number, author, section)"
THIRD = "France acts jointly and alone; European Commission (donor, European Return Fund); Belgium and Italy named as partners in a reported item"

A = "GB;FR"

LINES = [
    "Calais: migrants and the juxtaposed controls",
    L("Standard Note: SN/HA/5298", N("statistics", "note reference number", q="SN/HA/5298")),
    "Last updated: 12 January 2010",
    "Author: Eleanor Castell",
    "Section: Home Affairs Section",
    "This note summarises cooperation between the United Kingdom and France at Calais since the closure of the "
    "Sangatte centre, and the commitments the two Governments made in 2009. It does not cover asylum support in the "
    "United Kingdom.",
    "1 Background",
    L("The Red Cross centre at Sangatte closed in December 2002 after housing, by French estimates, some 67,000 "
      "people in just over three years.",
      S(67000, "people", "approximately", "people housed at the Sangatte centre", "level",
        period_text="in just over three years", location="Sangatte")),
    L("The Treaty of Le Touquet, signed on 4 February 2003, allows each State to run immigration controls on the "
      "other's territory at the Channel ports.",
      N("statistics", "date of a treaty", q="signed on 4 February 2003")),
    L("In September 2009 the French authorities cleared the largest of the informal camps near the port and "
      "detained 278 people, around half of whom said they were minors.",
      S(278, "people", "exact", "people detained when the largest Calais camp was cleared", "level",
        period_text="In September 2009", period_start="2009-09-01", period_end="2009-09-30", location="Calais"),
      S(50, "percent", "approximately", "share of detained people who said they were minors", "level",
        period_text="In September 2009", period_start="2009-09-01", period_end="2009-09-30", location="Calais")),
    "2 The 2009 arrangements",
    L("On 14 July 2009 the Home Secretary and the French Minister of the Interior signed an administrative "
      "arrangement on the Channel ports. Under it the two Governments agreed to:",
      N("commitments", "bare lead-in; its items are the commitments", q="Under it the two Governments agreed to:")),
    L("- create a joint operational coordination centre in Coquelles, due to open by the end of March 2010;",
      C(A, "policing_intelligence", "agree", "by the end of March 2010", "2010-03-31",
        q="create a joint operational coordination centre in Coquelles, due to open by the end of March 2010")),
    L("- organise joint charter flights to return illegal migrants to their countries of origin, the first of which "
      "is planned for the spring;",
      C(A, "returns", "agree", "for the spring", "2010-05-31",
        q="organise joint charter flights to return illegal migrants to their countries of origin, the first of "
          "which is planned for the spring")),
    L("- strengthen the protection of the port of Calais with a new perimeter fence, which was completed in "
      "November 2009;",
      C(A, "border_security", "agree",
        q="strengthen the protection of the port of Calais with a new perimeter fence, which was completed in "
          "November 2009",
        conf="borderline", note="reported commitment already fulfilled before the note's date")),
    L("- work with partner states, notably Belgium and Italy, and with countries of transit.",
      C(A, "eu_international", "agree",
        q="work with partner states, notably Belgium and Italy, and with countries of transit")),
    L("The Government has said that it will keep the arrangement under review and report to Parliament on its "
      "operation at least once a year.",
      C("GB", "governance", "will")),
    L("The French Government has stated that it will not allow a new reception centre to open on the coast.",
      C("FR", "reception_welfare", "will", note="reported negative undertaking")),
    L("Ministers also undertook to hold the next bilateral meeting on the ports before the summer.",
      C(A, "governance", "undertake", "before the summer", "2010-05-31",
        note="'Ministers' in a note on both Governments: joint subject")),
    "3 Funding",
    L("The United Kingdom agreed to pay £15 million towards new security measures at Calais over 2009-10 and "
      "2010-11.",
      C("GB", "funding", "agree", conf="borderline",
        note="reported undertaking whose period has begun; part already paid"),
      F(15000000, "GBP", "GB", "FR", "pledge", "new security measures at the port of Calais",
        period_text="over 2009-10 and 2010-11", period_start="2009-04-01", period_end="2011-03-31",
        note="one sum for one two-year period: per_year false, years 1")),
    L("By December 2009, £6.2 million of that sum had been paid.",
      F(6200000, "GBP", "GB", "FR", "disbursed", "new security measures at the port of Calais (paid part)",
        period_text="By December 2009", period_end="2009-12-31",
        note="paid part of the £15 million pledge, reported as its own quantified amount")),
    L("France meets the cost of its own police presence, which the French Senate put at €44 million in 2008.",
      N("funding", "France's own police costs, not money given", q="which the French Senate put at €44 million in 2008")),
    L("In addition, the European Commission has awarded France €3.8 million from the European Return Fund for the "
      "joint flights in 2010.",
      F(3800000, "EUR", "European Commission", "FR", "pledge", "joint UK-French charter return flights",
        period_text="in 2010", period_start="2010-01-01", period_end="2010-12-31",
        note="awarded for the coming year, not yet spent")),
    "4 Statistics",
    "Table 1: Clandestine entrants detected at the juxtaposed controls",
    "| Year | Calais | Coquelles | Dunkirk |",
    L("| 2007 | 9,400 | 6,100 | 2,700 |",
      S(9400, "attempts", "exact", "clandestine entrants detected at the juxtaposed controls", "level",
        period_text="2007", period_start="2007-01-01", period_end="2007-12-31", location="Calais"),
      S(6100, "attempts", "exact", "clandestine entrants detected at the juxtaposed controls", "level",
        period_text="2007", period_start="2007-01-01", period_end="2007-12-31", location="Coquelles"),
      S(2700, "attempts", "exact", "clandestine entrants detected at the juxtaposed controls", "level",
        period_text="2007", period_start="2007-01-01", period_end="2007-12-31", location="Dunkirk")),
    L("| 2008 | 11,900 | 7,300 | 3,100 |",
      S(11900, "attempts", "exact", "clandestine entrants detected at the juxtaposed controls", "level",
        period_text="2008", period_start="2008-01-01", period_end="2008-12-31", location="Calais"),
      S(7300, "attempts", "exact", "clandestine entrants detected at the juxtaposed controls", "level",
        period_text="2008", period_start="2008-01-01", period_end="2008-12-31", location="Coquelles"),
      S(3100, "attempts", "exact", "clandestine entrants detected at the juxtaposed controls", "level",
        period_text="2008", period_start="2008-01-01", period_end="2008-12-31", location="Dunkirk")),
    L("Source: UK Border Agency, answer to a parliamentary question, HC Deb 3 December 2009 c1502W",
      N("statistics", "Hansard column reference", q="c1502W")),
    L("Figures for 2009 are not yet published. The Minister has told the House that detections at Calais fell by "
      "about a fifth in the first nine months of 2009.",
      S(20, "percent", "approximately", "change in detections at Calais, first nine months of 2009", "decrease",
        period_text="in the first nine months of 2009", period_start="2009-01-01", period_end="2009-09-30",
        location="Calais", note="'about a fifth' read as about 20%")),
    L("The note will be updated when the annual figures appear.",
      N("commitments", "the Library's own housekeeping, not a party's undertaking")),
    L("This information is provided to Members of Parliament in support of their parliamentary duties and is not "
      "intended to address the specific circumstances of any particular individual.",
      N("commitments", "disclaimer", q="is not intended to address the specific circumstances")),
]
