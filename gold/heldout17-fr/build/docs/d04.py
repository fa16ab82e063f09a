import lib
from lib import L, P, C, F, S, N, fr

DATE = "2011-04-14"
SLUG = "lettre-commune-france-belgique-commission-ports-mer-du-nord"
GENRE = "lettre commune de deux ministres à un membre de la Commission européenne"
TITLE = fr("Lettre commune des ministres de l'Intérieur de la République française et du Royaume de Belgique à la Commissaire européenne chargée des affaires intérieures")
PLACE = "Brussels"
PARTIES = "FR;BE"
DOC_TYPE = "other"
STRESS = "date and place only at the end, in the line above the signatures"

LINES = [
    "Lettre commune des ministres de l'Intérieur de la République française et du Royaume de Belgique à la Commissaire européenne chargée des affaires intérieures",
    "Objet : pression migratoire sur les ports de la mer du Nord",
    "Madame la Commissaire,",
    P("Nous souhaitons appeler votre attention sur l'évolution de la pression migratoire sur les ports de la mer du Nord.",
      ("Entre janvier et mars 2011, la police fédérale belge a intercepté 1~270 migrants dans l'enceinte du port de Zeebrugge, soit trois fois plus qu'à la même période de 2010.",
       S(1270, "attempts", "exact", "migrants intercepted in the port", "level", period_text="Entre janvier et mars 2011",
         period_start="2011-01-01", period_end="2011-03-31", location="Zeebrugge"),
       S(3, "factor", "exact", "migrants intercepted in the port", "increase", location="Zeebrugge")),
      ("Dans le Calaisis, les interpellations ont dans le même temps reculé de 22 %.",
       S(22, "percent", "exact", "apprehensions", "decrease", location="Calaisis")),
      ("Environ 40 % des personnes interceptées à Zeebrugge avaient auparavant séjourné à Calais ou à Dunkerque, et plus de 300 d'entre elles se déclaraient mineures.",
       S(40, "percent", "approximately", "share of people intercepted who had stayed in Calais or Dunkirk", "level",
         location="Zeebrugge"),
       S(300, "people", "more_than", "intercepted people declaring themselves minors", "level", location="Zeebrugge")),
      ("Le nombre de passeurs condamnés par le tribunal de Bruges est passé de 9 à 26 en un an.",
       S(26, "people", "exact", "smugglers convicted by the Bruges court", "increase", period_text="en un an", location="Bruges"),
       S(9, "people", "exact", "smugglers convicted by the Bruges court", "level", location="Bruges"))),
    P(("Le Fonds pour les frontières extérieures a déjà cofinancé à hauteur de 1,3 million d'euros les équipements de détection de Zeebrugge.",
       F(1300000, "EUR", "European Commission", "BE", "disbursed", "detection equipment at Zeebrugge")),
      ("De son côté, la France a consacré 900~000 euros à l'équipement des ports de la Côte d'Opale en caméras thermiques.",
       N("funding", "France's own spending on its own ports"))),
    "Face à cette situation, nos deux gouvernements ont arrêté les mesures suivantes.",
    P(("Nous avons décidé de créer une équipe commune d'enquête franco-belge, qui sera opérationnelle d'ici au 30 juin 2011.",
       C("FR;BE", "policing_intelligence", "agree", "d'ici au 30 juin 2011", "2011-06-30")),
      ("La Belgique déploiera 35 agents supplémentaires de la police de la navigation dans les ports de Zeebrugge et d'Ostende, et la France détachera deux officiers de liaison auprès de la police fédérale à Bruges.",
       C("BE", "border_security", "will", q="La Belgique déploiera 35 agents supplémentaires de la police de la navigation dans les ports de Zeebrugge et d'Ostende"),
       C("FR", "policing_intelligence", "will", q="la France détachera deux officiers de liaison auprès de la police fédérale à Bruges"),
       N("statistics", "numbers inside commitments", q="35 agents supplémentaires")),
      ("Les patrouilles mixtes sur le littoral, de Dunkerque à La Panne, seront portées à quatre par semaine dès le mois de mai.",
       C("FR;BE", "border_security", "will", "dès le mois de mai", "2011-05-31"),
       N("statistics", "target frequency", q="quatre par semaine"))),
    P(("La Belgique contribuera à hauteur de 250~000 euros par an, pendant deux ans, au fonctionnement du centre de coopération policière et douanière de Tournai.",
       C("BE", "funding", "will"),
       F(250000, "EUR", "BE", "Tournai police and customs cooperation centre", "pledge",
         "running costs of the Tournai police and customs cooperation centre", per_year=True, years=2,
         period_text="pendant deux ans")),
      ("L'Office des étrangers organisera, avec le soutien de l'Organisation internationale pour les migrations, des retours volontaires vers les pays d'origine.",
       C("BE", "returns", "will", note="Office des étrangers is a Belgian agency")),
      ("La France ouvrira à Dunkerque une permanence d'information sur l'asile en anglais et en néerlandais.",
       C("FR", "asylum", "will")),
      ("Nous nous engageons enfin à transmettre chaque trimestre à Europol les données relatives aux filières identifiées.",
       C("FR;BE", "policing_intelligence", "commit"))),
    P(("Nous vous demandons de mobiliser en urgence 5 millions d'euros au titre de l'article 78, paragraphe 3, du traité sur le fonctionnement de l'Union européenne.",
       N("all", "a request to the Commission: requested money is not funding; article number")),
      ("Nous soutenons l'adoption rapide du règlement renforçant le mandat de Frontex.",
       C("FR;BE", "eu_international", "support")),
      ("Nous entendons également associer le Royaume-Uni à nos travaux, lors d'une réunion tripartite d'ici l'automne.",
       C("FR;BE", "eu_international", "intend", "d'ici l'automne", "2011-11-30",
         note="autumn resolved to its meteorological end; the UK is invited, not a party"))),
    P(("Nous nous félicitons de la mission d'évaluation conduite par Frontex en février.",
       N("commitments", "welcoming a past event")),
      ("Nous sommes convaincus que seule une réponse européenne permettra de tarir ces flux.",
       N("commitments", "belief"))),
    "Nous vous prions d'agréer, Madame la Commissaire, l'expression de notre haute considération.",
    "Fait à Bruxelles, le 14 avril 2011",
    "Étienne Marchal, ministre de l'Intérieur, de l'Outre-mer, des Collectivités territoriales et de l'Immigration (France)",
    "Annemie Verbeke, ministre de l'Intérieur (Belgique)",
]
