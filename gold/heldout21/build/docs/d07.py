from lib import L, C, F, S, N

DATE = "2016-10-12"
SLUG = "french-ambassador-blog-calais-what-france-is-doing"
TITLE = "Calais: what France is doing, and what we are doing together"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = "London"
GENRE = ("Ambassador's blog post in English on an embassy website (first person of the French Government, "
         "comments count, tags)")
STRESS = ("no dateline: the date appears only as a numeric path inside the permalink at the foot of the post "
          "(/2016/10/12/); the place only in the blog's masthead ('French Embassy in London')")
THIRD = "none (the European Union is asked to fund returns but does not act)"

LINES = [
    "French Embassy in London | Ambassador's blog",
    "Calais: what France is doing, and what we are doing together",
    "Posted by the Ambassador",
    "Many of you have written to me about Calais, so let me set out plainly where things stand.",
    "I visited the camp again last month with the prefect of the Pas-de-Calais and the mayor of Calais.",
    "The people I met there came mostly from Sudan, Afghanistan and Eritrea, and many had spent months on the road "
    "through Libya, Italy or the Balkans.",
    "Their journeys end in the same place: a muddy stretch of dunes beside the port, within sight of the English "
    "coast.",
    L("Over the past year the number of people living in the camp known as the Jungle has risen from about 3,000 "
      "to more than 8,000, according to the prefecture's latest count.",
      S(3000, "people", "approximately", "people living in the Calais camp", "level", location="Calais"),
      S(8000, "people", "more_than", "people living in the Calais camp", "increase",
        period_text="Over the past year", location="Calais")),
    L("Last year French police prevented 37,000 attempts to board lorries and trains for Britain, nine times more "
      "than in 2013.",
      S(37000, "attempts", "exact", "attempts to board lorries and trains for Britain prevented", "level",
        period_text="Last year", period_start="2015-01-01", period_end="2015-12-31", location="Calais"),
      S(9, "factor", "exact", "prevented attempts compared with 2013", "increase", location="Calais")),
    L("French police dismantled 41 smuggling networks operating on the coast last year, up from 30 the year before.",
      S(41, "networks", "exact", "smuggling networks dismantled", "increase", period_text="last year",
        period_start="2015-01-01", period_end="2015-12-31", location="northern French coast"),
      S(30, "networks", "exact", "smuggling networks dismantled", "level", period_text="the year before",
        period_start="2014-01-01", period_end="2014-12-31", location="northern French coast")),
    L("Nobody should have to live like this in one of the richest regions of Europe.",
      N("commitments", "belief")),
    L("France is spending some €2.5 million a month on policing the area.",
      N("funding", "France's own spending (D10)")),
    L("So we will close the camp before the winter and offer every adult a place in a reception and orientation "
      "centre elsewhere in France.",
      C("FR", "reception_welfare", "will", "before the winter", "2016-11-30",
        note="'we' is the French Government (D19); 'before the winter' resolved to 30 November, as 'before the "
             "summer' is to 31 May")),
    L("The prefecture will keep a day centre open in Calais for those who arrive after the clearance.",
      C("FR", "reception_welfare", "will")),
    L("France will also double the number of places for asylum seekers in the Hauts-de-France region.",
      C("FR", "reception_welfare", "will"),
      N("statistics", "'double' is the target inside a commitment")),
    L("Children come first, and here Britain has a part to play.",
      N("commitments", "statement of principle")),
    L("Britain has agreed to examine, before the camp is cleared, the cases of all unaccompanied children with a "
      "family link in the UK, and to transfer those who qualify.",
      C("GB", "asylum", "agree", "before the camp is cleared", "",
        note="relative anchor with no date (D13)")),
    L("The Home Office has already accepted more than 200 children since the beginning of the year.",
      S(200, "people", "more_than", "unaccompanied children accepted for transfer to the UK", "level",
        period_text="since the beginning of the year", period_start="2016-01-01", period_end="2016-10-12")),
    L("The United Kingdom has paid €19 million (£16 million) towards security at the port of Calais since last "
      "year, and has pledged a further €22 million for the coming months.",
      C("GB", "funding", "pledge"),
      F(19000000, "EUR", "GB", "FR (security at the port of Calais)", "disbursed", "security at the port of Calais",
        alt_amount=16000000, alt_currency="GBP", period_text="since last year", period_start="2015-01-01",
        period_end="2016-10-12"),
      F(22000000, "EUR", "GB", "FR (security at the port of Calais)", "pledge", "security at the port of Calais",
        period_text="for the coming months")),
    L("Our two countries will set up a joint command centre in Calais, staffed by officers of both forces, by the "
      "end of the year.",
      C("GB;FR", "policing_intelligence", "will", "by the end of the year", "2016-12-31")),
    L("Together we will also step up action against the networks that sell places in lorries.",
      C("GB;FR", "policing_intelligence", "will", note="'together we' = both Governments (D19)")),
    L("France intends to ask the European Union to fund the voluntary return of those who do not qualify for "
      "protection.",
      C("FR", "eu_international", "intend")),
    L("The French Government remains committed to the Le Touquet Treaty and to the juxtaposed controls it created.",
      C("FR", "legal_framework", "commit")),
    L("We shall not let Calais become a dead end again.",
      N("commitments", "rhetorical negation, no concrete undertaking (D3)")),
    L("I want to thank the British volunteers who have worked in the camp through two winters.",
      N("all", "thanks")),
    L("Tags: Calais, migration, UK-France | 5 comments",
      N("statistics", "comment count")),
    L("Permalink: uk.ambafrance.org/blog/2016/10/12/calais-what-france-is-doing",
      N("statistics", "date inside a URL")),
]
