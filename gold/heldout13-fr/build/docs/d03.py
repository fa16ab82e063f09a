from ann import C, F, S, N
META = dict(file="2013-04-11_h13-reponse-ministerielle-calaisis.txt",
    title="Question écrite n° 04512 : Situation des migrants dans le Calaisis et coopération avec le Royaume-Uni",
    dateline="Réponse du ministère de l'intérieur publiée dans le JO Sénat du 11/04/2013 - page 1187", doc_date="2013-04-11", parties="FR", doc_type="other", place="Paris")
BODY = [
 [("Question de M. Jean-Baptiste Varennes (Pas-de-Calais - SOC) publiée dans le JO Sénat du 24/01/2013.", [N("all", "publication reference; dates and page numbers are not statistics")])],
 [("M. Jean-Baptiste Varennes attire l'attention de M. le ministre de l'intérieur sur la situation des migrants présents dans le Calaisis, dont le nombre serait passé de 350 à plus de 600 en quelques mois selon les associations.", [
    S(600, "people", "more_than", "migrants present in the Calais area (associations' estimate)", "increase", "en quelques mois", loc="Calaisis", conf="borderline", note="figure attributed to associations inside a senator's question"),
    S(350, "people", "exact", "migrants present in the Calais area (associations' estimate, earlier level)", "level", loc="Calaisis", conf="borderline", note="starting value of 'passé de 350 à plus de 600'")]),
  ("Il lui demande de bien vouloir lui indiquer les mesures que le Gouvernement entend prendre et le montant de la participation britannique.", [N("all", "question, not an undertaking (contains 'entend')")])],
 ["Réponse."],
 [("La coopération franco-britannique dans le Calaisis repose sur des instruments anciens, dont le traité du Touquet signé en 2003, qui a instauré les contrôles juxtaposés.", [N("all", "description of an existing instrument")]),
  ("En 2012, les forces de l'ordre ont empêché 12 700 tentatives de passage vers le Royaume-Uni depuis les ports et le tunnel sous la Manche, soit une baisse de 18 % par rapport à 2011.", [
    S(12700, "attempts", "exact", "prevented crossing attempts to the UK from the ports and the Channel Tunnel", "level", "en 2012", "2012-01-01", "2012-12-31", "Calaisis"),
    S(18, "percent", "exact", "prevented crossing attempts compared with 2011", "decrease", "par rapport à 2011", "2012-01-01", "2012-12-31", "Calaisis")])],
 [("Au cours de la même année, 37 filières d'immigration irrégulière ont été démantelées dans la zone de compétence de la direction interrégionale de la police judiciaire de Lille, contre 29 l'année précédente.", [
    S(37, "networks", "exact", "irregular immigration networks dismantled (Lille judicial police area)", "level", "au cours de la même année", "2012-01-01", "2012-12-31", "Nord-Pas-de-Calais"),
    S(29, "networks", "exact", "irregular immigration networks dismantled (Lille judicial police area)", "level", "l'année précédente", "2011-01-01", "2011-12-31", "Nord-Pas-de-Calais", note="elliptical comparative figure")])],
 [("Le Royaume-Uni a contribué à hauteur de 15 millions d'euros, entre 2009 et 2012, à la sécurisation des sites portuaires de Calais et de Dunkerque.", [F(15000000, "EUR", "GB", "FR", "disbursed", "securing the port sites of Calais and Dunkerque", pt="entre 2009 et 2012", ps="2009-01-01", pe="2012-12-31", note="single sum over four years: per_year false")]),
  ("Cette participation s'ajoute au coût des effectifs mobilisés par l'État, dont la rémunération représente près de 40 millions d'euros par an.", [N("all", "salary cost of state personnel: not funding")])],
 [("Pour 2013 et 2014, le Gouvernement britannique s'est engagé à verser 5 millions d'euros par an, destinés à l'installation de clôtures et de systèmes de vidéoprotection sur la rocade portuaire.", [
    F(5000000, "EUR", "GB", "FR", "pledge", "fences and CCTV on the port ring road", per_year=True, years=2, pt="pour 2013 et 2014", ps="2013-01-01", pe="2014-12-31"),
    C("GB", "funding", "commit", "pour 2013 et 2014", "2014-12-31", note="reported undertaking of the British government")])],
 [("Le Gouvernement entend, pour sa part, agir selon trois axes.", [C("FR", "governance", "intend", conf="borderline", note="lead-in naming axes; the actions follow")])],
 [("En premier lieu, il renforcera la lutte contre les passeurs : une brigade mobile de recherche supplémentaire sera créée à Coquelles au cours du second semestre 2013.", [C("FR", "policing_intelligence", "will", "au cours du second semestre 2013", "2013-12-31")])],
 [("En deuxième lieu, l'État améliorera la prise en charge humanitaire des migrants : un accueil de jour sera ouvert à Calais avant l'hiver, et les mineurs isolés seront orientés vers des structures adaptées du département.", [C("FR", "reception_welfare", "will", "avant l'hiver", "2013-11-30", note="'avant l'hiver' -> before winter starts (1 December): resolved to 30 November")])],
 [("En troisième lieu, les personnes en situation irrégulière qui ne demandent pas l'asile feront l'objet de mesures d'éloignement, en privilégiant l'aide au retour volontaire proposée par l'Office français de l'immigration et de l'intégration.", [C("FR", "returns", "will")]),
  ("Les demandes d'asile déposées à Calais seront enregistrées sur place par un agent de la préfecture, sans que les intéressés aient à se rendre à Arras.", [C("FR", "asylum", "will", note="procedure for lodging asylum claims -> asylum, not reception")])],
 [("En 2012, 412 demandes d'asile ont été enregistrées dans le Pas-de-Calais, soit environ 4 % des demandes présentées par des personnes interpellées dans le département.", [
    S(412, "people", "exact", "asylum applications registered in the Pas-de-Calais", "level", "en 2012", "2012-01-01", "2012-12-31", "Pas-de-Calais", note="applications counted as people"),
    S(4, "percent", "approximately", "share of people arrested in the department who applied for asylum", "level", "en 2012", "2012-01-01", "2012-12-31", "Pas-de-Calais")])],
 [("Enfin, le ministre de l'intérieur et son homologue britannique réuniront un comité de suivi dans les trois mois afin de mesurer les résultats obtenus.", [C("GB;FR", "governance", "will", "dans les trois mois", "2013-07-11", note="both ministers act -> GB;FR even in a French unilateral text")])],
]
from ann import insert_after
insert_after(BODY, "Pour 2013 et 2014", [("Le Royaume-Uni a également versé 1,2 million d'euros en 2012 à l'Office français de l'immigration et de l'intégration pour des programmes d'aide au retour.", [F(1200000, "EUR", "GB", "OFII", "disbursed", "assisted voluntary return programmes", pt="en 2012", ps="2012-01-01", pe="2012-12-31")]),
  ("Le montant de l'aide au retour versée à chaque bénéficiaire peut atteindre 2 000 euros.", [N("all", "individual allowance amount: not funding given for the cooperation, not a statistic")])])
insert_after(BODY, "Réponse.", [("Le ministre de l'intérieur a pris connaissance avec attention de la question de l'honorable parlementaire.", [N("all", "courtesy formula")])])
