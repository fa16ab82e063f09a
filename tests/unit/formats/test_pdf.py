"""A PDF's text as a person reads it: furniture removed, lines and pages mended, pages kept."""

from __future__ import annotations

import re
import zlib
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.formats import Refused, extract
from pipeline.formats.pdf import furniture, mend, pdf_text
from tests.conftest import RAW, examples
from tests.render_sources import paragraphs, pdf_from_text, scanned_pdf

SEED = (RAW / "2010-11-02_uk-france-summit-declaration-on-immigration.txt").read_text(encoding="utf-8")


def _page(*lines: str) -> str:
    return "\n".join(lines)


PAGES = [
    _page(
        "          Joint Declaration — 2 November 2010",
        "",
        "The two countries will create a Joint Intelligence Unit in Folke-",
        "stone and reinforce the security of our common border.",
        "",
        "We will:",
        "",
        "•   Implement the second phase of the arrange-",
        "    ment by March 2011.",
        "",
        "The measures will take place within the frame-",
        "                          1",
    ),
    _page(
        "          Joint Declaration — 2 November 2010",
        "",
        "work of a fair sharing of all operational activities and",
        "expenses. We support the wide-",
        "area surveillance and the wide-area patrols.",
        "",
        "                       Page 2 of 3",
    ),
    _page(
        "          Joint Declaration — 2 November 2010",
        "",
        "Both countries will cooperate on returns.",
        "- 3 -",
    ),
]


def test_running_headers_and_page_numbers_are_removed_and_lines_mended():
    text, starts = pdf_text(PAGES)
    assert text.split("\n\n") == [
        "The two countries will create a Joint Intelligence Unit in Folkestone and reinforce the security "
        "of our common border.",
        "We will:",
        "• Implement the second phase of the arrangement by March 2011.",
        "The measures will take place within the framework of a fair sharing of all operational "
        "activities and expenses. We support the wide-area surveillance and the wide-area patrols.",
        "Both countries will cooperate on returns.",
    ]
    assert "Joint Declaration" not in text and "Page" not in text and not re.search(r"^\W*\d\W*$", text, re.M)
    assert len(starts) == 3
    assert text[starts[1] :].startswith("work of a fair sharing")  # the paragraph runs on over the page
    assert text[starts[2] :].startswith("Both countries")


def test_a_line_at_the_edge_of_one_page_only_is_kept():
    pages = [_page("Declaration on Immigration", "The UK will act."), _page("Annex", "France will act.")]
    drops = furniture([p.split("\n") for p in pages])
    assert drops == [set(), set()]
    text, _ = pdf_text(pages)
    assert "Declaration on Immigration" in text and "Annex" in text


@pytest.mark.parametrize(
    ("prev", "nxt", "joined"),
    [
        ("the implemen-", "tation of the plan", "the implementation of the plan"),
        ("the wide-", "area patrols", "the wide-area patrols"),  # spelled so elsewhere
        ("the co-", "operation", "the cooperation"),  # `cooperation` is a word of the text
        ("fight against", "illegal migration", "fight against illegal migration"),
        ("the UK-", "France summit", "the UK- France summit"),  # not a hyphenated lower-case word
        ("the soft\u00ad", "ware", "the software"),
    ],
)
def test_words_broken_at_a_line_end_are_mended_by_what_the_text_spells(prev, nxt, joined):
    words = Counter({"implementation": 1, "wide-area": 1, "cooperation": 2, "area": 3, "wide": 1})
    assert mend(prev, nxt, words, {"wide-area"}) == joined


def test_a_seed_typeset_on_several_pages_reads_back_as_its_paragraphs():
    data = pdf_from_text(SEED)
    result = extract("pdf", data)
    assert result.pages and result.pages >= 3
    got = [" ".join(p.split()) for p in result.text.split("\n\n")]
    want = [" ".join(p.split()) for p in paragraphs(SEED)]
    assert got == want
    assert "Page " not in result.text and "|" not in result.text
    assert len(result.page_starts) == result.pages and result.page_starts[0] == 0
    assert result.page_starts == sorted(result.page_starts)


def test_each_page_start_is_where_that_page_s_words_begin():
    import io

    from pypdf import PdfReader

    data = pdf_from_text(SEED)
    result = extract("pdf", data)
    reader = PdfReader(io.BytesIO(data))
    for number, start in enumerate(result.page_starts[1:], start=2):
        first_line = next(
            line.strip()
            for line in reader.pages[number - 1].extract_text().splitlines()
            if line.strip() and "Declaration on Immigration" not in line
        )
        first_word = re.sub(r"^[•\s]+", "", first_line).split()[0].rstrip("-")
        assert result.text[start:].lstrip("• ").startswith(first_word), (number, first_word)


def test_a_scan_without_a_text_layer_is_refused_by_name():
    with pytest.raises(Refused) as refused:
        extract("pdf", scanned_pdf())
    assert refused.value.reason == "no_text_layer" and "OCR" in refused.value.detail


def _raw_pdf(*objects: bytes, root: int = 1) -> bytes:
    """A minimal PDF from its numbered objects, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def test_a_pdf_declaring_a_billion_pages_is_refused_without_reading_them():
    bomb = _raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    )
    with pytest.raises(Refused) as refused:
        extract("pdf", bomb)
    assert refused.value.reason == "too_many_pages"


def test_a_decompression_bomb_stops_at_pypdf_s_limits():
    payload = zlib.compress(b"BT /F1 12 Tf (x) Tj ET\n" + b" " * 120_000_000, 9)
    bomb = _raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(payload) + payload + b"\nendstream",
    )
    assert len(bomb) < 1_000_000
    with pytest.raises(Refused) as refused:
        extract("pdf", bomb)
    assert refused.value.reason == "malformed_pdf" and "limit" in refused.value.detail


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + b"\x00garbage" * 100,
        pdf_from_text("The United Kingdom will act.")[:600],  # cut short
        b"<html>not a PDF</html>",
    ],
    ids=["garbage", "truncated", "not_pdf"],
)
def test_malformed_pdfs_are_refused_by_name(data):
    with pytest.raises(Refused) as refused:
        extract("pdf", data)
    assert refused.value.reason in ("malformed_pdf", "no_text_layer") and refused.value.detail


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab -–1\n•.:\u00ad")), max_size=120), max_size=6))
def test_any_pages_give_paragraph_text_and_ordered_page_starts(pages):
    text, starts = pdf_text(pages)
    assert len(starts) == len(pages)
    assert starts == sorted(starts) and all(0 <= s <= len(text) for s in starts)
    assert "\n\n\n" not in text and not text.startswith("\n")
