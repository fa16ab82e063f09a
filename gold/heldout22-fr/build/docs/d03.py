import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num="\u202f")

DATE = "2007-09-12"
SLUG = "expose-motifs-projet-loi-accord-france-cap-vert-flux-migratoires"
GENRE = "exposé des motifs d'un projet de loi autorisant l'approbation d'un accord avec un État d'Afrique de l'Ouest (présentation article par article)"
TITLE = fr(
    "Projet de loi autorisant l'approbation de l'accord entre le Gouvernement de la République française et le Gouvernement de la République du Cap-Vert relatif à la gestion concertée des flux migratoires et au développement solidaire"
)
PLACE = "Paris"
PARTIES = "FR;CV"
DOC_TYPE = "other"
STRESS = (
    "the agreement's own signature date and place (Praia, 24 May 2007) appear only in the first sentence of the body; "
    "the bill's date and place only in the closing 'Fait à Paris, le 12 septembre 2007' line under the Prime Minister's name; "
    "a parliamentary bill number and a two-year session label in the header"
)
THIRD = "Cape Verde (party, actor); European Commission (donor, mobility partnership pilot)"

LINES = [
    L(
        "SÉNAT - SESSION ORDINAIRE DE 2007-2008 - N° 14",
        N("all", "session label and bill number", q="SESSION ORDINAIRE DE 2007-2008 - N° 14"),
    ),
    TITLE,
    "EXPOSÉ DES MOTIFS",
    P(
        ("Mesdames, Messieurs,",),
        (
            "Le Gouvernement de la République française et le Gouvernement de la République du Cap-Vert ont signé à Praia, le 24 mai 2007, un accord relatif à la gestion concertée des flux migratoires et au développement solidaire.",
            N("statistics", "signature date of the agreement", q="le 24 mai 2007"),
        ),
        (
            "Près de 23 000 ressortissants cap-verdiens résident régulièrement en France, ce qui fait de notre pays la deuxième destination de cette diaspora en Europe après le Portugal.",
            S(
                23000,
                "people",
                "approximately",
                "Cape Verdean nationals lawfully resident in France",
                "level",
                location="France",
            ),
        ),
        (
            "En 2006, 312 ressortissants cap-verdiens en situation irrégulière ont fait l'objet d'une mesure d'éloignement, mais 41 seulement ont pu être effectivement reconduits.",
            S(
                312,
                "people",
                "exact",
                "Cape Verdean nationals subject to a removal order",
                "level",
                period_text="En 2006",
                period_start="2006-01-01",
                period_end="2006-12-31",
            ),
            S(
                41,
                "people",
                "exact",
                "Cape Verdean nationals actually removed",
                "level",
                period_text="En 2006",
                period_start="2006-01-01",
                period_end="2006-12-31",
            ),
        ),
        (
            "Le taux de délivrance des laissez-passer consulaires est toutefois passé de 18 % en 2004 à 47 % en 2006, signe d'une coopération déjà engagée.",
            S(
                18,
                "percent",
                "exact",
                "consular travel document issuance rate in 2004",
                "level",
                period_text="en 2004",
                period_start="2004-01-01",
                period_end="2004-12-31",
                note="the starting level of a 'passé de … à' change",
            ),
            S(
                47,
                "percent",
                "exact",
                "consular travel document issuance rate in 2006",
                "increase",
                period_text="en 2006",
                period_start="2006-01-01",
                period_end="2006-12-31",
            ),
        ),
        (
            "Dans le même temps, le nombre de visas de court séjour délivrés à Praia a progressé d'un tiers.",
            S(
                33.3,
                "percent",
                "approximately",
                "short-stay visas issued in Praia",
                "increase",
                location="Praia",
                conf="borderline",
                note="'d'un tiers' as a percentage; value could also be read as 1/3",
            ),
        ),
    ),
    P(
        ("L'accord comprend trois volets.",),
        (
            "Au titre de la mobilité, la France s'engage à délivrer des visas de circulation valables de un à cinq ans aux hommes d'affaires, universitaires et artistes cap-verdiens (article 2).",
            C("FR", "legal_framework", "commit"),
        ),
        (
            "Elle ouvre en outre à des ressortissants cap-verdiens une liste de vingt-neuf métiers pour lesquels la situation de l'emploi n'est pas opposable (article 3).",
            C(
                "FR",
                "legal_framework",
                "will",
                conf="borderline",
                note="treaty obligation restated in the present; 'ouvre' could be read as a description",
            ),
            N("statistics", "a number of professions inside an undertaking", q="vingt-neuf métiers"),
        ),
        (
            "Au titre de la lutte contre l'immigration irrégulière, la Partie cap-verdienne réadmet, à la demande de la Partie française, ses ressortissants en situation irrégulière, après identification (article 5).",
            C("CV", "returns", "will"),
        ),
        (
            "Ses autorités consulaires délivrent le laissez-passer dans un délai de quatre jours à compter de la demande.",
            C("CV", "returns", "will"),
            N("statistics", "a time limit inside an obligation", q="un délai de quatre jours"),
        ),
        (
            "Les deux Parties échangent les informations utiles au démantèlement des filières et conduisent des opérations conjointes de contrôle dans le port de Praia (article 6).",
            C("FR;CV", "policing_intelligence", "will"),
        ),
        (
            "La Partie française détache à cette fin un officier de liaison auprès de la police nationale cap-verdienne.",
            C("FR", "policing_intelligence", "will"),
        ),
    ),
    P(
        (
            "Au titre du développement solidaire, la France consacrera 2 millions d'euros sur trois ans à des projets portés par la diaspora dans les secteurs de la santé, de la formation professionnelle et de l'eau (article 8).",
            C("FR", "upstream_cooperation", "will"),
            F(
                2000000,
                "EUR",
                "FR",
                "CV",
                "pledge",
                "diaspora-led projects in health, vocational training and water",
                period_text="sur trois ans",
                note="one sum for the whole three-year period",
            ),
        ),
        (
            "Ces projets compléteront le projet pilote de partenariat pour la mobilité, que la Commission européenne a déjà financé à hauteur de 1,5 million d'euros.",
            C(
                "FR",
                "upstream_cooperation",
                "will",
                q="Ces projets compléteront le projet pilote de partenariat pour la mobilité",
                conf="borderline",
                note="future of a description of how projects fit together; actor inferred",
            ),
            F(1500000, "EUR", "European Commission", "CV", "disbursed", "mobility partnership pilot project"),
        ),
        (
            "La Partie cap-verdienne s'engage, pour sa part, à mener des campagnes d'information sur les risques de l'émigration irrégulière.",
            C("CV", "information_campaigns", "commit"),
        ),
    ),
    P(
        (
            "Un comité mixte, coprésidé par les deux ambassadeurs, se réunit une fois par an pour suivre l'application de l'accord (article 10).",
            C("FR;CV", "governance", "will"),
        ),
        (
            "L'accord est conclu pour une durée de cinq ans renouvelable tacitement.",
            N("statistics", "duration of the agreement"),
        ),
        (
            "Il n'emporte aucune modification de dispositions de nature législative.",
            N("commitments", "statement of legal consequence"),
        ),
        (
            "Telles sont les principales observations qu'appelle l'accord qui, comportant des dispositions relatives aux conditions de séjour des étrangers, est soumis au Parlement en vertu de l'article 53 de la Constitution.",
            N("all", "constitutional basis; article number"),
        ),
    ),
    "Fait à Paris, le 12 septembre 2007.",
    "Signé : Jacques Aubertin, par le Premier ministre",
]
