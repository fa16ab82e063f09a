from lib import L, C, F, S, N

DATE = "2017-11-06"
SLUG = "five-state-ministerial-group-joint-statement-north-sea-channel-smuggling"
TITLE = "Joint Statement of the North Sea and Channel Ministerial Group on Migrant Smuggling"
PARTIES = "GB;FR;BE;NL;DE"
DOC_TYPE = "joint_statement"
PLACE = "The Hague"
GENRE = (
    "Joint statement of an informal multilateral group of interior ministers of five states, adopted by "
    "written procedure after the meeting (commitments by the group and by named members)"
)
STRESS = (
    "the date only in a footnote to the title, which gives two dates: the meeting in The Hague (30 October) "
    "and the later adoption by written procedure (6 November 2017), which dates the statement; the year "
    "appears only in that footnote"
)
THIRD = (
    "Belgium, the Netherlands, Germany (parties, actors; the Netherlands a donor); Europol (actor); "
    "European Commission (donor)"
)

LINES = [
    "North Sea and Channel Ministerial Group",
    "Joint Statement of the North Sea and Channel Ministerial Group on Migrant Smuggling (1)",
    L(
        "(1) Discussed at the meeting of Ministers in The Hague on 30 October and adopted by written procedure on "
        "6 November 2017.",
        N("statistics", "meeting and adoption dates"),
    ),
    L(
        "The Ministers of the Interior of Belgium, France, Germany, the Netherlands and the United Kingdom met for "
        "the third time to review the smuggling of migrants across the North Sea and the Channel.",
        N("statistics", "ordinal of the meeting, not a figure"),
    ),
    L(
        "Since January, the five states have recorded more than 30,000 attempts to board lorries bound for the "
        "United Kingdom at ports and parking areas between Cherbourg and Hook of Holland.",
        S(
            30000,
            "attempts",
            "more_than",
            "attempts to board UK-bound lorries",
            "level",
            "Since January",
            "2017-01-01",
            "2017-11-06",
            "ports and parking areas between Cherbourg and Hook of Holland",
        ),
    ),
    L(
        "Belgian police alone intercepted 4,200 people at motorway parking areas, a fourfold increase on 2015, "
        "while attempts at Calais fell by 60% after the clearance of the camp last year.",
        S(
            4200,
            "attempts",
            "exact",
            "people intercepted at motorway parking areas",
            "level",
            location="Belgium",
        ),
        S(
            4,
            "factor",
            "exact",
            "interceptions at Belgian motorway parking areas, change on 2015",
            "increase",
            location="Belgium",
        ),
        S(60, "percent", "exact", "attempts at Calais", "decrease", location="Calais"),
    ),
    L(
        "Joint investigations supported by Europol led to 19 networks being dismantled and 310 arrests.",
        S(19, "networks", "exact", "smuggling networks dismantled in joint investigations", "level"),
        S(310, "people", "exact", "arrests in joint investigations", "level"),
    ),
    L(
        "The Ministers agree that smugglers are shifting towards smaller ports and towards the use of small boats.",
        N("commitments", "a shared assessment, not an undertaking"),
    ),
    "The Ministers have therefore agreed to:",
    L(
        "1. set up a standing joint intelligence cell on smuggling routes to the United Kingdom, hosted by Europol, "
        "by March 2018;",
        C("GB;FR;BE;NL;DE", "policing_intelligence", "agree", "by March 2018", "2018-03-31"),
    ),
    L(
        "2. exchange data on intercepted lorries and their routes within 24 hours;",
        C("GB;FR;BE;NL;DE", "legal_framework", "agree"),
        N("statistics", "time limit inside a commitment"),
    ),
    L(
        "3. carry out joint checks at the ten busiest parking areas on the E40 and A16 motorways; and",
        C("GB;FR;BE;NL;DE", "border_security", "agree"),
        N("statistics", "number inside a commitment's target"),
    ),
    L(
        "4. run a common information campaign for lorry drivers in five languages.",
        C("GB;FR;BE;NL;DE", "information_campaigns", "agree"),
    ),
    L(
        "Europol will second two analysts to the cell and will produce a joint threat assessment every six months.",
        C("Europol", "policing_intelligence", "will"),
    ),
    L(
        "The United Kingdom will contribute GBP 3 million a year for three years to a common fund for security at "
        "the ports concerned, and the Netherlands has pledged EUR 1 million.",
        C("GB", "funding", "will"),
        F(
            3000000,
            "GBP",
            "GB",
            "common fund for port security",
            "pledge",
            "security at ports",
            per_year=True,
            years=3,
            period_text="a year for three years",
        ),
        F(1000000, "EUR", "NL", "common fund for port security", "pledge", "security at ports"),
    ),
    L(
        "The European Commission has already granted EUR 2.6 million from the Internal Security Fund to the Belgian "
        "and French police for the joint checks.",
        F(
            2600000,
            "EUR",
            "European Commission",
            "BE;FR",
            "disbursed",
            "joint checks on motorway parking areas",
        ),
    ),
    L(
        "Germany intends to join the joint checks at Calais from the spring, and France will extend its "
        "surveillance of beaches to the Belgian border before the winter.",
        C(
            "DE",
            "border_security",
            "intend",
            q="Germany intends to join the joint checks at Calais from the spring",
        ),
        C(
            "FR",
            "border_security",
            "will",
            "before the winter",
            "2017-11-30",
            q="France will extend its surveillance of beaches to the Belgian border before the winter",
        ),
    ),
    L(
        "Belgium will not reopen the Jabbeke parking area to lorries until permanent fencing has been installed.",
        C("BE", "border_security", "will"),
    ),
    L(
        "They call on the European Commission to present proposals on the liability of transport operators whose "
        "vehicles are repeatedly used by smugglers.",
        N("commitments", "a call on another body, not an undertaking by the parties"),
    ),
    L(
        "The Ministers remain committed to the return of those who have no right to stay, in full respect of "
        "international law.",
        C("GB;FR;BE;NL;DE", "returns", "commit"),
    ),
    L(
        "They thank the Netherlands Presidency for its hospitality and will meet again in Berlin in the second half "
        "of 2018.",
        C(
            "GB;FR;BE;NL;DE",
            "governance",
            "will",
            "in the second half of 2018",
            "2018-12-31",
            conf="borderline",
            note="a thanks and a next meeting in one sentence; the meeting date is an undertaking to meet",
        ),
    ),
]
