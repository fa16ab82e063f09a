"""The text of a web page: its main content only, and what its metadata says about it.

The main content comes from trafilatura, which drops what is around an article on government
sites (cookie banners, navigation, breadcrumbs, related links, share and print buttons, footers)
and never keeps scripts, styles or forms. Its text has one paragraph, heading or list item per
line (`- ` before each item), the shape normalising reads.

Title, publication date and publisher are read from the page's own tags, in the order
``vocab/sources.yaml`` gives (`og:title`, `<h1>`, `<title>`; `article:published_time`,
`govuk:first-published-at`, `<time datetime>`; the publishing organisation, the site's name
last): explicit statements only, never a date guessed from the prose.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from pipeline import vocab
from pipeline.formats import Extracted, Refused, printable

MIN_TEXT_CHARS = 20  # as for a .txt: fewer is a menu or a title, not a document
MAX_META_CHARS = 500  # a title or an organisation's name; more is not metadata
ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z ]*)?\s*$")


@cache
def _cfg() -> dict[str, Any]:
    cfg: dict[str, Any] = vocab.load("sources")["html"]
    return cfg


def html_document(data: bytes) -> Extracted:
    """The main text of a page's bytes and its title, date and publisher where it states them."""
    import trafilatura

    if b"<" not in data or (b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise Refused("malformed_html", "not a web page: no markup, or binary bytes (NUL)")
    tree = trafilatura.load_html(data)
    if tree is None:
        raise Refused("malformed_html", "not a readable HTML page")
    title, date, publisher = page_metadata(tree)
    text = trafilatura.extract(
        tree,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    if not text or len(text.strip()) < MIN_TEXT_CHARS:
        raise Refused(
            "no_main_content", "no main content was found in the page (only navigation or scripts?)"
        )
    return Extracted(text=printable(text).strip() + "\n", title=title, date=date, publisher=publisher)


def _clean(value: object) -> str | None:
    """A metadata value as one line of text, or None when it is empty or not plausible."""
    if not isinstance(value, str):
        return None
    value = " ".join(printable(value).split())
    return value if 0 < len(value) <= MAX_META_CHARS else None


def _meta(tree: object, name: str) -> str | None:
    """The content of the first ``<meta name|property=...>`` of that name (case-insensitive)."""
    for element in tree.iter("meta"):  # type: ignore[attr-defined]
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        if key.strip().casefold() == name:
            found = _clean(element.get("content"))
            if found:
                return found
    return None


def _first_text(tree: object, tag: str) -> str | None:
    for element in tree.iter(tag):  # type: ignore[attr-defined]
        found = _clean(element.text_content())
        if found:
            return found
    return None


def _without_site_name(title: str, site: str | None) -> str:
    """`Joint statement - GOV.UK` -> `Joint statement` (only the site's own name is cut)."""
    for separator in _cfg()["title_separators"]:
        head, sep, tail = title.rpartition(separator)
        if sep and head and site and tail.strip().casefold() == site.casefold():
            return head.strip()
    return title


def _iso_date(value: str | None) -> str | None:
    match = ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def _time_date(tree: object) -> str | None:
    """The first ``<time datetime>`` of the main content (`<main>`, `<article>`), else anywhere."""
    for scope in ("//main//time[@datetime]", "//article//time[@datetime]", "//time[@datetime]"):
        for element in tree.xpath(scope):  # type: ignore[attr-defined]
            found = _iso_date(element.get("datetime"))
            if found:
                return found
    return None


def _lookup(tree: object, source: str, site: str | None) -> str | None:
    if source.startswith("meta:"):
        return _meta(tree, source.removeprefix("meta:"))
    if source == "h1":
        return _first_text(tree, "h1")
    if source == "title":
        found = _first_text(tree, "title")
        return _without_site_name(found, site) if found else None
    if source == "time":
        return _time_date(tree)
    raise ValueError(f"vocab/sources.yaml: unknown metadata source {source!r}")


def page_metadata(tree: object) -> tuple[str | None, str | None, str | None]:
    """(title, ISO publication date, publisher) as the page's tags state them, each None when absent."""
    cfg = _cfg()
    site = _meta(tree, "og:site_name")
    title = next(filter(None, (_lookup(tree, s, site) for s in cfg["title"])), None)
    date = next(filter(None, (_iso_date(_lookup(tree, s, site)) for s in cfg["date"])), None)
    # `article:publisher` is often a profile's address, not a name
    names = (_lookup(tree, s, site) for s in cfg["publisher"])
    publisher = next((n for n in names if n and not re.match(r"https?://", n, re.I)), None)
    return title, date, publisher
