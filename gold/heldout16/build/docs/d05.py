from lib import L, C, F, S, N

DATE = "2018-05-23"
SLUG = "uk-georgia-readmission-agreement"
TITLE = ("Agreement between the Government of the United Kingdom of Great Britain and Northern Ireland and the "
         "Government of Georgia on the Readmission of Persons Residing without Authorisation")
PARTIES = "GB;GE"
DOC_TYPE = "treaty"
PLACE = "Tbilisi"
GENRE = "Readmission agreement with a non-EU state (articles, 'shall', statistical annex)"
STRESS = "place and date only in the 'Done at' line before the signatures"
THIRD = "Georgia (party); IOM (actor); European Union (donor)"

A = "GB;GE"

LINES = [
    "AGREEMENT BETWEEN THE GOVERNMENT OF THE UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND AND THE "
    "GOVERNMENT OF GEORGIA ON THE READMISSION OF PERSONS RESIDING WITHOUT AUTHORISATION",
    "The Government of the United Kingdom of Great Britain and Northern Ireland and the Government of Georgia "
    "(hereinafter \"the Parties\"),",
    L("Noting that 1,150 Georgian nationals were refused leave to remain in the United Kingdom in 2017, an increase "
      "of 38% on 2016;",
      S(1150, "people", "exact", "Georgian nationals refused leave to remain", "level", period_text="in 2017",
        period_start="2017-01-01", period_end="2017-12-31", location="United Kingdom"),
      S(38, "percent", "exact", "refusals of leave to remain, 2017 vs 2016", "increase",
        location="United Kingdom")),
    L("Noting that some 640 Georgian nationals were returned from the United Kingdom in 2017, of whom 212 left "
      "voluntarily;",
      S(640, "people", "approximately", "Georgian nationals returned from the UK", "level", period_text="in 2017",
        period_start="2017-01-01", period_end="2017-12-31"),
      S(212, "people", "exact", "Georgian nationals who left voluntarily", "level", period_text="in 2017",
        period_start="2017-01-01", period_end="2017-12-31")),
    L("Noting that asylum applications by Georgian nationals in the Member States of the European Union have doubled "
      "since visa-free travel began;",
      S(2, "factor", "exact", "asylum applications by Georgian nationals in EU Member States", "increase",
        location="European Union")),
    L("Welcoming the Mobility Partnership between Georgia and the European Union and the visa liberalisation that "
      "took effect in March 2017;",
      N("commitments", "welcoming"),
      N("statistics", "a date, not a figure", q="in March 2017")),
    "Have agreed as follows:",
    "Article 1 – Definitions",
    L("For the purposes of this Agreement, \"requesting State\" means the Party submitting a readmission application "
      "and \"requested State\" the Party receiving it.",
      N("commitments", "definition, no undertaking")),
    "Article 2 – Readmission obligations",
    L("1. Georgia shall readmit, upon application by the United Kingdom, any person who does not fulfil the "
      "conditions for stay in the United Kingdom, where it is proved that the person is a national of Georgia.",
      C("GE", "returns", "will", note="treaty 'shall'")),
    L("2. The United Kingdom shall readmit, upon application by Georgia, any British citizen who does not fulfil the "
      "conditions for stay in Georgia.",
      C("GB", "returns", "will")),
    "Article 3 – Procedure",
    L("The requested State shall reply to a readmission application within 15 calendar days.",
      C(A, "returns", "will", "within 15 calendar days", "", note="either Party as requested State")),
    L("Georgian diplomatic missions shall issue an emergency travel document within three working days of a "
      "positive reply.",
      C("GE", "returns", "will", "within three working days of a positive reply", "")),
    "Article 4 – Transit and data protection",
    L("The Parties shall limit transit operations to cases where the person cannot be returned directly.",
      C(A, "returns", "will")),
    L("Personal data shall be exchanged only for the purposes of this Agreement and shall be deleted once they are no "
      "longer needed.",
      C(A, "legal_framework", "will", note="passive without agent: both Parties")),
    "Article 5 – Reintegration",
    L("1. The United Kingdom shall contribute £1.8 million over three years to a reintegration programme for "
      "returnees to Georgia.",
      C("GB", "funding", "will"),
      F(1800000, "GBP", "GB", "IOM", "pledge", "reintegration programme for returnees to Georgia",
        period_text="over three years",
        note="one sum for the whole period: per_year false, years 1")),
    L("2. The programme will be implemented by the International Organization for Migration, which will give each "
      "returnee a reintegration grant and follow the case for twelve months.",
      C("IOM", "returns", "will")),
    L("3. The European Union will provide a further €600,000 to the programme under its Mobility Partnership with "
      "Georgia.",
      C("European Union", "funding", "will"),
      F(600000, "EUR", "European Union", "IOM", "pledge", "reintegration programme for returnees to Georgia")),
    "Article 6 – Costs",
    L("All transport costs up to the border of the requested State, including escort allowances of up to £120 a day, "
      "shall be borne by the requesting State.",
      C(A, "funding", "will", note="cost-sharing obligation without a pledged amount"),
      N("funding", "a cap on escort allowances, not money given", q="escort allowances of up to £120 a day")),
    "Article 7 – Prevention",
    L("Georgia undertakes to take all necessary measures to prevent the irregular departure of its nationals towards "
      "the United Kingdom.",
      C("GE", "upstream_cooperation", "undertake")),
    L("The United Kingdom will support information campaigns in Georgia on the risks of irregular migration.",
      C("GB", "information_campaigns", "will")),
    "Article 8 – Joint Readmission Committee",
    L("The Parties shall establish a Joint Readmission Committee, which shall adopt its rules of procedure within six "
      "months of the entry into force of this Agreement.",
      C(A, "governance", "will", "within six months of the entry into force of this Agreement", "")),
    "Article 9 – Final provisions",
    L("This Agreement may be terminated by either Party by written notice to the other.",
      N("commitments", "'may': an option, not an undertaking")),
    L("Done at Tbilisi on 23 May 2018, in duplicate, in the English and Georgian languages, both texts being equally "
      "authentic.",
      N("statistics", "date of signature", q="23 May 2018")),
    "For the Government of the United Kingdom of Great Britain and Northern Ireland: Harriet Glennon",
    "For the Government of Georgia: Levan Kipiani",
    "Annex – Reference figures for 2017",
    L("Average time taken to answer a readmission request: 41 days",
      S(41, "other", "exact", "average days to answer a readmission request", "level",
        q="Average time taken to answer a readmission request: 41 days",
        note="days, unit other; the year 2017 is in the annex heading only")),
    L("Share of requests answered within the time limit: 72%",
      S(72, "percent", "exact", "readmission requests answered within the time limit", "level")),
]
