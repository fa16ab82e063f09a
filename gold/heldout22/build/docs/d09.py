from lib import L, C, F, S, N

DATE = "2024-03-12"
SLUG = "uk-nigeria-migration-mobility-dialogue-joint-outcome-statement"
TITLE = "2024 UK-Nigeria Migration and Mobility Dialogue: Joint Outcome Statement"
PARTIES = "GB;NG"
DOC_TYPE = "joint_statement"
PLACE = "Abuja"
GENRE = (
    "Joint outcome statement at the close of an annual bilateral dialogue with a partner state of origin "
    "(context, agreed outcomes by pillar, next round)"
)
STRESS = (
    "the year only in the title; the day and month only in the first sentence, written in words with the "
    "weekday and no year ('on Tuesday, the twelfth of March'); the place only in the same sentence"
)
THIRD = "Nigeria (party, actor); IOM (actor, recipient of UK money); France acts in a reported undertaking"

LINES = [
    "2024 UK-Nigeria Migration and Mobility Dialogue: Joint Outcome Statement",
    L(
        "The fourth round of the Dialogue was held in Abuja on Tuesday, the twelfth of March, co-chaired by the "
        "Permanent Secretary of the Federal Ministry of Interior and the UK Home Office's Director General for "
        "Migration and Borders.",
        N("statistics", "ordinal of the round and the date in words"),
    ),
    "Context",
    L(
        "Nigerian nationals made 1,320 small boat crossings to the UK in 2023, up from 402 in 2022, and most of them "
        "had travelled overland through Libya and Italy before reaching the French coast.",
        S(
            1320,
            "people",
            "exact",
            "small boat crossings by Nigerian nationals",
            "increase",
            "in 2023",
            "2023-01-01",
            "2023-12-31",
            "Channel",
        ),
        S(
            402,
            "people",
            "exact",
            "small boat crossings by Nigerian nationals",
            "level",
            "in 2022",
            "2022-01-01",
            "2022-12-31",
            "Channel",
        ),
    ),
    L(
        "Over the same year 615 Nigerians returned home from the UK, roughly 70% of them voluntarily.",
        S(615, "people", "exact", "returns of Nigerian nationals from the UK", "level", location="Nigeria"),
        S(
            70,
            "percent",
            "approximately",
            "share of returns to Nigeria that were voluntary",
            "level",
            location="Nigeria",
        ),
    ),
    L(
        "NAPTIP reported that it had rescued more than 2,400 victims of trafficking in 2023, a third more than in "
        "the previous year.",
        S(
            2400,
            "people",
            "more_than",
            "victims of trafficking rescued by NAPTIP",
            "level",
            "in 2023",
            "2023-01-01",
            "2023-12-31",
            "Nigeria",
        ),
        S(
            33.3,
            "percent",
            "approximately",
            "victims of trafficking rescued, change on 2022",
            "increase",
            "in 2023",
            "2023-01-01",
            "2023-12-31",
            "Nigeria",
            conf="borderline",
            note="'a third more' as a percentage; could also be read as a factor of 1.33",
        ),
    ),
    L(
        "Both sides recognised that irregular migration exposes young Nigerians to grave abuse.",
        N("commitments", "a shared recognition, not an undertaking"),
    ),
    "Outcomes",
    "On returns and reintegration, the two Governments agreed to:",
    L(
        "a. issue emergency travel documents within 15 working days of a verified request;",
        C("GB;NG", "returns", "agree"),
        N("statistics", "time limit inside a commitment"),
    ),
    L(
        "b. hold a charter return flight every quarter, with monitors from both sides on board; and",
        C("GB;NG", "returns", "agree"),
    ),
    L(
        "c. update the 2016 Memorandum of Understanding on returns before the next round.",
        C("GB;NG", "legal_framework", "agree", "before the next round", ""),
    ),
    L(
        "The UK will provide £9 million over three years to IOM Nigeria for the reintegration of returnees, and IOM "
        "will open a second reintegration office in Benin City by December.",
        C(
            "GB",
            "funding",
            "will",
            q="The UK will provide £9 million over three years to IOM Nigeria for the "
            "reintegration of returnees",
        ),
        F(
            9000000,
            "GBP",
            "GB",
            "IOM",
            "pledge",
            "reintegration of returnees",
            period_text="over three years",
        ),
        C(
            "IOM",
            "returns",
            "will",
            "by December",
            "2024-12-31",
            q="IOM will open a second reintegration office in Benin City by December",
        ),
    ),
    L(
        "In 2023 the UK contributed £2.5 million to NAPTIP shelters in Edo and Delta States.",
        F(
            2500000,
            "GBP",
            "GB",
            "NG (NAPTIP)",
            "disbursed",
            "shelters for victims of trafficking",
            period_text="In 2023",
            period_start="2023-01-01",
            period_end="2023-12-31",
        ),
    ),
    L(
        "Nigeria has allocated NGN 2 billion of its own budget to NAPTIP for 2024.",
        N("funding", "the partner state's own budget, not money given for the cooperation"),
    ),
    L(
        "Nigeria will also designate a single point of contact in the Nigeria Immigration Service for all return "
        "cases from the United Kingdom.",
        C("NG", "returns", "will"),
    ),
    L(
        "The Dialogue took note of the negotiations between the European Union and Nigeria on readmission, to which "
        "the United Kingdom is not a party.",
        N("commitments", "taking note of negotiations between other parties"),
    ),
    "On smuggling and trafficking:",
    L(
        "- the National Crime Agency will post a second liaison officer to Lagos;",
        C("GB", "policing_intelligence", "will"),
    ),
    L(
        "- the Nigeria Police Force will share with the UK the details of smuggling networks linked to Channel "
        "crossings; and",
        C("NG", "policing_intelligence", "will"),
    ),
    L(
        "- both sides undertake to support joint prosecutions where evidence allows.",
        C("GB;NG", "policing_intelligence", "undertake"),
    ),
    L(
        "The UK side informed the Nigerian delegation that France has agreed to facilitate the transit of returnees "
        "through Paris Charles de Gaulle when direct flights are unavailable.",
        C(
            "FR",
            "returns",
            "agree",
            conf="borderline",
            note="a third party's undertaking reported second-hand inside a bilateral statement",
        ),
    ),
    L(
        'On information campaigns, Nigeria will extend its "Not for Sale" campaign to six more states in the south.',
        C("NG", "information_campaigns", "will"),
        N("statistics", "number inside a commitment's target"),
    ),
    "Next steps",
    L(
        "The Dialogue noted with appreciation the hospitality of the Federal Government of Nigeria.",
        N("commitments", "thanks"),
    ),
    L(
        "The fifth round will be held in London in the first quarter of 2025, and a progress review will take place "
        "by videoconference in September.",
        C("GB;NG", "governance", "will", "in the first quarter of 2025", "2025-03-31"),
    ),
]
