"""A PDF's page starts follow its text through normalising."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.normalise import normalise_one, normalised_page_starts
from pipeline.text.normalise import raw_offset
from tests.conftest import examples


def _starts(raw: str, raw_starts: list[int]) -> tuple[dict, list[int]]:
    part = normalise_one((raw, "en"))
    return part, normalised_page_starts(raw_starts, part["offset_anchors"], part["n_chars"])


def test_a_page_start_lands_on_the_same_words_after_normalising():
    page1 = "Joint Declaration\n\n•   The UK will fund the  centre.\n\nWe will:\n\n"
    page2 = "•\tCreate a joint unit in Calais.\n\nFrance will act."
    part, starts = _starts(page1 + page2, [0, len(page1)])
    text = part["text"]
    assert starts[0] == 0
    assert text[starts[1] :].startswith("Create a joint unit")  # the bullet is lifted out


@settings(max_examples=examples(80), deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from(list("ab. \n•-1\tA:")), max_size=60), min_size=1, max_size=5)
)
def test_page_starts_are_the_first_normalised_characters_of_each_page(pages):
    raw = "".join(pages)
    raw_starts = [sum(len(p) for p in pages[:i]) for i in range(len(pages))]
    part, starts = _starts(raw, raw_starts)
    anchors = [tuple(a) for a in part["offset_anchors"]]
    assert starts == sorted(starts) and all(0 <= s <= part["n_chars"] for s in starts)
    for raw_start, start in zip(raw_starts, starts, strict=True):
        if start < part["n_chars"]:
            assert raw_offset(anchors, start) >= raw_start
        if start > 0:
            assert raw_offset(anchors, start - 1) < raw_start
