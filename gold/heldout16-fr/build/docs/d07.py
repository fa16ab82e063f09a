import lib
from lib import L, P, C, F, S, N

lib.config(num=" ")

DATE = "2017-12-04"
SLUG = "appel-a-projets-retour-volontaire-reinsertion-littoral"
GENRE = "appel à projets (call for proposals) with eligibility rules and priorities"
TITLE = ("Appel à projets 2018 – Retour volontaire et réinsertion des ressortissants de pays tiers "
         "présents sur le littoral de la Manche et de la mer du Nord")
PLACE = ""
PARTIES = "GB;FR"
DOC_TYPE = "other"
STRESS = "publication date only in the last line; earlier dates in the body are a submission deadline and a project start"

LINES = [
    "Ministère de l'Intérieur – Direction générale des étrangers en France",
    "Appel à projets 2018",
    "Retour volontaire et réinsertion des ressortissants de pays tiers présents sur le littoral de la Manche et de la mer du Nord",
    "1. Contexte",
    P(("En 2016, 1 830 ressortissants de pays tiers ont bénéficié d'une aide au retour depuis les Hauts-de-France, soit une progression de 24 % par rapport à 2015.",
       S(1830, "people", "exact", "third-country nationals given return assistance", "level",
         period_text="En 2016", period_start="2016-01-01", period_end="2016-12-31", location="Hauts-de-France"),
       S(24, "percent", "exact", "third-country nationals given return assistance, change on 2015", "increase",
         period_text="En 2016", period_start="2016-01-01", period_end="2016-12-31", location="Hauts-de-France")),
      ("Les principales nationalités concernées étaient l'Albanie (31 %), l'Irak (22 %) et l'Afghanistan (14 %).",
       S(31, "percent", "exact", "share of assisted returns: Albanian nationals", "level"),
       S(22, "percent", "exact", "share of assisted returns: Iraqi nationals", "level"),
       S(14, "percent", "exact", "share of assisted returns: Afghan nationals", "level")),
      ("Le taux de réinsertion durable, mesuré douze mois après le retour, s'établit à 68 %.",
       S(68, "percent", "exact", "sustainable reintegration rate twelve months after return", "level")),
      ("Quelque 40 associations avaient répondu à l'appel à projets précédent.",
       S(40, "other", "approximately", "associations that applied to the previous call", "level",
         note="'quelque' = some -> approximately")),
      ("La direction générale se félicite de la qualité des projets soutenus en 2017.",
       N("commitments", "welcoming a past result"))),
    "2. Financement",
    P(("L'enveloppe globale de l'appel à projets s'élève à 4,5 millions d'euros.",
       F(4500000, "EUR", "FR", "selected project holders", "pledge", "total envelope of the call",
         conf="borderline", note="aggregate of the two contributions itemised in the next sentence (README D11)")),
      ("Elle est constituée de 3 millions d'euros au titre du Fonds asile, migration et intégration (FAMI) de l'Union européenne et de 1,5 million d'euros apportés par le Royaume-Uni.",
       F(3000000, "EUR", "European Union", "selected project holders", "pledge", "return and reintegration projects (AMIF)"),
       F(1500000, "EUR", "GB", "selected project holders", "pledge", "return and reintegration projects")),
      ("L'État complète ce financement par une contribution de 250 000 euros par an sur les exercices 2018 et 2019 au titre du programme 303.",
       C("FR", "funding", "will", note="present tense of a call's financing clause"),
       F(250000, "EUR", "FR", "selected project holders", "pledge", "return and reintegration projects",
         per_year=True, years=2, period_text="par an sur les exercices 2018 et 2019",
         period_start="2018-01-01", period_end="2019-12-31"),
       N("statistics", "budget programme number (a name)", q="programme 303"))),
    P(("Le montant de l'aide sollicitée par projet est compris entre 150 000 et 600 000 euros.",
       N("funding", "range of admissible grant sizes, not an amount given")),
      ("Le cofinancement FAMI ne peut excéder 75 % des dépenses éligibles.",
       N("statistics", "rule of the call (co-financing ceiling), not a figure about the world"))),
    "3. Priorités",
    L("Seront prioritairement soutenus les projets visant à :",
      N("commitments", "bare lead-in; its items carry the commitments (README D12)", q="Seront prioritairement soutenus les projets visant à")),
    L("– informer les personnes présentes dans les campements, dans leur langue, sur les dispositifs d'aide au retour ;",
      C("GB;FR", "information_campaigns", "will",
        q="informer les personnes présentes dans les campements, dans leur langue, sur les dispositifs d'aide au retour",
        note="item of a future passive lead-in; the co-funders act")),
    L("– organiser le retour volontaire et le voyage des candidats ;",
      C("GB;FR", "returns", "will", q="organiser le retour volontaire et le voyage des candidats")),
    L("– accompagner la réinsertion dans les pays d'origine, notamment en Albanie, en Irak et au Soudan ;",
      C("GB;FR", "upstream_cooperation", "will",
        q="accompagner la réinsertion dans les pays d'origine, notamment en Albanie, en Irak et au Soudan")),
    L("– assurer une mise à l'abri temporaire des candidats au retour.",
      C("GB;FR", "reception_welfare", "will", q="assurer une mise à l'abri temporaire des candidats au retour")),
    "4. Conditions et calendrier",
    P(("Les porteurs de projet doivent justifier d'une expérience d'au moins trois ans auprès des publics migrants.",
       N("commitments;statistics", "eligibility condition on applicants, not an undertaking of a party")),
      ("Les dossiers sont déposés au plus tard le 15 février 2018 à minuit sur la plateforme dédiée.",
       N("commitments", "deadline binding applicants, not a party's undertaking"))),
    P(("Un comité de sélection franco-britannique examinera les dossiers en mars 2018.",
       C("GB;FR", "governance", "will", "en mars 2018", "2018-03-31")),
      ("Le ministère de l'Intérieur s'engage à notifier les décisions d'attribution avant le 30 avril 2018.",
       C("FR", "governance", "commit", "avant le 30 avril 2018", "2018-04-30")),
      ("Les projets retenus seront financés pour une durée de 24 mois à compter du 1er juillet 2018.",
       C("GB;FR", "funding", "will", conf="borderline",
         note="passive with no agent; the funders are the EU, the UK and France")),
      ("L'Organisation internationale pour les migrations (OIM) assurera l'accompagnement technique des porteurs de projet.",
       C("IOM", "returns", "will", note="UN body as actor")),
      ("Les autorités françaises et britanniques mettront à la disposition des lauréats des données anonymisées sur les publics concernés.",
       C("GB;FR", "legal_framework", "will")),
      ("Un bilan des projets financés sera présenté au comité de pilotage franco-britannique à la fin de 2019.",
       C("GB;FR", "governance", "will", "à la fin de 2019", "2019-12-31"))),
    "Contact : dgef-appelaprojets@interieur.gouv.fr",
    "Date de publication : 4 décembre 2017",
]
