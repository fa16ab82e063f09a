"""Rules that generalise beyond the seed texts: cues, passages, actors, themes, money, figures and
deadlines as the annotation guideline states them (English)."""

import datetime as dt

import pytest

from pipeline.extract.commitments import actor_of, extract_commitments, theme_of
from pipeline.extract.cues import find_cues, is_committing
from pipeline.extract.dates import find_deadline, find_periods
from pipeline.extract.funding import donor_and_recipient, extract_funding, purpose_of
from pipeline.extract.money import find_money
from pipeline.extract.numbers import find_figures
from pipeline.extract.passages import is_boilerplate, is_cut_off, readable_segments
from pipeline.extract.statistics import find_statistics
from tests.conftest import segment_rows


@pytest.mark.parametrize(
    "text",
    [
        "The UK and France gave a commitment that deployment would begin by the end of the year.",
        "The two ministers decided to further strengthen co-operation.",
    ],
)
def test_commitment_phrasings_beyond_will(text):
    assert is_committing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Any enquiries regarding this publication should be sent to us at the Treaty Section.",
        "Where we have identified any third party copyright information you will need to obtain permission.",
        "Printed on paper containing 30% recycled fibre content minimum.",
    ],
)
def test_publication_boilerplate_is_no_passage(text):
    assert is_boilerplate(text)
    assert readable_segments(segment_rows(text)) == []


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("This resolute action will be accompanied by [...]", True),
        ("and send an unequivocal message that anyone caught attempting a", True),
        ("whereas 1,700 attempted intrusions a day were recorded a month ago, this", True),
        ("More than 1,500 illegal immigrants have been removed from Calais since 1 January", False),
        ("strengthen controls at the ports; and", False),
        ("We will reinforce this work.", False),
    ],
)
def test_a_sentence_cut_off_by_the_capture(text, cut):
    assert is_cut_off(text) is cut


def test_a_list_stub_before_an_elision_is_dropped_but_a_cut_measure_is_kept():
    items = segment_rows("le gouvernement britannique", "[...]", kinds=("list_item", "list_item"))
    assert readable_segments(items, "fr") == []
    kept = segment_rows(
        "La mise en place d'un schéma humanitaire global, comportant un centre de",
        "[...]",
        kinds=("list_item", "list_item"),
    )
    assert [s["text"] for s in readable_segments(kept, "fr")] == [kept[0]["text"]]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The costs of the equipment will be borne by the United Kingdom.", "GB"),
        ("Operating costs will be borne by France.", "FR"),
        ("Furthermore, the 2 countries will also continue their cooperation.", "GB;FR"),
        (
            "The agreement between the 2 countries which foresaw transfers to the UK will be implemented.",
            "GB;FR",
        ),
        ("Thirdly, British financial investment in Calais will be expanded.", "GB"),
        ("Migrants in the UK will be informed of the rules.", "GB;FR"),
    ],
)
def test_actor_is_the_subject_or_the_passive_agent(text, actor):
    assert actor_of(text, find_cues(text), "GB;FR") == actor


def test_an_anaphor_takes_the_theme_of_the_sentence_before_it():
    rows = extract_commitments(
        "d",
        dt.date(2014, 8, 30),
        "",
        segment_rows(
            "Our countries continue to target the organised crime gangs, increasing joint intelligence work.",
            "We will reinforce this work.",
        ),
    )
    assert [(r["text"], r["theme"]) for r in rows] == [
        ("We will reinforce this work.", "policing_intelligence")
    ]


def test_cost_sharing_is_funding_theme():
    assert theme_of("The costs of the equipment will be borne by the United Kingdom.") == "funding"


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("the €35-million investment programme", [(35_000_000.0, "EUR")]),
        ("a sum of €62.7 míllion", [(62_700_000.0, "EUR")]),
        ("€1e309 was promised", []),
        ("£ 1,000,000,000,000,000 was promised", []),
    ],
)
def test_money_is_read_only_when_plausible(text, amounts):
    assert [(m.amount, m.currency) for m in find_money(text)] == amounts


def test_criminal_assets_seized_are_not_funding():
    text = (
        "Action this year has seen twenty organised gangs broken up and assets worth £1.4 million "
        "(€1.8 million) seized."
    )
    assert extract_funding("d", dt.date(2014, 8, 30), text, segment_rows(text)) == []


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("The joint intervention fund of €15 million, financed by the United Kingdom, is in use.", "GB"),
        ("The UK will pay France €10 million.", "GB"),
        ("France will contribute €2 million to the centre.", "FR"),
    ],
)
def test_donor_is_the_source_or_the_giver(text, donor):
    assert donor_and_recipient(text, find_money(text)[0])[0] == donor


def test_purpose_is_what_the_specific_marker_opens():
    text = (
        "The UK will provide €141 million in 2023/24, rising to €191 million in 2025/26, to fund more "
        "officers."
    )
    assert purpose_of(text, find_money(text)[0]) == "to fund more officers"


@pytest.mark.parametrize(
    ("text", "value", "unit", "direction"),
    [
        (
            "Thirty-one smuggling networks have already been dismantled since the beginning of the year",
            31,
            "networks",
            "level",
        ),
        ("So a total of 1,300 are deployed on the Calais site.", 1300, "officers", "level"),
        ("To the 5.5 mobile police units permanently there, more were sent.", 5.5, "other", "level"),
        (
            "More than 1,500 illegal immigrants have been removed from Calais since 1 January",
            1500,
            "people",
            "level",
        ),
    ],
)
def test_statistics_in_words_decimals_and_implied_units(text, value, unit, direction):
    stats = [s for s, _, _ in find_statistics(text, dt.date(2016, 10, 10))]
    assert [(s.value, s.unit, s.direction) for s in stats][:1] == [(value, unit, direction)]


def test_added_units_are_an_increase():
    text = "another two units were added – i.e. more than 500 riot police and gendarmes in addition to staff."
    stats = [s for s, _, _ in find_statistics(text, dt.date(2015, 8, 20))]
    assert [(s.value, s.direction) for s in stats] == [(2.0, "increase"), (500.0, "increase")]


def test_number_words_end_with_one():
    assert [f.value for f in find_figures("Thirty-one networks and twenty-one officers")] == [31.0, 21.0]


def test_mid_month_and_day_month_deadlines_resolve_against_the_document_date():
    d = find_deadline("work on the site will be finished by mid-November.", dt.date(2015, 11, 2))
    assert d is not None and d.last == dt.date(2015, 11, 15)
    d = find_deadline("The fence will be built by 31 July.", dt.date(2016, 8, 30))
    assert d is not None and d.last == dt.date(2017, 7, 31)


def test_a_day_that_does_not_exist_keeps_its_text_and_gets_no_date():
    d = find_deadline("The fence will be built by 31 February.", dt.date(2016, 1, 10))
    assert d is not None and d.text == "by 31 February" and d.last is None


def test_since_a_year_is_a_reported_period_never_a_deadline():
    text = "The UK will continue the work it has funded since 2014."
    assert find_deadline(text, dt.date(2016, 3, 3)) is None
    (period,) = find_periods(text, dt.date(2016, 3, 3))
    assert (period.first, period.last, period.kind) == (dt.date(2014, 1, 1), dt.date(2016, 3, 3), "reported")


def test_a_quotation_is_its_speakers_undertaking():
    rows = extract_commitments(
        "d",
        dt.date(2022, 11, 14),
        "",
        segment_rows(
            "Home Secretary said:",
            '"We will do whatever it takes to stop the small boats."',
            "French Interior Minister said:",
            '"We will intensify the fight against the smugglers."',
            "The two countries will also work together.",
        ),
    )
    assert [r["actor"] for r in rows] == ["GB", "FR", "GB;FR"]


def test_an_amount_its_clause_places_in_the_past_is_disbursed():
    text = "As part of the deal, the UK will pay France £63 million this year, up from £55 million last year."
    rows = extract_funding("d", dt.date(2022, 11, 14), text, segment_rows(text))
    assert [(r["amount"], r["kind"], r["period_start"]) for r in rows] == [
        (63_000_000.0, "pledge", dt.date(2022, 1, 1)),
        (55_000_000.0, "disbursed", dt.date(2021, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Thirty-one smuggling networks have already been dismantled since the beginning of the year",
            "smuggling networks dismantled",
        ),
        (
            "Over the past year, the number of attempts to cross the border has reduced by 75%.",
            "attempts to cross the border",
        ),
        ("Action this year has seen twenty organised gangs broken up.", "organised gangs broken up"),
    ],
)
def test_metric_is_a_noun_phrase_of_what_is_counted(text, metric):
    (stat, _, _), *_ = find_statistics(text, dt.date(2016, 10, 10))
    assert stat.metric == metric


def test_purpose_falls_back_to_the_name_of_the_money():
    text = (
        "The two ministers agree on the creation of a joint intervention fund, including a British "
        "contribution of €5 million funding (£4m) per year for three years to:"
    )
    (row,) = extract_funding("d", dt.date(2014, 9, 20), text, segment_rows(text))
    assert row["purpose"] == "joint intervention fund"


def test_a_treaty_final_clause_is_a_formula_not_an_undertaking():
    assert not is_committing("This Treaty shall enter into force on the first day of the second month.")
    assert is_committing("The Parties shall establish a Joint Coordination Centre in Coquelles.")


def test_a_joint_coordination_centre_is_no_reception_centre():
    assert (
        theme_of("The Parties shall establish a Joint Coordination Centre in Coquelles.")
        == "policing_intelligence"
    )


def test_a_single_sum_spread_over_years_keeps_years_one_and_its_period_text():
    text = (
        "The United Kingdom shall contribute €50 million over three years to the costs of securing the ports."
    )
    (row,) = extract_funding("d", dt.date(2018, 1, 18), text, segment_rows(text))
    assert (row["per_year"], row["years"], row["total_amount"], row["period_text"]) == (
        False,
        1,
        50_000_000.0,
        "over three years",
    )


def test_a_date_named_without_a_deadline_preposition_bounds_nothing():
    assert (
        find_deadline(
            "Building on the agreement of November 2022, the leaders agreed to:", dt.date(2023, 3, 10)
        )
        is None
    )
    d = find_deadline("The centre will open in 2016.", dt.date(2015, 3, 3))
    assert d is not None and d.last == dt.date(2016, 12, 31)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("€141 million in 2023-24", dt.date(2023, 4, 1), dt.date(2024, 3, 31)),
        ("in the first nine months of 2003", dt.date(2003, 1, 1), dt.date(2003, 9, 30)),
    ],
)
def test_hyphenated_financial_years_and_first_months(text, first, last):
    (period,) = [p for p in find_periods(text, dt.date(2023, 3, 10)) if p.kind == "dated"]
    assert (period.first, period.last) == (first, last)


def test_a_figure_a_number_of_changes_to_takes_the_unit_of_what_is_counted():
    text = "In 2022, the number of small boat arrivals to the UK rose by 60% to more than 45,000."
    stats = [
        (s.value, s.unit, s.qualifier, p.text if p else None)
        for s, p, _ in find_statistics(text, dt.date(2023, 3, 10))
    ]
    assert stats == [(60.0, "percent", "exact", "In 2022"), (45000.0, "people", "more_than", "In 2022")]


def test_a_participle_agent_after_the_measure_leaves_the_joint_actor():
    rows = extract_commitments(
        "d",
        dt.date(2023, 3, 10),
        "",
        [
            {
                "seg": 0,
                "kind": "sentence",
                "start": 0,
                "end": 20,
                "text": "The leaders agreed to:",
                "paragraph": 0,
                "heading": None,
                "list_marker": None,
                "lead_in": None,
            },
            {
                "seg": 1,
                "kind": "list_item",
                "start": 21,
                "end": 90,
                "text": "establish a detention centre in northern France, funded in part by the UK;",
                "paragraph": 1,
                "heading": None,
                "list_marker": "-",
                "lead_in": 0,
            },
        ],
    )
    assert (rows[-1]["actor"], rows[-1]["theme"]) == ("GB;FR", "returns")


@pytest.mark.parametrize(
    "text",
    [
        "They discussed the rise in crossings, which will remain a priority for both governments.",
        "The meeting will take place in Paris next month.",
    ],
)
def test_a_relative_clause_or_an_events_schedule_is_no_undertaking(text):
    assert not is_committing(text)


def test_next_month_bounds_an_action_without_a_preposition():
    d = find_deadline("Joint patrols will start next month.", dt.date(2020, 12, 5))
    assert d is not None and d.last == dt.date(2021, 1, 31)


def test_every_vocabulary_word_is_a_string():
    """YAML reads a bare `on`, `no`, `yes` or `off` as a boolean: a word list holding one has lost a word."""
    import yaml

    from pipeline.vocab import VOCAB_DIR

    def booleans(value, where):
        if isinstance(value, bool):
            yield where
        elif isinstance(value, dict):
            for k, v in value.items():
                yield from booleans(v, f"{where}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from booleans(v, f"{where}[{i}]")

    found = [
        w for p in sorted(VOCAB_DIR.glob("*.yaml")) for w in booleans(yaml.safe_load(p.read_text()), p.name)
    ]
    assert found == []


def test_figures_a_subject_changes_between_count_the_subject():
    text = "Attempts to enter the UK illegally through the port fell from 1,200 in 2017 to 800 in 2018."
    stats = [
        (s.value, s.unit, p.text if p else None) for s, p, _ in find_statistics(text, dt.date(2019, 6, 1))
    ]
    assert stats == [(1200.0, "attempts", "in 2017"), (800.0, "attempts", "in 2018")]


def test_down_is_a_decrease_and_a_comparison_leaves_the_subject_as_metric():
    (stat, _, _), *_ = find_statistics(
        "Clandestine entries are down 30% compared with 2017.", dt.date(2019, 6, 1)
    )
    assert (stat.value, stat.unit, stat.direction, stat.metric) == (
        30.0,
        "percent",
        "decrease",
        "Clandestine entries",
    )
