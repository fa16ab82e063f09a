import lib
from lib import L, P, C, F, S, N, fr

lib.config(num="\u00a0")

DATE = "2002-12-05"
SLUG = "depeche-agence-sangatte-accord-londres-paris"
GENRE = "dépêche d'agence de presse (fil d'information : mots-clés, titre, attaque datée, code de transmission)"
TITLE = fr("Sangatte : Londres et Paris s'accordent sur l'après-fermeture du centre")
PLACE = "London"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = ("date and place only in the wire dateline that opens the first sentence, with an abbreviated month "
          "('LONDRES, 5 déc 2002 (ANLP) -'); a transmission code with a time and a two-digit year closes the text")
THIRD = "— (IOM named as implementing body, not acting)"

LINES = [
    "ANLP - Agence Nord-Littoral Presse",
    "FIL GÉNÉRAL - POLITIQUE / SOCIÉTÉ",
    "Mots-clés : immigration, Sangatte, Royaume-Uni, France, asile",
    TITLE,
    P(("LONDRES, 5 déc 2002 (ANLP) - Les ministres de l'Intérieur britannique et français sont convenus jeudi à Londres de fermer définitivement le centre d'hébergement de Sangatte d'ici au 30 décembre, a-t-on appris de source officielle.",
       C("GB;FR", "reception_welfare", "agree", "d'ici au 30 décembre", "2002-12-30"),
       N("statistics", "dateline date", q="5 déc 2002")),
      ("Le centre avait été ouvert en septembre 1999 dans un ancien hangar d'Eurotunnel, à quelques kilomètres de l'entrée du tunnel.",
       N("all", "background: an opening date and a vague distance")),
      ("Selon le ministère britannique, il héberge encore près de 1~450 personnes, contre quelque 1~900 au mois de juillet.",
       S(1450, "people", "approximately", "people still housed at the Sangatte centre", "level", location="Sangatte"),
       S(1900, "people", "approximately", "people housed at the Sangatte centre in July", "level",
         period_text="au mois de juillet", period_start="2002-07-01", period_end="2002-07-31", location="Sangatte"))),
    P(("Aux termes de l'accord, le Royaume-Uni accueillera d'ici la fin du mois les occupants du centre qui ont des attaches familiales outre-Manche, soit environ 1~000 personnes.",
       C("GB", "asylum", "will", "d'ici la fin du mois", "2002-12-31"),
       N("statistics", "number inside the commitment's target", q="soit environ 1~000 personnes")),
      ("La France proposera aux autres un titre de séjour ou une aide au retour volontaire.",
       C("FR", "returns", "will")),
      ("Londres s'est en outre engagé à modifier sa législation pour permettre le refoulement plus rapide des demandeurs d'asile venant de pays jugés sûrs, a précisé le ministre britannique devant la presse.",
       C("GB", "asylum", "commit"))),
    P(("Les deux gouvernements renforceront par ailleurs les contrôles au terminal fret de Coquelles, où des scanners à rayons X supplémentaires seront installés dès janvier.",
       C("GB;FR", "border_security", "will", "dès janvier", "2003-01-31")),
      ("Depuis le début de l'année, Eurotunnel affirme avoir intercepté plus de 18~000 personnes sur son site, soit une baisse de 60 % par rapport à 2001.",
       S(18000, "attempts", "more_than", "intrusions intercepted on the Eurotunnel site", "level",
         period_text="Depuis le début de l'année", period_start="2002-01-01", period_end="2002-12-05", location="Coquelles"),
       S(60, "percent", "exact", "intrusions intercepted on the Eurotunnel site, 2002 against 2001", "decrease",
         location="Coquelles")),
      ("Le nombre de demandes d'asile déposées au Royaume-Uni a, lui, plus que doublé en trois ans, selon le Home Office.",
       S(2, "factor", "more_than", "asylum applications lodged in the UK", "increase", period_text="en trois ans"))),
    P(("« Nous ne laisserons pas se reconstituer un autre Sangatte sur la côte », a déclaré le ministre français.",
       C("FR", "border_security", "will", conf="borderline",
         note="rhetorical negative pledge in a quotation; no concrete action")),
      ("Il a annoncé que 300 policiers et gendarmes supplémentaires resteraient affectés au Calaisis jusqu'à la fin du mois de mars.",
       C("FR", "border_security", "will", "jusqu'à la fin du mois de mars", "2003-03-31"),
       N("statistics", "number inside the commitment's target", q="300 policiers et gendarmes supplémentaires")),
      ("Une quarantaine de passeurs ont été interpellés dans le secteur depuis l'été, selon la préfecture du Pas-de-Calais.",
       S(40, "people", "approximately", "smugglers arrested", "level", period_text="depuis l'été",
         period_start="2002-06-01", period_end="2002-12-05", location="Pas-de-Calais"))),
    P(("Le Royaume-Uni versera à la Croix-Rouge française une contribution de 2,5 millions d'euros (environ 1,6 million de livres) pour couvrir les derniers mois de fonctionnement du centre, a-t-on indiqué de même source.",
       C("GB", "funding", "will"),
       F(2500000, "EUR", "GB", "Croix-Rouge française", "pledge", "running costs of the Sangatte centre until closure",
         alt_amount=1600000, alt_currency="GBP")),
      ("Le Royaume-Uni apportera en outre 3 millions d'euros et la France 2 millions d'euros à un programme commun d'aide au retour volontaire vers l'Afghanistan, mis en œuvre avec l'OIM.",
       C("GB;FR", "funding", "will"),
       F(3000000, "EUR", "GB", "IOM", "pledge", "joint assisted voluntary return programme to Afghanistan"),
       F(2000000, "EUR", "FR", "IOM", "pledge", "joint assisted voluntary return programme to Afghanistan")),
      ("Depuis son ouverture, l'État français a consacré plus de 40 millions d'euros au fonctionnement de Sangatte.",
       N("funding", "France's own past running costs of its own centre, not money given to the cooperation"))),
    P(("Les deux ministres se retrouveront en février à Paris pour dresser un premier bilan.",
       C("GB;FR", "governance", "will", "en février", "2003-02-28")),
      ("Le ministre britannique a remercié la France pour sa « coopération exemplaire » dans ce dossier.",
       N("all", "thanks"))),
    P(("Les associations humanitaires, qui estiment à 200 le nombre de nouveaux arrivants chaque semaine dans le Calaisis, redoutent de voir les migrants dormir dehors cet hiver.",
       S(200, "people", "approximately", "new arrivals per week estimated by humanitarian associations", "level",
         period_text="chaque semaine", location="Calaisis")),
      ("Le passage clandestin vers l'Angleterre se négocie jusqu'à 5~000 euros, selon les enquêteurs.",
       N("funding;statistics", "smugglers' price"))),
    "(Par Jean-Marc DUVERNOY)",
    L("ANLP 051742 DEC 02",
      N("all", "transmission code with time and year")),
]
