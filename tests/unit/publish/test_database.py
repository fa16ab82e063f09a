"""The release's SQLite database read back with the sqlite3 client: keys, types, indexes, search, views."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from pipeline.contract import TABLES, Table, empty_frame
from pipeline.publish.database import DICTIONARY_TABLE, DatabaseBuildError, database_problems, write_database

DEFAULTS = {"string": "x", "integer": 1, "number": 1.0, "boolean": False, "date": "2010-01-01"}


def frame(table: Table, rows: list[dict]) -> pd.DataFrame:
    """Rows of `table` with every contract column: given values, else a valid default for its type."""

    def default(column):
        if column.nullable:
            return None
        return column.enum[0] if column.enum else DEFAULTS[column.type]

    return pd.DataFrame([{c.name: row.get(c.name, default(c)) for c in table.columns} for row in rows])


def sample_tables() -> dict[str, pd.DataFrame]:
    """Two documents (one French), commitments, a funding row and a statistic that point at them."""
    docs = [
        {
            "doc_id": "2010-01-01-calais",
            "title": "Joint declaration on Calais",
            "doc_date": "2010-01-01",
            "source_file": "a.txt",
            "sha256": "a" * 64,
            "text": "We will secure the port of Calais. The returns of migrants will increase.",
        },
        {
            "doc_id": "2011-02-03-securite",
            "title": "Déclaration sur la sécurité",
            "doc_date": "2011-02-03",
            "source_file": "b.txt",
            "sha256": "b" * 64,
            "text": "Les deux pays renforceront la sécurité à la frontière.",
        },
    ]
    commitments = [
        {
            "commitment_id": "c1",
            "doc_id": "2010-01-01-calais",
            "seq": 1,
            "text": "We will secure the port of Calais.",
            "actor": "GB;FR",
            "theme": "border_security",
            "deadline_date": "2010-12-31",
        },
        {
            "commitment_id": "c2",
            "doc_id": "2010-01-01-calais",
            "seq": 2,
            "text": "=The returns of migrants will increase.",
            "actor": "GB",
            "theme": "returns",
        },
        {
            "commitment_id": "c3",
            "doc_id": "2011-02-03-securite",
            "seq": 1,
            "text": "Les deux pays renforceront la sécurité à la frontière.",
            "actor": "GB;FR",
            "theme": "border_security",
        },
    ]
    funding = [
        {
            "funding_id": "f1",
            "doc_id": "2010-01-01-calais",
            "text": "The UK will give £15 million.",
            "amount": 15_000_000.0,
            "currency": "GBP",
            "per_year": True,
            "years": 3,
            "total_amount": 45_000_000.0,
            "amount_gbp": 45_000_000.0,
            "amount_eur": 52_000_000.0,
            "period_start": "2010-01-01",
        }
    ]
    statistics = [{"statistic_id": "s1", "doc_id": "2010-01-01-calais", "value": 75.0, "text": "up 75%"}]
    rows = {"documents": docs, "commitments": commitments, "funding": funding, "statistics": statistics}
    return {name: frame(table, rows[name]) for name, table in TABLES.items()}


@pytest.fixture
def db(tmp_path) -> sqlite3.Connection:
    path = write_database(sample_tables(), tmp_path / "release.sqlite")
    con = sqlite3.connect(path)
    yield con
    con.close()


def search(con: sqlite3.Connection, table: str, query: str) -> list[str]:
    key = TABLES[table].primary_key
    sql = (
        f"SELECT {key} FROM {table} WHERE rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)"
    )
    return sorted(r[0] for r in con.execute(sql, (query,)))


def test_every_table_holds_every_row_with_the_contract_columns(db):
    tables = sample_tables()
    for name, table in TABLES.items():
        assert db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == len(tables[name])
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({name})")]
        assert columns == table.column_names
    assert db.execute(f"SELECT count(*) FROM {DICTIONARY_TABLE}").fetchone()[0] == sum(
        len(t.columns) for t in TABLES.values()
    )


def test_primary_and_foreign_keys_are_declared_and_hold(db):
    for name, table in TABLES.items():
        pk = [r[1] for r in db.execute(f"PRAGMA table_info({name})") if r[5]]
        assert pk == [table.primary_key]
        fks = {(r[3], r[2], r[4]) for r in db.execute(f"PRAGMA foreign_key_list({name})")}
        assert fks == {(fk.column, fk.table, fk.ref_column) for fk in table.foreign_keys}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_indexes_cover_doc_id_theme_actor_and_dates(db):
    def indexed(table: str) -> set[str]:
        names = [r[1] for r in db.execute(f"PRAGMA index_list({table})")]
        return {col[2] for n in names for col in db.execute(f"PRAGMA index_info({n!r})")}

    assert {"doc_id", "theme", "actor", "deadline_date"} <= indexed("commitments")
    assert {"doc_date", "published_date"} <= indexed("documents")
    assert {"doc_id", "period_start", "period_end"} <= indexed("funding")


def test_cells_carry_sqlite_types_dates_as_iso_text_and_booleans_as_integers(db):
    row = db.execute(
        "SELECT typeof(amount), typeof(years), per_year, typeof(per_year), period_start FROM funding"
    ).fetchone()
    assert row == ("real", "integer", 1, "integer", "2010-01-01")
    assert db.execute(
        "SELECT date(deadline_date, '+1 day') FROM commitments WHERE commitment_id = 'c1'"
    ).fetchone() == ("2011-01-01",)
    assert db.execute("SELECT text FROM commitments WHERE commitment_id = 'c2'").fetchone()[0].startswith("=")


def test_full_text_search_finds_passages_and_documents_across_case_and_accents_in_both_languages(db):
    assert search(db, "commitments", "calais") == ["c1"]
    assert search(db, "commitments", "securite") == ["c3"]  # no accent typed, accented text found
    assert search(db, "commitments", "returns") == ["c2"]
    assert search(db, "commitments", "return*") == ["c2"]  # a prefix query, in any language
    assert search(db, "commitments", "renforc*") == ["c3"]
    # no English stemmer: French words are not cut to English stems (porter made `pays` -> `pai`)
    assert search(db, "commitments", "pai") == []
    assert search(db, "commitments", "return") == []
    assert search(db, "documents", "Calais") == ["2010-01-01-calais"]
    assert search(db, "documents", "sécurité") == ["2011-02-03-securite"]
    assert search(db, "funding", "million") == ["f1"]


def test_views_join_each_row_to_its_documents_title_and_date(db):
    rows = db.execute(
        "SELECT commitment_id, document_title, document_date FROM commitments_with_document"
    ).fetchall()
    assert rows == [
        ("c1", "Joint declaration on Calais", "2010-01-01"),
        ("c2", "Joint declaration on Calais", "2010-01-01"),
        ("c3", "Déclaration sur la sécurité", "2011-02-03"),
    ]
    assert db.execute("SELECT document_title FROM funding_with_document").fetchone() == (
        "Joint declaration on Calais",
    )


def test_schema_documents_itself_with_the_contracts_descriptions(db):
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'funding'").fetchone()[0]
    assert TABLES["funding"].column("amount_gbp").description in sql


def test_same_tables_in_any_row_order_give_the_same_bytes(tmp_path):
    tables = sample_tables()
    shuffled = {name: df.iloc[::-1].reset_index(drop=True) for name, df in tables.items()}
    first = write_database(tables, tmp_path / "one.sqlite").read_bytes()
    second = write_database(shuffled, tmp_path / "two.sqlite").read_bytes()
    assert first == second


def test_a_row_pointing_at_a_missing_document_is_named_and_no_file_is_left(tmp_path):
    tables = sample_tables()
    tables["statistics"].loc[0, "doc_id"] = "1999-01-01-missing"
    with pytest.raises(DatabaseBuildError, match="1999-01-01-missing"):
        write_database(tables, tmp_path / "bad.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_a_value_outside_its_enum_is_refused(tmp_path):
    tables = sample_tables()
    tables["commitments"].loc[0, "theme"] = "not_a_theme"
    with pytest.raises(DatabaseBuildError, match="CHECK"):
        write_database(tables, tmp_path / "bad.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_empty_tables_give_a_working_database(tmp_path):
    empty = {name: empty_frame(table) for name, table in TABLES.items()}
    con = sqlite3.connect(write_database(empty, tmp_path / "empty.sqlite"))
    assert con.execute("SELECT count(*) FROM commitments_fts WHERE commitments_fts MATCH 'x'").fetchone() == (
        0,
    )
    con.close()


def test_writing_over_an_existing_file_replaces_it(tmp_path):
    target = tmp_path / "release.sqlite"
    target.write_bytes(b"not a database")
    write_database(sample_tables(), target)
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    con.close()
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == ["release.sqlite"]


def test_the_check_finds_a_tampered_search_index_and_wrong_counts(tmp_path):
    tables = sample_tables()
    path = write_database(tables, tmp_path / "release.sqlite")
    counts = {name: len(df) for name, df in tables.items()}
    assert database_problems(path, counts) == []
    con = sqlite3.connect(path)
    con.execute("UPDATE commitments SET text = 'changed behind the index' WHERE commitment_id = 'c1'")
    con.commit()
    con.close()
    problems = database_problems(path, {**counts, "funding": 5})
    assert "funding: 1 rows in the database, 5 expected" in problems
    assert any(p.startswith("commitments_fts: search index does not match") for p in problems)
