from ann import C, F, S, N
META = dict(file="2011-06-22_h13-releve-franco-italien.txt",
    title="Relevé de conclusions de la réunion du comité mixte franco-italien sur la frontière des Alpes-Maritimes",
    dateline="Rome, Palazzo del Viminale, 22 juin 2011", doc_date="2011-06-22", parties="FR;IT", doc_type="other", place="Rome")
BODY = [
 [("Délégation française conduite par le directeur central de la police aux frontières ; délégation italienne conduite par le chef du département de la sécurité publique.", [N("all", "header: composition of delegations")])],
 ["1. CONSTATS PARTAGÉS"],
 [("Depuis le début de l'année, les services français ont procédé à 11.400 interpellations d'étrangers en situation irrégulière dans le département des Alpes-Maritimes, soit près de trois fois plus qu'au premier semestre 2010.", [
    S(11400, "people", "exact", "arrests of irregular migrants in the Alpes-Maritimes", "level", "depuis le début de l'année", "2011-01-01", "2011-06-22", "Alpes-Maritimes", note="'11.400' with full stop as thousands separator"),
    S(3, "factor", "approximately", "arrests of irregular migrants in the Alpes-Maritimes compared with the first half of 2010", "increase", "premier semestre 2010", "2010-01-01", "2010-06-30", "Alpes-Maritimes", note="'près de trois fois plus' -> factor 3, approximately")])],
 [("Parmi elles, 8.950 personnes ont été remises aux autorités italiennes en application de l'accord de Chambéry de 1997, dont 62 % de ressortissants tunisiens.", [
    S(8950, "people", "exact", "people handed over to the Italian authorities under the Chambéry agreement", "level", loc="Vintimille / Menton border"),
    S(62, "percent", "exact", "share of Tunisian nationals among people handed over", "level")]),
  ("La partie italienne a indiqué que les arrivées par la mer à Lampedusa ont dépassé 24 000 personnes depuis janvier.", [S(24000, "people", "more_than", "sea arrivals at Lampedusa", "level", "depuis janvier", "2011-01-01", "2011-06-22", "Lampedusa", note="'ont dépassé' -> more_than")])],
 [("Le coût d'une journée d'hébergement en centre d'accueil est évalué par Rome à 46 euros par personne.", [N("all", "unit cost: money that is not funding")])],
 ["2. DÉCISIONS"],
 [("Les deux délégations sont convenues des mesures suivantes :", [C("FR;IT", "policing_intelligence", "agree", conf="borderline", note="lead-in with cue; two parties -> FR;IT")])],
 [("a) les patrouilles mixtes franco-italiennes entre Vintimille et Menton seront portées de deux à six par semaine à compter du 1er juillet 2011 ;", [C("FR;IT", "border_security", "will", "à compter du 1er juillet 2011", "2011-07-01", note="start date resolved to the day; target figures not statistics"), N("statistics", "figures inside a commitment's target")])],
 [("b) le centre de coopération policière et douanière de Vintimille sera renforcé par deux officiers de liaison italiens supplémentaires avant la fin de l'été ;", [C("IT", "policing_intelligence", "will", "avant la fin de l'été", "2011-08-31", note="the officers are Italian -> IT; liaison officers -> policing")])],
 [("c) les autorités françaises notifieront les remises aux autorités italiennes au moins vingt-quatre heures à l'avance, sauf urgence ;", [C("FR", "returns", "will", note="readmission procedure under bilateral agreement -> returns")])],
 [("d) une enquête commune sera ouverte, sous l'égide d'Eurojust, sur les réseaux qui organisent les trajets en voiture entre Vintimille et Nice.", [C("FR;IT", "policing_intelligence", "will", note="joint investigation: policing, not border surveillance")])],
 [("Le Viminale s'engage en outre à améliorer l'accueil des mineurs non accompagnés à Vintimille, notamment par l'ouverture d'une structure de 80 places d'ici le 30 septembre 2011.", [C("IT", "reception_welfare", "commit", "d'ici le 30 septembre 2011", "2011-09-30", note="Viminale = Italian interior ministry (metonym) -> IT"), N("statistics", "80 places is a target inside a commitment")])],
 [("La France soutient la demande italienne de déploiement d'une opération conjointe de Frontex en Méditerranée centrale et plaidera en ce sens lors du prochain Conseil Justice et affaires intérieures.", [C("FR", "eu_international", "support", "lors du prochain Conseil Justice et affaires intérieures", note="relative anchor: no date")])],
 [("Les deux pays entendent proposer à la Tunisie un programme conjoint de réinsertion pour les migrants qui acceptent un retour volontaire.", [C("FR;IT", "returns", "intend", note="reintegration of voluntary returnees -> returns, not upstream")]),
  ("Ils conviennent également d'appuyer des projets de création d'emplois dans les gouvernorats du sud tunisien, d'où partent de nombreux jeunes.", [C("FR;IT", "upstream_cooperation", "agree")])],
 ["3. FINANCEMENT"],
 [("Le budget de fonctionnement du centre de coopération policière et douanière de Vintimille s'élève à 1,1 million d'euros par an, à parts égales entre les deux pays.", [N("all", "operating budget of a body described: not funding, not a statistic")])],
 [("La Commission européenne a versé au projet de réinsertion une première tranche de 1,5 million d'euros, à laquelle la France ajoutera 500 000 euros en 2012.", [
    F(1500000, "EUR", "European Commission", "FR;IT reintegration project", "disbursed", "reintegration project for returnees to Tunisia", pt="", note="EU contribution already paid"),
    F(500000, "EUR", "FR", "FR;IT reintegration project", "pledge", "reintegration project for returnees to Tunisia", pt="en 2012", ps="2012-01-01", pe="2012-12-31"),
    C("FR", "funding", "will", "en 2012", "2012-12-31", conf="borderline", note="commitment in the second half of a sentence that also reports a past payment")])],
 [("Les amendes prononcées contre des transporteurs pour défaut de contrôle des documents ont atteint 310 000 euros depuis janvier.", [N("all", "fines are not funding; money is not a statistic")])],
 ["4. SUIVI"],
 [("Le comité mixte se réunira de nouveau à Nice à l'automne et évaluera alors l'application de ces conclusions.", [C("FR;IT", "governance", "will", "à l'automne", "2011-11-30", note="autumn resolved to its meteorological end")])],
 [("Les chiffres cités ci-dessus proviennent des services de police des deux pays et n'ont pas été consolidés.", [N("all", "source note")])],
]
from ann import insert_after
insert_after(BODY, "Parmi elles, 8.950", [("Le nombre de mineurs non accompagnés pris en charge à Vintimille a augmenté de 70 % en un an, pour atteindre environ 300.", [
    S(70, "percent", "exact", "unaccompanied minors cared for in Ventimiglia", "increase", "en un an", loc="Vintimille"),
    S(300, "people", "approximately", "unaccompanied minors cared for in Ventimiglia", "level", loc="Vintimille")])])
