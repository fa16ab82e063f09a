from lib import L, C, F, S, N

DATE = "2016-09-26"
SLUG = "kent-cabinet-report-uasc-calais-transfers"
TITLE = ("Unaccompanied Asylum-Seeking Children: Transfers from Calais and the Sustainability of Kent's "
         "Reception Arrangements")
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "Maidstone"
GENRE = "Local authority cabinet report (county council decision paper with summary and recommendations)"
STRESS = "title over two lines inside the report header block"
THIRD = "none (France acts in one undertaking and receives UK money)"

LINES = [
    "KENT COUNTY COUNCIL",
    "By: Cabinet Member for Specialist Children's Services",
    "To: Cabinet, Sessions House, Maidstone - 26 September 2016",
    L("Decision No: 16/00091", N("statistics", "decision reference number")),
    "Subject: Unaccompanied Asylum-Seeking Children: Transfers from Calais",
    "and the Sustainability of Kent's Reception Arrangements",
    "Classification: Unrestricted",
    "1. Summary",
    L("Kent currently looks after 1,312 unaccompanied asylum-seeking children (UASC) and care leavers, "
      "against 605 in June 2015.",
      S(1312, "people", "exact", "UASC and former UASC care leavers looked after by Kent", "level",
        location="Kent"),
      S(605, "people", "exact", "UASC and former UASC care leavers looked after by Kent", "level",
        period_text="in June 2015", period_start="2015-06-01", period_end="2015-06-30", location="Kent")),
    L("Since 1 January 2016, 953 children have arrived at the Port of Dover and the Channel Tunnel, about one in "
      "five of them through the Eurotunnel site at Folkestone.",
      S(953, "people", "exact", "unaccompanied children arriving at Dover and the Channel Tunnel", "level",
        period_text="Since 1 January 2016", period_start="2016-01-01", period_end="2016-09-26",
        location="Dover and the Channel Tunnel"),
      S(20, "percent", "approximately", "share of arriving children who came through the Eurotunnel site",
        "level", location="Folkestone", conf="borderline", note="'about one in five' converted to a percentage")),
    L("Placements outside the county rose from 40 to 112 over the same period.",
      S(40, "people", "exact", "UASC placed outside Kent (start of period)", "level"),
      S(112, "people", "exact", "UASC placed outside Kent (end of period)", "level")),
    L("French associations estimate that some 380 children remain in the Calais camp.",
      S(380, "people", "approximately", "children in the Calais camp", "level", location="Calais")),
    L("The Home Office has indicated that up to 300 children with family links may be transferred from Calais "
      "under the Dublin III Regulation before the camp closes.",
      N("statistics;commitments", "projection of a possible transfer, not a count nor an undertaking; "
                                   "'Dublin III' is a name")),
    "2. Financial implications",
    L("In 2015-16 the Home Office reimbursed £21.6 million of the Council's UASC costs, leaving a shortfall "
      "of £5.2 million.",
      F(21600000, "GBP", "GB", "Kent County Council", "disbursed", "reimbursement of UASC care costs",
        period_text="In 2015-16", period_start="2015-04-01", period_end="2016-03-31", conf="borderline",
        note="domestic grant to a local authority for arrivals across the Channel; the shortfall is not funding")),
    L("The Home Office pays the Council £114 per child per night for children under 16.",
      N("funding", "unit rate, not an amount given for the cooperation")),
    L("Nationally, the Government has committed £10 million this year to the security of the port of Calais, "
      "and has given France €2.3 million (£2 million) for a protected area for women and children in the "
      "camp.",
      C("GB", "funding", "commit", q="Nationally, the Government has committed £10 million this year to the "
                                     "security of the port of Calais"),
      F(10000000, "GBP", "GB", "FR", "pledge", "security of the port of Calais", period_text="this year",
        period_start="2016-01-01", period_end="2016-12-31"),
      F(2300000, "EUR", "GB", "FR", "disbursed", "protected area for women and children in the Calais camp",
        alt_amount=2000000, alt_currency="GBP")),
    L("The Council's budget for Specialist Children's Services this year is £130 million.",
      N("funding", "the Council's own budget")),
    "3. Actions agreed with the Home Office",
    L("Following the meeting of 14 September 2016, the Home Office has agreed to:",
      N("commitments", "bare lead-in after a meeting report")),
    L("(a) transfer at least 50 children a month from Kent to other authorities through the National Transfer "
      "Scheme;",
      C("GB", "reception_welfare", "agree"),
      N("statistics", "number inside a commitment's target", q="at least 50 children a month")),
    L("(b) meet the full cost of care leavers who arrived as UASC from April 2017;",
      C("GB", "funding", "agree", "from April 2017", "2017-04-30")),
    L("(c) station two social workers in the Calais camp, with the agreement of the French authorities, to "
      "assess family links before transfer.",
      C("GB", "reception_welfare", "agree")),
    L("The French authorities will provide accommodation in Calais for children awaiting assessment.",
      C("FR", "reception_welfare", "will")),
    "4. Council actions",
    L("The Council will open a second reception centre in Ashford by the end of October.",
      C("GB", "reception_welfare", "will", "by the end of October", "2016-10-31")),
    L("Kent will continue to receive all new arrivals at Dover while the transfers are under way.",
      C("GB", "reception_welfare", "will")),
    L("The Leader will write to the Home Secretary to seek a review of the funding rates before the end of the "
      "financial year.",
      C("GB", "governance", "will", "before the end of the financial year", "2017-03-31")),
    L("If transfers fall below the agreed level, the Council will formally notify the Home Office that it can no "
      "longer accept new referrals.",
      C("GB", "reception_welfare", "will")),
    L("The Council does not intend to seek a judicial review at this stage.",
      C("GB", "legal_framework", "intend", conf="borderline",
        note="negated intention: a present stance rather than an undertaking")),
    "5. Recommendation",
    L("Cabinet is asked to NOTE the report and ENDORSE the actions in sections 3 and 4.",
      N("commitments", "request to a decision body; section numbers")),
]
