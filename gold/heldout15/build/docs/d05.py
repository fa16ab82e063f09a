from lib import L, C, F, S, N

DATE = "2016-03-21"
SLUG = "pm-speech-lille-summit"
TITLE = "PM's remarks at the UK–France Summit in Lille: 21 March 2016"
PARTIES = "GB;FR"
DOC_TYPE = "other"
PLACE = "Lille"
GENRE = "Summit speech (transcript on a government website)"
STRESS = "web furniture (skip link, breadcrumb, page type) before the title"
THIRD = "mentions Italy, Greece, Niger, Mali, Frontex, EASO and the European Commission (not parties)"

Q_MONEY = ("Britain will put up £17 million this year for security at Calais, on top of the £62 million we have "
           "already spent there since 2014.")

LINES = [
    "Skip to main content",
    "GOV.UK",
    "Home > Government > Border and immigration",
    "Speech",
    "PM's remarks at the UK–France Summit in Lille: 21 March 2016",
    "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Harriet Colborne MP",
    "Published 21 March 2016",
    "Delivered on: 21 March 2016 (Transcript of the speech, exactly as it was delivered)",
    "Thank you, Jean-Marc, and thank you to the people of Lille for such a warm welcome.",
    L("More than twenty years ago, the Channel Tunnel joined our two countries, and the border we share has "
      "never been more tested than it is today.",
      N("statistics", "an elapsed time, not a figure about the world")),
    L("Let me start with what we have achieved. Last year, French and British officers working side by side "
      "stopped more than 39,000 attempts to cross the Channel illegally, up from 18,000 in 2014.",
      S(39000, "attempts", "more_than", "illegal Channel crossing attempts stopped", "increase",
        period_text="Last year", period_start="2015-01-01", period_end="2015-12-31",
        q="Last year, French and British officers working side by side stopped more than 39,000 attempts to cross "
          "the Channel illegally, up from 18,000 in 2014."),
      S(18000, "attempts", "exact", "illegal Channel crossing attempts stopped", "level",
        period_text="in 2014", period_start="2014-01-01", period_end="2014-12-31",
        q="Last year, French and British officers working side by side stopped more than 39,000 attempts to cross "
          "the Channel illegally, up from 18,000 in 2014.")),
    L("Our joint intelligence cell at Coquelles has helped to dismantle 31 criminal networks since it opened, and "
      "prosecutions of smugglers in both countries have risen by half.",
      S(31, "networks", "exact", "criminal networks dismantled with the joint intelligence cell", "level",
        location="Coquelles"),
      S(50, "percent", "exact", "prosecutions of smugglers in the UK and France", "increase",
        note="'risen by half' -> 50 percent increase")),
    L("I believe that no country can manage migration alone, and that the answer lies as much in Agadez as in "
      "Calais.",
      N("commitments", "a general belief")),
    "So today Jean-Marc and I have agreed a new package. Together, our two countries will:",
    L("first, create a joint command centre at Coquelles, staffed around the clock, by the end of the summer;",
      C("GB;FR", "border_security", "will", "by the end of the summer", "2016-08-31")),
    L("second, return those with no right to stay more quickly, including through joint charter flights every "
      "month;",
      C("GB;FR", "returns", "will")),
    L("third, pursue the smugglers along the whole route, with prosecutors in both countries sharing evidence from "
      "day one;",
      C("GB;FR", "policing_intelligence", "will")),
    L("and fourth, protect the most vulnerable, above all unaccompanied children, with a fast-track family "
      "reunion process under the Dublin rules.",
      C("GB;FR", "reception_welfare", "will",
        note="theme by the main action (protect children), although the means is a Dublin procedure")),
    L(Q_MONEY,
      C("GB", "funding", "will", "this year", "2016-12-31",
        note="period bounding a money commitment = its deadline (decision D4)"),
      F(17000000, "GBP", "GB", "FR (Calais)", "pledge", "security at Calais", period_text="this year",
        period_start="2016-01-01", period_end="2016-12-31"),
      F(62000000, "GBP", "GB", "FR (Calais)", "disbursed", "security at Calais", period_text="since 2014",
        period_start="2014-01-01", period_end="2016-03-21")),
    L("France will deploy an additional 500 gendarmes and police officers to the Calais area before the summer "
      "holidays.",
      C("FR", "border_security", "will", "before the summer holidays", "",
        note="school holidays are not a season: text kept, date left empty"),
      N("statistics", "number inside a commitment's target", q="an additional 500 gendarmes and police officers")),
    L("And we are both committed to working with Italy and Greece, with Frontex and with the European Asylum "
      "Support Office, to help the countries on the front line.",
      C("GB;FR", "eu_international", "commit")),
    L("Jean-Marc and I will also write to the President of the European Commission to ask for proposals to reform "
      "the Dublin system before the end of June.",
      C("GB;FR", "eu_international", "will", "before the end of June", "2016-06-30",
        note="main action is the approach to the Commission")),
    L("Britain will double its support for job creation in Niger and Mali over the next two years, so that young "
      "people have a reason to stay.",
      C("GB", "upstream_cooperation", "will", "over the next two years", "2018-03-21"),
      N("statistics", "'double' is a target inside a commitment", q="double its support for job creation")),
    L("Money alone is not the answer. The smugglers charge up to €5,000 for a place in a lorry.",
      N("funding", "a smuggling fee, not funding", q="The smugglers charge up to €5,000 for a place in a lorry.")),
    L("French police seized €1.3 million in cash from a single network in Lille last month.",
      N("funding", "seized criminal assets, not funding")),
    L("The number of people sleeping rough around Calais has fallen from about 6,000 in the autumn to fewer than "
      "3,500 today.",
      S(6000, "people", "approximately", "people sleeping rough around Calais", "level",
        period_text="in the autumn", period_start="2015-09-01", period_end="2015-11-30", location="Calais"),
      S(3500, "people", "less_than", "people sleeping rough around Calais", "decrease", location="Calais")),
    L("I welcome France's decision to open a new reception centre in the Pas-de-Calais with 1,500 places.",
      N("commitments", "welcoming another party's decision"),
      S(1500, "places", "exact", "places in a planned reception centre", "increase", location="Pas-de-Calais",
        conf="borderline", note="capacity of a planned centre: a figure about the world or a target?")),
    L("We will meet again in the United Kingdom next year to take stock.",
      C("GB;FR", "governance", "will", "next year", "2017-12-31", note="'we' = the two leaders at a joint summit")),
    "Thank you.",
]
