from lib import L, C, F, S, N

DATE = "2021-03-11"
SLUG = "uk-germany-joint-declaration-of-intent-migration"
TITLE = ("Joint Declaration of Intent between the Home Office of the United Kingdom of Great Britain and Northern "
         "Ireland and the Federal Ministry of the Interior, Building and Community of the Federal Republic of "
         "Germany on Cooperation in the Field of Migration")
PARTIES = "GB;DE"
DOC_TYPE = "declaration"
PLACE = "Berlin"
GENRE = "Bilateral joint declaration of intent (non-binding, 'Participants', numbered sections)"
STRESS = "two signature dates and places (the later one dates the document)"
THIRD = "Germany (party, actor, donor); Europol (actor, recipient of UK money); IOM named"

A = "GB;DE"

LINES = [
    "JOINT DECLARATION OF INTENT",
    "between the Home Office of the United Kingdom of Great Britain and Northern Ireland and the Federal Ministry "
    "of the Interior, Building and Community of the Federal Republic of Germany on Cooperation in the Field of "
    "Migration",
    "The Home Office of the United Kingdom of Great Britain and Northern Ireland and the Federal Ministry of the "
    "Interior, Building and Community of the Federal Republic of Germany (hereinafter \"the Participants\"),",
    L("Recognising that organised immigration crime can only be countered through close cooperation between "
      "states of origin, transit and destination,",
      N("commitments", "preambular belief")),
    L("Noting that in 2020 Germany received 102,581 first-time asylum applications and the United Kingdom 29,456,",
      S(102581, "people", "exact", "first-time asylum applications received", "level", period_text="in 2020",
        period_start="2020-01-01", period_end="2020-12-31", location="Germany"),
      S(29456, "people", "exact", "first-time asylum applications received", "level", period_text="in 2020",
        period_start="2020-01-01", period_end="2020-12-31", location="United Kingdom")),
    L("Noting that small boat crossings of the Channel more than quadrupled in 2020, to 8,417 people,",
      S(4, "factor", "more_than", "small boat crossings of the Channel, 2020 vs 2019", "increase",
        period_text="in 2020", period_start="2020-01-01", period_end="2020-12-31", location="Channel"),
      S(8417, "people", "exact", "people crossing the Channel in small boats", "level", period_text="in 2020",
        period_start="2020-01-01", period_end="2020-12-31", location="Channel")),
    L("Noting further that German authorities identified around 1,200 people travelling through Germany with the "
      "intention of reaching the United Kingdom, and that Europol supported 38 investigations concerning both "
      "countries,",
      S(1200, "people", "approximately", "people identified in Germany en route to the United Kingdom", "level",
        location="Germany"),
      S(38, "other", "exact", "Europol-supported investigations concerning both countries", "level")),
    "Have reached the following understanding:",
    L("Section 1 - Cooperation", N("statistics", "section number")),
    L("The Participants intend to:", N("commitments", "bare lead-in; its items are the commitments")),
    L("(a) exchange information on migration trends, routes and smuggling networks on a monthly basis;",
      C(A, "policing_intelligence", "intend")),
    L("(b) cooperate, with the support of Europol, in joint investigations into organised immigration crime;",
      C(A, "policing_intelligence", "intend")),
    L("(c) work together to improve the return of persons with no right to remain, including through joint "
      "charter flights;",
      C(A, "returns", "intend")),
    L("(d) coordinate their positions in relevant multilateral fora, including the G7.",
      C(A, "eu_international", "intend")),
    "Section 2 - Implementation",
    L("The Home Office will second a liaison officer to the headquarters of the Federal Police in Potsdam by 1 "
      "July 2021.",
      C("GB", "policing_intelligence", "will", "by 1 July 2021", "2021-07-01")),
    L("The Federal Ministry will designate a national contact point within one month of the signature of this "
      "Declaration.",
      C("DE", "governance", "will", "within one month of the signature of this Declaration", "2021-04-11",
        note="anchor resolved against the later signature date")),
    L("The Participants will jointly finance an information campaign along the Western Balkans route, to which "
      "the United Kingdom will contribute £1 million and Germany €1.2 million in 2021.",
      C(A, "information_campaigns", "will"),
      F(1000000, "GBP", "GB", "joint information campaign", "pledge",
        "information campaign along the Western Balkans route", period_text="in 2021",
        period_start="2021-01-01", period_end="2021-12-31"),
      F(1200000, "EUR", "DE", "joint information campaign", "pledge",
        "information campaign along the Western Balkans route", period_text="in 2021",
        period_start="2021-01-01", period_end="2021-12-31")),
    L("The United Kingdom has already contributed £750,000 to the European Migrant Smuggling Centre at Europol "
      "in 2020.",
      F(750000, "GBP", "GB", "Europol", "disbursed", "European Migrant Smuggling Centre", period_text="in 2020",
        period_start="2020-01-01", period_end="2020-12-31")),
    L("Germany will consider hosting the first meeting of the joint working group in the second half of 2021.",
      C("DE", "governance", "will", "in the second half of 2021", "2021-12-31", conf="borderline",
        note="'will consider' commits only to consider")),
    L("Smugglers are reported to charge between €3,000 and €5,000 for the journey from the Balkans to "
      "Calais.",
      N("funding;statistics", "smugglers' prices")),
    "Section 3 - Final provisions",
    L("The Participants will review the implementation of this Declaration annually.",
      C(A, "governance", "will")),
    L("Each Participant will bear its own costs arising from this Declaration.",
      C(A, "funding", "will")),
    L("This Declaration does not create legally binding obligations under international law.",
      N("commitments", "disclaimer of legal effect")),
    L("This Declaration will come into effect on the date of the later signature.",
      N("commitments", "entry-into-effect clause; no party acts")),
    L("Signed in two originals in the English and German languages.",
      N("statistics", "number of originals")),
    "For the Home Office: Secretary of State for the Home Department",
    "Signed in London on 3 March 2021",
    "For the Federal Ministry of the Interior, Building and Community: Federal Minister",
    "Signed in Berlin on 11 March 2021",
]
