from lib import L, C, F, S, N

DATE = "2026-01-20"
SLUG = "co-signed-op-ed-home-secretary-french-interior-minister-channel"
TITLE = "Our two countries will break the smugglers' business model together"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = ""
GENRE = (
    "Newspaper opinion article co-signed by two ministers of different states (headline, standfirst, byline, "
    "first person plural, reader comments count)"
)
STRESS = (
    "newspaper web furniture (section label, headline, standfirst, byline) before the text; the date only in "
    "an abbreviated timestamp with weekday and time zone ('Tue 20 Jan 2026 06.00 GMT'); no place; a comments "
    "count and a 'last modified' timestamp after the text"
)
THIRD = "Frontex (actor: aerial surveillance); the European Union named as a future partner"

LINES = [
    "Opinion | Immigration and asylum",
    "Our two countries will break the smugglers' business model together",
    L(
        "The UK Home Secretary and the French Interior Minister write that a year of joint work has cut crossings, "
        "and set out what comes next for both countries",
        N("commitments", "standfirst describing the article"),
    ),
    "Daniel Ashworth and Claire Vasseur",
    L("Tue 20 Jan 2026 06.00 GMT", N("statistics", "publication timestamp")),
    L(
        "Last year 31,200 people crossed the Channel in small boats, a fall of 18% on 2024 but still far too many.",
        S(
            31200,
            "people",
            "exact",
            "small boat crossings",
            "level",
            "Last year",
            "2025-01-01",
            "2025-12-31",
            "Channel",
        ),
        S(
            18,
            "percent",
            "exact",
            "small boat crossings, change on 2024",
            "decrease",
            "Last year",
            "2025-01-01",
            "2025-12-31",
            "Channel",
        ),
    ),
    L(
        "Seventy-two people lost their lives at sea or on the beaches, the highest toll since records began.",
        S(72, "people", "exact", "deaths at sea or on the beaches", "level", location="Channel"),
    ),
    L(
        "French forces prevented nearly 29,000 attempted departures, and the average number of people on each boat "
        "rose from 41 to 57 in two years.",
        S(
            29000,
            "attempts",
            "approximately",
            "attempted departures prevented by French forces",
            "level",
            location="northern French coast",
        ),
        S(
            41,
            "people",
            "exact",
            "average number of people per boat, two years earlier",
            "level",
            location="Channel",
        ),
        S(
            57,
            "people",
            "exact",
            "average number of people per boat",
            "increase",
            "in two years",
            location="Channel",
        ),
    ),
    L(
        "Smugglers now charge up to EUR 2,500 a seat, and the boats they buy in Germany cost a few thousand euros.",
        N("funding;statistics", "smugglers' prices"),
    ),
    L(
        "We believe that no one should have to risk their life to seek protection in Europe.",
        N("commitments", "a belief"),
    ),
    L(
        "That is why, over the past year, France has deployed 1,400 police and gendarmes on the coast and the UK has "
        "paid EUR 166 million (GBP 141 million) towards them under our three-year arrangement.",
        S(
            1400,
            "officers",
            "exact",
            "French police and gendarmes deployed on the coast",
            "level",
            "over the past year",
            "2025-01-20",
            "2026-01-20",
            "northern French coast",
        ),
        F(
            166000000,
            "EUR",
            "GB",
            "FR",
            "disbursed",
            "French police and gendarmes on the coast",
            alt_amount=141000000,
            alt_currency="GBP",
            period_text="over the past year",
            period_start="2025-01-20",
            period_end="2026-01-20",
        ),
    ),
    L(
        "This year we will go further. Together, we will:",
        C(
            "GB;FR",
            "border_security",
            "will",
            q="This year we will go further.",
            conf="borderline",
            note="vague undertaking with no action named (D13)",
        ),
    ),
    L(
        "- intercept boats in French waters where it can be done safely, under rules of engagement agreed by both "
        "navies;",
        C("GB;FR", "border_security", "will"),
    ),
    L(
        "- return to France, within days, those who arrive in small boats and have no claim to stay, in exchange for "
        "a legal route for people with family in the UK;",
        C("GB;FR", "returns", "will"),
    ),
    L(
        "- prosecute the suppliers of boats and engines wherever they operate; and",
        C("GB;FR", "policing_intelligence", "will"),
    ),
    L(
        "- open a joint centre in Dunkirk to analyse the smugglers' finances by the summer.",
        C(
            "GB;FR",
            "policing_intelligence",
            "will",
            "by the summer",
            "2026-05-31",
            conf="borderline",
            note="'by the summer' read like the guideline's 'before the summer' (31 May); 31 August is defensible",
        ),
    ),
    L(
        "The UK will contribute up to GBP 60 million a year in 2026 and 2027 to the coastal operation, and France "
        "will raise its own contribution by a quarter.",
        F(
            60000000,
            "GBP",
            "GB",
            "FR",
            "pledge",
            "coastal operation",
            per_year=True,
            years=2,
            period_text="a year in 2026 and 2027",
            period_start="2026-01-01",
            period_end="2027-12-31",
            note="a ceiling ('up to') recorded at its stated amount",
        ),
        C(
            "GB",
            "funding",
            "will",
            q="The UK will contribute up to GBP 60 million a year in 2026 and 2027 to the coastal operation",
        ),
        C("FR", "funding", "will", q="France will raise its own contribution by a quarter"),
        N(
            "statistics",
            "a target inside a commitment",
            q="France will raise its own contribution by a quarter",
        ),
    ),
    L(
        "Frontex has agreed to fly surveillance aircraft over the Channel approaches from March, and both our "
        "countries will ask the European Union to make smuggling networks a priority of its next security strategy.",
        C(
            "Frontex",
            "eu_international",
            "agree",
            q="Frontex has agreed to fly surveillance aircraft over the Channel approaches from March",
        ),
        C(
            "GB;FR",
            "eu_international",
            "will",
            q="both our countries will ask the European Union to make smuggling "
            "networks a priority of its next security strategy",
        ),
    ),
    L(
        "We are committed to judging ourselves by results: we will publish a joint account of crossings, deaths and "
        "prosecutions every three months.",
        C("GB;FR", "governance", "commit"),
    ),
    L(
        "We will not allow criminal gangs to decide who comes to our countries.",
        C("GB;FR", "border_security", "will"),
    ),
    L(
        "Daniel Ashworth is Home Secretary of the United Kingdom. Claire Vasseur is Minister of the Interior of the "
        "French Republic.",
        N("commitments", "author notes"),
    ),
    L(
        "Last modified on Tue 20 Jan 2026 09.12 GMT | 1,087 comments",
        N("statistics", "update timestamp and comments count"),
    ),
]
