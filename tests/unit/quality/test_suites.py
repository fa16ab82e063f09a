"""Every suite in expectations/ passes on good data and fails on data that breaks it."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from pipeline.contract import COMMITMENTS, DOCUMENTS, FUNDING, STATISTICS, TABLES, conform
from pipeline.documents import build_documents
from pipeline.publish.tables import write_table
from pipeline.quality import frames
from pipeline.quality.suites import run_suite
from pipeline.sources import read_raw_dir
from pipeline.stages.normalise import normalise_frame
from pipeline.stages.segment import segment_frame
from tests.conftest import RAW, REPO

EXPECTATIONS = REPO / "expectations"


@pytest.fixture(scope="module")
def stages() -> dict[str, pd.DataFrame]:
    files, _ = read_raw_dir(RAW)
    raw = pd.DataFrame([asdict(f) for f in files])
    normalised = normalise_frame(raw)
    return {
        "raw": raw,
        "normalised": normalised,
        "segments": segment_frame(normalised),
        "documents": build_documents(normalised, pd.DataFrame()),
    }


TEXT = "The UK will pay €10 million per year.\nCrossings fell by 75% in 2010."


def good_tables() -> dict[str, pd.DataFrame]:
    """One document and one consistent row in each span table: a private copy of the tables, built
    (and conformed) once for the session."""
    return {name: df.copy() for name, df in _good_tables().items()}


@cache
def _good_tables() -> dict[str, pd.DataFrame]:
    doc = {c: None for c in DOCUMENTS.column_names} | {
        "doc_id": "2010-07-13-test-declaration",
        "title": "Test declaration",
        "doc_date": "2010-07-13",
        "doc_type": "declaration",
        "parties": "GB;FR",
        "source_file": "test.txt",
        "sha256": "a" * 64,
        "n_chars": len(TEXT),
        "text": TEXT,
        "doc_date_source": "dateline",
        "language": "en",
        "title_source": "heading",
        "source_format": "txt",
    }
    sentence1, sentence2 = TEXT.split("\n")
    start2 = TEXT.index(sentence2)
    commitment = {c: None for c in COMMITMENTS.column_names} | {
        "commitment_id": "c1",
        "doc_id": doc["doc_id"],
        "seq": 1,
        "text": sentence1,
        "char_start": 0,
        "char_end": len(sentence1),
        "actor": "GB",
        "theme": "funding",
        "modality": "will",
        "deadline_text": "by March 2011",
        "deadline_date": "2011-03-31",
    }
    funding = {c: None for c in FUNDING.column_names} | {
        "funding_id": "f1",
        "doc_id": doc["doc_id"],
        "text": sentence1,
        "char_start": 0,
        "char_end": len(sentence1),
        "amount": 10_000_000.0,
        "currency": "EUR",
        "per_year": True,
        "years": 1,
        "total_amount": 10_000_000.0,
        "donor": "GB",
        "recipient": "FR",
        "kind": "pledge",
        "purpose": "security",
        "amount_gbp": 8_500_000.0,
        "amount_eur": 10_000_000.0,
    }
    statistic = {c: None for c in STATISTICS.column_names} | {
        "statistic_id": "s1",
        "doc_id": doc["doc_id"],
        "text": sentence2,
        "char_start": start2,
        "char_end": start2 + len(sentence2),
        "value": 75.0,
        "unit": "percent",
        "qualifier": "exact",
        "metric": "crossings",
        "direction": "decrease",
        "period_text": "in 2010",
        "period_start": "2010-01-01",
        "period_end": "2010-12-31",
    }
    rows = {"documents": doc, "commitments": commitment, "funding": funding, "statistics": statistic}
    return {name: conform(pd.DataFrame([row]), TABLES[name]) for name, row in rows.items()}


def assert_passes(suite: str, df: pd.DataFrame, expectations: Path = EXPECTATIONS) -> None:
    result = run_suite(suite, df, expectations)
    assert result.success and not result.warnings, result.summary()


def assert_fails(suite: str, df: pd.DataFrame, expectation: str, column: str | None = None) -> None:
    result = run_suite(suite, df, EXPECTATIONS)
    assert not result.success, f"{suite} did not fail on broken data"
    assert any(
        f["expectation_type"] == expectation and (column is None or f["column"] == column)
        for f in result.failed
    ), result.summary()


# --- ingest ---------------------------------------------------------------------------------


def test_raw_documents_suite(stages):
    good = frames.raw_documents_frame(stages["raw"])
    assert_passes("raw_documents", good)
    duplicated = frames.raw_documents_frame(
        pd.concat([stages["raw"], stages["raw"].iloc[[0]]], ignore_index=True)
    )
    assert_fails("raw_documents", duplicated, "expect_column_values_to_be_unique", "sha256")
    mis_decoded = stages["raw"].copy()
    mis_decoded.loc[0, "text"] = mis_decoded.loc[0, "text"] + "caf\ufffd"
    assert_fails(
        "raw_documents", frames.raw_documents_frame(mis_decoded), "expect_column_values_to_be_in_set"
    )
    too_big = stages["raw"].copy()
    too_big.loc[0, "n_bytes"] = 50_000_000
    assert_fails("raw_documents", frames.raw_documents_frame(too_big), "expect_column_values_to_be_between")


def test_raw_manifest_suite_passes_when_absent_and_fails_on_bad_values():
    assert_passes("raw_manifest", frames.manifest_frame(pd.DataFrame()))
    good = pd.DataFrame([{"file": "a.txt", "doc_date": "2010-07-13", "doc_type": "declaration"}])
    assert_passes("raw_manifest", frames.manifest_frame(good))
    bad = good.assign(doc_type="memo")
    assert_fails("raw_manifest", frames.manifest_frame(bad), "expect_column_values_to_be_in_set", "doc_type")
    assert_fails(
        "raw_manifest",
        frames.manifest_frame(good.assign(doc_date="13/07/2010")),
        "expect_column_values_to_match_regex",
    )


def _listing(raw_dir):
    from pipeline.sources import raw_entries

    return pd.DataFrame([{"source_file": e.name, "kind": e.kind} for e in raw_entries(raw_dir)])


def test_ingest_rejections_suite_warns_on_a_rejection_and_fails_on_a_lost_file(stages, tmp_path):
    raw_dir = tmp_path / "raw"
    shutil.copytree(RAW, raw_dir)
    no_rejections = pd.DataFrame(columns=["source_file", "reason", "detail"])
    assert_passes(
        "ingest_rejections", frames.ingest_ledger_frame(stages["raw"], no_rejections, _listing(raw_dir))
    )

    (raw_dir / "empty.txt").write_bytes(b"")
    rejected = pd.DataFrame([{"source_file": "empty.txt", "reason": "empty", "detail": "the file is empty"}])
    result = run_suite(
        "ingest_rejections",
        frames.ingest_ledger_frame(stages["raw"], rejected, _listing(raw_dir)),
        EXPECTATIONS,
    )
    assert result.success and [w["column"] for w in result.warnings] == ["outcome"]
    assert "empty.txt" in result.warnings[0]["examples"][0]

    listed = _listing(raw_dir)
    (raw_dir / "late.txt").write_text("a file dropped in after the listing", encoding="utf-8")
    ledger = frames.ingest_ledger_frame(stages["raw"], rejected, listed)
    assert "late.txt" not in set(ledger["source_file"]), "a file arriving mid-run waits for the next run"
    assert_passes_warned = run_suite("ingest_rejections", ledger, EXPECTATIONS)
    assert assert_passes_warned.success

    ledger = frames.ingest_ledger_frame(stages["raw"], rejected, _listing(raw_dir))  # listed, never accounted
    assert_fails("ingest_rejections", ledger, "expect_column_values_to_be_between", "times_accounted")


# --- normalise and segment ------------------------------------------------------------------


@pytest.mark.parametrize(
    "artefact",
    [
        "cost $\\notin$ 5",
        "footnote<sup>1</sup> here",
        "\n• a bullet",
        "the end./.",
        "21\nst\ncentury",
        "a\n\n\n\nb",
        "bell\x07",
    ],
)
def test_normalised_documents_suite_fails_on_each_conversion_artefact(stages, artefact):
    good = frames.normalised_frame(stages["normalised"])
    assert_passes("normalised_documents", good)
    broken = good.copy()
    broken.loc[1, "text"] = broken.loc[1, "text"] + " " + artefact
    assert_fails("normalised_documents", broken, "expect_column_values_to_not_match_regex", "text")


def test_normalised_documents_suite_fails_when_text_is_silently_dropped(stages):
    broken = stages["normalised"].copy()
    broken.loc[0, "n_chars"] = broken.loc[0, "raw_chars"] // 2
    assert_fails(
        "normalised_documents", frames.normalised_frame(broken), "expect_column_values_to_be_between"
    )


def test_document_segments_suite(stages):
    texts = dict(zip(stages["normalised"]["sha256"], stages["normalised"]["text"], strict=True))
    assert_passes("document_segments", frames.segments_frame(stages["segments"], texts))
    shifted = stages["segments"].copy()
    shifted.loc[3, "start"] += 1
    assert_fails(
        "document_segments",
        frames.segments_frame(shifted, texts),
        "expect_column_values_to_be_in_set",
        "slice_matches",
    )
    items = stages["segments"].index[stages["segments"]["kind"] == "list_item"]
    orphan = stages["segments"].copy()
    orphan.loc[items[0], "lead_in"] = pd.NA
    assert_fails(
        "document_segments",
        frames.segments_frame(orphan, texts),
        "expect_column_values_to_not_be_null",
        "lead_in",
    )
    overlapping = stages["segments"].copy()
    overlapping.loc[5, "end"] = overlapping.loc[6, "end"]
    overlapping.loc[5, "text"] = texts[overlapping.loc[5, "sha256"]][
        overlapping.loc[5, "start"] : overlapping.loc[5, "end"]
    ]
    assert_fails(
        "document_segments", frames.segments_frame(overlapping, texts), "expect_column_values_to_be_in_set"
    )


# --- tables -----------------------------------------------------------------------------------


def test_documents_suite_holds_back_an_undated_or_party_less_document_and_blocks_on_a_shared_id(stages):
    assert_passes("documents", stages["documents"])
    bad = stages["documents"].copy()
    bad["doc_date"] = bad["doc_date"].astype("object")
    bad.loc[0, "doc_date"] = None
    bad.loc[1, "parties"] = ""
    result = run_suite("documents", bad, EXPECTATIONS)
    assert not result.success and not result.corpus_failures, result.summary()
    by_column = {f["column"]: f for f in result.document_failures}
    assert set(by_column) == {"doc_date", "parties"}
    assert list(by_column["doc_date"]["documents"]) == [bad.loc[0, "source_file"]]
    assert by_column["parties"]["documents"][bad.loc[1, "source_file"]]["rows"] == [bad.loc[1, "doc_id"]]
    shared = stages["documents"].copy()
    shared.loc[1, "doc_id"] = shared.loc[0, "doc_id"]
    result = run_suite("documents", shared, EXPECTATIONS)
    assert [f["column"] for f in result.corpus_failures] == ["doc_id"], "an id shared by two files blocks"
    bad = stages["documents"].copy()
    bad.loc[0, "doc_type"] = "memo"
    assert_fails("documents", bad, "expect_column_values_to_be_in_set", "doc_type")


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("funding", "amount", -5.0),
        ("funding", "amount", 5e13),  # over the documented ceiling (contract MAX_AMOUNT)
        ("funding", "years", 99999),  # over MAX_YEARS
        ("statistics", "value", 125.0),
        ("statistics", "value", 1e23),  # over MAX_STATISTIC
    ],
)
def test_a_failing_value_is_held_against_its_document_not_the_corpus(table, column, value):
    tables = good_tables()
    df = tables[table].copy()
    df[column] = pd.Series([value], dtype=df[column].dtype)
    result = run_suite(table, df, EXPECTATIONS)
    assert result.failed and not result.corpus_failures, result.summary()
    assert {d for f in result.document_failures for d in f["documents"]} == {df.loc[0, "doc_id"]}


def test_every_failing_row_is_held_against_its_document_beyond_the_200_values_gx_lists():
    tables = good_tables()
    row = tables["statistics"].iloc[[0]]
    many = pd.concat([row] * 450, ignore_index=True)
    many["doc_id"] = [f"2011-01-01-doc-{i}" for i in range(len(many))]
    many["statistic_id"] = [f"s{i}" for i in range(len(many))]
    many["value"] = pd.Series([125.0] * len(many), dtype=row["value"].dtype)  # a percentage over 100
    result = run_suite("statistics", many, EXPECTATIONS)
    assert result.failed and not result.corpus_failures, result.summary()
    assert {d for f in result.document_failures for d in f["documents"]} == set(many["doc_id"])


def test_schema_and_ids_shared_across_documents_block_while_a_duplicate_within_one_document_does_not():
    tables = good_tables()
    result = run_suite("commitments", tables["commitments"].drop(columns=["modality"]), EXPECTATIONS)
    assert any(
        f["expectation_type"] == "expect_table_columns_to_match_ordered_list" for f in result.corpus_failures
    )
    twice = pd.concat([tables["commitments"]] * 2, ignore_index=True)
    within = run_suite("commitments", twice, EXPECTATIONS)
    assert within.failed and not within.corpus_failures, within.summary()
    across = twice.copy()
    across.loc[1, "doc_id"] = "2011-01-01-another"
    result = run_suite("commitments", across, EXPECTATIONS)
    assert any(f["column"] == "commitment_id" for f in result.corpus_failures), result.summary()


def test_contract_table_suites_pass_on_good_rows_and_fail_on_broken_ones():
    tables = good_tables()
    for name, df in tables.items():
        assert_passes(name, df)
    c = tables["commitments"].copy()
    c["theme"] = "weather"
    assert_fails("commitments", c, "expect_column_values_to_be_in_set", "theme")
    assert_fails("commitments", pd.concat([tables["commitments"]] * 2), "expect_column_values_to_be_unique")
    assert_fails(
        "commitments",
        tables["commitments"].drop(columns=["modality"]),
        "expect_table_columns_to_match_ordered_list",
    )
    f = tables["funding"].copy()
    f["amount"] = 0.0
    assert_fails("funding", f, "expect_column_values_to_be_between", "amount")
    f = tables["funding"].copy()
    f["currency"] = "EURO"
    assert_fails("funding", f, "expect_column_values_to_be_in_set", "currency")
    s = tables["statistics"].copy()
    s["value"] = 150.0
    assert_fails("statistics", s, "expect_column_values_to_be_between", "value")


def test_validated_tables_suite_checks_foreign_keys_offsets_and_date_windows():
    tables = good_tables()
    assert_passes("validated_tables", frames.cross_table_frame(tables))
    orphan = {**tables, "funding": tables["funding"].assign(doc_id="1999-01-01-nowhere")}
    assert_fails(
        "validated_tables", frames.cross_table_frame(orphan), "expect_column_values_to_be_in_set", "doc_found"
    )
    shifted = {**tables, "commitments": tables["commitments"].assign(char_start=1)}
    assert_fails(
        "validated_tables",
        frames.cross_table_frame(shifted),
        "expect_column_values_to_be_in_set",
        "offset_matches",
    )
    late = tables["commitments"].copy()
    late["deadline_date"] = pd.Series([pd.Timestamp("2090-01-01").date()], dtype=late["deadline_date"].dtype)
    assert_fails(
        "validated_tables",
        frames.cross_table_frame({**tables, "commitments": late}),
        "expect_column_values_to_be_between",
        "deadline_date_years_from_doc",
    )


def funding_with(**values) -> dict[str, pd.DataFrame]:
    tables = good_tables()
    df = tables["funding"].copy()
    for column, value in values.items():
        df[column] = pd.Series([value], dtype=df[column].dtype)
    return {**tables, "funding": df}


def test_every_funding_value_is_checked_against_the_others():
    rated = funding_with(amount_gbp=8_578_400.0, fx_source="ECB, 2010")  # 2010: 0.85784 GBP per EUR
    assert_passes("validated_tables", frames.cross_table_frame(rated))
    # a cache entry rewritten with a valid header: 5e9 EUR beside amount_gbp 12,000,000
    tampered = funding_with(amount=5e9, total_amount=5e9, amount_eur=5e9, amount_gbp=12_000_000.0)
    assert_fails(
        "validated_tables",
        frames.cross_table_frame(tampered),
        "expect_column_values_to_be_between",
        "gbp_per_eur",
    )
    for broken, column in [
        (funding_with(amount_gbp=8_000_000.0, fx_source="ECB, 2010"), "fx_rate_deviation"),  # not 2010's rate
        (funding_with(amount_eur=9_000_000.0, amount_gbp=7_650_000.0), "own_currency_deviation"),
        (funding_with(years=3), "total_deviation"),  # per year for 3 years, total of one year
    ]:
        assert_fails(
            "validated_tables", frames.cross_table_frame(broken), "expect_column_values_to_be_between", column
        )


def test_a_currency_without_a_rate_is_kept_with_empty_converted_amounts_and_a_reason():
    usd = funding_with(currency="USD", amount_gbp=None, amount_eur=None, fx_source="none: no rate for USD")
    assert_passes("funding", usd["funding"])
    assert_passes("validated_tables", frames.cross_table_frame(usd))
    silent = funding_with(currency="USD", amount_gbp=None, amount_eur=None)
    assert_fails(
        "validated_tables",
        frames.cross_table_frame(silent),
        "expect_column_values_to_be_in_set",
        "conversion_explained",
    )


def test_evaluation_suite():
    assert_passes(
        "evaluation", frames.evaluation_frame({"commitments": {"precision": 0.9, "recall": 0.8, "f1": 0.85}})
    )
    broken = frames.evaluation_frame({"commitments": {"precision": 0.9, "recall": 1.2, "f1": 0.85}})
    assert_fails("evaluation", broken, "expect_column_values_to_be_between", "value")


def test_published_release_suite_reads_csv_and_parquet_back(tmp_path):
    tables = good_tables()
    tables["commitments"].loc[0, "deadline_text"] = "=HYPERLINK(1)"
    for name, df in tables.items():
        write_table(df, TABLES[name], tmp_path)
    assert_passes("published_release", frames.published_frame(tmp_path))

    csv = tmp_path / "commitments.csv"
    csv.write_text(csv.read_text(encoding="utf-8").replace("'=HYPERLINK", "=HYPERLINK"), encoding="utf-8")
    assert_fails(
        "published_release",
        frames.published_frame(tmp_path),
        "expect_column_values_to_be_null",
        "formula_cell",
    )

    documents_csv = tmp_path / "documents.csv"
    header = documents_csv.read_text(encoding="utf-8").split("\n", 1)[0]
    documents_csv.write_text(header + "\n", encoding="utf-8")
    assert_fails(
        "published_release", frames.published_frame(tmp_path), "expect_column_pair_values_to_be_equal"
    )


def test_editing_a_suite_in_expectations_changes_what_is_checked(stages, tmp_path):
    edited = tmp_path / "expectations"
    shutil.copytree(EXPECTATIONS, edited)
    path = edited / "normalised_documents.json"
    suite = json.loads(path.read_text(encoding="utf-8"))
    for e in suite["expectations"]:
        if e["kwargs"].get("column") == "share_of_raw_chars":
            e["kwargs"]["min_value"] = 0.9999
    path.write_text(json.dumps(suite), encoding="utf-8")
    good = frames.normalised_frame(stages["normalised"])
    assert_passes("normalised_documents", good)
    assert not run_suite("normalised_documents", good, edited).success


def test_a_suite_runs_once_per_frame_content_and_its_result_is_reused_as_a_copy(tmp_path, monkeypatch):
    """The asset checks and validated_tables validate the same frames: GX runs once for both."""
    import pandas as pd

    from pipeline.quality import suites

    (tmp_path / "tiny.json").write_text(
        '{"name": "tiny", "expectations": [{"type": "expect_column_to_exist", "kwargs": {"column": "a"}}]}',
        encoding="utf-8",
    )
    runs = []
    inner = suites._run_suite
    monkeypatch.setattr(suites, "_run_suite", lambda *a: runs.append(a[0]) or inner(*a))
    first = suites.run_suite("tiny", pd.DataFrame({"a": [1, 2]}), tmp_path)
    again = suites.run_suite("tiny", pd.DataFrame({"a": [1, 2]}), tmp_path)
    other = suites.run_suite("tiny", pd.DataFrame({"a": [1, 3]}), tmp_path)
    assert runs == ["tiny", "tiny"]
    assert again == first and again is not first
    assert other.success


def test_a_frame_is_validated_once_whatever_its_index(monkeypatch):
    from pipeline.quality import suites

    calls = []
    real = suites._run_suite
    monkeypatch.setattr(suites, "_RESULTS", type(suites._RESULTS)())  # nothing from earlier tests
    monkeypatch.setattr(suites, "_run_suite", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    frame = good_tables()["statistics"]
    first = run_suite("statistics", frame, EXPECTATIONS)
    again = run_suite("statistics", frame.set_axis(range(10, 10 + len(frame))), EXPECTATIONS)
    assert calls == ["statistics"] and first.as_dict() == again.as_dict()
    changed = frame.copy()
    changed["value"] = changed["value"] + 1
    run_suite("statistics", changed, EXPECTATIONS)
    assert calls == ["statistics", "statistics"], "other values: validated again"


def test_a_suite_on_frames_read_from_the_same_stored_files_is_not_read_again(stages):
    from pipeline.quality.suites import STORED_AS, StoredFrame, run_suite_on, stored_as

    raw = stages["raw"].copy()
    raw.attrs[STORED_AS] = stored_as("raw_documents.parquet|1|2|3|4", None)
    checked = run_suite_on("raw_documents", frames.raw_documents_frame, [raw], EXPECTATIONS)
    assert checked.success, checked.summary()

    def never(columns):
        raise AssertionError("a stored frame whose check ran was read again")

    same = StoredFrame("raw_documents.parquet|1|2|3|4", None, never)
    again = run_suite_on("raw_documents", frames.raw_documents_frame, [same], EXPECTATIONS)
    assert again.as_dict() == checked.as_dict()

    broken = stages["raw"].copy()
    broken.loc[0, "n_bytes"] = 50_000_000
    rewritten = StoredFrame("raw_documents.parquet|1|2|9|4", None, lambda columns: broken)
    result = run_suite_on("raw_documents", frames.raw_documents_frame, [rewritten], EXPECTATIONS)
    assert not result.success, "a file with another status is read and validated"
