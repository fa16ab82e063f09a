"""The Jinja2 environments the pages and prose of a release are rendered with.

HTML templates (``*.html.j2``) autoescape every value. Markdown has no autoescape, so the Markdown
environment escapes every ``{{ value }}`` itself (``pipeline.publish.escape.md_text``: one line, no
raw HTML, no Markdown syntax) unless the value is ``Markdown`` — text this project generated from
the contract or a filter that escaped its own parts (``link``, ``code``). Links in both go through
``safe_href``: only http(s) or relative.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache

import jinja2
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markupsafe import Markup

from pipeline.publish.escape import md_code, md_link, md_text, safe_href

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)  # not %B: the page must not depend on the machine's locale


class Markdown(str):
    """Markdown that is already safe (generated here, or escaped part by part)."""

    __slots__ = ()


def _md_finalize(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, Markdown | int | float):
        return value
    return md_text(value)


def human_date(value: object) -> str:
    """An ISO 8601 date or timestamp as people write it: `1 December 2026, 09:59 UTC`."""
    text = "" if value is None else str(value)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    day = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    if len(text) <= 10:
        return day
    return f"{day}, {moment:%H:%M} UTC"


def _common(env: jinja2.Environment) -> jinja2.Environment:
    env.filters["human_date"] = human_date
    env.filters["href"] = lambda url: safe_href(url) or ""
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.keep_trailing_newline = True
    return env


@cache
def html_environment() -> jinja2.Environment:
    loader = jinja2.PackageLoader("pipeline.publish", "templates")
    return _common(jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined))


@cache
def markdown_environment() -> jinja2.Environment:
    loader = jinja2.PackageLoader("pipeline.publish", "templates")
    env = jinja2.Environment(
        loader=loader, autoescape=False, finalize=_md_finalize, undefined=jinja2.StrictUndefined
    )
    env.filters["link"] = lambda label, url: Markdown(md_link(label, url))
    env.filters["code"] = lambda value: Markdown(md_code(value))
    env.filters["trusted"] = Markdown
    return _common(env)


_HEADING_ID = re.compile(r"[^a-z0-9]+")


def _heading_ids(state: StateCore) -> None:
    """`id`s on headings as GitHub makes them (`Data dictionary` -> `data-dictionary`), so a link to
    README.html#data-dictionary works like one to README.md#data-dictionary."""
    seen: dict[str, int] = {}
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and i + 1 < len(tokens):
            slug = _HEADING_ID.sub("-", tokens[i + 1].content.lower()).strip("-") or "section"
            n = seen.get(slug, 0)
            seen[slug] = n + 1
            token.attrSet("id", slug if n == 0 else f"{slug}-{n}")


def _html_siblings(links: Mapping[str, str]) -> Callable[[StateCore], None]:
    """Relative links to a release's Markdown files pointed at their HTML versions."""

    def rule(state: StateCore) -> None:
        for block in state.tokens:
            for token in block.children or []:
                href = token.attrGet("href") if token.type == "link_open" else None
                if isinstance(href, str):
                    target, _, anchor = href.partition("#")
                    if target in links:
                        token.attrSet("href", links[target] + (f"#{anchor}" if anchor else ""))

    return rule


def markdown_html(text: str, links: Mapping[str, str] | None = None) -> Markup:
    """Markdown this project wrote, as HTML: CommonMark with tables, raw HTML shown as text (never
    passed through), unsafe link schemes refused by markdown-it, headings with ids; `links` maps
    relative Markdown targets to the HTML pages that replace them."""
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.core.ruler.push("heading_ids", _heading_ids)
    md.core.ruler.push("html_siblings", _html_siblings(links or {}))
    return Markup(md.render(text))


def render_html(template: str, **context: object) -> str:
    return html_environment().get_template(template).render(**context)


def render_markdown(template: str, **context: object) -> str:
    return markdown_environment().get_template(template).render(**context)
