"""The release's SQLite database: the four tables with their keys, indexes, full-text search and views.

For people who query rather than load: `sqlite3`, DB Browser, Datasette (`make explore`). Every
table, column, type, key and check comes from the contract; which columns are searched and
faceted comes from `pipeline/vocab/browse.yaml`.

    <table>                     the contract's columns and types, PRIMARY KEY, FOREIGN KEY doc_id
    <table>_fts                 FTS5 index over the table's text columns (external content)
    <table>_with_document       each row with its document's title and date (not for documents)
    data_dictionary             what every column means

Same tables in, same bytes out (with the same SQLite library): rows are inserted in the
contract's order into a fresh file with fixed page settings, and the file is vacuumed.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import vocab
from pipeline.contract import TABLES, Column, ColumnType, Table, conform, plain_values
from pipeline.publish.dictionary import DICTIONARY_COLUMNS, browse, dictionary_rows

SQL_TYPES: dict[ColumnType, str] = {
    "string": "TEXT",
    "integer": "INTEGER",
    "number": "REAL",
    "boolean": "INTEGER",  # 0 or 1: SQLite has no boolean type
    "date": "TEXT",  # ISO 8601 `YYYY-MM-DD`, which SQLite's date functions read
}
DICTIONARY_TABLE = "data_dictionary"
PAGE_SIZE = 4096


class DatabaseBuildError(RuntimeError):
    """The database just written does not hold what the tables hold."""


def database_name() -> str:
    return f"{vocab.load('publish')['dataset']['name']}.sqlite"


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def literal(value: object) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


def fts_name(table: Table) -> str:
    return f"{table.name}_fts"


def view_name(table: Table) -> str:
    return f"{table.name}_with_document"


def _checks(column: Column) -> list[str]:
    name = quote(column.name)
    checks = []
    if column.type == "boolean":
        checks.append(f"{name} IN (0, 1)")
    if column.type == "date":
        checks.append(f"{name} IS date({name})")  # a real calendar date written YYYY-MM-DD
    if column.enum:
        checks.append(f"{name} IN ({', '.join(literal(v) for v in column.enum)})")
    if column.minimum is not None:
        checks.append(f"{name} >= {literal(column.minimum)}")
    if column.maximum is not None:
        checks.append(f"{name} <= {literal(column.maximum)}")
    return checks


def _one_line(text: str) -> str:
    return " ".join(text.split())


def create_table_sql(table: Table) -> str:
    """CREATE TABLE with each column's description as a comment, so `.schema` documents itself."""
    parts = []
    for column in table.columns:
        definition = f"{quote(column.name)} {SQL_TYPES[column.type]}"
        if not column.nullable:
            definition += " NOT NULL"
        if column.unique and column.name != table.primary_key:
            definition += " UNIQUE"
        definition += "".join(f" CHECK ({check})" for check in _checks(column))
        parts.append((definition, _one_line(column.description)))
    constraints = [f"PRIMARY KEY ({quote(table.primary_key)})"]
    constraints += [
        f"FOREIGN KEY ({quote(fk.column)}) REFERENCES {quote(fk.table)} ({quote(fk.ref_column)})"
        for fk in table.foreign_keys
    ]
    lines = [f"  {definition}, -- {description}" for definition, description in parts]
    lines += [f"  {c}," for c in constraints]
    lines[-1] = lines[-1].rstrip(",")
    return f"CREATE TABLE {quote(table.name)} ( -- {_one_line(table.title)}\n" + "\n".join(lines) + "\n)"


def indexed_columns(table: Table, config: Mapping[str, Any]) -> list[str]:
    """Foreign keys, dates and the facet columns: what people filter, join and sort by."""
    wanted = [fk.column for fk in table.foreign_keys]
    wanted += [c.name for c in table.columns if c.type == "date"]
    wanted += list(config["facets"].get(table.name, []))
    return [name for i, name in enumerate(wanted) if name not in wanted[:i] and name != table.primary_key]


def index_sql(table: Table, config: Mapping[str, Any]) -> list[str]:
    return [
        f"CREATE INDEX {quote(f'idx_{table.name}_{name}')} ON {quote(table.name)} ({quote(name)})"
        for name in indexed_columns(table, config)
    ]


def fts_sql(table: Table, config: Mapping[str, Any]) -> list[str]:
    """An external-content FTS5 table over the table's text columns, filled from it."""
    columns = config["search"]["columns"].get(table.name)
    if not columns:
        return []
    fts = quote(fts_name(table))
    # content="<table>" in double quotes is also how Datasette recognises the table's index.
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(quote(c) for c in columns)}, "
        f'content={quote(table.name)}, content_rowid="rowid", '
        f"tokenize={literal(config['search']['tokenizer'])})",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        f"INSERT INTO {fts}({fts}) VALUES ('optimize')",
    ]


def view_sql(table: Table, config: Mapping[str, Any]) -> str | None:
    """A view of `table` with its document's title and date beside each row."""
    fk = next((fk for fk in table.foreign_keys if fk.table == "documents"), None)
    if fk is None:
        return None
    selected = [f"t.{quote(c)}" for c in table.column_names]
    selected += [f"d.{quote(src)} AS {quote(alias)}" for alias, src in config["document_columns"].items()]
    return (
        f"CREATE VIEW {quote(view_name(table))} AS SELECT {', '.join(selected)} "
        f"FROM {quote(table.name)} AS t JOIN {quote(fk.table)} AS d "
        f"ON d.{quote(fk.ref_column)} = t.{quote(fk.column)} ORDER BY t.rowid"
    )


def sql_rows(frame: pd.DataFrame, table: Table) -> list[tuple[Any, ...]]:
    """The table's rows as SQLite values in contract order: ISO dates, 0/1 booleans, None for nulls."""
    ordered = conform(frame, table)
    converters: dict[ColumnType, Callable[[Any], object]] = {
        "string": str,
        "integer": int,
        "number": float,
        "boolean": lambda v: int(bool(v)),
        "date": lambda v: v.isoformat(),
    }
    columns = []
    for column in table.columns:
        convert = converters[column.type]
        columns.append([None if v is None else convert(v) for v in plain_values(ordered[column.name])])
    return list(zip(*columns, strict=True)) if columns else []


def _insert(
    con: sqlite3.Connection, name: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    placeholders = ", ".join("?" for _ in columns)
    con.executemany(
        f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in columns)}) VALUES ({placeholders})", rows
    )


def _dictionary_sql() -> str:
    types = {
        "required": "INTEGER",
        "unique": "INTEGER",
        "primary_key": "INTEGER",
        "added_by_project": "INTEGER",
    }
    types |= {"minimum": "REAL", "maximum": "REAL"}
    columns = ", ".join(f"{quote(c)} {types.get(c, 'TEXT')}" for c in DICTIONARY_COLUMNS)
    return f'CREATE TABLE {quote(DICTIONARY_TABLE)} ({columns}, PRIMARY KEY ("table", "column"))'


def _dictionary_values() -> list[tuple[Any, ...]]:
    return [
        tuple(int(v) if isinstance(v, bool) else v for v in (row[c] for c in DICTIONARY_COLUMNS))
        for row in dictionary_rows()
    ]


def build(con: sqlite3.Connection, tables: Mapping[str, pd.DataFrame]) -> None:
    """Create and fill every object of the database on an empty connection."""
    config = browse()
    con.execute("BEGIN")
    for table in TABLES.values():  # documents first: the others reference it
        con.execute(create_table_sql(table))
        _insert(con, table.name, table.column_names, sql_rows(tables[table.name], table))
    for table in TABLES.values():
        for statement in index_sql(table, config):
            con.execute(statement)
        view = view_sql(table, config)
        if view:
            con.execute(view)
    con.execute(_dictionary_sql())
    _insert(con, DICTIONARY_TABLE, DICTIONARY_COLUMNS, _dictionary_values())
    con.execute("COMMIT")
    con.execute("VACUUM")  # before the search index: its rowids are those of the final file
    con.execute("BEGIN")
    for table in TABLES.values():
        for statement in fts_sql(table, config):
            con.execute(statement)
    con.execute("COMMIT")
    con.execute("VACUUM")


def database_problems(path: Path, row_counts: Mapping[str, int]) -> list[str]:
    """What is wrong with a written database: integrity, keys, search indexes, row counts."""
    problems = []
    # read-write: FTS5's integrity-check is an INSERT, although it changes nothing
    con = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {'; '.join(integrity[:5])}")
        for table_name, rowid, parent, fk_index in con.execute("PRAGMA foreign_key_check").fetchall():
            column = con.execute(f"PRAGMA foreign_key_list({quote(table_name)})").fetchall()[fk_index][3]
            value = con.execute(
                f"SELECT {quote(column)} FROM {quote(table_name)} WHERE rowid = ?", (rowid,)
            ).fetchone()[0]
            problems.append(f"{table_name}.{column} = {value!r}: no such row in {parent}")
        config = browse()
        for table in TABLES.values():
            n = con.execute(f"SELECT count(*) FROM {quote(table.name)}").fetchone()[0]
            if n != row_counts.get(table.name):
                problems.append(
                    f"{table.name}: {n} rows in the database, {row_counts.get(table.name)} expected"
                )
            if fts_sql(table, config):
                fts = quote(fts_name(table))
                try:
                    con.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
                except sqlite3.DatabaseError as exc:
                    problems.append(f"{fts_name(table)}: search index does not match the table ({exc})")
    finally:
        con.close()
    return problems


def write_database(tables: Mapping[str, pd.DataFrame], target: Path) -> Path:
    """Write the database of `tables` to `target`, built aside and checked before it is moved in."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        con.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        con.execute("PRAGMA journal_mode = DELETE")
        # keys are checked once the tables are full (PRAGMA foreign_key_check names every orphan)
        build(con, tables)
    except sqlite3.Error as exc:  # a row breaking a key or a check: name it, leave no file behind
        con.close()
        tmp.unlink(missing_ok=True)
        raise DatabaseBuildError(f"{target.name}: {exc}") from exc
    finally:
        con.close()
    problems = database_problems(tmp, {name: len(tables[name]) for name in TABLES})
    if problems:
        tmp.unlink(missing_ok=True)
        raise DatabaseBuildError(f"{target.name}: " + "; ".join(problems))
    os.replace(tmp, target)
    return target
