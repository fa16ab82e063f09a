"""Vocabulary phrases as one pattern: escaped, longest first, whole words, built once."""

from pipeline.extract.phrases import phrase_alternation, phrase_pattern


def test_the_longest_phrase_wins_and_phrases_are_literal():
    pattern = phrase_pattern(["more", "more than", "e.g"])
    assert pattern.search("More than 500 people").group(0) == "More than"
    assert pattern.search("e.g 40") and not pattern.search("exg 40"), "a dot is a dot"
    assert not pattern.search("moreover"), "whole words only"
    assert phrase_alternation(("a.b", "ab c")) == r"ab\ c|a\.b"


def test_the_same_list_gives_the_same_pattern_object():
    assert phrase_pattern(["per year", "par an"]) is phrase_pattern(("per year", "par an"))
    assert phrase_pattern(["par an"], suffix=r"\s*$").search("10 millions par an ")
