from lib import L, C, F, S, N

DATE = "2008-06-26"
SLUG = "high-court-press-summary-dublin-transfers-children-france"
TITLE = "R (on the application of AB and others) v Secretary of State for the Home Department: Press Summary"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "London"
GENRE = (
    "Court press summary of a judicial review judgment (facts, undertakings recorded by the court, "
    "reasons, disclaimer)"
)
STRESS = (
    "header gives the neutral citation with a year in brackets and the earlier hearing dates as a range; "
    "the judgment date only in the closing hand-down line; the place only in the court's address"
)
THIRD = "none (France acts in reported undertakings and receives UK money)"

LINES = [
    "IN THE HIGH COURT OF JUSTICE, QUEEN'S BENCH DIVISION, ADMINISTRATIVE COURT",
    L(
        "Neutral citation: [2008] EWHC 1517 (Admin) | Case No: CO/2291/2008",
        N("statistics", "neutral citation and case number"),
    ),
    L("Hearing dates: 3-4 June 2008", N("statistics", "hearing dates")),
    "R (on the application of AB and others) v Secretary of State for the Home Department: Press Summary",
    L(
        "This summary is provided to assist in understanding the Court's decision. It does not form part of the "
        "reasons for the decision.",
        N("all", "disclaimer"),
    ),
    "Background",
    L(
        "1. The four claimants are Afghan boys who were found at Dover in lorries from Calais and whom the Secretary "
        "of State proposed to transfer to France under the Dublin Regulation.",
        N("commitments", "description of the facts"),
    ),
    L(
        "2. The court heard that 412 unaccompanied children were detected at Kent ports in 2007, a rise of 35% on "
        "2006, and that about one in three had previously been fingerprinted in France.",
        S(
            412,
            "people",
            "exact",
            "unaccompanied children detected at Kent ports",
            "level",
            "in 2007",
            "2007-01-01",
            "2007-12-31",
            "Kent ports",
        ),
        S(
            35,
            "percent",
            "exact",
            "unaccompanied children detected at Kent ports, change on 2006",
            "increase",
            "in 2007",
            "2007-01-01",
            "2007-12-31",
            "Kent ports",
        ),
        S(
            33.3,
            "percent",
            "approximately",
            "share previously fingerprinted in France",
            "level",
            conf="borderline",
            note="'one in three' as a share; value could be given as 33 or 33.3",
        ),
    ),
    L(
        "3. Only 27 children were transferred to France under the Regulation last year, against 61 adults.",
        S(
            27,
            "people",
            "exact",
            "children transferred to France under the Dublin Regulation",
            "level",
            "last year",
            "2007-01-01",
            "2007-12-31",
        ),
        S(
            61,
            "people",
            "exact",
            "adults transferred to France under the Dublin Regulation",
            "level",
            "last year",
            "2007-01-01",
            "2007-12-31",
        ),
    ),
    L(
        "4. Evidence from the French Ministry of the Interior showed that the reception centre at Saint-Omer had "
        "places for fewer than 40 children, and was usually full.",
        S(
            40,
            "places",
            "less_than",
            "places for children at the Saint-Omer reception centre",
            "level",
            location="Saint-Omer",
        ),
    ),
    "Undertakings given to the Court",
    "5. Through counsel, the Secretary of State gave the following undertakings:",
    L(
        "(a) no child claimant will be transferred to France until an age assessment has been completed in the "
        "United Kingdom;",
        C("GB", "asylum", "undertake"),
    ),
    L(
        "(b) the Home Office will notify the French authorities at least ten days before any transfer of a child;",
        C("GB", "returns", "undertake"),
        N("statistics", "time limit inside an undertaking"),
    ),
    L(
        "(c) she will publish revised guidance on Dublin transfers of children by 31 October 2008;",
        C("GB", "asylum", "undertake", "by 31 October 2008", "2008-10-31"),
    ),
    L(
        "(d) each transferred child will be accompanied by an escort trained in child protection; and",
        C("GB", "reception_welfare", "undertake"),
    ),
    L(
        "(e) she will not seek to transfer any claimant whose age remains in dispute.",
        C("GB", "returns", "undertake"),
    ),
    L(
        "6. The court was told that the Home Office had paid the French authorities £600,000 in 2007 towards "
        "reception places for children and had agreed to pay a further £350,000 a year for the next two years.",
        F(
            600000,
            "GBP",
            "GB",
            "FR",
            "disbursed",
            "reception places for children",
            period_text="in 2007",
            period_start="2007-01-01",
            period_end="2007-12-31",
        ),
        F(
            350000,
            "GBP",
            "GB",
            "FR",
            "pledge",
            "reception places for children",
            per_year=True,
            years=2,
            period_text="a year for the next two years",
        ),
    ),
    L(
        "7. The French authorities have confirmed in writing that they will keep a place at Saint-Omer available "
        "for every child transferred and will appoint a guardian within 48 hours of arrival.",
        C("FR", "reception_welfare", "will"),
        N("statistics", "time limit inside an undertaking"),
    ),
    L(
        "8. The Secretary of State also stated that she intends to agree a bilateral protocol on the transfer of "
        "children with the French Government before the end of the year.",
        C("GB", "legal_framework", "intend", "before the end of the year", "2008-12-31"),
    ),
    L(
        "9. Counsel further told the court that the Border and Immigration Agency will review all pending transfers "
        "of children to France within three months.",
        C("GB", "governance", "will", "within three months", "2008-09-26"),
    ),
    "Decision",
    L(
        "10. In the light of those undertakings the court dismissed the claims. The judge observed that the "
        "undertakings would be enforceable by the court and that the Secretary of State could not depart from "
        "them without its permission.",
        N("commitments", "the court's observation on enforceability, not a new undertaking"),
    ),
    L(
        "11. The claimants were ordered to pay the Secretary of State's costs, assessed at £14,500.",
        N("funding", "legal costs, not money for the cooperation"),
    ),
    "Judgment handed down at the Royal Courts of Justice, Strand, London, on 26 June 2008.",
]
