import lib
from lib import L, P, C, F, S, N, fr

lib.config(num="\u00a0")

DATE = "2026-01-14"
SLUG = "proces-verbal-agree-groupe-travail-franco-tunisien-migrations"
GENRE = "procès-verbal agréé d'une session de groupe de travail mixte bilatéral (état des lieux, conclusions numérotées, questions diverses)"
TITLE = fr("Procès-verbal agréé de la troisième session du groupe de travail mixte franco-tunisien sur les migrations")
PLACE = "Tunis"
PARTIES = "FR;TN"
DOC_TYPE = "other"
STRESS = ("no date in the header (only the session's ordinal and city); the date only in the closing line, written "
          "entirely in words ('le quatorze janvier deux mille vingt-six')")
THIRD = "Tunisia (party, actor); IOM (actor, recipient); European Union (actor, donor: neighbourhood instrument); UK named, not acting"

LINES = [
    "RÉPUBLIQUE FRANÇAISE — RÉPUBLIQUE TUNISIENNE",
    "Groupe de travail mixte franco-tunisien sur les migrations",
    "Troisième session — Tunis",
    "PROCÈS-VERBAL AGRÉÉ",
    P("La troisième session du groupe de travail mixte s'est tenue à Tunis, sous la coprésidence de M. Olivier RAYNAUD, directeur général des étrangers en France, et de M. Karim BEN SLAMA, directeur général des affaires consulaires au ministère tunisien des affaires étrangères."),
    L("Point 1 de l'ordre du jour : état des lieux",
      N("statistics", "agenda item number")),
    P(("La partie tunisienne a indiqué que ses garde-côtes avaient empêché 61~200 départs irréguliers en 2025, contre 79~600 en 2024.",
       S(61200, "attempts", "exact", "irregular departures prevented by the Tunisian coast guard", "level",
         period_text="en 2025", period_start="2025-01-01", period_end="2025-12-31", location="Tunisie"),
       S(79600, "attempts", "exact", "irregular departures prevented by the Tunisian coast guard", "level",
         period_text="en 2024", period_start="2024-01-01", period_end="2024-12-31", location="Tunisie")),
      ("La partie française a fait état de 2~140 ressortissants tunisiens éloignés de France en 2025, soit une hausse de 18 % sur un an.",
       S(2140, "people", "exact", "Tunisian nationals removed from France", "level", period_text="en 2025",
         period_start="2025-01-01", period_end="2025-12-31"),
       S(18, "percent", "exact", "Tunisian nationals removed from France, 2025 against 2024", "increase")),
      ("Le taux de délivrance des laissez-passer consulaires dans les délais a atteint 62 %, contre 41 % en 2023.",
       S(62, "percent", "exact", "consular travel documents issued within the time limit", "level"),
       S(41, "percent", "exact", "consular travel documents issued within the time limit", "level",
         period_text="en 2023", period_start="2023-01-01", period_end="2023-12-31")),
      ("Environ 900 Tunisiens ont bénéficié d'une aide au retour volontaire et à la réinsertion mise en œuvre par l'OIM.",
       S(900, "people", "approximately", "Tunisians assisted with voluntary return and reintegration", "level"))),
    "Point 2 : conclusions",
    L("À l'issue de leurs échanges, les deux délégations sont convenues de ce qui suit :",
      N("commitments", "bare lead-in; its items are the rows")),
    L("2.1 La partie tunisienne délivrera les laissez-passer consulaires dans un délai de quinze jours à compter de la réception d'une demande complète d'identification.",
      C("TN", "returns", "will"),
      N("statistics", "time limit inside the commitment", q="dans un délai de quinze jours")),
    L("2.2 La partie française organisera, d'ici le 30 juin 2026, une mission d'identification conjointe dans les centres de rétention administrative.",
      C("FR", "returns", "will", "d'ici le 30 juin 2026", "2026-06-30")),
    P(("2.3 Les deux parties poursuivront le programme de retour volontaire et de réinsertion confié à l'OIM.",
       C("FR;TN", "returns", "will")),
      ("L'OIM rendra compte de sa mise en œuvre au groupe de travail à chaque session.",
       C("IOM", "governance", "will"))),
    L("2.4 La France apportera au programme une contribution de 6 millions d'euros sur la période 2026-2028, qui s'ajoute aux 4,5 millions d'euros versés depuis 2022.",
      C("FR", "funding", "will"),
      F(6000000, "EUR", "FR", "IOM", "pledge", "assisted voluntary return and reintegration programme",
        period_text="sur la période 2026-2028", period_start="2026-01-01", period_end="2028-12-31"),
      F(4500000, "EUR", "FR", "IOM", "disbursed", "assisted voluntary return and reintegration programme",
        period_text="depuis 2022", period_start="2022-01-01", period_end="2026-01-14")),
    L("2.5 L'Union européenne, associée aux travaux en qualité d'observateur, a confirmé une contribution de 3 millions d'euros par an pendant trois ans au titre de l'instrument de voisinage.",
      C("European Union", "funding", "pledge"),
      F(3000000, "EUR", "European Union", "IOM; TN", "pledge", "return, reintegration and border programme (neighbourhood instrument)",
        per_year=True, years=3, period_text="par an pendant trois ans")),
    L("2.6 La partie tunisienne renforcera la surveillance de ses côtes, en particulier dans la région de Sfax, où seront déployées quatre unités supplémentaires de la garde nationale maritime.",
      C("TN", "border_security", "will"),
      N("statistics", "number inside the commitment's target", q="quatre unités supplémentaires")),
    L("2.7 Les deux parties entendent conclure avant la fin de l'année un arrangement sur la mobilité des jeunes professionnels.",
      C("FR;TN", "legal_framework", "intend", "avant la fin de l'année", "2026-12-31")),
    L("2.8 Elles mèneront une campagne commune d'information sur les dangers de la migration irrégulière dans les gouvernorats de Sfax, Mahdia et Médenine.",
      C("FR;TN", "information_campaigns", "will")),
    L("2.9 La partie française n'a pas donné suite, à ce stade, à la demande tunisienne d'augmentation du nombre de visas de travail saisonnier.",
      N("commitments", "a request not taken up")),
    "Point 3 : questions diverses",
    P(("Les deux délégations ont pris note de l'intérêt exprimé par le Royaume-Uni pour un échange d'informations sur les routes migratoires en Méditerranée centrale.",
       N("commitments", "taking note of a non-party's interest")),
      ("La partie tunisienne a rappelé que la Tunisie n'entend pas devenir un pays d'accueil des migrants éloignés d'Europe.",
       C("TN", "returns", "intend", conf="borderline", note="a negative intention stated as a position of principle")),
      ("La prochaine session se tiendra à Paris au cours du second semestre 2026.",
       C("FR;TN", "governance", "will", "au cours du second semestre 2026", "2026-12-31"))),
    L("Fait à Tunis, le quatorze janvier deux mille vingt-six, en deux exemplaires originaux, en langues française et arabe, les deux textes faisant également foi.",
      N("all", "date in words and number of originals")),
    "Pour la délégation française, Olivier RAYNAUD",
    "Pour la délégation tunisienne, Karim BEN SLAMA",
]
