import lib
from lib import L, P, C, F, S, N, fr

lib.config(num="\u00a0")

DATE = "2003-01-20"
SLUG = "circulaire-interieur-prefets-littoral-apres-sangatte"
GENRE = "circulaire du ministre de l'Intérieur aux préfets"
TITLE = fr("Sécurisation des sites portuaires et ferroviaires du littoral de la Manche et de la mer du Nord après la fermeture du centre de Sangatte")
PLACE = "Paris"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = "date only as a stamp in the header ('Paris, le 20 JAN. 2003'), month abbreviated in capitals"

LINES = [
    "MINISTÈRE DE L'INTÉRIEUR, DE LA SÉCURITÉ INTÉRIEURE ET DES LIBERTÉS LOCALES",
    "Direction générale de la police nationale — Direction centrale de la police aux frontières",
    "Paris, le 20 JAN. 2003",
    L("NOR : INTC0300014C",
      N("all", "NOR reference number", q="NOR : INTC0300014C")),
    "Le ministre de l'Intérieur, de la sécurité intérieure et des libertés locales",
    "à",
    "Mesdames et Messieurs les préfets du Pas-de-Calais, du Nord, de la Somme et de la Seine-Maritime",
    "Objet : sécurisation des sites portuaires et ferroviaires du littoral de la Manche et de la mer du Nord après la fermeture du centre de Sangatte.",
    L("Réf. : protocole de Sangatte du 25 novembre 1991, article 3 ; échange de lettres franco-britannique du 2 décembre 2002.",
      N("statistics", "a treaty date, an article number and a letter date are not statistics",
        q="protocole de Sangatte du 25 novembre 1991, article 3")),
    P("Le centre d'hébergement de Sangatte a définitivement fermé ses portes le 30 décembre 2002.",
      ("Son fonctionnement représentait pour l'État une charge de 18 millions d'euros par an.",
       N("funding;statistics", "the State's own running cost of the centre, not money given for the cooperation")),
      "La fermeture ne met pas fin à la pression migratoire, et je souhaite appeler votre attention sur les premiers résultats obtenus."),
    P(("Depuis le 1er décembre, les services de la police aux frontières ont interpellé 1 240 étrangers en situation irrégulière dans le Calaisis, contre 3 900 au cours des six semaines précédentes.",
       S(1240, "people", "exact", "irregular migrants apprehended in the Calais area", "level",
         period_text="Depuis le 1er décembre", period_start="2002-12-01", period_end="2003-01-20", location="Calaisis"),
       S(3900, "people", "exact", "irregular migrants apprehended in the Calais area in the six previous weeks", "level",
         period_text="au cours des six semaines précédentes", location="Calaisis")),
      ("Parmi eux, 275 ont été reconduits vers un pays tiers.",
       S(275, "people", "exact", "apprehended migrants removed to a third country", "level")),
      ("Le nombre de personnes découvertes dissimulées dans des poids lourds au port de Calais a diminué de 62 % en décembre.",
       S(62, "percent", "exact", "people found hidden in lorries at the port of Calais", "decrease",
         period_text="en décembre", period_start="2002-12-01", period_end="2002-12-31", location="Calais")),
      ("Une centaine de personnes continuent toutefois de se rassembler chaque soir aux abords de la gare de Fréthun.",
       S(100, "people", "approximately", "people gathering each evening near Frethun station", "level", location="Fréthun")),
      ("Les effectifs de CRS affectés au littoral ont été portés de 260 à 410 fonctionnaires.",
       S(410, "officers", "exact", "riot police (CRS) officers assigned to the coast", "increase", location="littoral"),
       S(260, "officers", "exact", "riot police (CRS) officers assigned to the coast before the increase", "level", location="littoral"))),
    L("Vous prendrez sans délai les dispositions suivantes :",
      N("commitments", "bare lead-in: the items carry the commitments")),
    L("— la présence, de jour comme de nuit, d'au moins deux escadrons de gendarmerie mobile aux abords du tunnel et du port de Calais ;",
      C("FR", "border_security", "will", q="la présence, de jour comme de nuit, d'au moins deux escadrons de gendarmerie mobile aux abords du tunnel et du port de Calais"),
      N("statistics", "number inside a commitment's target", q="au moins deux escadrons")),
    L("— l'évacuation de tout campement établi sur le domaine public, dans un délai de quarante-huit heures à compter de son constat ;",
      C("FR", "policing_intelligence", "will", q="l'évacuation de tout campement établi sur le domaine public, dans un délai de quarante-huit heures à compter de son constat"),
      N("statistics", "a time limit inside a commitment, not a figure about the world", q="quarante-huit heures")),
    L("— la saisine systématique du parquet en cas d'aide au séjour irrégulier commise en bande organisée ;",
      C("FR", "policing_intelligence", "will", q="la saisine systématique du parquet en cas d'aide au séjour irrégulier commise en bande organisée")),
    L("— l'orientation des personnes vulnérables, et en priorité des mineurs isolés, vers les structures d'accueil du département.",
      C("FR", "reception_welfare", "will", q="l'orientation des personnes vulnérables, et en priorité des mineurs isolés, vers les structures d'accueil du département")),
    P(("Aucun nouveau centre d'hébergement ne sera ouvert sur le littoral.",
       C("FR", "reception_welfare", "will", conf="borderline",
         note="negated future: a commitment not to act (decision D3)")),
      ("Les services de la police aux frontières procéderont, d'ici le 31 mars 2003, à l'installation de détecteurs de battements cardiaques sur les quais de chargement des poids lourds à Calais et à Dunkerque.",
       C("FR", "border_security", "will", deadline_text="d'ici le 31 mars 2003", deadline_date="2003-03-31"))),
    P(("De son côté, le gouvernement britannique s'est engagé à financer ces équipements à hauteur de 1,8 million de livres et à détacher six officiers de l'Immigration Service à Coquelles avant la fin du mois de février.",
       C("GB", "border_security", "commit", deadline_text="avant la fin du mois de février", deadline_date="2003-02-28"),
       F(1800000, "GBP", "GB", "FR", "pledge", "heartbeat detectors at the lorry loading bays of Calais and Dunkirk"),
       N("statistics", "number inside a commitment's target", q="six officiers de l'Immigration Service")),
      ("Le Royaume-Uni a par ailleurs déjà versé 450 000 euros à la commune de Calais pour la remise en état des anciens sites de campement.",
       F(450000, "EUR", "GB", "Commune de Calais", "disbursed", "clearing the former camp sites in Calais"))),
    P(("Vous m'adresserez, chaque quinzaine, un bilan chiffré de ces opérations.",
       C("FR", "governance", "will")),
      ("Un comité de suivi réunissant les préfets concernés, la police aux frontières et l'officier de liaison britannique se tiendra à Lille le premier lundi de chaque mois.",
       C("FR", "governance", "will", conf="borderline",
         note="passive future of a meeting; the British liaison officer only attends (decision D4)")),
      ("Les deux gouvernements réexamineront l'ensemble du dispositif avant l'été.",
       C("GB;FR", "governance", "will", deadline_text="avant l'été", deadline_date="2003-05-31"))),
    L("Je sais pouvoir compter sur votre engagement personnel dans la mise en œuvre de ces instructions.",
      N("commitments", "closing formula expressing confidence, no undertaking")),
    "Pour le ministre et par délégation,",
    "le directeur de cabinet",
    "Philippe Marchadier",
]
