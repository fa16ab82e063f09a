"""The page and report templates keep Jinja's autoescaping: nothing in them switches it off."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.publish.render import html_environment, render_html

TEMPLATES = Path(__file__).resolve().parents[3] / "pipeline" / "publish" / "templates"
HTML_TEMPLATES = sorted(p.name for p in TEMPLATES.glob("*.html.j2"))
# what would let a value through unescaped: the `safe` filter, an autoescape block turned off,
# or a Markup object made inside the template
UNESCAPE = re.compile(r"\|\s*safe\b|autoescape\s+false|\bMarkup\b", re.IGNORECASE)


def test_there_are_html_templates_to_check():
    assert {"index.html.j2", "quality.html.j2"} <= set(HTML_TEMPLATES)


@pytest.mark.parametrize("name", HTML_TEMPLATES)
def test_every_html_template_is_rendered_with_autoescape_and_never_turns_it_off(name):
    env = html_environment()
    template = env.get_template(name)
    assert env.autoescape is True
    assert template.environment.autoescape is True
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    assert not UNESCAPE.search(source), f"{name} lets a value through unescaped"


def test_a_hostile_value_comes_out_inert_from_the_quality_report():
    page = render_html("quality.html.j2", title='<script>alert(1)</script>"', run_time=None, suites=[])
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#34;" in page
