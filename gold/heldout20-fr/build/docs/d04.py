import lib
from lib import L, P, C, F, S, N, fr

lib.config(num=" ")

DATE = "2010-09-14"
SLUG = "discours-ministre-interieur-coquelles-littoral"
GENRE = "discours du ministre de l'Intérieur (texte publié sur le site du ministère)"
TITLE = fr("Discours de M. Alain Roussel, ministre de l'Intérieur, au centre de coopération policière et douanière de Coquelles")
PLACE = "Coquelles"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = "ministry web furniture (site name, breadcrumb, print/share links, 'Seul le prononcé fait foi') before the title"

LINES = [
    "Ministère de l'Intérieur, de l'Outre-mer et des Collectivités territoriales",
    "Accueil > Le ministre > Interventions du ministre > Discours",
    "Imprimer | Envoyer à un ami | Partager",
    "Discours de M. Alain Roussel, ministre de l'Intérieur, au centre de coopération policière et douanière de Coquelles",
    "Coquelles, le 14 septembre 2010 — Seul le prononcé fait foi",
    "Mesdames et Messieurs les élus, Monsieur le préfet, Mesdames et Messieurs,",
    L("J'ai reçu ce matin les élus du Calaisis et les représentants des associations.",
      N("commitments", "report of a meeting already held")),
    L("Je tiens d'abord à rendre hommage aux policiers, aux gendarmes et aux douaniers qui servent chaque jour sur ce littoral.",
      N("commitments", "a tribute")),
    P("Les résultats sont là.",
      ("Depuis janvier, 2 310 passeurs et complices ont été interpellés dans le Nord et le Pas-de-Calais, contre 1 640 sur la même période de 2009.",
       S(2310, "people", "exact", "smugglers and accomplices arrested in Nord and Pas-de-Calais", "level",
         period_text="Depuis janvier", period_start="2010-01-01", period_end="2010-09-14", location="Nord; Pas-de-Calais"),
       S(1640, "people", "exact", "smugglers and accomplices arrested over the same period of 2009", "level",
         period_text="sur la même période de 2009", period_start="2009-01-01", period_end="2009-09-14",
         location="Nord; Pas-de-Calais")),
      ("Vingt-deux filières ont été démantelées depuis le début de l'année, soit six de plus qu'en 2009.",
       S(22, "networks", "exact", "smuggling networks dismantled", "level",
         period_text="depuis le début de l'année", period_start="2010-01-01", period_end="2010-09-14"),
       S(6, "networks", "exact", "additional networks dismantled compared with 2009", "increase")),
      ("Le nombre de migrants présents sur le littoral a été divisé par deux depuis le démantèlement de la « jungle » de Calais, il y a un an.",
       S(2, "factor", "exact", "migrants present on the coast since the clearance of the Calais 'jungle'", "decrease",
         location="littoral")),
      ("Aujourd'hui, moins de 300 personnes sont présentes sur l'ensemble du littoral, entre Dunkerque et Cherbourg.",
       S(300, "people", "less_than", "migrants present on the coast between Dunkirk and Cherbourg", "level",
         location="Dunkerque-Cherbourg")),
      ("Les détecteurs de gaz carbonique ont permis de découvrir 4 850 personnes dissimulées dans des camions en huit mois.",
       S(4850, "attempts", "exact", "people found hidden in lorries by CO2 detectors", "level",
         period_text="en huit mois"))),
    L("Les passeurs réclament désormais jusqu'à 3 000 euros pour une place dans un camion.",
      N("funding;statistics", "a smugglers' price: money that is not funding")),
    L("Je suis convaincu que la fermeté et l'humanité ne s'opposent pas.",
      N("commitments", "a belief")),
    P(("J'ai décidé de porter à huit le nombre de compagnies républicaines de sécurité affectées au Calaisis d'ici la fin de l'année.",
       C("FR", "border_security", "agree", deadline_text="d'ici la fin de l'année", deadline_date="2010-12-31"),
       N("statistics", "number inside a commitment's target", q="porter à huit")),
      ("Nous ne laisserons pas se reconstituer de campement sauvage sur le littoral.",
       C("FR", "border_security", "will", note="negated first-person future (decision D3)")),
      ("La police aux frontières et la gendarmerie créeront, dès le mois d'octobre, une cellule commune de lutte contre les filières à Coquelles.",
       C("FR", "policing_intelligence", "will", deadline_text="dès le mois d'octobre", deadline_date="2010-10-31")),
      ("Cette cellule travaillera en lien direct avec la Serious Organised Crime Agency britannique.",
       C("FR", "policing_intelligence", "will")),
      ("L'agence britannique y détachera deux enquêteurs à temps plein.",
       C("GB", "policing_intelligence", "will"),
       N("statistics", "number inside a commitment's target", q="deux enquêteurs à temps plein"))),
    P(("De notre côté, l'État a engagé cette année 2,6 millions d'euros pour renforcer la clôture du site d'Eurotunnel.",
       N("funding", "the French State's own spending, not money given by one party to another")),
      ("Mon homologue britannique m'a confirmé que le Royaume-Uni apporterait 5 millions de livres par an pendant trois ans à la sécurisation du port de Calais.",
       C("GB", "funding", "will", note="reported undertaking in the conditional"),
       F(5000000, "GBP", "GB", "FR", "pledge", "securing the port of Calais", per_year=True, years=3,
         period_text="par an pendant trois ans", period_start="2010-01-01", period_end="2012-12-31",
         note="period dates assume the three years start in 2010")),
      ("Par ailleurs, l'Union européenne a versé à la France 1,2 million d'euros en 2010, au titre du Fonds européen pour le retour, pour les retours volontaires depuis le littoral.",
       F(1200000, "EUR", "European Union", "FR", "disbursed", "voluntary returns from the coast (European Return Fund)",
         period_text="en 2010", period_start="2010-01-01", period_end="2010-12-31"))),
    P(("Avec mon homologue, nous présenterons avant la fin de l'hiver un plan commun de retour volontaire vers les pays d'origine.",
       C("GB;FR", "returns", "will", deadline_text="avant la fin de l'hiver", deadline_date="2011-02-28")),
      ("L'Office français de l'immigration et de l'intégration ouvrira à Calais une permanence d'aide au retour.",
       C("FR", "returns", "will")),
      ("J'entends également que chaque mineur isolé rencontré sur le littoral se voie proposer une mise à l'abri le soir même.",
       C("FR", "reception_welfare", "intend")),
      ("Nous poursuivrons enfin les campagnes d'information dans les pays de départ, notamment en Afghanistan et en Irak.",
       C("FR", "information_campaigns", "will"))),
    "Vive la République, vive la France.",
]
