import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num=" ")

DATE = "2010-01-22"
SLUG = "tribune-conjointe-ministres-quotidien-route-manche-passeurs"
GENRE = "tribune cosignée par deux ministres dans un quotidien (page web d'un journal, rubrique Idées)"
TITLE = fr("« Ensemble, nous fermerons la route de la Manche aux passeurs »")
PLACE = ""
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = (
    "newspaper web furniture above the title (masthead, breadcrumb, subscriber banner, reading time); the title is the "
    "quotation in guillemets, not the rubric; the date only in a 'Publié le … à 18h30 - Mis à jour le …' line with a later "
    "update date; the parties only in the signature lines at the foot; no place"
)
THIRD = "— (Frontex and Belgium named, not acting)"

LINES = [
    "Le Quotidien du Nord",
    L(
        "Accueil > Idées > Tribunes | Article réservé aux abonnés | Lecture 4 min",
        N("statistics", "reading time in the web furniture", q="Lecture 4 min"),
    ),
    TITLE,
    "TRIBUNE. Les ministres français et britannique chargés de l'immigration expliquent comment leurs deux pays entendent répondre aux réseaux qui exploitent la détresse des migrants sur le littoral.",
    L(
        "Publié le 22 janvier 2010 à 18h30 - Mis à jour le 23 janvier 2010 à 09h12",
        N("all", "publication and update dates and times", q="Mis à jour le 23 janvier 2010 à 09h12"),
    ),
    P(
        (
            "Il y a sept ans, la fermeture de Sangatte devait mettre fin à un drame humain.",
            N("statistics", "a span of years, not a count", q="Il y a sept ans"),
        ),
        ("Le drame s'est déplacé.",),
        (
            "En 2009, plus de 11 000 étrangers en situation irrégulière ont été interpellés dans le Calaisis, et nos services ont découvert 23 500 personnes cachées dans des camions, soit deux fois plus qu'en 2007.",
            S(
                11000,
                "people",
                "more_than",
                "irregular foreigners arrested in the Calais area",
                "level",
                period_text="En 2009",
                period_start="2009-01-01",
                period_end="2009-12-31",
                location="Calais area",
            ),
            S(
                23500,
                "people",
                "exact",
                "people found hidden in lorries",
                "level",
                period_text="En 2009",
                period_start="2009-01-01",
                period_end="2009-12-31",
            ),
            S(
                2,
                "factor",
                "exact",
                "people found hidden in lorries compared with 2007",
                "increase",
                period_text="En 2009",
                period_start="2009-01-01",
                period_end="2009-12-31",
            ),
        ),
        (
            "Derrière ces chiffres, il y a des hommes, des femmes et parfois des enfants à qui des passeurs font payer jusqu'à 1 500 euros une place dans une remorque.",
            N(
                "funding;statistics",
                "a smugglers' price",
                q="jusqu'à 1 500 euros une place dans une remorque",
            ),
        ),
    ),
    P(
        (
            "Nous ne croyons pas qu'un pays puisse régler seul ce problème.",
            N("commitments", "a belief, negated"),
        ),
        (
            "Voilà pourquoi nous avons décidé d'agir ensemble, sur cinq fronts.",
            N("commitments", "announces the list; the items carry the undertakings"),
        ),
    ),
    P(
        (
            "D'abord, nous rendrons la frontière plus difficile à franchir.",
            C("GB;FR", "border_security", "will"),
        ),
        (
            "Le Royaume-Uni financera de nouveaux scanners à Calais et à Dunkerque, pour un montant de 15 millions de livres, soit environ 17 millions d'euros.",
            C("GB", "border_security", "will"),
            F(
                15000000,
                "GBP",
                "GB",
                "FR",
                "pledge",
                "new scanners at Calais and Dunkirk",
                alt_amount=17000000,
                alt_currency="EUR",
            ),
        ),
        (
            "La France maintiendra, de son côté, plus de 600 policiers et gendarmes sur le littoral.",
            C("FR", "border_security", "will"),
            N("statistics", "officers inside a commitment's target", q="plus de 600 policiers et gendarmes"),
        ),
    ),
    P(
        ("Ensuite, nous frapperons les réseaux.", C("GB;FR", "policing_intelligence", "will")),
        (
            "L'an dernier, nos services ont démantelé ensemble 42 filières, contre 29 en 2008.",
            S(
                42,
                "networks",
                "exact",
                "smuggling networks dismantled jointly",
                "level",
                period_text="L'an dernier",
                period_start="2009-01-01",
                period_end="2009-12-31",
            ),
            S(
                29,
                "networks",
                "exact",
                "smuggling networks dismantled jointly in 2008",
                "level",
                period_text="en 2008",
                period_start="2008-01-01",
                period_end="2008-12-31",
            ),
        ),
        (
            "Une cellule commune de renseignement sera installée à Coquelles avant l'été.",
            C("GB;FR", "policing_intelligence", "will", "avant l'été", "2010-05-31"),
        ),
    ),
    P(
        ("Troisièmement, nous organiserons davantage de retours.", C("GB;FR", "returns", "will")),
        (
            "Pour cela, un fonds commun sera créé : la France y apportera 4 millions d'euros par an et le Royaume-Uni 3 millions de livres par an, pendant trois ans.",
            C("GB;FR", "funding", "will", q="Pour cela, un fonds commun sera créé"),
            F(
                4000000,
                "EUR",
                "FR",
                "joint returns fund",
                "pledge",
                "joint fund for returns",
                per_year=True,
                years=3,
                period_text="par an et le Royaume-Uni 3 millions de livres par an, pendant trois ans",
            ),
            F(
                3000000,
                "GBP",
                "GB",
                "joint returns fund",
                "pledge",
                "joint fund for returns",
                per_year=True,
                years=3,
                period_text="par an, pendant trois ans",
            ),
        ),
        (
            "Les vols conjoints vers l'Afghanistan et l'Irak se poursuivront, dans le respect des garanties dues aux personnes.",
            C("GB;FR", "returns", "will"),
        ),
        ("Nous demanderons à Frontex d'en organiser davantage.", C("GB;FR", "eu_international", "will")),
    ),
    P(
        (
            "Cet hiver, près de 400 mineurs isolés ont dormi dehors sur la côte.",
            S(
                400,
                "people",
                "approximately",
                "unaccompanied minors sleeping rough on the coast",
                "level",
                period_text="Cet hiver",
                location="Channel coast",
            ),
        ),
        (
            "Quatrièmement, nous protégerons les plus vulnérables : les mineurs isolés se verront systématiquement proposer une mise à l'abri.",
            C("GB;FR", "reception_welfare", "will"),
        ),
        (
            "Enfin, nous irons au-devant des candidats au départ, dans les pays de transit, pour leur dire la vérité sur ce qui les attend.",
            C("GB;FR", "information_campaigns", "will"),
        ),
    ),
    P(
        (
            "Nous tenons à saluer le travail des policiers, des douaniers et des bénévoles qui, chaque jour, font face à cette situation.",
            N("commitments", "thanks and tribute"),
        ),
        (
            "Nous rendrons compte ensemble, dans un an, des résultats obtenus.",
            C(
                "GB;FR",
                "governance",
                "will",
                "dans un an",
                "2011-01-22",
                note="a relative period resolved against the publication date",
            ),
        ),
    ),
    "Hugues Marchal est ministre de l'Immigration, de l'Intégration et de l'Identité nationale.",
    "Fiona Hartley est ministre d'État britannique chargée des frontières et de l'immigration.",
    L("Réagir (37) | Partager | Classer", N("statistics", "comment count", q="Réagir (37)")),
]
