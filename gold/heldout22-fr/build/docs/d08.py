import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num=" ")

DATE = "2019-07-15"
SLUG = "communique-premar-manche-bilan-semestriel-traversees-dispositif"
GENRE = "communiqué de presse d'une préfecture maritime (bilan semestriel d'opérations en mer et renforcement du dispositif)"
TITLE = fr(
    "Traversées du détroit par de petites embarcations : bilan du premier semestre et renforcement du dispositif de surveillance"
)
PLACE = "Cherbourg"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = (
    "dateline without a year ('Cherbourg, le 15 juillet - 12h00'); the year only inside the communiqué number "
    "('n° 27/2019') above it; the speaker is a regional maritime authority; press-contact and emergency numbers close the text"
)
THIRD = "Frontex (actor: surveillance aircraft)"

LINES = [
    "PRÉFECTURE MARITIME DE LA MANCHE ET DE LA MER DU NORD",
    L("Communiqué de presse n° 27/2019", N("all", "communiqué number")),
    L("Cherbourg, le 15 juillet - 12h00", N("statistics", "dateline and time", q="le 15 juillet - 12h00")),
    TITLE,
    P(
        (
            "Depuis le 1er janvier, 1 382 personnes ont tenté de rejoindre le Royaume-Uni par la mer à bord de 118 embarcations, soit quatre fois plus qu'au premier semestre 2018.",
            S(
                1382,
                "people",
                "exact",
                "people who tried to reach the UK by sea",
                "level",
                period_text="Depuis le 1er janvier",
                period_start="2019-01-01",
                period_end="2019-06-30",
                location="Strait of Dover",
                note="a mixed count of attempts that failed and crossings that succeeded; recorded as people (D5)",
            ),
            S(
                118,
                "other",
                "exact",
                "boats used in crossing attempts",
                "level",
                period_text="Depuis le 1er janvier",
                period_start="2019-01-01",
                period_end="2019-06-30",
                location="Strait of Dover",
            ),
            S(
                4,
                "factor",
                "exact",
                "people trying to cross by sea, against the first half of 2018",
                "increase",
                period_text="Depuis le 1er janvier",
                period_start="2019-01-01",
                period_end="2019-06-30",
                location="Strait of Dover",
            ),
        ),
        (
            "Parmi elles, 604 ont été secourues ou interceptées par les moyens de l'État et ramenées sur le littoral français, et 778 ont atteint les eaux britanniques.",
            S(
                604,
                "attempts",
                "exact",
                "people rescued or intercepted and brought back to the French coast",
                "level",
                location="French coast",
            ),
            S(
                778,
                "people",
                "exact",
                "people who reached British waters",
                "level",
                location="Strait of Dover",
            ),
        ),
        (
            "Le nombre d'opérations de recherche et de sauvetage coordonnées par le CROSS Gris-Nez a augmenté de 85 % sur la même période.",
            S(
                85,
                "percent",
                "exact",
                "search and rescue operations coordinated by CROSS Gris-Nez",
                "increase",
                period_text="sur la même période",
                period_start="2019-01-01",
                period_end="2019-06-30",
            ),
        ),
        (
            "Ces traversées ont lieu dans le détroit du Pas-de-Calais, où transitent chaque jour plus de 400 navires de commerce.",
            S(
                400,
                "other",
                "more_than",
                "merchant ships passing through the Strait of Dover each day",
                "level",
                location="Strait of Dover",
                conf="borderline",
                note="a figure about shipping, not migration",
            ),
        ),
    ),
    P(
        (
            "Le préfet maritime rappelle que la traversée du détroit à bord d'embarcations légères est extrêmement dangereuse.",
            N("commitments", "a warning, not an undertaking"),
        ),
        (
            "Deux personnes ont perdu la vie en tentant la traversée depuis le début de l'année, et plusieurs dizaines d'autres ont été prises en charge en état d'hypothermie.",
            S(
                2,
                "people",
                "exact",
                "people who died attempting the crossing",
                "level",
                period_text="depuis le début de l'année",
                period_start="2019-01-01",
                period_end="2019-07-15",
                location="Strait of Dover",
                q="Deux personnes ont perdu la vie en tentant la traversée depuis le début de l'année",
            ),
        ),
        (
            "Les passeurs utilisent désormais des embarcations pneumatiques surchargées, souvent dépourvues de gilets de sauvetage, qu'ils mettent à l'eau de nuit depuis les plages du Boulonnais.",
        ),
        (
            "Il a décidé, en lien avec le préfet du Pas-de-Calais et le préfet du Nord, de renforcer le dispositif de l'État en mer.",
            C("FR", "border_security", "agree"),
        ),
    ),
    L("À compter du 1er août :", N("all", "bare lead-in with a date")),
    B(
        "- un deuxième patrouilleur de la gendarmerie maritime sera positionné en permanence à Boulogne-sur-Mer ;",
        C(
            "FR",
            "border_security",
            "will",
            note="the lead-in's 'À compter du 1er août' is a start date, not a deadline (D6)",
        ),
    ),
    B(
        "- les vedettes des douanes effectueront des patrouilles de nuit entre Dunkerque et Berck ;",
        C("FR", "border_security", "will"),
    ),
    B(
        "- un avion de surveillance de l'Agence européenne de garde-frontières et de garde-côtes (Frontex) sera déployé trois jours par semaine au-dessus du détroit.",
        C("Frontex", "eu_international", "will"),
    ),
    P(
        (
            "Côté britannique, les garde-côtes de Sa Majesté mettront à disposition un hélicoptère de recherche basé à Lydd.",
            C("GB", "border_security", "will"),
        ),
        (
            "Le CROSS Gris-Nez et le centre de coordination de Douvres tiendront désormais une conférence de coordination quotidienne.",
            C("GB;FR", "border_security", "will"),
        ),
        (
            "Le Royaume-Uni financera, à hauteur de 3,2 millions d'euros, l'acquisition de drones et de caméras thermiques destinés aux unités françaises.",
            C("GB", "funding", "will"),
            F(3200000, "EUR", "GB", "FR", "pledge", "drones and thermal cameras for French units"),
        ),
        (
            "Il a déjà remis 1,4 million d'euros d'équipements de vision nocturne depuis mars.",
            F(
                1400000,
                "EUR",
                "GB",
                "FR",
                "disbursed",
                "night-vision equipment",
                period_text="depuis mars",
                period_start="2019-03-01",
                period_end="2019-07-15",
                note="equipment given in kind, valued in euros; read as funding given (D4)",
                conf="borderline",
            ),
        ),
        (
            "Les moyens de l'État en mer resteront engagés en priorité dans la sauvegarde de la vie humaine, conformément au droit international de la mer.",
            C("FR", "reception_welfare", "will"),
        ),
        (
            "Les embarcations et moteurs saisis seront systématiquement détruits après les constatations judiciaires.",
            C("FR", "policing_intelligence", "will"),
        ),
        (
            "Les deux pays s'engagent enfin à renforcer les poursuites contre les passeurs qui fournissent les embarcations.",
            C("GB;FR", "policing_intelligence", "commit"),
        ),
    ),
    P(
        (
            "La préfecture maritime remercie les sauveteurs de la SNSM pour leur engagement.",
            N("commitments", "thanks"),
        ),
        (
            "Un nouveau bilan sera publié à la fin de l'année.",
            C(
                "FR",
                "governance",
                "will",
                "à la fin de l'année",
                "2019-12-31",
                conf="borderline",
                note="a communication undertaking of the authority",
            ),
        ),
    ),
    L(
        "En cas de détresse en mer : CROSS Gris-Nez, 196 (numéro d'urgence) - Contact presse : 02 33 92 60 00",
        N(
            "all",
            "emergency and press telephone numbers",
            q="196 (numéro d'urgence) - Contact presse : 02 33 92 60 00",
        ),
    ),
]
