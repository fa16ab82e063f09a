import lib
from lib import L, P, C, F, S, N, fr

lib.config(num="\u00a0")

DATE = "2015-09-04"
SLUG = "point-presse-hcr-geneve-calais-reponse-coordonnee"
GENRE = "point de presse d'une agence de l'ONU à Genève (résumé des déclarations du porte-parole, version française)"
TITLE = fr("Le HCR appelle à une réponse coordonnée face à la situation des réfugiés et migrants à Calais")
PLACE = "Geneva"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = ("the page header gives only the series name ('Points de presse'); date and place only inside the first "
          "body sentence, with the weekday ('de ce vendredi 4 septembre 2015 au Palais des Nations à Genève'), "
          "a place other than the one the text is about")
THIRD = "UNHCR (author and actor); European Commission (donor to UNHCR)"

LINES = [
    "HCR — Agence des Nations Unies pour les réfugiés",
    "Points de presse",
    TITLE,
    L("Voici un résumé des déclarations de la porte-parole du HCR, Ariane Kessler-Mbaye, lors du point de presse de ce vendredi 4 septembre 2015 au Palais des Nations à Genève.",
      N("statistics", "framing line with the briefing date")),
    P(("Le HCR est préoccupé par la dégradation des conditions de vie des quelque 3~500 réfugiés et migrants qui vivent actuellement dans le campement de la « Lande », à Calais.",
       S(3500, "people", "approximately", "refugees and migrants living in the Calais camp", "level", location="Calais")),
      ("Ils étaient environ 1~300 au début du mois de juin, ce qui signifie que leur nombre a presque triplé en trois mois.",
       S(1300, "people", "approximately", "refugees and migrants living in the Calais camp in early June", "level",
         period_text="au début du mois de juin", period_start="2015-06-01", period_end="2015-06-30", location="Calais"),
       S(3, "factor", "approximately", "refugees and migrants living in the Calais camp", "increase",
         period_text="en trois mois", location="Calais")),
      ("Selon nos équipes, près de 40 % sont originaires du Soudan et environ 20 % d'Érythrée.",
       S(40, "percent", "approximately", "share of camp residents from Sudan", "level", location="Calais"),
       S(20, "percent", "approximately", "share of camp residents from Eritrea", "level", location="Calais")),
      ("Chaque nuit, entre 150 et 200 personnes tentent de pénétrer sur le site d'Eurotunnel, selon la préfecture.",
       S(150, "attempts", "approximately", "nightly intrusion attempts on the Eurotunnel site (lower bound of a range)",
         "level", period_text="Chaque nuit", location="Coquelles", conf="borderline",
         note="range: each bound is a borderline row (D6)"),
       S(200, "attempts", "approximately", "nightly intrusion attempts on the Eurotunnel site (upper bound of a range)",
         "level", period_text="Chaque nuit", location="Coquelles", conf="borderline",
         note="range: each bound is a borderline row (D6)")),
      ("Depuis le 1er juin, neuf personnes ont perdu la vie en tentant de franchir la frontière, la plupart aux abords du tunnel sous la Manche.",
       S(9, "people", "exact", "deaths while trying to cross the border", "level", period_text="Depuis le 1er juin",
         period_start="2015-06-01", period_end="2015-09-04", location="Calais")),
      ("Les demandes d'asile déposées en France par des personnes présentes à Calais restent peu nombreuses : moins de 700 depuis janvier, selon les autorités françaises.",
       S(700, "people", "less_than", "asylum applications lodged in France by people in Calais", "level",
         period_text="depuis janvier", period_start="2015-01-01", period_end="2015-09-04", location="Calais"))),
    P(("« Personne ne devrait avoir à risquer sa vie pour trouver la sécurité », a déclaré la porte-parole.",
       N("all", "a quoted principle (devrait expresses a belief, not an undertaking)")),
      ("Le HCR renforcera d'ici la fin du mois sa présence sur place, avec une équipe permanente chargée d'informer les personnes sur l'accès à l'asile en France.",
       C("UNHCR", "information_campaigns", "will", "d'ici la fin du mois", "2015-09-30")),
      ("Il déploiera également deux conseillers de protection supplémentaires auprès de la préfecture du Pas-de-Calais.",
       C("UNHCR", "reception_welfare", "will")),
      ("Le HCR publiera avant la fin de l'année une évaluation des besoins de protection sur l'ensemble du littoral.",
       C("UNHCR", "governance", "will", "avant la fin de l'année", "2015-12-31")),
      ("Nous avons proposé aux autorités françaises et britanniques notre expertise pour l'identification des personnes vulnérables, notamment des mineurs non accompagnés.",
       N("commitments", "an offer already made"))),
    P(("Le HCR prend note de l'accord conclu le 20 août par les deux ministres de l'intérieur, qui sont convenus de renforcer la sécurisation du terminal de Coquelles et de démanteler les réseaux de passeurs.",
       C("GB;FR", "border_security", "agree")),
      ("Nous saluons l'annonce par la France de l'ouverture, d'ici janvier, d'un centre d'accueil de jour pouvant recevoir 1~500 personnes.",
       C("FR", "reception_welfare", "will", "d'ici janvier", "2016-01-31", conf="borderline",
         note="a French undertaking reported inside a welcome"),
       N("statistics", "capacity inside the welcomed undertaking", q="pouvant recevoir 1~500 personnes")),
      ("La France, a indiqué son ministre de l'intérieur, proposera systématiquement un hébergement aux personnes qui demandent l'asile.",
       C("FR", "asylum", "will")),
      ("Le gouvernement britannique a pour sa part indiqué qu'il contribuerait à hauteur de 10 millions d'euros (7 millions de livres) par an, pendant deux ans, à la sécurisation du site et à l'accueil des personnes vulnérables.",
       C("GB", "funding", "will"),
       F(10000000, "EUR", "GB", "FR", "pledge", "securing the site and reception of vulnerable people",
         alt_amount=7000000, alt_currency="GBP", per_year=True, years=2, period_text="par an, pendant deux ans")),
      ("Londres a également annoncé qu'il accélérerait l'examen des demandes de transfert des mineurs ayant un parent au Royaume-Uni.",
       C("GB", "asylum", "will"))),
    P(("Le HCR appelle les deux gouvernements à ouvrir davantage de voies légales, y compris le regroupement familial prévu par le règlement de Dublin.",
       N("commitments", "a call on governments, not an undertaking")),
      ("La Commission européenne a versé au HCR une contribution de 600~000 dollars pour ses activités dans le nord de la France cette année.",
       F(600000, "USD", "European Commission", "UNHCR", "disbursed", "UNHCR activities in northern France",
         period_text="cette année", period_start="2015-01-01", period_end="2015-12-31")),
      ("Le HCR continuera de travailler avec les autorités des deux pays et les associations locales.",
       C("UNHCR", "eu_international", "will")),
      ("Le HCR rappelle que la solution ne saurait être uniquement sécuritaire.",
       N("all", "a belief"))),
    L("Pour plus d'informations : à Paris, Céline Ropartz, +33 6 12 48 90 17 ; à Genève, Ariane Kessler-Mbaye, +41 79 557 02 33",
      N("all", "telephone numbers")),
]
