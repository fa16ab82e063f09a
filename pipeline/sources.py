"""Read ``raw/``: every source file with its bytes' hash, and the optional manifest.

Nothing here is Dagster-specific. Every input is hostile: a file that cannot be used is never
silently skipped: it comes back as a ``Rejection`` that names the file and the reason, and the
run goes on with the good files. Only regular files inside ``raw/`` are read (opened without
following links); symbolic links, hidden entries, directories named like documents and special
files are named and left alone.

The manifest (``raw/manifest.csv``) is optional. One row per file it describes::

    file,title,doc_date,published_date,place,doc_type,parties,signatories,source_url,license,language,completeness

``file`` names a ``.txt``, ``.pdf`` or ``.html`` file in ``raw/`` (a PDF's or web page's text is
extracted by :mod:`pipeline.formats`); ``sha256`` is the SHA-256 its bytes must have (checked by
``make fetch``, :mod:`pipeline.fetch`); every other column is optional and an empty cell
means "read it from the text" (or, for ``completeness``, "unknown"). Dates are ISO 8601;
``language`` is an ISO 639-1 code; ``completeness`` is ``full`` or ``partial``. The manifest
is checked cell by cell: a bad cell is named and ignored and the rest of its row applies; an
unknown column is named (a warning) and ignored; a second row for the same file is refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pipeline.cache import DocumentCache
from pipeline.contract import DOC_TYPES, RAW_MANIFEST
from pipeline.formats import FORMATS, REFUSAL_REASONS, extract_files, format_of
from pipeline.settings import MANIFEST_NAME

MANIFEST_COLUMNS = tuple(RAW_MANIFEST.column_names)  # declared in the contract
COMPLETENESS = ("full", "partial")
MANIFEST_DATE_COLUMNS = ("doc_date", "published_date")
MAX_FILE_BYTES = 5_000_000  # a declaration is kilobytes; megabytes means a wrong file
MIN_TEXT_CHARS = 20
MAX_MANIFEST_BYTES = 2_000_000
MAX_CELL_CHARS = 2_000  # a title, a place or a URL; more is not a metadata cell
MAX_RAW_DEPTH = 32  # folders inside raw/ are read this deep; a deeper one is named and not entered
MANIFEST_DELIMITERS = ",;\t|"

# Every reason a file or manifest row can be refused for (the ingest_rejections suite checks
# that no other appears).
REJECTION_REASONS = (
    "empty",
    "too_large",
    "binary",
    "not_utf8",
    "utf16_without_bom",
    "unsupported_encoding",
    "too_short",
    "duplicate",
    "not_txt",
    "symlink",
    "hidden",
    "not_regular_file",
    "manifest_missing_file",
    "malformed_manifest",
    "manifest_bad_cell",
    "manifest_unknown_column",
    "manifest_duplicate_row",
    "too_deep",
    "unsafe_name",
    *REFUSAL_REASONS,  # a PDF or web page whose text cannot be read (pipeline.formats)
)

_BOMS = (
    (b"\x00\x00\xfe\xff", None, "UTF-32 (big-endian)"),
    (b"\xff\xfe\x00\x00", None, "UTF-32 (little-endian)"),
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xfe\xff", "utf-16", "UTF-16 (big-endian)"),
    (b"\xff\xfe", "utf-16", "UTF-16 (little-endian)"),
)


@dataclass(frozen=True)
class RawFile:
    source_file: str  # path relative to raw/
    sha256: str  # of the file's bytes, whatever its format
    n_bytes: int
    text: str  # decoded text (UTF-8, or UTF-16 with its BOM), BOM kept out; or extracted (PDF, HTML)
    source_format: str = "txt"
    pages: int | None = None  # PDF
    page_starts: list[int] = field(default_factory=list)  # PDF: offset in `text` of each page
    meta_title: str | None = None  # web page metadata
    meta_date: str | None = None
    meta_publisher: str | None = None


@dataclass(frozen=True)
class Rejection:
    source_file: str
    reason: str  # short machine-readable code, one of REJECTION_REASONS
    detail: str  # sentence for people


# --- decoding -------------------------------------------------------------------------------------


def _looks_like_utf16(data: bytes) -> bool:
    """Text in UTF-16 without a byte-order mark: most even or most odd bytes are NUL."""
    if len(data) < 8:
        return False
    even, odd = data[0::2], data[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.4


def decode_text(name: str, data: bytes) -> tuple[str | None, Rejection | None]:
    """The text of a raw file's bytes: UTF-8 (with or without BOM) or UTF-16 with its BOM.
    Anything else is refused by name with the reason."""
    if len(data) > MAX_FILE_BYTES:
        return None, Rejection(
            name, "too_large", f"{len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit"
        )
    codec, label = "utf-8", "UTF-8"
    for bom, bom_codec, bom_label in _BOMS:
        if data.startswith(bom):
            if bom_codec is None:
                return None, Rejection(
                    name, "unsupported_encoding", f"{bom_label} text: only UTF-8 or UTF-16 with a BOM is read"
                )
            codec, label = bom_codec, bom_label
            break
    if codec == "utf-8" and b"\x00" in data:
        if _looks_like_utf16(data):
            return None, Rejection(
                name,
                "utf16_without_bom",
                "looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)",
            )
        return None, Rejection(name, "binary", "the file holds NUL bytes: it is binary, not text")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        reason = "not_utf8" if codec.startswith("utf-8") else "unsupported_encoding"
        return None, Rejection(
            name, reason, f"not valid {label} at byte {exc.start} ({data[exc.start : exc.start + 1]!r})"
        )
    if codec == "utf-16":
        text = text.removeprefix("\ufeff")
    problem = _text_problem(name, text, label)
    return (None, problem) if problem else (text, None)


CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # below space, save tab, newlines, form feed


def _text_problem(name: str, text: str, label: str) -> Rejection | None:
    """Why a decoded text is not prose to read: empty, NULs or control characters, too short."""
    if not text.strip():
        return Rejection(name, "empty", "the file is empty or holds only whitespace")
    if "\x00" in text:
        return Rejection(name, "binary", f"the {label} text holds NUL characters: it is binary")
    controls = len(CONTROL_CHARACTER.findall(text))
    if controls > max(8, len(text) // 100):
        return Rejection(name, "binary", f"{controls} control characters: the file is not prose")
    if len(text.strip()) < MIN_TEXT_CHARS:
        return Rejection(name, "too_short", f"only {len(text.strip())} characters of text")
    return None


# --- names ---------------------------------------------------------------------------------------

_UNPRINTABLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]"
)


def printable_name(name: str) -> str:
    """``name`` with every control, format or line-breaking character written as its escape
    (``\x1b`` as ``\\x1b``): a file name printed to a terminal, a log or a CSV can then neither move
    the cursor, recolour the screen, reorder what is shown nor break a line."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), name)


# --- walking raw/ ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawEntry:
    name: str  # path relative to raw/, with `/`
    path: Path
    kind: str  # file | manifest | symlink | dangling_symlink | hidden | directory | special


def raw_entries(raw_dir: Path, max_depth: int = MAX_RAW_DEPTH) -> list[RawEntry]:
    """Every entry under ``raw_dir`` in name order, classified without following any link:
    sub-folders are walked (with a list, not recursion, so no tree is too deep to walk) down to
    ``max_depth`` levels; a folder below that is named (``too_deep``) and not entered, and hidden
    folders and links are not entered either."""
    found: list[RawEntry] = []
    pending: list[tuple[str, int]] = [("", 0)]
    while pending:
        rel, depth = pending.pop()
        try:
            entries = list(os.scandir(Path(raw_dir) / rel if rel else Path(raw_dir)))
        except OSError:
            continue
        for entry in entries:
            name = f"{rel}/{entry.name}" if rel else entry.name
            kind = _kind(entry, name)
            if kind == "folder":
                if depth + 1 >= max_depth:
                    found.append(RawEntry(name, Path(entry.path), "too_deep"))
                else:
                    pending.append((name, depth + 1))
                continue
            found.append(RawEntry(name, Path(entry.path), kind))
            if kind == "directory":  # a folder named like a document is named, and still walked
                pending.append((name, depth + 1))
    return sorted(found, key=lambda e: e.name)


def _kind(entry: os.DirEntry[str], name: str) -> str:
    if entry.name.startswith("."):
        return "hidden"
    if entry.is_symlink():
        return "symlink" if Path(entry.path).exists() else "dangling_symlink"
    if entry.is_dir(follow_symlinks=False):
        return "directory" if entry.name.lower().endswith(".txt") else "folder"
    if entry.is_file(follow_symlinks=False):
        return "manifest" if name == MANIFEST_NAME else "file"
    return "special"


_SKIPPED = {
    "symlink": ("symlink", "a symbolic link: only regular files inside raw/ are read, never a link's target"),
    "dangling_symlink": ("symlink", "a symbolic link to nothing (dangling): only regular files are read"),
    "hidden": ("hidden", "a hidden entry (its name starts with `.`): not read"),
    "directory": ("not_regular_file", "a directory, not a file"),
    "special": ("not_regular_file", "not a regular file (a device, pipe or socket)"),
    "too_deep": ("too_deep", f"a folder nested {MAX_RAW_DEPTH} levels deep inside raw/: not entered"),
}


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes | str:
    """The bytes of a regular file, opened without following a link and read no further than
    ``limit`` + 1 bytes; a sentence saying why when it cannot be."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        return f"cannot be opened as a regular file ({exc.strerror})"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return "not a regular file"
        if info.st_size > limit:
            return f"{info.st_size:,} bytes is over the {limit:,}-byte limit"
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


ACCEPTED_ENDINGS = ", ".join(FORMATS)


def read_raw_dir(
    raw_dir: Path, entries: list[RawEntry] | None = None, cache: DocumentCache | None = None
) -> tuple[list[RawFile], list[Rejection]]:
    """Every regular ``.txt``, ``.pdf`` or ``.html`` file under ``raw_dir``, in name order (the
    text of a PDF or web page extracted, through ``cache`` when given); every other entry named
    with the reason it is skipped; a file with the same bytes as an earlier one rejected.
    ``entries``: the listing taken for this run (``raw_entries``), so a file arriving later waits
    for the next."""
    accepted: list[RawFile] = []
    rejected: list[Rejection] = []
    seen: dict[str, str] = {}
    for entry in raw_entries(raw_dir) if entries is None else entries:
        if entry.kind == "manifest":
            continue
        if entry.kind in _SKIPPED:
            reason, detail = _SKIPPED[entry.kind]
            rejected.append(Rejection(printable_name(entry.name), reason, detail))
            continue
        if printable_name(entry.name) != entry.name:
            rejected.append(
                Rejection(
                    printable_name(entry.name),
                    "unsafe_name",
                    "the name holds control, format or line-breaking characters (shown escaped): rename it",
                )
            )
            continue
        if format_of(entry.name) is None:
            rejected.append(
                Rejection(entry.name, "not_txt", f"only {ACCEPTED_ENDINGS} files are read from raw/")
            )
            continue
        data = read_regular_file(entry.path)
        if isinstance(data, str):
            reason = "too_large" if "limit" in data else "not_regular_file"
            rejected.append(Rejection(entry.name, reason, data))
            continue
        sha = hashlib.sha256(data).hexdigest()
        text, rejection = decode_text(entry.name, data) if format_of(entry.name) == "txt" else (None, None)
        if rejection:
            rejected.append(rejection)
            continue
        if sha in seen:
            rejected.append(
                Rejection(entry.name, "duplicate", f"same bytes (sha256 {sha[:12]}…) as {seen[sha]}")
            )
            continue
        seen[sha] = entry.name
        if text is not None:
            accepted.append(RawFile(entry.name, sha, len(data), text))
            continue
        extracted, refused = extracted_files([(entry.name, sha, data)], cache)  # one file's bytes held
        accepted += extracted
        rejected += refused
    return accepted, rejected


def extracted_files(
    files: list[tuple[str, str, bytes]], cache: DocumentCache | None = None
) -> tuple[list[RawFile], list[Rejection]]:
    """The PDFs and web pages ``(name, sha256, bytes)`` with their extracted text, and those whose
    text cannot be read, each named with the reason (pipeline.formats)."""
    results = extract_files([(sha, format_of(name) or "", data) for name, sha, data in files], cache)
    accepted: list[RawFile] = []
    rejected: list[Rejection] = []
    for (name, sha, data), result in zip(files, results, strict=True):
        if "refused" in result:
            rejected.append(Rejection(name, *result["refused"]))
            continue
        problem = _text_problem(name, result["text"], "extracted")
        if problem:
            rejected.append(problem)
            continue
        accepted.append(
            RawFile(
                name,
                sha,
                len(data),
                result["text"],
                source_format=format_of(name) or "",
                pages=result["pages"],
                page_starts=list(result["page_starts"]),
                meta_title=result["title"],
                meta_date=result["date"],
                meta_publisher=result["publisher"],
            )
        )
    return accepted, rejected


# --- the manifest ---------------------------------------------------------------------------------


def _sniff_delimiter(text: str) -> str | None:
    """The manifest's delimiter: the one of ``MANIFEST_DELIMITERS`` that makes a `file` column."""
    header = text.split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff(header, delimiters=MANIFEST_DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    for delimiter in ([sniffed] if sniffed else []) + list(MANIFEST_DELIMITERS):
        cells = [c.strip().strip('"').lstrip("\ufeff") for c in header.split(delimiter)]
        if "file" in cells:
            return delimiter
    return None


def _file_problem(raw_dir: Path, name: str) -> tuple[str, str] | None:
    """Why a manifest's `file` cell does not name a regular file inside raw/ (None: it does)."""
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", name) or ".." in pure.parts:
        return "manifest_missing_file", f"names {name!r}, which is not inside raw/ (absolute or `..` path)"
    if any(part.startswith(".") for part in pure.parts):
        return "manifest_missing_file", f"names {name!r}, a hidden entry, which is not read"
    path = Path(raw_dir) / pure
    if path.is_symlink():
        return "manifest_missing_file", f"names {name!r}, a symbolic link, which is not read"
    if not path.is_file():
        return "manifest_missing_file", f"names {name!r}, which is not in raw/"
    return None


def _manifest_rows(raw_dir: Path) -> tuple[list[str], list[list[str]]] | Rejection | None:
    """The manifest's header and rows, a Rejection naming why it cannot be read, or None (none)."""
    path = Path(raw_dir) / MANIFEST_NAME
    if path.is_symlink():
        return Rejection(MANIFEST_NAME, "malformed_manifest", "is a symbolic link: not read")
    if not path.exists():
        return None
    data = read_regular_file(path, MAX_MANIFEST_BYTES)
    if isinstance(data, str):
        return Rejection(MANIFEST_NAME, "malformed_manifest", data)
    try:
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        return Rejection(MANIFEST_NAME, "malformed_manifest", f"not UTF-8 at byte {exc.start}")
    delimiter = _sniff_delimiter(text)
    if delimiter is None:
        return Rejection(
            MANIFEST_NAME,
            "malformed_manifest",
            f"no `file` column with any delimiter ({' '.join(repr(d) for d in MANIFEST_DELIMITERS)}); "
            f"expected columns {', '.join(MANIFEST_COLUMNS)}",
        )
    try:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        header = [c.strip() for c in next(reader, [])]
        rows = list(reader)
    except csv.Error as exc:
        return Rejection(MANIFEST_NAME, "malformed_manifest", f"cannot be read as CSV: {exc}")
    return header, rows


def _header_rejection(header: list[str]) -> Rejection | None:
    """Unknown and repeated header columns, named in one warning (the rest applies)."""
    unknown = [c for c in header if c not in MANIFEST_COLUMNS]
    duplicated = sorted({c for c in header if header.count(c) > 1})
    if not unknown and not duplicated:
        return None
    parts = []
    if unknown:
        parts.append(f"unknown columns {unknown} are ignored")
    if duplicated:
        parts.append(f"repeated columns {duplicated}: the first of each is read")
    return Rejection(
        f"{MANIFEST_NAME} header",
        "manifest_unknown_column",
        "; ".join(parts) + f" (known columns: {', '.join(MANIFEST_COLUMNS)}); the rest applies",
    )


def _row_values(index: dict[str, int], cells: list[str], n_header: int) -> tuple[dict[str, str], list[str]]:
    """One row's override cells, and what is wrong with each bad cell (a bad cell is left out)."""
    values: dict[str, str] = {}
    bad: list[str] = []
    for column, i in index.items():
        if column == "file" or i >= len(cells):
            continue
        value = cells[i].strip()
        if not value:
            continue
        cleaned, why = check_manifest_cell(column, value)
        if why:
            bad.append(f"{column} {_shown(value)} {why}")
        else:
            values[column] = cleaned
    if len(cells) > n_header:
        bad.append(f"{len(cells) - n_header} more cells than header columns (ignored)")
    return values, bad


def read_manifest(raw_dir: Path) -> tuple[dict[str, dict[str, str]], list[Rejection]]:
    """Overrides by file name. Cell by cell: a bad cell is named and ignored, the rest of its row
    applies; unknown columns are named (a warning) and ignored; a duplicate row is refused."""
    read = _manifest_rows(raw_dir)
    if read is None:
        return {}, []
    if isinstance(read, Rejection):
        return {}, [read]
    header, rows = read
    header_problem = _header_rejection(header)
    rejected: list[Rejection] = [header_problem] if header_problem else []
    index = {c: header.index(c) for c in MANIFEST_COLUMNS if c in header}
    overrides: dict[str, dict[str, str]] = {}
    first_line: dict[str, int] = {}
    for line, cells in enumerate(rows, start=2):
        if not any(c.strip() for c in cells):
            continue
        where = f"{MANIFEST_NAME} line {line}"
        name = cells[index["file"]].strip() if index["file"] < len(cells) else ""
        if not name:
            rejected.append(Rejection(where, "malformed_manifest", "the `file` cell is empty"))
            continue
        problem = _file_problem(raw_dir, name)
        if problem:
            rejected.append(Rejection(where, *problem))
            continue
        if name in first_line:
            rejected.append(
                Rejection(
                    where,
                    "manifest_duplicate_row",
                    f"a second row for {name!r} (the first is line {first_line[name]}): refused",
                )
            )
            continue
        first_line[name] = line
        values, bad = _row_values(index, cells, len(header))
        if bad:
            rejected.append(
                Rejection(
                    where,
                    "manifest_bad_cell",
                    f"row for {name!r}: " + "; ".join(bad) + " — the rest of the row applies",
                )
            )
        overrides[name] = values
    return overrides, rejected


def _shown(value: str) -> str:
    return repr(value if len(value) <= 80 else value[:77] + "...")


_SINGLE_LINE = ("title", "place", "signatories", "parties")


def check_manifest_cell(column: str, value: str) -> tuple[str, str | None]:
    """(the cell's value, cleaned) and why it cannot be used (None: it can)."""
    if len(value) > MAX_CELL_CHARS:
        return value, f"is longer than {MAX_CELL_CHARS:,} characters"
    if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]", value):
        return value, "holds control characters"
    if column in _SINGLE_LINE:
        value = re.sub(r"\s+", " ", value).strip()
    if column == "sha256":
        value = value.lower()
    return value, _cell_problem(column, value)


def _cell_problem(column: str, value: str) -> str | None:
    """Why a (cleaned) cell's value is not a valid value of its column, or None."""
    if column in MANIFEST_DATE_COLUMNS:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return "is not a real ISO date (YYYY-MM-DD)"
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return "is not an ISO date (YYYY-MM-DD)"
    elif column == "doc_type" and value not in DOC_TYPES:
        return f"is not one of {', '.join(DOC_TYPES)}"
    elif column == "language" and not re.fullmatch(r"[a-z]{2}", value):
        return "is not an ISO 639-1 code (two lower-case letters)"
    elif column == "completeness" and value not in COMPLETENESS:
        return f"is not one of {', '.join(COMPLETENESS)}"
    elif column == "parties" and not re.fullmatch(r"[A-Z]{2}(?:;[A-Z]{2})*", value):
        return "is not ISO 3166 alpha-2 codes joined by `;` (`GB;FR`)"
    elif column == "source_url" and not re.fullmatch(r"https?://[^\s<>\"'`]+", value, re.I):
        return "is not an http(s) URL"
    elif column == "license" and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.+\-]{0,63}", value):
        return "is not a licence id (`OGL-UK-3.0`, `etalab-2.0`)"
    elif column == "sha256" and not re.fullmatch(r"[0-9a-f]{64}", value):
        return "is not a SHA-256 (64 lower-case hexadecimal digits)"
    return None
