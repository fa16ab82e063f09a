"""The formats ``raw/`` accepts beside ``.txt``: the PDFs and web pages governments publish.

Their text is extracted here, as the first step of the graph: what comes out is the text every
later stage reads (and every offset maps into), while ``raw_documents`` keeps the SHA-256 of the
original bytes. A PDF gives its text, page by page (``page_starts``: where each page begins in
it); a web page gives its main content and what its metadata says (title, date, publisher).

Every file is hostile: extraction runs in a child process (:mod:`pipeline.formats.sandbox`)
with a time limit and a memory limit, so a PDF bomb or a pathological page is refused by name,
never a crash or a hung run. Results are cached by the bytes' SHA-256 and the code's version.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, TypeGuard

from pipeline.cache import DocumentCache, code_fingerprint, content_key, is_int
from pipeline.vocab import VOCAB_DIR

# File name endings read from raw/, and the format each is read as.
FORMATS = {".txt": "txt", ".pdf": "pdf", ".html": "html", ".htm": "html"}
EXTRACTED_FORMATS = ("pdf", "html")
EXTRACT_TIMEOUT_SECONDS = 60.0  # a 300-page command paper takes a few seconds
MEMORY_LIMIT_BYTES = 2 << 30  # the child's address space: a decompression bomb stops there
STAGE = "source_text"
PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Characters no published text should hold: C0 controls (tab, newline, form feed aside), DEL and
# the replacement character a font without a Unicode map leaves.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True)
class Extracted:
    """The text of a PDF or web page, and what the file says about itself."""

    text: str
    pages: int | None = None  # PDF: its number of pages
    page_starts: list[int] = field(default_factory=list)  # PDF: offset in `text` of each page
    title: str | None = None  # web page: its metadata's title
    date: str | None = None  # web page: its publication date, ISO 8601
    publisher: str | None = None  # web page: the organisation that published it


class Refused(Exception):
    """A file whose text cannot be read: ``reason`` is a rejection code, ``detail`` says why."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


# Every rejection reason extraction can give (beside those of pipeline.sources).
REFUSAL_REASONS = (
    "malformed_pdf",
    "pdf_encrypted",
    "too_many_pages",
    "no_text_layer",
    "malformed_html",
    "no_main_content",
    "extraction_timeout",
    "extraction_failed",
)


def format_of(name: str) -> str | None:
    """The format a file in raw/ is read as, by its name's ending; None: not read."""
    return next((fmt for end, fmt in FORMATS.items() if name.lower().endswith(end)), None)


def printable(text: str) -> str:
    """``text`` without control characters and replacement characters; line ends as ``\\n``."""
    return _UNPRINTABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def extract(fmt: str, data: bytes) -> Extracted:
    """The text of ``data`` read as ``fmt`` (``pdf`` or ``html``), in this process; raises
    :class:`Refused` naming why it cannot be read. :func:`extract_files` runs it in a sandbox."""
    if fmt == "pdf":
        from pipeline.formats.pdf import pdf_document

        return pdf_document(data)
    if fmt == "html":
        from pipeline.formats.html import html_document

        return html_document(data)
    raise ValueError(f"no extractor for {fmt!r}")


# --- the sandbox: one child process per file ------------------------------------------------------


def extract_in_sandbox(fmt: str, data: bytes, timeout: float = EXTRACT_TIMEOUT_SECONDS) -> dict[str, Any]:
    """:func:`extract` in a child process with a time and memory limit, as plain data:
    ``{"text", "pages", ...}`` or ``{"refused": [reason, detail]}``. Whatever the child does
    (hangs, runs out of memory, crashes) comes back as a refusal."""
    path = os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pipeline.formats.sandbox", fmt, str(MEMORY_LIMIT_BYTES)],
            input=data,
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return refused("extraction_timeout", f"reading its text took over {timeout:g} s: refused")
    try:
        result = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        result = None
    if done.returncode != 0 or not valid_result(result):
        last = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        return refused(
            "extraction_failed", f"the extractor stopped (exit {done.returncode}): {last[0][:200]}"
        )
    return result


def refused(reason: str, detail: str) -> dict[str, Any]:
    return {"refused": [reason, detail]}


def valid_result(value: object) -> TypeGuard[dict[str, Any]]:
    """An extraction result read back (from the child or the cache) has exactly this shape."""
    if not isinstance(value, dict):
        return False
    if set(value) == {"refused"}:
        r = value["refused"]
        return isinstance(r, list) and len(r) == 2 and r[0] in REFUSAL_REASONS and isinstance(r[1], str)
    if set(value) != set(Extracted.__dataclass_fields__):
        return False
    text, starts = value["text"], value["page_starts"]
    return (
        isinstance(text, str)
        and (value["pages"] is None or is_int(value["pages"]))
        and isinstance(starts, list)
        and all(is_int(s) and 0 <= s <= len(text) for s in starts)
        and starts == sorted(starts)
        and all(value[k] is None or isinstance(value[k], str) for k in ("title", "date", "publisher"))
    )


def _cacheable(value: object) -> bool:
    """A cached result is used unless it is a time-out: a busy machine's, not the file's fault."""
    return valid_result(value) and value.get("refused", [None])[0] != "extraction_timeout"


def cache_version() -> str:
    """This package's code, its vocabulary and the versions of the libraries that read the files."""
    libraries = "-".join(f"{name}{_version(name)}" for name in ("pypdf", "trafilatura", "lxml"))
    code = code_fingerprint(Path(__file__).parent, VOCAB_DIR / "sources.yaml", VOCAB_DIR / "normalise.yaml")
    return f"1-{code}-{libraries}"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


def _as_is(value: Any) -> Any:
    return value


def extract_files(
    files: Sequence[tuple[str, str, bytes]],
    cache: DocumentCache | None = None,
    timeout: float = EXTRACT_TIMEOUT_SECONDS,
) -> list[dict[str, Any]]:
    """The extraction result of each ``(sha256, format, bytes)``, in order; with a cache, a file
    read before (same bytes, same code and libraries) is not read again."""

    def sandboxed(payloads: list[tuple[str, bytes]]) -> list[dict[str, Any]]:
        return [extract_in_sandbox(fmt, data, timeout) for fmt, data in payloads]

    if cache is None:
        return sandboxed([(fmt, data) for _, fmt, data in files])
    items = [(content_key(sha, fmt), (fmt, data)) for sha, fmt, data in files]
    # The child processes run here (``prepare``), on the bytes already read: the cache stores
    # their results as they are.
    return cache.map(STAGE, cache_version(), items, _as_is, _cacheable, prepare=sandboxed)
