from lib import L, C, F, S, N

DATE = "2012-02-20"
SLUG = "written-ministerial-statement-uk-france-summit-migration"
TITLE = "UK-France Summit: Migration and Border Security"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = ""
GENRE = "Written ministerial statement to Parliament reporting the outcome of a bilateral summit"
STRESS = ("parliamentary website furniture (site name, statement reference, 'Made on' and 'Made by' fields) "
          "before the title; the summit's own date (17 February) only in the body")
THIRD = "none (France acts; the EU's smart borders package and Frontex are named)"

LINES = [
    "UK Parliament",
    "Written questions, answers and statements",
    L("Statement UIN HCWS 41",
      N("statistics", "statement reference number", q="HCWS 41")),
    "Made on: 20 February 2012",
    "Made by: Secretary of State for the Home Department (Mrs Judith Kerrow)",
    "UK-France Summit: Migration and Border Security",
    L("On 17 February my right honourable Friend the Prime Minister and the President of the French Republic met "
      "in Paris for the annual UK-France summit, which I attended together with the French Minister of the "
      "Interior.",
      N("commitments", "report of a meeting")),
    "Discussions covered defence, energy, the economy and migration; I set out here the elements that fall within "
    "my responsibilities.",
    "The leaders discussed the pressure created by the camps around the Channel ports and the role played by "
    "criminal gangs in exploiting vulnerable people.",
    L("The leaders welcomed the progress made since the last summit in 2010.",
      N("commitments", "welcome")),
    L("Since that summit, French and British police have dismantled 46 smuggling networks operating across the "
      "Channel.",
      S(46, "networks", "exact", "smuggling networks dismantled by French and British police", "level",
        period_text="Since that summit", location="Channel")),
    L("Clandestine entrants detected at the juxtaposed controls numbered 9,870 in 2011, 17 per cent fewer than in "
      "2010.",
      S(9870, "attempts", "exact", "clandestine entrants detected at the juxtaposed controls", "level",
        period_text="in 2011", period_start="2011-01-01", period_end="2011-12-31"),
      S(17, "percent", "exact", "change in clandestine entrants detected at the juxtaposed controls, 2010 to 2011",
        "decrease")),
    L("Transfers from the UK to France under the Dublin Regulation rose to 412 in 2011, from 289 the year before.",
      S(412, "people", "exact", "Dublin transfers from the UK to France", "increase",
        period_text="in 2011", period_start="2011-01-01", period_end="2011-12-31"),
      S(289, "people", "exact", "Dublin transfers from the UK to France", "level",
        period_text="the year before", period_start="2010-01-01", period_end="2010-12-31")),
    L("Around 1,100 migrants were living in camps around Calais and Dunkirk at the turn of the year.",
      S(1100, "people", "approximately", "migrants living in camps around Calais and Dunkirk", "level",
        period_text="at the turn of the year", location="Calais and Dunkirk")),
    L("The joint intelligence unit in Folkestone has handled more than 2,300 intelligence reports since it opened.",
      S(2300, "other", "more_than", "intelligence reports handled by the joint intelligence unit", "level",
        location="Folkestone")),
    L("Smugglers are now charging up to €3,000 for a crossing hidden in a lorry.",
      N("funding;statistics", "smugglers' price")),
    L("The UK has already contributed £2.7 million this financial year to fencing and CCTV at the port of Calais.",
      F(2700000, "GBP", "GB", "FR", "disbursed", "fencing and CCTV at the port of Calais",
        period_text="this financial year", period_start="2011-04-01", period_end="2012-03-31")),
    L("The summit declaration, which I have placed in the Library of the House, sets out a number of new "
      "commitments on migration.",
      N("commitments", "describes the declaration; the undertakings follow")),
    L("The two Governments agreed to:",
      N("commitments", "bare lead-in")),
    L("- establish a joint operational coordination centre at Coquelles by the end of June 2012;",
      C("GB;FR", "policing_intelligence", "agree", "by the end of June 2012", "2012-06-30",
        q="establish a joint operational coordination centre at Coquelles by the end of June 2012")),
    L("- extend the exchange of passenger data on cross-Channel ferry routes, within the framework of EU law;",
      C("GB;FR", "legal_framework", "agree",
        q="extend the exchange of passenger data on cross-Channel ferry routes, within the framework of EU law")),
    L("- press jointly for Frontex to be given a stronger role in the central Mediterranean;",
      C("GB;FR", "eu_international", "agree",
        q="press jointly for Frontex to be given a stronger role in the central Mediterranean")),
    L("- organise joint return flights to countries of origin, with at least four such flights before the end of "
      "2012.",
      C("GB;FR", "returns", "agree", "before the end of 2012", "2012-12-31",
        q="organise joint return flights to countries of origin, with at least four such flights before the end "
          "of 2012."),
      N("statistics", "number inside the commitment's target", q="at least four such flights")),
    L("The United Kingdom will provide £5 million a year for three years, from 2012-13, to strengthen security at "
      "the port of Calais, and France will match that sum.",
      C("GB;FR", "funding", "will", note="both pay: UK states the sum, France matches it"),
      F(5000000, "GBP", "GB", "FR", "pledge", "security at the port of Calais", per_year=True, years=3,
        period_text="a year for three years, from 2012-13", period_start="2012-04-01", period_end="2015-03-31"),
      F(5000000, "GBP", "FR", "port of Calais", "pledge", "security at the port of Calais (French matching funds)",
        per_year=True, years=3, period_start="2012-04-01", period_end="2015-03-31",
        conf="borderline", note="amount given only by reference ('match that sum') (README D8)")),
    L("France has also agreed to readmit, under a simplified procedure that will be operational this summer, "
      "third-country nationals who reached the UK from France.",
      C("FR", "returns", "agree", "this summer", "2012-08-31")),
    L("The President confirmed that France would deploy 150 additional gendarmes on the northern coast.",
      C("FR", "border_security", "will", note="reported undertaking in indirect speech"),
      N("statistics", "number inside a reported commitment's target", q="150 additional gendarmes")),
    L("Both countries support the adoption of the Commission's smart borders proposals.",
      C("GB;FR", "eu_international", "support")),
    "Copies of the full declaration are also available on the websites of both Governments.",
    L("I will update the House on implementation before the summer recess.",
      C("GB", "governance", "will", "before the summer recess", "",
        note="relative anchor with no date: text kept, date left empty")),
]
