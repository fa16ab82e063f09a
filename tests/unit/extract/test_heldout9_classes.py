"""Classes of error found on held-out set 9 (#20, studied in session 13 after set 10 was written),
each mended as a rule of the language or the genre and tested on invented sentences, never on a
held-out one, in English and French."""

import pytest

from pipeline.extract.commitments import extract_commitments
from pipeline.extract.parties import document_context
from pipeline.extract.statistics import extract_statistics
from tests.conftest import CLASS_DAY, segment_rows, stats

EN, FR = "en", "fr"


@pytest.mark.parametrize(
    ("lead", "items", "language", "expected"),
    [
        # a list of rows labelled by a period counts what the lead-in names
        (
            "Detections of stowaways at Zeebrugge by month, 2019:",
            ("- May: 412", "- June: about 530"),
            EN,
            [(412.0, "attempts", "exact"), (530.0, "attempts", "approximately")],
        ),
        (
            "Arrivées de migrants à Lampedusa par mois :",
            ("- janvier 2020 : 1 200", "- février 2020 : 950"),
            FR,
            [(1200.0, "people", "exact"), (950.0, "people", "exact")],
        ),
        # a row labelled by anything else is no period's count of the lead-in
        ("Our priorities for 2020:", ("- Calais: 3 new scanners",), EN, []),
    ],
)
def test_a_row_labelled_by_a_period_counts_what_its_lead_in_names(lead, items, language, expected) -> None:
    segs = segment_rows(lead, *items, kinds=("sentence",) + ("list_item",) * len(items), lead_in=0)
    rows = extract_statistics("d", CLASS_DAY, " ".join([lead, *items]), segs, language=language)
    assert [(r["value"], r["unit"], r["qualifier"]) for r in rows] == expected


def test_a_table_row_labelled_by_a_year_counts_what_each_column_names() -> None:
    lines = [
        "Année | Camions contrôlés | Passeurs interpellés",
        "2018 | 640 000 | 212",
        "2019 | 702 000 | 248",
    ]
    segs = segment_rows(*lines, kinds=("heading", "sentence", "sentence"))
    rows = extract_statistics("d", CLASS_DAY, " ".join(lines), segs, language=FR)
    assert sorted((r["value"], r["unit"]) for r in rows) == [
        (212.0, "people"),
        (248.0, "people"),
        (640000.0, "other"),
        (702000.0, "other"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the dead of an elliptical figure are people, though the noun after their verb is `attempt`
        (
            "In 2024, 5,200 people reached Lampedusa, and 61 died in the attempt.",
            EN,
            [(5200.0, "people"), (61.0, "people")],
        ),
        # a focusing adverb between a comparison's opener and its figure
        (
            "This year 900 Eritreans arrived in small boats, compared with just 40 in 2021.",
            EN,
            [(900.0, "people"), (40.0, "people")],
        ),
        (
            "Plus de 1 200 migrants sont arrivés à Douvres, contre seulement 300 en 2019.",
            FR,
            [(1200.0, "people"), (300.0, "people")],
        ),
    ],
)
def test_the_dead_and_focused_figures(text: str, language: str, expected: list) -> None:
    assert [(v, u) for v, u, _ in stats(text, language)] == expected


@pytest.mark.parametrize(
    ("lead", "language"),
    [
        # a restated earlier declaration's aims are commitments (guideline: `which aims at:`)
        ("Rappelant leur déclaration conjointe du 3 mars 2019, qui vise notamment à :", FR),
        ("Recalling their joint declaration of 3 March 2019, which aims principally at:", EN),
    ],
)
def test_the_aims_of_a_restated_declaration_are_commitments(lead: str, language: str) -> None:
    item = "renforcer les patrouilles ;" if language == FR else "stepping up joint patrols;"
    segs = segment_rows(lead, item, kinds=("sentence", "list_item"), lead_in=0)
    with document_context("GB;ES", None):
        rows = extract_commitments("d", CLASS_DAY, f"{lead} {item}", segs, language)
    assert [r["text"] for r in rows] == [item]
