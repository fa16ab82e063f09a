"""Figures written in digits or words: `7,500`, `62.7`, `Two`, `Thirty-one`, `three hundred`;
French `340 000`, `2.000`, `2,5`, `deux`, `trois cents`.

Number words are read with the ``text2num`` library (a well-kept parser of English and French
number words) rather than a hand-written table; the number formats and which words start or end
a number are data per language (``vocab/numbers.yaml``, ``vocab/numbers.<lang>.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline import vocab
from pipeline.extract.prefilter import fold, literal_test
from pipeline.text.number_words import number_in_words, words_plain


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    is_word: bool

    @property
    def is_year(self) -> bool:
        """Four digits from 1900 to 2100 (`2016`): a year, read as a date unless a noun counts it."""
        return not self.is_word and self.text.isdigit() and len(self.text) == 4 and 1900 <= self.value <= 2100


def number_vocab(language: str) -> dict[str, Any]:
    return vocab.load_for("numbers", vocab.language_of(language))


@cache
def number_pattern(language: str = vocab.DEFAULT_LANGUAGE, spaces: bool = False) -> str:
    """A figure in the language's number format (`1,300.5`; French `340 000`, `2.000`, `2,5`);
    with ``spaces``, every Unicode space separator also separates thousands (`40\u202f000`), though
    never before the first group. Money keeps the format alone."""
    fmt = number_vocab(language)["number_format"]
    seps = [*fmt["thousands"], *(number_vocab(language)["space_thousands"] if spaces else [])]
    thousands = "[" + "".join(re.escape(t) for t in dict.fromkeys(seps)) + "]"
    decimal = re.escape(fmt["decimal"])
    return rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?!\d)(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?"


def parse_number(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> float:
    fmt = number_vocab(language)["number_format"]
    for sep in [*fmt["thousands"], *number_vocab(language)["space_thousands"]]:
        text = text.replace(sep, "")
    return float(text.replace(fmt["decimal"], "."))


@cache
def _digits_re(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.,/-])(?:{number_pattern(language, spaces=True)})(?![\w/]|[.,]\d)")


def parse_digits(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> float:
    return parse_number(text, language)


@cache
def _words_re(language: str) -> re.Pattern[str]:
    v = number_vocab(language)
    words = "|".join(sorted(v["number_words"], key=len, reverse=True))
    tails = "|".join(sorted([*v["number_words"], *v["number_word_tails"]], key=len, reverse=True))
    links = "|".join(map(re.escape, v["number_word_links"]))
    link = rf"(?:(?:{links})\s+)?" if links else ""
    # `one` / `un` opens a number before another number word only (`one million`, `un million`)
    heads = "|".join(v["number_word_heads"])
    head = rf"(?:(?:{heads})[\s-]+(?=(?:{words})\b))?" if heads else ""
    return re.compile(rf"\b{head}(?:{words})(?:[\s-]+{link}(?:{tails}))*\b", re.I)


def parse_words(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> float | None:
    language = vocab.language_of(language)
    special = number_vocab(language)["number_word_values"]
    cleaned = words_plain(text)
    return float(special[cleaned]) if cleaned in special else number_in_words(cleaned, language)


def find_figures(
    text: str, language: str = vocab.DEFAULT_LANGUAGE, folded: str | None = None
) -> list[Figure]:
    """Every figure in ``text``, in order; digits glued to letters (`G6`, `21st`) are not figures.
    ``folded``: the text's :func:`fold`, when its analysis has it already."""
    language = vocab.language_of(language)
    scales = _scale_re(language)
    scale_values = {k.lower(): float(v) for k, v in number_vocab(language)["scale_words"].items()}
    out = []
    covered: set[int] = set()  # where scale words read with their digits start (`1.2 million`)
    for m in _digits_re(language).finditer(text):
        value, end = parse_number(m.group(0), language), m.end()
        scale = scales.match(text, end)
        if scale:  # `1.2 million people`: one figure, 1,200,000
            value, end = value * scale_values[scale.group("s").lower()], scale.end()
            covered.add(scale.start("s"))
        out.append(Figure(m.start(), end, text[m.start() : end], value, False))
    words = _words_re(language)
    needs = literal_test(words.pattern, words.flags)
    for m in words.finditer(text) if needs is None or needs(fold(text) if folded is None else folded) else ():
        worded = parse_words(m.group(0), language)
        vague = m.group(0).lower() in {w.lower() for w in number_vocab(language)["vague_words"]}
        if worded is not None and m.start() not in covered and not vague:
            out.append(Figure(m.start(), m.end(), m.group(0), worded, True))
    return sorted(out, key=lambda f: f.start)


@cache
def _scale_re(language: str) -> re.Pattern[str]:
    """A scale word right after a figure in digits (`million`, `milliards`)."""
    scales = "|".join(sorted(map(re.escape, number_vocab(language)["scale_words"]), key=len, reverse=True))
    spaces = "".join(map(re.escape, [" ", *number_vocab(language)["space_thousands"]]))
    return re.compile(rf"[{spaces}](?P<s>{scales})(?!\w)", re.I)
