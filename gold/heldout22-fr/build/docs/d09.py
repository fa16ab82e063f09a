import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num="\u00a0")

DATE = "2022-11-25"
SLUG = "declaration-dunkerque-ministres-interieur-mer-du-nord-manche"
GENRE = "déclaration commune d'une réunion ministérielle multilatérale de cinq États et de l'UE (version française, engagements par participant)"
TITLE = fr(
    "Déclaration de Dunkerque sur la lutte contre les traversées irrégulières de la mer du Nord et de la Manche"
)
PLACE = "Dunkirk"
PARTIES = "GB;FR;BE;NL;DE"
DOC_TYPE = "declaration"
STRESS = (
    "no date in words anywhere: the date only encoded in the document code at the top ('Réf. : MIN-NS/2022-11-25/FR'); "
    "the place only inside the title; the participants listed in a closing line, not a signature block"
)
THIRD = "Belgium, the Netherlands, Germany (parties, actors; Germany donor); European Commission (actor, donor); Frontex and Europol (actors)"

LINES = [
    L(
        "Réf. : MIN-NS/2022-11-25/FR - version française faisant foi au même titre que la version anglaise",
        N("all", "document code encoding the date", q="Réf. : MIN-NS/2022-11-25/FR"),
    ),
    TITLE,
    P(
        (
            "Les ministres chargés de l'intérieur et des migrations de l'Allemagne, de la Belgique, de la France, des Pays-Bas et du Royaume-Uni, ainsi que la commissaire européenne aux affaires intérieures, se sont réunis à l'invitation de la France.",
        ),
        (
            "Ils constatent que le nombre de personnes arrivées au Royaume-Uni à bord de petites embarcations a dépassé 40 000 depuis le début de l'année, contre 28 500 sur l'ensemble de 2021.",
            S(
                40000,
                "people",
                "more_than",
                "people arriving in the UK in small boats",
                "level",
                period_text="depuis le début de l'année",
                period_start="2022-01-01",
                period_end="2022-11-25",
                location="United Kingdom",
            ),
            S(
                28500,
                "people",
                "exact",
                "people arriving in the UK in small boats in 2021",
                "level",
                period_text="sur l'ensemble de 2021",
                period_start="2021-01-01",
                period_end="2021-12-31",
                location="United Kingdom",
            ),
        ),
        (
            "Les départs depuis la côte belge ont doublé, et les services allemands ont saisi 94 embarcations et 212 moteurs dans des entrepôts proches de la frontière néerlandaise.",
            S(
                2,
                "factor",
                "exact",
                "departures from the Belgian coast",
                "increase",
                location="Belgian coast",
            ),
            S(
                94,
                "other",
                "exact",
                "boats seized by German services in warehouses",
                "level",
                location="Germany",
            ),
            S(
                212,
                "other",
                "exact",
                "engines seized by German services in warehouses",
                "level",
                location="Germany",
            ),
        ),
        (
            "Europol a appuyé cette année 31 enquêtes sur des réseaux de passeurs actifs dans les cinq pays, soit près de 60 % de plus qu'en 2021.",
            S(
                31,
                "other",
                "exact",
                "investigations into smuggling networks supported by Europol",
                "level",
                period_text="cette année",
                period_start="2022-01-01",
                period_end="2022-12-31",
            ),
            S(
                60,
                "percent",
                "approximately",
                "investigations supported by Europol, change on 2021",
                "increase",
                period_text="cette année",
                period_start="2022-01-01",
                period_end="2022-12-31",
            ),
        ),
    ),
    L(
        "Les ministres rendent hommage aux sauveteurs et expriment leurs condoléances aux familles des victimes.",
        N("commitments", "tribute and condolences"),
    ),
    L("Ils sont convenus d'un plan d'action visant à :", N("all", "bare lead-in")),
    B(
        "- démanteler les réseaux qui organisent les traversées, au moyen d'équipes communes d'enquête soutenues par Europol et Eurojust ;",
        C("GB;FR;BE;NL;DE", "policing_intelligence", "agree"),
    ),
    B(
        "- perturber la chaîne d'approvisionnement en embarcations et en moteurs, en particulier le transit par l'Allemagne et les Pays-Bas ;",
        C("GB;FR;BE;NL;DE", "policing_intelligence", "agree"),
    ),
    B(
        "- renforcer la surveillance des plages et des voies navigables, de la frontière germano-néerlandaise à la baie de Somme ;",
        C("GB;FR;BE;NL;DE", "border_security", "agree"),
    ),
    B(
        "- accélérer les retours vers les pays d'origine et de transit.",
        C("GB;FR;BE;NL;DE", "returns", "agree"),
    ),
    "À cette fin :",
    P(
        (
            "la Belgique déploiera des drones de surveillance sur l'ensemble de son littoral d'ici au printemps 2023 ;",
            C("BE", "border_security", "will", "d'ici au printemps 2023", "2023-05-31"),
        ),
        (
            "les Pays-Bas affecteront trois enquêteurs supplémentaires à l'équipe commune chargée des fournisseurs de moteurs ;",
            C("NL", "policing_intelligence", "will"),
            N("statistics", "investigators inside a commitment", q="trois enquêteurs supplémentaires"),
        ),
        (
            "l'Allemagne modifiera sa réglementation afin de permettre la saisie des embarcations destinées à des traversées illégales ;",
            C("DE", "legal_framework", "will"),
        ),
        (
            "la France maintiendra le renfort de ses effectifs sur le littoral ;",
            C("FR", "border_security", "will"),
        ),
        (
            "le Royaume-Uni contribuera à hauteur de 12 millions de livres, soit environ 14 millions d'euros, aux dispositifs de surveillance belge et néerlandais.",
            C("GB", "funding", "will"),
            F(
                12000000,
                "GBP",
                "GB",
                "BE;NL",
                "pledge",
                "Belgian and Dutch surveillance arrangements",
                alt_amount=14000000,
                alt_currency="EUR",
            ),
        ),
    ),
    P(
        (
            "L'Allemagne rappelle qu'elle a déjà versé 2,5 millions d'euros à Europol pour le centre européen chargé de la lutte contre le trafic de migrants.",
            F(2500000, "EUR", "DE", "Europol", "disbursed", "Europol's European Migrant Smuggling Centre"),
        ),
        (
            "La Commission européenne mobilisera 40 millions d'euros au titre de l'instrument de gestion des frontières pour les États membres participants, et Frontex déploiera un avion de surveillance supplémentaire au-dessus de la mer du Nord.",
            C(
                "European Commission",
                "funding",
                "will",
                q="La Commission européenne mobilisera 40 millions d'euros au titre de l'instrument de gestion des frontières pour les États membres participants",
            ),
            C(
                "Frontex",
                "eu_international",
                "will",
                q="Frontex déploiera un avion de surveillance supplémentaire au-dessus de la mer du Nord",
            ),
            F(
                40000000,
                "EUR",
                "European Commission",
                "BE;FR;NL;DE",
                "pledge",
                "border management in the participating Member States",
                note="recipients are the participating EU Member States",
            ),
        ),
    ),
    P(
        (
            "Les ministres estiment que la coopération avec les pays d'origine et de transit est indispensable.",
            N("commitments", "a belief"),
        ),
        (
            "Ils se réuniront à nouveau au printemps, sous présidence néerlandaise, pour évaluer la mise en œuvre du plan.",
            C(
                "GB;FR;BE;NL;DE",
                "governance",
                "will",
                "au printemps",
                "2023-05-31",
                note="'au printemps' after a November meeting resolved to the next spring",
            ),
        ),
    ),
    L(
        "Participants : Allemagne, Belgique, France, Pays-Bas, Royaume-Uni, Commission européenne. Observateurs : Frontex, Europol.",
        N("all", "list of participants"),
    ),
]
