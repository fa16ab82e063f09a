import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num="\u00a0")

DATE = "2012-03-30"
SLUG = "programme-annuel-2012-fonds-europeen-retour-france-extrait"
GENRE = "programme annuel national d'un fonds européen soumis à la Commission (extrait : situation, priorités, actions, plan de financement)"
TITLE = fr("Fonds européen pour le retour - Programme annuel 2012 - France")
PLACE = ""
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = (
    "the header carries only programme-year labels ('Programme annuel 2012', 'Programme pluriannuel 2008-2013'); the "
    "document's own date only in a running page footer at the very end ('version du 30/03/2012 - page 14/52'); no place"
)
THIRD = "European Union (donor); European Commission (actor); IOM (actor)"

LINES = [
    "UNION EUROPÉENNE - Solidarité et gestion des flux migratoires",
    TITLE,
    L(
        "Programme pluriannuel 2008-2013 - Décision de la Commission C(2008) 4512",
        N("all", "programme period and decision reference", q="Décision de la Commission C(2008) 4512"),
    ),
    "1. Situation de référence",
    P(
        (
            "En 2011, les autorités françaises ont exécuté 32 912 mesures d'éloignement, dont 4 706 retours aidés par l'Office français de l'immigration et de l'intégration (OFII).",
            S(
                32912,
                "people",
                "exact",
                "removal orders executed by France",
                "level",
                period_text="En 2011",
                period_start="2011-01-01",
                period_end="2011-12-31",
                location="France",
            ),
            S(
                4706,
                "people",
                "exact",
                "assisted returns by OFII",
                "level",
                period_text="En 2011",
                period_start="2011-01-01",
                period_end="2011-12-31",
                location="France",
            ),
        ),
        (
            "Les retours volontaires ont progressé de 17 % par rapport à 2010.",
            S(
                17,
                "percent",
                "exact",
                "voluntary returns, change on 2010",
                "increase",
                period_text="par rapport à 2010",
                period_start="2011-01-01",
                period_end="2011-12-31",
            ),
        ),
        (
            "Sur le littoral de la Manche, près d'un étranger interpellé sur trois se déclare en route vers le Royaume-Uni ; les Afghans, les Érythréens et les Soudanais représentent plus de la moitié des personnes interpellées.",
            S(
                33,
                "percent",
                "approximately",
                "foreigners arrested on the Channel coast who say they are heading for the UK",
                "level",
                location="Channel coast",
                q="Sur le littoral de la Manche, près d'un étranger interpellé sur trois se déclare en route vers le Royaume-Uni",
                conf="borderline",
                note="'près d'un sur trois' as a percentage; a ratio could also be recorded",
            ),
            S(
                50,
                "percent",
                "more_than",
                "share of Afghans, Eritreans and Sudanese among people arrested",
                "level",
                location="Channel coast",
                q="les Afghans, les Érythréens et les Soudanais représentent plus de la moitié des personnes interpellées",
            ),
        ),
        (
            "Au cours du seul mois de décembre 2011, 280 ressortissants afghans ont été interpellés à Calais, trois fois plus qu'un an plus tôt.",
            S(
                280,
                "people",
                "exact",
                "Afghan nationals arrested in Calais",
                "level",
                period_text="Au cours du seul mois de décembre 2011",
                period_start="2011-12-01",
                period_end="2011-12-31",
                location="Calais",
            ),
            S(
                3,
                "factor",
                "exact",
                "Afghan nationals arrested in Calais, against a year earlier",
                "increase",
                period_text="Au cours du seul mois de décembre 2011",
                period_start="2011-12-01",
                period_end="2011-12-31",
                location="Calais",
            ),
        ),
        (
            "Le délai moyen d'obtention d'un laissez-passer consulaire est passé de 21 à 34 jours.",
            N("statistics", "an administrative delay in days, not a count of people or events", conf="core"),
        ),
    ),
    "2. Priorités retenues pour 2012",
    L(
        "Conformément à la stratégie pluriannuelle, les autorités françaises s'engagent à :",
        N("all", "bare lead-in"),
    ),
    B(
        "- développer le retour volontaire des étrangers interpellés sur le littoral, en coopération avec le Royaume-Uni ;",
        C("FR", "returns", "commit"),
    ),
    B(
        "- améliorer l'information sur l'aide au retour dans les centres de rétention administrative ;",
        C("FR", "information_campaigns", "commit"),
    ),
    B(
        "- renforcer l'accompagnement à la réinsertion dans les pays d'origine, notamment en Afghanistan et au Kosovo.",
        C("FR", "returns", "commit"),
    ),
    "3. Actions",
    P(
        ("Action 2.3 - Retour volontaire depuis le littoral (projet franco-britannique).",),
        (
            "L'OFII ouvrira à Calais, dès le mois de mai, une permanence d'information sur l'aide au retour.",
            C("FR", "returns", "will", "dès le mois de mai", "2012-05-31"),
        ),
        (
            "Le projet sera conduit conjointement avec le ministère de l'Intérieur britannique, qui détachera deux agents à Calais.",
            C(
                "GB;FR",
                "returns",
                "will",
                q="Le projet sera conduit conjointement avec le ministère de l'Intérieur britannique",
            ),
            C("GB", "returns", "will", q="qui détachera deux agents à Calais"),
        ),
        (
            "Le Royaume-Uni apporte au projet 800 000 livres sterling, qui s'ajoutent à la part communautaire.",
            C(
                "GB",
                "funding",
                "will",
                conf="borderline",
                note="present tense in a programme document; description or undertaking",
            ),
            F(800000, "GBP", "GB", "FR", "pledge", "joint voluntary return project from the Channel coast"),
        ),
        (
            "L'Organisation internationale pour les migrations assurera l'accueil et l'accompagnement des personnes à leur arrivée à Kaboul.",
            C("IOM", "returns", "will"),
        ),
        (
            "Objectif : 600 retours volontaires depuis le littoral avant le 31 décembre 2012.",
            N("statistics", "a target, not a figure about the world"),
            C(
                "FR",
                "governance",
                "will",
                "avant le 31 décembre 2012",
                "2012-12-31",
                conf="borderline",
                note="a target in a form field, with no verb",
            ),
        ),
    ),
    "4. Plan de financement",
    P(
        (
            "La contribution de l'Union européenne au programme annuel 2012 de la France s'élève à 11,8 millions d'euros.",
            F(
                11800000,
                "EUR",
                "European Union",
                "FR",
                "pledge",
                "France's 2012 annual programme under the European Return Fund",
            ),
        ),
        (
            "L'action 2.3 en reçoit 1,1 million d'euros.",
            N("funding", "a share of the EU amount already recorded, not a separate contribution (D3)"),
        ),
        (
            "Le cofinancement national, sur le budget du ministère de l'Intérieur, atteint 50 % du coût total.",
            N("funding;statistics", "France's own co-financing rate"),
        ),
        (
            "La Commission versera un préfinancement de 50 % dans les soixante jours suivant l'adoption de sa décision.",
            C("European Commission", "funding", "will"),
            N(
                "statistics",
                "a prefinancing share and a time limit inside an undertaking",
                q="un préfinancement de 50 %",
            ),
        ),
    ),
    "5. Complémentarité avec les autres instruments",
    P(
        (
            "Les actions du programme ne se substituent pas aux dépenses que l'État engage au titre de ses obligations nationales.",
            N("commitments", "a statement of principle about the programme, negated"),
        ),
        (
            "Les autorités françaises veilleront à éviter tout double financement avec le Fonds européen pour les réfugiés et le Fonds pour les frontières extérieures.",
            C("FR", "governance", "will"),
        ),
        (
            "Le Fonds ne financera aucun éloignement forcé vers l'Afghanistan au titre de l'action 2.3.",
            C(
                "FR",
                "returns",
                "will",
                conf="borderline",
                note="negated future with the Fund as subject; actor read as the French managing authority",
            ),
        ),
    ),
    "6. Suivi",
    L(
        "L'autorité responsable transmettra à la Commission un rapport d'exécution avant le 31 mars 2014.",
        C("FR", "governance", "will", "avant le 31 mars 2014", "2014-03-31"),
    ),
    L(
        "FR - Programme annuel 2012 - Fonds européen pour le retour - version du 30/03/2012 - page 14/52",
        N("all", "running footer: version date and page number", q="version du 30/03/2012 - page 14/52"),
    ),
]
