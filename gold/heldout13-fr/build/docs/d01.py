from ann import C, F, S, N
META = dict(file="2004-11-18_h13-declaration-ports-manche.txt",
    title="Déclaration conjointe franco-britannique relative au renforcement des contrôles dans les ports de la Manche",
    dateline="Paris, le 18 novembre 2004", doc_date="2004-11-18", parties="GB;FR", doc_type="declaration", place="Paris")
BODY = [
 [("Le ministre de l'Intérieur de la République française et le ministre de l'Intérieur du Royaume-Uni se sont réunis à Paris le 18 novembre 2004 pour faire le point sur la situation dans les ports du littoral.", [N("all", "report of a meeting")])],
 [("Ils ont constaté que la pression migratoire sur les ports de la Manche demeure forte.", [N("all", "description of a situation")]),
  ("Au cours des dix premiers mois de l'année, les services français ont intercepté 14 200 personnes qui tentaient de gagner le Royaume-Uni dissimulées dans des poids lourds, contre 9 800 sur la même période de 2003.", [
     S(14200, "attempts", "exact", "people intercepted hidden in lorries trying to reach the UK", "level", "au cours des dix premiers mois de l'année", "2004-01-01", "2004-10-31", "French Channel ports", note="intercepted crossings -> attempts"),
     S(9800, "attempts", "exact", "people intercepted hidden in lorries trying to reach the UK", "level", "sur la même période de 2003", "2003-01-01", "2003-10-31", "French Channel ports", note="elliptical second figure of a comparison: own row")]),
  ("Le nombre de personnes découvertes dans le port de Calais a ainsi progressé de 45 %.", [S(45, "percent", "exact", "people found in the port of Calais", "increase", loc="Calais")])],
 [("Le centre d'hébergement de Sangatte, fermé en décembre 2002, avait accueilli plus de 67 000 personnes en trois ans.", [S(67000, "people", "more_than", "people accommodated at the Sangatte centre", "level", "en trois ans", loc="Sangatte", note="period not resolvable to dates")]),
  ("Les ministres ont salué le travail accompli depuis sa fermeture par les agents des deux pays.", [N("all", "welcoming, past work")])],
 [("Le protocole de Sangatte du 25 novembre 1991 et son protocole additionnel du 29 mai 2000 demeurent la base juridique des contrôles dans le tunnel.", [N("all", "existing legal basis; dates are not statistics")])],
 [("Afin de poursuivre cet effort, les deux ministres sont convenus :", [C("GB;FR", "border_security", "agree", conf="borderline", note="bare lead-in with cue; actions are in the items")])],
 [("- de déployer d'ici le 31 mars 2005 des détecteurs de battements cardiaques et des scanners à rayons X dans les ports de Calais, Boulogne-sur-Mer et Dunkerque ;", [C("GB;FR", "border_security", "agree", "d'ici le 31 mars 2005", "2005-03-31")])],
 [("- de créer à Coquelles une cellule commune de renseignement chargée d'analyser les filières de passeurs et d'appuyer les enquêtes judiciaires ;", [C("GB;FR", "policing_intelligence", "agree", note="intelligence cell supporting investigations -> policing, not border surveillance")])],
 [("- d'étendre les contrôles juxtaposés au port de Dunkerque avant la fin du premier semestre 2005 ;", [C("GB;FR", "border_security", "agree", "avant la fin du premier semestre 2005", "2005-06-30")])],
 [("- de conclure, dans un délai de six mois, un protocole additionnel précisant les conditions d'échange des données relatives aux passagers.", [C("GB;FR", "legal_framework", "agree", "dans un délai de six mois", "2005-05-18", note="counted period resolved from the document date")])],
 [("Le Royaume-Uni financera l'acquisition des scanners à hauteur de 3 millions de livres (environ 4,4 millions d'euros).", [C("GB", "funding", "will"), F(3000000, "GBP", "GB", "FR", "pledge", "acquisition of scanners for Channel ports", alt=4400000, altc="EUR")]),
  ("Le coût total du dispositif, maintenance comprise, est estimé à 7 millions d'euros sur cinq ans.", [N("all", "cost estimate, not money given by a party")])],
 [("La France affectera 150 policiers et gendarmes supplémentaires à la surveillance des zones portuaires dès janvier 2005.", [C("FR", "border_security", "will", "dès janvier 2005", "2005-01-31"), N("statistics", "150 is the target of a commitment")]),
  ("Les effectifs de la police aux frontières à Calais sont déjà passés de 320 à 410 agents depuis 2002.", [
     S(410, "officers", "exact", "border police staff at Calais", "increase", "depuis 2002", "2002-01-01", "2004-11-18", "Calais"),
     S(320, "officers", "exact", "border police staff at Calais", "level", "2002", "2002-01-01", "2002-12-31", "Calais", conf="borderline", note="starting value of 'passés de 320 à 410'")])],
 [("Selon les services d'enquête, le prix demandé par les passeurs pour un passage dissimulé dans un camion se situe entre 500 et 1 000 euros.", [N("all", "smugglers' fee: money that is not funding, not a statistic")])],
 [("Les ministres entendent associer la Belgique aux travaux de la cellule commune, compte tenu des départs constatés depuis le littoral belge.", [C("GB;FR", "eu_international", "intend")]),
  ("Un point d'étape sera présenté par le comité de pilotage franco-britannique avant l'été 2005.", [C("GB;FR", "governance", "will", "avant l'été 2005", "2005-05-31", note="joint body -> GB;FR; season resolved to 31 May")])],
 [("Le Home Secretary s'est engagé à accélérer le traitement des demandes d'asile déposées au Royaume-Uni par des personnes passées par les ports français.", [C("GB", "asylum", "commit", note="reported undertaking by a minister")]),
  ("Le ministre français a indiqué pour sa part que les éloignements vers les pays d'origine seraient organisés, lorsque c'est possible, par des vols groupés conjoints.", [C("FR", "returns", "other", conf="borderline", note="reported intention in the conditional")])],
 [("En 2003, 1 150 étrangers en situation irrégulière interpellés dans le Calaisis avaient été reconduits dans leur pays d'origine.", [S(1150, "people", "exact", "irregular migrants arrested in the Calais area and returned", "level", "en 2003", "2003-01-01", "2003-12-31", "Calaisis"), N("commitments", "past report")])],
 [("Les deux ministres se retrouveront au printemps 2005 à Londres.", [C("GB;FR", "governance", "will", "au printemps 2005", "2005-05-31", conf="borderline", note="a planned meeting: follow-up, borderline")])],
]
from ann import insert_after
insert_after(BODY, "Le Royaume-Uni financera", [("L'Union européenne apportera en outre 1 million d'euros au titre du Fonds pour les frontières extérieures.", [F(1000000, "EUR", "European Union", "FR", "pledge", "Channel port controls (External Borders Fund)"), C("European Union", "funding", "will", conf="borderline", note="EU contribution stated in a joint text of two other parties")])])
insert_after(BODY, "En 2003, 1 150", [("Près d'un tiers d'entre eux étaient de nationalité afghane ou irakienne.", [S(33, "percent", "approximately", "share of Afghan or Iraqi nationals among people returned", "level", "en 2003", "2003-01-01", "2003-12-31", "Calaisis", conf="borderline", note="'près d'un tiers' -> about 33 percent; fraction conversion is a gold choice")])])
