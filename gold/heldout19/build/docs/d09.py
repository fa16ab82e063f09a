from lib import L, C, F, S, N

DATE = "2021-03-31"
SLUG = "kent-pcc-police-and-crime-plan-channel-priority"
TITLE = "Safer Kent Together: Police and Crime Plan 2021-2025"
PARTIES = "GB"
DOC_TYPE = "other"
PLACE = "Maidstone"
GENRE = "Police and crime commissioner's police and crime plan (foreword in the first person, priority chapter)"
STRESS = "date and place only under the foreword's signature (the title carries a plan period instead)"
THIRD = "European Union (donor, Interreg programme); France (Gendarmerie) acts jointly"

LINES = [
    "Safer Kent Together",
    L("Police and Crime Plan 2021-2025",
      N("statistics", "plan-period label", q="Police and Crime Plan 2021-2025")),
    "Foreword",
    "Kent is the county that faces the Channel. What happens on the beaches of the Pas-de-Calais is felt within "
    "hours in Dover, Folkestone and Deal, and our officers carry a burden that no other force in England carries.",
    L("In 2020, 8,420 people crossed the Channel in small boats, almost all of them landing in Kent, four times as "
      "many as in 2019.",
      S(8420, "people", "exact", "people crossing the Channel in small boats", "level", period_text="In 2020",
        period_start="2020-01-01", period_end="2020-12-31", location="Channel / Kent"),
      S(4, "factor", "exact", "small boat crossings, 2020 vs 2019", "increase", location="Channel / Kent")),
    L("I believe that the policing of a national border should be paid for nationally.",
      N("commitments", "belief")),
    L("I will press the Government to meet the full cost of the Channel to Kent Police, and if the special grant is "
      "not renewed in 2022 I will ask the Police and Crime Panel to review this plan.",
      C("GB", "funding", "will", q="I will press the Government to meet the full cost of the Channel to Kent Police",
        note="the commissioner's first person: a UK public body, GB")),
    L("Olivia Brandt, Kent Police and Crime Commissioner, Maidstone, 31 March 2021",
      N("statistics", "signature date", q="31 March 2021")),
    "Priority 3: Protecting the county's border",
    "What the data tell us",
    "The figures below come from Kent Police, Kent County Council and the Home Office, and cover the calendar year "
    "unless stated.",
    L("Kent Police arrested 62 people for people-smuggling offences in 2020, up from 38 in 2019.",
      S(62, "people", "exact", "arrests for people-smuggling offences by Kent Police", "level",
        period_text="in 2020", period_start="2020-01-01", period_end="2020-12-31", location="Kent"),
      S(38, "people", "exact", "arrests for people-smuggling offences by Kent Police", "level",
        period_text="2019", period_start="2019-01-01", period_end="2019-12-31", location="Kent")),
    L("Officers attended more than 1,100 landings on the Kent coast and helped the French Gendarmerie to prevent "
      "some 2,900 attempted departures through shared intelligence.",
      S(1100, "other", "more_than", "small boat landings attended by Kent officers", "level", location="Kent coast"),
      S(2900, "attempts", "approximately", "attempted departures prevented with Kent intelligence", "level",
        location="Pas-de-Calais")),
    L("Kent County Council was looking after 470 unaccompanied asylum-seeking children at the end of the year, "
      "a third more than its safe capacity.",
      S(470, "people", "exact", "unaccompanied asylum-seeking children looked after by Kent County Council",
        "level", period_text="at the end of the year", period_end="2020-12-31", location="Kent"),
      S(33, "percent", "approximately", "children looked after above safe capacity", "increase",
        location="Kent", conf="borderline", note="'a third more' read as about 33%; a ratio to capacity, not a "
        "change over time")),
    "Money",
    L("The Home Office awarded Kent Police a special grant of £4.6 million for Channel policing in 2020-21.",
      F(4600000, "GBP", "GB", "Kent Police", "disbursed", "Channel policing", period_text="in 2020-21",
        period_start="2020-04-01", period_end="2021-03-31", conf="borderline",
        note="money within the UK (Home Office to a UK force), not given to a partner")),
    L("Between 2017 and 2020 the European Union's Interreg programme contributed €1.1 million to the joint "
      "Kent-Pas-de-Calais cross-border policing project.",
      F(1100000, "EUR", "European Union", "Kent-Pas-de-Calais cross-border policing project", "disbursed",
        "joint cross-border policing project", period_text="Between 2017 and 2020",
        period_start="2017-01-01", period_end="2020-12-31")),
    L("I will provide £250,000 a year for four years from my own budget to continue that project with the "
      "Gendarmerie.",
      C("GB", "funding", "will"),
      F(250000, "GBP", "GB", "Kent-Pas-de-Calais cross-border policing project", "pledge",
        "continuation of the cross-border policing project with the Gendarmerie", per_year=True, years=4,
        period_text="a year for four years")),
    L("This year's police precept raises £15 million for all policing in the county.",
      N("funding", "local tax revenue for the force's own budget, not funding for cooperation",
        q="This year's police precept raises £15 million")),
    "What I will do",
    L("Over the life of this plan, I will:",
      N("commitments", "bare lead-in; its items are the commitments")),
    L("- hold the Chief Constable to account for the Force's response to small boat landings, at every quarterly "
      "performance meeting;",
      C("GB", "governance", "will", q="hold the Chief Constable to account for the Force's response to small boat "
        "landings")),
    L("- commission an independent review of how victims of trafficking are identified at the coast by the end of "
      "2021;",
      C("GB", "reception_welfare", "will", "by the end of 2021", "2021-12-31",
        q="commission an independent review of how victims of trafficking are identified at the coast by the end "
          "of 2021")),
    L("- fund a specialist team to support children who arrive alone.",
      C("GB", "reception_welfare", "will", q="fund a specialist team to support children who arrive alone")),
    L("Kent Police will keep an officer in the joint intelligence cell at Coquelles.",
      C("GB", "policing_intelligence", "will")),
    L("Together with the Gendarmerie of the Pas-de-Calais, Kent Police will run two joint maritime exercises a year.",
      C("GB;FR", "border_security", "will", note="joint subject: the Gendarmerie and Kent Police"),
      N("statistics", "number inside the commitment's target", q="two joint maritime exercises a year")),
    L("The Force will train all frontline officers to identify victims of trafficking by March 2022.",
      C("GB", "reception_welfare", "will", "by March 2022", "2022-03-31")),
    L("I will not fund private security patrols on the beaches.",
      C("GB", "border_security", "will", note="negative undertaking")),
]
