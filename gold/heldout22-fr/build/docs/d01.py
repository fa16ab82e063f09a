import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num="\u00a0")

DATE = "2003-06-30"
SLUG = "question-ecrite-an-reponse-ministre-calais-cooperation"
GENRE = "question écrite d'un député publiée au Journal officiel, avec la réponse du ministre (fiche de la base des questions)"
TITLE = fr("Étrangers - immigration clandestine - coopération franco-britannique. Calais. perspectives")
PLACE = ""
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = (
    "the title exists only as the three index fields 'Rubrique / Tête d'analyse / Analyse' of the record; two numeric "
    "JO dates ('Question publiée au JO le : 24/03/2003', 'Réponse publiée au JO le : 30/06/2003'), the document "
    "dated by the answer; no place"
)
THIRD = "European Commission (donor: ARGO co-financing, a borderline funding row); Belgium named, not a party"

LINES = [
    "12e législature",
    "Question N° : 14207 de M. Lemaître Gérard (Union pour la majorité présidentielle - Pas-de-Calais)",
    "Question écrite",
    "Ministère interrogé : intérieur, sécurité intérieure et libertés locales",
    "Ministère attributaire : intérieur, sécurité intérieure et libertés locales",
    L(
        "Question publiée au JO le : 24/03/2003 page : 2198",
        N("all", "JO publication date and page number of the question", q="24/03/2003 page : 2198"),
    ),
    L(
        "Réponse publiée au JO le : 30/06/2003 page : 5127",
        N("all", "JO publication date and page number of the answer", q="30/06/2003 page : 5127"),
    ),
    "Rubrique : étrangers",
    "Tête d'analyse : immigration clandestine",
    "Analyse : coopération franco-britannique. Calais. perspectives",
    "Texte de la question",
    P(
        (
            "M. Gérard Lemaître attire l'attention de M. le ministre de l'intérieur, de la sécurité intérieure et des libertés locales sur la situation du Calaisis depuis la fermeture du centre de Sangatte.",
        ),
        (
            "Selon les associations, une soixantaine d'étrangers dorment chaque nuit dans les dunes ou sous les ponts de la ville.",
            S(
                60,
                "people",
                "approximately",
                "foreigners sleeping rough each night in Calais",
                "level",
                location="Calais",
            ),
        ),
        (
            "Les transporteurs routiers se plaignent par ailleurs d'intrusions répétées dans leurs remorques, et certains assureurs auraient relevé leurs primes de 15 à 20 %.",
            N(
                "statistics",
                "insurers' premiums: a price change for a private business, reported as hearsay",
                q="relevé leurs primes de 15 à 20 %",
            ),
        ),
        (
            "Il lui demande de bien vouloir lui indiquer les mesures que le Gouvernement entend prendre, en liaison avec les autorités britanniques, pour que le littoral ne redevienne pas un point de passage vers l'Angleterre.",
            N("commitments", "the deputy's request: the 'entend prendre' is asked about, not undertaken"),
        ),
    ),
    "Texte de la réponse",
    P(
        (
            "La fermeture du centre de Sangatte, intervenue le 14 décembre 2002, a été suivie d'une forte baisse de la pression migratoire sur le Calaisis.",
            N("statistics", "a past date, not a figure", q="le 14 décembre 2002"),
        ),
        (
            "Les interpellations d'étrangers en situation irrégulière dans le Pas-de-Calais ont diminué de 71 % entre le premier trimestre 2002 et le premier trimestre 2003, et 412 personnes ont été reconduites depuis le début de l'année.",
            S(
                71,
                "percent",
                "exact",
                "arrests of irregular foreigners in Pas-de-Calais",
                "decrease",
                period_text="entre le premier trimestre 2002 et le premier trimestre 2003",
                period_start="2003-01-01",
                period_end="2003-03-31",
                location="Pas-de-Calais",
            ),
            S(
                412,
                "people",
                "exact",
                "people removed since the start of the year",
                "level",
                period_text="depuis le début de l'année",
                period_start="2003-01-01",
                period_end="2003-06-30",
            ),
        ),
        (
            "Les tentatives d'intrusion détectées sur le site du tunnel sous la Manche sont passées de 1~450 par mois à moins de 150.",
            S(
                1450,
                "attempts",
                "exact",
                "intrusion attempts detected per month at the Channel Tunnel site (before)",
                "level",
                location="Channel Tunnel",
                note="the earlier monthly level in a 'passées de … à' change",
            ),
            S(
                150,
                "attempts",
                "less_than",
                "intrusion attempts detected per month at the Channel Tunnel site (now)",
                "decrease",
                location="Channel Tunnel",
            ),
        ),
        (
            "Depuis janvier, 38 filières d'aide à l'entrée irrégulière ont été démantelées, contre 21 sur la même période de 2002.",
            S(
                38,
                "networks",
                "exact",
                "smuggling networks dismantled since January",
                "level",
                period_text="Depuis janvier",
                period_start="2003-01-01",
                period_end="2003-06-30",
            ),
            S(
                21,
                "networks",
                "exact",
                "smuggling networks dismantled over the same period of 2002",
                "level",
                period_text="sur la même période de 2002",
                period_start="2002-01-01",
                period_end="2002-06-30",
            ),
        ),
    ),
    P(
        (
            "Le Gouvernement n'entend pas pour autant relâcher son effort.",
            C(
                "FR",
                "border_security",
                "intend",
                conf="borderline",
                note="negated intention ('n'entend pas relâcher') read as a commitment to keep up the effort; debatable",
            ),
        ),
        (
            "La police aux frontières déploiera, d'ici la fin du mois de septembre, 120 fonctionnaires supplémentaires à Calais et à Coquelles.",
            C("FR", "border_security", "will", "d'ici la fin du mois de septembre", "2003-09-30"),
            N(
                "statistics",
                "officer numbers inside a commitment's target",
                q="120 fonctionnaires supplémentaires",
            ),
        ),
        (
            "Deux compagnies républicaines de sécurité resteront affectées en permanence à la sécurisation des abords du port.",
            C("FR", "border_security", "will"),
        ),
        (
            "Le Royaume-Uni s'est engagé à mettre en service avant la fin de l'année ses propres bureaux de contrôle dans les ports de Calais et de Dunkerque, en application du traité signé au Touquet le 4 février.",
            C("GB", "border_security", "commit", "avant la fin de l'année", "2003-12-31"),
            N("statistics", "a treaty's signature date", q="le 4 février"),
        ),
        (
            "Les autorités britanniques ont également accepté de financer l'installation d'appareils de détection des battements cardiaques dans les deux ports, pour un montant de 1,2 million d'euros.",
            C("GB", "funding", "agree"),
            F(1200000, "EUR", "GB", "FR", "pledge", "heartbeat detectors in the ports of Calais and Dunkirk"),
        ),
    ),
    L("Les deux gouvernements sont convenus :", N("all", "bare lead-in")),
    B(
        "- de créer à Coquelles un centre de coopération policière commun, ouvert vingt-quatre heures sur vingt-quatre ;",
        C("GB;FR", "policing_intelligence", "agree"),
    ),
    B(
        "- d'organiser, au moins une fois par trimestre, des vols groupés de retour vers les pays d'origine ;",
        C("GB;FR", "returns", "agree"),
    ),
    B(
        "- de conduire une campagne d'information commune dans les pays de transit afin de dissuader les candidats au départ.",
        C("GB;FR", "information_campaigns", "agree"),
    ),
    P(
        (
            "Le ministère de l'intérieur a par ailleurs obtenu de la Commission européenne, au titre du programme ARGO, un cofinancement de 650~000 euros pour la formation des agents chargés du contrôle des documents.",
            F(
                650000,
                "EUR",
                "European Commission",
                "FR",
                "disbursed",
                "training of document-control officers (ARGO)",
                conf="borderline",
                note="'a obtenu' may be a grant awarded rather than paid; kind debatable",
            ),
        ),
        (
            "Sur le budget de son ministère, la France consacrera en outre 3 millions d'euros à la rénovation des locaux de la police aux frontières.",
            N("funding", "France's own budget for its own premises, not money given for the cooperation"),
            C(
                "FR",
                "border_security",
                "will",
                conf="borderline",
                note="a spending plan on own premises; a commitment only in a broad reading",
            ),
        ),
        (
            "Enfin, la coopération avec la Belgique sera renforcée pour éviter un déplacement des flux vers Zeebrugge et Ostende.",
            C("FR", "eu_international", "will"),
        ),
        (
            "Le Gouvernement tiendra la représentation nationale informée des résultats de ces mesures.",
            C("FR", "governance", "will"),
        ),
    ),
]
