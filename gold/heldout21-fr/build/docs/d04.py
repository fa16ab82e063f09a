import lib
from lib import L, P, C, F, S, N, fr

lib.config(num=" ")

DATE = "2009-03-12"
SLUG = "deliberation-cnil-avis-decret-echange-donnees-controles-juxtaposes"
GENRE = "délibération de la CNIL portant avis sur un projet de décret (visas, avis par rubriques, engagements pris par le ministère)"
TITLE = fr("Délibération n° 2009-118 du 12 mars 2009 portant avis sur un projet de décret relatif à un traitement "
           "automatisé de données à caractère personnel destiné à l'échange d'informations avec les autorités "
           "britanniques aux points de contrôle juxtaposés")
PLACE = "Paris"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = ("Journal officiel issue date (16 April 2009) in the first line, later than the deliberation; the "
          "deliberation's own date only inside its long title, next to its number")
THIRD = "—"

LINES = [
    L("JORF n°0089 du 16 avril 2009 texte n° 102",
      N("all", "Journal officiel issue, date and text number")),
    "Commission nationale de l'informatique et des libertés",
    TITLE,
    L("NOR : CNIX0909154X",
      N("all", "NOR reference")),
    "La Commission nationale de l'informatique et des libertés,",
    "Saisie par le ministre de l'immigration, de l'intégration, de l'identité nationale et du développement solidaire d'une demande d'avis sur un projet de décret portant création d'un traitement automatisé de données à caractère personnel dénommé « ECHANGE-LITTORAL » ;",
    L("Vu la loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés ;",
      N("all", "law number and date in a citation")),
    "Après avoir entendu M. Paul GRANDIDIER, commissaire, en son rapport, et Mme Hélène VAUTRIN, commissaire du Gouvernement, en ses observations ;",
    "Émet l'avis suivant :",
    "Sur la finalité du traitement",
    P("Le traitement vise à permettre l'échange, avec les services britanniques de l'immigration, des données relatives aux personnes interpellées lors des contrôles aux ports de Calais et de Dunkerque et à la gare de Coquelles.",
      ("Selon le ministère, 14~650 personnes ont été interpellées à ces points de contrôle en 2008, dont 2~300 mineurs.",
       S(14650, "people", "exact", "people apprehended at the juxtaposed control points", "level",
         period_text="en 2008", period_start="2008-01-01", period_end="2008-12-31", location="Calais; Dunkerque; Coquelles"),
       S(2300, "people", "exact", "minors among people apprehended at the juxtaposed control points", "level",
         period_text="en 2008", period_start="2008-01-01", period_end="2008-12-31", location="Calais; Dunkerque; Coquelles")),
      ("Le ministère indique que près de 40 % de ces personnes avaient déjà été contrôlées au cours des trois mois précédents.",
       S(40, "percent", "approximately", "share of apprehended people already checked in the previous three months", "level")),
      ("Parmi elles, 1~150 avaient déjà fait l'objet d'un signalement au Royaume-Uni.",
       S(1150, "people", "exact", "apprehended people already recorded in the UK", "level")),
      ("Le nombre de fiches transmises par télécopie aux services britanniques a triplé depuis 2006, pour atteindre environ 4~800 en 2008.",
       S(3, "factor", "exact", "records faxed to the UK services", "increase", period_text="depuis 2006",
         period_start="2006-01-01", period_end="2008-12-31"),
       S(4800, "other", "approximately", "records faxed to the UK services", "level", period_text="en 2008",
         period_start="2008-01-01", period_end="2008-12-31")),
      ("Le délai moyen de réponse des services britanniques est actuellement de 36 heures.",
       S(36, "other", "exact", "average response time of the UK services (hours)", "level",
         conf="borderline", note="a duration about the world; unit other"))),
    "Sur les données collectées",
    P(("Le projet de décret prévoit l'enregistrement de l'identité déclarée, de la photographie et des empreintes digitales de deux doigts.",
       N("commitments;statistics", "description of the draft text by the Commission, and a count inside it")),
      ("La Commission prend acte de l'engagement du ministère de limiter la durée de conservation des données à deux ans.",
       C("FR", "legal_framework", "commit"),
       N("statistics", "retention period inside the commitment", q="à deux ans")),
      ("Les empreintes ne seront transmises aux autorités britanniques qu'en cas de concordance avec un signalement.",
       C("FR", "legal_framework", "will", conf="borderline",
         note="future describing what the draft decree provides, stated by the Commission rather than by the ministry"))),
    "Sur les destinataires",
    P(("Le ministère s'est engagé à ce que seuls les agents individuellement désignés de la police aux frontières aient accès au traitement.",
       C("FR", "legal_framework", "commit")),
      ("Les autorités britanniques se sont engagées, par un échange de lettres du 2 février 2009, à n'utiliser les données transmises qu'aux seules fins de la lutte contre l'immigration irrégulière et à les effacer dès qu'elles ne sont plus nécessaires.",
       C("GB", "legal_framework", "commit"),
       N("statistics", "date of the exchange of letters", q="du 2 février 2009")),
      ("La Commission demande que cet engagement soit repris dans le décret lui-même.",
       N("commitments", "a request by the Commission")),
      ("Le ministère s'est également engagé à informer les personnes concernées de l'existence du traitement et de leurs droits, au moyen d'une notice traduite en huit langues.",
       C("FR", "legal_framework", "commit"),
       N("statistics", "number inside the commitment", q="traduite en huit langues"))),
    "Sur la sécurité et le financement",
    P(("Le ministère a indiqué que les échanges s'effectueront par un réseau chiffré dédié, dont la mise en service interviendra avant le 30 juin 2009.",
       C("FR", "legal_framework", "will", "avant le 30 juin 2009", "2009-06-30")),
      ("Il fera réaliser chaque année un audit de sécurité par un prestataire indépendant.",
       C("FR", "governance", "will")),
      ("Les deux administrations tiendront une réunion de suivi semestrielle consacrée à la qualité des données.",
       C("GB;FR", "governance", "will")),
      ("Le coût de développement du système est évalué à 1,2 million d'euros.",
       N("funding", "a cost estimate, not an amount given by a party")),
      ("Il est financé par le Royaume-Uni à hauteur de 800~000 euros (environ 710~000 livres sterling) et par la France pour le solde, soit 400~000 euros.",
       F(800000, "EUR", "GB", "FR", "pledge", "development of the data-exchange system",
         alt_amount=710000, alt_currency="GBP"),
       F(400000, "EUR", "FR", "FR", "pledge", "development of the data-exchange system")),
      ("La Commission procédera avant la fin de l'année à un contrôle sur place du traitement.",
       C("FR", "governance", "will", "avant la fin de l'année", "2009-12-31"))),
    "Pour le président et par délégation :",
    "Le vice-président délégué, Émile VERNHES",
]
