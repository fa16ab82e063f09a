import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num=".")

DATE = "2025-02-11"
SLUG = "fil-reseau-social-ministere-interieur-reunion-londres-traversees"
GENRE = "fil de publications d'un ministère sur un réseau social (messages numérotés 1/9 à 9/9, compteurs d'interactions)"
TITLE = fr("Réunion franco-britannique à Londres : ce que nous avons décidé")
PLACE = "London"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = (
    "the title is only the text of the first post; relative timestamps ('il y a 3 h') on the posts, the absolute "
    "date only once, abbreviated, in the first post's metadata line with a view count ('14:32 · 11 févr. 2025 · "
    "48,2 k vues'); the place only in the title post and the hashtag-laden sentence under it"
)
THIRD = "— (European Union named as co-funder in a reply, not acting; Iraq named)"

LINES = [
    "Ministère de l'Intérieur ✓ @Interieur_Gouv",
    L(
        "1/9 " + "Réunion franco-britannique à Londres : ce que nous avons décidé" + " 🧵",
        N("all", "thread numbering", q="1/9"),
    ),
    "Le ministre est aujourd'hui à Londres avec son homologue britannique pour faire le point sur la lutte contre les traversées de la Manche, un an après leur dernière rencontre à Calais. Objectif : sauver des vies et casser le modèle économique des passeurs. #Manche #Immigration",
    L("14:32 · 11 févr. 2025 · 48,2 k vues", N("statistics", "post metadata: time, date and view count")),
    L("2/9 · il y a 3 h", N("all", "thread numbering and relative timestamp", q="2/9 · il y a 3 h")),
    P(
        ("Le constat d'abord.",),
        (
            "En 2024, 36.800 personnes ont traversé la Manche à bord de petites embarcations, et 78 y ont perdu la vie.",
            S(
                36800,
                "people",
                "exact",
                "people who crossed the Channel in small boats",
                "level",
                period_text="En 2024",
                period_start="2024-01-01",
                period_end="2024-12-31",
                location="Channel",
            ),
            S(
                78,
                "people",
                "exact",
                "people who died in the Channel",
                "level",
                period_text="En 2024",
                period_start="2024-01-01",
                period_end="2024-12-31",
                location="Channel",
            ),
        ),
        (
            "Nos forces ont empêché plus de 21.000 départs, un tiers de plus qu'en 2023.",
            S(
                21000,
                "attempts",
                "more_than",
                "departures prevented by French forces",
                "level",
                location="French coast",
            ),
            S(
                33.3,
                "percent",
                "approximately",
                "departures prevented, change on 2023",
                "increase",
                location="French coast",
                conf="borderline",
                note="'un tiers de plus' as a percentage",
            ),
        ),
    ),
    L("3/9 · il y a 3 h", N("all", "thread numbering and relative timestamp", q="3/9 · il y a 3 h")),
    P(
        (
            "Le nombre moyen de personnes par embarcation est passé de 41 à 57 en deux ans : les passeurs entassent toujours plus de monde.",
            S(
                41,
                "people",
                "exact",
                "average number of people per boat two years earlier",
                "level",
                location="Channel",
                note="starting level of a 'passé de … à' change",
            ),
            S(
                57,
                "people",
                "exact",
                "average number of people per boat",
                "increase",
                period_text="en deux ans",
                location="Channel",
            ),
        ),
        (
            "Les départs se font désormais aussi depuis la Somme, parfois à plus de 150 kilomètres de Calais.",
            N("statistics", "a distance, not a count (D7)", q="plus de 150 kilomètres de Calais"),
        ),
        (
            "Le démantèlement de 9 filières depuis janvier le prouve : la coopération paie.",
            S(
                9,
                "networks",
                "exact",
                "smuggling networks dismantled since January",
                "level",
                period_text="depuis janvier",
                period_start="2025-01-01",
                period_end="2025-02-11",
            ),
        ),
    ),
    "4/9 · il y a 3 h",
    P(
        ("Ce que nous avons décidé 👇", N("all", "bare lead-in")),
        (
            "✅ La France déploiera 500 policiers et gendarmes supplémentaires sur le littoral d'ici l'été.",
            C(
                "FR",
                "border_security",
                "will",
                "d'ici l'été",
                "2025-05-31",
                q="La France déploiera 500 policiers et gendarmes supplémentaires sur le littoral d'ici l'été.",
            ),
            N(
                "statistics",
                "officers inside a commitment's target",
                q="500 policiers et gendarmes supplémentaires",
            ),
        ),
        (
            "✅ Nos gendarmes pourront intervenir sur les embarcations jusqu'à 300 mètres du rivage.",
            C(
                "FR",
                "border_security",
                "other",
                q="Nos gendarmes pourront intervenir sur les embarcations jusqu'à 300 mètres du rivage.",
                conf="borderline",
                note="a new power ('pourront'), not plainly an undertaking",
            ),
        ),
    ),
    "5/9 · il y a 3 h",
    P(
        (
            "✅ Le Royaume-Uni versera 480 millions d'euros sur trois ans pour financer ces moyens.",
            C(
                "GB",
                "funding",
                "will",
                q="Le Royaume-Uni versera 480 millions d'euros sur trois ans pour financer ces moyens.",
            ),
            F(
                480000000,
                "EUR",
                "GB",
                "FR",
                "pledge",
                "French means on the coast",
                period_text="sur trois ans",
                q="Le Royaume-Uni versera 480 millions d'euros sur trois ans pour financer ces moyens.",
                note="one sum for the whole three-year period (D2)",
            ),
        ),
        (
            "En 2024, il avait déjà apporté 160 millions d'euros.",
            F(
                160000000,
                "EUR",
                "GB",
                "FR",
                "disbursed",
                "French means on the coast",
                period_text="En 2024",
                period_start="2024-01-01",
                period_end="2024-12-31",
            ),
        ),
    ),
    "6/9 · il y a 2 h",
    P(
        (
            "✅ Les deux pays créeront une unité d'enquête commune sur les fournisseurs de bateaux et de moteurs, basée à Coquelles.",
            C(
                "GB;FR",
                "policing_intelligence",
                "will",
                q="Les deux pays créeront une unité d'enquête commune sur les fournisseurs de bateaux et de moteurs, basée à Coquelles.",
            ),
        ),
        (
            "✅ Ils s'engagent à conclure avant la fin de l'année un accord de retour des personnes arrivées par la mer.",
            C(
                "GB;FR",
                "returns",
                "commit",
                "avant la fin de l'année",
                "2025-12-31",
                q="Ils s'engagent à conclure avant la fin de l'année un accord de retour des personnes arrivées par la mer.",
            ),
        ),
    ),
    "7/9 · il y a 2 h",
    P(
        (
            "✅ Une campagne commune sera lancée en Irak et au Vietnam pour dénoncer les mensonges des passeurs.",
            C(
                "GB;FR",
                "information_campaigns",
                "will",
                q="Une campagne commune sera lancée en Irak et au Vietnam pour dénoncer les mensonges des passeurs.",
            ),
        ),
        (
            "✅ Le Royaume-Uni renforcera les contrôles sur le travail illégal, qui attire les migrants.",
            C(
                "GB",
                "border_security",
                "will",
                q="Le Royaume-Uni renforcera les contrôles sur le travail illégal, qui attire les migrants.",
            ),
        ),
    ),
    "8/9 · il y a 2 h",
    P(
        (
            "Nous ne laisserons pas la Manche devenir un cimetière.",
            C("FR", "reception_welfare", "will", conf="borderline", note="a negated resolve; rhetorical"),
        ),
        (
            "Les mineurs non accompagnés seront systématiquement mis à l'abri.",
            C("FR", "reception_welfare", "will"),
        ),
        ("Merci aux forces de l'ordre et aux sauveteurs mobilisés jour et nuit.", N("commitments", "thanks")),
    ),
    "9/9 · il y a 2 h",
    P(
        (
            "Prochain point d'étape lors du sommet franco-britannique.",
            C(
                "GB;FR",
                "governance",
                "will",
                "lors du sommet franco-britannique",
                "",
                conf="borderline",
                note="a verbless announcement; relative anchor with no date",
            ),
        ),
        ("Retrouvez le dossier complet sur interieur.gouv.fr",),
    ),
    L("Répondre 312 · Republier 1.204 · J'aime 3.870", N("statistics", "interaction counters")),
    "Réponse de @Interieur_Gouv · il y a 1 h : L'Union européenne cofinance déjà une partie de ces équipements, via l'instrument de gestion des frontières.",
]
