import lib
from lib import L, P, C, F, S, N, fr

lib.config(num="\u202f")

DATE = "2006-06-22"
SLUG = "rapport-annuel-cig-tunnel-manche-2005-surete"
GENRE = "rapport annuel d'une commission intergouvernementale binationale (extrait : sûreté et immigration clandestine)"
TITLE = fr("Commission intergouvernementale du tunnel sous la Manche — Rapport annuel 2005")
PLACE = "London"
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = ("bilingual masthead with the English name of the body first; the reporting year (2005) in the title; "
          "the document's date and place only in the approval line at the very end")
THIRD = "— (binational Commission acts for both governments; Eurotunnel named, not a party)"

LINES = [
    "Channel Tunnel Intergovernmental Commission",
    "Commission intergouvernementale du tunnel sous la Manche",
    L("Rapport annuel 2005",
      N("statistics", "reporting-year label")),
    "(extrait)",
    "Chapitre 4 — Sûreté et lutte contre l'immigration clandestine",
    P(("4.1 En 2005, les services de contrôle ont détecté 9~870 personnes tentant de gagner clandestinement le Royaume-Uni par le tunnel, contre 11~240 en 2004.",
       S(9870, "attempts", "exact", "clandestine entry attempts detected at the Channel Tunnel", "level",
         period_text="En 2005", period_start="2005-01-01", period_end="2005-12-31", location="tunnel sous la Manche"),
       S(11240, "attempts", "exact", "clandestine entry attempts detected at the Channel Tunnel", "level",
         period_text="en 2004", period_start="2004-01-01", period_end="2004-12-31", location="tunnel sous la Manche")),
      ("La baisse, de l'ordre de 12 %, est principalement observée au terminal fret de Coquelles.",
       S(12, "percent", "approximately", "clandestine entry attempts detected, 2005 against 2004", "decrease",
         location="Coquelles"))),
    P(("4.2 Le nombre de clandestins découverts à bord des navettes fret à l'arrivée à Folkestone est resté inférieur à 150 sur l'ensemble de l'année.",
       S(150, "people", "less_than", "clandestine entrants found on freight shuttles on arrival", "level",
         period_text="sur l'ensemble de l'année", period_start="2005-01-01", period_end="2005-12-31",
         location="Folkestone")),
      ("Les détecteurs de battements cardiaques et de dioxyde de carbone équipent désormais l'ensemble des voies d'inspection, et leur nombre a doublé depuis 2003.",
       S(2, "factor", "exact", "heartbeat and carbon dioxide detectors", "increase", period_text="depuis 2003",
         period_start="2003-01-01", period_end="2005-12-31")),
      ("Selon la police aux frontières, 312 passeurs ont été interpellés dans le Calaisis en 2005, soit près de deux fois plus qu'en 2004.",
       S(312, "people", "exact", "smugglers arrested", "level", period_text="en 2005", period_start="2005-01-01",
         period_end="2005-12-31", location="Calaisis"),
       S(2, "factor", "approximately", "smugglers arrested, 2005 against 2004", "increase", location="Calaisis"))),
    P(("4.3 La Commission s'est réunie six fois en 2005 et son Comité de sécurité à neuf reprises.",
       N("statistics", "the Commission's own meetings")),
      ("Le budget de fonctionnement de la Commission s'est élevé à 780~000 euros, partagé à parts égales entre les deux États.",
       N("funding;statistics", "the body's own running costs")),
      ("Eurotunnel indique avoir consacré 4,5 millions d'euros en 2005 à la sûreté de son terminal.",
       N("funding", "a company's own spending, not money given by a party"))),
    P(("4.4 Le Gouvernement français a confirmé que les patrouilles de la police aux frontières sur le périmètre du terminal seraient maintenues de jour comme de nuit.",
       C("FR", "border_security", "will"))),
    L("4.5 Pour 2006, les deux Gouvernements sont convenus, sur proposition de la Commission, des priorités suivantes :",
      N("commitments", "bare lead-in; its items are the rows")),
    L("- l'installation, avant la fin de l'été, d'un second portique de détection par rayons gamma au terminal fret de Coquelles ;",
      C("GB;FR", "border_security", "agree", "avant la fin de l'été", "2006-08-31")),
    L("- la mise en place d'un échange quotidien de données entre la police aux frontières et le service d'immigration britannique sur les tentatives détectées ;",
      C("GB;FR", "policing_intelligence", "agree")),
    L("- le renforcement des effectifs britanniques de contrôle à Coquelles, portés à 120 agents d'ici décembre ;",
      C("GB", "border_security", "agree", "d'ici décembre", "2006-12-31"),
      N("statistics", "number inside the commitment's target", q="portés à 120 agents")),
    L("- une campagne d'information, en plusieurs langues, à destination des migrants présents dans le Calaisis sur les dangers de l'intrusion sur le site ;",
      C("GB;FR", "information_campaigns", "agree")),
    L("- la révision de l'arrangement relatif aux mineurs découverts sur le site, en liaison avec le département du Pas-de-Calais.",
      C("GB;FR", "reception_welfare", "agree")),
    P(("4.6 Le Gouvernement britannique financera à hauteur de 3 millions de livres (environ 4,4 millions d'euros) les équipements prévus au premier tiret, la France prenant en charge les travaux de génie civil pour un montant estimé à 1,2 million d'euros.",
       C("GB;FR", "funding", "will"),
       F(3000000, "GBP", "GB", "FR", "pledge", "gamma-ray detection portal at the Coquelles freight terminal",
         alt_amount=4400000, alt_currency="EUR"),
       F(1200000, "EUR", "FR", "FR", "pledge", "civil engineering works for the detection portal",
         conf="borderline", note="estimated cost that France takes on for the joint equipment; a pledge or its own spending")),
      ("Si les essais sont concluants, le portique sera étendu au terminal passagers en 2007.",
       C("GB;FR", "border_security", "will", "en 2007", "2007-12-31"))),
    P(("4.7 La Commission souhaite que les deux Gouvernements examinent la possibilité d'étendre les contrôles juxtaposés à la gare de Lille-Europe.",
       N("commitments", "a wish addressed to the governments"))),
    P(("4.8 La Commission continuera de rendre compte chaque trimestre aux deux Gouvernements de l'évolution de la situation.",
       C("GB;FR", "governance", "will")),
      ("Son Comité de sécurité se réunira désormais tous les mois.",
       C("GB;FR", "governance", "will"))),
    P(("4.9 La Commission tient à saluer le professionnalisme des agents des deux pays.",
       N("all", "tribute"))),
    L("Approuvé par la Commission lors de sa séance plénière tenue à Londres le 22 juin 2006.",
      N("statistics", "approval date")),
]
