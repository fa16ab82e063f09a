from ann import C, F, S, N
META = dict(file="2020-12-03_h13-dossier-presse-petites-embarcations.txt",
    title="Dossier de presse — Nouvel arrangement franco-britannique contre les traversées de la Manche en petites embarcations",
    dateline="Ministère de l'Intérieur, Paris — jeudi 3 décembre 2020", doc_date="2020-12-03", parties="FR", doc_type="other", place="Paris")
BODY = [
 ["L'ESSENTIEL"],
 [("Le ministre de l'Intérieur et la ministre britannique de l'Intérieur ont signé ce jour un nouvel arrangement administratif destiné à mettre fin aux traversées de la Manche à bord de petites embarcations.", [N("all", "report of the signature")])],
 [("En vertu de cet arrangement, le nombre de gendarmes et de policiers affectés chaque jour à la surveillance du littoral sera porté à 1 200 au début de l'année 2021.", [C("FR", "border_security", "will", "au début de l'année 2021", conf="core", note="'au début de l'année 2021' left unresolved (no last day)"), N("statistics", "1 200 is the target of a commitment")])],
 [("La France déploiera, d'ici la fin du mois de janvier, des radars et des caméras thermiques supplémentaires sur les plages du Nord et du Pas-de-Calais.", [C("FR", "border_security", "will", "d'ici la fin du mois de janvier", "2021-01-31")])],
 [("Le Royaume-Uni apportera 28,1 millions de livres sterling (31,4 millions d'euros) pour financer ces équipements et les frais de déplacement des renforts.", [
    F(28100000, "GBP", "GB", "FR", "pledge", "surveillance equipment and travel costs of reinforcements", alt=31400000, altc="EUR"),
    C("GB", "funding", "will")])],
 [("Les deux pays renforceront le partage de renseignement sur les filières, notamment au sein de l'unité de renseignement opérationnel commune installée à Coquelles, et des enquêteurs britanniques seront associés aux investigations françaises.", [C("GB;FR", "policing_intelligence", "will")])],
 [("Les services britanniques et français conduiront conjointement, avant le printemps, une campagne d'information dans les pays de départ, en particulier en Iran, en Irak et au Soudan.", [C("GB;FR", "information_campaigns", "will", "avant le printemps", "2021-02-28", note="'avant le printemps' -> last day before spring = 28 February 2021")])],
 ["CHIFFRES CLÉS (au 30 novembre 2020)"],
 [("Traversées ou tentatives recensées depuis le 1er janvier : 9 550 personnes", [S(9550, "people", "exact", "people recorded crossing or attempting to cross the Channel in small boats", "level", "depuis le 1er janvier", "2020-01-01", "2020-11-30", "Channel", conf="borderline", note="mix of crossings and attempts; unit people chosen")])],
 [("Personnes arrivées au Royaume-Uni : 8 420 (1 840 sur l'ensemble de 2019)", [
    S(8420, "people", "exact", "people arriving in the UK by small boat", "level", "depuis le 1er janvier", "2020-01-01", "2020-11-30", "United Kingdom", note="table line; period from the block header"),
    S(1840, "people", "exact", "people arriving in the UK by small boat", "level", "sur l'ensemble de 2019", "2019-01-01", "2019-12-31", "United Kingdom", note="comparative figure in brackets: own row")])],
 [("Tentatives empêchées par les forces françaises : 3 200, soit 34 % des tentatives recensées", [
    S(3200, "attempts", "exact", "crossing attempts prevented by French forces", "level", "depuis le 1er janvier", "2020-01-01", "2020-11-30", "northern French coast"),
    S(34, "percent", "exact", "share of recorded attempts prevented by French forces", "level", "depuis le 1er janvier", "2020-01-01", "2020-11-30", "northern French coast")])],
 [("Passeurs interpellés : 1 060, soit une hausse de 40 à 45 % selon les sources", [
    S(1060, "people", "exact", "smugglers arrested", "level", "depuis le 1er janvier", "2020-01-01", "2020-11-30", "France"),
    S(45, "percent", "approximately", "increase in smugglers arrested", "increase", "depuis le 1er janvier", "2020-01-01", "2020-11-30", "France", conf="borderline", note="range '40 à 45 %': gold takes the upper bound, approximately; either bound is legitimate")])],
 [("Filières démantelées : 61", [S(61, "networks", "exact", "smuggling networks dismantled", "level", "depuis le 1er janvier", "2020-01-01", "2020-11-30", "France")])],
 [("Coût moyen d'un drone de surveillance : 65 000 euros", [N("all", "price of equipment: not funding, not a statistic")])],
 ["QUESTIONS-RÉPONSES"],
 [("Pourquoi un nouvel arrangement ?", [N("all", "question heading")])],
 [("Parce que les traversées ont été multipliées par plus de quatre en un an et que les embarcations sont de plus en plus surchargées.", [S(4, "factor", "more_than", "Channel small-boat crossings in one year", "increase", "en un an", loc="Channel", note="'multipliées par plus de quatre' -> factor 4, more_than")])],
 [("La France va-t-elle accepter des contrôles britanniques sur son sol ?", [N("all", "question")])],
 [("Non : les opérations sur le territoire français restent conduites par les forces françaises, et la souveraineté de chaque État sera respectée.", [C("FR", "border_security", "will", conf="borderline", note="assurance in the future; negative answer framing")])],
 [("Que deviennent les personnes secourues ?", [N("all", "question")])],
 [("Elles seront prises en charge par les services de l'État, mises à l'abri et informées de leur droit de demander l'asile en France.", [C("FR", "reception_welfare", "will", note="care and shelter -> reception_welfare; information about asylum is secondary")])],
 [("Celles qui n'ont pas besoin de protection feront l'objet d'une procédure de retour vers leur pays d'origine.", [C("FR", "returns", "will")])],
 [("Le Royaume-Uni s'engage-t-il sur les voies légales d'accès ?", [N("all", "question")])],
 [("Le gouvernement britannique a indiqué qu'il présenterait au printemps un programme de réinstallation de réfugiés depuis les pays voisins des zones de conflit.", [C("GB", "upstream_cooperation", "other", "au printemps", "2021-05-31", conf="borderline", note="reported intention; safe and legal route from regions of origin -> upstream_cooperation, not asylum")])],
 [("Un comité de suivi se réunira chaque mois à Paris ou à Londres pour vérifier la mise en œuvre de l'arrangement.", [C("GB;FR", "governance", "will")])],
]
from ann import insert_after
insert_after(BODY, "Le Royaume-Uni apportera 28,1", [("Depuis 2015, le Royaume-Uni a contribué pour plus de 170 millions d'euros à la sécurisation de la frontière à Calais et à Dunkerque.", [F(170000000, "EUR", "GB", "FR", "disbursed", "border security at Calais and Dunkerque", pt="depuis 2015", ps="2015-01-01", pe="2020-12-03", note="'plus de' on an amount: amount recorded as stated")])])
