"""Further context sentences (statistics and tempting negatives), inserted before the last line of a document."""
from dsl import C, F, T, N, S, P

EXTRA = {
"2005-11-22_h4-brussels-tripartite.txt": [
    P(S("The Belgian authorities returned 3,050 persons refused at the border in 2004.",
        T(3050, "people", "exact", "persons refused at the border returned by the Belgian authorities", "level", "in 2004", "2004-01-01", "2004-12-31", "Belgium"),
        N("commitments", "past report in the body of the Arrangement"))),
    P(S("The Participants note that the Eurostar service between Brussels and London runs up to ten times a day.",
        N("all", "'note'; a timetable figure is not a statistic"))),
],
"2014-09-20_h4-calais-ministerial-declaration.txt": [
    P(S("Police in Calais arrested 310 suspected facilitators in the first eight months of 2014, 25% more than in the same period of 2013.",
        T(310, "people", "exact", "suspected facilitators arrested in Calais", "level", "in the first eight months of 2014", "2014-01-01", "2014-08-31", "Calais"),
        T(25, "percent", "exact", "suspected facilitators arrested in Calais", "increase", "in the first eight months of 2014", "2014-01-01", "2014-08-31", "Calais"))),
    P(S("Should the situation deteriorate further, the Ministers would meet again at short notice.", N("all", "conditional"))),
],
"2016-03-03_h4-amiens-summit.txt": [
    P(S("The leaders welcomed the work of the voluntary organisations that serve some 2,500 meals a day in Calais.",
        N("all", "welcoming; meals served is an activity measure, left out"))),
    P(S("The Dutch Minister recalled that her country had spent €4 million on port security in 2015.",
        N("funding", "national spending on its own ports, not money given for the cooperation"))),
],
"2018-01-18_h4-border-management-agreement.txt": [
    ("Considering that 4,700", P(S("Noting that more than 120,000 attempts to enter the Fixed Link illegally were prevented in 2015 and 2016,",
        T(120000, "attempts", "more_than", "illegal entry attempts at the Fixed Link prevented", "level", "in 2015 and 2016", "2015-01-01", "2016-12-31", "Channel Fixed Link"),
        N("commitments", "recital")))),
    ("Noting that more than 120,000", P(S("Recalling the Treaty of Canterbury of 12 February 1986 and the Protocol of Sangatte of 25 November 1991,",
        N("all", "recital citing earlier treaties; dates only")))),
],
"2019-06-14_h4-six-ministers-statement.txt": [
    P(S("German authorities registered 161,900 first-time asylum applications in 2018, and Poland 2,400.",
        T(161900, "people", "exact", "first-time asylum applications registered in Germany", "level", "in 2018", "2018-01-01", "2018-12-31", "Germany"),
        T(2400, "people", "exact", "first-time asylum applications registered in Poland", "level", "in 2018", "2018-01-01", "2018-12-31", "Poland",
          note="elliptical comparative: metric and period from the same sentence"))),
    P(S("The ministers condemned the loss of more than 2,000 lives in the Mediterranean last year.",
        T(2000, "people", "more_than", "lives lost in the Mediterranean", "level", "last year", "2018-01-01", "2018-12-31", "Mediterranean"),
        N("commitments", "condemning"))),
],
"2023-03-10_h4-dover-speech.txt": [
    P(S("I was in Calais last week, and I saw for myself the work of the French police.", N("all", "anecdote"))),
    P(S("Around 85% of those who crossed last year were men under 40.",
        T(85, "percent", "approximately", "share of crossers who were men under 40", "level", "last year", "2022-01-01", "2022-12-31", "United Kingdom"))),
],
"2022-09-09_h4-factsheet-qa.txt": [
    P(S("How many people have been returned?", N("all", "question heading"))),
    P(S("Since January 2022, 210 small boat arrivals have been returned to European countries, including 44 to France.",
        T(210, "people", "exact", "small boat arrivals returned to European countries", "level", "Since January 2022", "2022-01-01", "2022-09-09"),
        T(44, "people", "exact", "small boat arrivals returned to France", "level", "Since January 2022", "2022-01-01", "2022-09-09", "France"),
        N("commitments", "past report"))),
],
"2011-03-15_h4-commons-oral-statement.txt": [
    P(S("The right honourable Member for Folkestone and Hythe asked me last week whether the French side would meet its obligations, and I can tell him that it has.",
        N("all", "parliamentary exchange; past"))),
],
"2017-10-12_h4-committee-report.txt": [
    P(S("We received 46 written submissions and held six oral evidence sessions.",
        N("statistics", "activity of the inquiry, not a figure about migration"))),
],
# ---------------------------------------------------------------- French
"2010-01-20_h4-declaration-grece-frontex.txt": [
    P(S("Le ministre britannique a salué l'action de la police aux frontières, qui a démantelé 24 filières en 2009.",
        T(24, "networks", "exact", "networks dismantled by the French border police", "level", "en 2009", "2009-01-01", "2009-12-31"),
        N("commitments", "salut d'une action passée"))),
    P(S("Si la Grèce le demandait, Frontex pourrait déployer des équipes supplémentaires dès le printemps.",
        N("all", "conditionnel"))),
],
"2015-08-20_h4-declaration-calais.txt": [
    P(S("Les ministres se félicitent de l'engagement des associations calaisiennes, qui distribuent près de 2 000 repas par jour.",
        N("all", "félicitations ; repas distribués : activité, non retenue"))),
    P(S("Chaque nuit, entre 1 500 et 2 000 tentatives d'intrusion étaient encore relevées début août.",
        T(2000, "attempts", "approximately", "intrusion attempts per night", "level", "début août", "2015-08-01", "2015-08-10", "Eurotunnel site, Coquelles", conf="borderline",
          note="fourchette : borne haute, borderline comme en anglais"))),
],
"2016-11-14_h4-reponse-ministerielle.txt": [
    P(S("Le ministère rappelle que 10 000 euros ont été alloués à chaque département d'accueil par mineur pris en charge au titre de l'aide sociale à l'enfance.",
        N("funding", "dépense interne de l'État, pas un financement de la coopération"))),
    P(S("Le campement comptait encore 6 400 personnes à la veille de l'opération.",
        T(6400, "people", "exact", "people living in the Calais camp on the eve of the clearance", "level", "à la veille de l'opération", "2016-10-23", "2016-10-23", "Calais"),
        N("commitments", "description"))),
    P(S("Le Gouvernement a toujours considéré que la protection des enfants devait primer.", N("all", "conviction"))),
],
"2019-05-16_h4-arrangement-belgique.txt": [
    ("Considérant que le nombre de migrants", P(S("Considérant que 14 réseaux de passeurs ont été démantelés en Belgique en 2018, soit deux fois plus qu'en 2017,",
        T(14, "networks", "exact", "smuggling networks dismantled in Belgium", "level", "en 2018", "2018-01-01", "2018-12-31", "Belgium"),
        T(2, "factor", "exact", "smuggling networks dismantled in Belgium compared with 2017", "increase", "en 2018", "2018-01-01", "2018-12-31", "Belgium"),
        N("commitments", "considérant")))),
    ("Considérant que 14 réseaux", P(S("Rappelant la convention de Schengen du 19 juin 1990,", N("all", "visa d'un texte antérieur ; date")))),
    ("END", P(S("Fait en trois exemplaires originaux, en langues française, néerlandaise et anglaise.", N("all", "formule finale")))),
    ("Rappelant la convention", P(S("Considérant que le Royaume-Uni a déjà versé en 2018 une somme de 800 000 euros à la police fédérale belge pour l'achat de détecteurs de CO2,",
        F(800000, "EUR", "GB", "BE", "disbursed", "CO2 detectors for the Belgian federal police", ptext="en 2018", pstart="2018-01-01", pend="2018-12-31"),
        N("commitments", "considérant : versement passé")))),
],
"2021-11-28_h4-communique-reunion-calais.txt": [
    P(S("Le naufrage du 24 novembre est le plus meurtrier jamais enregistré dans la Manche.", N("all", "constat ; date"))),
    P(S("Les Pays-Bas ont enregistré une hausse de 70 % des saisies de bateaux pneumatiques destinés aux passeurs.",
        T(70, "percent", "exact", "seizures of inflatable boats destined for smugglers in the Netherlands", "increase", loc="Netherlands"))),
],
"2026-01-22_h4-communique-franco-italien.txt": [
    P(S("Les deux ministres ont salué la baisse des arrivées par la route des Balkans.", N("all", "salut"))),
    P(S("Si les arrivées en Sicile augmentaient à nouveau au printemps, ils pourraient convoquer une réunion extraordinaire.", N("all", "conditionnel"))),
    P(S("La Garde côtière italienne a secouru plus de 18 000 personnes en mer l'an dernier.",
        T(18000, "people", "more_than", "people rescued at sea by the Italian Coast Guard", "level", "l'an dernier", "2025-01-01", "2025-12-31", "central Mediterranean"),
        N("commitments", "bilan"))),
    P(S("Le coût d'une opération de sauvetage en mer est estimé à 150 000 euros.", N("all", "coût : ni financement ni statistique"))),
],
"2024-06-05_h4-assemblee-rapport.txt": [
    P(S("Le nombre de décès en mer a atteint 12 en 2023, contre 45 en 2021.",
        T(12, "people", "exact", "deaths at sea in the Channel", "level", "en 2023", "2023-01-01", "2023-12-31", "Channel"),
        T(45, "people", "exact", "deaths at sea in the Channel", "level", "en 2021", "2021-01-01", "2021-12-31", "Channel"))),
    P(S("Vos rapporteurs saluent l'engagement des sauveteurs de la SNSM.", N("all", "salut"))),
],
"2012-10-11_h4-senat-rapport.txt": [
    P(S("Près de 2 500 migrants ont transité par le centre d'accueil de jour de Calais en 2011.",
        T(2500, "people", "approximately", "migrants passing through the Calais day centre", "level", "en 2011", "2011-01-01", "2011-12-31", "Calais"))),
],
"2023-03-10_h4-declaration-sommet.txt": [
    P(S("Les dirigeants ont salué la baisse de 40 % des arrivées d'Albanais depuis décembre.",
        T(40, "percent", "exact", "arrivals of Albanian nationals", "decrease", "depuis décembre", "2022-12-01", "2023-03-10", "United Kingdom"),
        N("commitments", "salut"))),
],
}
