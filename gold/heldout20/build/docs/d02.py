from lib import L, C, F, S, N

DATE = "2007-03-14"
SLUG = "minister-speech-cross-channel-security-conference"
TITLE = "Securing our border in France: speech to the Cross-Channel Security Conference"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "Folkestone"
GENRE = "Minister's speech at an industry conference (first person, as drafted)"
STRESS = "date written only in words in the delivery line ('Wednesday the fourteenth of March, two thousand and seven')"
THIRD = "Belgium (actor: Belgian Federal Police); IOM (recipient of UK money)"

LINES = [
    "Home Office",
    "Securing our border in France: speech to the Cross-Channel Security Conference",
    "Owen Marchbank MP, Minister of State for Borders and Immigration",
    "Delivered at the Leas Cliff Hall, Folkestone, on Wednesday the fourteenth of March, two thousand and seven",
    "This is the text of the speech as drafted, which may differ from the delivered version.",
    L("Thank you, Chairman, and thank you to the Port of Dover and to Eurotunnel for bringing us all together "
      "again.",
      N("commitments", "thanks, no undertaking")),
    L("Five years ago the Red Cross centre at Sangatte was sheltering more than 1,500 people a night, most of them "
      "waiting for a chance to jump a train or a lorry.",
      S(1500, "people", "more_than", "people sheltered nightly at the Sangatte centre", "level",
        period_text="Five years ago", location="Sangatte")),
    L("Last year our juxtaposed controls in France and Belgium stopped 18,200 attempts to enter the UK "
      "clandestinely, down from 28,000 in 2004.",
      S(18200, "attempts", "exact", "clandestine entry attempts stopped at the juxtaposed controls", "decrease",
        period_text="Last year", period_start="2006-01-01", period_end="2006-12-31",
        location="France and Belgium"),
      S(28000, "attempts", "exact", "clandestine entry attempts stopped at the juxtaposed controls", "level",
        period_text="in 2004", period_start="2004-01-01", period_end="2004-12-31",
        location="France and Belgium")),
    L("Over the same period detections of clandestine entrants at Dover fell by 37 per cent.",
      S(37, "percent", "exact", "change in clandestine entrants detected at Dover, 2004 to 2006", "decrease",
        period_text="Over the same period", period_start="2004-01-01", period_end="2006-12-31",
        location="Dover")),
    L("Around a quarter of the people detected at Calais last year said they came from Iraq.",
      S(25, "percent", "approximately", "share of people detected at Calais who said they came from Iraq", "level",
        period_text="last year", period_start="2006-01-01", period_end="2006-12-31", location="Calais",
        note="fraction in words recorded as a percentage (README D6)")),
    L("I will not pretend that the job is done.",
      N("commitments", "rhetorical negation, binds to no action")),
    L("Smugglers now charge between £500 and £1,000 a head for a place in a lorry, and they adapt quickly.",
      N("funding;statistics", "smugglers' price: neither funding nor a figure the guideline counts")),
    L("Since 2002 the UK has contributed £34 million to security at the French ports, including fencing and "
      "floodlighting at Calais.",
      F(34000000, "GBP", "GB", "FR", "disbursed", "security at the French ports (fencing, floodlighting)",
        period_text="Since 2002", period_start="2002-01-01", period_end="2007-03-14")),
    L("So today I can announce that we will invest £12 million over the next two years in new scanning technology "
      "at Calais, Coquelles and Dunkirk.",
      C("GB", "funding", "will"),
      F(12000000, "GBP", "GB", "FR", "pledge", "scanning technology at Calais, Coquelles and Dunkirk",
        period_text="over the next two years",
        note="single sum for one period: per_year false, years 1; relative period left unresolved (README D5)")),
    L("Every lorry leaving those ports for the UK will be checked with at least one detection technology by the "
      "end of this year.",
      C("GB", "border_security", "will", "by the end of this year", "2007-12-31")),
    L("We are committed to doubling the number of Immigration Service officers working in the French ports by "
      "April 2008.",
      C("GB", "border_security", "commit", "by April 2008", "2008-04-30"),
      N("statistics", "factor inside the commitment's target", q="doubling the number of Immigration Service officers")),
    L("We will also second two more intelligence officers to the French border police headquarters at Coquelles.",
      C("GB", "policing_intelligence", "will"),
      N("statistics", "number inside the commitment's target", q="two more intelligence officers")),
    L("Our French colleagues have told us that they will reinforce the Police aux Frontières at Calais with 60 more "
      "officers this summer.",
      C("FR", "border_security", "will", "this summer", "2007-08-31"),
      N("statistics", "number inside a reported commitment's target", q="60 more officers")),
    L("And the Belgian Federal Police will extend checks at Zeebrugge to all accompanied freight from June.",
      C("BE", "border_security", "will", "from June", "2007-06-30")),
    L("I will now turn to removals.",
      N("commitments", "speech signposting, not an undertaking")),
    L("In 2006 we removed 16,330 people who had no right to be here, the highest figure ever recorded.",
      S(16330, "people", "exact", "people removed from the UK", "level",
        period_text="In 2006", period_start="2006-01-01", period_end="2006-12-31")),
    L("Nearly 4,000 of them chose to go home voluntarily with the help of the International Organization for "
      "Migration.",
      S(4000, "people", "approximately", "voluntary returns assisted by IOM", "level",
        note="year implied by the previous sentence, no period phrase in this one")),
    L("We intend to remove more failed asylum seekers each month than there are new unfounded claims by the end "
      "of 2007.",
      C("GB", "returns", "intend", "by the end of 2007", "2007-12-31")),
    L("With the International Organization for Migration, we will also fund an information campaign in Calais on "
      "the voluntary return options open to migrants there, at a cost of £400,000.",
      C("GB", "funding", "will", note="main verb is 'fund' with a stated cost (README D3)"),
      F(400000, "GBP", "GB", "IOM", "pledge", "information campaign on voluntary return in Calais")),
    L("I will report to Parliament on all of this every six months.",
      C("GB", "governance", "will")),
    L("I believe the next two years will decide whether the Channel becomes a closed route for the smugglers.",
      N("commitments", "belief and prediction")),
    "Thank you.",
]
