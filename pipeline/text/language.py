"""The language a document is written in, as an ISO 639-1 code, from its text alone.

py3langid (a maintained fork of langid.py) ships its model inside the package: nothing is
downloaded at run time. It is restricted to the languages named in ``vocab/language.yaml``, so a
short or mixed text is never called Catalan or Latin; the later stages dispatch on the result
(normalisation and segmentation rules, metadata cues, extraction vocabularies).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pipeline import vocab

_MARKUP = re.compile(r"<[^<>]{0,200}>|&[a-zA-Z#0-9]{2,8};|https?://\S+")


@cache
def _cfg() -> dict[str, Any]:
    return vocab.load("language")


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(_cfg()["candidates"]))
    return identifier


def supported_languages() -> tuple[str, ...]:
    """Languages the text rules have vocabularies for; any other detected language is kept as is."""
    return tuple(_cfg()["rules_for"])


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; the default language when there is too little text."""
    cfg = _cfg()
    sample = _MARKUP.sub(" ", text[: cfg["sample_chars"]])
    if not _has_letters(sample, cfg["min_letters"]):
        default: str = cfg["default"]
        return default
    code, _probability = _identifier().classify(sample)
    return str(code)


def _has_letters(text: str, needed: int) -> bool:
    """At least ``needed`` letters in ``text``: counting stops there (counting all of a long text
    letter by letter cost more than detecting its language)."""
    for c in text:
        if c.isalpha():
            needed -= 1
            if needed <= 0:
                return True
    return needed <= 0


def rules_language(language: str | None) -> str:
    """The language whose rules apply to a document: its own when supported, else the default."""
    return language if language in supported_languages() else _cfg()["default"]
