"""Repair conversion artefacts so the text says exactly what the source says, and nothing else.

Each rule is general (named in ``vocab/normalise.yaml`` where it needs data) and every edit
keeps a map from normalised offsets back to raw offsets, so a published row can be traced to
the raw bytes. The output has one paragraph per line, paragraphs separated by a blank line;
list markers (bullets, ``1.``, ``a.``, ``(i)``) are lifted out of the text into ``list_items``.
"""

from __future__ import annotations

import html
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from pipeline import vocab
from pipeline.text.dates import find_dates
from pipeline.text.language import detect_language, rules_language

TERMINAL_PUNCT = ".!?:;"
CLOSERS = "\"'”’)]»"


@dataclass(frozen=True)
class ListMarker:
    """A list item's start in the normalised text and the marker lifted from it."""

    pos: int
    marker: str
    kind: str  # bullet | number | letter | roman | action


@dataclass
class Normalised:
    text: str
    # offsets[i] is the raw offset of normalised character i; offsets[len(text)] == len(raw).
    offsets: np.ndarray
    list_items: list[ListMarker] = field(default_factory=list)
    language: str = "en"  # ISO 639-1: whose rules were applied

    def to_raw(self, pos: int) -> int:
        return int(self.offsets[pos])

    def anchors(self) -> list[tuple[int, int]]:
        """Run-length form of the offset map: (normalised_pos, raw_pos) where a copied run starts."""
        return compress_offsets(self.offsets)


def compress_offsets(offsets: np.ndarray) -> list[tuple[int, int]]:
    if len(offsets) == 0:
        return []
    breaks = np.flatnonzero(np.diff(offsets) != 1) + 1
    starts = np.concatenate(([0], breaks))
    return [(int(s), int(offsets[s])) for s in starts]


def raw_offset(anchors: Sequence[tuple[int, int]], pos: int) -> int:
    """Raw offset of normalised position ``pos`` from the run-length anchors."""
    i = bisect_right([a[0] for a in anchors], pos) - 1
    start, raw = anchors[max(i, 0)]
    return raw + (pos - start)


# --- edit machinery -------------------------------------------------------------------------

Edit = tuple[int, int, str]  # (start, end, replacement) in the current text


def apply_edits(text: str, offsets: np.ndarray, edits: Iterable[Edit]) -> tuple[str, np.ndarray, list[int]]:
    """Apply non-overlapping edits; replaced characters map to the raw start of what they replace.

    Returns the new text, its offset map, and the new start of each edit.
    """
    pieces: list[str] = []
    idx: list[np.ndarray] = []
    new_starts: list[int] = []
    last = 0
    length = 0
    for start, end, repl in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < last:
            raise ValueError(f"overlapping edit at {start}")
        pieces.append(text[last:start])
        idx.append(offsets[last:start])
        length += start - last
        new_starts.append(length)
        pieces.append(repl)
        idx.append(np.full(len(repl), offsets[start], dtype=offsets.dtype))
        length += len(repl)
        last = end
    pieces.append(text[last:])
    idx.append(offsets[last:])
    return "".join(pieces), np.concatenate(idx) if idx else offsets, new_starts


def regex_pass(
    text: str, offsets: np.ndarray, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]
) -> tuple[str, np.ndarray]:
    edits = []
    for m in pattern.finditer(text):
        r = repl(m) if callable(repl) else m.expand(repl)
        if r != m.group(0):
            edits.append((m.start(), m.end(), r))
    if not edits:
        return text, offsets
    new_text, new_offsets, _ = apply_edits(text, offsets, edits)
    return new_text, new_offsets


# --- the rules ------------------------------------------------------------------------------


@cache
def _rules() -> list[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]]]:
    v = vocab.load("normalise")
    latex = v["latex_symbols"]
    tags = "|".join(v["html_inline_tags"])
    foot = "|".join(v["footnote_tags"])
    boiler = "|".join(f"(?:{p})" for p in v["boilerplate_lines"])
    return [
        ("newlines", re.compile(r"\r\n?|\f|\u2028|\u2029"), "\n"),
        (
            "html_entities",
            re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});"),
            lambda m: html.unescape(m.group(0)),
        ),
        ("html_footnote_marks", re.compile(rf"<({foot})>\s*[\w*†‡]{{1,4}}\s*</\1>", re.I), ""),
        ("html_line_breaks", re.compile(r"<br\s*/?>", re.I), "\n"),
        ("html_inline_tags", re.compile(rf"</?(?:{tags})\b[^<>]{{0,200}}>", re.I), ""),
        (
            "latex_symbols",
            re.compile(r"\$\s*\\([A-Za-z]+)\s*\$ ?"),
            lambda m: latex.get(m.group(1), m.group(0)),
        ),
        ("special_spaces", re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]"), " "),
        # invisible and format characters (Unicode Cf): zero-width spaces and joiners, soft
        # hyphens, BOMs, and the bidirectional overrides and isolates (U+202E ...) that make a
        # text display otherwise than it reads
        (
            "invisible_chars",
            re.compile(
                "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
                "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
            ),
            "",
        ),
        ("control_chars", re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]"), ""),
        ("markdown_heading_marks", re.compile(r"^[ ]*#{1,6}[ ]+", re.M), ""),
        # a trailing run is tried from its first space only: from every space of a long run inside a
        # line, `[ ]+$` ran to the run's end and failed, quadratic in the run's length
        ("line_edge_spaces", re.compile(r"^[ ]+|(?<![ ])[ ]+$", re.M), ""),
        ("space_runs", re.compile(r"[ ]{2,}"), " "),
        ("boilerplate_lines", re.compile(rf"^(?:{boiler})$", re.M | re.I), ""),
        ("stray_end_marks", re.compile(r"\./\."), "."),
        # a footnote's call in brackets after a sentence's end (`by the end of 2011.[3] The
        # Government ...`) hides where the next sentence starts
        ("footnote_calls", re.compile(r"(?<=[.!?;:])\[\d{1,3}\](?=\s|$)", re.M), ""),
    ]


@cache
def _marker_pattern() -> re.Pattern[str]:
    v = vocab.load("normalise")
    glyphs = re.escape(v["bullet_glyphs"])
    dashes = re.escape(v["bullet_dashes"])
    return re.compile(
        rf"^(?:(?P<bullet>[{glyphs}]|[{dashes}](?=\s|$))"
        # a number, or a numbered paragraph's decimal number before its capital (`2.3 The Parties`)
        r"|(?P<number>\(?\d{1,2}[.)°](?=\s)|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s+[A-ZÀ-Ý]))"
        # a meeting's action number, its number over the item's, before a capital (`14/2 NCA and
        # OLTIM to set up ...`): a list of its own inside the numbered sections
        r"|(?P<action>\d{1,3}/\d{1,3}(?=\s+[A-ZÀ-Ý]))"
        r"|(?P<roman>\((?:[ivx]{1,4})\)|(?:[ivx]{1,4}|[IVX]{1,4})[.)])(?=\s)"
        r"|(?P<letter>\(?[a-z][.)])(?=\s))"
        r"[ ]*"
    )


def starts_with_list_marker(line: str) -> bool:
    """Whether ``line`` opens with a list marker (a bullet, `1.`, `a)`, `(iv)`) as normalising reads one."""
    return _marker_pattern().match(line) is not None


@cache
def _month_names() -> re.Pattern[str]:
    months = sorted(vocab.load("dates")["months"], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, months))})\b", re.I)


@cache
def _connectives() -> frozenset[str]:
    return frozenset(vocab.load("normalise")["connective_words"])


@cache
def _ordinal_suffix(language: str = "en") -> re.Pattern[str]:
    cfg = vocab.load("normalise")
    suffixes = cfg["ordinal_suffixes_by_language"].get(language, cfg["ordinal_suffixes"])
    return re.compile(rf"^(?:{'|'.join(sorted(suffixes, key=len, reverse=True))})\b")


@cache
def table_cell_marks() -> str:
    """What parts a table's cells in a line written as text (`2010 | 1 050 000 | 9 870`)."""
    return "".join(vocab.load("segment")["table_cell_marks"])


def table_cells(line: str) -> list[str]:
    """The cells of a line written as a table's row (`2010 | 1 050 000 | 9 870`); none when it has no
    cell mark."""
    marks = table_cell_marks()
    if not any(m in line for m in marks):
        return []
    cells = [c.strip() for c in re.split(f"[{re.escape(marks)}]", line)]
    # a row drawn with borders (`| 2007 | 9,400 |`) has no cell outside them
    return cells[1 if line.lstrip()[:1] in marks else 0 : -1 if line.rstrip()[-1:] in marks else None]


@cache
def _caption_re() -> re.Pattern[str]:
    words = "|".join(map(re.escape, vocab.load("segment")["table_captions"]))
    return re.compile(rf"(?:{words})(?:\s+[\w.]{{1,6}})?\s*[:–—-]\s*(?=\S)", re.I)


def table_caption(line: str) -> str | None:
    """What a table's caption names (`Table 2: arrivals by year` -> `arrivals by year`), else None."""
    m = _caption_re().match(line.strip())
    return line.strip()[m.end() :] if m else None


# a figure's own comment after it: an earlier figure in brackets, a change after a comma
# (`8,420 (2019: 1,843)`, `160, up 25% on 2019`, `3 200, soit 34 %`), no sentence of its own
_ROW_COMMENT = r"(?:\([^()]{1,60}\)|,\s[^.!?;:()]{1,80})?\s*"
# the figure of a label row: up to two words before it (`around 150%`, `nearly 90%`), a currency
# sign or a multiplication sign (`× 4`), and up to three words or figures after it (`£6.8 million a
# day`, `£3,000 to £6,000`)
_ROW_FIGURE = (
    r"(?:[^\W\d_]+\s+){0,2}[£€$]?\s?(?:[+\-−]|×\s?)?\d[\d.,\s\u00a0\u202f]*%?\s*"
    r"(?:(?:[^\W\d_][\w'’]*|[£€$]?\d[\d.,]*%?)\s*){0,3}"
)
# what a row may say after its comment: the year or span the figure is for (`(£63 million) in 2022-23`)
_ROW_YEAR = r"(?:[^\W\d_]+\s(?:19|20)\d\d(?:[-–/]\d\d)?\s*)?"
LABEL_ROW = re.compile(
    r"[^\W\d_(][^:;.!?]{0,90}?\s?:\s*"
    + _ROW_FIGURE
    + _ROW_COMMENT
    + _ROW_YEAR
    + r"|(?:19|20)\d\d\s?:\s*\d[\d.,\s\u00a0\u202f]*%?\s*"
    + _ROW_COMMENT
)


def label_row(line: str) -> bool:
    """A table's row written as a line of a label and its figure (`2010: 9,800`, `Calais (port) : 14 210`)."""
    return LABEL_ROW.fullmatch(line.strip()) is not None


def ends_sentence(line: str) -> bool:
    """The text ends with terminal punctuation, closing quotes and brackets aside."""
    return line.rstrip(CLOSERS)[-1:] in TERMINAL_PUNCT


def _is_date_line(line: str) -> bool:
    """A line that holds one full date and nothing else (`6 juillet 2009`, `2 November 2015`)."""
    dates = find_dates(line)
    return len(dates) == 1 and dates[0].start == 0 and not line[dates[0].end :].strip(" .")


def _join(prev: str, nxt: str, prev_line_len: int, hard_wrapped: bool, language: str = "en") -> str | None:
    """How two consecutive lines meet: "" or " " when a break fell inside a sentence, else None.

    ``prev`` is the paragraph built so far, ``prev_line_len`` the length of its last physical
    line; ``hard_wrapped`` says the document breaks lines inside paragraphs (PDF extraction).
    """
    prose = vocab.load("normalise")["prose_line_min_chars"]
    if table_cells(nxt) or table_cells(prev) or label_row(nxt):
        return None  # a table written as lines keeps one row a line (`2010 | 1 050 000 | 9 870`)
    if prev[-1:].isdigit() and _ordinal_suffix(language).match(nxt):
        return ""  # ordinal split by conversion: `3` / `rd`
    if ends_sentence(prev):
        return None
    if _is_date_line(nxt) and prev.rsplit(" ", 1)[-1].lower() not in _connectives():
        return None  # `Summit of 6 July 2009` / `6 July 2009`: a heading, then its dateline
    if re.search(r"[A-Za-z]-$", prev) and nxt[:1].islower():
        return ""  # hyphenated wrap: `co-` / `operation`
    if nxt[:1].islower() or nxt[:1].isdigit() or nxt[:1] in "(£€$%,;:–—":
        return " "
    if prev.rsplit(" ", 1)[-1].lower() in _connectives():
        return " "  # a line cannot end on `and`, `of`, `the`...
    if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?$", prev) and _month_names().match(nxt):
        return " "  # a date split across lines: `opened on 11` / `January 2016`
    if hard_wrapped and prev_line_len >= prose and len(nxt) >= prose:
        return " "  # running prose broken by a PDF line or page break
    return None


@dataclass
class _Line:
    start: int
    end: int
    body_start: int
    marker: str | None = None
    kind: str | None = None


def _lines(text: str) -> list[_Line]:
    """Non-empty lines; a marker alone on its line is carried to the line after it."""
    marker_re = _marker_pattern()
    out: list[_Line] = []
    carried: tuple[str, str] | None = None
    for m in re.finditer(r"[^\n]+", text):
        line = _Line(m.start(), m.end(), m.start())
        mk = marker_re.match(m.group(0))
        if mk:
            kind = next(k for k in ("bullet", "number", "roman", "letter", "action") if mk.group(k))
            line.marker, line.kind = mk.group(kind), kind
            line.body_start = m.start() + mk.end()
            if line.body_start == line.end:  # the marker (never empty: it was matched) alone
                carried = (line.marker, kind)
                continue
        if carried and not line.marker:
            line.marker, line.kind = carried
        carried = None
        out.append(line)
    return out


def is_hard_wrapped(text: str, lines: Sequence[_Line]) -> bool:
    """A document is hard-wrapped when many of its line breaks fall visibly inside sentences."""
    cfg = vocab.load("normalise")
    min_breaks: int = cfg["hard_wrap_min_breaks"]
    min_share: float = cfg["hard_wrap_min_share"]
    inside = sum(
        1
        for a, b in itertools.pairwise(lines)
        if not b.marker
        and text[b.body_start : b.body_start + 1].islower()
        and not ends_sentence(text[a.body_start : a.end])
    )
    return inside >= min_breaks and inside >= min_share * len(lines)


def _structure(
    text: str, offsets: np.ndarray, language: str = "en"
) -> tuple[str, np.ndarray, list[ListMarker]]:
    """One paragraph per line: rejoin lines broken inside sentences, lift list markers out."""
    lines = _lines(text)
    hard_wrapped = is_hard_wrapped(text, lines)
    edits: list[Edit] = []
    prev: _Line | None = None
    paragraph = ""  # the paragraph built so far (its tail is what a join rule looks at)
    for line in lines:
        body = text[line.body_start : line.end]
        gap_start = prev.end if prev else 0
        if prev is None:
            joiner = ""
        elif line.marker:
            joiner = "\n\n"
        else:
            j = _join(paragraph, body, prev.end - prev.body_start, hard_wrapped, language)
            joiner = "\n\n" if j is None else j
        edits.append((gap_start, line.body_start, joiner))
        paragraph = paragraph[-200:] + joiner + body if joiner != "\n\n" and prev else body
        prev = line
    edits.append((prev.end if prev else 0, len(text), ""))
    new_text, new_offsets, new_starts = apply_edits(text, offsets, edits)
    items = [
        ListMarker(pos=new_starts[i] + len(edits[i][2]), marker=line.marker, kind=line.kind)
        for i, line in enumerate(lines)
        if line.marker and line.kind  # a line with a marker always has its kind
    ]
    return new_text, new_offsets, items


def normalise(raw: str, language: str | None = None) -> Normalised:
    """The repaired text of ``raw`` with its offset map; ``language`` (ISO 639-1, detected when
    not given) selects the language's rules (French ordinals `1er`, ...)."""
    language = language or detect_language(raw)
    text = raw
    offsets = np.arange(len(raw) + 1, dtype=np.int64)
    for _name, pattern, repl in _rules():
        text, offsets = regex_pass(text, offsets, pattern, repl)
    text, offsets, items = _structure(text, offsets, rules_language(language))
    return Normalised(text=text, offsets=offsets, list_items=items, language=language)
