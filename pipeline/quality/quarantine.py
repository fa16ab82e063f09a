"""One value never stops the others: hold back the rows a check does not trust, and a document
whole only for what concerns it whole.

The suites in ``expectations/`` stay the one declaration of what is checked. Each failure comes
back from ``run_suite`` with its scope (``pipeline.quality.suites``): a failure of scope
``document`` names its failing rows per document. When those rows are rows of a span table
(commitments, funding, statistics, or the cross-table frame's ``<table>:<id>`` rows), that row
alone is held back and listed (scope ``row``); the document and its other rows publish. When they
are the document itself (its documents row, its raw or normalised text, its segments), the
document is held back whole (scope ``document``) — all its rows, in every table. A failure of
scope ``corpus`` (schema, types, ids shared by two documents, rows whose document is missing)
blocks publication.

A document held back whole that was in the previous (verified) release keeps that release's rows,
carried forward and flagged in ``quarantine.csv``, so nothing published is lost. The tables
about to be published are validated again after every change; carried rows that fail today's
checks are not carried, and the loop stops when nothing more fails. Pure pandas: no Dagster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

import pandas as pd

from pipeline.contract import QUARANTINE, SPAN_TABLES, TABLES, conform, empty_frame
from pipeline.quality.suites import SuiteResult

DOCUMENT_KEY = "doc_id"  # what ties every row of every table to its document
SCOPE_ROW = "row"  # that row alone is held back
SCOPE_WHOLE_DOCUMENT = "document"  # the whole document is held back
MAX_SUMMARY_REASONS = 5  # per document in a summary line; quarantine.csv lists every one

Tables = dict[str, pd.DataFrame]
Validator = Callable[[Tables], list[SuiteResult]]


@dataclass
class QuarantineOutcome:
    """The tables to publish, what was held back and why, and what blocks publication."""

    tables: Tables
    quarantine: pd.DataFrame  # the QUARANTINE table
    results: list[SuiteResult]  # the table suites as last run, on `tables`
    blocking: list[dict[str, Any]] = field(default_factory=list)  # failures no document answers for
    n_candidates: int = 0  # documents this run produced

    @property
    def held_back(self) -> list[str]:
        """The documents held back whole."""
        whole = self.quarantine[self.quarantine["scope"] == SCOPE_WHOLE_DOCUMENT]
        return sorted(set(whole["source_file"]))

    @property
    def held_rows(self) -> int:
        """How many rows were held back alone (their documents publish)."""
        rows = self.quarantine[self.quarantine["scope"] == SCOPE_ROW]
        return len(rows.drop_duplicates(subset=["table", "row_id"]))

    @property
    def nothing_left(self) -> bool:
        """Every document of this run was held back: nothing new could be published."""
        return self.n_candidates > 0 and len(self.held_back) >= self.n_candidates


def check_name(suite: str, failure: dict[str, Any]) -> str:
    kwargs = failure.get("kwargs") or {}
    target = (
        failure.get("column")
        or kwargs.get("column_list")
        or [kwargs.get(k) for k in ("column_A", "column_B") if kwargs.get(k)]
    )
    if isinstance(target, list):
        target = ", ".join(map(str, target))
    return f"{suite}: {failure['expectation_type']}({target or ''})"


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if value == "" or value == []:
        return "(empty)"
    return str(value)


def reason_text(failure: dict[str, Any], example: object) -> str:
    """What the check asks (its notes in expectations/), and one failing value."""
    reason = failure.get("notes") or failure["expectation_type"].replace("_", " ")
    return reason if example is None else f"{reason} Failing value: {_shown(example)}."


def _document_lookup(documents: pd.DataFrame, column: str) -> dict[str, tuple[str, str]]:
    """{value of `column`: (source_file, doc_id)} for the documents whose value is unambiguous."""
    if column not in documents.columns or not len(documents):
        return {}
    keys = documents[column].astype("str")
    unique = ~keys.duplicated(keep=False)
    pairs = zip(documents["source_file"].astype("str"), documents[DOCUMENT_KEY].astype("str"), strict=True)
    return {k: pair for k, pair, ok in zip(keys, pairs, unique, strict=True) if ok}


def row_target(suite: str, row_id: str) -> tuple[str, str] | None:
    """(table, id) of the span-table row a failing row id names, or None when it names the
    document itself: a span table's own suite names its rows by primary key, the cross-table
    frame by ``<table>:<id>``."""
    if suite in SPAN_TABLES:
        return suite, row_id
    table, sep, key = row_id.partition(":")
    return (table, key) if sep and table in SPAN_TABLES and key else None


def _hold(source_file: str, doc_id: str, check: str, reason: str, **more: object) -> dict[str, Any]:
    return {
        "source_file": source_file,
        "doc_id": doc_id,
        "check": check,
        "reason": reason,
        "carried_forward": False,
        "failing_rows": None,
        "table": None,
        "row_id": None,
        "value": None,
        "scope": SCOPE_WHOLE_DOCUMENT,
        **more,
    }


def _entry_holds(
    suite: str, failure: dict[str, Any], entry: dict[str, Any], source_file: str, doc_id: str
) -> list[dict[str, Any]]:
    """The quarantine rows for one document's failing rows of one failure: each span-table row on
    its own, or the document whole when a row is the document itself."""
    check = check_name(suite, failure)
    rows = [r for r in entry["rows"] if r]
    values = entry.get("values") or [entry.get("example")] * len(entry["rows"])
    targets = [row_target(suite, r) for r in rows]
    if rows and all(targets):
        return [
            _hold(
                source_file,
                doc_id,
                check,
                reason_text(failure, value),
                failing_rows=row_id,
                table=target[0],
                row_id=target[1],
                value=None if value is None else _shown(value),
                scope=SCOPE_ROW,
            )
            for row_id, target, value in zip(rows, targets, values, strict=False)
            if target
        ]
    example = entry.get("example")
    return [
        _hold(
            source_file,
            doc_id,
            check,
            reason_text(failure, example),
            failing_rows="; ".join(rows) or None,
            table="documents",
            value=None if example is None else _shown(example),
        )
    ]


def attribute(
    results: Iterable[SuiteResult], documents: pd.DataFrame
) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """The quarantine rows for every document-scoped failure (one per held-back row, or one per
    document held back whole and check), and the failures no document of `documents` answers for
    (the corpus-scoped ones, and rows naming an unknown document)."""
    rows: list[dict[str, Any]] = []
    blocking: list[dict[str, Any]] = []
    for result in results:
        blocking += [{**f, "suite": result.suite} for f in result.corpus_failures]
        failures = result.document_failures
        if not failures:
            continue
        lookup = _document_lookup(documents, result.document_column or DOCUMENT_KEY)
        for failure in failures:
            unknown = sorted(set(failure["documents"]) - set(lookup))
            if unknown:
                blocking.append({**failure, "suite": result.suite, "unknown_documents": unknown})
            for key, entry in sorted(failure["documents"].items()):
                if key in lookup:
                    rows += _entry_holds(result.suite, failure, entry, *lookup[key])
    frame = pd.DataFrame(rows, columns=QUARANTINE.column_names)
    return frame.drop_duplicates(subset=["source_file", "check", "table", "row_id"]), blocking


def without_rows(tables: Tables, holds: pd.DataFrame) -> Tables:
    """The tables without the rows the row-scoped ``holds`` name."""
    rows = holds[holds["scope"] == SCOPE_ROW]
    if rows.empty:
        return tables
    out = dict(tables)
    for key, group in rows.groupby("table"):
        name = cast(str, key)  # the quarantine table's `table` is a string column
        df = tables[name]
        out[name] = df[~df[TABLES[name].primary_key].astype("str").isin(set(group["row_id"]))]
    return out


def without_documents(tables: Tables, doc_ids: set[str]) -> Tables:
    """The tables without any row of the documents `doc_ids`."""
    return {name: df[~df[DOCUMENT_KEY].astype("str").isin(doc_ids)] for name, df in tables.items()}


def _previous_rows(previous: Tables, source_file: str) -> tuple[str | None, Tables]:
    docs = previous.get("documents")
    if docs is None or "source_file" not in docs.columns:
        return None, {}
    match = docs[docs["source_file"].astype("str") == source_file]
    if len(match) != 1:
        return None, {}
    doc_id = str(match[DOCUMENT_KEY].iloc[0])
    rows = {"documents": match}
    for name in SPAN_TABLES:
        df = previous.get(name)
        rows[name] = df[df[DOCUMENT_KEY].astype("str") == doc_id] if df is not None else pd.DataFrame()
    return doc_id, rows


def _fitted(rows: Tables) -> tuple[Tables, str | None]:
    """The previous release's rows in today's contract columns, or why they cannot be."""
    fitted = {}
    for name, table in TABLES.items():
        df = rows.get(name, pd.DataFrame())
        missing = [c.name for c in table.columns if c.name not in df.columns and not c.nullable]
        if missing and len(df):
            return {}, f"the previous release has no {name} column {', '.join(missing)}"
        try:
            fitted[name] = conform(df.reindex(columns=table.column_names), table) if len(df) else None
        except (ValueError, TypeError) as exc:
            return {}, f"the previous release's {name} rows do not fit today's contract ({exc})"
    return {k: v for k, v in fitted.items() if v is not None}, None


def carry_forward(
    tables: Tables, holds: pd.DataFrame, previous: Tables | Callable[[], Tables] | None
) -> tuple[Tables, dict[str, Any]]:
    """Add the previous release's rows of each held-back document that was in it.

    Returns the tables and {source_file: (previous doc_id, None) or (None, why not carried)}."""
    outcome: dict[str, tuple[str | None, str | None]] = {}
    previous = previous() if callable(previous) else previous
    if not previous:
        return tables, outcome
    combined = {name: [df] for name, df in tables.items()}
    taken_docs = set(tables["documents"][DOCUMENT_KEY].astype("str"))
    taken_ids = {name: set(tables[name][TABLES[name].primary_key].astype("str")) for name in TABLES}
    for source_file in sorted(set(holds["source_file"])):
        doc_id, rows = _previous_rows(previous, source_file)
        if doc_id is None:
            continue
        if doc_id in taken_docs:
            outcome[source_file] = (None, f"its previous doc_id {doc_id} now names another document")
            continue
        fitted, why = _fitted(rows)
        clash = next(
            (
                f"its previous {name} id {i} is now used by another row"
                for name, df in fitted.items()
                for i in df[TABLES[name].primary_key].astype("str")
                if i in taken_ids[name]
            ),
            None,
        )
        if why or clash:
            outcome[source_file] = (None, why or clash)
            continue
        for name, df in fitted.items():
            combined[name].append(df)
            taken_ids[name] |= set(df[TABLES[name].primary_key].astype("str"))
        taken_docs.add(doc_id)
        outcome[source_file] = (doc_id, None)
    merged = {
        name: conform(
            pd.concat([f for f in frames if len(f)] or [frames[0]], ignore_index=True), TABLES[name]
        )
        for name, frames in combined.items()
    }
    return merged, outcome


def _mark(holds: pd.DataFrame, carried: dict[str, Any]) -> pd.DataFrame:
    """Whether each document held back whole was carried forward, and why not when it could not be."""
    out = holds.copy()
    whole = out["scope"] == SCOPE_WHOLE_DOCUMENT
    out["carried_forward"] = whole & out["source_file"].map(
        lambda s: carried.get(s, (None, None))[0] is not None
    )
    notes = out["source_file"].map(lambda s: carried.get(s, (None, None))[1]).where(whole)
    has_note = notes.notna()
    out.loc[has_note, "reason"] = (
        out.loc[has_note, "reason"] + " Not carried forward: " + notes[has_note] + "."
    )
    return out


def _whole(holds: pd.DataFrame) -> pd.DataFrame:
    return holds[holds["scope"] == SCOPE_WHOLE_DOCUMENT]


def _covered(holds: pd.DataFrame) -> pd.DataFrame:
    """The holds without the row holds of documents held back whole (the document covers them)."""
    whole = set(_whole(holds)["doc_id"])
    return holds[(holds["scope"] == SCOPE_WHOLE_DOCUMENT) | ~holds["doc_id"].isin(whole)]


def quarantine(
    tables: Tables,
    validate: Validator,
    *,
    stage_results: Iterable[SuiteResult] = (),
    previous: Tables | Callable[[], Tables] | None = None,
) -> QuarantineOutcome:
    """Validate `tables`, hold back every row a check points at (and every document a check
    points at whole), carry the previous rows of documents held back whole forward, and validate
    again until the tables to publish pass. `previous` (the previous release's tables, or a
    function reading them) is read only when a document is held back whole."""
    documents = tables["documents"]
    n_candidates = len(documents)
    results = validate(tables)
    holds, blocking = attribute([*stage_results, *results], documents)
    if holds.empty:
        return QuarantineOutcome(tables, _finish(holds), results, blocking, n_candidates)
    whole = _whole(holds)
    current = without_rows(without_documents(tables, set(whole["doc_id"])), holds)
    carried: dict[str, Any] = {}
    if len(whole):
        current, carried = carry_forward(current, whole, previous)
    stage_blocking = [{**f, "suite": r.suite} for r in stage_results for f in r.corpus_failures]
    for _ in range(n_candidates + len(holds) + 1):
        results = validate(current)
        more, blocking = attribute(results, current["documents"])
        blocking = stage_blocking + blocking
        if more.empty:
            break
        uncarry = {
            s: (None, f"its previous rows fail today's check {c}")
            for s, c in zip(more["source_file"], more["check"], strict=True)
            if carried.get(s, (None, None))[0] is not None
        }
        carried.update(uncarry)
        holds = pd.concat([holds, more[~more["source_file"].isin(uncarry)]], ignore_index=True)
        dropped = set(_whole(more)["doc_id"]) | set(more.loc[more["source_file"].isin(uncarry), "doc_id"])
        current = without_rows(without_documents(current, dropped), more[~more["source_file"].isin(uncarry)])
    return QuarantineOutcome(
        current, _finish(_mark(_covered(holds), carried)), results, blocking, n_candidates
    )


def _finish(holds: pd.DataFrame) -> pd.DataFrame:
    if holds.empty:
        return empty_frame(QUARANTINE)
    return conform(holds.drop_duplicates(subset=["source_file", "check", "table", "row_id"]), QUARANTINE)


def summary_lines(frame: pd.DataFrame) -> list[str]:
    """One line per document with something held back: its file, doc_id, whether it was held back
    whole (and its previous rows carried) or only some of its rows, and why."""
    lines = []
    for source_file, group in frame.groupby("source_file", sort=True):
        whole = group[group["scope"] == SCOPE_WHOLE_DOCUMENT]
        if len(whole):
            carried = bool(whole["carried_forward"].any())
            what = "previous release's rows carried forward" if carried else "not in this release"
        else:
            n_rows = len(group.drop_duplicates(subset=["table", "row_id"]))
            what = f"{n_rows} row(s) held back, the document and its other rows publish"
        shown = whole if len(whole) else group
        reasons = [
            f"{c}{f' [{t}:{i}]' if isinstance(i, str) else ''} — {r}"
            for c, t, i, r in zip(
                shown["check"], shown["table"], shown["row_id"], shown["reason"], strict=True
            )
        ]
        more = len(reasons) - MAX_SUMMARY_REASONS
        text = "; ".join(reasons[:MAX_SUMMARY_REASONS]) + (f"; … and {more} more" if more > 0 else "")
        lines.append(f"{source_file} ({group['doc_id'].iloc[0]}): {what}. {text}")
    return lines
