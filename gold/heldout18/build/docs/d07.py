from lib import L, C, F, S, N

DATE = "2022-11-24"
SLUG = "home-office-statistics-commentary-irregular-migration"
TITLE = "Irregular migration to the UK, year ending September 2022"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Official statistics release commentary (main points, table, 'about these statistics')"
STRESS = "release date next to a next-release date"
THIRD = "none (France acts; Albania named)"

LINES = [
    "Home Office",
    "Official Statistics",
    "Irregular migration to the UK, year ending September 2022",
    "Release date: 24 November 2022",
    L("Next release: 23 February 2023", N("statistics;commitments", "date of the next release")),
    "This release presents the latest figures on people detected arriving in the UK without permission, by "
    "method of entry, nationality and age, with supporting tables.",
    "1. Main points",
    L("There were 40,885 detected irregular arrivals to the UK in the year ending September 2022, 2.3 times as "
      "many as in the previous year.",
      S(40885, "people", "exact", "detected irregular arrivals to the UK", "level",
        period_text="in the year ending September 2022", period_start="2021-10-01", period_end="2022-09-30",
        location="United Kingdom"),
      S(2.3, "factor", "exact", "detected irregular arrivals, year on year", "increase",
        location="United Kingdom")),
    L("Small boats remained the main method of entry, and Albanian nationals made up around a third of those "
      "arriving this way.",
      S(33, "percent", "approximately", "share of small boat arrivals who were Albanian nationals", "level",
        conf="borderline", note="'around a third' converted to a percentage")),
    L("French authorities reported preventing 30,780 crossing attempts over the same period.",
      S(30780, "attempts", "exact", "crossing attempts prevented by the French authorities", "level",
        location="northern France")),
    L("Table 1: Detected irregular arrivals by method of entry (Irr_D01)",
      N("statistics", "table number and reference")),
    "Figures count people, not boats, and exclude people whose crossing was prevented by the French authorities.",
    "Method of entry | Year ending Sep 2021 | Year ending Sep 2022 | Change",
    L("Small boat | 14,370 | 38,025 | +165%",
      S(14370, "people", "exact", "small boat arrivals", "level", 
       
        period_start="2020-10-01", period_end="2021-09-30"),
      S(38025, "people", "exact", "small boat arrivals", "level", period_start="2021-10-01",
        period_end="2022-09-30"),
      S(165, "percent", "exact", "small boat arrivals, year on year", "increase")),
    L("Other methods (lorries, air, other) | 3,285 | 2,860 | -13%",
      S(3285, "people", "exact", "irregular arrivals by other methods", "level", period_start="2020-10-01",
        period_end="2021-09-30"),
      S(2860, "people", "exact", "irregular arrivals by other methods", "level", period_start="2021-10-01",
        period_end="2022-09-30"),
      S(13, "percent", "exact", "irregular arrivals by other methods, year on year", "decrease")),
    "2. Context",
    L("Under the previous arrangement the UK paid £54.2 million to France in 2021-22 towards patrols and "
      "surveillance on the northern French coast.",
      F(54200000, "GBP", "GB", "FR", "disbursed", "patrols and surveillance on the northern French coast",
        period_text="in 2021-22", period_start="2021-04-01", period_end="2022-03-31")),
    L("Under the arrangement signed with France earlier this month, the UK will contribute €78.6 million "
      "(£68.4 million) in 2022-23 to increase French patrols.",
      C("GB", "funding", "will"),
      F(78600000, "EUR", "GB", "FR", "pledge", "increase in French patrols", alt_amount=68400000,
        alt_currency="GBP", period_text="in 2022-23", period_start="2022-04-01", period_end="2023-03-31")),
    L("France will increase the number of officers patrolling the northern beaches by 40%.",
      C("FR", "border_security", "will"),
      N("statistics", "number inside a commitment's target", q="by 40%")),
    L("UK observers will be embedded in French control rooms for the first time.",
      C("GB", "border_security", "will")),
    L("The Government has committed to clearing the backlog of initial asylum decisions made before June 2022 "
      "by the end of 2023.",
      C("GB", "asylum", "commit", "by the end of 2023", "2023-12-31")),
    L("A returns arrangement with Albania is expected to be finalised before the end of the year.",
      N("commitments", "expectation, not an undertaking")),
    L("The cost of the asylum system was £2.1 billion in 2021-22.",
      N("funding", "own spending, not funding of the cooperation")),
    "3. Changes to these statistics",
    L("From the next release, the Home Office will publish quarterly figures on prevented crossings supplied by "
      "the French authorities.",
      C("GB", "governance", "will", "From the next release",
        note="relative anchor: text kept, date left empty")),
    L("We will also add a breakdown of arrivals by age and sex from February 2023.",
      C("GB", "governance", "will", "from February 2023", "2023-02-28")),
    L("A revised methodology note will be published alongside the February release.",
      C("GB", "governance", "will", "alongside the February release", "2023-02-28")),
    L("We intend to consult users on the frequency of these statistics in spring 2023.",
      C("GB", "governance", "intend", "in spring 2023", "2023-05-31")),
    L("These are Official Statistics and have been produced to the standards set out in the Code of Practice "
      "for Statistics.",
      N("commitments", "statement of status")),
    "4. About these statistics",
    L("Detected irregular arrivals include people detected on arrival at UK ports and those detected in the UK "
      "within 72 hours of arriving.",
      N("statistics", "number in a definition")),
    "Figures for the latest quarter are provisional and may be revised in later releases as records are updated "
    "and checked against casework systems.",
    "Related publications: Immigration system statistics, year ending September 2022; How many people come to "
    "the UK irregularly?",
    "Contact: Migration Statistics, Home Office",
]
