from lib import L, C, F, S, N

DATE = "2012-11-28"
SLUG = "uk-statement-iom-council-voluntary-return-transit-routes"
TITLE = "Statement by the United Kingdom: Migration along the Central Mediterranean and Channel routes"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "Geneva"
GENRE = (
    "National statement delivered by a delegation at the governing body session of an international "
    "organisation (agenda item, 'check against delivery', first person of the delegation)"
)
STRESS = (
    "header gives only the session's number and its four-day date range; the day of delivery only in a "
    "dotted numeric bracket at the very end ('(Delivered 28.11.2012)'); the place only in the session header"
)
THIRD = "IOM (actor, recipient of UK money); Niger (actor: reported undertaking); France acts and pays"

LINES = [
    L(
        "International Organization for Migration - 101st Session of the Council, Geneva, 27-30 November 2012",
        N("statistics", "session number and dates"),
    ),
    L("Agenda item 9: Migration and development along transit routes", N("statistics", "agenda item number")),
    "Statement by the United Kingdom: Migration along the Central Mediterranean and Channel routes",
    "Check against delivery",
    L(
        "Mr Chairman, allow me first to thank the Director General and his staff for the clear and candid report before us, and you for your able guidance of our work.",
        N("commitments", "thanks"),
    ),
    L(
        "The United Kingdom shares the view that no single state can manage irregular migration alone.",
        N("commitments", "a general belief"),
    ),
    L(
        "This year IOM helped some 1,150 migrants stranded in northern France to return home voluntarily, "
        "three times as many as in 2010.",
        S(
            1150,
            "people",
            "approximately",
            "voluntary returns of migrants from northern France with IOM",
            "level",
            "This year",
            "2012-01-01",
            "2012-11-28",
            "northern France",
        ),
        S(
            3,
            "factor",
            "exact",
            "voluntary returns from northern France, change since 2010",
            "increase",
            "This year",
            "2012-01-01",
            "2012-11-28",
            "northern France",
        ),
    ),
    L(
        "In Agadez alone, more than 60,000 people passed through the transit centres between January and "
        "September, and one in six of those we know to have reached Calais had travelled this way.",
        S(
            60000,
            "people",
            "more_than",
            "people passing through the transit centres",
            "level",
            "between January and September",
            "2012-01-01",
            "2012-09-30",
            "Agadez",
        ),
        S(
            16.7,
            "percent",
            "approximately",
            "share of migrants reaching Calais who travelled through Agadez",
            "level",
            location="Calais",
            conf="borderline",
            note="'one in six' as a share",
        ),
    ),
    L(
        "Reintegration support reduced the rate of re-migration among returnees by 45%, according to IOM's own "
        "evaluation.",
        S(45, "percent", "exact", "rate of re-migration among returnees", "decrease"),
    ),
    L(
        "In October the French authorities counted around 450 migrants sleeping rough in Calais, down from about "
        "700 a year earlier.",
        S(
            450,
            "people",
            "approximately",
            "migrants sleeping rough",
            "level",
            "In October",
            "2012-10-01",
            "2012-10-31",
            "Calais",
        ),
        S(
            700,
            "people",
            "approximately",
            "migrants sleeping rough",
            "level",
            "a year earlier",
            "2011-10-01",
            "2011-10-31",
            "Calais",
        ),
    ),
    L(
        "Let me set out what my Government will do.",
        N("commitments", "bare lead-in announcing the items that follow"),
    ),
    L(
        "First, the United Kingdom will contribute £4 million (US$6.4 million) over two years to IOM's assisted "
        "voluntary return programme from northern France and the Sahel.",
        C("GB", "funding", "will"),
        F(
            4000000,
            "GBP",
            "GB",
            "IOM",
            "pledge",
            "assisted voluntary return from northern France and the Sahel",
            alt_amount=6400000,
            alt_currency="USD",
            period_text="over two years",
            note="a single sum for a two-year period: per_year false, years 1 (guideline)",
        ),
    ),
    L(
        "France has already contributed EUR 1.5 million to the same programme this year, and together we intend "
        "to bring other donors in before the end of 2013.",
        F(
            1500000,
            "EUR",
            "FR",
            "IOM",
            "disbursed",
            "assisted voluntary return programme",
            period_text="this year",
            period_start="2012-01-01",
            period_end="2012-11-28",
        ),
        C("GB;FR", "funding", "intend", "before the end of 2013", "2013-12-31"),
    ),
    L(
        "Second, we will second two return counsellors to IOM's office in Calais from January.",
        C("GB", "returns", "will"),
        N("statistics", "number inside a commitment"),
    ),
    L(
        "Third, the United Kingdom is committed to supporting the Government of Niger in training its border "
        "police at the crossing points on the road north from Agadez.",
        C("GB", "upstream_cooperation", "commit"),
    ),
    L(
        "We welcome the undertaking by the Government of Niger that it will open two further reception points "
        "on that road by mid-2013.",
        C(
            "NE",
            "upstream_cooperation",
            "will",
            "by mid-2013",
            "2013-06-30",
            conf="borderline",
            note="a welcomed undertaking by a third state; 'mid-2013' resolved to 30 June",
        ),
    ),
    L(
        "IOM has agreed to publish quarterly figures on returns from France, and will share them with both "
        "Governments.",
        C("IOM", "governance", "agree"),
    ),
    L(
        "Fourth, we shall work with France and the European Commission on an information campaign in Niger and "
        "Mali about the dangers of the journey north.",
        C("GB", "information_campaigns", "will"),
    ),
    L(
        "We will not, however, fund any activity that involves detention outside a legal framework.",
        C("GB", "funding", "will"),
    ),
    L(
        "We also invite other member states to join the working group that France and the United Kingdom will "
        "convene in Paris next spring.",
        C(
            "GB;FR",
            "governance",
            "will",
            "next spring",
            "2013-05-31",
            conf="borderline",
            note="the commitment to convene sits in a relative clause inside an invitation",
        ),
    ),
    L(
        "My delegation supports the adoption of the draft programme and budget for 2013, including the "
        "strengthening of the Organization's field presence in West Africa.",
        C("GB", "eu_international", "support"),
    ),
    "Thank you, Mr Chairman.",
    L("(Delivered 28.11.2012)", N("statistics", "delivery date")),
]
