"""Every example the annotation guideline gives, turned into a check of the public extraction
functions (those not already covered by test_commitments, test_general_rules, test_french_rules,
test_money, test_dates and test_statistics), plus treaty-style texts in English and French: the
rules must follow the guideline, not the texts they were developed on. The sentences are neutral
ones written for these tests in the guideline's style."""

import datetime as dt

import pytest

from pipeline.extract.commitments import actor_of, extract_commitments, theme_of
from pipeline.extract.cues import find_cues, is_committing
from pipeline.extract.dates import find_deadline
from pipeline.extract.document import extract_document
from pipeline.extract.funding import extract_funding
from pipeline.extract.money import find_money
from pipeline.extract.numbers import find_figures
from pipeline.extract.statistics import find_statistics
from pipeline.text.normalise import normalise
from pipeline.text.segment import segment
from tests.conftest import segment_rows

FR = "fr"


def _document(raw: str, doc_date: dt.date, language: str = "en") -> dict[str, list[dict]]:
    """The three tables of one raw text, normalised and segmented as the pipeline does."""
    n = normalise(raw, language)
    segments = [s.as_dict() for s in segment(n.text, n.list_items, language)]
    return extract_document("doc", doc_date, n.text, segments, language)


def _stats(text: str, language: str = "en", doc_date: dt.date = dt.date(2016, 3, 3)) -> list[tuple]:
    return [
        (s.value, s.unit, s.qualifier, s.direction) for s, _, _ in find_statistics(text, doc_date, language)
    ]


# --- Commitments: cues and their modality (English) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Both countries will strengthen the exchange of information.", "will"),
        ("The two governments shall exchange liaison officers.", "will"),
        ("The ministers agree to set up a joint unit.", "agree"),
        ("The ministers agree on the creation of a joint coordination centre.", "agree"),
        ("The two countries commit to reviewing the arrangements every year.", "commit"),
        ("The United Kingdom pledges further support to the French authorities.", "pledge"),
        ("Both governments undertake to share the results of their analysis.", "undertake"),
        ("The ministers intend to extend the arrangement to other ports.", "intend"),
        ("The two countries are committed to tackling organised immigration crime.", "commit"),
        ("France and the United Kingdom will continue their joint patrols.", "will"),
        ("The ministers support the adoption of common rules on returns.", "support"),
    ],
)
def test_english_cues_and_their_modality(text, modality):
    cues = find_cues(text)
    assert cues and cues[0].modality == modality and is_committing(text)


@pytest.mark.parametrize(
    "text",
    [
        "We welcome the progress made since the last summit, which will be built upon.",
        "The ministers welcome the opening of the new centre.",
        "The two ministers condemn the violence against migrants and officers.",
        "The situation at the port remains difficult.",
        "France has doubled the number of officers on the coast.",
        "We agree that the fight against smuggling cannot be limited to our own territories.",
    ],
)
def test_english_reports_welcomes_and_beliefs_are_not_commitments(text):
    assert not is_committing(text)


@pytest.mark.parametrize(
    "lead_in",
    [
        "We will:",
        "Joint action has therefore been agreed to:",
        "The two ministers agree on a comprehensive action plan to:",
    ],
)
def test_each_bullet_completing_a_lead_in_is_a_commitment_of_its_own(lead_in):
    segs = segment_rows(
        lead_in,
        "strengthen the security of the port;",
        "dismantle the networks of smugglers.",
        kinds=("sentence", "list_item", "list_item"),
        lead_in=0,
    )
    rows = extract_commitments("d", dt.date(2015, 3, 3), "", segs)
    items = [r for r in rows if r["lead_in"] == lead_in]
    assert [r["text"] for r in items] == [segs[1]["text"], segs[2]["text"]]
    assert [r["actor"] for r in items] == ["GB;FR", "GB;FR"]
    assert [r["theme"] for r in items] == ["border_security", "policing_intelligence"]


def test_a_restated_commitment_completing_its_lead_in_is_a_commitment():
    segs = segment_rows(
        "The two ministers recall their commitments of 2 November 2015, which aims at:",
        "improving the return of migrants with no right to stay;",
        kinds=("sentence", "list_item"),
        lead_in=0,
    )
    rows = extract_commitments("d", dt.date(2016, 3, 3), "", segs)
    assert [r["text"] for r in rows][-1] == segs[1]["text"]
    assert rows[-1]["theme"] == "returns"


def test_each_committing_sentence_inside_a_bullet_is_its_own_item():
    raw = (
        "The two ministers agreed to:\n\n"
        "- deploy additional officers at the port. They will also review the deployment every month.\n"
    )
    rows = _document(raw, dt.date(2015, 3, 3))["commitments"]
    texts = [r["text"] for r in rows]
    assert any(t.startswith("deploy additional officers at the port") for t in texts)
    assert any(t.startswith("They will also review the deployment") for t in texts)


# --- Commitments: actor ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The NCA will second an officer to the joint unit.", "GB"),
        ("France will deploy additional mobile units on the beaches.", "FR"),
        ("The UK has pledged to fund new detection equipment.", "GB"),
        ("The two countries will exchange liaison officers.", "GB;FR"),
        ("Both governments will review the arrangement.", "GB;FR"),
    ],
)
def test_english_actor_as_the_guideline_names_it(text, actor):
    assert actor_of(text, find_cues(text), "GB;FR") == actor


def test_a_joint_lead_in_makes_its_items_joint_and_a_named_one_names_them():
    segs = segment_rows(
        "We will:",
        "increase joint patrols on the coast;",
        "The United Kingdom will:",
        "provide additional detection equipment.",
        kinds=("sentence", "list_item", "sentence", "list_item"),
    )
    segs[1]["lead_in"], segs[3]["lead_in"] = 0, 2
    rows = extract_commitments("d", dt.date(2015, 3, 3), "", segs)
    assert [r["actor"] for r in rows] == ["GB;FR", "GB"]


# --- Commitments: deadlines --------------------------------------------------------------------


def test_a_commitment_row_carries_its_deadline_resolved_against_the_document_date():
    rows = extract_commitments(
        "d",
        dt.date(2014, 9, 20),
        "",
        segment_rows(
            "The new fences will be completed before the end of the year.",
            "Information campaigns will begin in October.",
            "The two ministers will meet again by the next UK-France summit.",
        ),
    )
    assert [(r["deadline_text"], r["deadline_date"]) for r in rows] == [
        ("before the end of the year", dt.date(2014, 12, 31)),
        ("in October", dt.date(2014, 10, 31)),
        ("by the next UK-France summit", None),
    ]


# --- Funding -----------------------------------------------------------------------------------


def test_a_single_sum_for_one_period_is_not_per_year():
    text = "The United Kingdom will provide €10 million to improve security at the port."
    (row,) = extract_funding("d", dt.date(2016, 3, 3), text, segment_rows(text))
    assert (row["amount"], row["currency"], row["per_year"], row["years"], row["total_amount"]) == (
        10_000_000.0,
        "EUR",
        False,
        1,
        10_000_000.0,
    )
    assert (row["kind"], row["donor"], row["recipient"]) == ("pledge", "GB", "FR")


def test_a_parallel_figure_in_another_currency_is_the_same_row():
    text = "The UK will provide £8 million (€10 million) for new equipment at the ports."
    (row,) = extract_funding("d", dt.date(2016, 3, 3), text, segment_rows(text))
    assert (row["amount"], row["currency"], row["alt_amount"], row["alt_currency"]) == (
        8_000_000.0,
        "GBP",
        10_000_000.0,
        "EUR",
    )


def test_funding_mentioned_without_an_amount_is_no_funding_row():
    text = "The new detection equipment will be financed by the United Kingdom."
    assert extract_funding("d", dt.date(2016, 3, 3), text, segment_rows(text)) == []
    rows = extract_commitments("d", dt.date(2016, 3, 3), "", segment_rows(text))
    assert [r["actor"] for r in rows] == ["GB"]  # a commitment, its payer the passive's agent


def test_money_reported_as_already_spent_is_disbursed():
    # spent on the other party's side (a party's running costs of its own services are no funding)
    text = "The UK has spent €20 million on fencing at the port of Calais in the last year."
    (row,) = extract_funding("d", dt.date(2016, 3, 3), text, segment_rows(text))
    assert (row["kind"], row["donor"]) == ("disbursed", "GB")


# --- Statistics --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of crossings has tripled since 2014.", [(3.0, "factor", "exact", "increase")]),
        ("Arrests of smugglers have halved.", [(0.5, "factor", "exact", "decrease")]),
        (
            "The port recorded 40% fewer intrusions than the year before.",
            [(40.0, "percent", "exact", "decrease")],
        ),
        (
            "About 600 migrants were accommodated in the centres.",
            [(600.0, "people", "approximately", "level")],
        ),
        ("Fewer than 300 attempts were recorded in May.", [(300.0, "attempts", "less_than", "level")]),
        ("Some 150 additional officers were deployed.", [(150.0, "officers", "approximately", "increase")]),
    ],
)
def test_english_statistics_multipliers_qualifiers_and_directions(text, expected):
    assert _stats(text) == expected


def test_a_comparative_figure_gives_two_rows_with_the_same_unit():
    assert _stats("Officers arrested 320 smugglers in 2016 (250 in 2015).") == [
        (320.0, "people", "exact", "level"),
        (250.0, "people", "exact", "level"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in London on 12 March 2016.",
        "The budget for 2016/17 was discussed.",
        "the rules of the Dublin III Regulation",
    ],
)
def test_dates_fiscal_labels_and_names_are_not_statistics(text):
    assert _stats(text) == []


def test_a_figure_inside_a_commitments_target_is_no_statistic():
    raw = "The two ministers agreed to:\n\n- deploy 200 additional officers on the coast;\n"
    assert _document(raw, dt.date(2016, 3, 3))["statistics"] == []


# --- French texts: cues, modality and actors ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Le Royaume-Uni s'engage à financer de nouveaux équipements.", "commit"),
        ("Les deux ministres conviennent de renforcer les patrouilles.", "agree"),
        ("Les deux gouvernements ont décidé de créer une unité commune.", "agree"),
        ("Les ministres décident d'intensifier la lutte contre les passeurs.", "agree"),
        ("Les deux pays sont convenus d'échanger leurs analyses.", "agree"),
        ("Chaque Partie prend les mesures nécessaires pour prévenir les traversées.", "will"),
    ],
)
def test_more_french_cues_and_their_modality(text, modality):
    cues = find_cues(text, FR)
    assert cues and cues[0].modality == modality and is_committing(text, FR)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("La police britannique renforcera ses contrôles.", "GB"),
        ("Les gendarmes français patrouilleront sur les plages.", "FR"),
        ("Le gouvernement français déploiera des unités supplémentaires.", "FR"),
        ("Les Parties coopèrent afin de démanteler les réseaux de passeurs.", "GB;FR"),
        ("Le Royaume-Uni et la France renforceront leur coopération.", "GB;FR"),
    ],
)
def test_more_french_actors(text, actor):
    assert actor_of(text, find_cues(text, FR), "GB;FR", FR) == actor


def test_a_french_aiming_lead_in_makes_its_noun_phrase_items_commitments():
    segs = segment_rows(
        "Les deux ministres s'engagent à mettre en œuvre un plan d'action visant à :",
        "le renforcement de la sécurité du port ;",
        "la lutte contre les réseaux de passeurs ;",
        "l'amélioration de l'hébergement des personnes vulnérables.",
        kinds=("sentence", "list_item", "list_item", "list_item"),
        lead_in=0,
    )
    rows = extract_commitments("d", dt.date(2015, 8, 20), "", segs, FR)
    items = [r for r in rows if r["lead_in"] is not None]
    assert [r["text"] for r in items] == [s["text"] for s in segs[1:]]
    assert [r["modality"] for r in items] == ["commit", "commit", "commit"]
    assert [r["theme"] for r in items] == ["border_security", "policing_intelligence", "reception_welfare"]
    assert [r["actor"] for r in items] == ["GB;FR", "GB;FR", "GB;FR"]


def test_french_reports_of_the_past_are_not_commitments():
    assert not is_committing("La France a doublé le nombre de policiers sur le littoral.", FR)
    assert not is_committing("Les ministres condamnent les violences commises à Calais.", FR)
    assert not is_committing("Les Parties ont examiné la situation à la frontière.", FR)


def test_a_treaty_subject_takes_the_modality_of_the_explicit_cue_after_it():
    text = "Les Parties s'engagent à échanger leurs analyses."
    assert [c.modality for c in find_cues(text, FR)] == ["commit"]
    assert [c.modality for c in find_cues("Les Parties coopèrent étroitement.", FR)] == ["will"]


# --- French texts: deadlines, numbers, money, statistics ----------------------------------------


def test_french_commitment_rows_carry_their_deadline():
    rows = extract_commitments(
        "d",
        dt.date(2016, 3, 3),
        "",
        segment_rows(
            "La France renforcera les contrôles d'ici la fin de l'année.",
            "Les deux ministres installeront une clôture avant le 31 juillet.",
            "Le Royaume-Uni déploiera des agents dès le mois de septembre.",
        ),
        FR,
    )
    assert [r["deadline_date"] for r in rows] == [
        dt.date(2016, 12, 31),
        dt.date(2016, 7, 31),
        dt.date(2016, 9, 30),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("plus de 340\u202f000 migrants", [340000.0]),
        ("1\u00a0250\u00a0000 personnes", [1250000.0]),
        ("12.500 tentatives", [12500.0]),
        ("0,5 point", [0.5]),
    ],
)
def test_more_french_number_formats(text, values):
    assert [f.value for f in find_figures(text, FR)] == values


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("une contribution de 5\u00a0000\u00a0000 €", 5_000_000.0, "EUR"),
        ("une enveloppe de 2,5 M€", 2_500_000.0, "EUR"),
        ("10 millions de livres sterling", 10_000_000.0, "GBP"),
        ("un fonds de 3 millions d’euros", 3_000_000.0, "EUR"),
    ],
)
def test_more_french_money(text, amount, currency):
    assert [(m.amount, m.currency) for m in find_money(text, FR)] == [(amount, currency)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plus de 340\u202f000 migrants sont arrivés en Europe.",
            [(340000.0, "people", "more_than", "level")],
        ),
        (
            "Le nombre de traversées a doublé en un an.",
            [(2.0, "factor", "exact", "increase")],
        ),
        (
            "Environ 2,5 % des demandes ont été rejetées.",
            [(2.5, "percent", "approximately", "level")],
        ),
        (
            "Les tentatives ont baissé de 30 % par rapport à 2015.",
            [(30.0, "percent", "exact", "decrease")],
        ),
        (
            "Près de 150 policiers supplémentaires ont été déployés.",
            [(150.0, "officers", "approximately", "increase")],
        ),
    ],
)
def test_more_french_statistics(text, expected):
    assert _stats(text, FR) == expected


def test_a_french_comparative_figure_gives_two_rows():
    assert _stats("Les policiers ont démantelé 28 filières en 2015 (14 en 2014).", FR) == [
        (28.0, "networks", "exact", "level"),
        (14.0, "networks", "exact", "level"),
    ]


def test_a_french_funding_row_with_a_parallel_figure():
    text = "Le Royaume-Uni versera 5 millions d'euros (4 millions de livres) pour sécuriser le port."
    (row,) = extract_funding("d", dt.date(2016, 3, 3), text, segment_rows(text), FR)
    assert (row["amount"], row["currency"], row["alt_amount"], row["alt_currency"]) == (
        5_000_000.0,
        "EUR",
        4_000_000.0,
        "GBP",
    )
    assert (row["donor"], row["recipient"], row["kind"], row["per_year"], row["years"]) == (
        "GB",
        "FR",
        "pledge",
        False,
        1,
    )


def test_french_money_already_spent_is_disbursed():
    text = "Le Royaume-Uni a consacré 12 millions d'euros à la sécurité du port de Calais l'an dernier."
    (row,) = extract_funding("d", dt.date(2016, 3, 3), text, segment_rows(text), FR)
    assert (row["kind"], row["donor"]) == ("disbursed", "GB")


# --- Treaty-style texts ------------------------------------------------------------------------

TREATY_FR = """Accord entre le Gouvernement de la République française et le Gouvernement du Royaume-Uni

Article 1

Aux fins du présent accord, on entend par « traversée » le passage de la Manche à bord d'une embarcation.

Article 2

Les Parties coopèrent afin de prévenir les traversées dangereuses de la Manche.

Article 3

Les Parties s'engagent à échanger les informations utiles au démantèlement des réseaux de passeurs.

Article 4

Chaque Partie prend les mesures nécessaires pour assurer la surveillance de son littoral.

Article 5

{contribution}

Article 6

La Partie française déploie des unités supplémentaires sur le littoral d'ici la fin de l'année.

Article 7

Le présent accord entre en vigueur le premier jour du mois suivant la dernière notification.
""".format(
    contribution="La Partie britannique verse à la Partie française une contribution de 10 millions "
    "d'euros par an pendant trois ans."
)


def _starting(rows: list[dict], prefix: str) -> dict:
    """The one row whose text starts with ``prefix``."""
    (row,) = [r for r in rows if r["text"].startswith(prefix)]
    return row


def test_a_french_treaty_yields_its_obligations_and_not_its_formulas():
    tables = _document(TREATY_FR, dt.date(2025, 7, 10), FR)
    rows = tables["commitments"]
    assert not any(r["text"].startswith("Aux fins") or "entre en vigueur" in r["text"] for r in rows)
    fields = {
        prefix: (r["actor"], r["modality"], r["theme"], r["deadline_date"])
        for prefix in (
            "Les Parties coopèrent",
            "Les Parties s'engagent",
            "Chaque Partie",
            "La Partie britannique",
            "La Partie française",
        )
        for r in [_starting(rows, prefix)]
    }
    assert fields == {
        "Les Parties coopèrent": ("GB;FR", "will", "border_security", None),
        "Les Parties s'engagent": ("GB;FR", "commit", "policing_intelligence", None),
        "Chaque Partie": ("GB;FR", "will", "border_security", None),
        "La Partie britannique": ("GB", "will", "funding", None),
        "La Partie française": ("FR", "will", "border_security", dt.date(2025, 12, 31)),
    }
    assert len(rows) == 5
    (fund,) = tables["funding"]
    assert (fund["amount"], fund["currency"], fund["per_year"], fund["years"], fund["total_amount"]) == (
        10_000_000.0,
        "EUR",
        True,
        3,
        30_000_000.0,
    )
    assert (fund["donor"], fund["recipient"], fund["kind"]) == ("GB", "FR", "pledge")
    assert tables["statistics"] == []


TREATY_EN = """Agreement between the United Kingdom and France

Article 1

For the purposes of this Agreement, "crossing" means the passage of the Channel by small boat.

Article 2

The Parties shall cooperate to prevent dangerous crossings of the Channel.

Article 3

Each Party shall take the measures necessary to ensure the surveillance of its coastline.

Article 4

The United Kingdom shall contribute €10 million per year for three years to the costs of the joint centre.

Article 5

The French Party shall deploy additional units on the coast by 31 December 2025.

Article 6

This Agreement shall enter into force on the first day of the month following the last notification.
"""


def test_an_english_treaty_yields_its_obligations_and_not_its_formulas():
    tables = _document(TREATY_EN, dt.date(2025, 7, 10))
    rows = tables["commitments"]
    assert not any(r["text"].startswith("For the purposes") or "enter into force" in r["text"] for r in rows)
    fields = {
        prefix: (r["actor"], r["modality"], r["theme"], r["deadline_date"])
        for prefix in (
            "The Parties shall",
            "Each Party shall",
            "The United Kingdom shall",
            "The French Party",
        )
        for r in [_starting(rows, prefix)]
    }
    assert fields == {
        "The Parties shall": ("GB;FR", "will", "border_security", None),
        "Each Party shall": ("GB;FR", "will", "border_security", None),
        "The United Kingdom shall": ("GB", "will", "funding", None),
        "The French Party": ("FR", "will", "border_security", dt.date(2025, 12, 31)),
    }
    assert len(rows) == 4
    (fund,) = tables["funding"]
    assert (fund["per_year"], fund["years"], fund["total_amount"], fund["donor"], fund["recipient"]) == (
        True,
        3,
        30_000_000.0,
        "GB",
        "FR",
    )
    assert tables["statistics"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le présent accord restera en vigueur pendant une durée de cinq ans.", FR),
        ("Le présent accord entre en vigueur à la date de la dernière notification et sera appliqué.", FR),
        ("Chaque Partie peut dénoncer le présent accord par notification écrite.", FR),
        ("Les Parties peuvent modifier le présent accord d'un commun accord.", FR),
        ("This Agreement shall remain in force for a period of five years.", "en"),
        ("This Agreement shall cease to be in force six months after notification.", "en"),
        ("Either Party may terminate this Agreement by written notice.", "en"),
        ("It shall remain in force for a period of three years.", "en"),
        ("Il restera en vigueur pendant trois ans.", FR),
    ],
)
def test_a_treatys_final_clauses_and_permissions_are_not_commitments(text, language):
    assert not is_committing(text, language)


def test_a_treaty_lead_in_of_obligations_makes_its_items_joint_commitments():
    raw = (
        "Article 2\n\nThe Parties shall:\n\n"
        "(a) exchange information on the networks of smugglers;\n\n"
        "(b) increase patrols on the coast.\n"
    )
    rows = _document(raw, dt.date(2025, 7, 10))["commitments"]
    assert [(r["actor"], r["modality"], r["theme"]) for r in rows] == [
        ("GB;FR", "will", "policing_intelligence"),
        ("GB;FR", "will", "border_security"),
    ]
    assert all(r["lead_in"] == "The Parties shall:" for r in rows)


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        (
            "La Partie britannique verse une contribution annuelle de 10 millions d'euros pendant trois ans.",
            FR,
            "pendant trois ans",
        ),
        ("La Partie britannique verse 10 millions d'euros par an, pendant une durée de trois ans.", FR, None),
        ("The United Kingdom shall pay an annual contribution of €10 million for three years.", "en", None),
        ("The United Kingdom shall pay €10 million per year, for a period of three years.", "en", None),
        ("The UK will pay €10 million per year over three years.", "en", None),
    ],
)
def test_a_sum_paid_every_year_for_three_years_however_written(text, language, phrase):
    (row,) = extract_funding("d", dt.date(2025, 7, 10), text, segment_rows(text), language)
    assert (row["per_year"], row["years"], row["total_amount"]) == (True, 3, 30_000_000.0)
    if phrase:
        assert row["period_text"] == phrase


def test_a_single_french_sum_spread_over_years_stays_one_sum():
    text = "La Partie britannique verse une contribution totale de 30 millions d'euros sur trois ans."
    (row,) = extract_funding("d", dt.date(2025, 7, 10), text, segment_rows(text), FR)
    assert (row["per_year"], row["years"], row["total_amount"]) == (False, 1, 30_000_000.0)


@pytest.mark.parametrize(
    ("text", "language", "last"),
    [
        ("Les Parties évaluent le dispositif d'ici à la fin de l'année 2026.", FR, dt.date(2026, 12, 31)),
        ("La France renforcera ses contrôles d'ici fin 2025.", FR, dt.date(2025, 12, 31)),
        ("La France renforcera ses contrôles d'ici à fin septembre.", FR, dt.date(2025, 9, 30)),
        ("La France renforcera ses contrôles avant fin mars 2026.", FR, dt.date(2026, 3, 31)),
        ("Les Parties installent le centre au plus tard le 31 décembre 2026.", FR, dt.date(2026, 12, 31)),
        ("La France déploiera les unités avant le 1er janvier 2026.", FR, dt.date(2026, 1, 1)),
    ],
)
def test_french_deadlines_as_treaties_and_communiques_write_them(text, language, last):
    d = find_deadline(text, dt.date(2025, 7, 10), language)
    assert d is not None and d.last == last


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        (
            "Les Parties adoptent un plan dans un délai de six mois à compter de l'entrée en vigueur.",
            FR,
            "dans un délai de six mois",
        ),
        ("The Parties shall adopt a plan within six months of entry into force.", "en", "within six months"),
    ],
)
def test_a_delay_counted_from_an_event_keeps_its_text_and_no_date(text, language, phrase):
    d = find_deadline(text, dt.date(2025, 7, 10), language)
    assert d is not None and (d.text, d.last) == (phrase, None)


def test_a_treaty_subject_after_an_adverbial_and_a_party_bearing_costs():
    rows = extract_commitments(
        "d",
        dt.date(2025, 7, 10),
        "",
        segment_rows(
            "À cette fin, les Parties échangent les informations utiles au démantèlement des réseaux.",
            "La Partie française prend en charge les frais de fonctionnement du centre conjoint.",
        ),
        FR,
    )
    assert [(r["actor"], r["modality"], r["theme"]) for r in rows] == [
        ("GB;FR", "will", "policing_intelligence"),
        ("FR", "will", "funding"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("Le Gouvernement du Royaume-Uni mettra à disposition des drones.", FR, "GB"),
        ("Le Gouvernement de la République française déploiera des unités.", FR, "FR"),
        ("The Government of the United Kingdom shall provide detection equipment.", "en", "GB"),
        ("The Government of the French Republic shall deploy additional units.", "en", "FR"),
        (
            "The Government of the United Kingdom and the Government of the French Republic shall cooperate.",
            "en",
            "GB;FR",
        ),
        (
            "Le Président de la République et le Premier ministre britannique ont décidé de créer un groupe.",
            FR,
            "GB;FR",
        ),
        ("Les dirigeants sont convenus d'un programme d'accueil.", FR, "GB;FR"),
        ("The leaders agreed to open new reception centres.", "en", "GB;FR"),
    ],
)
def test_a_party_owning_the_subject_or_a_joint_subject_names_the_actor(text, language, actor):
    assert actor_of(text, find_cues(text, language), "", language) == actor


def test_a_party_after_a_preposition_outside_the_subject_still_names_no_one():
    text = "Cooperation with the authorities of France will be strengthened."
    assert actor_of(text, find_cues(text), "", "en") == ""


def test_the_first_person_future_of_a_french_communique_is_a_joint_commitment():
    rows = extract_commitments(
        "d",
        dt.date(2025, 7, 10),
        "",
        segment_rows(
            "Nous continuerons à travailler ensemble.", "Ensemble, nous renforcerons nos contrôles."
        ),
        FR,
    )
    assert [(r["modality"], r["actor"]) for r in rows] == [("will", "GB;FR"), ("will", "GB;FR")]
    assert not is_committing("Les escadrons de gendarmerie sont présents.", FR)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Il y a eu 30 % de tentatives en moins.", FR, [(30.0, "percent", "exact", "decrease")]),
        ("Les arrivées ont reculé de 12,5\u00a0% sur un an.", FR, [(12.5, "percent", "exact", "decrease")]),
        ("Le nombre d'interceptions a été multiplié par deux.", FR, [(2.0, "factor", "exact", "increase")]),
        ("Les interceptions ont été multipliées par trois.", FR, [(3.0, "factor", "exact", "increase")]),
        ("The number of arrests was multiplied by three.", "en", [(3.0, "factor", "exact", "increase")]),
    ],
)
def test_falls_written_after_the_noun_and_multiplications_in_words(text, language, expected):
    assert _stats(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        ("une contribution de dix millions d'euros", FR, 10_000_000.0, "EUR"),
        ("un million de livres sterling", FR, 1_000_000.0, "GBP"),
        ("vingt-cinq millions d'euros", FR, 25_000_000.0, "EUR"),
        ("ten million pounds", "en", 10_000_000.0, "GBP"),
        ("a million euros", "en", 1_000_000.0, "EUR"),
    ],
)
def test_money_written_in_words_before_a_scale(text, language, amount, currency):
    assert [(m.amount, m.currency) for m in find_money(text, language)] == [(amount, currency)]


@pytest.mark.parametrize(
    "text",
    ["des millions d'euros", "deux euros"],
)
def test_number_words_without_a_scale_or_a_figure_are_no_amount(text):
    assert find_money(text, FR) == []


def test_a_sum_in_words_restated_in_digits_is_one_funding_row():
    text = (
        "La Partie britannique verse à la Partie française une contribution de dix millions d'euros "
        "(10 000 000 €) par an pendant trois ans."
    )
    (row,) = extract_funding("d", dt.date(2025, 7, 10), text, segment_rows(text), FR)
    assert (row["amount"], row["alt_amount"], row["per_year"], row["years"], row["total_amount"]) == (
        10_000_000.0,
        None,
        True,
        3,
        30_000_000.0,
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The leaders agreed a new package of measures to tackle small boat crossings.", "agree"),
        ("The UK and France have agreed a new arrangement on returns.", "agree"),
        ("The UK has committed £40 million over three years.", "commit"),
    ],
)
def test_agreeing_a_thing_and_committing_money_are_commitments(text, modality):
    cues = find_cues(text)
    assert cues and cues[0].modality == modality and is_committing(text)
    assert not is_committing("Migrants who agreed a voluntary return were helped.")


@pytest.mark.parametrize(
    ("text", "language", "modality"),
    [
        ("France supports the creation of a European fund.", "en", "support"),
        ("The leaders support the adoption of common rules.", "en", "support"),
        ("Les ministres ont réaffirmé leur engagement à lutter contre les passeurs.", FR, "commit"),
        ("La France a réaffirmé son engagement à protéger les frontières.", FR, "commit"),
        ("Il est convenu de créer un comité de suivi.", FR, "agree"),
        ("Les ministres ont réaffirmé leur volonté de coopérer.", FR, "intend"),
    ],
)
def test_support_in_the_third_person_and_restated_commitments_in_the_past(text, language, modality):
    cues = find_cues(text, language)
    assert cues and cues[0].modality == modality and is_committing(text, language)


@pytest.mark.parametrize(
    ("lead_in", "items", "language", "themes"),
    [
        (
            "Un plan d'action commun a été adopté, visant à :",
            ("la sécurisation du port ;", "le démantèlement des réseaux de passeurs."),
            FR,
            ["border_security", "policing_intelligence"],
        ),
        (
            "The ministers have adopted a comprehensive action plan to:",
            ("secure the port;", "dismantle the smuggling networks."),
            "en",
            ["border_security", "policing_intelligence"],
        ),
    ],
)
def test_the_items_of_an_aiming_lead_in_are_commitments_without_a_cue(lead_in, items, language, themes):
    segs = segment_rows(lead_in, *items, kinds=("sentence", "list_item", "list_item"), lead_in=0)
    rows = extract_commitments("d", dt.date(2025, 7, 10), "", segs, language)
    assert [(r["text"], r["modality"], r["actor"]) for r in rows] == [
        (items[0], "will", "GB;FR"),
        (items[1], "will", "GB;FR"),
    ]
    assert [r["theme"] for r in rows] == themes


@pytest.mark.parametrize(
    ("text", "language", "last"),
    [
        ("Les patrouilles commenceront à compter du 1er janvier 2026.", FR, dt.date(2026, 1, 1)),
        ("Les patrouilles commenceront à partir du 1er janvier 2026.", FR, dt.date(2026, 1, 1)),
        ("Le centre ouvrira le 1er mars 2026.", FR, dt.date(2026, 3, 1)),
        ("Les contrôles seront renforcés à compter de septembre.", FR, dt.date(2025, 9, 30)),
        ("The centre will open on 1 March 2026.", "en", dt.date(2026, 3, 1)),
        ("Patrols will begin from 1 January 2026.", "en", dt.date(2026, 1, 1)),
        ("Patrols will begin as of 1 January 2026.", "en", dt.date(2026, 1, 1)),
    ],
)
def test_a_start_or_a_day_ahead_of_the_document_bounds_the_action(text, language, last):
    d = find_deadline(text, dt.date(2025, 7, 10), language)
    assert d is not None and d.last == last


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La déclaration signée le 2 novembre 2015 sera mise en œuvre.", FR),
        ("We will implement the declaration signed on 2 November 2015.", "en"),
    ],
)
def test_a_day_named_before_the_document_is_a_reference_not_a_deadline(text, language):
    assert find_deadline(text, dt.date(2025, 7, 10), language) is None


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("La France interviendra en mer pour intercepter les bateaux-taxis.", "border_security"),
        ("Les deux pays déploieront des drones et des caméras sur les plages.", "border_security"),
        # a route, which the guideline lists under upstream cooperation (as in English)
        ("Le Royaume-Uni accueillera des personnes par une voie légale et sûre.", "upstream_cooperation"),
        ("Les deux pays renforceront le sauvetage en mer.", "reception_welfare"),
        (
            "Les deux pays mèneront des campagnes de communication dans les pays d'origine.",
            "information_campaigns",
        ),
    ],
)
def test_french_themes_name_what_english_themes_name(text, theme):
    assert theme_of(text, (), FR) == theme


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The two ministers agree on more than doubling again the equipped police resource.", "en"),
        ("Les deux ministres conviennent de doubler les effectifs de police.", FR),
        ("Les Parties s'engagent à déployer 200 policiers supplémentaires.", FR),
    ],
)
def test_figures_in_a_commitments_target_are_no_statistics(text, language):
    assert _stats(text, language) == []


def test_list_numbering_is_no_statistic_and_the_numbered_counts_are():
    raw = "Results so far:\n\n1. 200 smugglers were arrested;\n\n2. 3 centres were opened.\n"
    stats = _document(raw, dt.date(2016, 1, 1))["statistics"]
    assert [(s["value"], s["unit"]) for s in stats] == [(200.0, "people"), (3.0, "centres")]


def test_french_money_with_narrow_no_break_spaces():
    assert [(m.amount, m.currency) for m in find_money("5\u202f000\u202f000 €", FR)] == [(5_000_000.0, "EUR")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Chacune des Parties prend les mesures nécessaires.", "GB;FR"),
        ("Les autorités compétentes des Parties échangent les informations.", "GB;FR"),
        ("Les autorités compétentes de la Partie française délivrent les documents de voyage.", "FR"),
        ("Les services compétents de chaque Partie désignent un point de contact.", "GB;FR"),
    ],
)
def test_the_treaty_present_with_the_parties_or_their_authorities_as_subject(text, actor):
    rows = extract_commitments("d", dt.date(2025, 7, 10), "", segment_rows(text), FR)
    assert [(r["modality"], r["actor"]) for r in rows] == [("will", actor)]


@pytest.mark.parametrize(
    "text", ["Les parties prenantes ont été consultées.", "Parties concernées : la France et le Royaume-Uni."]
)
def test_parties_that_are_no_treaty_subject_carry_no_cue(text):
    assert not is_committing(text, FR)


def test_the_competent_authorities_of_a_party_name_it():
    text = "The competent authorities of the United Kingdom shall issue travel documents."
    assert actor_of(text, find_cues(text), "", "en") == "GB"


@pytest.mark.parametrize(
    "text",
    [
        "La France recevra 10 millions d'euros du Royaume-Uni.",
        "La France recevra 10 millions d'euros en provenance du Royaume-Uni.",
        "La France bénéficiera de 10 M€ de la part du Royaume-Uni.",
        "France will receive €10 million from the UK.",
    ],
)
def test_the_donor_is_the_party_the_money_comes_from(text):
    language = "en" if text.startswith("France will") else FR
    (row,) = extract_funding("d", dt.date(2025, 7, 10), text, segment_rows(text), language)
    assert (row["donor"], row["recipient"]) == ("GB", "FR")


@pytest.mark.parametrize(
    ("text", "language", "modality"),
    [
        ("Les deux pays s'engagent également à renforcer les contrôles.", FR, "commit"),
        ("Les Parties s'engagent notamment à :", FR, "commit"),
        ("Les ministres conviennent également de créer un groupe.", FR, "agree"),
        ("Les ministres décident en outre de renforcer les patrouilles.", FR, "agree"),
        ("Les ministres sont également convenus de poursuivre.", FR, "agree"),
        ("Les deux pays ont également décidé de coopérer.", FR, "agree"),
        ("The two countries are also committed to tackling smuggling.", "en", "commit"),
        ("Both governments undertake jointly to share data.", "en", "undertake"),
        ("The Parties hereby agree to cooperate.", "en", "agree"),
    ],
)
def test_an_adverb_inside_a_cue_keeps_it_a_cue(text, language, modality):
    assert [c.modality for c in find_cues(text, language)][:1] == [modality]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("France and the UK welcomed the progress made at the port.", "en"),
        ("Both countries welcome the new pact, which will apply from next year.", "en"),
        ("La France et le Royaume-Uni saluent les progrès accomplis et renforceront leur action.", FR),
        ("Les dirigeants se félicitent des résultats et poursuivront leurs efforts.", FR),
    ],
)
def test_welcoming_is_no_commitment_whoever_welcomes(text, language):
    assert not is_committing(text, language)


def test_welcoming_people_is_receiving_them():
    assert is_committing("The UK will welcome an equal number of migrants through a safe and legal route.")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In 2024, 3,600 people crossed the Channel, up 25% on 2023.",
            "en",
            [(3600.0, "people", "exact", "level"), (25.0, "percent", "exact", "increase")],
        ),
        # a change by a fraction in words is a percentage (the annotators of sets 3 to 6: `fell by a
        # quarter` 25, `réduit de moitié` 50); `halved` stays a factor; `divisé par deux` is the
        # divisor, as `divisé par trois` is 3
        ("The number of crossings fell by half in 2024.", "en", [(50.0, "percent", "exact", "decrease")]),
        ("Les traversées ont été réduites de moitié.", FR, [(50.0, "percent", "exact", "decrease")]),
        ("Arrivals rose by a third.", "en", [(33.3, "percent", "exact", "increase")]),
        ("Le nombre de mineurs a diminué d'un tiers.", FR, [(33.3, "percent", "exact", "decrease")]),
        ("The committee is made up by half of judges.", "en", []),
        ("The number of crossings has halved.", "en", [(0.5, "factor", "exact", "decrease")]),
        ("Les départs ont été divisés par deux.", FR, [(2.0, "factor", "exact", "decrease")]),
        (
            "Les délais de traitement des demandes de réunification familiale ont été divisés par deux.",
            FR,
            [(2.0, "factor", "exact", "decrease")],
        ),
    ],
)
def test_a_rise_after_a_comma_and_halving_in_words(text, language, expected):
    assert _stats(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "phrase", "last"),
    [
        ("The plan will be ready by end-2025.", "en", "by end-2025", dt.date(2025, 12, 31)),
        (
            "The plan will be ready by the end of the month.",
            "en",
            "by the end of the month",
            dt.date(2025, 7, 31),
        ),
        ("Le plan sera prêt d'ici la fin du mois.", FR, "d'ici la fin du mois", dt.date(2025, 7, 31)),
        (
            "Le plan sera prêt avant la fin de l'année prochaine.",
            FR,
            "avant la fin de l'année prochaine",
            dt.date(2026, 12, 31),
        ),
        ("The plan will be developed over the coming months.", "en", "over the coming months", None),
    ],
)
def test_ends_of_months_and_next_years_resolve_against_the_document(text, language, phrase, last):
    d = find_deadline(text, dt.date(2025, 7, 10), language)
    assert d is not None and (d.text, d.last) == (phrase, last)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("France will receive a further £10m a year.", "en"),
        ("La France recevra 10 millions d'euros.", FR),
        ("La France bénéficiera d'une contribution de 10 M€.", FR),
    ],
)
def test_the_subject_that_receives_the_money_is_its_recipient(text, language):
    (row,) = extract_funding("d", dt.date(2025, 7, 10), text, segment_rows(text), language)
    assert (row["donor"], row["recipient"]) == ("GB", "FR")


def test_a_single_sum_with_its_parallel_figure_spread_over_years():
    text = "The UK will provide €54 million (£48m) over three years to fund more officers."
    (row,) = extract_funding("d", dt.date(2025, 7, 10), text, segment_rows(text))
    assert (row["alt_amount"], row["per_year"], row["years"], row["period_text"]) == (
        48_000_000.0,
        False,
        1,
        "over three years",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Franco-British coordination centre will open next year.", "en"),
        ("The Anglo-French task force will meet monthly.", "en"),
        ("Le centre franco-britannique ouvrira l'année prochaine.", FR),
        ("Les équipes franco-britanniques renforceront les contrôles.", FR),
    ],
)
def test_a_joint_adjective_names_both_parties(text, language):
    assert actor_of(text, find_cues(text, language), "", language) == "GB;FR"


@pytest.mark.parametrize(
    "text", ["Les ressortissants de Sierra Leone sont nombreux.", "Mme Sandra Dupont est présente."]
)
def test_names_that_end_like_a_future_are_no_cue(text):
    assert not is_committing(text, FR)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Centre" means the facility that will be established in Calais.', "en"),
        ('"Returnee" shall mean a person returned under this Agreement.', "en"),
        ("« centre » désigne l'installation que la France créera ;", FR),
    ],
)
def test_a_defined_terms_definition_is_not_a_commitment(text, language):
    assert not is_committing(text, language)
    assert is_committing('"We will do whatever it takes," said the minister.')
