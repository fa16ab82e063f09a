from lib import L, C, F, S, N

DATE = "2025-10-14"
SLUG = "nca-oltim-working-arrangement"
TITLE = ("Working Arrangement between the National Crime Agency of the United Kingdom and the Office de lutte "
         "contre le trafic illicite de migrants of the French Republic on joint investigations")
PARTIES = "GB;FR"
DOC_TYPE = "arrangement"
PLACE = "Paris"
GENRE = "Bilateral working arrangement between police agencies"
STRESS = "date written in words, only in the closing formula"
THIRD = "none (Europol named as a channel, not an actor)"

A = "GB;FR"
Q_REC = ("Recognising that their joint work led in 2024 to 87 arrests and to the dismantling of 14 networks, "
         "against 9 in 2023;")
Q_BOAT = "Noting that the average number of people carried in each small boat rose from 13 in 2019 to 61 in 2024;"

LINES = [
    "WORKING ARRANGEMENT",
    "between the National Crime Agency of the United Kingdom of Great Britain and Northern Ireland (NCA) and the "
    "Office de lutte contre le trafic illicite de migrants of the French Republic (OLTIM) on joint investigations "
    "into migrant smuggling",
    "The NCA and OLTIM (hereinafter \"the Participants\"),",
    L("Noting the close cooperation between their services since 2018;",
      N("commitments;statistics", "a description of past cooperation; a year")),
    L(Q_REC,
      S(87, "people", "exact", "arrests from joint NCA-OLTIM work", "level", period_text="in 2024",
        period_start="2024-01-01", period_end="2024-12-31"),
      S(14, "networks", "exact", "networks dismantled by joint work", "level", period_text="in 2024",
        period_start="2024-01-01", period_end="2024-12-31"),
      S(9, "networks", "exact", "networks dismantled by joint work", "level", period_text="in 2023",
        period_start="2023-01-01", period_end="2023-12-31", note="elliptical comparison figure")),
    L(Q_BOAT,
      S(13, "people", "exact", "average people per small boat", "level", period_text="in 2019",
        period_start="2019-01-01", period_end="2019-12-31", location="Channel"),
      S(61, "people", "exact", "average people per small boat", "increase", period_text="in 2024",
        period_start="2024-01-01", period_end="2024-12-31", location="Channel")),
    L("Noting that almost 90% of the boats launched in 2024 were bought in Germany or transited through Belgium, "
      "and that the volume of intelligence reports exchanged has tripled since 2022;",
      S(90, "percent", "approximately", "share of boats bought in Germany or transited through Belgium", "level",
        period_text="in 2024", period_start="2024-01-01", period_end="2024-12-31"),
      S(3, "factor", "exact", "intelligence reports exchanged", "increase", period_text="since 2022",
        period_start="2022-01-01", period_end="2025-10-14")),
    "Have come to the following arrangement:",
    "Section 1 – Contact points and liaison",
    L("1.1 Each Participant will designate a senior officer as its contact point within thirty days of signature.",
      C(A, "policing_intelligence", "will", "within thirty days of signature", "2025-11-13")),
    L("1.2 The NCA will post two liaison officers to OLTIM headquarters in Nanterre, and OLTIM will post one "
      "officer to the NCA in London.",
      C(A, "policing_intelligence", "will", note="one sentence, two actors: both"),
      N("statistics", "numbers inside a commitment", q="two liaison officers")),
    "Section 2 – Exchange of information",
    L("2.1 The Participants will exchange intelligence on smuggling networks through Europol's SIENA channel or, "
      "where urgency requires, directly and without delay.",
      C(A, "policing_intelligence", "will", "without delay", "")),
    L("2.2 Information will not be passed to a third State without the prior written consent of the Participant "
      "that provided it.",
      C(A, "legal_framework", "will", note="negative undertaking")),
    "Section 3 – Joint investigations",
    L("3.1 The Participants will set up joint investigation teams where a network operates in both countries.",
      C(A, "policing_intelligence", "will")),
    L("3.2 OLTIM will lead investigations into the supply of boats and engines on French territory; the NCA will "
      "lead financial investigations in the United Kingdom.",
      C(A, "policing_intelligence", "will")),
    L("3.3 Prosecutors will be informed at the start of each joint case.",
      C(A, "policing_intelligence", "will")),
    L("3.4 Assets seized in joint cases, worth €4.7 million in 2024, are shared under the domestic law of each "
      "country.",
      N("funding", "seized assets are not funding")),
    "Section 4 – Costs",
    L("4.1 Each Participant will bear its own costs unless the Participants decide otherwise.",
      C(A, "funding", "will")),
    L("4.2 The daily subsistence allowance of €120 for seconded officers is paid by the sending Participant.",
      N("funding", "an allowance paid to one's own staff")),
    L("4.3 The NCA will also pay €240,000 a year for the next two years towards two OLTIM analyst posts dedicated "
      "to Channel cases.",
      C("GB", "funding", "will", "for the next two years", "2027-10-14", note="decision D4"),
      F(240000, "EUR", "GB", "FR (OLTIM)", "pledge", "two OLTIM analyst posts for Channel cases", per_year=True,
        years=2, period_text="a year for the next two years", period_start="2025-10-14",
        period_end="2027-10-14", conf="borderline",
        note="money given to the partner, but it pays salaries: funding or a salary? debatable")),
    L("4.4 The NCA will meet the cost of secure communication equipment for both Participants, up to £350,000.",
      C("GB", "funding", "will"),
      F(350000, "GBP", "GB", "NCA and OLTIM", "pledge", "secure communication equipment",
        note="'up to' is a ceiling; amount recorded as stated")),
    L("4.5 The Home Office provided €1.8 million in 2024 for OLTIM's digital forensics laboratory at Coquelles.",
      F(1800000, "EUR", "GB", "FR (OLTIM)", "disbursed", "digital forensics laboratory at Coquelles",
        period_text="in 2024", period_start="2024-01-01", period_end="2024-12-31",
        note="the Home Office is a UK body -> GB")),
    "Section 5 – Review and final provisions",
    L("5.1 The Participants will review this Arrangement by the end of 2026 and every two years thereafter.",
      C(A, "governance", "will", "by the end of 2026", "2026-12-31")),
    L("5.2 A first joint report on results will be submitted to the Home Secretary and the French Minister of the "
      "Interior by 31 March 2026.",
      C(A, "governance", "will", "by 31 March 2026", "2026-03-31")),
    L("5.3 This Arrangement does not create legally binding obligations.",
      N("commitments", "statement of legal status")),
    L("Done at Paris on the fourteenth day of October in the year two thousand and twenty-five, in two originals "
      "in English and French.",
      N("all", "closing formula with the date in words")),
    "For the NCA: Graham Lowther, Director of Border Threat",
    "For OLTIM: Commissaire divisionnaire Sophie Renaudin, Head of Office",
]
