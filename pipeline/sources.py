"""Read ``raw/``: every source file with its bytes' hash, and the optional manifest.

Nothing here is Dagster-specific. A file that cannot be used is never silently skipped: it
comes back as a ``Rejection`` that names the file and the reason, and the run goes on with
the good files.

The manifest (``raw/manifest.csv``) is optional. One row per file it describes::

    file,title,doc_date,published_date,place,doc_type,parties,signatories,source_url,license,language,completeness

``file`` names a ``.txt`` file in ``raw/``; every other column is optional and an empty cell
means "read it from the text" (or, for ``completeness``, "unknown"). Dates are ISO 8601;
``language`` is an ISO 639-1 code; ``completeness`` is ``full`` or ``partial``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.contract import DOC_TYPES
from pipeline.settings import MANIFEST_NAME

MANIFEST_COLUMNS = (
    "file",
    "title",
    "doc_date",
    "published_date",
    "place",
    "doc_type",
    "parties",
    "signatories",
    "source_url",
    "license",
    "language",
    "completeness",
)
COMPLETENESS = ("full", "partial")
MANIFEST_DATE_COLUMNS = ("doc_date", "published_date")
MAX_FILE_BYTES = 5_000_000  # a declaration is kilobytes; megabytes means a wrong file
MIN_TEXT_CHARS = 20


@dataclass(frozen=True)
class RawFile:
    source_file: str  # path relative to raw/
    sha256: str
    n_bytes: int
    text: str  # decoded UTF-8, byte for byte (BOM kept out)


@dataclass(frozen=True)
class Rejection:
    source_file: str
    reason: str  # short machine-readable code
    detail: str  # sentence for people


def _decode(name: str, data: bytes) -> tuple[str | None, Rejection | None]:
    if not data.strip():
        return None, Rejection(name, "empty", "the file is empty or holds only whitespace")
    if len(data) > MAX_FILE_BYTES:
        return None, Rejection(
            name, "too_large", f"{len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit"
        )
    if b"\x00" in data:
        return None, Rejection(name, "binary", "the file holds NUL bytes: it is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, Rejection(
            name, "not_utf8", f"not valid UTF-8 at byte {exc.start} ({data[exc.start : exc.start + 1]!r})"
        )
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        return None, Rejection(name, "binary", f"{controls} control characters: the file is not prose")
    if len(text.strip()) < MIN_TEXT_CHARS:
        return None, Rejection(name, "too_short", f"only {len(text.strip())} characters of text")
    return text, None


def read_raw_dir(raw_dir: Path) -> tuple[list[RawFile], list[Rejection]]:
    """Every ``.txt`` file under ``raw_dir``, in name order; duplicates of earlier content rejected."""
    accepted: list[RawFile] = []
    rejected: list[Rejection] = []
    seen: dict[str, str] = {}
    for path in sorted(p for p in raw_dir.rglob("*") if p.is_file()):
        name = path.relative_to(raw_dir).as_posix()
        if name == MANIFEST_NAME or any(part.startswith(".") for part in path.relative_to(raw_dir).parts):
            continue
        if path.suffix.lower() != ".txt":
            rejected.append(Rejection(name, "not_txt", "only UTF-8 .txt files are read from raw/"))
            continue
        data = path.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        text, rejection = _decode(name, data)
        if rejection:
            rejected.append(rejection)
            continue
        if sha in seen:
            rejected.append(Rejection(name, "duplicate", f"same bytes (sha256 {sha[:12]}…) as {seen[sha]}"))
            continue
        seen[sha] = name
        accepted.append(RawFile(name, sha, len(data), text))
    return accepted, rejected


def read_manifest(raw_dir: Path) -> tuple[dict[str, dict[str, str]], list[Rejection]]:
    """Overrides by file name; a malformed manifest or row is rejected by name, not fatal."""
    path = raw_dir / MANIFEST_NAME
    if not path.exists():
        return {}, []
    try:
        text = path.read_bytes().decode("utf-8-sig")
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
        rows = list(reader)
    except (UnicodeDecodeError, csv.Error) as exc:
        return {}, [Rejection(MANIFEST_NAME, "malformed_manifest", f"cannot be read as UTF-8 CSV: {exc}")]
    unknown = [c for c in header if c not in MANIFEST_COLUMNS]
    if "file" not in header or unknown:
        why = "has no `file` column" if "file" not in header else f"has unknown columns {unknown}"
        return {}, [
            Rejection(
                MANIFEST_NAME, "malformed_manifest", f"{why}; expected columns {', '.join(MANIFEST_COLUMNS)}"
            )
        ]
    overrides: dict[str, dict[str, str]] = {}
    rejected: list[Rejection] = []
    for line, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        where = f"{MANIFEST_NAME} line {line}"
        if None in row:
            rejected.append(Rejection(where, "malformed_manifest", "more cells than header columns"))
            continue
        if not name:
            rejected.append(Rejection(where, "malformed_manifest", "the `file` cell is empty"))
            continue
        if not (raw_dir / name).is_file():
            rejected.append(
                Rejection(where, "manifest_missing_file", f"names {name!r}, which is not in raw/")
            )
            continue
        values = {k: v.strip() for k, v in row.items() if k != "file" and v and v.strip()}
        problem = _check_manifest_values(values)
        if problem:
            rejected.append(Rejection(where, "malformed_manifest", f"row for {name!r}: {problem}"))
            continue
        overrides[name] = values
    return overrides, rejected


def _check_manifest_values(values: dict[str, str]) -> str | None:
    for col in MANIFEST_DATE_COLUMNS:
        if col in values:
            try:
                dt.date.fromisoformat(values[col])
            except ValueError:
                return f"{col} {values[col]!r} is not an ISO date (YYYY-MM-DD)"
    if "doc_type" in values and values["doc_type"] not in DOC_TYPES:
        return f"doc_type {values['doc_type']!r} is not one of {', '.join(DOC_TYPES)}"
    if "language" in values and not re.fullmatch(r"[a-z]{2}", values["language"]):
        return f"language {values['language']!r} is not an ISO 639-1 code (two lower-case letters)"
    if "completeness" in values and values["completeness"] not in COMPLETENESS:
        return f"completeness {values['completeness']!r} is not one of {', '.join(COMPLETENESS)}"
    return None
