"""What changed between two releases, row by row, and the semantic version that follows from it.

What a user's code or analysis could rely on decides: anything taken away (a row — so a
document's rows —, a column, a table) or a column retyped -> major; only additions (new rows, so
new documents, or new columns or tables) -> minor; only values corrected in rows that stay ->
patch. No published table changed -> no release at all (``release.publish_release``). Rows are
matched by each table's stable primary key.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.publish.escape import md_code, md_text

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
FIRST_VERSION = "1.0.0"

# {table: {"fields": [(name, type), ...], "primaryKey": [...]}}
SchemaSignature = dict[str, dict[str, Any]]


def parse_version(text: str) -> tuple[int, int, int] | None:
    match = SEMVER.match(text)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def version_sort_key(text: str) -> tuple[int, int, int]:
    parsed = parse_version(text)
    if parsed is None:
        raise ValueError(f"not a semantic version: {text!r}")
    return parsed


def schema_signature(table_schemas: dict[str, dict[str, Any]]) -> SchemaSignature:
    """The part of each Table Schema that users' code depends on: column names, types, primary key."""
    return {
        name: {
            "fields": [[f["name"], f["type"]] for f in schema["fields"]],
            "primaryKey": list(schema.get("primaryKey", [])),
        }
        for name, schema in sorted(table_schemas.items())
    }


@dataclass
class TableDiff:
    table: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # id -> columns whose value changed
    excerpts: dict[str, str] = field(default_factory=dict)  # id -> the start of the row's text or title
    doc_ids: dict[str, str] = field(default_factory=dict)  # id -> the document the row belongs to
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)
    columns_retyped: list[str] = field(default_factory=list)
    table_added: bool = False
    table_removed: bool = False

    @property
    def schema_changed(self) -> bool:
        return bool(
            self.columns_added
            or self.columns_removed
            or self.columns_retyped
            or self.table_added
            or self.table_removed
        )

    @property
    def rows_changed(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _same_value(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def diff_rows(
    table: str,
    primary_key: str,
    old_rows: list[dict[str, Any]],
    new_rows: list[dict[str, Any]],
    columns: list[str],
) -> TableDiff:
    """Rows added, removed and changed (with the `columns` whose value differs), by primary key."""
    old = {str(r[primary_key]): r for r in old_rows}
    new = {str(r[primary_key]): r for r in new_rows}
    result = TableDiff(table)
    result.added = sorted(new.keys() - old.keys())
    result.removed = sorted(old.keys() - new.keys())
    for key in sorted(old.keys() & new.keys()):
        differing = [c for c in columns if not _same_value(old[key].get(c), new[key].get(c))]
        if differing:
            result.changed[key] = differing
    for key in [*result.added, *result.changed]:
        result.excerpts[key] = row_excerpt(new[key])
        result.doc_ids[key] = str(new[key].get(DOCUMENT_KEY, key))
    for key in result.removed:
        result.excerpts[key] = row_excerpt(old[key])
        result.doc_ids[key] = str(old[key].get(DOCUMENT_KEY, key))
    return result


DOCUMENT_KEY = "doc_id"  # every published row names its document by this column (documents: its key)
DOCUMENTS_TABLE = "documents"
STATUS_ORDER = ("added", "removed", "changed")


@dataclass
class DocumentChange:
    """One document added, removed or changed between two releases, as a reader names it."""

    doc_id: str
    status: str  # added, removed or changed
    title: str
    date: str  # ISO 8601, or empty when the document states none
    rows: dict[str, dict[str, int]] = field(default_factory=dict)  # table -> added/removed/changed -> n
    columns: list[str] = field(default_factory=list)  # the document's own columns that changed

    def counts(self, table: str) -> dict[str, int]:
        return self.rows.setdefault(table, {"added": 0, "removed": 0, "changed": 0})


# {doc_id: (title, ISO date or "")} of a release's documents table
DocumentNames = dict[str, tuple[str, str]]


def document_changes(diffs: list[TableDiff], old: DocumentNames, new: DocumentNames) -> list[DocumentChange]:
    """The documents behind `diffs`: each added or removed document, and each whose own columns or
    rows changed, with its rows added, removed and changed per table; added first, then removed,
    then changed, each newest document first."""
    found: dict[str, DocumentChange] = {}

    def change(doc_id: str, status: str = "changed") -> DocumentChange:
        if doc_id not in found:
            title, date = (old if status == "removed" else new).get(doc_id) or old.get(doc_id) or ("", "")
            found[doc_id] = DocumentChange(doc_id, status, title, date)
        return found[doc_id]

    documents = next((d for d in diffs if d.table == DOCUMENTS_TABLE), None)
    if documents is not None:
        for doc_id in documents.added:
            change(doc_id, "added")
        for doc_id in documents.removed:
            change(doc_id, "removed")
        for doc_id, columns in documents.changed.items():
            change(doc_id).columns = list(columns)
    for d in diffs:
        if d.table == DOCUMENTS_TABLE:
            continue
        for kind, ids in (("added", d.added), ("removed", d.removed), ("changed", list(d.changed))):
            for row_id in ids:
                change(d.doc_ids.get(row_id, "")).counts(d.table)[kind] += 1
    ordered = sorted(found.values(), key=lambda c: (c.date, c.doc_id), reverse=True)
    return sorted(ordered, key=lambda c: STATUS_ORDER.index(c.status))


def rows_in_words(change: DocumentChange) -> str:
    """`commitments: 12 added, 1 removed; funding: 1 changed` (tables without change left out)."""
    parts = []
    for table, counts in change.rows.items():
        said = [f"{n} {kind}" for kind, n in counts.items() if n]
        if said:
            parts.append(f"{table}: {', '.join(said)}")
    if change.columns:
        parts.append(f"its {', '.join(change.columns)} corrected")
    return "; ".join(parts) if parts else "no row of its own changed"


def document_change_markdown(change: DocumentChange) -> str:
    """One Markdown list item naming the document (title, date, id) and its rows changed per table."""
    when = f"{md_text(change.date)}, " if change.date else ""
    title = md_text(change.title) or "(untitled)"
    rows = md_text(rows_in_words(change))
    return f"- {change.status.capitalize()}: {title} ({when}{md_code(change.doc_id)}) — {rows}"


EXCERPT_COLUMNS = ("text", "title")  # what a reader recognises a row by, first found wins
EXCERPT_CHARS = 100


def row_excerpt(row: dict[str, Any]) -> str:
    """The start of a row's passage (or title), on one line, so a changelog reader sees which row."""
    for column in EXCERPT_COLUMNS:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"
    return ""


def diff_release(
    old_schema: SchemaSignature,
    new_schema: SchemaSignature,
    old_rows: dict[str, list[dict[str, Any]]],
    new_rows: dict[str, list[dict[str, Any]]],
) -> list[TableDiff]:
    """One TableDiff per table in either release, in table-name order."""
    diffs = []
    for name in sorted(old_schema.keys() | new_schema.keys()):
        if name not in old_schema:
            pk = new_schema[name]["primaryKey"][0]
            d = diff_rows(name, pk, [], new_rows.get(name, []), [])
            d.table_added = True
        elif name not in new_schema:
            pk = old_schema[name]["primaryKey"][0]
            d = diff_rows(name, pk, old_rows.get(name, []), [], [])
            d.table_removed = True
        else:
            old_fields = dict(map(tuple, old_schema[name]["fields"]))
            new_fields = dict(map(tuple, new_schema[name]["fields"]))
            common = [c for c in new_fields if c in old_fields]
            pk = new_schema[name]["primaryKey"][0]
            d = diff_rows(name, pk, old_rows.get(name, []), new_rows.get(name, []), common)
            d.columns_added = [c for c in new_fields if c not in old_fields]
            d.columns_removed = [c for c in old_fields if c not in new_fields]
            d.columns_retyped = [c for c in common if old_fields[c] != new_fields[c]]
            if old_schema[name]["primaryKey"] != new_schema[name]["primaryKey"]:
                d.columns_retyped.append(f"primary key {old_schema[name]['primaryKey']} -> {[pk]}")
        diffs.append(d)
    return diffs


def change_level(diffs: list[TableDiff]) -> str:
    """ "major", "minor" or "patch": the largest change among `diffs` (see the module docstring)."""
    if any(d.removed or d.table_removed or d.columns_removed or d.columns_retyped for d in diffs):
        return "major"
    if any(d.added or d.table_added or d.columns_added for d in diffs):
        return "minor"
    return "patch"


def next_version(previous: str | None, diffs: list[TableDiff]) -> str:
    """Semantic version of the new release given its differences from `previous`."""
    if previous is None:
        return FIRST_VERSION
    major, minor, patch = version_sort_key(previous)
    level = change_level(diffs)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _ids(ids: list[str]) -> str:
    return ", ".join(f"`{i}`" for i in ids)


def _with_excerpt(line: str, d: TableDiff, key: str) -> str:
    excerpt = d.excerpts.get(key)
    return f"{line} — {md_text(excerpt)}" if excerpt else line


def changelog_section(
    version: str,
    date: str,
    previous: str | None,
    diffs: list[TableDiff],
    row_counts: dict[str, int],
    *,
    held_back: list[str] | None = None,
    untrusted: dict[str, list[str]] | None = None,
    documents: list[DocumentChange] | None = None,
    publication: list[str] | None = None,
) -> str:
    """The CHANGELOG entry for one release: each document added, removed or changed (title, date,
    rows per table), then every added, removed and changed row by stable id, with the start of its
    text and, for a changed row, the columns that changed; the documents held back
    (quarantine.csv) and any release folder that failed verification."""
    lines = [f"## {version} — {date}", ""]
    notes = _untrusted_lines(untrusted) + _held_back_lines(held_back)
    if publication:
        notes = ["### Where it is published", "", *(f"- {md_text(line)}" for line in publication), "", *notes]
    if previous is None:
        counts = ", ".join(f"{n} {name}" for name, n in row_counts.items())
        lines += [f"First release: {counts}.", ""]
        return "\n".join(lines + notes)
    lines += [f"Compared with {previous}.", ""]
    if documents:
        lines += ["### Documents", "", *(document_change_markdown(c) for c in documents), ""]
    if not any(d.schema_changed or d.rows_changed for d in diffs):
        lines += [
            "No row or schema changed." if notes else "No row or schema changed; the files were re-encoded.",
            "",
        ]
    for d in diffs:
        if not (d.schema_changed or d.rows_changed):
            continue
        lines += [f"### {d.table}", ""]
        if d.table_added:
            lines.append("- Table added.")
        if d.table_removed:
            lines.append("- Table removed.")
        if d.columns_added:
            lines.append(f"- Columns added: {_ids(d.columns_added)}.")
        if d.columns_removed:
            lines.append(f"- Columns removed: {_ids(d.columns_removed)}.")
        if d.columns_retyped:
            lines.append(f"- Columns retyped: {_ids(d.columns_retyped)}.")
        lines += [_with_excerpt(f"- Added: {_ids([i])}", d, i) for i in d.added]
        lines += [_with_excerpt(f"- Removed: {_ids([i])}", d, i) for i in d.removed]
        lines += [
            _with_excerpt(f"- Changed: `{i}` (columns {_ids(cols)})", d, i) for i, cols in d.changed.items()
        ]
        lines.append("")
    return "\n".join(lines + notes)


def _held_back_lines(held_back: list[str] | None) -> list[str]:
    if not held_back:
        return []
    return ["### Held back (quarantine.csv)", "", *[f"- {line}" for line in held_back], ""]


def _untrusted_lines(untrusted: dict[str, list[str]] | None) -> list[str]:
    if not untrusted:
        return []
    lines = ["### Releases that failed verification (left as they are, not used)", ""]
    for version, problems in untrusted.items():
        shown = "; ".join(md_text(p) for p in problems[:5]) + (
            f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        )
        lines.append(f"- `{version}`: {shown}")
    return [*lines, ""]


CHANGELOG_TITLE = "# Changelog\n\nRow-level differences between releases, by each table's stable id.\n\n"


def prepend_changelog(section: str, previous_changelog: str | None) -> str:
    """The cumulative changelog: the newest entry first, then every earlier one unchanged."""
    earlier = ""
    if previous_changelog:
        earlier = previous_changelog.removeprefix(CHANGELOG_TITLE)
    return CHANGELOG_TITLE + section.rstrip("\n") + "\n\n" + earlier.lstrip("\n")


def latest_section(changelog: str) -> str:
    """The newest entry of a changelog (what tests and the download page read)."""
    body = changelog.removeprefix(CHANGELOG_TITLE)
    parts = re.split(r"(?m)^## ", body)
    return "## " + parts[1] if len(parts) > 1 else ""
