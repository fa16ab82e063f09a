import lib
from lib import L, P, C, F, S, N, fr

lib.config(num="\u202f")

DATE = "2020-10-05"
SLUG = "lettre-mission-ministre-prefet-coordonnateur-traversees-manche"
GENRE = "lettre de mission d'un ministre à un haut fonctionnaire nommé coordonnateur (constat, missions lettrées, moyens, compte rendu)"
TITLE = fr("Lettre de mission — coordination de la lutte contre les traversées maritimes irrégulières de la Manche et de la mer du Nord")
PLACE = "Paris"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = ("no title line: the subject only in the 'Objet :' field; the date only in a stamp with the month in "
          "capitals ('Paris, le 5 OCTOBRE 2020') below a reference line, before the addressee block")
THIRD = "European Union (donor: border management instrument)"

LINES = [
    "MINISTÈRE DE L'INTÉRIEUR",
    "Le Ministre",
    L("N/Réf. : CAB/2020/D-1187",
      N("all", "reference number")),
    "Paris, le 5 OCTOBRE 2020",
    "à",
    "Monsieur Laurent ABGRALL, préfet, coordonnateur pour la Manche et la mer du Nord",
    "Objet : lettre de mission — coordination de la lutte contre les traversées maritimes irrégulières de la Manche et de la mer du Nord",
    "Monsieur le Préfet,",
    P(("Par décret du Président de la République du 23 septembre 2020, vous avez été nommé préfet coordonnateur pour la Manche et la mer du Nord.",
       N("statistics", "date of the appointment decree")),
      ("Depuis le début de l'année, plus de 6~200 personnes ont tenté de rejoindre le Royaume-Uni à bord de petites embarcations, soit quatre fois plus que sur l'ensemble de l'année 2019.",
       S(6200, "attempts", "more_than", "attempted small boat crossings to the UK", "level",
         period_text="Depuis le début de l'année", period_start="2020-01-01", period_end="2020-10-05", location="Manche"),
       S(4, "factor", "exact", "attempted small boat crossings, 2020 to date against the whole of 2019", "increase",
         location="Manche")),
      ("Les forces de l'ordre ont empêché près de la moitié de ces tentatives et secouru 312 personnes en mer.",
       S(50, "percent", "approximately", "share of small boat attempts prevented", "level", location="Manche"),
       S(312, "people", "exact", "people rescued at sea", "level", location="Manche")),
      ("Sept personnes ont perdu la vie depuis janvier.",
       S(7, "people", "exact", "deaths during crossing attempts", "level", period_text="depuis janvier",
         period_start="2020-01-01", period_end="2020-10-05")),
      ("Le nombre de passeurs interpellés sur le littoral a progressé de 35 % par rapport à la même période de 2019.",
       S(35, "percent", "exact", "smugglers arrested on the coast, against the same period of 2019", "increase"))),
    L("Je vous confie à cet effet les missions suivantes :",
      N("commitments", "bare lead-in; its items are the rows")),
    L("a) coordonner l'action des préfets du Pas-de-Calais, du Nord et de la Somme, ainsi que du préfet maritime de la Manche et de la mer du Nord ;",
      C("FR", "governance", "will")),
    L("b) porter de 700 à 1~000, d'ici le printemps, le nombre de policiers et de gendarmes engagés chaque jour dans la surveillance du littoral ;",
      C("FR", "border_security", "will", "d'ici le printemps", "2021-05-31"),
      N("statistics", "numbers inside the commitment's target", q="porter de 700 à 1~000")),
    L("c) mettre en œuvre, avec les autorités britanniques, l'arrangement opérationnel conclu cet été, en particulier l'échange de renseignements en temps réel au sein du centre conjoint de Coquelles ;",
      C("FR", "policing_intelligence", "will")),
    L("d) préparer, d'ici la fin de l'année, un plan de prévention des départs associant les maires des communes littorales ;",
      C("FR", "border_security", "will", "d'ici la fin de l'année", "2020-12-31")),
    L("e) veiller à la mise à l'abri des personnes vulnérables, en particulier des mineurs non accompagnés, évacuées des campements ;",
      C("FR", "reception_welfare", "will")),
    L("f) engager avec les pays de transit, en lien avec nos ambassades, une action de prévention et d'information.",
      C("FR", "upstream_cooperation", "will")),
    P(("Le Royaume-Uni s'est engagé, lors de la rencontre ministérielle du 2 septembre dernier, à financer de nouveaux équipements de surveillance pour un montant de 28 millions de livres (31,4 millions d'euros).",
       C("GB", "funding", "commit"),
       F(28000000, "GBP", "GB", "FR", "pledge", "new surveillance equipment on the coast",
         alt_amount=31400000, alt_currency="EUR")),
      ("Vous veillerez à ce que ces crédits soient engagés avant le 31 mars 2021.",
       C("FR", "funding", "will", "avant le 31 mars 2021", "2021-03-31")),
      ("La France a par ailleurs reçu depuis 2018, au titre de l'instrument européen de soutien financier à la gestion des frontières, une enveloppe de 14 millions d'euros, dont la moitié a déjà été consommée.",
       F(14000000, "EUR", "European Union", "FR", "disbursed", "border management on the Channel coast",
         period_text="depuis 2018", period_start="2018-01-01", period_end="2020-10-05"),
       N("statistics", "share of an amount of money", q="dont la moitié a déjà été consommée"))),
    P(("Aucun renfort d'effectifs ne sera prélevé sur les autres départements.",
       C("FR", "border_security", "will")),
      ("Vous disposerez, pour votre mission, d'une équipe de six agents et d'un budget de fonctionnement de 450~000 euros.",
       C("FR", "governance", "will", conf="borderline",
         note="means granted to the coordinator by the minister: an undertaking of the author or a description of the post"),
       N("funding;statistics", "own running budget and own staff of the coordinator"))),
    P(("Vous me rendrez compte de l'avancement de votre mission tous les deux mois et me remettrez un premier bilan avant le 15 janvier 2021.",
       C("FR", "governance", "will", "avant le 15 janvier 2021", "2021-01-15"))),
    L("Je vous prie d'agréer, Monsieur le Préfet, l'expression de mes sentiments les meilleurs.",
      N("all", "courtesy formula")),
    "[signé] Le ministre de l'intérieur",
]
