"""Synthetic corpora for the benchmark, built from the seed texts' own sentence patterns.

Each synthetic document is a seed text (chosen in turn, so every layout is represented: web
page, PDF with hard-wrapped lines, bullet lists, numbered paragraphs) whose figures, years,
months and places are redrawn from a seeded random generator, and whose paragraphs are
reordered within their section. Every extractor therefore has work to do on every document,
and no two documents share their bytes (which ingest would reject as duplicates).
"""

from __future__ import annotations

import calendar
import random
import re
from pathlib import Path

PLACES = [
    "Calais",
    "Dunkirk",
    "Boulogne",
    "Dieppe",
    "Le Havre",
    "Cherbourg",
    "Caen",
    "Roscoff",
    "Folkestone",
    "Dover",
    "Portsmouth",
    "Lille",
    "Amiens",
    "Paris",
    "London",
]
_MONTHS = list(calendar.month_name[1:])
_NUMBER = re.compile(r"(?<![\w./])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w/])")
_FINANCIAL_YEAR = re.compile(r"(?<![\w/])(\d{2})/(\d{2})(?![\w/])")
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_PLACE = re.compile(r"\b(" + "|".join(map(re.escape, PLACES)) + r")\b")


def _redraw_number(m: re.Match[str], rng: random.Random, year_shift: int) -> str:
    whole, frac = m.group(1), m.group(2)
    digits = whole.replace(",", "")
    value = int(digits)
    if 1900 <= value <= 2100 and not frac:
        return str(value + year_shift)  # a year: the whole text moves in time together
    if m.string[m.end() : m.end() + 1] == "%" or m.string[m.end() : m.end() + 9] == " per cent":
        return str(rng.randint(1, 99))  # a share stays a share
    if value <= 31 and not frac:
        return str(rng.randint(1, 28))  # days, small counts and list numbers keep their size
    new = rng.randint(max(1, value // 2), value * 2)
    text = f"{new:,}" if "," in whole else str(new)
    return text + (f".{rng.randint(1, 9)}" if frac else "")


def _shift_financial_year(m: re.Match[str], year_shift: int) -> str:
    """`21/22` moved with the rest of the text's years."""
    first, second = ((int(g) + year_shift) % 100 for g in m.groups())
    return f"{first:02d}/{second:02d}"


def synthesise(template: str, rng: random.Random) -> str:
    year_shift = rng.randint(-1, 9)
    text = _NUMBER.sub(lambda m: _redraw_number(m, rng, year_shift), template)
    text = _FINANCIAL_YEAR.sub(lambda m: _shift_financial_year(m, year_shift), text)
    text = _MONTH.sub(lambda m: rng.choice(_MONTHS), text)
    text = _PLACE.sub(lambda m: rng.choice(PLACES), text)
    return _shuffle_body(text, rng)


def _shuffle_body(text: str, rng: random.Random) -> str:
    """Swap a few adjacent prose paragraphs after the header, keeping list runs intact."""
    blocks = text.split("\n\n")
    if len(blocks) < 8:
        return text
    for _ in range(3):
        i = rng.randrange(4, len(blocks) - 2)
        a, b = blocks[i], blocks[i + 1]
        if a[:1].isupper() and b[:1].isupper() and not a.rstrip().endswith(":"):
            blocks[i], blocks[i + 1] = b, a
    return "\n\n".join(blocks)


def write_corpus(templates: list[str], n_docs: int, raw_dir: Path, seed: int = 20091106) -> int:
    """Write ``n_docs`` synthetic documents into ``raw_dir``; returns the bytes written."""
    raw_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    total = 0
    for i in range(n_docs):
        text = synthesise(templates[i % len(templates)], rng)
        data = text.encode("utf-8")
        (raw_dir / f"synthetic-{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def read_templates(raw_dir: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(raw_dir.glob("*.txt"))]
