"""``make fetch``: fill raw/ from raw/manifest.csv, downloading each missing file from its source_url.

For every manifest row whose ``file`` is not in raw/ and whose ``source_url`` is http(s), the
bytes are downloaded (a size limit, a time-out, retries with backoff, a User-Agent that says who
asks), checked against the row's ``sha256`` when it gives one (a mismatch: the download is
discarded and the row named), and written to ``raw/<file>`` — never over a file that exists,
even one that appeared while downloading. Everything is printed: what was fetched, skipped,
refused. Nothing here is Dagster's; the optional schedule in ``pipeline.defs.automation`` calls
:func:`fetch_missing`.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from email.message import Message
from pathlib import Path, PurePosixPath
from typing import Protocol, TypedDict, Unpack

from pipeline import vocab
from pipeline.formats import FORMATS, format_of
from pipeline.settings import MANIFEST_NAME, default_paths, publication
from pipeline.sources import MAX_FILE_BYTES, _manifest_rows, check_manifest_cell

TIMEOUT_SECONDS = 30.0
ATTEMPTS = 4  # the first try and three retries
BACKOFF_SECONDS = 2.0  # doubled after each failed try: 2, 4, 8 s
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
CHUNK = 1 << 16


def user_agent() -> str:
    """Who is asking, and where to read about it: servers' logs name the project."""
    dataset = vocab.load("publish")["dataset"]
    public_url = publication().public_url
    return f"{dataset['name']}-fetch/1 (open-data pipeline{f'; +{public_url}' if public_url else ''})"


@dataclass(frozen=True)
class Outcome:
    file: str  # the manifest's `file` cell (or where the row is, when it has none)
    status: str  # fetched | skipped | refused
    detail: str


class DownloadError(Exception):
    """A download that failed; ``retry`` says whether trying again may help."""

    def __init__(self, detail: str, retry: bool) -> None:
        super().__init__(detail)
        self.retry = retry


# --- the manifest's rows ----------------------------------------------------------------------------


def manifest_requests(raw_dir: Path) -> tuple[list[tuple[str, str, str, str | None]], list[Outcome]]:
    """(where, file, source_url, expected sha256) for each manifest row naming a file, and the
    rows that cannot be fetched (no file name, a bad cell), named."""
    read = _manifest_rows(raw_dir)
    if read is None:
        return [], []
    if not isinstance(read, tuple):
        return [], [Outcome(MANIFEST_NAME, "refused", read.detail)]
    header, rows = read
    index = {c: header.index(c) for c in ("file", "source_url", "sha256") if c in header}
    requests, problems = [], []
    for line, cells in enumerate(rows, start=2):
        cell = {c: cells[i].strip() if i < len(cells) else "" for c, i in index.items()}
        if not any(c.strip() for c in cells):
            continue
        where = f"{MANIFEST_NAME} line {line}"
        if not cell.get("file"):
            problems.append(Outcome(where, "refused", "the `file` cell is empty"))
            continue
        sha = cell.get("sha256") or None
        if sha:
            sha, why = check_manifest_cell("sha256", sha)
            if why:
                problems.append(Outcome(cell["file"], "refused", f"{where}: sha256 {why}"))
                continue
        requests.append((where, cell["file"], cell.get("source_url", ""), sha))
    return requests, problems


def _name_problem(name: str) -> str | None:
    """Why ``name`` cannot be written into raw/ (None: it can)."""
    pure = PurePosixPath(name)
    if "\\" in name or len(pure.parts) != 1 or name in (".", "..") or re.match(r"^[A-Za-z]:", name):
        return "is not a plain file name inside raw/ (no folder, no `..`)"
    if name.startswith("."):
        return "is a hidden name, which raw/ does not read"
    if format_of(name) is None or name == MANIFEST_NAME:
        return f"does not end in one of {', '.join(FORMATS)}"
    return None


# --- one download -------------------------------------------------------------------------------------


class Response(Protocol):
    """What ``download`` reads of an opened URL (an ``http.client.HTTPResponse``)."""

    @property
    def headers(self) -> Message: ...

    def read(self, amt: int, /) -> bytes: ...


# ``urllib.request.urlopen`` or an OpenerDirector's ``open``: (request, timeout=...) -> a response
Opener = Callable[..., AbstractContextManager[Response]]


class DownloadOptions(TypedDict, total=False):
    """``download``'s keyword arguments."""

    limit: int
    timeout: float
    opener: Opener | None


class FetchOptions(DownloadOptions, total=False):
    """``download_with_retries``'s keyword arguments: the retries' and ``download``'s."""

    attempts: int
    backoff: float
    sleep: Callable[[float], None]


def download(
    url: str, limit: int = MAX_FILE_BYTES, timeout: float = TIMEOUT_SECONDS, opener: Opener | None = None
) -> bytes:
    """The bytes at ``url``, at most ``limit``; raises DownloadError saying why not."""
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(), "Accept": "*/*"})
    try:
        with (opener or urllib.request.urlopen)(request, timeout=timeout) as response:
            declared = _declared_length(response.headers)
            if declared is not None and declared > limit:
                raise DownloadError(
                    f"{declared:,} bytes declared, over the {limit:,}-byte limit", retry=False
                )
            chunks, size = [], 0
            while chunk := response.read(min(CHUNK, limit + 1 - size)):
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    raise DownloadError(f"more than {limit:,} bytes: over the limit", retry=False)
            return b"".join(chunks)
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"HTTP {exc.code} {exc.reason}", retry=exc.code in RETRY_STATUSES) from exc
    except urllib.error.URLError as exc:
        raise DownloadError(f"cannot be reached ({exc.reason})", retry=True) from exc
    except (TimeoutError, ConnectionError, OSError) as exc:
        raise DownloadError(f"the connection failed ({type(exc).__name__}: {exc})", retry=True) from exc
    except ValueError as exc:  # a URL urllib refuses
        raise DownloadError(f"not a URL that can be fetched ({exc})", retry=False) from exc


def _declared_length(headers: Message) -> int | None:
    value = headers.get("Content-Length")
    return int(value) if value and value.strip().isdigit() else None


def download_with_retries(
    url: str,
    attempts: int = ATTEMPTS,
    backoff: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    **options: Unpack[DownloadOptions],
) -> bytes:
    """:func:`download`, tried again after a pause (doubled each time) when the failure may pass;
    the first pause is ``backoff``, or ``BACKOFF_SECONDS`` as it is when the call is made."""
    backoff = BACKOFF_SECONDS if backoff is None else backoff
    for attempt in range(1, attempts + 1):
        try:
            return download(url, **options)
        except DownloadError as exc:
            if not exc.retry or attempt == attempts:
                tries = f" after {attempt} tries" if attempt > 1 else ""
                raise DownloadError(f"{exc}{tries}", retry=False) from exc
            sleep(backoff * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


def write_new(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` only if nothing is there, atomically: a hidden temporary file
    in the same folder, then a hard link, which fails rather than replace. False: it existed."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".fetch-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    finally:
        Path(tmp).unlink(missing_ok=True)


# --- the whole manifest -------------------------------------------------------------------------------


def fetch_one(
    raw_dir: Path, request: tuple[str, str, str, str | None], **options: Unpack[FetchOptions]
) -> Outcome:
    where, name, url, sha = request
    problem = _name_problem(name)
    if problem:
        return Outcome(name, "refused", f"{where}: `file` {problem}")
    path = raw_dir / name
    if path.exists() or path.is_symlink():
        return Outcome(name, "skipped", "already in raw/ (never overwritten)")
    if not re.match(r"https?://", url, re.I):
        why = "has no source_url" if not url else f"source_url {url[:80]!r} is not http(s)"
        return Outcome(name, "skipped", f"missing from raw/, but its row {why}")
    try:
        data = download_with_retries(url, **options)
    except DownloadError as exc:
        return Outcome(name, "refused", f"{url}: {exc}")
    if not data:
        return Outcome(name, "refused", f"{url}: the server sent no bytes")
    digest = hashlib.sha256(data).hexdigest()
    if sha and digest != sha:
        return Outcome(
            name, "refused", f"{where}: the download's sha256 {digest} is not the manifest's {sha}: discarded"
        )
    if not write_new(path, data):
        return Outcome(name, "skipped", "appeared in raw/ while downloading (never overwritten)")
    return Outcome(name, "fetched", f"{len(data):,} bytes, sha256 {digest}, from {url}")


def fetch_missing(raw_dir: Path, **options: Unpack[FetchOptions]) -> list[Outcome]:
    """Every manifest row's outcome, in the manifest's order (rows that cannot be read first)."""
    raw_dir = Path(raw_dir)
    requests, outcomes = manifest_requests(raw_dir)
    return outcomes + [fetch_one(raw_dir, r, **options) for r in requests]


def report(outcomes: list[Outcome]) -> str:
    """What happened, one line per row, and a count of each: for people reading a terminal or a log."""
    lines = [f"{o.status:8} {_printable(o.file)}: {_printable(o.detail)}" for o in outcomes]
    counts = {s: sum(o.status == s for o in outcomes) for s in ("fetched", "skipped", "refused")}
    lines.append(", ".join(f"{n} {s}" for s, n in counts.items()))
    return "\n".join(lines)


def _printable(text: str) -> str:
    """A manifest's words as one safe line: control characters (terminal escapes) shown escaped."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: repr(m.group(0))[1:-1], text)


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.fetch [RAW_DIR]``: exit 1 when a row was refused, else 0."""
    args = sys.argv[1:] if argv is None else argv
    raw_dir = Path(args[0]) if args else default_paths().raw_dir
    outcomes = fetch_missing(raw_dir)
    print(report(outcomes))
    return 1 if any(o.status == "refused" for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
