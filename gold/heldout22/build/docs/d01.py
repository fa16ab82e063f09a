from lib import L, C, F, S, N

DATE = "2002-02-07"
SLUG = "white-paper-chapter-clandestine-entry-at-source"
TITLE = "Managed Routes, Firm Borders: Control and Cooperation in a Modern Immigration System"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Government white paper chapter (Command paper, numbered paragraphs, lettered policy list)"
STRESS = (
    "cover gives only the month ('February 2002'); the day only in the printer's imprint code at the foot "
    "('ID 104521 07/02/02'); title split over two lines; no place"
)
THIRD = "none (France acts in a reported undertaking; Belgium asked, not acting)"

LINES = [
    "Managed Routes, Firm Borders",
    "Control and Cooperation in a Modern Immigration System",
    "Presented to Parliament by the Secretary of State for the Home Department by Command of Her Majesty",
    "February 2002",
    L("Cm 5421", N("statistics", "Command paper number")),
    "Chapter 5: Stopping clandestine entry at its source",
    L(
        "5.1 The first line of defence for this country is no longer at Dover but at Calais, Coquelles and the other "
        "ports from which people try to reach the United Kingdom.",
        N("commitments", "description of the situation, not an undertaking"),
    ),
    L(
        "5.2 In 2001 the juxtaposed control at Coquelles detected 6,900 people hidden in lorries and freight wagons, "
        "against 3,100 in 2000.",
        S(
            6900,
            "people",
            "exact",
            "clandestine entrants detected in lorries and freight wagons",
            "level",
            "In 2001",
            "2001-01-01",
            "2001-12-31",
            "Coquelles",
        ),
        S(
            3100,
            "people",
            "exact",
            "clandestine entrants detected in lorries and freight wagons",
            "level",
            "in 2000",
            "2000-01-01",
            "2000-12-31",
            "Coquelles",
        ),
    ),
    L(
        "5.3 Eurotunnel reports that attempts to board freight shuttles fell by some 40% after the second perimeter "
        "fence was completed in the autumn.",
        S(
            40,
            "percent",
            "approximately",
            "attempts to board freight shuttles",
            "decrease",
            location="Coquelles",
        ),
    ),
    L(
        "5.4 Sangatte itself received more than 19,000 people last year, and in 2001 only 115 of the 1,800 requests "
        "the United Kingdom made to France under the Dublin Convention were accepted.",
        S(
            19000,
            "people",
            "more_than",
            "people received at the Sangatte centre",
            "level",
            "last year",
            "2001-01-01",
            "2001-12-31",
            "Sangatte",
        ),
        S(
            115,
            "people",
            "exact",
            "Dublin Convention requests to France accepted",
            "level",
            "in 2001",
            "2001-01-01",
            "2001-12-31",
        ),
        S(
            1800,
            "people",
            "exact",
            "Dublin Convention requests made by the UK to France",
            "level",
            "in 2001",
            "2001-01-01",
            "2001-12-31",
        ),
    ),
    L(
        "5.5 The Government has already spent £4.2 million on carbon dioxide probes, heartbeat detectors and "
        "scanners at French ports since 2000.",
        F(
            4200000,
            "GBP",
            "GB",
            "UK controls at French ports",
            "disbursed",
            "detection equipment at French ports",
            period_text="since 2000",
            period_start="2000-01-01",
            period_end="2002-02-07",
        ),
    ),
    "5.6 Over the next two years we will:",
    L(
        "a. extend juxtaposed immigration controls to the ferry ports of Calais and Dunkirk, subject to agreement "
        "with the French Government, by the end of 2003;",
        C("GB", "border_security", "will", "by the end of 2003", "2003-12-31"),
    ),
    L(
        "b. station a further 20 immigration officers in northern France before the summer;",
        C("GB", "border_security", "will", "before the summer", "2002-05-31"),
        N("statistics", "number inside a commitment's target"),
    ),
    L(
        "c. fund, with France, a new generation of detection equipment at the Channel Tunnel freight terminal; and",
        C("GB;FR", "border_security", "will"),
    ),
    L(
        "d. press within the European Union for a common approach to the return of people who have no right to stay.",
        C("GB", "eu_international", "will"),
    ),
    L(
        "5.7 The Government will contribute £1.5 million a year for three years to a joint UK-French fund for "
        "detection technology, to be matched by the French Government.",
        C("GB", "funding", "will"),
        F(
            1500000,
            "GBP",
            "GB",
            "joint UK-French detection technology fund",
            "pledge",
            "detection technology",
            per_year=True,
            years=3,
            period_text="a year for three years",
        ),
    ),
    L(
        "5.8 The French Interior Minister has told the Home Secretary that France will increase the number of CRS "
        "officers policing the Calais area from 150 to 300 and will keep the Sangatte centre under review.",
        C("FR", "policing_intelligence", "will"),
        N("statistics", "current and target numbers inside a reported undertaking"),
    ),
    L(
        "5.9 We do not believe that a humanitarian centre should be sited so close to the tunnel entrance.",
        N("commitments", "a belief, not an undertaking"),
    ),
    L(
        "5.10 Both Governments intend to sign a protocol on juxtaposed controls at the sea ports within twelve months.",
        C("GB;FR", "legal_framework", "intend", "within twelve months", "2003-02-07"),
    ),
    L(
        "5.11 We shall also ask the Belgian authorities to allow immigration officers to check Eurostar passengers "
        "boarding at Brussels-Midi.",
        C("GB", "eu_international", "will"),
    ),
    L(
        "5.12 Asylum claims lodged at ports in the South East rose by 12% in 2001, and about 90% of the clandestine "
        "entrants found at Dover had passed through Sangatte.",
        S(
            12,
            "percent",
            "exact",
            "asylum claims lodged at ports in the South East",
            "increase",
            "in 2001",
            "2001-01-01",
            "2001-12-31",
            "South East England",
        ),
        S(
            90,
            "percent",
            "approximately",
            "share of clandestine entrants found at Dover who passed through Sangatte",
            "level",
            location="Dover",
        ),
    ),
    L(
        "5.13 Progress will be reported to Parliament every six months, and the Home Office will publish the "
        "detection figures for each port quarterly.",
        C("GB", "governance", "will"),
    ),
    L(
        "5.14 Each clandestine entrant who claims asylum costs the taxpayer an estimated £18,000 in support and "
        "removal costs.",
        N("funding;statistics", "a cost estimate, not money given for the cooperation nor a count"),
    ),
    L(
        "Printed in the UK by The Stationery Office Limited on behalf of the Controller of Her Majesty's Stationery "
        "Office ID 104521 07/02/02",
        N("statistics", "printer's imprint code and date"),
    ),
]
