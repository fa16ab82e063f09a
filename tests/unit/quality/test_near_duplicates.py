"""Near-duplicate texts are flagged for review (MinHash over word 5-grams), never guessed at by hand."""

from __future__ import annotations

import random

from pipeline.quality.near_duplicates import MAX_SHINGLES, near_duplicates, shingles

WORDS = [
    "border",
    "police",
    "migrants",
    "boats",
    "coast",
    "channel",
    "ministers",
    "agree",
    "fund",
    "centre",
    "returns",
    "patrols",
]


def _text(seed: int, n_words: int = 600) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(n_words)) + "."


def test_a_second_capture_with_one_changed_sentence_is_flagged_and_different_texts_are_not():
    original = _text(1)
    recaptured = original.replace(original[100:160], "The ministers met again in London today.")
    pairs = near_duplicates([("b.txt", recaptured), ("a.txt", original), ("c.txt", _text(2))])
    assert [(p.first, p.second) for p in pairs] == [("a.txt", "b.txt")]
    assert 0.8 <= pairs[0].similarity <= 1.0


def test_case_and_punctuation_do_not_hide_a_near_duplicate():
    original = _text(3)
    assert near_duplicates([("a.txt", original), ("b.txt", original.upper().replace(" ", " ; "))])


def test_empty_texts_and_a_single_text_give_no_pair():
    assert near_duplicates([("a.txt", ""), ("b.txt", "   ")]) == []
    assert near_duplicates([("a.txt", _text(4))]) == []


def test_the_shingles_of_a_huge_text_are_capped_so_no_text_makes_the_run_crawl():
    huge = _text(5, n_words=MAX_SHINGLES * 3)
    assert len(shingles(huge)) <= MAX_SHINGLES
    assert len(shingles("one two three")) == 1  # a text shorter than a shingle still has one
