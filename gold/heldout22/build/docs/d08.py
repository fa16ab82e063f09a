from lib import L, C, F, S, N

DATE = "2021-07-20"
SLUG = "government-response-home-affairs-committee-channel-crossings-report"
TITLE = (
    "The Government Response to the Home Affairs Committee Report: Channel Crossings, Migration and "
    "Asylum-Seeking Routes through the EU"
)
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = (
    "Government response to a select committee report (each recommendation quoted with its paragraph "
    "number, then the Government's response; Command paper)"
)
STRESS = (
    "the committee report's earlier publication date stands first in the title block; the response's own "
    "date only inside the first paragraph of the introduction ('we respond on 20 July 2021'); the cover "
    "gives only the Command number and a month-year code ('07/21'); no place"
)
THIRD = "none (France acts in a reported undertaking; the European Union named, not acting)"

LINES = [
    "The Government Response to the Home Affairs Committee Report: Channel Crossings, Migration and "
    "Asylum-Seeking Routes through the EU",
    L(
        "Committee report: Fourth Report of Session 2019-21, HC 705, published 18 May 2021",
        N("statistics", "session label, report number and publication date"),
    ),
    L("Cm 512 | 07/21", N("statistics", "Command number and month-year code")),
    "Introduction",
    L(
        "The Government thanks the Committee for its report, published on 18 May, and we respond on 20 July 2021 to "
        "each of its recommendations in turn.",
        N("commitments", "thanks and a description of the response"),
    ),
    L(
        "In 2020, 8,417 people crossed the Channel in small boats, more than four times the 1,843 who did so in 2019.",
        S(
            8417,
            "people",
            "exact",
            "small boat crossings",
            "level",
            "In 2020",
            "2020-01-01",
            "2020-12-31",
            "Channel",
        ),
        S(
            4,
            "factor",
            "more_than",
            "small boat crossings, change on 2019",
            "increase",
            "In 2020",
            "2020-01-01",
            "2020-12-31",
            "Channel",
        ),
        S(
            1843,
            "people",
            "exact",
            "small boat crossings",
            "level",
            "in 2019",
            "2019-01-01",
            "2019-12-31",
            "Channel",
        ),
    ),
    L(
        "French authorities prevented 5,100 attempts over the same year, a prevention rate of roughly 40%.",
        S(
            5100,
            "attempts",
            "exact",
            "crossing attempts prevented by French authorities",
            "level",
            location="northern French coast",
        ),
        S(
            40,
            "percent",
            "approximately",
            "prevention rate of crossing attempts",
            "level",
            location="northern French coast",
        ),
    ),
    "Recommendation 3 (paragraph 41)",
    L(
        "The Government should publish an assessment of the effect of its funding to France on the number of "
        "crossings.",
        N("commitments", "the Committee's recommendation: the Committee is not a party"),
    ),
    "Government response",
    L(
        "The Government accepts this recommendation and will publish an assessment by the end of the year.",
        C("GB", "governance", "will", "by the end of the year", "2021-12-31"),
    ),
    L(
        "Since 2014 the UK has provided £114 million to France for security at the border, and under the agreement "
        "of November 2020 we will provide a further £28.1 million (€31.4 million) in 2021-22.",
        F(
            114000000,
            "GBP",
            "GB",
            "FR",
            "disbursed",
            "security at the border",
            period_text="Since 2014",
            period_start="2014-01-01",
            period_end="2021-07-20",
            q="Since 2014 the UK has provided £114 million to France for security at the border",
        ),
        F(
            28100000,
            "GBP",
            "GB",
            "FR",
            "pledge",
            "security at the border under the November 2020 agreement",
            alt_amount=31400000,
            alt_currency="EUR",
            period_text="in 2021-22",
            period_start="2021-04-01",
            period_end="2022-03-31",
        ),
        C(
            "GB",
            "funding",
            "will",
            q="under the agreement of November 2020 we will provide a further £28.1 million "
            "(€31.4 million) in 2021-22",
        ),
    ),
    L(
        "France has committed to doubling the number of officers patrolling the beaches, and the additional "
        "officers will be deployed over the summer.",
        C("FR", "border_security", "commit"),
        N("statistics", "target inside a commitment"),
    ),
    "Recommendation 7 (paragraph 66)",
    L(
        "The Government should seek a returns agreement with the European Union to replace the Dublin III "
        "Regulation.",
        N("commitments;statistics", "the Committee's recommendation; 'Dublin III' is a name"),
    ),
    "Government response",
    L(
        "The Government partially accepts this recommendation.",
        N("commitments", "a position on a recommendation, not an undertaking"),
    ),
    L(
        "We remain committed to agreeing returns arrangements with France and other EU Member States, and we will "
        "continue to raise the issue with the European Commission.",
        C("GB", "returns", "commit"),
    ),
    L(
        "Until such arrangements are in place, the Home Office will not return people to France without the "
        "agreement of the French authorities.",
        C("GB", "returns", "will"),
    ),
    "Recommendation 9 (paragraph 78)",
    L(
        "The Government should ensure that unaccompanied children in France with family in the UK can still be "
        "reunited with them.",
        N("commitments", "the Committee's recommendation"),
    ),
    "Government response",
    "The Government accepts this recommendation. We will:",
    L(
        "- legislate to create a safe route for family reunion of unaccompanied children in Europe;",
        C("GB", "legal_framework", "will"),
    ),
    L(
        "- place a liaison officer in Paris to handle such cases with the French asylum authorities; and",
        C("GB", "asylum", "will"),
    ),
    L(
        "- report to the Committee on the number of children reunited, every six months.",
        C("GB", "governance", "will"),
    ),
    "Recommendation 11 (paragraph 90)",
    L(
        "The Government should report each year on the work of the Joint Intelligence Cell.",
        N("commitments", "the Committee's recommendation"),
    ),
    "Government response",
    L(
        "The Government accepts this recommendation: the Joint Intelligence Cell will report jointly to both Home "
        "Ministers each year, and a summary of its report will be published from 2022.",
        C(
            "GB;FR",
            "governance",
            "will",
            conf="borderline",
            note="the Cell is a joint UK-French body; actor could also be read as GB, whose response it is",
        ),
    ),
    L(
        "In 2019, 714 children were transferred to the UK under the Dublin rules, of whom about half came from "
        "France.",
        S(
            714,
            "people",
            "exact",
            "children transferred to the UK under the Dublin rules",
            "level",
            "In 2019",
            "2019-01-01",
            "2019-12-31",
        ),
        S(
            50,
            "percent",
            "approximately",
            "share of Dublin child transfers that came from France",
            "level",
            "In 2019",
            "2019-01-01",
            "2019-12-31",
            conf="borderline",
            note="'about half' as a share",
        ),
    ),
]
