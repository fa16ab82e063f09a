from lib import L, C, F, S, N

DATE = "2014-06-24"
SLUG = "uk-morocco-memorandum-of-understanding-returns"
TITLE = ("Memorandum of Understanding between the Government of the United Kingdom of Great Britain and Northern "
         "Ireland and the Government of the Kingdom of Morocco on the Return of Persons without a Right to Stay")
PARTIES = "GB;MA"
DOC_TYPE = "arrangement"
PLACE = "Rabat"
GENRE = "Memorandum of understanding on returns with a non-EU state (recitals, numbered paragraphs, joint committee)"
STRESS = "date (day written in words) and place only in the closing 'Signed in duplicate at' line"
THIRD = "Morocco (party, actor, recipient); European Union (actor, donor); IOM (actor)"

LINES = [
    "Memorandum of Understanding between the Government of the United Kingdom of Great Britain and Northern Ireland "
    "and the Government of the Kingdom of Morocco on the Return of Persons without a Right to Stay",
    "The Government of the United Kingdom of Great Britain and Northern Ireland and the Government of the Kingdom of "
    "Morocco (hereinafter \"the Participants\"),",
    L("Recalling the Declaration on a Strategic Dialogue signed by the two Governments in 2012;",
      N("commitments", "recital recalling a declaration, not its undertakings")),
    L("Welcoming Morocco's new national strategy on immigration and asylum;",
      N("commitments", "welcome")),
    L("Noting that 1,240 Moroccan nationals were found to have no right to remain in the United Kingdom in 2013, of "
      "whom 310 left voluntarily;",
      S(1240, "people", "exact", "Moroccan nationals found to have no right to remain in the UK", "level",
        period_text="in 2013", period_start="2013-01-01", period_end="2013-12-31", location="United Kingdom"),
      S(310, "people", "exact", "Moroccan nationals without a right to remain who left the UK voluntarily", "level",
        period_text="in 2013", period_start="2013-01-01", period_end="2013-12-31", location="United Kingdom")),
    L("Noting that the number of Moroccan nationals detected at the juxtaposed controls in France more than doubled "
      "between 2011 and 2013;",
      S(2, "factor", "more_than", "change in Moroccan nationals detected at the juxtaposed controls", "increase",
        period_text="between 2011 and 2013", period_start="2011-01-01", period_end="2013-12-31",
        location="France")),
    L("Noting that the average time taken to issue a travel document fell from 94 days in 2011 to 41 days in 2013;",
      S(94, "other", "exact", "average days to issue a travel document", "level",
        period_text="in 2011", period_start="2011-01-01", period_end="2011-12-31"),
      S(41, "other", "exact", "average days to issue a travel document", "decrease",
        period_text="in 2013", period_start="2013-01-01", period_end="2013-12-31")),
    L("Noting that about 17,000 migrants have applied to Morocco's exceptional regularisation campaign since "
      "January;",
      S(17000, "people", "approximately", "applications to Morocco's exceptional regularisation campaign", "level",
        period_text="since January", period_start="2014-01-01", period_end="2014-06-24", location="Morocco")),
    "Have reached the following understanding:",
    "Paragraph 1 - Purpose",
    L("1.1 This Memorandum sets out how the Participants will cooperate on the identification and return of "
      "Moroccan nationals who have no right to stay in the United Kingdom.",
      C("GB;MA", "returns", "will")),
    L("1.2 This Memorandum is not legally binding.",
      N("commitments", "disclaimer of legal effect")),
    "Paragraph 2 - Identification",
    L("2.1 The Moroccan authorities will reply to a request for identification within 30 working days of receiving "
      "it.",
      C("MA", "returns", "will"),
      N("statistics", "time limit inside the commitment", q="within 30 working days")),
    L("2.2 Where identity is confirmed, the Moroccan consular post in London will issue an emergency travel document "
      "within five working days.",
      C("MA", "returns", "will")),
    L("2.3 The United Kingdom will provide the Moroccan authorities with the fingerprints and any identity "
      "documents it holds.",
      C("GB", "returns", "will")),
    "Paragraph 3 - Return arrangements",
    L("3.1 Returns will be carried out by scheduled flights or, for groups of more than 20 persons, by charter "
      "flights, with at least ten working days' notice.",
      C("GB", "returns", "will", note="passive: the returning state carries them out"),
      N("statistics", "threshold in a condition", q="more than 20 persons")),
    L("3.2 The United Kingdom will give priority to voluntary return and will offer each voluntary returnee a "
      "reintegration package worth up to £1,500.",
      C("GB", "returns", "will"),
      N("funding", "a unit ceiling per returnee, not a quantified sum given", q="worth up to £1,500")),
    L("3.3 The International Organization for Migration will meet each returnee at Casablanca airport and provide "
      "counselling for six months.",
      C("IOM", "reception_welfare", "will")),
    "Paragraph 4 - Capacity building",
    L("4.1 The United Kingdom will contribute £2.4 million over three years to a programme to strengthen Morocco's "
      "border management and its capacity to dismantle smuggling networks.",
      C("GB", "funding", "will"),
      F(2400000, "GBP", "GB", "MA", "pledge", "Moroccan border management and anti-smuggling capacity programme",
        period_text="over three years", note="single sum for one period: per_year false, years 1")),
    L("4.2 The European Union has agreed to add €3 million to this programme through its Mobility Partnership "
      "with Morocco.",
      C("European Union", "funding", "agree"),
      F(3000000, "EUR", "European Union", "MA", "pledge",
        "Moroccan border management programme (EU Mobility Partnership)")),
    L("4.3 Morocco will host a Home Office liaison officer in Rabat from January 2015.",
      C("MA", "policing_intelligence", "will", "from January 2015", "2015-01-31")),
    "Paragraph 5 - Joint committee",
    L("5.1 A joint committee will meet at least once a year, alternately in London and Rabat, to review the "
      "operation of this Memorandum.",
      C("GB;MA", "governance", "will")),
    L("5.2 Its first meeting will take place before the end of 2014.",
      C("GB;MA", "governance", "will", "before the end of 2014", "2014-12-31")),
    L("5.3 Either Participant may end this Memorandum by written notice to the other.",
      N("commitments", "permission, not an undertaking")),
    L("Signed in duplicate at Rabat on the twenty-fourth day of June 2014, in the English, Arabic and French "
      "languages, all texts being equally valid.",
      N("statistics", "signature date", q="the twenty-fourth day of June 2014")),
    "For the Government of the United Kingdom of Great Britain and Northern Ireland: Hugh Stannard",
    "For the Government of the Kingdom of Morocco: Karim El Idrissi",
]
