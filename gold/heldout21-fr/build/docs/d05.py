import lib
from lib import L, P, C, F, S, N, fr

lib.config(num="\u202f")

DATE = "2011-04-04"
SLUG = "appel-projets-prefecture-mineurs-isoles-littoral"
GENRE = "appel à projets d'une préfecture de région (cahier des charges : contexte, actions éligibles, financement, suivi, calendrier)"
TITLE = fr("Appel à projets 2011 — Mise à l'abri et accompagnement des mineurs isolés étrangers sur le littoral")
PLACE = "Lille"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = ("the submission deadline (20 May 2011) is the first and most prominent date, in a capitalised box above "
          "the title; the call's own date only in the closing 'Fait à Lille, le 4 avril 2011' line")
THIRD = "European Union (donor: European Refugee Fund)"

LINES = [
    "PRÉFET DE LA RÉGION NORD - PAS-DE-CALAIS",
    "Direction régionale de la jeunesse, des sports et de la cohésion sociale",
    L("DATE LIMITE DE DÉPÔT DES DOSSIERS : 20 MAI 2011, 12 HEURES",
      N("all", "submission deadline for applicants")),
    TITLE,
    L("Référence : AAP-DRJSCS-2011-04",
      N("all", "reference of the call")),
    "1. Contexte",
    P("Le littoral de la Manche et de la mer du Nord connaît une présence persistante de mineurs étrangers isolés cherchant à rejoindre le Royaume-Uni.",
      ("En 2010, les services de l'aide sociale à l'enfance du Pas-de-Calais ont pris en charge 1~180 mineurs isolés, soit 27 % de plus qu'en 2009.",
       S(1180, "people", "exact", "unaccompanied minors taken into care by child welfare services", "level",
         period_text="En 2010", period_start="2010-01-01", period_end="2010-12-31", location="Pas-de-Calais"),
       S(27, "percent", "exact", "unaccompanied minors taken into care, 2010 against 2009", "increase",
         location="Pas-de-Calais")),
      ("Plus de la moitié d'entre eux ont quitté leur lieu d'hébergement dans les 48 heures suivant leur admission.",
       S(50, "percent", "more_than", "share of minors leaving their accommodation within 48 hours", "level",
         location="Pas-de-Calais")),
      ("Au cours du seul mois de février 2011, 143 mineurs ont été repérés par les maraudes associatives à Calais.",
       S(143, "people", "exact", "minors met by outreach teams", "level",
         period_text="Au cours du seul mois de février 2011", period_start="2011-02-01", period_end="2011-02-28",
         location="Calais")),
      ("Le dispositif départemental ne compte aujourd'hui que 65 places spécialisées, pour des besoins estimés par les associations à environ 150.",
       S(65, "places", "exact", "specialised places for unaccompanied minors", "level", location="Pas-de-Calais"),
       S(150, "places", "approximately", "places needed, as estimated by associations", "level",
         location="Pas-de-Calais", conf="borderline", note="an estimate of need rather than an observed count")),
      ("Le nombre de mineurs découverts dans des poids lourds à leur arrivée à Douvres a, selon les autorités britanniques, été divisé par deux depuis 2008.",
       S(2, "factor", "exact", "minors found in lorries on arrival at Dover", "decrease", period_text="depuis 2008",
         period_start="2008-01-01", period_end="2011-04-04", location="Douvres"))),
    P(("Dans leur déclaration conjointe du 14 janvier 2011, le ministre de l'intérieur et le Home Secretary sont convenus de renforcer la protection des mineurs exposés aux réseaux de passeurs.",
       C("GB;FR", "reception_welfare", "agree"))),
    "2. Actions éligibles",
    L("L'État financera, dans le cadre du présent appel, des projets visant à :",
      N("commitments", "bare lead-in; its items are the rows")),
    L("- créer au moins 40 places de mise à l'abri adaptées, dans le Calaisis et le Dunkerquois ;",
      C("FR", "reception_welfare", "will"),
      N("statistics", "number inside the commitment's target", q="au moins 40 places")),
    L("- assurer une présence éducative de jour comme de nuit auprès des mineurs repérés ;",
      C("FR", "reception_welfare", "will")),
    L("- informer les mineurs, dans leur langue, des risques liés au passage et de leurs droits en France ;",
      C("FR", "information_campaigns", "will")),
    L("- faciliter, lorsque l'intérêt de l'enfant le justifie, le rapprochement avec un membre de la famille résidant au Royaume-Uni.",
      C("FR", "asylum", "will")),
    "3. Financement",
    P(("L'enveloppe globale de l'appel à projets s'élève à 1,5 million d'euros pour la période 2011-2012.",
       F(1500000, "EUR", "GB;FR;European Union", "project holders", "pledge", "envelope of the call for proposals",
         period_text="pour la période 2011-2012", period_start="2011-01-01", period_end="2012-12-31",
         conf="borderline", note="aggregate of the shares stated in the next sentence plus the State's balance")),
      ("Elle est abondée par le Royaume-Uni à hauteur de 900~000 livres sterling (environ 1~040~000 euros) et par le Fonds européen pour les réfugiés pour 300~000 euros, le solde étant pris en charge par l'État.",
       F(900000, "GBP", "GB", "FR", "pledge", "shelter and support for unaccompanied minors on the coast",
         alt_amount=1040000, alt_currency="EUR"),
       F(300000, "EUR", "European Union", "FR", "pledge", "shelter and support for unaccompanied minors (European Refugee Fund)")),
      ("Le Royaume-Uni s'est engagé à verser sa contribution en deux tranches, la première avant le 30 juin 2011.",
       C("GB", "funding", "commit", "avant le 30 juin 2011", "2011-06-30")),
      ("La subvention accordée à chaque projet est plafonnée à 250~000 euros par an.",
       N("funding", "a per-project ceiling, not an amount given")),
      ("Le taux de cofinancement du Fonds européen pour les réfugiés ne peut excéder 50 % du coût total de chaque action.",
       N("funding;statistics", "a co-financing rate"))),
    "4. Suivi et évaluation",
    P(("Un comité de pilotage associant la préfecture, le conseil général du Pas-de-Calais et l'ambassade du Royaume-Uni se réunira chaque trimestre.",
       C("GB;FR", "governance", "will")),
      ("Les porteurs retenus remettront un rapport d'activité avant le 31 janvier 2012.",
       N("commitments", "an obligation imposed on applicants, who are not parties")),
      ("Une évaluation conjointe franco-britannique du dispositif sera conduite à l'automne 2012.",
       C("GB;FR", "governance", "will", "à l'automne 2012", "2012-11-30"))),
    "5. Calendrier",
    P(("Les projets retenus seront notifiés à leurs porteurs au plus tard le 30 juin 2011.",
       C("FR", "governance", "will", "au plus tard le 30 juin 2011", "2011-06-30"))),
    "Fait à Lille, le 4 avril 2011",
    "Le préfet de la région Nord - Pas-de-Calais, préfet du Nord,",
    "Jean-Pierre MALVOISIN",
    L("Contact : pôle cohésion sociale, tél. 03 20 18 33 00",
      N("all", "telephone number")),
]
