from lib import L, C, F, S, N

DATE = "2024-01-16"
SLUG = "home-affairs-committee-conclusions-returns-partner-states"
TITLE = "Channel crossings: returns and cooperation with partner states"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Select committee report: numbered conclusions and recommendations section"
STRESS = "ordered-to-be-printed date and a later publication date"
THIRD = "Belgium (recipient of UK money; named in a UK plan); Frontex (actor); IOM (recipient)"

LINES = [
    "House of Commons",
    "Home Affairs Committee",
    "Channel crossings: returns and cooperation with partner states",
    L("Fourth Report of Session 2023-24", N("statistics", "report number and session label")),
    "Report, together with formal minutes relating to the report",
    "Ordered by the House of Commons to be printed 16 January 2024",
    "HC 212",
    "Published on 23 January 2024 by authority of the House of Commons",
    "Conclusions and recommendations",
    "Our inquiry took evidence from ministers, officials, the French and Belgian embassies and non-governmental "
    "organisations in the second half of 2023. Paragraph numbers refer to the chapters of this report.",
    L("1. Small boat arrivals fell by 33% in 2023, to 30,120, after a record 45,210 in 2022.",
      S(33, "percent", "exact", "small boat arrivals, 2023 vs 2022", "decrease", period_text="in 2023",
        period_start="2023-01-01", period_end="2023-12-31"),
      S(30120, "people", "exact", "small boat arrivals", "level", period_text="in 2023",
        period_start="2023-01-01", period_end="2023-12-31"),
      S(45210, "people", "exact", "small boat arrivals", "level", period_text="in 2022",
        period_start="2022-01-01", period_end="2022-12-31")),
    L("We welcome this reduction, but it is too early to say whether it will last.",
      N("commitments", "welcome and assessment")),
    L("2. The Minister told us that \"the Government will double the number of immigration enforcement staff "
      "deployed in France by the end of 2024\".",
      C("GB", "border_security", "will", "by the end of 2024", "2024-12-31",
        q="the Government will double the number of immigration enforcement staff deployed in France by the end "
          "of 2024"),
      N("statistics", "factor inside a commitment's target", q="will double the number")),
    L("We recommend that the Government set out, in its response to this report, how it will measure the effect "
      "of that deployment.",
      N("commitments", "recommendation of the Committee")),
    L("3. Returns to Albania rose from 1,010 in 2022 to 5,290 in 2023, more than five times as many.",
      S(1010, "people", "exact", "returns to Albania", "level", period_text="in 2022",
        period_start="2022-01-01", period_end="2022-12-31", location="Albania"),
      S(5290, "people", "exact", "returns to Albania", "level", period_text="in 2023",
        period_start="2023-01-01", period_end="2023-12-31", location="Albania"),
      S(5, "factor", "more_than", "returns to Albania, 2023 vs 2022", "increase", location="Albania")),
    L("Overall, 24,027 people were returned in 2023, 4% fewer than in 2019.",
      S(24027, "people", "exact", "people returned from the UK", "level", period_text="in 2023",
        period_start="2023-01-01", period_end="2023-12-31"),
      S(4, "percent", "exact", "people returned, 2023 vs 2019", "decrease")),
    L("4. The Government has committed to concluding returns agreements with at least three further countries "
      "by the end of this Parliament.",
      C("GB", "returns", "commit", "by the end of this Parliament",
        note="relative anchor: text kept, date left empty"),
      N("statistics", "number inside a commitment's target", q="at least three further countries")),
    L("We are not persuaded that this target is realistic.", N("commitments", "assessment")),
    L("5. The Home Office told us that it intends to pilot a joint returns flight with France and Belgium in the "
      "spring.",
      C("GB", "returns", "intend", "in the spring", "2024-05-31")),
    L("Frontex will, according to the Minister, share risk analysis with the United Kingdom once the working "
      "arrangement now under negotiation is concluded.",
      C("Frontex", "eu_international", "will")),
    L("6. The Government has pledged £2 million a year for four years to the Belgian federal police for "
      "patrols on the coast.",
      C("GB", "funding", "pledge"),
      F(2000000, "GBP", "GB", "BE", "pledge", "Belgian federal police patrols on the coast", per_year=True,
        years=4, period_text="a year for four years")),
    L("It paid £8.5 million to the International Organization for Migration in 2023 for voluntary returns "
      "from France and Belgium.",
      F(8500000, "GBP", "GB", "IOM", "disbursed", "voluntary returns from France and Belgium",
        period_text="in 2023", period_start="2023-01-01", period_end="2023-12-31")),
    L("The cost of accommodating asylum seekers in hotels reached £7.1 million a day.",
      N("funding", "own spending")),
    L("7. The Minister undertook to write to us with the figures for prevented crossings before the summer "
      "recess.",
      C("GB", "governance", "undertake", "before the summer recess",
        note="parliamentary recess: no calendar date in the phrase")),
    L("The Government will also publish its evaluation of the UK-France arrangement in March 2024.",
      C("GB", "governance", "will", "in March 2024", "2024-03-31")),
    L("It intends to legislate in this session to allow data on crossings to be shared with partner states.",
      C("GB", "legal_framework", "intend", "in this session",
        note="parliamentary session: no calendar date in the phrase")),
    L("8. France, the Minister said, has agreed to trial interventions in shallow coastal waters, but will not "
      "intercept boats at sea.",
      C("FR", "border_security", "agree")),
    L("We have asked the Home Office to share the legal basis of these operations with us.",
      N("commitments", "request of the Committee")),
    L("Under the usual convention, the Government is expected to reply to this report within two months.",
      N("commitments;statistics", "parliamentary timetable expectation; a period")),
]
