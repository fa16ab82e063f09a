import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num=".")

DATE = "2005-11-14"
SLUG = "avenant-arrangement-administratif-contribution-britannique-ports"
GENRE = "avenant à un arrangement administratif financier (visas, articles modificatifs, annexe d'indicateurs de référence)"
TITLE = fr(
    "Avenant n° 1 à l'arrangement administratif du 2 juin 2003 relatif à la contribution du Royaume-Uni à la sûreté des ports de la Manche"
)
PLACE = "London"
PARTIES = "GB;FR"
DOC_TYPE = "arrangement"
STRESS = (
    "the parent arrangement's date (2 June 2003) is in the title; the avenant's own date appears only inside its "
    "entry-into-force article ('soit le 14 novembre 2005'); the place only in the 'Fait à Londres' line, which has no date"
)
THIRD = "—"

LINES = [
    TITLE,
    "Le Gouvernement du Royaume-Uni de Grande-Bretagne et d'Irlande du Nord et le Gouvernement de la République française, ci-après « les Parties »,",
    L(
        "Vu l'arrangement administratif du 2 juin 2003 relatif à la contribution du Royaume-Uni à la sûreté des ports de la Manche, ci-après « l'Arrangement » ;",
        N(
            "all",
            "recital citing the parent text and its date",
            q="Vu l'arrangement administratif du 2 juin 2003",
        ),
    ),
    L(
        "Considérant que les mesures financées depuis 2003 ont permis de réduire sensiblement les tentatives de passage clandestin, comme l'indique l'annexe au présent avenant ;",
        N("commitments", "recital describing results"),
    ),
    L(
        "Souhaitant prolonger et étendre leur coopération au port de Dunkerque,",
        N("commitments", "recital stating a wish"),
    ),
    "Sont convenus de ce qui suit :",
    "Article 1er",
    L(
        "L'article 3 de l'Arrangement est remplacé par les dispositions suivantes :",
        N("all", "amending formula"),
    ),
    L(
        "« La Partie britannique verse à la Partie française une contribution de 4.500.000 livres sterling (6.600.000 euros) au titre de l'exercice budgétaire britannique 2005-2006.",
        C(
            "GB",
            "funding",
            "will",
            q="La Partie britannique verse à la Partie française une contribution de 4.500.000 livres sterling (6.600.000 euros) au titre de l'exercice budgétaire britannique 2005-2006.",
        ),
        F(
            4500000,
            "GBP",
            "GB",
            "FR",
            "pledge",
            "security of the Channel ports (financial year 2005-2006)",
            alt_amount=6600000,
            alt_currency="EUR",
            period_text="au titre de l'exercice budgétaire britannique 2005-2006",
            period_start="2005-04-01",
            period_end="2006-03-31",
            q="La Partie britannique verse à la Partie française une contribution de 4.500.000 livres sterling (6.600.000 euros) au titre de l'exercice budgétaire britannique 2005-2006.",
        ),
    ),
    L(
        "Elle verse en outre 1.500.000 livres sterling par an au titre des exercices 2006-2007 et 2007-2008, sous réserve de l'approbation des crédits par le Parlement du Royaume-Uni. »",
        C(
            "GB",
            "funding",
            "will",
            q="Elle verse en outre 1.500.000 livres sterling par an au titre des exercices 2006-2007 et 2007-2008, sous réserve de l'approbation des crédits par le Parlement du Royaume-Uni.",
        ),
        F(
            1500000,
            "GBP",
            "GB",
            "FR",
            "pledge",
            "security of the Channel ports (two further financial years)",
            per_year=True,
            years=2,
            period_text="par an au titre des exercices 2006-2007 et 2007-2008",
            period_start="2006-04-01",
            period_end="2008-03-31",
            q="Elle verse en outre 1.500.000 livres sterling par an au titre des exercices 2006-2007 et 2007-2008, sous réserve de l'approbation des crédits par le Parlement du Royaume-Uni.",
        ),
    ),
    "Article 2",
    L(
        "La contribution mentionnée à l'article 1er est affectée aux opérations suivantes :",
        N("all", "bare lead-in"),
    ),
    B(
        "a) l'extension au port de Dunkerque du dispositif de détection de dioxyde de carbone ;",
        C("GB;FR", "border_security", "will"),
        mark="a) ",
    ),
    B(
        "b) le renouvellement des clôtures de la zone de fret du port de Calais avant le 31 mars 2006 ;",
        C("GB;FR", "border_security", "will", "avant le 31 mars 2006", "2006-03-31"),
        mark="b) ",
    ),
    B(
        "c) la formation de 200 agents de sûreté portuaire aux techniques de fouille des véhicules.",
        C("GB;FR", "border_security", "will"),
        N("statistics", "a number inside a commitment's target", q="200 agents de sûreté portuaire"),
        mark="c) ",
    ),
    L(
        "Les équipements acquis demeurent la propriété de la Partie française, qui en assure l'entretien à ses frais.",
        C(
            "FR",
            "border_security",
            "will",
            q="qui en assure l'entretien à ses frais",
            conf="borderline",
            note="treaty present in a relative clause attached to a statement of ownership",
        ),
    ),
    "Article 3",
    L(
        "La Partie française transmet chaque trimestre à la Partie britannique un état détaillé des dépenses engagées.",
        C("FR", "governance", "will"),
    ),
    L(
        "La Partie britannique peut faire procéder, à ses frais, à un audit de l'emploi des fonds.",
        N("commitments", "a permission ('peut'), not an undertaking"),
    ),
    L(
        "Les sommes non engagées au 31 mars 2006 sont reversées à la Partie britannique avant le 30 juin 2006.",
        C("FR", "funding", "will", "avant le 30 juin 2006", "2006-06-30"),
    ),
    "Article 4",
    L(
        "Le comité de suivi institué par l'article 6 de l'Arrangement se réunit au moins deux fois par an, alternativement à Londres et à Paris ; il associe désormais le port autonome de Dunkerque.",
        C(
            "GB;FR",
            "governance",
            "will",
            q="Le comité de suivi institué par l'article 6 de l'Arrangement se réunit au moins deux fois par an, alternativement à Londres et à Paris",
        ),
        C(
            "GB;FR",
            "governance",
            "will",
            q="il associe désormais le port autonome de Dunkerque",
            conf="borderline",
            note="second clause of a treaty-present sentence; may be read with the first",
        ),
    ),
    L(
        "Les frais de déplacement de leurs représentants restent à la charge de chaque Partie.",
        N("funding", "each party's own travel costs, no amount"),
    ),
    "Article 5",
    L(
        "Le présent avenant entre en vigueur à la date de sa signature, soit le 14 novembre 2005.",
        N("all", "entry into force: the document's own date"),
    ),
    "Fait à Londres, en deux exemplaires, en langues anglaise et française, les deux textes faisant également foi.",
    "Pour le Gouvernement du Royaume-Uni : Harriet Colville, directrice des contrôles aux frontières",
    "Pour le Gouvernement de la République française : Jean-Baptiste Ferrand, directeur central de la police aux frontières",
    "Annexe - Situation de référence (données de la police aux frontières)",
    L(
        "Personnes découvertes dans des poids lourds au port de Calais en 2004 : 3.912, soit une baisse de 58 % par rapport à 2003.",
        S(
            3912,
            "people",
            "exact",
            "people found in lorries at the port of Calais",
            "level",
            period_text="en 2004",
            period_start="2004-01-01",
            period_end="2004-12-31",
            location="Calais",
        ),
        S(
            58,
            "percent",
            "exact",
            "people found in lorries at the port of Calais, change on 2003",
            "decrease",
            period_text="par rapport à 2003",
            period_start="2004-01-01",
            period_end="2004-12-31",
            location="Calais",
        ),
    ),
    L(
        "Tentatives de passage déjouées au port de Dunkerque en 2004 : 1.186, trois fois plus qu'en 2002.",
        S(
            1186,
            "attempts",
            "exact",
            "crossing attempts foiled at the port of Dunkirk",
            "level",
            period_text="en 2004",
            period_start="2004-01-01",
            period_end="2004-12-31",
            location="Dunkirk",
        ),
        S(
            3,
            "factor",
            "exact",
            "crossing attempts foiled at Dunkirk compared with 2002",
            "increase",
            period_text="en 2004",
            period_start="2004-01-01",
            period_end="2004-12-31",
            location="Dunkirk",
        ),
    ),
    L(
        "Détecteurs de dioxyde de carbone en service à Calais : 14 (contre 6 fin 2003).",
        S(14, "other", "exact", "carbon dioxide detectors in service at Calais", "level", location="Calais"),
        S(
            6,
            "other",
            "exact",
            "carbon dioxide detectors in service at Calais at the end of 2003",
            "level",
            period_text="fin 2003",
            period_start="2003-12-31",
            period_end="2003-12-31",
            location="Calais",
        ),
    ),
    L(
        "Filières démantelées sur le littoral en 2004 : une vingtaine.",
        S(
            20,
            "networks",
            "approximately",
            "smuggling networks dismantled on the coast",
            "level",
            period_text="en 2004",
            period_start="2004-01-01",
            period_end="2004-12-31",
            location="Channel coast",
        ),
    ),
]
