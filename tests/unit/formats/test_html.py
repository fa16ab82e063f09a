"""A web page's main content, and its title, date and publisher from its own tags."""

from __future__ import annotations

import pytest

from pipeline.formats import Refused, extract
from tests.conftest import CORPUS, RAW
from tests.render_sources import SCRIPT, govuk_page, ministry_page, paragraphs

SEED = (RAW / "2021-07-20_uk-france-joint-statement-small-boats.txt").read_text(encoding="utf-8")
TITLE = SEED.splitlines()[0]
FRENCH = (CORPUS / "2015-08-20_joint-ministerial-declaration-calais-fr.txt").read_text(encoding="utf-8")

FURNITURE = (
    "cookie",
    "Skip to main content",
    "Departments",
    "Entering and staying",  # breadcrumbs
    "Related content",
    "UK and France sign new agreement",
    "Print this page",
    "Is this page useful",
    "Open Government Licence",
    "Crown copyright",
    "Privacy",
    "INJECTED",
    "document.write",
    "govuk-header",
)


def test_a_govuk_page_gives_the_statement_and_none_of_the_page_around_it():
    result = extract("html", govuk_page(SEED, TITLE))
    for furniture in FURNITURE:
        assert furniture.lower() not in result.text.lower(), furniture
    lines = [line.removeprefix("- ") for line in result.text.splitlines()]
    for para in paragraphs(SEED):
        assert para.removeprefix("• ") in lines, para


def test_a_govuk_page_s_title_date_and_organisation_come_from_its_metadata():
    result = extract("html", govuk_page(SEED, TITLE, published="2021-07-20T16:04:23+01:00"))
    assert (result.title, result.date, result.publisher) == (TITLE, "2021-07-20", "Home Office")
    assert result.pages is None and result.page_starts == []


def test_a_ministry_page_without_main_gives_its_article_and_its_time_element():
    result = extract("html", ministry_page(FRENCH, "Déclaration commune", date="2015-08-20"))
    assert "cookies" not in result.text and "Mentions légales" not in result.text
    assert "À lire aussi" not in result.text and "Accueil" not in result.text
    assert result.date == "2015-08-20"
    assert result.title == FRENCH.splitlines()[0].strip()  # its <h1>
    assert result.publisher is None  # the page names none


def test_the_title_tag_loses_the_site_s_name_when_nothing_better_is_given():
    page = (
        b"<html><head><title>Joint statement on migration | Example Ministry</title>"
        b'<meta property="og:site_name" content="Example Ministry"></head><body><article>'
        + b"<p>The United Kingdom and France will work together on returns and reception.</p>" * 3
        + b"</article></body></html>"
    )
    result = extract("html", page)
    assert (result.title, result.publisher) == ("Joint statement on migration", "Example Ministry")
    assert result.date is None


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ('<meta property="article:published_time" content="2016-03-03T10:00:00Z">', "2016-03-03"),
        ('<meta name="DC.date.issued" content="2016-03-03">', "2016-03-03"),
        ('<meta name="date" content="3 March 2016">', None),  # not ISO: not guessed
        ('<meta name="dcterms.issued" content="2016-02-30">', None),  # not a real date
    ],
)
def test_only_a_real_iso_date_in_the_page_s_tags_is_its_date(meta, expected):
    page = (
        f"<html><head>{meta}</head><body><article>".encode()
        + b"<p>The United Kingdom and France will work together on returns and reception.</p>" * 3
        + b"</article></body></html>"
    )
    assert extract("html", page).date == expected


def test_scripts_and_huge_inline_data_are_never_read_into_the_text():
    blob = "A" * 1_500_000
    page = govuk_page(
        SEED,
        TITLE,
        extra_head=f'<script>var payload="{blob}";</script>'
        f"<style>.x{{background:url(data:image/png;base64,{blob})}}</style>",
    ).replace(b"<p>", f'<p><img src="data:image/png;base64,{blob[:500_000]}">'.encode(), 1)
    assert len(page) < 5_000_000
    result = extract("html", page)
    assert "AAAA" not in result.text and "INJECTED" not in result.text and "<script" not in result.text


@pytest.mark.parametrize(
    "page",
    [
        f"<html><head>{SCRIPT}</head><body><nav><a href='/'>Home</a></nav></body></html>".encode(),
        b"\x00\x01\x02 not html at all",
        b"",
    ],
    ids=["only_navigation_and_script", "binary", "empty"],
)
def test_a_page_with_no_main_content_is_refused_by_name(page):
    with pytest.raises(Refused) as refused:
        extract("html", page)
    assert refused.value.reason in ("no_main_content", "malformed_html") and refused.value.detail
