import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num=".")

DATE = "2014-06-03"
SLUG = "memorandum-entente-ofii-georgie-reinsertion-retour"
GENRE = "mémorandum d'entente entre une agence française et le ministère d'un État partenaire (non contraignant, « Participants », sections numérotées)"
TITLE = fr(
    "Mémorandum d'entente signé à Tbilissi le 3 juin 2014 entre l'Office français de l'immigration et de l'intégration et le ministère des Personnes déplacées, des Réfugiés et de l'Hébergement de Géorgie relatif à l'aide à la réinsertion"
)
PLACE = "Tbilisi"
PARTIES = "FR;GE"
DOC_TYPE = "arrangement"
STRESS = (
    "date and place only inside the long title ('signé à Tbilissi le 3 juin 2014'); the closing lines carry signatures "
    "and the two languages but repeat neither; the parties are an agency and a ministry, not two governments"
)
THIRD = "Georgia (party, actor); European Union (donor: EU-Georgia mobility partnership); IOM (actor)"

LINES = [
    TITLE,
    "L'Office français de l'immigration et de l'intégration (OFII) et le ministère des Personnes déplacées, des Réfugiés et de l'Hébergement de Géorgie, ci-après « les Participants »,",
    L(
        "Rappelant l'accord entre l'Union européenne et la Géorgie concernant la réadmission des personnes en séjour irrégulier, entré en vigueur le 1er mars 2011,",
        N("all", "recital recalling an agreement and its date"),
    ),
    P(
        (
            "Constatant que le nombre de ressortissants géorgiens ayant demandé l'asile en France a presque triplé entre 2011 et 2013, pour atteindre 2.930 demandes l'an dernier,",
            S(
                3,
                "factor",
                "approximately",
                "asylum applications by Georgian nationals in France, 2011 to 2013",
                "increase",
                period_text="entre 2011 et 2013",
                period_start="2011-01-01",
                period_end="2013-12-31",
                location="France",
            ),
            S(
                2930,
                "other",
                "exact",
                "asylum applications by Georgian nationals in France",
                "level",
                period_text="l'an dernier",
                period_start="2013-01-01",
                period_end="2013-12-31",
                location="France",
                note="applications, not people: unit other",
            ),
        ),
    ),
    P(
        (
            "Constatant que le taux de protection accordé à ces demandeurs est resté inférieur à 5 % et que 214 ressortissants géorgiens ont bénéficié en 2013 d'une aide au retour de l'OFII, dont 61 d'une aide à la réinsertion,",
            S(
                5,
                "percent",
                "less_than",
                "protection rate granted to Georgian asylum applicants",
                "level",
                location="France",
            ),
            S(
                214,
                "people",
                "exact",
                "Georgian nationals given OFII return assistance",
                "level",
                period_text="en 2013",
                period_start="2013-01-01",
                period_end="2013-12-31",
            ),
            S(
                61,
                "people",
                "exact",
                "Georgian nationals given reintegration assistance",
                "level",
                period_text="en 2013",
                period_start="2013-01-01",
                period_end="2013-12-31",
            ),
        ),
    ),
    P(
        (
            "Relevant qu'environ un demandeur sur cinq déclare avoir tenté auparavant de rejoindre le Royaume-Uni,",
            S(
                20,
                "percent",
                "approximately",
                "Georgian applicants who say they first tried to reach the UK",
                "level",
                conf="borderline",
                note="'un sur cinq' as a percentage",
            ),
        ),
    ),
    "Sont parvenus à l'entente suivante :",
    "Section 1 - Objet",
    L(
        "Le présent mémorandum ne crée aucune obligation juridique au regard du droit international.",
        N("commitments", "non-binding clause"),
    ),
    L(
        "Il fixe le cadre dans lequel les Participants coopèrent pour favoriser la réinsertion durable en Géorgie des ressortissants géorgiens qui quittent volontairement la France.",
        C(
            "FR;GE",
            "returns",
            "will",
            conf="borderline",
            note="present of a non-binding MoU; whether 'coopèrent' is the treaty present of obligation is debatable",
        ),
    ),
    "Section 2 - Engagements de l'OFII",
    L("L'OFII :", N("all", "bare lead-in")),
    B(
        "a) informe les ressortissants géorgiens présents en France, y compris dans les départements du littoral de la Manche, des possibilités d'aide au retour ;",
        C("FR", "information_campaigns", "will"),
        mark="a) ",
    ),
    B(
        "b) prend en charge le voyage et verse une allocation forfaitaire au départ ;",
        C("FR", "returns", "will"),
        mark="b) ",
    ),
    B(
        "c) finance des projets de réinsertion économique, dans la limite de 3.000 euros par projet.",
        C("FR", "returns", "will"),
        N(
            "funding",
            "a per-project ceiling, not an amount given",
            q="dans la limite de 3.000 euros par projet",
        ),
        mark="c) ",
    ),
    L(
        "L'OFII consacre à ces projets une enveloppe de 450.000 euros par an en 2014 et 2015.",
        F(
            450000,
            "EUR",
            "FR",
            "GE",
            "pledge",
            "reintegration projects for Georgian returnees",
            per_year=True,
            years=2,
            period_text="par an en 2014 et 2015",
            period_start="2014-01-01",
            period_end="2015-12-31",
        ),
        C("FR", "funding", "will"),
    ),
    "Section 3 - Engagements du ministère géorgien",
    L(
        "Le ministère géorgien désigne, avant le 31 juillet 2014, un point de contact chargé de l'accueil des personnes de retour.",
        C("GE", "returns", "will", "avant le 31 juillet 2014", "2014-07-31"),
    ),
    L(
        "Il oriente les bénéficiaires vers les services de l'emploi et de la santé et assure, avec l'Organisation internationale pour les migrations, le suivi des projets pendant douze mois.",
        C("GE", "returns", "will"),
        C(
            "IOM",
            "returns",
            "will",
            q="avec l'Organisation internationale pour les migrations, le suivi des projets pendant douze mois",
            conf="borderline",
            note="IOM joins the Georgian ministry's follow-up as a co-actor in a phrase",
        ),
        N("statistics", "a duration inside an undertaking", q="pendant douze mois"),
    ),
    L(
        "Il mène dans les régions de Koutaïssi et de Roustavi des campagnes d'information sur les conditions d'accès à l'asile dans l'Union européenne.",
        C("GE", "information_campaigns", "will"),
    ),
    "Section 4 - Financement européen",
    L(
        "Les Participants relèvent que l'Union européenne a déjà versé 300.000 euros au centre de mobilité de Tbilissi dans le cadre du partenariat pour la mobilité UE-Géorgie.",
        F(
            300000,
            "EUR",
            "European Union",
            "Tbilisi mobility centre",
            "disbursed",
            "Tbilisi mobility centre (EU-Georgia mobility partnership)",
        ),
    ),
    L(
        "Ils s'efforceront d'associer ce centre à l'orientation des bénéficiaires.",
        C(
            "FR;GE",
            "eu_international",
            "will",
            conf="borderline",
            note="'s'efforceront' is a best-efforts undertaking",
        ),
    ),
    "Section 5 - Suivi",
    L(
        "Les Participants se réunissent une fois par an et évaluent le présent mémorandum au terme de sa deuxième année d'application.",
        C("FR;GE", "governance", "will"),
    ),
    L("Chaque Participant supporte ses propres frais.", N("funding", "each side's own costs, no amount")),
    "Signé en deux exemplaires originaux, en langues française et géorgienne.",
    L(
        "Pour l'OFII, le directeur général : Yves Carrère. Pour le ministère géorgien, la ministre : Nino Abashidze.",
        N("all", "signature block"),
    ),
]
