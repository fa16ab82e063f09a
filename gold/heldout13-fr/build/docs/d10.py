from ann import C, F, S, N
META = dict(file="2025-09-30_h13-entretien-croise-france-maroc.txt",
    title="« Nos deux pays partagent la même responsabilité » : entretien croisé avec les ministres de l'Intérieur de la France et du Royaume du Maroc",
    dateline="Propos recueillis à Rabat le 30 septembre 2025, à l'issue de la réunion du groupe migratoire mixte permanent franco-marocain.", doc_date="2025-09-30", parties="FR;MA", doc_type="other", place="Rabat")
BODY = [
 [("Question : Pourquoi cette réunion maintenant ?", [N("all", "interview question")])],
 [("Le ministre français : Parce que les routes ont changé.", [N("all", "opinion")]),
  ("Sur les huit premiers mois de l'année, près de 40 % des personnes interpellées sur le littoral de la Manche avaient transité par le Maroc ou l'Algérie, contre 15 % il y a trois ans.", [
    S(40, "percent", "approximately", "share of people arrested on the Channel coast who had transited through Morocco or Algeria", "increase", "sur les huit premiers mois de l'année", "2025-01-01", "2025-08-31", "Channel coast", conf="core"),
    S(15, "percent", "exact", "share of people arrested on the Channel coast who had transited through Morocco or Algeria", "level", "il y a trois ans", "2022-01-01", "2022-12-31", "Channel coast", note="elliptical earlier figure; 'il y a trois ans' resolved to 2022")])],
 [("Le ministre marocain : Le Royaume a empêché plus de 78 000 tentatives de migration irrégulière en 2024, soit une hausse de 6 % sur un an.", [
    S(78000, "attempts", "more_than", "irregular migration attempts prevented by Morocco", "level", "en 2024", "2024-01-01", "2024-12-31", "Morocco"),
    S(6, "percent", "exact", "prevented irregular migration attempts compared with 2023", "increase", "sur un an", "2024-01-01", "2024-12-31", "Morocco")]),
  ("Nous avons aussi démantelé 412 réseaux criminels, et nous n'entendons pas ralentir.", [S(412, "networks", "exact", "criminal networks dismantled by Morocco", "level", "en 2024", "2024-01-01", "2024-12-31", "Morocco", conf="borderline", note="period carried from the previous sentence; the second clause ('n'entendons pas ralentir') is not a concrete commitment")])],
 [("Question : Qu'avez-vous décidé concrètement ?", [N("all", "interview question")])],
 [("Le ministre français : Nous sommes convenus d'un plan en quatre points.", [C("FR;MA", "governance", "agree", conf="borderline", note="lead-in: 'nous' = both ministers in a joint interview; 'quatre' is list count, not a statistic"), N("statistics", "'quatre points' is not a statistic")])],
 [("D'abord, la France fournira aux forces auxiliaires marocaines des véhicules, des drones et des moyens de communication d'ici la fin du premier trimestre 2026.", [C("FR", "border_security", "will", "d'ici la fin du premier trimestre 2026", "2026-03-31", note="France equips Moroccan forces: border surveillance capability")])],
 [("Ensuite, nos deux polices mettront en place une équipe commune d'enquête sur les filières qui acheminent des migrants de Casablanca vers le nord de la France.", [C("FR;MA", "policing_intelligence", "will")])],
 [("Troisièmement, nous accélérerons la délivrance des laissez-passer consulaires : le Maroc s'engage à répondre aux demandes françaises dans un délai de trente jours.", [C("MA", "returns", "commit", note="Morocco commits on consular travel documents -> returns; 'dans un délai de trente jours' is a processing time, not a deadline")])],
 [("Enfin, nous lancerons avant la fin de l'année une campagne d'information dans les régions de Béni Mellal et de l'Oriental sur les risques de la traversée.", [C("FR;MA", "information_campaigns", "will", "avant la fin de l'année", "2025-12-31")])],
 [("Question : Et l'argent ?", [N("all", "interview question")])],
 [("Le ministre français : La France a engagé 150 millions d'euros depuis 2019 dans l'accompagnement des politiques migratoires marocaines.", [F(150000000, "EUR", "FR", "MA", "disbursed", "support to Moroccan migration policies", pt="depuis 2019", ps="2019-01-01", pe="2025-09-30", note="'a engagé' read as money already committed and spent")])],
 [("Elle apportera 30 millions d'euros supplémentaires sur trois ans, soit 10 millions par an, pour la formation des garde-frontières et l'emploi des jeunes dans les provinces de départ.", [
    F(10000000, "EUR", "FR", "MA", "pledge", "border guard training and youth employment in departure provinces", per_year=True, years=3, pt="sur trois ans", note="stated both as total and per year: row recorded per year; 30 million is the same money, no second row"),
    C("FR", "funding", "will")])],
 [("Le ministre marocain : Je rappelle qu'un passeur facture aujourd'hui entre 2 000 et 4 000 euros une place vers l'Espagne.", [N("all", "smugglers' fee: not funding, not statistic")]),
  ("Chaque euro investi dans l'emploi des jeunes est plus efficace qu'un euro dépensé en clôtures.", [N("all", "general belief about money")])],
 [("Question : L'Espagne et le Royaume-Uni sont-ils associés ?", [N("all", "interview question")])],
 [("Le ministre marocain : Madrid est déjà notre premier partenaire sur la route atlantique.", [N("all", "description")]),
  ("Nous proposerons à l'Espagne et au Royaume-Uni de rejoindre notre groupe mixte lors de sa prochaine session, au printemps.", [C("FR;MA", "eu_international", "will", "au printemps", "2026-05-31", note="spring after a September document -> spring 2026")])],
 [("Le ministre français : Et nous soutiendrons ensemble, à Bruxelles, le partenariat global entre l'Union européenne et le Maroc, y compris ses volets de mobilité légale pour les étudiants et les travailleurs.", [C("FR;MA", "upstream_cooperation", "support", note="legal mobility partnership with a country of origin -> upstream (safe and legal routes), not asylum")])],
 [("Question : Et l'asile ?", [N("all", "interview question")])],
 [("Le ministre marocain : Le Maroc adoptera avant la fin de 2026 sa première loi sur l'asile, avec l'appui technique du Haut-Commissariat des Nations unies pour les réfugiés.", [C("MA", "asylum", "will", "avant la fin de 2026", "2026-12-31")])],
 [("Le ministre français : La France, de son côté, examinera dans un délai de six mois les demandes d'asile des personnes vulnérables identifiées au Maroc par le HCR, dans la limite de 500 places par an.", [C("FR", "upstream_cooperation", "will", "dans un délai de six mois", "2026-03-30", conf="borderline", note="resettlement-type route from a transit country: upstream vs asylum; 500 places is a cap in a commitment, not a statistic"), N("statistics", "500 places is a cap inside a commitment")])],
 [("Les deux ministres se retrouveront à Paris au premier semestre 2026 pour un premier bilan.", [C("FR;MA", "governance", "will", "au premier semestre 2026", "2026-06-30")])],
]
from ann import insert_after
insert_after(BODY, "Elle apportera 30 millions", [("L'Union européenne a, pour sa part, mobilisé 234 millions d'euros en faveur du Maroc depuis 2021, ce que les deux ministres ont salué.", [F(234000000, "EUR", "European Union", "MA", "disbursed", "EU support to Morocco on migration", pt="depuis 2021", ps="2021-01-01", pe="2025-09-30", conf="borderline", note="EU money mentioned in a bilateral interview; welcoming clause not a commitment"), N("commitments", "report and welcoming")])])
insert_after(BODY, "Le ministre marocain : Madrid", [("Les arrivées aux Canaries ont d'ailleurs baissé de 21 % cette année, à quelque 31 000 personnes à la fin août.", [
    S(21, "percent", "exact", "arrivals in the Canary Islands", "decrease", "cette année", "2025-01-01", "2025-08-31", "Canary Islands"),
    S(31000, "people", "approximately", "arrivals in the Canary Islands", "level", "à la fin août", "2025-01-01", "2025-08-31", "Canary Islands", note="'quelque' -> approximately")])])
