from ann import C, F, S, N
META = dict(file="2022-05-12_h13-rapport-senat-frontiere-manche.txt",
    title="Rapport d'information fait au nom de la commission des lois sur la coopération franco-britannique à la frontière de la Manche",
    dateline="SÉNAT — SESSION ORDINAIRE DE 2021-2022 — Enregistré à la Présidence du Sénat le 12 mai 2022", doc_date="2022-05-12", parties="FR", doc_type="other", place="Paris")
BODY = [
 ["Par Mme Hélène Cadoret et M. Thibault Lemarchand, sénateurs."],
 ["I. UN FLUX QUI S'EST DÉPLACÉ VERS LA MER"],
 [("1. Selon les chiffres transmis à vos rapporteurs par la préfecture maritime, 52 000 personnes ont tenté la traversée en 2021, soit près de trois fois plus qu'en 2020 (18 500)¹.", [
    S(52000, "people", "exact", "people who attempted the Channel crossing", "level", "en 2021", "2021-01-01", "2021-12-31", "Channel", conf="borderline", note="attempted crossings total (successful and prevented): people vs attempts ambiguous"),
    S(3, "factor", "approximately", "attempted crossings compared with 2020", "increase", "en 2021", "2021-01-01", "2021-12-31", "Channel"),
    S(18500, "people", "exact", "people who attempted the Channel crossing", "level", "en 2020", "2020-01-01", "2020-12-31", "Channel", conf="borderline", note="bracketed elliptical figure")])],
 [("2. Environ 28 500 d'entre elles sont arrivées au Royaume-Uni ; les autres ont été interceptées ou secourues par les moyens français.", [S(28500, "people", "approximately", "people who arrived in the UK by small boat", "level", "en 2021", "2021-01-01", "2021-12-31", "United Kingdom")])],
 [("3. Le nombre de décès recensés dans la Manche est passé de 7 en 2020 à 36 en 2021, dont 27 lors du seul naufrage du 24 novembre.", [
    S(36, "people", "exact", "deaths recorded in the Channel", "increase", "en 2021", "2021-01-01", "2021-12-31", "Channel"),
    S(7, "people", "exact", "deaths recorded in the Channel", "level", "en 2020", "2020-01-01", "2020-12-31", "Channel"),
    S(27, "people", "exact", "deaths in the shipwreck of 24 November", "level", "24 novembre", "2021-11-24", "2021-11-24", "Channel")])],
 [("4. Les ressortissants iraniens, irakiens et érythréens représentent à eux seuls 61 % des arrivées, tandis que la part des Vietnamiens, de l'ordre de 5 %, progresse.", [
    S(61, "percent", "exact", "share of Iranian, Iraqi and Eritrean nationals among arrivals", "level", "en 2021", "2021-01-01", "2021-12-31", "United Kingdom"),
    S(5, "percent", "approximately", "share of Vietnamese nationals among arrivals", "increase", "en 2021", "2021-01-01", "2021-12-31", "United Kingdom", conf="borderline", note="'progresse' gives the direction of a share")])],
 [("5. Le prix de la traversée, qui variait de 3 000 à 5 000 euros en 2020, atteindrait désormais 7 000 euros.", [N("all", "smugglers' prices: not funding, not statistics")])],
 ["II. DES MOYENS CONSIDÉRABLES, UN PILOTAGE PERFECTIBLE"],
 [("6. Le Royaume-Uni a versé à la France 54,2 millions d'euros en 2021 au titre de l'arrangement du 28 novembre 2020.", [F(54200000, "EUR", "GB", "FR", "disbursed", "implementation of the November 2020 arrangement", pt="en 2021", ps="2021-01-01", pe="2021-12-31")])],
 [("7. Ce montant ne couvre qu'une partie des dépenses : vos rapporteurs évaluent à 180 millions d'euros par an le coût complet de la surveillance du littoral pour l'État.", [N("all", "cost estimate by rapporteurs, not money given")])],
 [("8. Les effectifs mobilisés chaque jour sur le littoral ont augmenté de 45 % en un an, pour atteindre plus de 800 policiers et gendarmes.", [
    S(45, "percent", "exact", "police and gendarmes deployed daily on the coast", "increase", "en un an", loc="northern French coast"),
    S(800, "officers", "more_than", "police and gendarmes deployed daily on the coast", "level", loc="northern French coast")])],
 [("9. Devant vos rapporteurs, le ministre de l'Intérieur a indiqué que la France ouvrira d'ici la fin de 2022 un centre de coordination opérationnelle des moyens nautiques à Boulogne-sur-Mer.", [C("FR", "border_security", "will", "d'ici la fin de 2022", "2022-12-31", note="reported undertaking of a named minister")])],
 [("10. Il a également précisé que Paris et Londres négocieraient avant l'été un accord sur le retour des personnes dont la demande d'asile a été rejetée.", [C("GB;FR", "returns", "other", "avant l'été", "2022-05-31", conf="borderline", note="reported in the conditional; capitals as metonyms -> GB;FR")])],
 [("11. Les rapporteurs constatent que l'Allemagne, la Belgique et les Pays-Bas, par où transitent les embarcations et les moteurs, ne sont associés que ponctuellement au pilotage.", [N("all", "observation, no action")])],
 ["III. RECOMMANDATIONS"],
 [("Recommandation n° 1 : Le Gouvernement devrait conclure avec le Royaume-Uni, d'ici la fin de l'année 2023, un traité global se substituant aux arrangements administratifs successifs.", [C("FR", "legal_framework", "should", "d'ici la fin de l'année 2023", "2023-12-31", note="recommendation to the Government: 'devrait' -> should; list numbering not a statistic")])],
 [("Recommandation n° 2 : La France devrait proposer à l'Allemagne, à la Belgique et aux Pays-Bas un groupe de travail permanent sur la chaîne logistique des passeurs, avec Europol.", [C("FR", "eu_international", "should", note="partner states and Europol -> eu_international")])],
 [("Recommandation n° 3 : Les services d'enquête devraient disposer d'un office central dédié au trafic de migrants par voie maritime.", [C("FR", "policing_intelligence", "should")])],
 [("Recommandation n° 4 : L'État devrait ouvrir des lieux de mise à l'abri à proximité du littoral, accessibles sans condition, afin de réduire l'errance des personnes.", [C("FR", "reception_welfare", "should")])],
 [("Recommandation n° 5 : La France et le Royaume-Uni devraient financer conjointement des projets de développement au Soudan, en Érythrée et au Vietnam, pays dont sont issus de nombreux migrants.", [C("GB;FR", "upstream_cooperation", "should", note="development in countries of origin -> upstream, though it mentions financing")])],
 [("Recommandation n° 6 : Le Gouvernement devrait rendre public chaque trimestre un tableau de bord des moyens engagés et des résultats obtenus.", [C("FR", "governance", "should")])],
 [("Recommandation n° 7 : Le Royaume-Uni devrait ouvrir une voie légale permettant de déposer une demande d'asile depuis la France.", [C("GB", "asylum", "should", conf="borderline", note="asylum route from France: asylum procedure vs safe legal route; chose asylum")])],
 [("¹ Données provisoires au 31 décembre 2021.", [N("all", "footnote: date and note marker")])],
]
from ann import insert_after
insert_after(BODY, "6. Le Royaume-Uni a versé", [("Pour 2022, le Gouvernement britannique s'est engagé à porter sa contribution à 58 millions d'euros.", [F(58000000, "EUR", "GB", "FR", "pledge", "implementation of the November 2020 arrangement", pt="pour 2022", ps="2022-01-01", pe="2022-12-31"), C("GB", "funding", "commit", "pour 2022", "2022-12-31", note="reported undertaking")])])
insert_after(BODY, "7. Ce montant", [("Le traitement annuel chargé d'un gendarme mobile déplacé sur le littoral est estimé à 62 000 euros.", [N("all", "salary cost: not funding")])])
insert_after(BODY, "Par Mme", [("Vos rapporteurs se sont rendus à Calais, Dunkerque, Boulogne-sur-Mer et Douvres en février et mars 2022.", [N("all", "report of visits")])])
