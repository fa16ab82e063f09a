"""The passage a row quotes: the segment, or a bounded window around the value in a huge one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.passages import MAX_PASSAGE_CHARS, is_cut_off, passage_around


@given(
    length=st.integers(min_value=1, max_value=5 * MAX_PASSAGE_CHARS),
    offset=st.integers(min_value=0, max_value=10_000),
    data=st.data(),
)
def test_a_passage_is_exact_holds_its_value_and_is_bounded(length: int, offset: int, data: st.DataObject):
    text = "".join(chr(ord("a") + i % 26) for i in range(length))
    start = data.draw(st.integers(min_value=0, max_value=length - 1))
    end = data.draw(st.integers(min_value=start + 1, max_value=min(length, start + 2 * MAX_PASSAGE_CHARS)))
    segment = {"text": text, "start": offset, "end": offset + length}
    quoted, char_start, char_end = passage_around(segment, start, end)
    assert quoted == text[char_start - offset : char_end - offset]
    assert char_start - offset <= start and end <= char_end - offset
    if length <= MAX_PASSAGE_CHARS:
        assert (quoted, char_start, char_end) == (text, offset, offset + length)
    else:
        assert len(quoted) <= max(MAX_PASSAGE_CHARS, end - start)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Considérant que 4 000 personnes ont été secourues en mer en 2019,", "fr"),
        ("Noting that 4,000 people were rescued at sea in 2019,", "en"),
    ],
)
def test_a_recital_that_ends_with_a_figure_is_not_cut_off(text: str, language: str) -> None:
    # a treaty recital ends with a comma after its year: the phrase is complete
    assert not is_cut_off(text, language)
    assert is_cut_off("Considérant que les personnes secourues en", "fr")
