from lib import L, C, F, S, N

DATE = "2004-03-11"
SLUG = "lords-debate-channel-ports"
TITLE = "Channel Ports: Clandestine Entry"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = ""
GENRE = "House of Lords debate extract (oral question with supplementaries)"
STRESS = "date written only in words in the sitting header"
THIRD = "mentions Belgium (Brussels-Midi) as a future partner; no third-state party"

LINES = [
    "HOUSE OF LORDS",
    "Thursday, the eleventh of March, two thousand and four",
    "Channel Ports: Clandestine Entry",
    L("3.07 pm", N("statistics", "time of sitting, not a figure about the world")),
    "Lord Fenwick asked Her Majesty's Government:",
    "What progress they have made with the French authorities in reducing clandestine entry to the United Kingdom "
    "through the Channel ports.",
    "The Minister of State, Home Office (Baroness Arden of Thorne): My Lords, the picture has changed considerably "
    "since the closure of the Sangatte centre.",
    L("Detections of clandestine entrants at Calais and Coquelles fell by 87 per cent between 2002 and 2003.",
      S(87, "percent", "exact", "detections of clandestine entrants", "decrease", period_text="between 2002 and 2003",
        period_start="2002-01-01", period_end="2003-12-31", location="Calais and Coquelles")),
    L("In the twelve months to January 2004, 3,412 people were found concealed in lorries at the two sites, against "
      "11,960 in the previous twelve months.",
      S(3412, "attempts", "exact", "people found concealed in lorries", "level",
        period_text="In the twelve months to January 2004", period_start="2003-02-01", period_end="2004-01-31",
        location="Calais and Coquelles", note="intercepted entries count attempts"),
      S(11960, "attempts", "exact", "people found concealed in lorries", "level",
        period_text="the previous twelve months", period_start="2002-02-01", period_end="2003-01-31",
        location="Calais and Coquelles", note="comparison figure: its own row")),
    L("The Police aux Frontières has doubled its strength at Calais, to some 450 officers.",
      S(2, "factor", "exact", "Police aux Frontières strength", "increase", location="Calais"),
      S(450, "officers", "approximately", "Police aux Frontières officers", "level", location="Calais")),
    L("The Government will extend juxtaposed controls to Dunkirk by the end of this year.",
      C("GB", "border_security", "will", "by the end of this year", "2004-12-31")),
    L("We have also agreed with the French Government that 40 additional British immigration officers will be "
      "posted to the French ports before the summer.",
      C("GB;FR", "border_security", "agree", "before the summer", "2004-05-31",
        note="both governments agreed; the officers are British"),
      N("statistics", "number inside a commitment's target", q="40 additional British immigration officers")),
    L("In addition, the UK Immigration Service will install heartbeat and carbon dioxide detectors on every freight "
      "lane at Calais by September.",
      C("GB", "border_security", "will", "by September", "2004-09-30")),
    L("Lord Fenwick: My Lords, I am grateful to the noble Baroness. Does she accept that the new controls cost some "
      "£18 million a year and that the burden falls entirely on the British taxpayer?",
      N("funding", "running cost of controls raised in a question, not money given")),
    "Baroness Arden of Thorne: My Lords, the burden is shared.",
    L("The United Kingdom has contributed £6.5 million to search facilities at Calais since 2002, and France has met "
      "the cost of the additional police posts.",
      F(6500000, "GBP", "GB", "FR", "disbursed", "search facilities at Calais", period_text="since 2002",
        period_start="2002-01-01")),
    L("We will provide a further £3 million in 2004-05 for detection equipment at Dunkirk.",
      C("GB", "funding", "will"),
      F(3000000, "GBP", "GB", "FR", "pledge", "detection equipment at Dunkirk", period_text="in 2004-05",
        period_start="2004-04-01", period_end="2005-03-31")),
    L("Baroness Lydgate: My Lords, I welcome the progress that the Minister has described. How many asylum claims "
      "were made at the juxtaposed controls last year, and who decides them?",
      N("commitments", "welcome and a question", q="I welcome the progress that the Minister has described")),
    L("Baroness Arden of Thorne: My Lords, 268 claims were lodged at the juxtaposed controls in 2003, fewer than 2 "
      "per cent of all claims made at ports.",
      S(268, "other", "exact", "asylum claims lodged at the juxtaposed controls", "level", period_text="in 2003",
        period_start="2003-01-01", period_end="2003-12-31", note="claims, not persons: unit other (D3)"),
      S(2, "percent", "less_than", "share of all asylum claims made at ports", "level", period_text="in 2003",
        period_start="2003-01-01", period_end="2003-12-31")),
    L("Under the treaty signed at Le Touquet on 4 February 2003, the French authorities have undertaken to examine "
      "any such claims in France, and they will continue to do so.",
      C("FR", "asylum", "undertake", note="restated earlier undertaking plus 'will continue'"),
      N("statistics", "date of an earlier treaty, not a figure", q="4 February 2003")),
    L("Lord Stainforth: My Lords, will the Government undertake to publish detection figures for each port?",
      N("commitments", "question by a peer, not an undertaking")),
    L("Baroness Arden of Thorne: My Lords, I can give that undertaking: the Home Office will begin publishing "
      "quarterly detection figures for each port in April.",
      C("GB", "governance", "will", "in April", "2004-04-30")),
    L("The two Governments will also set up a joint intelligence cell at Coquelles to target the gangs who organise "
      "these journeys.",
      C("GB;FR", "policing_intelligence", "will")),
    L("We also intend to double the number of returns to France under the Dublin Convention this year.",
      C("GB", "asylum", "intend", "this year", "2004-12-31", note="Dublin transfers: asylum theme"),
      N("statistics", "factor inside a commitment's target",
        q="double the number of returns to France under the Dublin Convention")),
    L("British and French Ministers intend to review the whole of the arrangements at the next UK-France summit.",
      C("GB;FR", "governance", "intend", "at the next UK-France summit", "")),
    L("Lord Fenwick: My Lords, I believe that without a British presence at Brussels-Midi the problem will simply "
      "move to the Eurostar.",
      N("commitments", "belief and prediction by a peer")),
    "Baroness Arden of Thorne: My Lords, the noble Lord makes a fair point.",
    L("The Government are committed to extending juxtaposed controls to Brussels-Midi with the Belgian authorities.",
      C("GB", "eu_international", "commit", note="work with a partner state (Belgium)")),
    L("I expect an agreement to be signed within six months.",
      N("commitments", "expectation, not an undertaking")),
]
