from lib import L, C, F, S, N

DATE = "2011-06-17"
SLUG = "unhcr-briefing-notes-resettlement-lampedusa-calais"
TITLE = "UNHCR welcomes joint resettlement offer, urges better reception from Lampedusa to Calais"
PARTIES = "GB;FR;IT"
DOC_TYPE = "other"
PLACE = "Geneva"
GENRE = ("UN agency spokesperson's briefing notes from a regular press briefing (summary attributed to the "
         "spokesperson, partly quoted)")
STRESS = ("date only in the masthead ('Briefing Notes, 17 June 2011'); the body speaks of 'today' and 'last week'; "
          "the place only inside the attribution formula (Palais des Nations in Geneva)")
THIRD = "Italy (party and actor); UNHCR (actor and recipient of UK and French money); Tunisia and Libya named"

LINES = [
    "UNHCR - The UN Refugee Agency",
    "Briefing Notes, 17 June 2011",
    "UNHCR welcomes joint resettlement offer, urges better reception from Lampedusa to Calais",
    "This is a summary of what was said by UNHCR spokesperson Marta Liesens - to whom quoted text may be attributed "
    "- at today's press briefing at the Palais des Nations in Geneva.",
    L("UNHCR welcomes the announcement by the United Kingdom and France of a joint resettlement programme for "
      "refugees stranded in North Africa.",
      N("commitments", "welcoming")),
    L("The two governments have agreed to resettle 600 refugees from the Shousha camp on the Tunisian-Libyan border "
      "before the end of the year.",
      C("GB;FR", "asylum", "agree", "before the end of the year", "2011-12-31",
        note="resettlement classed as asylum (D15); 600 is the target, not a statistic")),
    L("UNHCR will identify and refer the cases and will provide cultural orientation before departure.",
      C("UNHCR", "asylum", "will")),
    L("More than 630,000 people have fled Libya into neighbouring countries since late February.",
      S(630000, "people", "more_than", "people who fled Libya into neighbouring countries", "level",
        period_text="since late February", location="Libya")),
    L("UNHCR thanks the Tunisian authorities and people for their extraordinary hospitality.",
      N("all", "thanks")),
    L("Arrivals by sea in Italy from North Africa have passed 42,000 since January, more than ten times the number "
      "for the whole of 2010.",
      S(42000, "people", "more_than", "sea arrivals from North Africa", "level", period_text="since January",
        period_start="2011-01-01", period_end="2011-06-17", location="Italy"),
      S(10, "factor", "more_than", "sea arrivals from North Africa", "increase", location="Italy")),
    L("On Lampedusa some 1,900 people are currently held in facilities designed for 850.",
      S(1900, "people", "approximately", "people held in reception facilities", "level", location="Lampedusa"),
      S(850, "places", "exact", "capacity of reception facilities", "level", location="Lampedusa")),
    L("Italy has told UNHCR that it will open three additional reception centres in Sicily by the end of July and "
      "will transfer people from Lampedusa within 72 hours of arrival.",
      C("IT", "reception_welfare", "will", "by the end of July", "2011-07-31", note="reported undertaking (D1)")),
    L("People told our staff they had paid up to 1,200 dinars each for a place on the boats.",
      N("funding;statistics", "smugglers' price")),
    L("Further north, in Calais, our staff counted between 400 and 500 people sleeping rough last week, many of them "
      "Eritreans and Sudanese who had crossed Italy.",
      S(400, "people", "approximately", "people sleeping rough", "level", period_text="last week",
        location="Calais", conf="borderline", note="range 400-500: lower bound recorded (D7)")),
    L("Almost 70 of them were unaccompanied children.",
      S(70, "people", "approximately", "unaccompanied children sleeping rough", "level", location="Calais")),
    L("The French authorities have undertaken to provide places for vulnerable people in Calais from September.",
      C("FR", "reception_welfare", "undertake", "from September", "2011-09-30", note="start phrase (D4)")),
    L("Both governments have also committed to consider family reunion requests from Calais under the Dublin rules "
      "\"without undue delay\".",
      C("GB;FR", "asylum", "commit")),
    L("UNHCR will also deploy two protection officers to Calais for three months to advise on access to asylum.",
      C("UNHCR", "asylum", "will")),
    L("UNHCR intends to publish a review of conditions in Calais and Dunkirk in the autumn.",
      C("UNHCR", "governance", "intend", "in the autumn", "2011-11-30", note="season resolved to its meteorological end")),
    L("The United Kingdom has pledged £2 million (€2.3 million) to UNHCR's operations on the Tunisian and Egyptian "
      "borders, on top of £1.5 million given in March.",
      C("GB", "funding", "pledge"),
      F(2000000, "GBP", "GB", "UNHCR", "pledge", "operations on the Tunisian and Egyptian borders",
        alt_amount=2300000, alt_currency="EUR"),
      F(1500000, "GBP", "GB", "UNHCR", "disbursed", "operations on the Tunisian and Egyptian borders",
        period_text="in March", period_start="2011-03-01", period_end="2011-03-31")),
    L("France will contribute €1 million to the same appeal, UNHCR was informed on Wednesday.",
      C("FR", "funding", "will"),
      F(1000000, "EUR", "FR", "UNHCR", "pledge", "UNHCR appeal for the Libya crisis")),
    L("\"Saving lives at sea must come first,\" Ms Liesens said.",
      N("commitments", "quoted principle / belief")),
    L("UNHCR calls on all European states to keep their borders open to people fleeing Libya and to share "
      "responsibility for those rescued at sea.",
      N("commitments", "a call on others, not an undertaking")),
    L("The situation has worsened since the adoption of Security Council resolution 1973 in March.",
      N("statistics", "resolution number")),
    L("For more information on this topic, please contact: in Geneva, Marta Liesens on mobile +41 79 557 9120.",
      N("statistics", "telephone number")),
]
