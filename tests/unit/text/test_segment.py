"""Segmentation: sentences with exact offsets, the named fix-up rules, lead-ins of list items."""

from __future__ import annotations

import itertools

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.text.normalise import normalise
from pipeline.text.segment import (
    classify_paragraph,
    merge_after_abbreviation,
    merge_lowercase_continuation,
    pieces,
    segment,
)
from tests.conftest import examples


def segments_of(raw: str):
    n = normalise(raw)
    return n.text, segment(n.text, n.list_items)


def test_every_segment_is_its_exact_slice(seed_texts):
    for raw in seed_texts.values():
        text, segs = segments_of(raw)
        assert segs, "no segments"
        for s in segs:
            assert text[s.start : s.end] == s.text
            assert s.text == s.text.strip() and s.text
        ends = [(s.start, s.end) for s in segs]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends)), "segments overlap"


def test_bullets_complete_the_lead_in_before_them_even_after_an_interruption():
    raw = (
        "We will:\n\n• Implement the second phase.\n\n• Continue to adapt detection.\n\n"
        "These measures will take place within a fair sharing.\n\n• Strengthen police operations."
    )
    _, segs = segments_of(raw)
    lead = next(s for s in segs if s.text == "We will:")
    items = [s for s in segs if s.kind == "list_item"]
    assert [s.text for s in items] == [
        "Implement the second phase.",
        "Continue to adapt detection.",
        "Strengthen police operations.",
    ]
    assert {s.lead_in for s in items} == {lead.seg}


def test_further_sentences_of_a_bullet_are_sentences_of_that_item():
    _, segs = segments_of("agreed to:\n-\nstrengthen deployments. With this increase, France will patrol.")
    assert [(s.kind, s.list_marker) for s in segs[1:]] == [("list_item", "-"), ("sentence", "-")]


def test_numbered_paragraphs_without_a_lead_in_are_plain_sentences():
    _, segs = segments_of("Intro sentence.\n\n1. The two ministers agree. More text.\n\n2. They also agree.")
    assert all(s.kind == "sentence" and s.lead_in is None for s in segs)
    assert [s.list_marker for s in segs] == [None, "1.", "1.", "2."]


def test_a_different_list_closes_the_open_one():
    raw = (
        "Three priorities:\n\na. Security first.\n\nb. Cooperation second.\n\n"
        "2. Enhanced action at European level\n\na. In the context of the crisis, they support it."
    )
    _, segs = segments_of(raw)
    last = segs[-1]
    assert last.kind == "sentence" and last.lead_in is None


def test_headings_and_datelines_are_classified():
    assert classify_paragraph("Annex on migration") == "heading"
    assert classify_paragraph("Paris, 20 September 2014") == "dateline"
    assert classify_paragraph("Published 20 July 2021") == "dateline"
    assert classify_paragraph("France will patrol wider areas.") == "prose"


def test_a_table_row_written_as_a_line_is_no_heading():
    """Figures in a table's cells (`Arrests | 412 | 598`) are data a reader counts, not a title."""
    assert classify_paragraph("Boats seized at Dutch ports | 38 | 61") == "prose"
    assert classify_paragraph("Change in detections, 2024 against 2023 | +12%") == "prose"
    assert classify_paragraph("Share: Facebook | X | Email") == "heading"


def test_segments_know_their_section_heading():
    _, segs = segments_of("Annex on migration\n\nFrance will act. The UK will pay.")
    assert [s.heading for s in segs] == [None, "Annex on migration", "Annex on migration"]


def test_abbreviation_rule_merges_a_split_after_a_title():
    text = "Declaration by M. Bernard Cazeneuve. Next."
    assert merge_after_abbreviation([(0, 18), (19, 36), (37, 42)], text) == [(0, 36), (37, 42)]


def test_lowercase_rule_merges_a_split_inside_a_sentence():
    text = "It was agreed etc. and then more. Next one."
    assert merge_lowercase_continuation([(0, 18), (19, 33), (34, 43)], text) == [(0, 33), (34, 43)]


def test_honorific_does_not_split_a_sentence():
    _, segs = segments_of("A joint declaration by M. Bernard Cazeneuve and Mrs Theresa May was signed. Then.")
    assert len(segs) == 2


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab .:;\n-•1a()?!")), max_size=160))
def test_segment_never_crashes_and_slices_exactly(raw):
    text, segs = segments_of(raw)
    for s in segs:
        assert text[s.start : s.end] == s.text
        if s.kind == "list_item":
            assert s.lead_in is not None and segs[s.lead_in].text.endswith(":")


def test_an_enumerated_line_without_full_stop_is_a_section_heading():
    raw = (
        "Intro sentence.\n\n2. Enhanced action at European and international level\n\n"
        "a. In the context of the crisis, they support it."
    )
    _, segs = segments_of(raw)
    heading = segs[1]
    assert (heading.kind, heading.list_marker) == ("heading", "2.")
    assert segs[2].heading == "Enhanced action at European and international level"


def test_a_short_bullet_under_a_lead_in_stays_a_list_item():
    _, segs = segments_of("Priorities:\n\n- border security\n\n- returns")
    assert [s.kind for s in segs] == ["sentence", "list_item", "list_item"]


# --- French --------------------------------------------------------------------------------------


def french_segments(raw: str):
    n = normalise(raw, "fr")
    return n.text, segment(n.text, n.list_items, "fr")


def test_french_honorifics_and_guillemets_do_not_end_sentences_wrongly():
    _, segs = french_segments(
        "M. Bernard Cazeneuve et Mme. Theresa May se sont réunis. Ils ont dit « assez. » Puis ils partent !"
    )
    assert [s.text for s in segs] == [
        "M. Bernard Cazeneuve et Mme. Theresa May se sont réunis.",
        "Ils ont dit « assez. »",
        "Puis ils partent !",
    ]


def test_french_list_items_complete_their_lead_in_with_a_spaced_colon():
    text, segs = french_segments(
        "Les deux ministres ont trouvé un accord sur les points suivants\u00a0:\n"
        "- installation de matériel de détection à Calais ;\n"
        "- renfort de gendarmes au plus tard le 1er septembre ;\n"
        "- mise en place d’un tableau de bord commun."
    )
    lead = segs[0]
    assert lead.text.endswith("suivants :")
    items = [s for s in segs if s.kind == "list_item"]
    assert len(items) == 3 and {s.lead_in for s in items} == {lead.seg}
    for s in segs:
        assert text[s.start : s.end] == s.text
    assert [m.marker for m in normalise("Article 3 :\n1° le contrôle ;\n2° la sûreté.", "fr").list_items] == [
        "1°",
        "2°",
    ]


def test_a_paragraph_longer_than_spacys_limit_is_split_in_pieces():
    sentence = "The two countries will cooperate on the border. "
    para = sentence * (1_100_000 // len(sentence))
    segs = segment(para.strip(), [], "en")
    assert len(segs) == para.count(". ")
    assert all(s.text == sentence.strip() for s in segs[:3] + segs[-3:])


def test_pieces_cut_after_a_sentence_and_cover_the_text():
    text = "Aaaa bbb. Cccc ddd. Eeee fff."
    cuts = pieces(text, 12)
    assert "".join(text[s:e] for s, e in cuts) == text
    assert all(e - s <= 12 for s, e in cuts)


@settings(max_examples=examples(150), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab é.:;\n-•1a()?!«»M")), max_size=160))
def test_french_segment_never_crashes_and_slices_exactly(raw):
    text, segs = french_segments(raw)
    for s in segs:
        assert text[s.start : s.end] == s.text


PIECE_PARTS = ["word", "U.S.", "7,500", ".", "!", "?", "…", ")", "»", "«", " ", "  ", "\u00a0", "\t", ":"]
PIECE = st.lists(st.sampled_from(PIECE_PARTS), max_size=14).map("".join)


@settings(max_examples=examples(800), deadline=None)
@given(PIECE, st.sampled_from(["en", "fr"]))
def test_a_piece_spared_the_sentencizer_is_the_one_sentence_it_would_find(piece, language):
    from pipeline.text.segment import _nlp, _one_sentence, _strip

    assume(_one_sentence(piece))
    found = [(s.start_char, s.end_char) for s in _nlp(language)(piece).sents]
    assert _strip(found, piece) == _strip([(0, len(piece))], piece)


def test_lines_ending_with_a_semicolon_after_a_colon_are_items_without_markers():
    raw = (
        "Les ministres sont convenus de :\n"
        "créer une brigade commune d'ici la fin de l'année ;\n"
        "organiser des patrouilles mixtes dans les trains ;\n"
        "renforcer l'échange d'informations.\n"
        "Ils se retrouveront en mars."
    )
    _, segs = segments_of(raw)
    lead = next(s for s in segs if s.text.endswith(":"))
    items = [s for s in segs if s.kind == "list_item"]
    assert [s.text for s in items] == [
        "créer une brigade commune d'ici la fin de l'année ;",
        "organiser des patrouilles mixtes dans les trains ;",
        "renforcer l'échange d'informations.",
    ]
    assert {s.lead_in for s in items} == {lead.seg}
    assert segs[-1].kind == "sentence"  # the run ends with the item that ends with a full stop


def test_a_paragraph_after_a_colon_that_ends_with_a_full_stop_stays_a_sentence():
    _, segs = segments_of("The results were clear:\nCrossings fell by a third in 2024.")
    assert [s.kind for s in segs] == ["sentence", "sentence"]


def test_a_tables_rows_under_a_lead_in_are_its_items():
    raw = (
        "The partners will take the following measures:\n"
        "Measure A | Fit cameras at the ferry terminal | Lead: NL\n"
        "Measure B | Train harbour staff | Lead: BE\n"
        "Progress is shown below.\n"
        "Cameras | 2020 | 2021"
    )
    _, segs = segments_of(raw)
    lead = next(s for s in segs if s.text.endswith("measures:"))
    items = [s for s in segs if s.kind == "list_item"]
    assert [s.text.split(" | ")[0] for s in items] == ["Measure A", "Measure B"]
    assert {s.lead_in for s in items} == {lead.seg}
    assert segs[-1].kind != "list_item"  # a table with no lead-in before it completes none
