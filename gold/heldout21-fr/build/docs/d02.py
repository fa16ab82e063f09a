import lib
from lib import L, P, C, F, S, N, fr

lib.config(num=".")

DATE = "2004-10-12"
SLUG = "fiche-jumelage-ue-turquie-retour-readmission"
GENRE = "fiche de jumelage institutionnel financé par l'UE (contexte, résultats attendus, activités, budget)"
TITLE = fr("Appui à la mise en place d'un système de réadmission et de retour en Turquie")
PLACE = "Ankara"
PARTIES = "GB;FR;TR"
DOC_TYPE = "other"
STRESS = ("title only in an 'Intitulé du projet :' field inside a block of programme codes; date only in the "
          "document-control footer, dotted numeric ('Version 3 — 12.10.2004')")
THIRD = "Turkey (party, actor: beneficiary administration); European Commission (actor); European Union (donor)"

LINES = [
    "Commission européenne — Programme de jumelage institutionnel",
    "FICHE DE JUMELAGE",
    L("Numéro du projet : TR/2004/IB/JH/07",
      N("all", "project reference number")),
    L("Programme : programme national 2004 pour la Turquie (aide de préadhésion)",
      N("statistics;funding", "programme-year label")),
    "Intitulé du projet : " + "Appui à la mise en place d'un système de réadmission et de retour en Turquie",
    "Pays bénéficiaire : Turquie — Direction générale de la sûreté, ministère de l'Intérieur",
    "États membres partenaires : France (chef de file) et Royaume-Uni (partenaire junior)",
    "1. Contexte",
    P("La Turquie est devenue un pays de transit majeur vers l'Union européenne.",
      ("En 2003, les autorités turques ont interpellé 56.200 migrants en situation irrégulière, soit 38 % de plus qu'en 2001.",
       S(56200, "people", "exact", "irregular migrants apprehended by the Turkish authorities", "level",
         period_text="En 2003", period_start="2003-01-01", period_end="2003-12-31", location="Turquie"),
       S(38, "percent", "exact", "irregular migrants apprehended in Turkey, 2003 against 2001", "increase",
         location="Turquie")),
      ("Environ un quart d'entre eux déclaraient vouloir gagner le Royaume-Uni ou la France, selon les entretiens menés par la police turque.",
       S(25, "percent", "approximately", "share of apprehended migrants intending to reach the UK or France", "level",
         location="Turquie")),
      ("Les garde-côtes turcs ont porté secours à 2.350 personnes en mer Égée en 2003, contre 1.470 l'année précédente.",
       S(2350, "people", "exact", "people rescued by the Turkish coast guard in the Aegean", "level",
         period_text="en 2003", period_start="2003-01-01", period_end="2003-12-31", location="mer Égée"),
       S(1470, "people", "exact", "people rescued by the Turkish coast guard in the Aegean, previous year", "level",
         period_text="l'année précédente", period_start="2002-01-01", period_end="2002-12-31", location="mer Égée")),
      ("Les centres de rétention existants ne comptent que 1.100 places pour l'ensemble du territoire.",
       S(1100, "places", "exact", "places in Turkish removal centres", "level", location="Turquie")),
      ("Le nombre de réadmissions effectives vers les pays d'origine a été multiplié par trois entre 2000 et 2003.",
       S(3, "factor", "exact", "readmissions carried out to countries of origin", "increase",
         period_text="entre 2000 et 2003", period_start="2000-01-01", period_end="2003-12-31"))),
    "2. Activités",
    L("L'administration française, chef de file, et le Home Office britannique s'engagent à :",
      N("commitments", "bare lead-in; its items are the rows")),
    L("a) détacher à Ankara un conseiller résident de jumelage pour une durée de vingt-quatre mois ;",
      C("GB;FR", "upstream_cooperation", "commit"),
      N("statistics", "duration inside the commitment", q="vingt-quatre mois")),
    L("b) organiser douze sessions de formation destinées aux officiers turcs chargés des éloignements ;",
      C("GB;FR", "upstream_cooperation", "commit"),
      N("statistics", "number inside the commitment's target", q="douze sessions de formation")),
    L("c) accueillir des délégations turques dans les centres de rétention de Coquelles et de Harmondsworth ;",
      C("GB;FR", "returns", "commit")),
    L("d) apporter une expertise juridique pour la rédaction du projet de loi sur les étrangers, avant le 30 juin 2006.",
      C("GB;FR", "legal_framework", "commit", "avant le 30 juin 2006", "2006-06-30")),
    P(("La Turquie, pays bénéficiaire, désignera un homologue du conseiller résident et mettra à disposition les locaux nécessaires.",
       C("TR", "governance", "will")),
      ("La Direction générale de la sûreté ouvrira en outre deux centres pilotes de retour, à Edirne et à Van, d'ici la fin de 2005.",
       C("TR", "returns", "will", "d'ici la fin de 2005", "2005-12-31")),
      ("La Commission européenne assurera le suivi du projet par l'intermédiaire de sa délégation à Ankara.",
       C("European Commission", "governance", "will"))),
    "3. Budget",
    P(("Le budget du jumelage est fixé à 1,8 million d'euros, entièrement financé par l'Union européenne au titre de l'aide de préadhésion.",
       F(1800000, "EUR", "European Union", "TR", "pledge", "twinning project on readmission and return")),
      ("Le Royaume-Uni apportera en complément 250.000 livres sterling (environ 370.000 euros) pour équiper en matériel de détection des faux documents les postes frontières terrestres avec la Grèce et la Bulgarie.",
       C("GB", "funding", "will"),
       F(250000, "GBP", "GB", "TR", "pledge", "false-document detection equipment for land border posts",
         alt_amount=370000, alt_currency="EUR")),
      ("La France prendra à sa charge la rémunération des experts de courte durée, à hauteur de 60.000 euros par an pendant deux ans.",
       C("FR", "funding", "will"),
       F(60000, "EUR", "FR", "TR", "pledge", "short-term experts of the twinning", per_year=True, years=2,
         period_text="par an pendant deux ans")),
      ("La contribution du pays bénéficiaire, en nature, est évaluée à 95.000 euros.",
       N("funding", "valuation of an in-kind contribution, not money given"))),
    "4. Contacts",
    L("Délégation de la Commission européenne en Turquie, section Justice et affaires intérieures, tél. +90 312 459 87 00",
      N("all", "telephone number")),
    L("Version 3 — 12.10.2004",
      N("all", "document-control version number and date")),
]
