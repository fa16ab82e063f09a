import lib
from lib import L, P, C, F, S, N, fr

lib.config(num=" ")

DATE = "2024-03-19"
SLUG = "questions-reponses-ministere-accord-franco-britannique-littoral"
GENRE = "page de questions-réponses (FAQ) d'un site ministériel sur un accord bilatéral"
TITLE = fr("Questions-réponses : ce que change le nouvel accord franco-britannique sur le littoral")
PLACE = ""
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = ("web furniture (site name, language switch, breadcrumb, reading time) above the title; no place at all; "
          "the date only in a numeric 'Mis à jour le 19/03/2024' line at the very bottom, after the share links and "
          "the page-feedback question; the agreement's own date (27 February) only inside a question")
THIRD = "— (Belgium and the Netherlands named as future partners, not acting)"

LINES = [
    "Ministère de l'Intérieur et des Outre-mer",
    "FR | EN",
    "Accueil > Actualités > Immigration > Questions-réponses",
    TITLE,
    L("Temps de lecture : 4 minutes",
      N("statistics", "reading time")),
    "Qu'est-ce que l'accord signé le 27 février 2024 ?",
    P(("Il s'agit d'un accord de coopération entre la France et le Royaume-Uni, conclu pour trois ans, qui complète les arrangements déjà en vigueur sur le littoral.",
       N("statistics", "duration of the agreement"))),
    "Combien de traversées ont eu lieu l'an dernier ?",
    P(("En 2023, 29~400 personnes sont arrivées au Royaume-Uni à bord de petites embarcations, soit une baisse de 36 % par rapport à 2022.",
       S(29400, "people", "exact", "small boat arrivals in the UK", "level", period_text="En 2023",
         period_start="2023-01-01", period_end="2023-12-31"),
       S(36, "percent", "exact", "small boat arrivals in the UK, 2023 against 2022", "decrease")),
      ("Dans le même temps, les forces françaises ont empêché plus de 24~000 tentatives de traversée.",
       S(24000, "attempts", "more_than", "crossing attempts prevented by French forces", "level",
         period_text="Dans le même temps", period_start="2023-01-01", period_end="2023-12-31")),
      ("Le nombre de réseaux de passeurs démantelés est passé de 55 en 2022 à 73 en 2023.",
       S(55, "networks", "exact", "smuggling networks dismantled", "level", period_text="en 2022",
         period_start="2022-01-01", period_end="2022-12-31"),
       S(73, "networks", "exact", "smuggling networks dismantled", "level", period_text="en 2023",
         period_start="2023-01-01", period_end="2023-12-31")),
      ("Depuis le début de 2024, près de 3~000 personnes ont déjà traversé la Manche.",
       S(3000, "people", "approximately", "small boat crossings", "level", period_text="Depuis le début de 2024",
         period_start="2024-01-01", period_end="2024-03-19", location="Manche"))),
    "Que prévoit l'accord ?",
    L("L'accord prévoit que :",
      N("commitments", "bare lead-in; its items are the rows")),
    L("- la France déploiera 250 gendarmes et policiers supplémentaires sur le littoral d'ici l'été ;",
      C("FR", "border_security", "will", "d'ici l'été", "2024-08-31"),
      N("statistics", "number inside the commitment's target", q="250 gendarmes et policiers supplémentaires")),
    L("- un centre de coordination franco-britannique installé à Dunkerque fonctionnera 24 heures sur 24 ;",
      C("GB;FR", "policing_intelligence", "will")),
    L("- les deux pays mèneront des campagnes d'information communes dans les pays de départ ;",
      C("GB;FR", "information_campaigns", "will")),
    L("- le Royaume-Uni et la France renforceront leur coopération avec la Belgique et les Pays-Bas.",
      C("GB;FR", "eu_international", "will")),
    P(("Les deux ministres se réuniront tous les six mois pour faire le point sur la mise en œuvre de l'accord.",
       C("GB;FR", "governance", "will"))),
    "Combien le Royaume-Uni va-t-il verser ?",
    P(("Le Royaume-Uni versera 165 millions de livres (environ 193 millions d'euros) sur trois ans, soit 55 millions de livres par an.",
       C("GB", "funding", "will"),
       F(165000000, "GBP", "GB", "FR", "pledge", "implementation of the agreement on the coast",
         alt_amount=193000000, alt_currency="EUR", period_text="sur trois ans"),
       F(55000000, "GBP", "GB", "FR", "pledge", "implementation of the agreement on the coast", per_year=True, years=3,
         period_text="par an", conf="borderline",
         note="the same money restated per year; a reader may record it instead of the total")),
      ("Il financera notamment l'achat de drones et de véhicules tout-terrain pour la gendarmerie.",
       C("GB", "funding", "will")),
      ("Cette somme s'ajoute aux 541 millions d'euros déjà versés par Londres depuis 2014.",
       F(541000000, "EUR", "GB", "FR", "disbursed", "earlier UK contributions to security on the coast",
         period_text="depuis 2014", period_start="2014-01-01", period_end="2024-03-19")),
      ("La France, de son côté, prend en charge la rémunération des forces mobilisées, soit environ 90 millions d'euros par an.",
       N("funding", "France's own spending on its own forces"))),
    "Les personnes migrantes pourront-elles demander l'asile au Royaume-Uni depuis la France ?",
    P(("Non, l'accord ne crée pas de procédure de demande d'asile à distance.",
       N("commitments", "a negative description of the agreement's content, not an undertaking")),
      ("Les deux gouvernements se sont toutefois engagés à examiner, d'ici la fin de l'année, la création de voies d'accès légales pour les mineurs ayant de la famille au Royaume-Uni.",
       C("GB;FR", "asylum", "commit", "d'ici la fin de l'année", "2024-12-31"))),
    "Où trouver le texte de l'accord ?",
    P(("Le texte de l'accord sera publié au Journal officiel après l'accomplissement des procédures internes.",
       C("FR", "legal_framework", "will", conf="borderline",
         note="an administrative announcement of publication rather than an undertaking of the cooperation"))),
    "Imprimer | Partager | Envoyer par courriel",
    "Cette page vous a-t-elle été utile ? Oui / Non",
    L("Mis à jour le 19/03/2024",
      N("all", "update date")),
]
