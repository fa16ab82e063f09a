import lib
from lib import L, P, C, F, S, N, fr

lib.config(num="\u00a0")

DATE = "2009-03-31"
SLUG = "declaration-franco-allemande-migrations-frontieres-exterieures"
GENRE = "déclaration franco-allemande (conseil des ministres franco-allemand)"
TITLE = fr("Déclaration franco-allemande sur la maîtrise des migrations et la protection des frontières extérieures")
PLACE = "Berlin"
PARTIES = "FR;DE"
DOC_TYPE = "declaration"
STRESS = "date written only in words, in the closing line ('le trente et un mars deux mille neuf')"

LINES = [
    "Déclaration franco-allemande sur la maîtrise des migrations et la protection des frontières extérieures",
    P(("Réunis à l'occasion du onzième Conseil des ministres franco-allemand, le ministre français de l'Immigration, de l'Intégration, de l'Identité nationale et du Développement solidaire et le ministre fédéral allemand de l'Intérieur ont adopté la présente déclaration.",
       N("all", "meeting report; 'onzième' is a sequence number", q="Réunis à l'occasion du onzième Conseil des ministres franco-allemand")),
      ("Ils considèrent que la maîtrise des flux migratoires ne peut être assurée par un État seul.",
       N("commitments", "belief, not an undertaking"))),
    P(("En 2008, les États membres de l'Union européenne ont enregistré quelque 240 000 demandes d'asile ; l'Allemagne en a reçu 28 000 et la France 42 000.",
       S(240000, "people", "approximately", "asylum applications registered in EU member states", "level",
         period_text="En 2008", period_start="2008-01-01", period_end="2008-12-31", location="European Union"),
       S(28000, "people", "exact", "asylum applications received", "level",
         period_text="En 2008", period_start="2008-01-01", period_end="2008-12-31", location="Germany"),
       S(42000, "people", "exact", "asylum applications received", "level",
         period_text="En 2008", period_start="2008-01-01", period_end="2008-12-31", location="France")),
      ("La même année, Frontex a coordonné 14 opérations conjointes en mer, et plus de 1 200 personnes ont été éloignées au moyen de 23 vols groupés.",
       S(14, "other", "exact", "joint sea operations coordinated by Frontex", "level",
         period_text="La même année", period_start="2008-01-01", period_end="2008-12-31"),
       S(1200, "people", "more_than", "people removed on charter flights", "level",
         period_text="La même année", period_start="2008-01-01", period_end="2008-12-31"),
       S(23, "other", "exact", "joint charter return flights", "level",
         period_text="La même année", period_start="2008-01-01", period_end="2008-12-31")),
      ("Le nombre de vols groupés organisés conjointement par nos deux pays a doublé entre 2007 et 2008, alors que le coût moyen d'un tel vol est estimé à 180 000 euros.",
       S(2, "factor", "exact", "charter flights organised jointly by France and Germany", "increase",
         period_text="entre 2007 et 2008", period_start="2007-01-01", period_end="2008-12-31"),
       N("funding", "unit cost of a flight, not funding", q="le coût moyen d'un tel vol est estimé à 180 000 euros"))),
    P(("La France et l'Allemagne rappellent leur engagement de mettre en œuvre intégralement le Pacte européen sur l'immigration et l'asile adopté le 16 octobre 2008.",
       C("FR;DE", "eu_international", "commit", note="restated earlier commitment"),
       N("statistics", "a date inside a commitment", q="le 16 octobre 2008")),
      ("Elles saluent la coopération engagée avec le Royaume-Uni pour la surveillance de la mer du Nord.",
       N("commitments", "welcoming"))),
    L("La France et l'Allemagne s'engagent à :",
      N("commitments", "bare lead-in; its items are the commitments")),
    L("– renforcer les moyens de l'agence Frontex, en mettant chacune à sa disposition au moins deux navires et trois hélicoptères en 2009 ;",
      C("FR;DE", "eu_international", "commit", "en 2009", "2009-12-31",
        q="renforcer les moyens de l'agence Frontex, en mettant chacune à sa disposition au moins deux navires et trois hélicoptères en 2009"),
      N("statistics", "equipment inside a commitment's target", q="au moins deux navires et trois hélicoptères")),
    L("– organiser au moins six vols groupés de retour communs d'ici la fin de l'année ;",
      C("FR;DE", "returns", "commit", "d'ici la fin de l'année", "2009-12-31",
        q="organiser au moins six vols groupés de retour communs d'ici la fin de l'année"),
      N("statistics", "number inside a commitment's target", q="au moins six vols groupés")),
    L("– la création d'un Bureau européen d'appui en matière d'asile ;",
      C("FR;DE", "eu_international", "commit", q="la création d'un Bureau européen d'appui en matière d'asile",
        note="noun-phrase item after an infinitive lead-in")),
    L("– conclure avec les pays d'origine et de transit des accords de gestion concertée des flux migratoires.",
      C("FR;DE", "upstream_cooperation", "commit",
        q="conclure avec les pays d'origine et de transit des accords de gestion concertée des flux migratoires.")),
    P(("L'Allemagne accueillera au second semestre une conférence des ministres de l'Intérieur des États riverains de la Méditerranée et de la mer du Nord.",
       C("DE", "eu_international", "will", "au second semestre", "2009-12-31")),
      ("La France mettra à la disposition de la police fédérale allemande deux officiers de liaison à l'aéroport de Roissy.",
       C("FR", "policing_intelligence", "will")),
      ("Frontex coordonnera, dès le printemps, une opération conjointe pilote en mer Égée, à laquelle participeront des garde-côtes allemands et français.",
       C("Frontex", "border_security", "will", "dès le printemps", "2009-05-31"))),
    P(("En 2008, la Commission européenne a versé 6,8 millions d'euros au titre du Fonds pour les frontières extérieures aux projets franco-allemands de détection.",
       F(6800000, "EUR", "European Commission", "FR;DE", "disbursed", "Franco-German detection projects (External Borders Fund)",
         period_text="En 2008", period_start="2008-01-01", period_end="2008-12-31")),
      ("L'Allemagne versera 3 millions d'euros au Haut-Commissariat des Nations unies pour les réfugiés pour la réinstallation de réfugiés irakiens.",
       C("DE", "funding", "will"),
       F(3000000, "EUR", "DE", "UNHCR", "pledge", "resettlement of Iraqi refugees")),
      ("La France apportera 2,5 millions d'euros par an pendant deux ans au programme de retour volontaire de l'Organisation internationale pour les migrations en Afrique du Nord.",
       C("FR", "funding", "will"),
       F(2500000, "EUR", "FR", "IOM", "pledge", "IOM voluntary return programme in North Africa",
         per_year=True, years=2, period_text="par an pendant deux ans"))),
    P(("Les deux ministres entendent présenter à leurs partenaires, lors du Conseil Justice et affaires intérieures de juin, une initiative commune sur les mineurs non accompagnés.",
       C("FR;DE", "eu_international", "intend", "lors du Conseil Justice et affaires intérieures de juin", "2009-06-30")),
      ("Un groupe de travail franco-allemand rendra compte de la mise en œuvre de la présente déclaration au prochain Conseil des ministres franco-allemand.",
       C("FR;DE", "governance", "will", "au prochain Conseil des ministres franco-allemand", "",
         note="relative anchor with no date"))),
    "Fait à Berlin, le trente et un mars deux mille neuf, en deux exemplaires, en langues française et allemande.",
    "Pour la République française : Pierre Lanvin",
    "Pour la République fédérale d'Allemagne : Matthias Oberholz",
]
