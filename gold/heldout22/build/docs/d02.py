from lib import L, C, F, S, N

DATE = "2004-03-30"
SLUG = "terms-of-reference-tripartite-steering-group-eurostar-controls"
TITLE = "Tripartite Steering Group on Immigration Controls on the Eurostar Service: Terms of Reference"
PARTIES = "GB;FR;BE"
DOC_TYPE = "other"
PLACE = "Lille"
GENRE = (
    "Terms of reference of a standing tripartite officials' group (purpose, membership, functions with 'shall', "
    "working methods, costs, review)"
)
STRESS = (
    "date only in a month-first form in the status line under the title ('Status: agreed - effective March 30, "
    "2004'); the place only inside the membership paragraph ('first meeting ... held in Lille'); an earlier "
    "draft date in the same line"
)
THIRD = "Belgium (party, actor, donor)"

LINES = [
    "RESTRICTED - POLICY",
    "Tripartite Steering Group on Immigration Controls on the Eurostar Service",
    "Terms of Reference",
    L(
        "Status: agreed - effective March 30, 2004 (replaces draft of February 11, 2004)",
        N("statistics", "status line with dates"),
    ),
    "1. Background",
    L(
        "1.1 In 2003 immigration officers at Brussels-Midi and Lille-Europe refused leave to board to 1,240 "
        "passengers, up from 410 in 2002.",
        S(
            1240,
            "people",
            "exact",
            "Eurostar passengers refused leave to board",
            "increase",
            "In 2003",
            "2003-01-01",
            "2003-12-31",
            "Brussels-Midi and Lille-Europe",
        ),
        S(
            410,
            "people",
            "exact",
            "Eurostar passengers refused leave to board",
            "level",
            "in 2002",
            "2002-01-01",
            "2002-12-31",
            "Brussels-Midi and Lille-Europe",
        ),
    ),
    L(
        "1.2 Asylum claims made on arrival at Waterloo International by passengers travelling from Brussels fell by "
        "roughly two thirds over the same period, to fewer than 300.",
        S(
            66.7,
            "percent",
            "approximately",
            "asylum claims on arrival at Waterloo from Brussels",
            "decrease",
            conf="borderline",
            note="'roughly two thirds' as a percentage fall; a pipeline may give it as a fraction",
        ),
        S(
            300,
            "people",
            "less_than",
            "asylum claims on arrival at Waterloo from Brussels",
            "level",
            location="Waterloo International",
        ),
    ),
    L(
        "1.3 The so-called Lille loophole, by which passengers holding tickets to Lille stayed on the train to "
        "London, accounted for about one refusal in every five.",
        S(
            20,
            "percent",
            "approximately",
            "share of refusals linked to the Lille loophole",
            "level",
            location="Lille-Europe",
            conf="borderline",
            note="'one refusal in every five' as a share (D3)",
        ),
    ),
    L(
        "1.4 Over the twelve months to February 2004 the Belgian police detected 86 forged travel documents at "
        "Brussels-Midi, nearly three times as many as a year earlier.",
        S(
            86,
            "other",
            "exact",
            "forged travel documents detected",
            "level",
            "Over the twelve months to February 2004",
            "2003-03-01",
            "2004-02-29",
            "Brussels-Midi",
        ),
        S(
            3,
            "factor",
            "approximately",
            "forged travel documents detected, change on the previous year",
            "increase",
            location="Brussels-Midi",
        ),
    ),
    "2. Membership",
    L(
        "2.1 The Group brings together the Home Office, the French Ministry of the Interior and the Belgian Federal "
        "Public Service Interior; its first meeting under these terms was held in Lille.",
        N("commitments", "description of membership and of a past meeting"),
    ),
    L(
        "2.2 Each delegation shall be led by an official of at least director level and may include up to three "
        "advisers.",
        C("GB;FR;BE", "governance", "will"),
        N("statistics", "number inside an obligation"),
    ),
    L(
        "2.3 The secretariat of the Group shall be provided in turn by each delegation for a period of six months, "
        "beginning with the United Kingdom.",
        C("GB;FR;BE", "governance", "will"),
    ),
    "3. Functions",
    "3.1 The Group shall:",
    L(
        "a) oversee the operation of the immigration controls carried out under the tripartite arrangement at "
        "Brussels-Midi;",
        C("GB;FR;BE", "border_security", "will"),
    ),
    L(
        "b) agree, before the end of the year, a common procedure for passengers who claim asylum before boarding;",
        C("GB;FR;BE", "asylum", "will", "before the end of the year", "2004-12-31"),
    ),
    L(
        "c) exchange monthly data on refusals, detections and forged documents; and",
        C("GB;FR;BE", "legal_framework", "will"),
    ),
    L(
        "d) report jointly to the three Ministers by September 2004.",
        C("GB;FR;BE", "governance", "will", "by September 2004", "2004-09-30"),
    ),
    L(
        "3.2 The Belgian Federal Police will provide a permanent liaison officer to the Home Office team at "
        "Brussels-Midi.",
        C("BE", "policing_intelligence", "will"),
    ),
    L(
        "3.3 The French delegation undertakes to close the Lille loophole by extending checks to all passengers on "
        "London-bound trains at Lille-Europe.",
        C("FR", "border_security", "undertake"),
    ),
    L(
        "3.4 The Group shall not deal with individual cases, which remain a matter for the competent national "
        "authority.",
        C(
            "GB;FR;BE",
            "governance",
            "will",
            conf="borderline",
            note="negative 'shall not' defining the Group's remit; an undertaking by restraint or a scope clause",
        ),
    ),
    "4. Costs",
    L(
        "4.1 The United Kingdom shall contribute EUR 250,000 (GBP 170,000) towards document-reading equipment at "
        "Brussels-Midi and Lille-Europe, and Belgium has already provided EUR 80,000 for the refurbishment of the "
        "control booths.",
        C("GB", "funding", "will"),
        F(
            250000,
            "EUR",
            "GB",
            "BE;FR (control points)",
            "pledge",
            "document-reading equipment",
            alt_amount=170000,
            alt_currency="GBP",
        ),
        F(
            80000,
            "EUR",
            "BE",
            "control booths at Brussels-Midi",
            "disbursed",
            "refurbishment of control booths",
        ),
    ),
    L(
        "4.2 Each delegation shall bear its own travel and subsistence costs.",
        N("funding", "own costs, no amount given for the cooperation"),
    ),
    L(
        "4.3 A railway fare from Brussels to Lille currently costs around EUR 20, well below the London fare.",
        N("funding;statistics", "a price, neither funding nor a figure about migration"),
    ),
    "5. Review",
    L(
        "5.1 These terms of reference will be reviewed after twelve months in the light of the Group's first "
        "annual report.",
        C(
            "GB;FR;BE",
            "governance",
            "will",
            "after twelve months",
            "2005-03-30",
            conf="borderline",
            note="'after twelve months' marks when the review starts rather than a deadline",
        ),
    ),
    L(
        "5.2 Nothing in these terms creates obligations under international law.",
        N("commitments", "non-binding saving clause"),
    ),
]
