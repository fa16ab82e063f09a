from ann import C, F, S, N
META = dict(file="2024-03-21_h13-declaration-cinq-etats-la-haye.txt",
    title="Déclaration commune des ministres de l'Intérieur de l'Allemagne, de la Belgique, de la France, des Pays-Bas et du Royaume-Uni sur la lutte contre les traversées irrégulières de la Manche et de la mer du Nord",
    dateline="La Haye, le 21 mars 2024", doc_date="2024-03-21", parties="GB;FR;BE;NL;DE", doc_type="joint_statement", place="The Hague")
BODY = [
 [("Nous, ministres de l'Intérieur de la République fédérale d'Allemagne, du Royaume de Belgique, de la République française, du Royaume des Pays-Bas et du Royaume-Uni, réunis à La Haye en présence du directeur exécutif de Frontex et de la directrice exécutive d'Europol,", [N("all", "preamble")])],
 [("constatons que 29 400 personnes ont traversé la Manche en petites embarcations en 2023, soit une baisse de 36 % par rapport à 2022, mais que les départs depuis les plages belges et néerlandaises ont été multipliés par deux ;", [
    S(29400, "people", "exact", "people who crossed the Channel in small boats", "level", "en 2023", "2023-01-01", "2023-12-31", "Channel"),
    S(36, "percent", "exact", "small-boat crossings compared with 2022", "decrease", "par rapport à 2022", "2023-01-01", "2023-12-31", "Channel"),
    S(2, "factor", "exact", "departures from Belgian and Dutch beaches", "increase", "en 2023", "2023-01-01", "2023-12-31", "Belgian and Dutch coast")])],
 [("relevons que plus de 90 % des moteurs et des embarcations saisis sur le littoral français avaient transité par l'Allemagne ;", [S(90, "percent", "more_than", "share of seized engines and boats that transited through Germany", "level", loc="northern French coast")])],
 [("rappelons nos engagements de la déclaration de Calais du 2 décembre 2022, qui visaient notamment à :", [C("GB;FR;BE;NL;DE", "governance", "other", conf="borderline", note="restated earlier commitments: lead-in")])],
 [("– démanteler les réseaux de passeurs opérant dans nos cinq pays ;", [C("GB;FR;BE;NL;DE", "policing_intelligence", "commit", note="restated commitment item -> counts")])],
 [("– empêcher l'acheminement des embarcations vers le littoral.", [C("GB;FR;BE;NL;DE", "border_security", "commit", conf="borderline", note="restated item: interdiction of supply chain; border vs policing")])],
 [("En conséquence, nous décidons :", [C("GB;FR;BE;NL;DE", "policing_intelligence", "agree", conf="borderline", note="bare lead-in with cue")])],
 [("1) de créer, d'ici le 30 septembre 2024, une cellule opérationnelle commune au sein d'Europol, chargée de cibler les fournisseurs d'embarcations et de moteurs ;", [C("GB;FR;BE;NL;DE", "policing_intelligence", "agree", "d'ici le 30 septembre 2024", "2024-09-30")])],
 [("2) d'adopter, dans les six mois, un protocole d'échange de données sur les achats suspects de bateaux pneumatiques, conforme au règlement général sur la protection des données ;", [C("GB;FR;BE;NL;DE", "legal_framework", "agree", "dans les six mois", "2024-09-21")])],
 [("3) de conduire, avant l'été, une campagne d'information commune dans les centres d'accueil d'Europe du Nord-Ouest et sur les réseaux sociaux en dari, en kurde et en arabe ;", [C("GB;FR;BE;NL;DE", "information_campaigns", "agree", "avant l'été", "2024-05-31")])],
 [("4) de renforcer notre coopération avec les pays d'origine et de transit, notamment l'Irak, la Turquie et le Vietnam, y compris par des projets de développement.", [C("GB;FR;BE;NL;DE", "upstream_cooperation", "agree")])],
 [("Le gouvernement fédéral allemand modifiera d'ici la fin de 2024 sa législation afin de permettre la saisie d'embarcations destinées à un usage illégal au départ d'un autre État.", [C("DE", "legal_framework", "will", "d'ici la fin de 2024", "2024-12-31", note="one state acts: German federal government")])],
 [("Les autorités belges et néerlandaises déploieront des patrouilles côtières conjointes entre Ostende et Flessingue dès le mois de mai.", [C("BE;NL", "border_security", "will", "dès le mois de mai", "2024-05-31", note="two of the five states act")])],
 [("Berlin et Londres conviennent en outre d'échanger des officiers de liaison d'ici l'automne.", [C("DE;GB", "policing_intelligence", "agree", "d'ici l'automne", "2024-11-30", note="capitals as metonyms; 'd'ici l'automne' read as by the end of autumn")])],
 [("Frontex apportera un soutien aérien à la surveillance de la mer du Nord, à la demande de la Belgique et des Pays-Bas.", [C("Frontex", "eu_international", "will", note="an EU agency acts -> actor Frontex; eu_international over border_security")])],
 [("Nous soutenons la conclusion rapide d'accords de réadmission entre l'Union européenne et les principaux pays d'origine, ainsi que l'organisation de vols de retour conjoints par Frontex.", [C("GB;FR;BE;NL;DE", "returns", "support")])],
 [("Le Royaume-Uni consacrera 5 millions de livres à la cellule commune au cours de l'exercice 2024-2025.", [F(5000000, "GBP", "GB", "Europol joint operational cell", "pledge", "joint operational cell at Europol", pt="au cours de l'exercice 2024-2025", ps="2024-04-01", pe="2025-03-31"), C("GB", "funding", "will", "au cours de l'exercice 2024-2025", "2025-03-31")])],
 [("L'Allemagne et les Pays-Bas y contribueront chacun à hauteur de 1,5 million d'euros.", [
    F(1500000, "EUR", "DE", "Europol joint operational cell", "pledge", "joint operational cell at Europol", conf="core", note="'chacun': one row for the stated amount; donor DE"),
    F(1500000, "EUR", "NL", "Europol joint operational cell", "pledge", "joint operational cell at Europol", conf="borderline", note="same amount stated once for two donors; second row borderline (scorer matches on amount+currency)"),
    C("DE;NL", "funding", "will")])],
 [("La Commission européenne a déjà mobilisé 10 millions d'euros du Fonds pour la sécurité intérieure pour l'équipement des garde-côtes belges et néerlandais.", [F(10000000, "EUR", "European Commission", "BE;NL coast guards", "disbursed", "equipment of Belgian and Dutch coast guards"), N("commitments", "past report")])],
 [("Les avoirs saisis sur les comptes des passeurs en 2023, soit 4,3 millions d'euros, ont été reversés aux budgets nationaux.", [N("all", "seized assets: not funding; money not a statistic")])],
 [("Nous nous réunirons de nouveau au premier semestre 2025, sous présidence belge, pour évaluer ces mesures.", [C("GB;FR;BE;NL;DE", "governance", "will", "au premier semestre 2025", "2025-06-30")])],
]
from ann import insert_after
insert_after(BODY, "relevons que plus de 90", [("relevons qu'en 2023, 1 240 moteurs hors-bord ont été saisis dans nos cinq pays, contre 610 en 2022 ;", [
    S(1240, "other", "exact", "outboard engines seized in the five countries", "level", "en 2023", "2023-01-01", "2023-12-31"),
    S(610, "other", "exact", "outboard engines seized in the five countries", "level", "en 2022", "2022-01-01", "2022-12-31", note="elliptical comparative figure")]),
  ("condamnons les réseaux criminels qui exploitent la détresse des personnes et saluons l'action des sauveteurs en mer ;", [N("all", "condemning and welcoming")])])
insert_after(BODY, "Nous nous réunirons de nouveau", [("Le nombre de personnes secourues en mer par les moyens belges est passé de 90 en 2022 à près de 400 l'an dernier.", [
    S(400, "people", "approximately", "people rescued at sea by Belgian assets", "increase", "l'an dernier", "2023-01-01", "2023-12-31", "Belgian coast"),
    S(90, "people", "exact", "people rescued at sea by Belgian assets", "level", "en 2022", "2022-01-01", "2022-12-31", "Belgian coast")]),
  ("Cette déclaration sera publiée dans les cinq langues des États signataires.", [N("all", "publication formality; 'cinq' not a statistic", )])])
