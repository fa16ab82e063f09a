"""A vocabulary entry must occur in more than one text of the corpus (the seeds, the 25
development texts, the invented challenge and held-out texts) unless the guideline or the challenge
set names it as a phenomenon (#20): an entry seen in one text is likely fitted to that text. Each
entry (cue phrase, keyword, pattern) is searched case-insensitively in every text, a pattern
compiled as it is, a phrase between word boundaries. ``tests/fixtures/vocab_single_text.csv``
names the entries allowed to occur in one text or none (``texts``: in how many, when listed), with
why; a new one fails here. An entry that no longer occurs in the vocabulary can be dropped from it."""

from __future__ import annotations

import csv

import pytest

from pipeline.evaluate import gold_sets
from tests.conftest import CORPUS, FIXTURES, REPO
from tests.unit.vocab.vocab_walk import (
    corpus_texts,
    count_texts,
    entries,
    loaded,
    vocabulary_files,
)

ALLOWED = FIXTURES / "vocab_single_text.csv"
CORPUS_FOLDERS = [
    CORPUS,
    *(
        REPO / "gold" / s["set"] / "texts"
        for s in gold_sets(REPO / "gold")
        if s["texts"] == "own" and s["development"] == "yes"
    ),
]


def allowed() -> set[tuple[str, str]]:
    with ALLOWED.open(encoding="utf-8", newline="") as fh:
        return {(r["file"], r["entry"]) for r in csv.DictReader(fh)}


def single_text_entries() -> list[tuple[str, str, str]]:
    """(file, path, entry) of every entry found in at most one text of the corpus."""
    texts = corpus_texts(CORPUS_FOLDERS)
    seen: set[tuple[str, str]] = set()
    listed = []
    for name in vocabulary_files():
        for path, entry in entries(loaded(name)):
            if (name, entry) not in seen:
                seen.add((name, entry))
                listed.append((name, path, entry))
    counts = count_texts(list(dict.fromkeys(entry for _, _, entry in listed)), texts)
    return [(name, path, entry) for name, path, entry in listed if counts[entry] <= 1]


@pytest.fixture(scope="module")
def found() -> list[tuple[str, str, str]]:
    return single_text_entries()


def test_no_new_entry_occurs_in_only_one_text(found: list[tuple[str, str, str]]) -> None:
    listed = allowed()
    new = [f"{name}.yaml {path}: {entry!r}" for name, path, entry in found if (name, entry) not in listed]
    assert not new, "entries in one text of the corpus or none, not in the allow-list:\n" + "\n".join(new)


def test_the_corpus_is_every_annotated_text() -> None:
    # seeds + 25 development texts, 34 challenge texts, 32 + 28 + 26 + 26 + 21 + 22 + 22 + 22 + 22 +
    # 22 + 16 + 20 * 10 held-out texts (sets 1 to 21, those used in development; set 22 is not)
    held_out = 32 + 28 + 26 + 26 + 21 + 22 + 22 + 22 + 22 + 22 + 16 + 20 * 10
    assert len(corpus_texts(CORPUS_FOLDERS)) == 30 + 34 + held_out
