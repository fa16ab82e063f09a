import lib
from lib import L, P, C, F, S, N, fr

lib.config(num=".")

DATE = "2017-11-08"
SLUG = "etude-impact-projet-loi-accord-france-irlande-liaisons-maritimes"
GENRE = "étude d'impact d'un projet de loi autorisant l'approbation d'un accord bilatéral (situation de référence, objectifs, conséquences, état des procédures)"
TITLE = fr("Projet de loi autorisant l'approbation de l'accord entre le Gouvernement de la République française et "
           "le Gouvernement de l'Irlande relatif à la coopération en matière de contrôle des flux migratoires sur "
           "les liaisons maritimes entre les deux États — Étude d'impact")
PLACE = "Paris"
PARTIES = "FR;IE"
DOC_TYPE = "other"
STRESS = ("NOR block at the top; the document's date only in a numeric 'Date de dépôt : 08/11/2017' field; the "
          "agreement's earlier signature date and place (Dublin, 12 June 2017) appear only in the body")
THIRD = "Ireland (party, actor, donor); European Union (donor: Internal Security Fund); UK named (Common Travel Area), not a party"

LINES = [
    "RÉPUBLIQUE FRANÇAISE",
    "Ministère de l'Europe et des affaires étrangères",
    "Projet de loi autorisant l'approbation de l'accord entre le Gouvernement de la République française et le Gouvernement de l'Irlande relatif à la coopération en matière de contrôle des flux migratoires sur les liaisons maritimes entre les deux États",
    L("NOR : EAEJ1731544L/Bleue-1",
      N("all", "NOR reference")),
    L("Date de dépôt : 08/11/2017",
      N("all", "deposit date")),
    "ÉTUDE D'IMPACT",
    "I. Situation de référence",
    P("Depuis le renforcement des contrôles dans les ports du Calaisis et du Dunkerquois, une partie des migrants cherchant à rejoindre le Royaume-Uni tente de passer par l'Irlande, qui forme avec celui-ci une zone de voyage commune.",
      ("Le trafic sur les liaisons entre Cherbourg, Roscoff et les ports irlandais a atteint 1,1 million de passagers en 2016.",
       S(1100000, "people", "exact", "passengers on the France-Ireland ferry routes", "level", period_text="en 2016",
         period_start="2016-01-01", period_end="2016-12-31", location="Cherbourg; Roscoff")),
      ("Les services de la police aux frontières ont découvert 412 personnes dissimulées dans des véhicules embarquant à Cherbourg et à Roscoff en 2016, contre 57 en 2014.",
       S(412, "attempts", "exact", "people found hidden in vehicles boarding for Ireland", "level", period_text="en 2016",
         period_start="2016-01-01", period_end="2016-12-31", location="Cherbourg; Roscoff"),
       S(57, "attempts", "exact", "people found hidden in vehicles boarding for Ireland", "level", period_text="en 2014",
         period_start="2014-01-01", period_end="2014-12-31", location="Cherbourg; Roscoff")),
      ("Sur les huit premiers mois de 2017, ce chiffre atteint déjà 389.",
       S(389, "attempts", "exact", "people found hidden in vehicles boarding for Ireland", "level",
         period_text="Sur les huit premiers mois de 2017", period_start="2017-01-01", period_end="2017-08-31",
         location="Cherbourg; Roscoff")),
      ("Plus de 80 % des personnes découvertes se déclaraient de nationalité albanaise ou vietnamienne.",
       S(80, "percent", "more_than", "share of people found who declared Albanian or Vietnamese nationality", "level")),
      ("Les autorités irlandaises indiquent avoir constaté l'arrivée de près de 300 personnes en situation irrégulière à Rosslare en 2016, soit quatre fois plus que deux ans plus tôt.",
       S(300, "people", "approximately", "irregular arrivals at Rosslare", "level", period_text="en 2016",
         period_start="2016-01-01", period_end="2016-12-31", location="Rosslare"),
       S(4, "factor", "exact", "irregular arrivals at Rosslare, 2016 against 2014", "increase", location="Rosslare")),
      "Aucun cadre juridique bilatéral ne permet aujourd'hui la présence d'agents irlandais dans les ports français."),
    "II. Objectifs de l'accord",
    P(("L'accord, signé à Dublin le 12 juin 2017, poursuit trois objectifs.",
       N("statistics", "signature date and a count of the agreement's own objectives")),
      ("Aux termes de son article 2, les Parties échangent en temps réel les informations relatives aux filières d'immigration irrégulière utilisant les liaisons maritimes.",
       C("FR;IE", "policing_intelligence", "will")),
      ("L'article 3 prévoit que chaque Partie peut détacher des officiers de liaison dans les ports de l'autre Partie.",
       N("commitments", "a permission (peut), not an obligation")),
      ("L'article 4 engage la France à mettre à disposition des agents irlandais, à Cherbourg et à Roscoff, des locaux et des moyens de contrôle.",
       C("FR", "border_security", "commit")),
      ("En vertu de l'article 5, l'Irlande prend en charge les frais de séjour de ses agents et participe au financement des équipements de détection dans la limite de 400.000 euros.",
       C("IE", "funding", "will"),
       F(400000, "EUR", "IE", "FR", "pledge", "detection equipment in the French ports", note="a ceiling on a pledged contribution is recorded as a pledge of that amount (D5)")),
      ("L'article 6 institue un comité mixte qui se réunit au moins une fois par an.",
       C("FR;IE", "governance", "will")),
      ("Les deux Parties s'engagent, à l'article 7, à mener des campagnes d'information communes à destination des migrants présents sur le littoral normand et breton.",
       C("FR;IE", "information_campaigns", "commit")),
      ("Dès son entrée en vigueur, l'accord sera complété par un arrangement technique fixant les modalités des patrouilles communes.",
       C("FR;IE", "legal_framework", "will"))),
    "III. Conséquences estimées",
    P("a) Conséquences financières.",
      ("Pour la partie française, le coût de l'aménagement des locaux est estimé à 250.000 euros, imputés sur le programme 176 « Police nationale ».",
       N("funding;statistics", "France's own cost on its own budget programme")),
      ("La France a obtenu un cofinancement de l'Union européenne au titre du Fonds pour la sécurité intérieure, à hauteur de 75 % des dépenses éligibles, soit 1,2 million d'euros sur la période 2018-2020.",
       F(1200000, "EUR", "European Union", "FR", "pledge", "port controls under the agreement (Internal Security Fund)",
         period_text="sur la période 2018-2020", period_start="2018-01-01", period_end="2020-12-31"),
       N("statistics", "a co-financing rate", q="à hauteur de 75 % des dépenses éligibles"))),
    P("b) Conséquences administratives.",
      ("Le ministère de l'intérieur affectera quatre fonctionnaires supplémentaires de la police aux frontières au port de Roscoff à compter de 2018.",
       C("FR", "border_security", "will")),
      ("La police aux frontières formera d'ici l'été 2018 les personnels des compagnies maritimes à la détection des passagers clandestins.",
       C("FR", "border_security", "will", "d'ici l'été 2018", "2018-08-31")),
      ("Le Gouvernement estime que le dispositif devrait permettre de réduire d'au moins 30 % le nombre de tentatives de passage par ces liaisons.",
       N("commitments;statistics", "a forecast, neither an undertaking nor a figure about the world"))),
    P("c) Conséquences juridiques.",
      ("L'accord n'appelle aucune modification du droit interne.",
       N("commitments", "a statement of legal consequence"))),
    "IV. État des procédures",
    P(("La partie irlandaise a notifié l'accomplissement de ses procédures internes le 3 octobre 2017.",
       N("statistics", "notification date"))),
]
