"""Every suite in expectations/ passes on good data and fails on data that breaks it."""

from __future__ import annotations

import copy
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
from pipeline.quality.suites import SCOPE_CORPUS, SuiteResult, run_suite
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
    assert_fails_each(suite, df, [(expectation, column)])


def assert_fails_each(
    suite: str, df: pd.DataFrame, broken: list[tuple[str, str | None]], only: bool = False
) -> SuiteResult:
    """One validation of a frame broken in several places: each ``(expectation, column)`` fails
    (column None: on any column); with ``only``, every expectation on another column passes."""
    result = run_suite(suite, df, EXPECTATIONS)
    assert not result.success, f"{suite} did not fail on broken data"
    for expectation, column in broken:
        assert any(
            f["expectation_type"] == expectation and (column is None or f["column"] == column)
            for f in result.failed
        ), f"{expectation} on {column} did not fail: {result.summary()}"
    if only:
        failing_columns = {f["column"] for f in result.failed + result.warnings}
        assert failing_columns <= {column for _, column in broken}, result.summary()
    return result


# --- ingest ---------------------------------------------------------------------------------


def test_raw_documents_suite(stages):
    good = frames.raw_documents_frame(stages["raw"])
    assert_passes("raw_documents", good)
    # one frame, three rows broken each its own way: a duplicated file, a mis-decoded one, one too big
    broken = pd.concat([stages["raw"], stages["raw"].iloc[[0]]], ignore_index=True)
    broken.loc[1, "text"] = broken.loc[1, "text"] + "caf\ufffd"
    broken.loc[2, "n_bytes"] = 50_000_000
    result = assert_fails_each(
        "raw_documents",
        frames.raw_documents_frame(broken),
        [
            ("expect_column_values_to_be_unique", "sha256"),
            ("expect_column_values_to_be_in_set", None),
            ("expect_column_values_to_be_between", None),
        ],
    )
    failing = {f["expectation_type"]: set(f["documents"]) for f in result.document_failures}
    assert broken.loc[1, "source_file"] in failing.get("expect_column_values_to_be_in_set", set())
    assert failing.get("expect_column_values_to_be_between") == {broken.loc[2, "source_file"]}


def test_raw_manifest_suite_passes_when_absent_and_fails_on_bad_values():
    assert_passes("raw_manifest", frames.manifest_frame(pd.DataFrame()))
    good = pd.DataFrame([{"file": "a.txt", "doc_date": "2010-07-13", "doc_type": "declaration"}])
    assert_passes("raw_manifest", frames.manifest_frame(good))
    bad = pd.concat(
        [good.assign(file="b.txt", doc_type="memo"), good.assign(file="c.txt", doc_date="13/07/2010")],
        ignore_index=True,
    )
    assert_fails_each(
        "raw_manifest",
        frames.manifest_frame(bad),
        [("expect_column_values_to_be_in_set", "doc_type"), ("expect_column_values_to_match_regex", None)],
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


ARTEFACTS = [
    "cost $\\notin$ 5",
    "footnote<sup>1</sup> here",
    "\n• a bullet",
    "the end./.",
    "21\nst\ncentury",
    "a\n\n\n\nb",
    "bell\x07",
]


def test_normalised_documents_suite_fails_on_each_conversion_artefact(stages):
    good = frames.normalised_frame(stages["normalised"])
    assert_passes("normalised_documents", good)
    # one validation: the good rows, then one copy of a good row per artefact, each its own file
    copies = pd.concat([good.iloc[[1]]] * len(ARTEFACTS), ignore_index=True)
    copies["source_file"] = [f"artefact-{i}.txt" for i in range(len(ARTEFACTS))]
    copies["sha256"] = [f"{i:064x}" for i in range(len(ARTEFACTS))]
    copies["text"] = [text + " " + artefact for text, artefact in zip(copies["text"], ARTEFACTS, strict=True)]
    broken = pd.concat([good, copies], ignore_index=True)
    result = assert_fails_each(
        "normalised_documents", broken, [("expect_column_values_to_not_match_regex", "text")], only=True
    )
    flagged = {d for f in result.document_failures for d in f["documents"]}
    assert flagged == set(copies["source_file"]), f"each artefact alone fails its row: {result.summary()}"


def test_normalised_documents_suite_fails_when_text_is_silently_dropped(stages):
    broken = stages["normalised"].copy()
    broken.loc[0, "n_chars"] = broken.loc[0, "raw_chars"] // 2
    assert_fails(
        "normalised_documents", frames.normalised_frame(broken), "expect_column_values_to_be_between"
    )


def test_document_segments_suite(stages):
    texts = dict(zip(stages["normalised"]["sha256"], stages["normalised"]["text"], strict=True))
    assert_passes("document_segments", frames.segments_frame(stages["segments"], texts))
    # one frame, three segments broken each its own way: shifted, an orphan list item, overlapping
    broken = stages["segments"].copy()
    broken.loc[3, "start"] += 1
    item = next(i for i in broken.index[broken["kind"] == "list_item"] if i not in {3, 5, 6})
    broken.loc[item, "lead_in"] = pd.NA
    broken.loc[5, "end"] = broken.loc[6, "end"]
    broken.loc[5, "text"] = texts[broken.loc[5, "sha256"]][broken.loc[5, "start"] : broken.loc[5, "end"]]
    result = assert_fails_each(
        "document_segments",
        frames.segments_frame(broken, texts),
        [
            ("expect_column_values_to_be_in_set", "slice_matches"),
            ("expect_column_values_to_not_be_null", "lead_in"),
            ("expect_column_values_to_be_in_set", "overlaps_previous"),
        ],
    )
    rows = {
        (f["column"], row)
        for f in result.document_failures
        for d in f["documents"].values()
        for row in d["rows"]
    }

    def name(i: int) -> str:
        return f"{broken.loc[i, 'sha256']}, {broken.loc[i, 'seg']}"

    assert ("slice_matches", name(3)) in rows and ("lead_in", name(item)) in rows, result.summary()
    assert ("overlaps_previous", name(6)) in rows, "the segment after the lengthened one overlaps it"


# --- tables -----------------------------------------------------------------------------------


def test_documents_suite_holds_back_an_undated_or_party_less_document_and_blocks_on_a_shared_id(stages):
    assert_passes("documents", stages["documents"])
    # one validation: three documents broken each its own way, and two others sharing one doc_id
    bad = stages["documents"].copy()
    assert len(bad) >= 5
    bad["doc_date"] = bad["doc_date"].astype("object")
    bad.loc[0, "doc_date"] = None
    bad.loc[1, "parties"] = ""
    bad.loc[2, "doc_type"] = "memo"
    bad.loc[4, "doc_id"] = bad.loc[3, "doc_id"]
    result = run_suite("documents", bad, EXPECTATIONS)
    assert not result.success, result.summary()
    # the shared id blocks; the three broken documents block nothing (each failure is its document's)
    corpus = [f["column"] for f in result.corpus_failures]
    assert corpus == ["doc_id"], f"an id shared by two files blocks, nothing else does: {result.summary()}"
    by_column = {f["column"]: f for f in result.document_failures}
    assert set(by_column) == {"doc_date", "parties", "doc_type"}
    assert list(by_column["doc_date"]["documents"]) == [bad.loc[0, "source_file"]]
    assert by_column["parties"]["documents"][bad.loc[1, "source_file"]]["rows"] == [bad.loc[1, "doc_id"]]
    assert by_column["doc_type"]["expectation_type"] == "expect_column_values_to_be_in_set"
    assert list(by_column["doc_type"]["documents"]) == [bad.loc[2, "source_file"]]


# The span tables' values that fail a suite, each in a row of its own document after the good row:
# one validation per table, read by every test below that breaks a value of that table.
FAILING_VALUES: dict[str, list[dict[str, object]]] = {
    "funding": [
        {"amount": -5.0},
        {"amount": 5e13},  # over the documented ceiling (contract MAX_AMOUNT)
        {"years": 99999},  # over MAX_YEARS
    ],
    "statistics": [{"value": 125.0}, {"value": 1e23}],  # 1e23: over MAX_STATISTIC
}
# more broken rows in the same validation: one funding row broken twice (a zero amount, a currency
# not in ISO 4217), one statistic of 150 %, and 450 percentages over 100 (more than GX lists values)
CONTRACT_BREAKS = {"funding": {"amount": 0.0, "currency": "EURO"}, "statistics": {"value": 150.0}}
MANY = 450


@cache
def _broken_values(table: str) -> tuple[pd.DataFrame, SuiteResult]:
    good = good_tables()[table]
    key = TABLES[table].primary_key
    breaks = [*FAILING_VALUES[table], CONTRACT_BREAKS[table]]
    if table == "statistics":
        breaks += [{"value": 125.0}] * MANY
    rows = [good]
    for i, values in enumerate(breaks):
        row = good.copy()
        row[key] = f"{row.loc[0, key]}-broken-{i}"
        row["doc_id"] = f"2011-01-01-broken-{i}"
        for column, value in values.items():
            row[column] = pd.Series([value], dtype=good[column].dtype)
        rows.append(row)
    df = pd.concat(rows, ignore_index=True)
    return df, run_suite(table, df, EXPECTATIONS)


def broken_values(table: str) -> tuple[pd.DataFrame, SuiteResult]:
    """The good row of ``table`` and, in a document of its own each, one row per entry of
    ``FAILING_VALUES[table]``, then ``CONTRACT_BREAKS[table]`` (then, for statistics, ``MANY``
    percentages over 100), validated once for the session: a private copy of the frame and result."""
    df, result = _broken_values(table)
    return df.copy(), SuiteResult.from_dict(copy.deepcopy(result.as_dict()))


def failures_of(result: SuiteResult, doc_id: str) -> list[dict]:
    """The failures and warnings that name ``doc_id`` among their documents."""
    return [f for f in result.failed + result.warnings if doc_id in (f.get("documents") or {})]


@pytest.mark.parametrize("table", list(FAILING_VALUES))
def test_a_failing_value_is_held_against_its_document_not_the_corpus(table):
    """One validation: the good row, then one copy of it per failing value, each in its own document."""
    df, result = broken_values(table)
    assert result.failed and not result.corpus_failures, result.summary()
    held = {(f["column"], d) for f in result.document_failures for d in f["documents"]}
    assert {d for _, d in held} == set(df["doc_id"][1:]), "each broken row's document, not the good one"
    for i, values in enumerate(FAILING_VALUES[table]):
        (column,) = values
        assert (column, df.loc[i + 1, "doc_id"]) in held, f"{values}: {result.summary()}"


def test_every_failing_row_is_held_against_its_document_beyond_the_200_values_gx_lists():
    df, result = broken_values("statistics")
    many = df.iloc[-MANY:]
    assert (many["value"] == 125.0).all() and many["doc_id"].is_unique
    assert result.failed and not result.corpus_failures, result.summary()
    held = {d for f in result.document_failures for d in f["documents"]}
    assert set(many["doc_id"]) <= held and held == set(df["doc_id"][1:]), result.summary()


def test_schema_and_ids_shared_across_documents_block_while_a_duplicate_within_one_document_does_not():
    tables = good_tables()
    result = run_suite("commitments", tables["commitments"].drop(columns=["modality"]), EXPECTATIONS)
    assert any(
        f["expectation_type"] == "expect_table_columns_to_match_ordered_list" for f in result.corpus_failures
    )
    twice, within = commitment_twice()
    assert within.failed and not within.corpus_failures, within.summary()
    assert any(f["expectation_type"] in UNIQUENESS for f in within.document_failures), within.summary()
    across = twice.copy()
    across.loc[1, "doc_id"] = "2011-01-01-another"
    result = run_suite("commitments", across, EXPECTATIONS)
    assert any(f["column"] == "commitment_id" for f in result.corpus_failures), result.summary()


UNIQUENESS = {"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"}


@cache
def _commitment_twice() -> tuple[pd.DataFrame, SuiteResult]:
    c = pd.concat([good_tables()["commitments"]] * 2, ignore_index=True)
    c.loc[1, "theme"] = "weather"
    return c, run_suite("commitments", c, EXPECTATIONS)


def commitment_twice() -> tuple[pd.DataFrame, SuiteResult]:
    """The good commitment twice in its document, the copy with an unknown theme, validated once for
    the session: a private copy of the frame and result."""
    df, result = _commitment_twice()
    return df.copy(), SuiteResult.from_dict(copy.deepcopy(result.as_dict()))


def test_contract_table_suites_pass_on_good_rows_and_fail_on_broken_ones():
    tables = good_tables()
    for name, df in tables.items():
        assert_passes(name, df)
    # broken twice in one frame (a row repeated, one copy with an unknown theme): one validation
    _, result = commitment_twice()
    assert not result.success
    for expectation, column in [
        ("expect_column_values_to_be_in_set", "theme"),
        ("expect_column_values_to_be_unique", None),
    ]:
        assert any(
            f["expectation_type"] == expectation and (column is None or f["column"] == column)
            for f in result.failed
        ), f"{expectation} on {column} did not fail: {result.summary()}"
    assert_fails(
        "commitments",
        tables["commitments"].drop(columns=["modality"]),
        "expect_table_columns_to_match_ordered_list",
    )
    # the funding row with a zero amount and an unknown currency fails on those two columns only
    df, result = broken_values("funding")
    assert not result.corpus_failures, result.summary()
    assert not [f for f in result.warnings if f.get("scope", SCOPE_CORPUS) == SCOPE_CORPUS]
    f = failures_of(result, df["doc_id"].iloc[len(FAILING_VALUES["funding"]) + 1])
    assert {(x["expectation_type"], x["column"]) for x in f} >= {
        ("expect_column_values_to_be_between", "amount"),
        ("expect_column_values_to_be_in_set", "currency"),
    }, result.summary()
    assert {x["column"] for x in f} <= {"amount", "currency"}, result.summary()
    # the statistic of 150 % fails its range
    df, result = broken_values("statistics")
    s = failures_of(result, df["doc_id"].iloc[len(FAILING_VALUES["statistics"]) + 1])
    assert ("expect_column_values_to_be_between", "value") in {
        (x["expectation_type"], x["column"]) for x in s
    }, result.summary()


def test_validated_tables_suite_checks_foreign_keys_offsets_and_date_windows():
    tables = good_tables()
    assert_passes("validated_tables", frames.cross_table_frame(tables))
    # one validation: an orphan funding row, a commitment shifted by one character and due in 2090
    late = tables["commitments"].copy()
    late["deadline_date"] = pd.Series([pd.Timestamp("2090-01-01").date()], dtype=late["deadline_date"].dtype)
    broken = {
        **tables,
        "funding": tables["funding"].assign(doc_id="1999-01-01-nowhere"),
        "commitments": late.assign(char_start=1),
    }
    result = assert_fails_each(
        "validated_tables",
        frames.cross_table_frame(broken),
        [
            ("expect_column_values_to_be_in_set", "doc_found"),
            ("expect_column_values_to_be_in_set", "offset_matches"),
            ("expect_column_values_to_be_between", "deadline_date_years_from_doc"),
        ],
    )
    by_column = {f["column"]: f for f in result.failed}
    assert "funding:f1" in str(by_column["doc_found"]["examples"]), result.summary()
    for column in ("offset_matches", "deadline_date_years_from_doc"):
        rows = {r for d in by_column[column]["documents"].values() for r in d["rows"]}
        assert "commitments:c1" in rows, f"{column}: {result.summary()}"


def funding_with(**values) -> dict[str, pd.DataFrame]:
    return funding_rows(values)


def funding_rows(*rows: dict) -> dict[str, pd.DataFrame]:
    """The good tables with one funding row per ``rows`` entry (the good row with those values),
    ``f1``, ``f2``, ... in that order."""
    tables = good_tables()
    frames_ = []
    for i, values in enumerate(rows):
        df = tables["funding"].copy()
        df["funding_id"] = f"f{i + 1}"
        for column, value in values.items():
            df[column] = pd.Series([value], dtype=df[column].dtype)
        frames_.append(df)
    return {**tables, "funding": pd.concat(frames_, ignore_index=True)}


def test_every_funding_value_is_checked_against_the_others():
    rated = funding_with(amount_gbp=8_578_400.0, fx_source="ECB, 2010")  # 2010: 0.85784 GBP per EUR
    assert_passes("validated_tables", frames.cross_table_frame(rated))
    # one validation, one funding row broken per check (f1, f2, ...):
    broken = [
        # a cache entry rewritten with a valid header: 5e9 EUR beside amount_gbp 12,000,000
        ({"amount": 5e9, "total_amount": 5e9, "amount_eur": 5e9, "amount_gbp": 12_000_000.0}, "gbp_per_eur"),
        ({"amount_gbp": 8_000_000.0, "fx_source": "ECB, 2010"}, "fx_rate_deviation"),  # not 2010's rate
        ({"amount_eur": 9_000_000.0, "amount_gbp": 7_650_000.0}, "own_currency_deviation"),
        ({"years": 3}, "total_deviation"),  # per year for 3 years, total of one year
    ]
    result = assert_fails_each(
        "validated_tables",
        frames.cross_table_frame(funding_rows(*(values for values, _ in broken))),
        [("expect_column_values_to_be_between", column) for _, column in broken],
    )
    by_column = {f["column"]: f for f in result.document_failures}
    for i, (_, column) in enumerate(broken):
        rows = {r for d in by_column[column]["documents"].values() for r in d["rows"]}
        assert f"funding:f{i + 1}" in rows, f"{column}: {result.summary()}"


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


def validated_by_its_values(calls: list[str]):
    """A stand-in for GX's run, for the tests of which frames are validated again: it records the
    suite and returns a result made of the frame's values (not its index), so a result recalled for
    another frame would differ. GX itself runs in the tests above and in
    ``test_a_suite_runs_once_per_frame_content_and_its_result_is_reused_as_a_copy``."""

    def run(suite_name: str, suite_dict: dict, df: pd.DataFrame) -> SuiteResult:
        calls.append(suite_name)
        values = [[repr(v) for v in row] for row in df.itertuples(index=False)]
        n = len(suite_dict["expectations"])
        return SuiteResult(suite_name, True, n, n_rows=len(df), gx_result={"values": values})

    return run


def test_a_frame_is_validated_once_whatever_its_index(monkeypatch):
    from pipeline.quality import suites

    calls: list[str] = []
    monkeypatch.setattr(suites, "_RESULTS", type(suites._RESULTS)())  # nothing from earlier tests
    monkeypatch.setattr(suites, "_run_suite", validated_by_its_values(calls))
    frame = good_tables()["statistics"]
    first = run_suite("statistics", frame, EXPECTATIONS)
    again = run_suite("statistics", frame.set_axis(range(10, 10 + len(frame))), EXPECTATIONS)
    assert calls == ["statistics"] and first.as_dict() == again.as_dict()
    changed = frame.copy()
    changed["value"] = changed["value"] + 1
    run_suite("statistics", changed, EXPECTATIONS)
    assert calls == ["statistics", "statistics"], "other values: validated again"


def test_a_frame_with_a_column_of_lists_is_validated_once_per_content(monkeypatch, stages):
    """raw_documents' and normalised_documents' page_starts hold lists, which pandas cannot hash:
    the frame is still recognised, and another list is another frame."""
    from pipeline.quality import suites

    calls: list[str] = []
    monkeypatch.setattr(suites, "_RESULTS", type(suites._RESULTS)())  # nothing from earlier tests
    monkeypatch.setattr(suites, "_run_suite", validated_by_its_values(calls))
    raw = stages["raw"]
    assert all(isinstance(v, list) for v in raw["page_starts"])
    first = run_suite("raw_documents", raw, EXPECTATIONS)
    again = run_suite("raw_documents", raw.copy(), EXPECTATIONS)
    assert calls == ["raw_documents"] and first.as_dict() == again.as_dict()
    paged = raw.copy()
    paged["page_starts"] = [[0, 10], *raw["page_starts"][1:]]
    run_suite("raw_documents", paged, EXPECTATIONS)
    assert calls == ["raw_documents", "raw_documents"], "other pages: validated again"


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
