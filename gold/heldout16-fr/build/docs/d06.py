import lib
from lib import L, P, C, F, S, N

lib.config(num="\u00a0")

DATE = "2015-10-13"
SLUG = "deliberation-conseil-municipal-grande-synthe-camp-humanitaire"
GENRE = "délibération d'un conseil municipal (extrait du registre)"
TITLE = ("Accueil humanitaire des personnes migrantes – création d\u2019un camp aux normes internationales "
         "et demandes de financement")
PLACE = "Grande-Synthe"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = "several dates around the sitting date: convocation (7 Oct) before it, receipt at the sous-préfecture (16 Oct) and posting (19 Oct) after it"

LINES = [
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
    "Commune de Grande-Synthe (Nord)",
    "Séance du mardi 13 octobre 2015",
    L("Nombre de conseillers en exercice : 35 – présents : 28 – votants : 32",
      N("statistics", "attendance of the council, not a figure about migration", q="Nombre de conseillers en exercice")),
    L("Délibération n° 2015-10-087",
      N("statistics", "reference number", q="Délibération n° 2015-10-087")),
    "Objet : Accueil humanitaire des personnes migrantes – création d'un camp aux normes internationales et demandes de financement",
    L("Le conseil municipal, régulièrement convoqué le 7 octobre 2015, s'est réuni à l'hôtel de ville sous la présidence de M. Damien Carrez, maire.",
      N("all", "convocation date", q="régulièrement convoqué le 7 octobre 2015")),
    "Exposé de M. le maire :",
    P(("Le camp du Basroch compte désormais près de 2~000 personnes, contre environ 80 en janvier.",
       S(2000, "people", "approximately", "people in the Basroch camp", "level", location="Grande-Synthe"),
       S(80, "people", "approximately", "people in the Basroch camp in January", "level", location="Grande-Synthe",
         period_text="en janvier", period_start="2015-01-01", period_end="2015-01-31")),
      ("Les services municipaux y ont recensé 240 enfants, dont 35 âgés de moins de trois ans.",
       S(240, "people", "exact", "children in the camp", "level", location="Grande-Synthe"),
       S(35, "people", "exact", "children under three in the camp", "level", location="Grande-Synthe")),
      ("Les associations signalent une hausse de 70 % des consultations médicales depuis l'été.",
       S(70, "percent", "exact", "medical consultations in the camp", "increase", period_text="depuis l'été",
         location="Grande-Synthe")),
      ("Selon la sous-préfecture, 48 passeurs ont été interpellés dans le Dunkerquois depuis janvier.",
       S(48, "people", "exact", "smugglers arrested", "level", period_text="depuis janvier", period_start="2015-01-01",
         location="Dunkirk area"))),
    P(("La commune a dépensé 1,5 million d'euros en six mois pour faire face à l'urgence.",
       N("funding", "a municipality's own spending, not money given for the cooperation (README D9)")),
      ("Lors de sa visite du 29 septembre, le ministre de l'intérieur s'est engagé à déléguer au préfet du Nord un premier versement de 800~000 euros pour la mise à l'abri des familles.",
       C("FR", "funding", "commit", note="reported undertaking of a French minister"),
       F(800000, "EUR", "FR", "Préfet du Nord", "pledge", "sheltering families at Grande-Synthe"))),
    P(("En application de l'accord franco-britannique du 20 août, le Royaume-Uni financera à hauteur de 10 millions d'euros par an, pendant deux ans, la sécurisation du port de Dunkerque et des aires de Loon-Plage.",
       C("GB", "funding", "will"),
       F(10000000, "EUR", "GB", "FR", "pledge", "securing the port of Dunkirk and the Loon-Plage areas",
         per_year=True, years=2, period_text="par an, pendant deux ans")),
      ("La Commission européenne a confirmé une aide d'urgence de 5,2 millions d'euros au titre du fonds Asile, migration et intégration.",
       C("European Commission", "funding", "pledge", note="EU body as actor: confirmed emergency aid"),
       F(5200000, "EUR", "European Commission", "FR", "pledge", "emergency aid (AMIF)")),
      ("M. le maire estime que la commune ne peut plus attendre.",
       N("commitments", "belief"))),
    L("Après en avoir délibéré, le conseil municipal, à la majorité (27 voix pour, 5 abstentions), décide :",
      N("statistics", "vote count", q="27 voix pour, 5 abstentions")),
    L("– de créer, avec l'appui de Médecins sans frontières, un camp humanitaire aux normes du HCR d'une capacité de 1~500 places sur le terrain de la Linière ;",
      C("FR", "reception_welfare", "agree",
        q="de créer, avec l'appui de Médecins sans frontières, un camp humanitaire aux normes du HCR d'une capacité de 1~500 places sur le terrain de la Linière",
        note="'décide de' = agree; a French municipality acts for FR (README D14)"),
      N("statistics", "capacity of a camp to be created: a target", q="d'une capacité de 1~500 places")),
    L("– d'ouvrir dans les prochaines semaines 250 places de mise à l'abri pour les familles dans des bâtiments communaux ;",
      C("FR", "reception_welfare", "agree", "dans les prochaines semaines", "",
        q="d'ouvrir dans les prochaines semaines 250 places de mise à l'abri pour les familles dans des bâtiments communaux"),
      N("statistics", "places to be opened: a target", q="250 places de mise à l'abri")),
    L("– d'organiser avec le département du Nord la prise en charge des mineurs isolés dans les quinze jours ;",
      C("FR", "reception_welfare", "agree", "dans les quinze jours", "",
        q="d'organiser avec le département du Nord la prise en charge des mineurs isolés dans les quinze jours",
        note="relative time limit left unresolved (README D4)")),
    L("– de mettre en place une information en plusieurs langues sur la procédure d'asile, en lien avec l'OFPRA ;",
      C("FR", "information_campaigns", "agree",
        q="de mettre en place une information en plusieurs langues sur la procédure d'asile, en lien avec l'OFPRA")),
    L("– de solliciter auprès de l'État et de la Commission européenne le financement de l'opération ;",
      C("FR", "funding", "agree",
        q="de solliciter auprès de l'État et de la Commission européenne le financement de l'opération")),
    L("– d'autoriser le maire à signer, avant le 31 décembre 2015, la convention tripartite avec l'État et Médecins sans frontières.",
      C("FR", "legal_framework", "agree", "avant le 31 décembre 2015", "2015-12-31",
        q="d'autoriser le maire à signer, avant le 31 décembre 2015, la convention tripartite avec l'État et Médecins sans frontières")),
    L("Un point d'étape sera présenté au conseil municipal lors de sa séance de décembre.",
      C("FR", "governance", "will", "lors de sa séance de décembre", "2015-12-31",
        q="Un point d'étape sera présenté au conseil municipal lors de sa séance de décembre.")),
    "Pour extrait conforme, le maire, Damien Carrez",
    "Acte rendu exécutoire après réception en sous-préfecture de Dunkerque le 16 octobre 2015 et affichage le 19 octobre 2015.",
    L("La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de Lille dans un délai de deux mois.",
      N("commitments", "statutory remedy notice")),
]
