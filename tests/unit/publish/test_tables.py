"""Table files: deterministic bytes, spreadsheet-safe CSV, and the gate that checks a staged release."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.contract import DOCUMENTS, TABLES, empty_frame
from pipeline.publish import tables as table_files
from pipeline.publish.tables import read_csv_cells, read_parquet_rows, spreadsheet_safe, write_table
from pipeline.publish.verify import ReleaseVerificationError, verify_staged_release


def documents_frame(titles: list[str]) -> pd.DataFrame:
    rows = [
        {
            "doc_id": f"2010-0{i + 1}-01-doc-{i}",
            "title": title,
            "doc_date": f"2010-0{i + 1}-01",
            "published_date": None,
            "place": "London" if i % 2 else None,
            "doc_type": "declaration",
            "parties": "GB;FR",
            "signatories": None,
            "source_file": f"doc-{i}.txt",
            "source_url": None,
            "sha256": f"{i:064x}",
            "n_chars": 10 + i,
            "text": f"Text of document {i}.",
            "doc_date_source": "dateline",
            "license": "OGL-UK-3.0",
            "language": "en",
            "completeness": None,
            "title_source": "heading",
            "source_format": "txt",
            "pages": None,
            "publisher": None,
        }
        for i, title in enumerate(titles)
    ]
    return pd.DataFrame(rows)


def test_formula_like_text_cells_get_a_leading_quote_and_others_do_not():
    cells = pd.Series(["=HYPERLINK(1)", "-5 people", "\tx", "London", None, "\rx", "@SUM", "+1"], dtype="str")
    assert spreadsheet_safe(cells).tolist()[:4] == ["'=HYPERLINK(1)", "'-5 people", "'\tx", "London"]
    assert pd.isna(spreadsheet_safe(cells).iloc[4])
    assert spreadsheet_safe(cells).tolist()[5:] == ["'\rx", "'@SUM", "'+1"]
    plain = pd.Series(["London", None], dtype="str")
    assert spreadsheet_safe(plain) is plain


def test_csv_quotes_formula_cells_while_parquet_keeps_the_exact_text(tmp_path):
    written = write_table(documents_frame(["=SUM(A1)", "Plain"]), DOCUMENTS, tmp_path)
    header, rows = read_csv_cells(written["csv"])
    titles = [row[header.index("title")] for row in rows]
    assert titles == ["'=SUM(A1)", "Plain"]
    assert [r["title"] for r in read_parquet_rows(written["parquet"])] == ["=SUM(A1)", "Plain"]


def test_same_rows_in_any_order_give_byte_identical_files(tmp_path):
    frame = documents_frame(["B title", "A title", "C title"])
    first = write_table(frame, DOCUMENTS, tmp_path / "one")
    second = write_table(frame.iloc[::-1], DOCUMENTS, tmp_path / "two")
    for fmt in ("csv", "parquet"):
        assert first[fmt].read_bytes() == second[fmt].read_bytes(), fmt
    assert [r["doc_id"] for r in read_parquet_rows(first["parquet"])] == sorted(frame["doc_id"])


def stage(tmp_path, titles):
    for name, table in TABLES.items():
        frame = documents_frame(titles) if name == "documents" else empty_frame(table)
        write_table(frame, table, tmp_path)
    return tmp_path


def test_verification_passes_a_sound_staged_release(tmp_path):
    verify_staged_release(stage(tmp_path, ["One", "=Two"]))


def test_verification_refuses_a_csv_cell_that_starts_like_a_formula(tmp_path, monkeypatch):
    monkeypatch.setattr(table_files, "spreadsheet_safe", lambda value: value)
    staged = stage(tmp_path, ["One", "@Two"])
    with pytest.raises(
        ReleaseVerificationError, match=r"documents.csv row 2, column title: cell starts like"
    ):
        verify_staged_release(staged)


def test_verification_refuses_csv_and_parquet_that_disagree(tmp_path):
    staged = stage(tmp_path, ["One", "Two"])
    csv_path = staged / "documents.csv"
    csv_path.write_text(csv_path.read_text(encoding="utf-8").replace("Two", "Deux"), encoding="utf-8")
    with pytest.raises(
        ReleaseVerificationError, match="documents: CSV and Parquet do not hold the same rows"
    ):
        verify_staged_release(staged)


def test_verification_names_a_missing_file(tmp_path):
    staged = stage(tmp_path, ["One"])
    (staged / "funding.parquet").unlink()
    with pytest.raises(ReleaseVerificationError, match=r"funding: missing funding\.parquet"):
        verify_staged_release(staged)


def test_a_release_diff_reads_only_the_rows_that_differ_and_finds_what_a_full_read_finds(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.publish.diff import diff_release, schema_signature

    nan = float("nan")
    old = {"id": ["a", "b", "c", "d"], "x": [1.0, nan, None, 4.0], "t": ["same", "same", "x", "gone"]}
    new = {"id": ["a", "b", "c", "e"], "x": [1.0, nan, 3.0, 5.0], "t": ["same", "same", "x", "new"]}
    for name, data in (("old", old), ("new", new)):
        (tmp_path / name).mkdir()
        pq.write_table(pa.table(data), tmp_path / name / "t.parquet")
    schema = {"t": {"fields": [{"name": c, "type": "string"} for c in old], "primaryKey": ["id"]}}
    old_rows, new_rows = table_files.rows_to_compare(tmp_path / "old", tmp_path / "new", schema, schema)
    assert [r["id"] for r in old_rows["t"]] == ["c", "d"], "a, b (NaN and all) are equal and stay Arrow data"
    assert [r["id"] for r in new_rows["t"]] == ["c", "e"]
    full = {n: {"t": read_parquet_rows(tmp_path / n / "t.parquet")} for n in ("old", "new")}
    signature = schema_signature(schema)
    (reduced,) = diff_release(signature, signature, old_rows, new_rows)
    (complete,) = diff_release(signature, signature, full["old"], full["new"])
    assert vars(reduced) == vars(complete)
    assert (reduced.added, reduced.removed, list(reduced.changed)) == (["e"], ["d"], ["c"])


def test_pandas_reads_published_dates_as_dates_and_duckdb_as_date(tmp_path):
    import datetime as dt

    import duckdb

    frame = documents_frame(["One", "Two"])
    write_table(frame, TABLES["documents"], tmp_path)
    path = tmp_path / "documents.parquet"
    read = pd.read_parquet(path)
    assert pd.api.types.is_datetime64_any_dtype(read["doc_date"]), read["doc_date"].dtype
    assert read["doc_date"].dt.year.tolist() == [2010, 2010]
    assert (read["doc_date"] >= dt.date(2010, 2, 1)).tolist() == [False, True]
    assert pq.read_schema(path).field("doc_date").type == pa.date32()
    ((kind,),) = duckdb.sql(f"SELECT typeof(doc_date) FROM '{path}' LIMIT 1").fetchall()
    assert kind == "DATE"
