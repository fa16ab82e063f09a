"""What changed in raw/ since last time, by content hash (pure; the sensor in automation.py uses it).

The state of raw/ is ``{relative path: sha256}`` for every file it reads (``.txt``, ``.pdf``,
``.html``) and the manifest, skipping hidden files as ``pipeline.sources.read_raw_dir`` does. Two
states give a ``ChangeSet``.

Before its first tick the sensor has no memory; ``published_covers`` then says whether the latest
release already holds raw/ as it is (every published document's file with the same SHA-256, every
other text rejected or held back by name), so that opening the UI on a current project starts no run.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.formats import format_of
from pipeline.publish.tables import read_csv_dicts
from pipeline.settings import MANIFEST_NAME
from pipeline.sources import MAX_FILE_BYTES, MAX_MANIFEST_BYTES, raw_entries, read_regular_file

TAG_LIST_LIMIT = 20  # names listed in a run tag before "… (+N more)"


def raw_state(raw_dir: Path) -> dict[str, str]:
    """``{path relative to raw_dir: sha256 of its bytes}`` for each file read from raw/ (.txt, .pdf,
    .html) and the manifest.

    raw/ is walked as ingest walks it (``pipeline.sources.raw_entries``: no link followed, no
    recursion, to the same depth), and a file is read as ingest reads it, opened without following a
    link: a file over ingest's size limit is only stat-ed (its size and change time stand for its
    bytes: ingest refuses it unread), and an entry ingest refuses (a link, a special file, a folder
    too deep) counts by its kind, never by what it points at."""
    state: dict[str, str] = {}
    for entry in raw_entries(raw_dir):
        if entry.kind not in ("file", "manifest"):
            if entry.kind != "hidden":
                state[entry.name] = f"refused:{entry.kind}"
            continue
        if entry.kind == "file" and format_of(entry.name) is None:
            continue
        limit = MAX_MANIFEST_BYTES if entry.kind == "manifest" else MAX_FILE_BYTES
        try:
            info = entry.path.lstat()
        except OSError:
            continue
        if info.st_size > limit:
            state[entry.name] = f"too_large:{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}"
            continue
        data = read_regular_file(entry.path, limit)
        state[entry.name] = (
            hashlib.sha256(data).hexdigest() if isinstance(data, bytes) else f"unreadable:{data}"
        )
    return state


@dataclass(frozen=True)
class ChangeSet:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"

    def tags(self) -> dict[str, str]:
        """Run tags naming the files (long lists shortened; the counts are always exact)."""
        tags: dict[str, str] = {}
        for what, names in (("added", self.added), ("changed", self.changed), ("removed", self.removed)):
            tags[f"raw/{what}_count"] = str(len(names))
            if names:
                shown = ", ".join(names[:TAG_LIST_LIMIT])
                more = len(names) - TAG_LIST_LIMIT
                tags[f"raw/{what}"] = shown + (f" … (+{more} more)" if more > 0 else "")
        return tags


def diff_states(old: dict[str, str], new: dict[str, str]) -> ChangeSet:
    return ChangeSet(
        added=tuple(sorted(new.keys() - old.keys())),
        changed=tuple(sorted(k for k in new.keys() & old.keys() if new[k] != old[k])),
        removed=tuple(sorted(old.keys() - new.keys())),
    )


def state_digest(state: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class Cursor:
    """The sensor's memory: the last state it started a run for, and how many change sets so far."""

    files: dict[str, str]
    change_sets: int = 0

    def dumps(self) -> str:
        return json.dumps({"files": self.files, "change_sets": self.change_sets}, sort_keys=True)

    @classmethod
    def loads(cls, text: str | None) -> Cursor:
        if not text:
            return cls({})
        data = json.loads(text)
        return cls(dict(data.get("files", {})), int(data.get("change_sets", 0)))

    def run_key(self) -> str:
        """Unique per change set (the counter), stable when a tick is re-evaluated (the digest)."""
        return f"raw-{self.change_sets}-{state_digest(self.files)[:16]}"


def _names_in(csv_path: Path, column: str) -> set[str]:
    if not csv_path.is_file():
        return set()
    return {row[column] for row in read_csv_dicts(csv_path) if row.get(column)}


def published_sources(latest_dir: Path) -> tuple[dict[str, str], set[str]] | None:
    """What the release in ``latest_dir`` was built from: ``{raw file: sha256}`` of its documents, and
    the raw files it names as rejected or held back. None when there is no readable release."""
    try:
        descriptor = json.loads((latest_dir / "datapackage.json").read_text(encoding="utf-8"))
        sources = {
            str(s["file"]).removeprefix("raw/"): str(s["sha256"])
            for s in descriptor.get("sources", [])
            if isinstance(s, dict) and s.get("file") and s.get("sha256")
        }
        named = _names_in(latest_dir / "rejections.csv", "source_file")
        named |= _names_in(latest_dir / "quarantine.csv", "source_file")
    except (OSError, ValueError, KeyError, csv.Error):
        return None
    return sources, named


def published_covers(current: dict[str, str], latest_dir: Path) -> bool:
    """True when the latest release was built from raw/ as ``current`` holds it: the same texts with
    the same bytes (the rejected and held-back ones by name). The manifest is not in a release, so
    it is taken as current when the texts are."""
    published = published_sources(latest_dir)
    if published is None:
        return False
    sources, named = published
    texts = {name: sha for name, sha in current.items() if name != MANIFEST_NAME}
    if any(texts.get(name) != sha for name, sha in sources.items()):
        return False  # a published document's file changed or is gone
    return set(texts) <= set(sources) | named
