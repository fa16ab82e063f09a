"""Numbers written in words (`twenty-three`, `deux mille dix-huit`), read with the ``text2num``
library: the one reader the text layer (dates in words) and the extractors (figures in words)
share."""

from __future__ import annotations

import re

from text_to_num import text2num


def words_plain(words: str) -> str:
    """Number words as ``text2num`` reads them: lower case, hyphens and runs of spaces as one space."""
    return re.sub(r"[\s-]+", " ", words.lower()).strip()


def number_in_words(words: str, language: str) -> float | None:
    """The number ``words`` write in ``language`` (`en`, `fr`), else None."""
    try:
        return float(text2num(words_plain(words), language))
    except ValueError:
        return None
