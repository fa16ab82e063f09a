from lib import L, C, F, S, N

DATE = "2019-01-24"
SLUG = "home-office-social-media-thread-small-boats-action-plan"
TITLE = "UK and France agree enhanced action plan on small boat crossings"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = "Paris"
GENRE = (
    "Government department's social media thread (numbered posts with counters, replies and repost counts, "
    "a quoted statement from the minister)"
)
STRESS = (
    "no title line: the title is the bold headline of a link card in the first post; the date only in "
    "month-first post timestamps with times ('9:14 AM · Jan 24, 2019'); the place only inside a post body "
    "('in Paris today'); engagement counts between posts"
)
THIRD = "none (France acts jointly and alone)"

LINES = [
    "Home Office @ukhomeoffice",
    L(
        "THREAD: The Home Secretary and the French Interior Minister met in Paris today and agreed an enhanced action "
        "plan on small boats. Here is what it means (1/10)",
        N("commitments", "announcement of a past agreement and a bare lead-in"),
    ),
    "[Link card] UK and France agree enhanced action plan on small boat crossings | GOV.UK",
    L("9:14 AM · Jan 24, 2019", N("statistics", "timestamp")),
    L(
        "In 2018, 539 people attempted to cross the Channel in small boats. Around 80% of them did so in the last "
        "three months of the year (2/10)",
        S(
            539,
            "attempts",
            "exact",
            "people attempting to cross the Channel in small boats",
            "level",
            "In 2018",
            "2018-01-01",
            "2018-12-31",
            "Channel",
            conf="borderline",
            note="'attempted to cross' covers both prevented and completed crossings; unit people is also defensible",
        ),
        S(
            80,
            "percent",
            "approximately",
            "share of 2018 small boat attempts made in the last three months",
            "level",
            "in the last three months of the year",
            "2018-10-01",
            "2018-12-31",
            "Channel",
        ),
    ),
    L(
        "Since 1 November French authorities have prevented 220 crossings and 312 people have been returned to France "
        "or intercepted in French waters (3/10)",
        S(
            220,
            "attempts",
            "exact",
            "small boat crossings prevented by French authorities",
            "level",
            "Since 1 November",
            "2018-11-01",
            "2019-01-24",
            "Channel",
        ),
        S(
            312,
            "people",
            "exact",
            "people returned to France or intercepted in French waters",
            "level",
            "Since 1 November",
            "2018-11-01",
            "2019-01-24",
            "Channel",
            conf="borderline",
            note="mixes returned people (people) and interceptions (attempts); see D12",
        ),
    ),
    "Under the plan: (4/10)",
    L(
        "- France will increase patrols on the beaches around Calais and Boulogne, with drones and night-vision "
        "equipment",
        C("FR", "border_security", "will"),
    ),
    L(
        "- the UK and France will set up a joint coordination centre in Coquelles by the end of February",
        C("GB;FR", "policing_intelligence", "will", "by the end of February", "2019-02-28"),
    ),
    L(
        "- both countries will step up action against the gangs, including through joint investigations with the "
        "NCA and OCRIEST",
        C("GB;FR", "policing_intelligence", "will"),
    ),
    L(
        "- a joint campaign will warn migrants in Calais about the dangers of the crossing (5/10)",
        C("GB;FR", "information_campaigns", "will"),
    ),
    L(
        "The UK will provide £6.4 million (€7.1 million) for surveillance equipment and CCTV on the French coast "
        "(6/10)",
        C(
            "GB",
            "funding",
            "will",
            q="The UK will provide £6.4 million (€7.1 million) for surveillance equipment "
            "and CCTV on the French coast",
        ),
        F(
            6400000,
            "GBP",
            "GB",
            "FR",
            "pledge",
            "surveillance equipment and CCTV on the French coast",
            alt_amount=7100000,
            alt_currency="EUR",
            q="The UK will provide £6.4 million (€7.1 million) for "
            "surveillance equipment and CCTV on the French coast",
        ),
    ),
    L(
        "This is on top of the £44.5 million already invested in security at Calais and Coquelles since the Sandhurst "
        "Treaty was signed a year ago (7/10)",
        F(
            44500000,
            "GBP",
            "GB",
            "FR (Calais and Coquelles)",
            "disbursed",
            "security at Calais and Coquelles",
            period_text="since the Sandhurst Treaty was signed a year ago",
            period_start="2018-01-18",
            period_end="2019-01-24",
            q="This is on top of the £44.5 million already invested in security at Calais "
            "and Coquelles since the Sandhurst Treaty was signed a year ago",
        ),
    ),
    L(
        'Home Secretary: "People smugglers put lives at risk for profit. We will do whatever it takes to stop them, '
        'and we will not allow the Channel to become a route for illegal migration." (8/10)',
        C(
            "GB",
            "border_security",
            "will",
            q="We will do whatever it takes to stop them, and we will not allow the "
            "Channel to become a route for illegal migration.",
        ),
    ),
    L(
        "Ministers will review progress at the next UK-France summit. Crossings by lorry at Calais are down 64% on "
        "2016, when the camp was cleared (9/10)",
        C(
            "GB;FR",
            "governance",
            "will",
            "at the next UK-France summit",
            "",
            q="Ministers will review progress at the next UK-France summit.",
        ),
        S(
            64,
            "percent",
            "exact",
            "crossings by lorry",
            "decrease",
            location="Calais",
            q="Crossings by lorry at Calais are down 64% on 2016, when the camp was cleared",
        ),
    ),
    L(
        "Read the full joint statement: gov.uk/government/news/uk-and-france-agree-enhanced-action-plan (10/10)",
        N("statistics", "link and post counter"),
    ),
    L("9:31 AM · Jan 24, 2019", N("statistics", "timestamp")),
    L(
        "412 Reposts 96 Quotes 1,204 Likes",
        N("statistics", "engagement counts, not a figure about migration"),
    ),
    "Replying to @ukhomeoffice",
    L(
        "Home Office @ukhomeoffice: The UK also intends to return people who cross illegally to France and other "
        "safe countries under the Dublin rules where it can. More on this soon.",
        C(
            "GB",
            "returns",
            "intend",
            q="The UK also intends to return people who cross illegally to France and "
            "other safe countries under the Dublin rules where it can.",
        ),
    ),
    L("10:02 AM · Jan 24, 2019", N("statistics", "timestamp")),
    L(
        "Ministère de l'Intérieur @Interieur_Gouv · Jan 24: Since 2015 French police have dismantled 170 smuggling "
        "networks in the north of France. With our British partners we will go further.",
        S(
            170,
            "networks",
            "exact",
            "smuggling networks dismantled by French police",
            "level",
            "Since 2015",
            "2015-01-01",
            "2019-01-24",
            "northern France",
            q="Since 2015 French police have dismantled 170 smuggling networks in the north of France.",
        ),
        C(
            "FR",
            "policing_intelligence",
            "will",
            q="With our British partners we will go further.",
            conf="borderline",
            note="vague undertaking with no action named; speaker is the French ministry",
        ),
    ),
    L(
        "UK in France @UKinFrance · Jan 24: Around 500 migrants are now living on the coast around Calais, compared "
        "with some 8,000 before the camp was cleared in October 2016.",
        S(
            500,
            "people",
            "approximately",
            "migrants living on the coast around Calais",
            "level",
            location="Calais",
            q="Around 500 migrants are now living on the coast around Calais, compared with some 8,000 before the camp "
            "was cleared in October 2016.",
        ),
        S(
            8000,
            "people",
            "approximately",
            "migrants living on the coast around Calais before the camp clearance",
            "level",
            "before the camp was cleared in October 2016",
            "",
            "2016-10-31",
            "Calais",
            q="Around 500 migrants are now living on the coast around Calais, compared with some 8,000 before the camp "
            "was cleared in October 2016.",
        ),
    ),
    L("Thanks to everyone who has shared this thread.", N("commitments", "thanks")),
]
