from ann import C, F, S, N
META = dict(file="2016-10-21_h13-circulaire-mise-a-l-abri.txt",
    title="Circulaire relative à la mise à l'abri des personnes présentes sur le campement de la Lande à Calais et aux suites de la coopération franco-britannique",
    dateline="NOR : INTV1629981C — Paris, le 21 octobre 2016 — Le ministre de l'intérieur à Mesdames et Messieurs les préfets de région et de département", doc_date="2016-10-21", parties="FR", doc_type="other", place="Paris")
BODY = [
 [("Le recensement conduit le 12 octobre par les services de l'État et les associations a dénombré 6 480 personnes sur le campement de la Lande, dont environ 1 300 mineurs non accompagnés.", [
    S(6480, "people", "exact", "people counted on the Lande camp", "level", "le 12 octobre", "2016-10-12", "2016-10-12", "Calais"),
    S(1300, "people", "approximately", "unaccompanied minors on the Lande camp", "level", "le 12 octobre", "2016-10-12", "2016-10-12", "Calais")])],
 [("Depuis octobre 2015, 5 900 personnes ont déjà quitté Calais pour un centre d'accueil et d'orientation (CAO), et près de 80 % d'entre elles y ont déposé une demande d'asile.", [
    S(5900, "people", "exact", "people who left Calais for a reception and orientation centre", "level", "depuis octobre 2015", "2015-10-01", "2016-10-21", "Calais"),
    S(80, "percent", "approximately", "share of people in CAOs who applied for asylum", "level", "depuis octobre 2015", "2015-10-01", "2016-10-21")])],
 [("Le campement sera évacué à compter du 24 octobre 2016.", [C("FR", "reception_welfare", "will", "à compter du 24 octobre 2016", "2016-10-24", conf="borderline", note="evacuation framed as shelter operation; passive with no agent, French circular -> FR")])],
 [("Je vous demande de mettre en œuvre les instructions suivantes.", [N("all", "instruction lead-in without content")])],
 ["I. Capacités d'accueil"],
 [("Chaque préfet de région mobilisera, d'ici le 28 octobre, les places nécessaires pour atteindre le contingent régional figurant en annexe.", [C("FR", "reception_welfare", "will", "d'ici le 28 octobre", "2016-10-28")])],
 [("À ce jour, 7 500 places ont été ouvertes dans 164 CAO répartis sur l'ensemble du territoire, hors Île-de-France et Corse.", [
    S(7500, "places", "exact", "places opened in reception and orientation centres", "increase", "à ce jour", "", "2016-10-21", "France excluding Île-de-France and Corsica", note="openings are additions -> increase"),
    S(164, "centres", "exact", "reception and orientation centres", "level", "à ce jour", "", "2016-10-21", "France excluding Île-de-France and Corsica")])],
 [("Le prix de journée pris en charge par l'État est fixé à 25 euros par personne.", [N("all", "daily price: not funding, not a statistic")])],
 ["II. Asile et procédure Dublin"],
 [("Les demandes d'asile des personnes orientées seront enregistrées par les guichets uniques dans un délai de trois jours ouvrés après leur arrivée.", [C("FR", "asylum", "will", note="'délai de trois jours' is a procedural time limit, not the deadline of the action")])],
 [("Vous veillerez à ce que la procédure Dublin ne soit pas appliquée aux personnes accueillies en CAO qui ont engagé une demande d'asile en France.", [C("FR", "asylum", "will", note="instruction to prefects in the future -> FR will")])],
 ["III. Mineurs et transferts vers le Royaume-Uni"],
 [("Les mineurs non accompagnés seront mis à l'abri dans des centres d'accueil et d'orientation pour mineurs isolés, où les services britanniques examineront leur éligibilité à un transfert.", [C("FR", "reception_welfare", "will")]),
  ("Le Royaume-Uni s'est engagé à accueillir, dans un délai de trois semaines, les mineurs ayant de la famille sur son territoire, en application du règlement Dublin III.", [C("GB", "asylum", "commit", "dans un délai de trois semaines", "2016-11-11", note="Dublin family transfers -> asylum; 'Dublin III' is a name, not a statistic"), N("statistics", "'Dublin III' and 'trois semaines' are not statistics")])],
 [("Depuis le 17 octobre, 274 mineurs ont été transférés vers le Royaume-Uni.", [S(274, "people", "exact", "minors transferred to the UK", "level", "depuis le 17 octobre", "2016-10-17", "2016-10-21", "Calais")])],
 [("Le Gouvernement britannique a annoncé une contribution de 36 millions de livres, dont une partie servira à l'accueil des mineurs en France.", [F(36000000, "GBP", "GB", "FR", "pledge", "security and reception of minors in France", note="announced contribution -> pledge")])],
 ["IV. Retours"],
 [("Les personnes qui ne souhaitent pas demander l'asile se verront proposer une aide au retour volontaire, majorée jusqu'au 31 décembre 2016.", [C("FR", "returns", "will", "jusqu'au 31 décembre 2016", "2016-12-31", note="bound on the increased aid")]),
  ("À défaut, une mesure d'éloignement sera prononcée et exécutée.", [C("FR", "returns", "will")])],
 ["V. Information"],
 [("Une campagne d'information en quinze langues sera diffusée sur le campement dès la semaine prochaine afin d'expliquer aux occupants les modalités de départ vers les CAO.", [C("FR", "information_campaigns", "will", "dès la semaine prochaine", note="relative phrase; date left empty"), N("statistics", "'quinze langues' describes the campaign, not the world")])],
 [("Vous me rendrez compte chaque semaine du nombre de places mobilisées et du taux d'occupation.", [C("FR", "governance", "will", note="reporting duty to the minister")])],
 [("Un bilan national sera présenté au Parlement au cours du premier trimestre 2017.", [C("FR", "governance", "will", "au cours du premier trimestre 2017", "2017-03-31")])],
]
from ann import insert_after
insert_after(BODY, "Le prix de journée", [("Pour mémoire, la dépense de l'État pour l'hébergement des demandeurs d'asile a dépassé 560 millions d'euros en 2015.", [N("all", "national budget outturn: not funding for the cooperation, money not a statistic")])])
insert_after(BODY, "Vous me rendrez compte", [("Les préfets qui le jugeront utile pourront solliciter le concours des associations agréées.", [N("commitments", "permission, not an undertaking")])])
insert_after(BODY, "Depuis le 17 octobre", [("Au cours des trois derniers mois, les départs volontaires du campement vers les CAO ont été multipliés par 2,5, tandis que les tentatives d'intrusion sur le site d'Eurotunnel reculaient de moitié.", [
    S(2.5, "factor", "exact", "voluntary departures from the camp to CAOs", "increase", "au cours des trois derniers mois", "2016-07-21", "2016-10-21", "Calais", note="'2,5' decimal comma"),
    S(50, "percent", "exact", "intrusion attempts on the Eurotunnel site", "decrease", "au cours des trois derniers mois", "2016-07-21", "2016-10-21", "Coquelles", conf="borderline", note="'reculaient de moitié' -> 50 percent decrease (could also be read as factor 0.5)")])])
