from h9 import C, F, S, N

FILE = "2011-04-26_h9-communique-italie.txt"
TITLE = "Communiqué de presse – Sommet franco-italien : Paris et Rome renforcent leur coopération face aux arrivées en Méditerranée"
DATE = "2011-04-26"
PARTIES = "FR;IT"
DOC_TYPE = "communique"
PLACE = "Rome"
J = "FR;IT"

LINES = [
    TITLE,
    "Rome, le 26 avril 2011",
    "",
    ("Le Président de la République française et le Président du Conseil des ministres italien se sont rencontrés ce mardi à Rome, en présence des deux ministres de l'Intérieur.",
     N("all", "report of a meeting")),
    ("Depuis le 1er janvier, plus de 25 000 migrants sont arrivés sur l'île de Lampedusa, soit cinq fois plus que sur l'ensemble de l'année 2010.",
     S(25000, "people", "more_than", "migrants arriving on Lampedusa", "level", "Depuis le 1er janvier", "2011-01-01", "2011-04-26", "Lampedusa", note="arrivals count people; period runs to the document date"),
     S(5, "factor", "exact", "migrants arriving on Lampedusa compared with the whole of 2010", "increase", "", "", "", "Lampedusa", note="'cinq fois plus' -> factor 5; 2010 is not a statistic")),
    ("Près de 2 800 ressortissants tunisiens ont été interpellés à la frontière de Vintimille depuis le mois de mars.",
     S(2800, "people", "approximately", "Tunisian nationals arrested at the Ventimiglia border", "level", "depuis le mois de mars", "2011-03-01", "2011-04-26", "Ventimiglia")),
    ("La Tunisie a d'ores et déjà accepté la réadmission de 640 de ses ressortissants.",
     S(640, "people", "exact", "Tunisian nationals readmitted by Tunisia", "level", "", "", "", "Tunisia", note="people returned count people"),
     N("commitments", "past fact by a third state")),
    ("En 2010, la coopération entre les polices des deux pays avait permis l'arrestation de 37 passeurs.",
     S(37, "people", "exact", "smugglers arrested through Franco-Italian police cooperation", "level", "En 2010", "2010-01-01", "2010-12-31", "", note="arrests counted in people"),
     N("commitments", "past report (pluperfect)")),
    ("Les passeurs exigent entre 1 000 et 2 000 dinars par passager.",
     N("all", "smugglers' fee: not funding, not a statistic")),
    ("Le coût des opérations de secours conduites par la marine italienne depuis janvier est évalué à 30 millions d'euros.",
     N("all", "cost of operations, not money given for the cooperation")),
    ("Les deux dirigeants ont salué le courage des sauveteurs et des habitants de Lampedusa.",
     N("all", "praise")),
    ("Les deux pays ont décidé de demander à la Commission européenne de renforcer sans délai l'opération conjointe de Frontex au large des côtes tunisiennes.",
     C(J, "eu_international", "agree", note="'ont décidé de' -> agree (decision about the future)")),
    ("Ils conviennent d'organiser, dès le mois de mai, des patrouilles conjointes franco-italiennes sur les axes routiers et ferroviaires entre Vintimille et Menton.",
     C(J, "border_security", "agree", "dès le mois de mai", "2011-05-31")),
    ("La police d'État italienne et la Police nationale française mettront en place une équipe commune d'enquête contre les réseaux qui organisent les départs depuis Zarzis.",
     C(J, "policing_intelligence", "will", note="joint investigation team: police action, not border surveillance")),
    ("Rome et Paris organiseront des vols de retour communs vers Tunis, avec le concours de Frontex.",
     C(J, "returns", "will", note="capitals as metonyms for the two states")),
    ("L'Italie examinera les demandes d'asile des personnes arrivées à Lampedusa dans un délai de trente jours.",
     C("IT", "asylum", "will", note="'dans un délai de trente jours' is a processing time for each claim, not a deadline for the commitment: left empty"),
     N("statistics", "processing time")),
    ("La France mettra à disposition 1 500 places d'hébergement d'urgence dans les Alpes-Maritimes avant l'été.",
     C("FR", "reception_welfare", "will", "avant l'été", "2011-05-31"),
     N("statistics", "places promised: target inside a commitment")),
    ("Les deux gouvernements s'engagent à soutenir les nouvelles autorités tunisiennes dans la création d'emplois pour les jeunes des régions côtières.",
     C(J, "upstream_cooperation", "commit")),
    ("À cette fin, la France apportera 5 millions d'euros à un programme de formation professionnelle en Tunisie, et l'Italie 4 millions d'euros à l'équipement des garde-côtes tunisiens.",
     C(J, "funding", "will", note="one sentence, two donors: one commitment row with both parties"),
     F(5000000, "EUR", "FR", "TN", "pledge", "vocational training programme in Tunisia"),
     F(4000000, "EUR", "IT", "TN", "pledge", "equipment for the Tunisian coastguard", note="elliptical verb ('et l'Italie 4 millions')")),
    ("Une campagne d'information sera diffusée dans les ports tunisiens sur les risques de la traversée et sur les conditions réelles du séjour en Europe.",
     C(J, "information_campaigns", "will", note="passive future with no named actor: both parties")),
    ("Paris et Rome soutiennent une révision ciblée du code frontières Schengen permettant le rétablissement temporaire des contrôles aux frontières intérieures en cas de défaillance grave aux frontières extérieures.",
     C(J, "eu_international", "support", note="support for an EU legislative change: eu_international (as for the EU directive in the 2003 text)")),
    ("L'Italie pourrait également solliciter le Fonds européen pour les réfugiés.",
     N("all", "conditional ('pourrait'), no amount")),
    ("Les ministres de l'Intérieur se retrouveront à Paris dans les prochaines semaines pour dresser un premier bilan de ces mesures.",
     C(J, "governance", "will", "dans les prochaines semaines", "", note="vague relative deadline: text kept, date empty")),
    ("Contact presse : service de presse de la Présidence du Conseil, Palazzo Chigi.",
     N("all", "press contact")),
]
