from lib import L, C, F, S, N

DATE = "2015-06-23"
SLUG = "europol-press-release-joint-action-day-channel-smuggling"
TITLE = "Joint action day against a network smuggling migrants across the Channel"
PARTIES = "GB;FR;BE;NL;DE"
DOC_TYPE = "other"
PLACE = "The Hague"
GENRE = "EU agency press release on a cross-border operation (Europol newsroom)"
STRESS = "agency web furniture (skip link, breadcrumb, page type) above the title; date as '23 Jun 2015' under it"
THIRD = "Belgium, the Netherlands, Germany (parties, actors); Europol (actor); Eurojust (actor, donor)"

LINES = [
    "Skip to main content",
    "Home > Newsroom > News",
    "Joint action day against a network smuggling migrants across the Channel",
    "23 Jun 2015",
    "Press Release",
    "The Hague, the Netherlands - Law enforcement authorities in the United Kingdom, France, Belgium, the "
    "Netherlands and Germany, supported by Europol and Eurojust, have dismantled an organised crime group suspected "
    "of smuggling migrants from northern France to the United Kingdom in refrigerated lorries.",
    L("On 16 and 17 June, some 300 officers carried out 41 house searches in the five countries.",
      S(300, "officers", "approximately", "officers taking part in the action days", "level",
        period_text="On 16 and 17 June", period_start="2015-06-16", period_end="2015-06-17"),
      S(41, "other", "exact", "house searches on the action days", "level",
        period_text="On 16 and 17 June", period_start="2015-06-16", period_end="2015-06-17")),
    L("Twenty-seven suspects were arrested, including the alleged leader of the group in Ghent.",
      S(27, "people", "exact", "suspects arrested on the action days", "level")),
    L("The investigation, which began in February 2014, established that the network smuggled more than 1,500 "
      "migrants, most of them from Iraq and Afghanistan.",
      S(1500, "people", "more_than", "migrants smuggled by the network", "level")),
    L("Each migrant paid between €3,000 and €7,000 for the journey.",
      N("funding", "smugglers' prices, not funding", q="between €3,000 and €7,000")),
    L("Officers seized 12 vehicles, €210,000 in cash and 48 false documents.",
      S(12, "other", "exact", "vehicles seized", "level"),
      S(48, "other", "exact", "false documents seized", "level"),
      N("funding", "seized asset, not funding", q="€210,000 in cash")),
    L("According to the Belgian Federal Police, the number of migrants found in lorries in motorway car parks in "
      "Belgium has tripled since 2013.",
      S(3, "factor", "exact", "migrants found in lorries in Belgian motorway car parks", "increase",
        period_text="since 2013", location="Belgium", note="found before the crossing: attempts would also fit; "
        "the unit of a factor is factor")),
    L("Europol supported the case from the start, hosting nine operational meetings and sending a mobile office to "
      "Lille on the action days.",
      S(9, "other", "exact", "operational meetings hosted by Europol", "level")),
    L("Eurojust financed the joint investigation team set up by the British, French and Belgian authorities in "
      "March 2014 with €96,000, and will provide a further €60,000 this year to support the prosecutions.",
      C("Eurojust", "funding", "will", q="will provide a further €60,000 this year to support the prosecutions",
        note="the commitment is the second clause; the first reports past funding"),
      F(96000, "EUR", "Eurojust", "JIT (GB;FR;BE)", "disbursed", "joint investigation team"),
      F(60000, "EUR", "Eurojust", "JIT (GB;FR;BE)", "pledge", "support to the prosecutions",
        period_text="this year", period_start="2015-01-01", period_end="2015-12-31")),
    L("The United Kingdom has contributed £120,000 (about €165,000) to the deployment of the mobile office this "
      "year.",
      F(120000, "GBP", "GB", "Europol", "disbursed", "deployment of the Europol mobile office",
        alt_amount=165000, alt_currency="EUR", period_text="this year", period_start="2015-01-01",
        period_end="2015-06-23")),
    "Next steps",
    L("The three partners in the joint investigation team have agreed to continue their work until the end of 2015 "
      "in order to trace the proceeds of the crimes.",
      C("GB;FR;BE", "policing_intelligence", "agree", "until the end of 2015", "2015-12-31")),
    L("Europol will analyse the seized data and share the results with all five countries within six weeks.",
      C("Europol", "policing_intelligence", "will", "within six weeks", "",
        note="relative period with no stated anchor date")),
    L("The Dutch authorities will prosecute the suspects arrested in Rotterdam.",
      C("NL", "policing_intelligence", "will")),
    L("Germany has undertaken to execute the two outstanding European Arrest Warrants by the end of July.",
      C("DE", "policing_intelligence", "undertake", "by the end of July", "2015-07-31"),
      N("statistics", "number inside the commitment's target", q="the two outstanding European Arrest Warrants")),
    L("The UK's National Crime Agency will second two officers to Europol's operational centre for the rest of the "
      "year.",
      C("GB", "policing_intelligence", "will", "for the rest of the year", "2015-12-31"),
      N("statistics", "number inside the commitment's target", q="second two officers to Europol's operational centre")),
    L("The French Central Office for the Repression of Irregular Immigration will lead the follow-up inquiry into "
      "the network's finances.",
      C("FR", "policing_intelligence", "will")),
    L("\"This case shows that no single country can stop these networks on its own,\" said Hendrik Vos, Head of "
      "Operations at Europol.",
      N("commitments", "belief in a quotation", q="no single country can stop these networks on its own")),
    L("\"We will keep working with our partners on the Channel route, and we will send more analysts to the region "
      "this summer.\"",
      C("Europol", "policing_intelligence", "will", "this summer", "2015-08-31",
        q="We will keep working with our partners on the Channel route, and we will send more analysts to the "
          "region this summer.",
        note="first person of a Europol official in a Europol release: Europol")),
    L("Belgian prosecutors will chair the next coordination meeting at Eurojust in September.",
      C("BE", "policing_intelligence", "will", "in September", "2015-09-30",
        note="'at Eurojust' is the venue; Belgian prosecutors act")),
    L("The suspects face up to ten years' imprisonment under Belgian law.",
      N("statistics", "a maximum sentence, not a figure about the world", q="up to ten years' imprisonment")),
    L("Europol thanks the authorities of the five countries for their close cooperation.",
      N("commitments", "thanks")),
]
