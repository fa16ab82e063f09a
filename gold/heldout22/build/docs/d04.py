from lib import L, C, F, S, N

DATE = "2010-03-01"
SLUG = "ukba-notice-to-hauliers-calais-clandestine-entrants"
TITLE = "Notice to Hauliers: Preventing Clandestine Entry through Calais and Coquelles"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "Calais"
GENRE = (
    "Operational guidance notice from a border agency to an industry (road hauliers): what has changed, "
    "what you must do, what we will do, support available"
)
STRESS = (
    "date only in a dash-separated numeric page footer ('01-03-2010') next to an issue number and a review "
    "month in 'MM-YYYY' form; the place only in the issuing office's name at the top"
)
THIRD = "European Union (donor: External Borders Fund); France acts"

LINES = [
    "UK Border Agency - Juxtaposed Controls Directorate, Calais",
    "Notice to Hauliers: Preventing Clandestine Entry through Calais and Coquelles",
    "What has changed",
    L(
        "In 2009 our officers and French police found 14,300 people concealed in vehicles at Calais and Coquelles, "
        "nearly double the figure for 2008.",
        S(
            14300,
            "attempts",
            "exact",
            "people found concealed in vehicles",
            "level",
            "In 2009",
            "2009-01-01",
            "2009-12-31",
            "Calais and Coquelles",
        ),
        S(
            2,
            "factor",
            "approximately",
            "people found concealed in vehicles, change on 2008",
            "increase",
            "In 2009",
            "2009-01-01",
            "2009-12-31",
            "Calais and Coquelles",
        ),
    ),
    L(
        "Civil penalties were issued to 1,870 drivers and operators over the same year, and more than half of the "
        "vehicles concerned had no seal on the trailer.",
        S(
            1870,
            "people",
            "exact",
            "drivers and operators issued with civil penalties",
            "level",
            location="Calais and Coquelles",
        ),
        S(
            50,
            "percent",
            "more_than",
            "share of vehicles concerned with no trailer seal",
            "level",
            conf="borderline",
            note="'more than half' as a share",
        ),
    ),
    L(
        "Incidents in the lorry parks on the approach roads rose by 28% in the last quarter of 2009.",
        S(
            28,
            "percent",
            "exact",
            "incidents in lorry parks on the approach roads",
            "increase",
            "in the last quarter of 2009",
            "2009-10-01",
            "2009-12-31",
            "Calais",
        ),
    ),
    L(
        "French police dismantled 23 smuggling networks operating from the lorry parks in 2009, compared with 15 "
        "the year before.",
        S(
            23,
            "networks",
            "exact",
            "smuggling networks dismantled",
            "level",
            "in 2009",
            "2009-01-01",
            "2009-12-31",
            "Calais",
        ),
        S(
            15,
            "networks",
            "exact",
            "smuggling networks dismantled",
            "level",
            "the year before",
            "2008-01-01",
            "2008-12-31",
            "Calais",
        ),
    ),
    "What you must do",
    L(
        "You must check your vehicle at the last stop before the port and record the check on the checklist.",
        N("commitments", "an obligation placed on hauliers, who are not parties"),
    ),
    L(
        "The penalty remains up to £2,000 for each clandestine entrant found in your vehicle.",
        N("funding;statistics", "a penalty amount, not funding and not a figure about the world"),
    ),
    "What we will do",
    "From 1 April 2010 the UK Border Agency will:",
    L(
        "- scan every heavy goods vehicle bound for Dover with carbon dioxide probes or heartbeat detectors;",
        C("GB", "border_security", "will"),
    ),
    L("- give accredited hauliers a fast lane at the Coquelles control;", C("GB", "border_security", "will")),
    L(
        "- publish a monthly list of the lorry parks where people have been found; and",
        C("GB", "information_campaigns", "will"),
    ),
    L(
        "- answer every appeal against a penalty within 28 days.",
        C("GB", "governance", "will"),
        N("statistics", "time limit inside a commitment"),
    ),
    L(
        "Where a driver reports people in the vehicle before reaching the control, the UK Border Agency will not "
        "impose a penalty, provided that the vehicle was properly secured.",
        C("GB", "border_security", "will"),
    ),
    L(
        "The French Border Police have agreed to patrol the A16 lorry parks every night and will remove people "
        "found in parked vehicles.",
        C("FR", "border_security", "agree"),
    ),
    L(
        "The port authority of Calais is committed to completing a secure parking area for 400 lorries before the "
        "end of the summer.",
        C(
            "FR",
            "border_security",
            "commit",
            "before the end of the summer",
            "2010-08-31",
            conf="borderline",
            note="the actor is a French port authority, a public body; read as FR",
        ),
        N("statistics", "capacity inside a commitment's target"),
    ),
    L(
        "Both Governments will also run a joint information campaign for drivers in English, French, Polish and "
        "Romanian.",
        C("GB;FR", "information_campaigns", "will"),
    ),
    "Support available",
    L(
        "The UK Border Agency has contributed £2.4 million to fencing and lighting at the Coquelles freight "
        "terminal since 2008, and the European Union's External Borders Fund will provide a further EUR 1.1 million "
        "for the Calais lorry park in 2010.",
        F(
            2400000,
            "GBP",
            "GB",
            "Coquelles freight terminal",
            "disbursed",
            "fencing and lighting",
            period_text="since 2008",
            period_start="2008-01-01",
            period_end="2010-03-01",
        ),
        F(
            1100000,
            "EUR",
            "European Union",
            "Port of Calais",
            "pledge",
            "secure lorry park",
            period_text="in 2010",
            period_start="2010-01-01",
            period_end="2010-12-31",
        ),
    ),
    L(
        "We will reimburse up to £500 a year for each accredited vehicle that fits an approved locking system.",
        C("GB", "funding", "will"),
        F(
            500,
            "GBP",
            "GB",
            "accredited hauliers",
            "pledge",
            "approved locking systems",
            per_year=True,
            years=1,
            period_text="a year",
            conf="borderline",
            note="a per-vehicle ceiling with no number of years; recorded as per year for one year",
        ),
    ),
    L(
        "An approved locking kit costs between £350 and £700 from accredited suppliers.",
        N("funding;statistics", "a price range, not funding and not a figure about migration"),
    ),
    L(
        "We are grateful to the Road Haulage Association for its help in drafting this notice.",
        N("commitments", "thanks"),
    ),
    L("Enquiries: Civil Penalty Helpline 0300 123 7700", N("statistics", "telephone number")),
    L(
        "Notice CE/10/04 | Issue 2 | 01-03-2010 | Review due 03-2011",
        N("statistics", "notice number, issue number, issue and review dates"),
    ),
]
