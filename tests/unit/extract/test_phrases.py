"""Vocabulary phrases as one pattern: escaped, longest first, whole words, built once."""

import re

from pipeline.extract.phrases import phrase_alternation, phrase_pattern, phrase_regex


def test_the_longest_phrase_wins_and_phrases_are_literal():
    pattern = phrase_pattern(["more", "more than", "e.g"])
    assert pattern.search("More than 500 people").group(0) == "More than"
    assert pattern.search("e.g 40") and not pattern.search("exg 40"), "a dot is a dot"
    assert not pattern.search("moreover"), "whole words only"
    assert phrase_alternation(("a.b", "ab c")) == r"ab\ c|a\.b"


def test_the_same_list_gives_the_same_pattern_object():
    assert phrase_pattern(["per year", "par an"]) is phrase_pattern(("per year", "par an"))
    assert phrase_pattern(["par an"], suffix=r"\s*$").search("10 millions par an ")


def test_a_written_phrase_reads_spaces_apostrophes_slots_and_other_forms():
    forms = {"de": ["d'", "des"], "la": ["l'"]}
    slots = {"adv": r"(?:\s+(?:also|en\ outre))?"}
    accepte = re.compile(phrase_regex("accepte {adv} de", slots, forms), re.I)
    for text, match in [
        ("Il accepte de venir", "accepte de"),
        ("Il accepte  d’examiner", "accepte  d’"),
        ("Il accepte en outre d'agir", "accepte en outre d'"),
        ("Il accepte des mesures", "accepte des"),
    ]:
        assert (m := accepte.search(text)) and m.group(0) == match, text
    for text in ["Il accepte deux", "Il accepte d' agir", "Il accepted de", "Il accepte du"]:
        assert not accepte.search(text), text
    assert (
        re.fullmatch(phrase_regex("soutient la", forms=forms), "soutient l’", re.I) is None
    )  # glued to a word
    assert re.match(phrase_regex("soutient la", forms=forms), "soutient l’action", re.I)
    assert re.search(phrase_regex("agree {adv} to", slots), "we agree also to", re.I)
    assert phrase_regex("will") == r"\bwill\b"
