import lib
from lib import L, P, B, C, F, S, N, fr

lib.config(num="\u202f")

DATE = "2017-03-23"
SLUG = "lettre-ministre-britannique-homologue-francais-traduction-mineurs-littoral"
GENRE = "lettre d'un ministre britannique à son homologue français, en traduction non officielle (en-tête de traduction, formule de politesse)"
TITLE = fr("Coopération franco-britannique sur le littoral après le démantèlement du campement de la Lande")
PLACE = "London"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = (
    "a translator's banner opens the text with two dates: the translation (29 March 2017) and, inside it, the original "
    "letter (23 March 2017), which dates the document; the title only in an 'Objet :' line; the place only in the "
    "English letterhead address; the first person is the UK minister"
)
THIRD = "— (UNHCR named as a source, not acting)"

LINES = [
    L(
        "TRADUCTION NON OFFICIELLE établie le 29 mars 2017 par le bureau de la traduction du ministère de l'Intérieur - original en anglais daté du 23 mars 2017",
        N(
            "all",
            "translation banner with its dates",
            q="établie le 29 mars 2017 par le bureau de la traduction",
        ),
    ),
    "Home Office - 2 Marsham Street - London SW1P 4DF",
    L(
        "Le ministre d'État chargé de l'immigration - Notre réf. : MIN/17/0412",
        N("all", "reference number", q="Notre réf. : MIN/17/0412"),
    ),
    "À Monsieur le ministre de l'Intérieur de la République française",
    "Objet : "
    + "Coopération franco-britannique sur le littoral après le démantèlement du campement de la Lande",
    "Monsieur le Ministre, cher collègue,",
    P(
        (
            "Je vous remercie de votre lettre du 2 mars et de l'accueil chaleureux que vous avez réservé à mes équipes à Calais.",
            N("commitments;statistics", "thanks; a date"),
        ),
        (
            "Je tiens, avant notre rencontre de printemps, à faire le point sur nos engagements communs.",
            N("commitments", "announces the letter's purpose"),
        ),
    ),
    P(
        (
            "Depuis octobre, le Royaume-Uni a accueilli plus de 820 mineurs non accompagnés venus de France, dont environ 310 au titre du regroupement familial prévu par le règlement de Dublin.",
            S(
                820,
                "people",
                "more_than",
                "unaccompanied minors transferred from France to the UK",
                "level",
                period_text="Depuis octobre",
                period_start="2016-10-01",
                period_end="2017-03-23",
            ),
            S(
                310,
                "people",
                "approximately",
                "minors transferred under Dublin family reunification",
                "level",
                period_text="Depuis octobre",
                period_start="2016-10-01",
                period_end="2017-03-23",
            ),
        ),
        (
            "D'après le HCR, le nombre de personnes présentes à Calais a été divisé par dix depuis l'automne, mais une centaine de jeunes y sont revenus ces dernières semaines.",
            S(
                10,
                "factor",
                "exact",
                "people present in Calais since the autumn",
                "decrease",
                period_text="depuis l'automne",
                location="Calais",
            ),
            S(
                100,
                "people",
                "approximately",
                "young people who have returned to Calais in recent weeks",
                "increase",
                period_text="ces dernières semaines",
                location="Calais",
            ),
        ),
        (
            "Dans le même temps, 1~960 personnes hébergées dans les centres d'accueil et d'orientation ont déposé une demande d'asile en France.",
            S(
                1960,
                "people",
                "exact",
                "people housed in reception and orientation centres who applied for asylum in France",
                "level",
                location="France",
            ),
        ),
        (
            "Les tentatives d'intrusion sur les camions à destination de Douvres ont chuté de 64 %.",
            S(
                64,
                "percent",
                "exact",
                "intrusion attempts on lorries bound for Dover",
                "decrease",
                location="Calais",
            ),
        ),
    ),
    P(
        (
            "Mon gouvernement entend poursuivre les transferts au titre du règlement de Dublin dans les délais les plus brefs.",
            C("GB", "asylum", "intend"),
        ),
        (
            "Nous examinerons avant la fin avril les 140 dossiers encore en attente.",
            C("GB", "asylum", "will", "avant la fin avril", "2017-04-30"),
            N(
                "statistics",
                "a number of files inside an undertaking",
                q="les 140 dossiers encore en attente",
            ),
        ),
        (
            "Je suis en mesure de vous confirmer que le Royaume-Uni versera 22 millions de livres (environ 25,5 millions d'euros) au titre de la sécurisation des ports et des centres d'accueil en 2017.",
            C("GB", "funding", "will"),
            F(
                22000000,
                "GBP",
                "GB",
                "FR",
                "pledge",
                "securing the ports and the reception centres",
                alt_amount=25500000,
                alt_currency="EUR",
                period_text="en 2017",
                period_start="2017-01-01",
                period_end="2017-12-31",
            ),
        ),
        (
            "Ce montant s'ajoute aux 8 millions de livres déjà versés l'an dernier pour le démantèlement du campement.",
            F(
                8000000,
                "GBP",
                "GB",
                "FR",
                "disbursed",
                "clearance of the camp",
                period_text="l'an dernier",
                period_start="2016-01-01",
                period_end="2016-12-31",
            ),
        ),
    ),
    L("Je vous propose en outre que nos deux pays :", N("all", "bare lead-in of a proposal")),
    B(
        "- mettent en place, d'ici l'été, un officier de liaison britannique dans chacun des centres d'accueil et d'orientation de la région ;",
        C(
            "GB;FR",
            "reception_welfare",
            "other",
            "d'ici l'été",
            "2017-05-31",
            conf="borderline",
            note="a proposal ('Je vous propose que'), not yet agreed; resolved to the meteorological end of spring",
        ),
    ),
    B(
        "- renforcent l'échange d'informations sur les passeurs opérant entre la Belgique et le littoral.",
        C("GB;FR", "policing_intelligence", "other", conf="borderline", note="a proposal, not yet agreed"),
    ),
    P(
        (
            "Vos services m'ont indiqué que la France ouvrirait deux nouveaux centres d'accueil pour mineurs dans le Pas-de-Calais.",
            C("FR", "reception_welfare", "will", note="reported undertaking of France"),
        ),
        ("Le Royaume-Uni participera à leur équipement.", C("GB", "reception_welfare", "will")),
        (
            "Nous ne rouvrirons pas, en revanche, la procédure accélérée mise en place à l'automne.",
            C("GB", "asylum", "will", note="negated undertaking"),
        ),
        (
            "Le coût de l'opération de l'automne pour vos forces de l'ordre, que vous évaluez à 15 millions d'euros, relève du budget de l'État français.",
            N("funding", "France's own cost of its own operation, not money given"),
        ),
        (
            "Enfin, mes services prépareront avec les vôtres une campagne commune à destination des mineurs, pour les détourner des passeurs.",
            C("GB;FR", "information_campaigns", "will"),
        ),
    ),
    P(
        ("Je me réjouis de poursuivre ce travail avec vous.", N("commitments", "a closing wish")),
        (
            "Je vous prie d'agréer, Monsieur le Ministre, cher collègue, l'assurance de ma haute considération.",
        ),
    ),
    "Thomas Wrexham",
]
