"""Normalisation: each artefact rule, and the offset map back to the raw text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.normalise import normalise, raw_offset, table_cells
from tests.conftest import assert_grows_linearly, examples

ARTEFACTS = [
    r"\$\\notin\$",
    r"</?sup>",
    r"^[•▶►▪]",
    r"\./\.",
    r"^(st|nd|rd|th)$",
    r"\n{3,}",
    "\u00a0",
]


def test_latex_euro_sign_becomes_euro():
    assert normalise("a British contribution of  $\\notin$ 5 million funding (£4m) per year.").text == (
        "a British contribution of €5 million funding (£4m) per year."
    )


def test_html_footnote_mark_is_dropped_and_other_tags_unwrapped():
    out = normalise("Home Secretary of the United Kingdom<sup>1</sup>\n\n<sup>1</sup>Source: <b>x</b>.")
    assert out.text == "Home Secretary of the United Kingdom\n\nSource: x."


def test_ordinal_split_across_lines_is_rejoined_with_its_date():
    out = normalise("\n \n\nUK-France Summit 3\nrd\n\n March 2016 \n\n \n\nAnnex on migration \n")
    assert out.text == "UK-France Summit 3rd March 2016\n\nAnnex on migration"


def test_pdf_wrapped_lines_rejoin_into_one_paragraph():
    raw = (
        "the UK has contributed \n\n£63m towards securing the Port and the Tunnel in the last year, "
        "including \n\n"
        "extra fencing. In parallel, French authorities have deployed more than 1300 police \n\n"
        "officers. France and the United Kingdom will \n\npursue their efforts in 2016. \n\n \n\n"
        "Next paragraph starts here."
    )
    out = normalise(raw).text
    assert out.split("\n\n") == [
        "the UK has contributed £63m towards securing the Port and the Tunnel in the last year, including "
        "extra fencing. In parallel, French authorities have deployed more than 1300 police officers. "
        "France and the United Kingdom will pursue their efforts in 2016.",
        "Next paragraph starts here.",
    ]


def test_line_ending_on_a_connective_word_continues():
    assert (
        normalise("with Pakistan, Afghanistan and\n\nSudan;").text == "with Pakistan, Afghanistan and Sudan;"
    )


def test_unwrapped_document_keeps_a_bullet_without_full_stop_apart_from_the_next_paragraph():
    raw = (
        "Joint action has therefore been agreed to:\n-\ninvestment in centres dedicated to providing support "
        "to migrants, providing alternatives to dangerous crossings\n"
        "The UK has pledged to make a further financial investment of €62.7 million in 21/22 to help."
    )
    out = normalise(raw)
    assert out.text.split("\n\n")[-1].startswith("The UK has pledged")
    assert [m.marker for m in out.list_items] == ["-"]


@pytest.mark.parametrize(
    ("line", "marker", "kind"),
    [
        ("• The creation of a unit.", "•", "bullet"),
        ("▶ Reduce the number.", "▶", "bullet"),
        ("- stepping up communication;", "-", "bullet"),
        ("1. Firstly, the two ministers agree.", "1.", "number"),
        ("a. Security of the Port.", "a.", "letter"),
        ("(ii) efforts to move people.", "(ii)", "roman"),
        # a numbered paragraph's decimal number (a memorandum's or an annex's `2.3`)
        ("2.3 The Parties will share data.", "2.3", "number"),
        ("4.1.2 Les Parties échangent leurs données.", "4.1.2", "number"),
    ],
)
def test_list_markers_are_lifted_out_of_the_text(line, marker, kind):
    out = normalise(f"Lead-in:\n\n{line}")
    item = out.list_items[0]
    assert (item.marker, item.kind) == (marker, kind)
    assert out.text[item.pos :] == line[len(marker) :].strip()


def test_a_numbered_paragraph_is_not_joined_to_the_heading_before_it():
    """`1. Purpose` then `1.1 This Memorandum ...`: the heading stays a heading, the paragraph's
    number is no figure of its text; a decimal figure opening prose (`2.5 million people`) is no
    paragraph number."""
    out = normalise("1. Purpose\n1.1 This Memorandum sets out the arrangements.\n2.5 million people crossed.")
    assert out.text.split("\n\n")[:2] == ["Purpose", "This Memorandum sets out the arrangements."]
    assert "2.5 million people crossed." in out.text


def test_bullet_glyph_alone_on_its_line_opens_the_next_line():
    out = normalise("agreed to:\n-\nstrengthen law enforcement deployments")
    assert out.text == "agreed to:\n\nstrengthen law enforcement deployments"
    assert out.list_items[0].marker == "-"


def test_stray_end_mark_and_web_chrome_are_removed():
    out = normalise("Skip to main content\n\nborders./.\n\n\u00a0\u00a0 top of the page")
    assert out.text == "borders."


def test_seed_texts_carry_no_artefacts(seed_texts):
    for name, raw in seed_texts.items():
        text = normalise(raw).text
        for pattern in ARTEFACTS:
            assert not re.search(pattern, text, re.M), f"{name}: {pattern!r} survived"


def test_offsets_map_copied_characters_back_to_the_raw_text(seed_texts):
    for raw in seed_texts.values():
        n = normalise(raw)
        anchors = n.anchors()
        assert len(n.offsets) == len(n.text) + 1
        for i, ch in enumerate(n.text):
            if ch not in " \n€£$":
                assert raw[n.to_raw(i)] == ch
                assert raw_offset(anchors, i) == n.to_raw(i)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .:\n-•▶1()$\\notin<sup>rd3 \u00a0£€")), max_size=200))
def test_normalise_never_crashes_and_offsets_stay_monotonic(raw):
    n = normalise(raw)
    assert len(n.offsets) == len(n.text) + 1
    assert all(0 <= int(o) <= len(raw) for o in n.offsets)
    assert all(int(a) <= int(b) for a, b in zip(n.offsets, n.offsets[1:], strict=False))
    for m in n.list_items:
        assert 0 <= m.pos <= len(n.text)


def test_a_date_alone_on_its_line_is_its_own_paragraph():
    raw = "Sommet franco-britannique du 6 juillet 2009\n\n6 juillet 2009\n\nLe texte commence ici."
    assert normalise(raw).text.split("\n\n") == [
        "Sommet franco-britannique du 6 juillet 2009",
        "6 juillet 2009",
        "Le texte commence ici.",
    ]
    assert normalise("signed on\n2 November 2015.").text == "signed on 2 November 2015."


# --- French typography, format controls ------------------------------------------------------


def test_french_no_break_spaces_become_plain_spaces_and_map_back():
    raw = (
        "Ils ont décidé\u00a0: plus de 340\u202f000 migrants\u00a0; "
        "pourquoi\u00a0? «\u00a0Assez\u00a0!\u00a0»"
    )
    n = normalise(raw, "fr")
    assert n.text == "Ils ont décidé : plus de 340 000 migrants ; pourquoi ? « Assez ! »"
    assert n.language == "fr"
    for i, ch in enumerate(n.text):
        if ch != " ":
            assert raw[n.to_raw(i)] == ch


def test_french_ordinal_split_by_conversion_is_rejoined():
    assert normalise("Le 1\ner juillet 2015, les ministres se sont réunis.", "fr").text.startswith(
        "Le 1er juillet 2015"
    )
    assert normalise("On the 3\nrd of March 2016 they met.", "en").text.startswith("On the 3rd of March")


def test_the_language_is_detected_when_not_given():
    assert normalise("Les deux ministres ont trouvé un accord sur les points suivants.").language == "fr"
    assert normalise("The two ministers agreed on the following points.").language == "en"


@pytest.mark.parametrize(
    "control", ["\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u061c", "\U000e0041"]
)
def test_bidi_and_format_controls_are_removed_and_the_map_skips_them(control):
    raw = f"The UK will pay {control}€10 million.{control}"
    n = normalise(raw)
    assert n.text == "The UK will pay €10 million."
    assert raw[n.to_raw(n.text.index("€"))] == "€"
    assert n.to_raw(len(n.text)) == len(raw)


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab éà:;?!«»\u00a0\u202f\u202e1er0 \n-M.Mme")), max_size=200))
def test_french_hostile_text_never_crashes_and_offsets_stay_monotonic(raw):
    n = normalise(raw, "fr")
    assert len(n.offsets) == len(n.text) + 1
    assert all(int(a) <= int(b) for a, b in zip(n.offsets, n.offsets[1:], strict=False))
    assert "\u202e" not in n.text


def test_a_long_run_of_spaces_inside_a_line_is_normalised_in_linear_time():
    """`[ ]+$` tried from every space of a run that does not end the line was quadratic."""

    def text(n: int) -> str:
        return "Joint Statement\n\nBorder" + " " * n + "Security\n\nThe UK will help.\n"

    assert (
        normalise(text(50), "en").text
        == normalise("Joint Statement\n\nBorder Security\n\nThe UK will help.\n").text
    )
    assert_grows_linearly(lambda t: normalise(t, "en"), text, 20_000)


def test_trailing_and_leading_spaces_are_still_removed():
    assert normalise("  Title   \n\nA line.   \n", "en").text == "Title\n\nA line."


def test_a_footnote_call_after_a_sentence_end_is_dropped() -> None:
    """`2011.[3] The Government ...`: the call hides where the next sentence starts."""
    out = normalise(
        "It will open by the end of 2011.[3] The Government will spend more.\nSee note [4] below."
    )
    assert (
        out.text == "It will open by the end of 2011. The Government will spend more.\n\nSee note [4] below."
    )


def test_a_table_written_as_lines_keeps_one_row_a_line() -> None:
    """A row that opens with a figure is no continuation of the line before it."""
    out = normalise("Année | Camions contrôlés | Passeurs interpellés\n2018 | 640 000 | 212\n")
    assert out.text.split("\n\n") == [
        "Année | Camions contrôlés | Passeurs interpellés",
        "2018 | 640 000 | 212",
    ]


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("2010 | 1 050 000 | 9 870", ["2010", "1 050 000", "9 870"]),
        # a row drawn with borders has no cell outside them
        ("| 2007 | 9,400 | 6,100 |", ["2007", "9,400", "6,100"]),
        ("| Year | Calais |", ["Year", "Calais"]),
        ("No table here.", []),
    ],
)
def test_a_rows_cells_are_those_between_its_marks(line, cells) -> None:
    assert table_cells(line) == cells
