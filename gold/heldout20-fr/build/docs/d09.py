import lib
from lib import L, P, C, F, S, N, fr

lib.config(num="\u00a0")

DATE = "2021-06-22"
SLUG = "arrangement-administratif-france-pays-bas-officiers-liaison-ports"
GENRE = "arrangement administratif entre deux ministères (officiers de liaison et opérations communes)"
TITLE = fr("Arrangement administratif entre le ministre de l'Intérieur de la République française et le ministre de la Justice et de la Sécurité du Royaume des Pays-Bas relatif à la coopération contre les passages irréguliers vers le Royaume-Uni depuis les ports de la mer du Nord")
PLACE = "La Haye"
PARTIES = "FR;NL"
DOC_TYPE = "arrangement"
STRESS = "place and date only in the signature line at the end"

LINES = [
    "ARRANGEMENT ADMINISTRATIF entre le ministre de l'Intérieur de la République française et le ministre de la Justice et de la Sécurité du Royaume des Pays-Bas relatif à la coopération contre les passages irréguliers vers le Royaume-Uni depuis les ports de la mer du Nord",
    "Le ministre de l'Intérieur de la République française et le ministre de la Justice et de la Sécurité du Royaume des Pays-Bas, ci-après dénommés « les Participants »,",
    L("Considérant que la Koninklijke Marechaussee a découvert, en 2020, 312 migrants dissimulés dans des véhicules à destination du Royaume-Uni dans le port de Rotterdam, soit 45 % de plus qu'en 2019 ;",
      S(312, "attempts", "exact", "migrants found hidden in UK-bound vehicles in the port of Rotterdam", "level",
        period_text="en 2020", period_start="2020-01-01", period_end="2020-12-31", location="Rotterdam"),
      S(45, "percent", "exact", "migrants found hidden in UK-bound vehicles in Rotterdam, 2020 against 2019", "increase",
        location="Rotterdam")),
    L("Considérant que la part des migrants interceptés dans les ports néerlandais ayant auparavant séjourné dans le Nord de la France est passée de 20 % à 35 % en deux ans ;",
      S(35, "percent", "exact", "share of migrants intercepted in Dutch ports who had stayed in northern France", "increase",
        period_text="en deux ans"),
      S(20, "percent", "exact", "share of migrants intercepted in Dutch ports who had stayed in northern France, two years earlier", "level")),
    L("Considérant que sept réseaux de passeurs opérant entre Dunkerque et Rotterdam ont été démantelés depuis 2019 à la suite d'enquêtes communes, et que le nombre de tentatives d'intrusion dans le port de Dunkerque a diminué de moitié ;",
      S(7, "networks", "exact", "smuggling networks operating between Dunkirk and Rotterdam dismantled", "level",
        period_text="depuis 2019", period_start="2019-01-01", period_end="2021-06-22"),
      S(2, "factor", "exact", "intrusion attempts at the port of Dunkirk", "decrease", location="Dunkerque",
        conf="borderline", note="'diminué de moitié' recorded as a factor of 2 (could also be read as 50 percent)")),
    L("Considérant qu'environ 1~500 poids lourds transitent chaque jour par le terminal de Hoek van Holland,",
      S(1500, "other", "approximately", "lorries passing daily through the Hoek van Holland terminal", "level",
        location="Hoek van Holland")),
    "Sont convenus des dispositions suivantes :",
    "Section 1 — Officiers de liaison",
    L("1.1. Chaque Participant détache auprès de l'autre un officier de liaison pour une durée de trois ans renouvelable.",
      C("FR;NL", "policing_intelligence", "will", q="Chaque Participant détache auprès de l'autre un officier de liaison pour une durée de trois ans renouvelable."),
      N("statistics", "a secondment period inside a commitment", q="pour une durée de trois ans renouvelable")),
    L("1.2. L'officier néerlandais, issu de la Koninklijke Marechaussee, est affecté au point de contact commun de Dunkerque.",
      C("NL", "policing_intelligence", "will", q="L'officier néerlandais, issu de la Koninklijke Marechaussee, est affecté au point de contact commun de Dunkerque.")),
    L("1.3. L'officier français est affecté à l'unité de police portuaire de Rotterdam.",
      C("FR", "policing_intelligence", "will", q="L'officier français est affecté à l'unité de police portuaire de Rotterdam.")),
    "Section 2 — Échange d'informations",
    L("Les Participants échangent sans délai les informations opérationnelles relatives aux tentatives de passage, dans le respect du règlement (UE) 2016/679.",
      C("FR;NL", "legal_framework", "will"),
      N("statistics;funding", "a regulation number", q="règlement (UE) 2016/679")),
    "Section 3 — Opérations communes",
    L("Les Participants s'engagent à :",
      N("commitments", "bare lead-in")),
    L("a) conduire au moins quatre opérations de contrôle coordonnées par an dans les ports de la mer du Nord ;",
      C("FR;NL", "border_security", "commit", q="conduire au moins quatre opérations de contrôle coordonnées par an dans les ports de la mer du Nord"),
      N("statistics", "number inside a commitment's target", q="au moins quatre opérations")),
    L("b) partager leurs analyses de risque avec les autorités britanniques et avec Europol ;",
      C("FR;NL", "policing_intelligence", "commit", q="partager leurs analyses de risque avec les autorités britanniques et avec Europol")),
    L("c) organiser, d'ici le 31 décembre 2021, une formation commune à la détection des personnes dissimulées dans les véhicules.",
      C("FR;NL", "border_security", "commit", deadline_text="d'ici le 31 décembre 2021", deadline_date="2021-12-31",
        q="organiser, d'ici le 31 décembre 2021, une formation commune à la détection des personnes dissimulées dans les véhicules.")),
    "Section 4 — Dispositions financières",
    L("4.1. Chaque Participant supporte les dépenses de son propre officier de liaison.",
      C("FR;NL", "funding", "will", q="Chaque Participant supporte les dépenses de son propre officier de liaison.")),
    L("4.2. Le Participant néerlandais contribue à hauteur de 250~000 euros par an, pendant deux ans, au fonctionnement du point de contact commun de Dunkerque.",
      C("NL", "funding", "will", q="Le Participant néerlandais contribue à hauteur de 250~000 euros par an, pendant deux ans, au fonctionnement du point de contact commun de Dunkerque."),
      F(250000, "EUR", "NL", "joint contact point, Dunkirk", "pledge", "running the joint contact point in Dunkirk",
        per_year=True, years=2, period_text="par an, pendant deux ans", period_start="2021-06-22", period_end="2023-06-21",
        q="Le Participant néerlandais contribue à hauteur de 250~000 euros par an, pendant deux ans, au fonctionnement du point de contact commun de Dunkerque.",
        note="period dates assume the two years run from signature")),
    L("4.3. Le Participant français met à disposition les locaux du point de contact, dont la valeur locative est estimée à 40~000 euros par an.",
      N("funding", "a valuation in kind, not an amount given", q="dont la valeur locative est estimée à 40~000 euros par an")),
    L("4.4. Les Participants rappellent que l'Union européenne leur a versé en 2020, au titre du Fonds pour la sécurité intérieure, une subvention de 900~000 euros pour l'acquisition de scanners de véhicules.",
      F(900000, "EUR", "European Union", "FR;NL", "disbursed", "vehicle scanners (Internal Security Fund)",
        period_text="en 2020", period_start="2020-01-01", period_end="2020-12-31",
        q="Les Participants rappellent que l'Union européenne leur a versé en 2020, au titre du Fonds pour la sécurité intérieure, une subvention de 900~000 euros pour l'acquisition de scanners de véhicules.")),
    "Section 5 — Suivi",
    L("Les Participants évaluent la mise en œuvre du présent arrangement à l'issue de sa première année d'application et en informent le comité franco-britannique de coordination.",
      C("FR;NL", "governance", "will")),
    "Section 6 — Dispositions finales",
    L("Le présent arrangement ne crée pas d'obligations juridiques en droit international. Il prend effet à la date de sa signature.",
      N("commitments", "non-binding clause and entry-into-effect formula")),
    L("Fait à La Haye, le 22 juin 2021, en deux exemplaires, en langues française et néerlandaise.",
      N("statistics", "signature date and number of originals", q="en deux exemplaires")),
    "Pour le ministre de l'Intérieur de la République française : Claire Monteil, ambassadrice de France aux Pays-Bas",
    "Pour le ministre de la Justice et de la Sécurité du Royaume des Pays-Bas : Pieter van Doorn, directeur général de la police",
]
