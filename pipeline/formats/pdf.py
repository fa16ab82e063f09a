"""The text of a PDF, as a person reads it: pages read with pypdf in layout mode (which keeps the
blank lines between paragraphs and the indentation of list items), then mended by general rules:

- running headers and footers (a line at the top or bottom edge of most pages, digits aside) and
  page numbers (`3`, `Page 3 of 12`, `- 3 -`) removed;
- a word hyphenated at a line's end joined again (`implemen-` / `tation`), a compound broken at
  its own hyphen kept whole (`wide-` / `area`, when the document spells it so elsewhere);
- the lines of a paragraph joined into one, and a paragraph that runs on to the next page joined
  across the page break.

The result has one paragraph per line, paragraphs apart by a blank line, and ``page_starts``:
the offset where each page's text begins, so a passage's page is known after every later
edit (normalising keeps offsets). A PDF with no text layer (a scan) is refused: no OCR.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from pipeline import vocab
from pipeline.formats import Extracted, Refused, printable
from pipeline.text.normalise import starts_with_list_marker

if TYPE_CHECKING:
    from pypdf import PageObject

MAX_PAGES = 2_000  # a command paper has hundreds; thousands is a bomb or not a document
MIN_TEXT_CHARS = 20
MAX_TEXT_CHARS = 20_000_000  # what a 5 MB PDF may decompress to, and more than any treaty holds
SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]»]*$")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _cfg() -> dict[str, Any]:
    cfg: dict[str, Any] = vocab.load("sources")["pdf"]
    return cfg


@cache
def _page_number_line() -> re.Pattern[str]:
    return re.compile(rf"^(?:{'|'.join(f'(?:{p})' for p in _cfg()['page_number_lines'])})$", re.I)


def page_texts(data: bytes) -> list[str]:
    """Each page's text in layout mode (plain mode for a page layout mode cannot read)."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Refused("pdf_encrypted", "the PDF is encrypted with a password: its text cannot be read")
        # pypdf types a dictionary's values as the PdfObject base: one that is no dictionary raises
        # TypeError or AttributeError here, refused below as a malformed PDF
        declared = reader.trailer["/Root"]["/Pages"].get("/Count", 0)  # type: ignore[index]
        if not isinstance(declared, int) or declared > MAX_PAGES:
            raise Refused(
                "too_many_pages", f"it declares {declared} pages, over the {MAX_PAGES:,}-page limit"
            )
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise Refused("too_many_pages", f"{len(pages):,} pages is over the {MAX_PAGES:,}-page limit")
        return [_page_text(page) for page in pages]
    except Refused:
        raise
    except LimitReachedError as exc:  # pypdf's own bounds: a decompression bomb, a huge array
        raise Refused("malformed_pdf", f"it goes past pypdf's safety limits ({str(exc)[:200]})") from exc
    except (PyPdfError, KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise Refused(
            "malformed_pdf", f"not a readable PDF ({type(exc).__name__}: {str(exc)[:200]})"
        ) from exc


def _page_text(page: PageObject) -> str:
    from pypdf.errors import LimitReachedError

    try:
        return page.extract_text(extraction_mode="layout")
    except LimitReachedError:
        raise  # a bomb: plain mode would swallow the error and read nothing
    except Exception:  # layout mode needs font metrics some PDFs lack: plain mode reads them
        return page.extract_text()


def pdf_document(data: bytes) -> Extracted:
    """The text of a PDF's bytes with where each page begins; refused by name when it has none."""
    if not data.lstrip()[:5] == b"%PDF-":
        raise Refused("malformed_pdf", "the file does not start like a PDF (`%PDF-`)")
    pages = page_texts(data)
    if sum(len(p) for p in pages) > MAX_TEXT_CHARS:
        raise Refused("extraction_failed", f"its text runs past {MAX_TEXT_CHARS:,} characters: refused")
    text, starts = pdf_text(pages)
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise Refused(
            "no_text_layer",
            f"its {len(pages)} page(s) hold no text layer (a scanned document?): text is not read "
            "from images (no OCR); find a version with text",
        )
    return Extracted(text=text, pages=len(pages), page_starts=starts)


# --- lines and page furniture ---------------------------------------------------------------------


def _lines(page: str) -> list[str]:
    table = str.maketrans(_cfg()["ligatures"])
    return [printable(line).translate(table).rstrip() for line in page.split("\n")]


def _key(line: str) -> str:
    """A line as compared across pages: digits and spacing aside, case-folded."""
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def _edges(lines: Sequence[str]) -> tuple[list[int], list[int]]:
    """Indices of the first and the last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    n = _cfg()["edge_lines"]
    return filled[:n], filled[-n:] if len(filled) > n else filled[n:]


def furniture(pages: Sequence[Sequence[str]]) -> list[set[int]]:
    """For each page, the lines that are running headers, footers or page numbers."""
    edges = [_edges(lines) for lines in pages]
    with_text = sum(1 for top, _ in edges if top)
    needed = max(2, math.ceil(_cfg()["running_line_min_share"] * with_text))
    counts: list[Counter[str]] = [
        Counter(),
        Counter(),
    ]  # top, bottom: on how many pages each key stands there
    for lines, zones in zip(pages, edges, strict=True):
        for zone, indices in enumerate(zones):
            counts[zone].update({_key(lines[i]) for i in indices})
    out = []
    for lines, zones in zip(pages, edges, strict=True):
        drop: set[int] = set()
        for zone, indices in enumerate(zones):
            seen: set[str] = set()
            for i in indices if zone == 0 else reversed(indices):
                key = _key(lines[i])
                if _page_number_line().match(lines[i].strip()) or (
                    counts[zone][key] >= needed and key not in seen
                ):
                    drop.add(i)
                    seen.add(key)
        out.append(drop)
    return out


# --- paragraphs -----------------------------------------------------------------------------------


@dataclass
class _Block:
    lines: list[str]
    indent: int
    marker: bool


def _blocks(lines: Sequence[str], drop: set[int]) -> list[_Block]:
    """A page's paragraphs: lines between blank lines; a list marker, or a line set back to the
    left of a list item's text, starts a new one."""
    blocks: list[_Block] = []
    current: _Block | None = None
    for i, raw in enumerate(lines):
        line = raw.strip()
        if i in drop or not line:
            current = None
            continue
        indent = len(raw) - len(raw.lstrip())
        marker = starts_with_list_marker(line)
        if current is None or marker or (current.marker and indent < current.indent):
            current = _Block([line], indent if not marker else indent + 1, marker)
            blocks.append(current)
        else:
            current.lines.append(line)
    return blocks


def _vocabulary(pages: Sequence[Sequence[str]]) -> tuple[Counter[str], set[str]]:
    """The words the document spells whole (case-folded, with their counts), and those of them
    with a hyphen: the halves of a word broken at a line's end are not counted."""
    words: Counter[str] = Counter()
    broken = False  # the line before ended on a hyphen
    for lines in pages:
        for line in (line.strip() for line in lines):
            if not line:
                continue
            found = list(WORD.finditer(line))
            for i, m in enumerate(found):
                if (i == 0 and broken) or line[m.end() :] == "-":
                    continue
                words[m.group(0).casefold()] += 1
            broken = line.endswith("-")
    hyphenated = {w for w in words if "-" in w}
    return words, hyphenated


def mend(prev: str, nxt: str, words: Counter[str], hyphenated: set[str]) -> str:
    """How two lines of one paragraph meet: a word broken by hyphenation is joined, a compound
    broken at its own hyphen keeps it, anything else gets one space."""
    if prev.endswith("\u00ad"):  # a soft hyphen: always a break inside a word
        return prev[:-1] + nxt
    head = re.search(r"([^\W\d_]+)-$", prev)
    tail = re.match(r"[^\W\d_]+", nxt)
    if not head or not tail or not nxt[:1].islower():
        return f"{prev} {nxt}"
    left, right = head.group(1).casefold(), tail.group(0).casefold()
    if f"{left}-{right}" in hyphenated:
        return prev + nxt  # `wide-` / `area`, spelled `wide-area` elsewhere
    joined = left + right
    if words[joined] or not (words[left] and words[right]):
        return prev[:-1] + nxt  # `implemen-` / `tation`
    return prev + nxt  # both halves are words of the text, the joined word is not: a compound


def pdf_text(pages: Sequence[str]) -> tuple[str, list[int]]:
    """The text of a PDF's pages (each as pypdf reads it) and the offset where each page begins."""
    split = [_lines(p) for p in pages]
    drops = furniture(split)
    kept = [
        [line for i, line in enumerate(lines) if i not in drop]
        for lines, drop in zip(split, drops, strict=True)
    ]
    words, hyphenated = _vocabulary(kept)
    paragraphs: list[str] = []
    starts: list[int] = []
    length = 0  # of "\n\n".join(paragraphs)
    for lines, drop in zip(split, drops, strict=True):
        blocks = _blocks(lines, drop)
        texts = [_join(b.lines, words, hyphenated) for b in blocks]
        if texts and paragraphs and not blocks[0].marker and not SENTENCE_END.search(paragraphs[-1]):
            # the page goes on with the last page's paragraph
            joined = mend(paragraphs[-1], texts[0], words, hyphenated)
            start = length + len(joined) - len(texts[0]) - len(paragraphs[-1])
            # a mended hyphen shortens the text: an empty page before starts here too
            starts = [min(s, start) for s in starts] + [start]
            length += len(joined) - len(paragraphs[-1])
            paragraphs[-1] = joined
            texts = texts[1:]
        else:
            starts.append(length + (2 if paragraphs and texts else 0))
        for t in texts:
            length += len(t) + (2 if paragraphs else 0)
            paragraphs.append(t)
    text = "\n\n".join(paragraphs)
    return text, [min(s, len(text)) for s in starts]


def _join(lines: Sequence[str], words: Counter[str], hyphenated: set[str]) -> str:
    out = " ".join(lines[0].split())
    for line in lines[1:]:
        out = mend(out, " ".join(line.split()), words, hyphenated)
    return out
