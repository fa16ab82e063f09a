"""The quarantine without Dagster: which document answers for a failure, what is held back, what is
carried forward from the previous release, and when nothing is left."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pandas as pd
import pytest

from pipeline.contract import QUARANTINE, TABLES, conform
from pipeline.quality import frames
from pipeline.quality.quarantine import attribute, carry_forward, quarantine, without_documents
from pipeline.quality.suites import run_suite
from tests.unit.quality.test_suites import EXPECTATIONS, good_tables

SECOND_TEXT = "France will fund 5 centres.\nArrivals rose by 10% in 2011."


def validate(tables):
    return [
        *(run_suite(name, tables[name], EXPECTATIONS) for name in TABLES),
        run_suite("validated_tables", frames.cross_table_frame(tables), EXPECTATIONS),
    ]


def two_documents() -> dict[str, pd.DataFrame]:
    """good_tables() plus a second sound document with a commitment and a statistic: a private copy,
    built once for the session."""
    return {name: df.copy() for name, df in _two_documents().items()}


@cache
def _two_documents() -> dict[str, pd.DataFrame]:
    one = good_tables()
    doc = one["documents"].iloc[0].to_dict() | {
        "doc_id": "2011-05-01-second-statement",
        "title": "Second statement",
        "doc_date": "2011-05-01",
        "source_file": "second.txt",
        "sha256": "b" * 64,
        "n_chars": len(SECOND_TEXT),
        "text": SECOND_TEXT,
    }
    first, second = SECOND_TEXT.split("\n")
    commitment = one["commitments"].iloc[0].to_dict() | {
        "commitment_id": "c2",
        "doc_id": doc["doc_id"],
        "text": first,
        "char_start": 0,
        "char_end": len(first),
        "actor": "FR",
        "deadline_text": None,
        "deadline_date": None,
    }
    start = SECOND_TEXT.index(second)
    statistic = one["statistics"].iloc[0].to_dict() | {
        "statistic_id": "s2",
        "doc_id": doc["doc_id"],
        "text": second,
        "char_start": start,
        "char_end": start + len(second),
        "value": 10.0,
        "direction": "increase",
        "period_start": "2011-01-01",
        "period_end": "2011-12-31",
        "period_text": "in 2011",
    }
    extra = {"documents": doc, "commitments": commitment, "statistics": statistic}
    return {
        name: conform(pd.concat([one[name], pd.DataFrame([extra[name]])], ignore_index=True), TABLES[name])
        if name in extra
        else one[name]
        for name in TABLES
    }


def with_value(tables, table, row_id, column, value):
    df = tables[table].copy()
    key = TABLES[table].primary_key
    df.loc[df[key] == row_id, column] = value
    return {**tables, table: conform(df, TABLES[table])}


def test_sound_tables_hold_nothing_back():
    tables = two_documents()
    outcome = quarantine(tables, validate)
    assert outcome.quarantine.empty and not outcome.blocking and not outcome.nothing_left
    assert {n: len(t) for n, t in outcome.tables.items()} == {n: len(t) for n, t in tables.items()}


SECOND = "2011-05-01-second-statement"


def no_party(tables):
    """The second document's documents row names no party: a failure of the document whole."""
    return with_value(tables, "documents", SECOND, "parties", "")


def test_a_bad_row_holds_back_that_row_only_and_its_document_publishes():
    tables = with_value(two_documents(), "statistics", "s2", "value", 125.0)
    outcome = quarantine(tables, validate)
    assert outcome.held_back == [] and outcome.held_rows == 1 and not outcome.blocking
    row = outcome.quarantine.iloc[0]
    assert (row["doc_id"], row["table"], row["row_id"], row["scope"], row["value"]) == (
        SECOND,
        "statistics",
        "s2",
        "row",
        "125",
    )
    assert row["failing_rows"] == "s2" and not bool(row["carried_forward"])
    assert "Percentages lie in 0–100" in row["reason"] and "125" in row["reason"]
    assert "s2" not in set(outcome.tables["statistics"]["statistic_id"])
    assert SECOND in set(outcome.tables["documents"]["doc_id"])
    assert "c2" in set(outcome.tables["commitments"]["commitment_id"]), "its other rows publish"
    assert all(r.success for r in outcome.results), "the tables to publish pass"
    assert list(outcome.quarantine.columns) == QUARANTINE.column_names


def test_a_cross_table_failure_holds_back_the_row_it_names():
    tables = with_value(two_documents(), "statistics", "s2", "period_start", dt.date(2060, 1, 1))
    outcome = quarantine(tables, validate)
    held = outcome.quarantine
    assert set(held["scope"]) == {"row"} and set(held["row_id"]) == {"s2"}
    assert set(held["table"]) == {"statistics"}
    assert "period_start_years_from_doc" in held["check"].iloc[0]
    assert SECOND in set(outcome.tables["documents"]["doc_id"])


def test_a_failure_of_the_document_itself_holds_it_back_whole_in_every_table():
    outcome = quarantine(no_party(two_documents()), validate)
    assert outcome.held_back == ["second.txt"] and not outcome.blocking
    assert set(outcome.quarantine["scope"]) == {"document"}
    assert set(outcome.quarantine["table"]) == {"documents"}
    for name, df in outcome.tables.items():
        assert SECOND not in set(df["doc_id"]), name


def test_every_row_of_a_document_held_back_alone_still_publishes_the_document():
    tables = with_value(two_documents(), "statistics", "s2", "value", 125.0)
    tables = with_value(tables, "commitments", "c2", "char_end", 999)
    outcome = quarantine(tables, validate)
    assert outcome.held_back == [] and outcome.held_rows == 2
    assert SECOND in set(outcome.tables["documents"]["doc_id"])


def test_a_failure_naming_no_known_document_blocks():
    tables = two_documents()
    orphan = tables["statistics"].copy()
    orphan.loc[orphan["statistic_id"] == "s2", "doc_id"] = "1999-01-01-nowhere"
    outcome = quarantine({**tables, "statistics": conform(orphan, TABLES["statistics"])}, validate)
    assert any(f.get("column") == "doc_found" for f in outcome.blocking)


def test_every_document_held_back_leaves_nothing_to_publish():
    tables = no_party(two_documents())
    tables = with_value(tables, "documents", "2010-07-13-test-declaration", "parties", "")
    outcome = quarantine(tables, validate)
    assert outcome.held_back == ["second.txt", "test.txt"] and outcome.nothing_left
    assert all(len(t) == 0 for t in outcome.tables.values())


def test_a_held_back_document_keeps_its_previous_rows_carried_forward():
    previous = two_documents()
    today = no_party(two_documents())
    today = with_value(today, "commitments", "c2", "text", "France will fund 5 centres")  # also changed
    outcome = quarantine(today, validate, previous=lambda: previous)
    assert outcome.held_back == ["second.txt"]
    assert set(outcome.quarantine["carried_forward"]) == {True}
    for name, table in TABLES.items():
        pd.testing.assert_frame_equal(outcome.tables[name], conform(previous[name], table), obj=name)


def test_previous_rows_that_fail_todays_checks_are_not_carried():
    # the same failing value as test_a_bad_row_holds_back_that_row_only_and_its_document_publishes:
    # the statistics frame is validated once for both
    previous = with_value(two_documents(), "statistics", "s2", "value", 125.0)
    today = no_party(two_documents())
    outcome = quarantine(today, validate, previous=previous)
    assert set(outcome.quarantine["carried_forward"]) == {False}
    assert outcome.quarantine["reason"].str.contains("Not carried forward: its previous rows fail").all()
    assert "2011-05-01-second-statement" not in set(outcome.tables["documents"]["doc_id"])


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ("doc_id_taken", "now names another document"),
        ("column_missing", "the previous release has no documents column"),
    ],
)
def test_rows_that_cannot_be_carried_say_why(change, why):
    tables = no_party(two_documents())
    previous = two_documents()
    if change == "doc_id_taken":  # the file had another doc_id then, now used by the first document
        previous = {
            n: df.replace({"2011-05-01-second-statement": "2010-07-13-test-declaration"})
            if "doc_id" in df
            else df
            for n, df in previous.items()
        }
        previous["documents"] = previous["documents"][previous["documents"]["source_file"] == "second.txt"]
    else:
        previous = {**previous, "documents": previous["documents"].drop(columns=["language"])}
    holds, _ = attribute(validate(tables), tables["documents"])
    _, carried = carry_forward(without_documents(tables, set(holds["doc_id"])), holds, previous)
    assert carried["second.txt"][0] is None and why in carried["second.txt"][1]
