import lib
from lib import L, P, C, F, S, N, fr

DATE = "2015-11-20"
SLUG = "avis-defenseur-droits-situation-exiles-calais"
GENRE = "avis du Défenseur des droits (page web de la base des décisions)"
TITLE = fr("Avis relatif à la situation des personnes exilées présentes à Calais")
PLACE = "Paris"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = "web furniture before the title (site name, breadcrumb, download link with file size); date only in a 'Date de la décision' field"

LINES = [
    "Défenseur des droits — Juridothèque",
    "Accueil › Décisions › Avis au Parlement et au Gouvernement",
    L("Télécharger le PDF (412 Ko)",
      N("statistics", "file size", q="Télécharger le PDF (412 Ko)")),
    "Avis relatif à la situation des personnes exilées présentes à Calais",
    L("Date de la décision : 20/11/2015 — Type : avis — Numéro : 15-24",
      N("all", "decision date and number", q="Numéro : 15-24")),
    L("Le Défenseur des droits, saisi d'office en application de l'article 4 de la loi organique n° 2011-333 du 29 mars 2011, a conduit une mission sur place les 12 et 13 octobre 2015.",
      N("all", "organic law article number and mission dates", q="article 4 de la loi organique n° 2011-333 du 29 mars 2011")),
    "I. La situation constatée",
    P(("Environ 4~500 personnes vivaient sur la lande en octobre, contre 2~300 en juin.",
       S(4500, "people", "approximately", "people living on the heath", "increase",
         period_text="en octobre", period_start="2015-10-01", period_end="2015-10-31", location="Calais"),
       S(2300, "people", "exact", "people living on the heath in June", "level",
         period_text="en juin", period_start="2015-06-01", period_end="2015-06-30", location="Calais")),
      ("Les associations estiment à près de 700 le nombre de mineurs isolés, dont une partie a de la famille au Royaume-Uni.",
       S(700, "people", "approximately", "unaccompanied minors on the site", "level", location="Calais")),
      ("Le nombre de points d'eau est passé de 3 à 30 depuis l'été, ce qui reste très insuffisant.",
       S(3, "other", "exact", "water points on the site before the summer", "level", location="Calais"),
       S(30, "other", "exact", "water points on the site", "increase", location="Calais")),
      ("Les signalements de violences reçus par l'institution ont été multipliés par quatre en un an.",
       S(4, "factor", "exact", "reports of violence received by the Defender of Rights", "increase",
         period_text="en un an")),
      ("Les personnes rencontrées ont indiqué avoir payé entre 5~000 et 8~000 euros à des passeurs.",
       N("funding", "smugglers' fees, not funding"))),
    P(("Le Royaume-Uni a versé 5 millions d'euros par an pendant deux ans pour la sécurisation du port et du tunnel, tandis que l'Union européenne a accordé à la France une aide d'urgence de 5,2 millions d'euros.",
       F(5000000, "EUR", "GB", "FR", "disbursed", "securing the port and the tunnel", per_year=True, years=2,
         period_text="par an pendant deux ans",
         q="Le Royaume-Uni a versé 5 millions d'euros par an pendant deux ans pour la sécurisation du port et du tunnel"),
       F(5200000, "EUR", "European Commission", "FR", "disbursed", "emergency assistance for the situation in Calais",
         q="l'Union européenne a accordé à la France une aide d'urgence de 5,2 millions d'euros",
         conf="borderline", note="'a accordé' may be a grant decision (pledge) or a payment (decision D11)")),
      ("Le Défenseur des droits salue l'action des bénévoles et des associations présents sur le site.",
       N("commitments", "welcoming"))),
    "II. Les engagements recueillis",
    P(("Lors de leur audition, les services du ministère de l'Intérieur ont indiqué que 1~500 places d'hébergement seraient ouvertes d'ici la fin de l'hiver.",
       C("FR", "reception_welfare", "will", "d'ici la fin de l'hiver", "2016-02-29"),
       N("statistics", "planned places inside a commitment", q="1~500 places d'hébergement seraient ouvertes")),
      ("Le ministre a précisé que la mise à l'abri des mineurs isolés serait assurée par un dispositif spécifique avant le 31 décembre 2015.",
       C("FR", "reception_welfare", "will", "avant le 31 décembre 2015", "2015-12-31")),
      ("Une équipe de l'OFPRA se rendra chaque semaine sur le site pour informer les personnes sur la demande d'asile en France.",
       C("FR", "asylum", "will"))),
    P(("Les autorités britanniques se sont engagées à examiner dans un délai de deux mois les demandes de réunification familiale des mineurs présents à Calais.",
       C("GB", "asylum", "commit")),
      ("Selon le ministère, la France et le Royaume-Uni renforceront encore la sécurisation du site du tunnel sous la Manche, notamment par 4 km de clôtures supplémentaires.",
       C("GB;FR", "border_security", "will"),
       N("statistics", "a length inside a commitment's target", q="4 km de clôtures supplémentaires"))),
    "III. Les recommandations",
    P(("Le Défenseur des droits considère que la réponse sécuritaire ne saurait tenir lieu de politique d'accueil.",
       N("commitments", "a belief")),
      ("Les pouvoirs publics devraient garantir sans délai un accès à l'eau, à l'hygiène et aux soins conforme aux normes humanitaires.",
       C("FR", "reception_welfare", "should", conf="borderline",
         note="a recommendation by an independent authority (decision D6)")),
      ("Le Gouvernement devrait engager avec le Royaume-Uni une procédure accélérée de réunification familiale des mineurs.",
       C("FR", "asylum", "should", conf="borderline",
         note="a recommendation by an independent authority (decision D6)")),
      ("Le Défenseur des droits entend, pour sa part, poursuivre ses visites sur le site et en rendre compte au Parlement au printemps 2016.",
       C("FR", "governance", "intend", "au printemps 2016", "2016-05-31", conf="borderline",
         note="an independent French authority undertaking its own follow-up; actor FR (decision D2)"))),
    "Le Défenseur des droits, Bernard Audrin",
]
