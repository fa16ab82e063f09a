from ann import C, F, S, N
META = dict(file="2015-09-10_h13-arrangement-trilateral-belgique.txt",
    title="Arrangement administratif entre le Royaume de Belgique, la République française et le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord relatif à la sécurité du littoral et des ports de la mer du Nord",
    dateline="Fait à Bruxelles, le 10 septembre 2015, en trois exemplaires originaux, en langues française, néerlandaise et anglaise.", doc_date="2015-09-10", parties="GB;FR;BE", doc_type="arrangement", place="Brussels")
BODY = [
 [("Le ministre de l'Intérieur du Royaume de Belgique, le ministre de l'Intérieur de la République française et le secrétaire d'État à l'Intérieur du Royaume-Uni, ci-après dénommés « les Participants »,", [N("all", "preamble: designation of the parties")])],
 [("Considérant que 1 830 migrants ont été interceptés dans les parkings de l'autoroute E40 et dans le port de Zeebrugge au cours du premier semestre 2015, soit plus du double du chiffre du premier semestre 2014 ;", [
    S(1830, "attempts", "exact", "migrants intercepted in E40 motorway car parks and the port of Zeebrugge", "level", "au cours du premier semestre 2015", "2015-01-01", "2015-06-30", "E40 / Zeebrugge", note="interceptions -> attempts"),
    S(2, "factor", "more_than", "interceptions compared with the first half of 2014", "increase", "premier semestre 2014", "2014-01-01", "2014-06-30", "E40 / Zeebrugge", note="'plus du double' -> factor 2, more_than")])],
 [("Considérant que le renforcement des contrôles à Calais et à Dunkerque a entraîné un déplacement d'une partie des tentatives vers le littoral belge ;", [N("all", "description of a situation")])],
 ["sont convenus de ce qui suit :"],
 ["Article 1er - Objet"],
 [("Le présent arrangement a pour objet de renforcer la coopération opérationnelle des Participants contre l'immigration irrégulière à destination du Royaume-Uni à partir des côtes belge et française.", [C("GB;FR;BE", "legal_framework", "will", conf="borderline", note="object clause of an arrangement: present tense, general")])],
 ["Article 2 - Contrôles portuaires"],
 [("La police fédérale belge renforce les contrôles des véhicules de fret dans le port de Zeebrugge, avec l'appui technique de la Border Force britannique.", [C("BE", "border_security", "will", note="Belgian federal police acts; British support secondary")])],
 [("Le Participant britannique met à disposition, d'ici le 31 décembre 2015, deux scanners mobiles et des équipes cynophiles.", [C("GB", "border_security", "will", "d'ici le 31 décembre 2015", "2015-12-31")])],
 ["Article 3 - Échange d'informations"],
 [("Les Participants échangent, dans le respect de leur droit national et du droit de l'Union européenne, les données relatives aux véhicules et aux personnes interceptés.", [C("GB;FR;BE", "legal_framework", "will", note="data exchange under law -> legal_framework")])],
 [("Les autorités françaises et belges détachent chacune un officier de liaison auprès du centre de commandement de la police fédérale à Bruges dans un délai de trois mois à compter de la signature.", [C("FR;BE", "policing_intelligence", "will", "dans un délai de trois mois à compter de la signature", "2015-12-10", note="two of the three participants act")])],
 ["Article 4 - Lutte contre les réseaux"],
 [("Les Participants constituent, avec le soutien d'Europol, une équipe commune d'enquête visant les réseaux de passeurs actifs le long de l'autoroute E40.", [C("GB;FR;BE", "policing_intelligence", "will", note="joint investigation team -> policing even with Europol mentioned")])],
 ["Article 5 - Protection et retour"],
 [("Les victimes présumées de la traite des êtres humains identifiées lors des contrôles sont orientées vers les centres spécialisés agréés en Belgique et en France.", [C("FR;BE", "reception_welfare", "will", conf="borderline", note="passive, no agent; the centres are in Belgium and France")])],
 [("Le Participant belge procède à l'éloignement des personnes interceptées qui n'ont pas de droit au séjour, en priorité vers leur pays d'origine.", [C("BE", "returns", "will")])],
 [("Les Participants mènent des campagnes d'information conjointes, en plusieurs langues, à destination des migrants présents sur les aires d'autoroute, sur les dangers des passages clandestins.", [C("GB;FR;BE", "information_campaigns", "will")])],
 ["Article 6 - Financement"],
 [("Le Participant britannique contribue aux dépenses d'équipement à hauteur de 2 millions de livres sterling par an pendant trois ans.", [
    F(2000000, "GBP", "GB", "BE", "pledge", "equipment expenditure under the trilateral arrangement", per_year=True, years=3, pt="par an pendant trois ans", note="recipient: the Belgian participant (equipment in Zeebrugge); borderline recipient choice"),
    C("GB", "funding", "will")])],
 [("Les frais de personnel restent à la charge de chaque Participant.", [N("funding", "cost allocation rule, no amount")])],
 ["Article 7 - Suivi"],
 [("Un comité de suivi trilatéral se réunit au moins deux fois par an, alternativement à Bruxelles, Paris et Londres ; il remet aux ministres un premier bilan avant le 30 juin 2016.", [C("GB;FR;BE", "governance", "will", "avant le 30 juin 2016", "2016-06-30"), N("statistics", "'deux fois par an' is a frequency in an obligation")])],
 ["Article 8 - Entrée en vigueur"],
 [("Le présent arrangement prend effet à la date de sa signature pour une durée de trois ans, renouvelable par tacite reconduction.", [C("GB;FR;BE", "legal_framework", "will", conf="borderline", note="entry-into-force clause")])],
]
from ann import insert_after
insert_after(BODY, "Considérant que 1 830", [("Considérant qu'en 2014, la police fédérale a découvert 4 120 migrants à bord de camions dans les ports belges, dont 38 % à Zeebrugge ;", [
    S(4120, "people", "exact", "migrants found in lorries in Belgian ports", "level", "en 2014", "2014-01-01", "2014-12-31", "Belgian ports", note="'découvert' in lorries: found, not prevented departures; unit people"),
    S(38, "percent", "exact", "share of migrants found in lorries who were found at Zeebrugge", "level", "en 2014", "2014-01-01", "2014-12-31", "Zeebrugge")])])
insert_after(BODY, "Les frais de personnel", [("La Commission européenne a pris en charge, à hauteur de 750 000 euros, l'étude de faisabilité préalable au présent arrangement.", [F(750000, "EUR", "European Commission", "GB;FR;BE", "disbursed", "feasibility study for the arrangement")])])
insert_after(BODY, "Le présent arrangement prend effet", [("Le présent arrangement ne crée pas d'obligations juridiques au regard du droit international.", [N("all", "disclaimer clause: states what the text does not do")])])
