"""Versions from differences: removals or retyping -> major, additions -> minor, corrections -> patch."""

from __future__ import annotations

from pipeline.publish.diff import (
    changelog_section,
    diff_release,
    diff_rows,
    latest_section,
    next_version,
    prepend_changelog,
)

SCHEMA = {"things": {"fields": [["thing_id", "string"], ["size", "number"]], "primaryKey": ["thing_id"]}}
OLD = {"things": [{"thing_id": "a", "size": 1.0}, {"thing_id": "b", "size": 2.0}]}


def versions_after(new_schema, new_rows, previous="1.4.2"):
    return next_version(previous, diff_release(SCHEMA, new_schema, OLD, new_rows))


def test_first_release_is_1_0_0():
    assert next_version(None, []) == "1.0.0"


def test_a_corrected_value_is_a_patch():
    rows = {"things": [{"thing_id": "a", "size": 1.0}, {"thing_id": "b", "size": 3.0}]}
    assert versions_after(SCHEMA, rows) == "1.4.3"


def test_an_added_row_is_minor_and_a_removed_row_is_major():
    added = {"things": [*OLD["things"], {"thing_id": "c", "size": 0.5}]}
    removed = {"things": OLD["things"][:1]}
    assert versions_after(SCHEMA, added) == "1.5.0"
    assert versions_after(SCHEMA, removed) == "2.0.0"
    replaced = {"things": [OLD["things"][0], {"thing_id": "c", "size": 2.0}]}
    assert versions_after(SCHEMA, replaced) == "2.0.0", "a removal outweighs an addition"


def test_a_column_added_is_minor_and_a_column_retyped_or_a_table_dropped_is_major():
    widened = {"things": {**SCHEMA["things"], "fields": [*SCHEMA["things"]["fields"], ["colour", "string"]]}}
    retyped = {"things": {**SCHEMA["things"], "fields": [["thing_id", "string"], ["size", "integer"]]}}
    narrowed = {"things": {**SCHEMA["things"], "fields": [["thing_id", "string"]]}}
    assert versions_after(widened, OLD) == "1.5.0"
    assert versions_after(retyped, OLD) == "2.0.0"
    assert versions_after(narrowed, OLD) == "2.0.0"
    assert versions_after({}, {}) == "2.0.0"


def test_row_diff_names_ids_and_changed_columns_and_treats_missing_values_as_equal():
    old = [{"id": "x", "a": 1, "b": None, "c": float("nan")}, {"id": "y", "a": 1, "b": 2, "c": 0.0}]
    new = [{"id": "x", "a": 2, "b": None, "c": float("nan")}, {"id": "z", "a": 1, "b": 2, "c": 0.0}]
    d = diff_rows("t", "id", old, new, ["a", "b", "c"])
    assert (d.added, d.removed, d.changed) == (["z"], ["y"], {"x": ["a"]})


def test_changelog_lists_every_changed_row_and_keeps_earlier_entries():
    rows = {"things": [{"thing_id": "a", "size": 9.0}, {"thing_id": "c", "size": 1.0}]}
    diffs = diff_release(SCHEMA, SCHEMA, OLD, rows)
    first = prepend_changelog(changelog_section("1.0.0", "2024-01-01", None, [], {"things": 2}), None)
    second = prepend_changelog(changelog_section("1.1.0", "2024-02-01", "1.0.0", diffs, {"things": 2}), first)
    newest = latest_section(second)
    assert newest.startswith("## 1.1.0 — 2024-02-01")
    assert "- Added: `c`" in newest
    assert "- Removed: `b`" in newest
    assert "- Changed: `a` (columns `size`)" in newest
    assert "## 1.0.0 — 2024-01-01" not in newest
    assert second.index("## 1.1.0") < second.index("## 1.0.0")
