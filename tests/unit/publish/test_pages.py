"""What a release renders for people: the download page, the release README, the quality report,
evaluation.md and CITATION.cff — every value read from outside escaped where it goes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pandas as pd
import pytest
import yaml

from pipeline.evaluate import GOLD_ROOT, GOLD_SETS_FILE, evaluate, gold_sets, render_markdown
from pipeline.publish.diff import latest_section
from pipeline.publish.escape import md_text, safe_href
from pipeline.publish.quality_page import build_data_docs
from pipeline.publish.release import publish_release
from pipeline.publish.render import human_date
from pipeline.stages.core import run_core
from tests.conftest import RAW, REPO, examples

HOSTILE_TITLE = (
    'Evil <script>alert(1)</script><img src=x onerror="alert(2)">\n## Licences\n[x](javascript:alert(3))'
)
HOSTILE_TEXT = (
    "<script>steal()</script> <a href='javascript:alert(5)'>click</a> <b onmouseover=alert(6)>x</b>"
)


class LiveMarkup(HTMLParser):
    """Everything in an HTML page that a browser would run or follow off the page."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.handlers: list[str] = []
        self.links: list[str] = []
        self.assets: list[str] = []
        self.headings: list[str] = []
        self._heading: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(tag)
        self.handlers += [k for k, _ in attrs if k.lower().startswith("on")]
        for k, v in attrs:
            if k in ("href", "src", "action", "formaction") and v is not None:
                (self.links if tag == "a" else self.assets).append(v)
        if tag in ("h1", "h2", "h3"):
            self._heading = ""

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append(self._heading.strip())
            self._heading = None

    def handle_data(self, data):
        if self._heading is not None:
            self._heading += data


def live(html: str) -> LiveMarkup:
    parser = LiveMarkup()
    parser.feed(html)
    return parser


def assert_nothing_live(html: str, where: str) -> LiveMarkup:
    page = live(html)
    assert not page.scripts, where
    assert not page.handlers, (where, page.handlers)
    for url in page.links + page.assets:
        assert safe_href(url) is not None, (where, url)
    return page


@pytest.fixture(scope="module")
def tables():
    tables = dict(run_core(RAW).tables)
    documents = tables["documents"].copy()
    documents.loc[0, "title"] = HOSTILE_TITLE
    documents.loc[0, "source_url"] = "javascript:alert(4)"
    documents.loc[1, "source_url"] = " https://evil.example/\n## Licences"
    tables["documents"] = documents
    commitments = tables["commitments"].copy()
    commitments.loc[commitments.index[0], "text"] = HOSTILE_TEXT
    tables["commitments"] = commitments
    return tables


# The pages are about rendering, not about the corpus: they are made from three small gold sets (the
# seeds, scored on raw/'s texts; an invented set used in development; one never studied), copied
# with their rows of gold/sets.csv. That the page names every set of gold/ is one test of its own.
SMALL_GOLD_SETS = ("seeds", "heldout-fr", "heldout22-fr")


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory) -> Path:
    import shutil

    root = tmp_path_factory.mktemp("gold")
    for name in SMALL_GOLD_SETS:
        shutil.copytree(GOLD_ROOT / name, root / name)
    listed = pd.read_csv(GOLD_ROOT / GOLD_SETS_FILE, dtype=str, keep_default_na=False)
    listed[listed["set"].isin(SMALL_GOLD_SETS)].to_csv(root / GOLD_SETS_FILE, index=False)
    return root


@pytest.fixture(scope="module")
def evaluation_cache(tmp_path_factory):
    """A cache for this module's evaluations: the gold sets' own texts run through the core stages
    once, not once per evaluation (the tables evaluated differ, those texts do not)."""
    from pipeline.cache import DocumentCache

    return DocumentCache(tmp_path_factory.mktemp("evaluation-cache"))


@pytest.fixture(scope="module")
def outputs(tables, small_gold, evaluation_cache, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pages") / "outputs"
    quality = [
        {
            "suite": "commitments",
            "success": False,
            "n_expectations": 1,
            "n_rows": 3,
            "failed": [
                {
                    "expectation_type": "expect_column_values_to_match_regex",
                    "column": "text",
                    "severity": "critical",
                    "examples": [HOSTILE_TEXT],
                    "notes": HOSTILE_TITLE,
                }
            ],
            "warnings": [],
            "gx_result": None,
        }
    ]
    publish_release(
        tables,
        outputs_dir=out,
        now=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
        quality=quality,
        evaluation=evaluate(tables, small_gold, baseline=False, cache=evaluation_cache),
        build_quality_docs=build_data_docs,
        render_evaluation=render_markdown,
    )
    return out


def test_no_published_html_runs_script_or_loads_another_host(outputs):
    pages = sorted(outputs.rglob("*.html"))
    assert {p.relative_to(outputs).as_posix() for p in pages} >= {"index.html", "latest/quality/index.html"}
    for page in pages:
        markup = assert_nothing_live(page.read_text(encoding="utf-8"), str(page))
        assert not [a for a in markup.assets if "://" in a], page  # no external asset of any kind
        assert "<style>" in page.read_text(encoding="utf-8")  # styled without fetching anything


def test_every_link_in_the_quality_report_resolves_inside_the_release(outputs):
    report = outputs / "latest" / "quality" / "index.html"
    markup = live(report.read_text(encoding="utf-8"))
    anchors = set(__import__("re").findall(r'id="([^"]+)"', report.read_text(encoding="utf-8")))
    for href in markup.links:
        assert "://" not in href, href
        path, _, fragment = href.partition("#")
        assert (report.parent / path).exists() if path else fragment in anchors, href


def test_no_published_markdown_carries_live_html_a_foreign_heading_or_a_script_link(outputs):
    for md_file in sorted((outputs / "latest").glob("*.md")):
        html = markdown.markdown(md_file.read_text(encoding="utf-8"), extensions=["tables"])
        page = assert_nothing_live(html, md_file.name)
        assert page.headings.count("Licences") <= 1, md_file.name  # the hostile title made no section
        assert "<img" not in html and "<b " not in html, md_file.name


def test_hostile_source_url_is_dropped_from_datapackage(outputs):
    descriptor = json.loads((outputs / "latest" / "datapackage.json").read_text(encoding="utf-8"))
    paths = [s.get("path") for s in descriptor["sources"] if s.get("path")]
    assert paths and all(p.startswith(("http://", "https://")) and safe_href(p) for p in paths)


def test_parquet_foreign_keys_point_at_parquet_resources(outputs):
    descriptor = json.loads((outputs / "latest" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        for fk in resource.get("schema", {}).get("foreignKeys", []):
            target = fk["reference"]["resource"]
            assert target.endswith("-parquet") == (resource["format"] == "parquet"), (
                resource["name"],
                target,
            )
            assert any(r["name"] == target for r in descriptor["resources"])


def test_citation_gives_everything_and_names_no_host_when_none_is_set(outputs):
    release = outputs / "releases" / "1.0.0"
    cff = yaml.safe_load((release / "CITATION.cff").read_text(encoding="utf-8"))
    for key in ("authors", "title", "version", "date-released", "license", "preferred-citation"):
        assert cff.get(key), key
    assert cff["version"] == "1.0.0" == cff["preferred-citation"]["version"]
    assert str(cff["date-released"]) == "2026-01-02"
    assert "url" not in cff and "doi" not in cff and "url" not in cff["preferred-citation"]
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert "homepage" not in descriptor and "id" not in descriptor
    zenodo = json.loads((release / ".zenodo.json").read_text(encoding="utf-8"))
    assert zenodo["version"] == "1.0.0" and "related_identifiers" not in zenodo and "doi" not in zenodo
    page = (outputs / "index.html").read_text(encoding="utf-8")
    assert (
        "Version 1.0.0." in page
        and "How to cite" in page
        and "@misc{uk-france-migration-agreements-1-0-0," in page
    )
    for text in (page, *(p.read_text(encoding="utf-8") for p in release.glob("*.md")), cff.__repr__()):
        assert "example.org" not in text, "no placeholder host"


def test_repository_citation_file_is_complete_and_names_no_placeholder_host():
    cff = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    for key in ("authors", "title", "version", "date-released", "license", "preferred-citation"):
        assert cff.get(key), key
    assert "example.org" not in (REPO / "CITATION.cff").read_text(encoding="utf-8")


def test_download_page_reads_for_a_person(outputs, tables, small_gold):
    page = (outputs / "index.html").read_text(encoding="utf-8")
    assert "2 January 2026, 03:04 UTC" in page and "2026-01-02T03:04" not in page
    for name, frame in tables.items():
        assert f"— {len(frame)} rows" in page, name
    # the seeds' 5 annotated texts, heldout-fr's 7 and heldout22-fr's 10 invented ones
    assert "Measured on 5 annotated texts and 17 invented ones. Used in development: seeds," in page
    sets = [s["set"] for s in gold_sets(small_gold)]
    for name in sets:  # every set, the invented ones included
        assert f"gold set <code>{name}</code>" in page, name
    used = [s["set"] for s in gold_sets(small_gold) if s["development"] == "yes"]
    assert page.count("Used in development: yes") == len(used)
    assert page.count("Used in development: no") == len(sets) - len(used) > 0  # a set never studied
    assert "invented texts, scored through the same stages and never published" in page
    assert "Sentences that must give no row:" in page
    assert "This is the first release." in page
    assert "The commitments table has valid actors" in page and "<code>commitments</code>" in page


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-12-01T09:59:05Z", "1 December 2026, 09:59 UTC"),
        ("2026-03-04", "4 March 2026"),
        ("not a date", "not a date"),
    ],
)
def test_human_date(value, expected):
    assert human_date(value) == expected


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:x",
        "java\tscript:x",
        " https://a.b",
        "//evil.org/x",
        "data:text/html,x",
    ],
)
def test_unsafe_links_are_refused(url):
    assert safe_href(url) is None


@pytest.mark.parametrize(
    "url", ["https://example.org/a?b=c", "http://x.y", "releases/1.0.0/README.md", "#top"]
)
def test_safe_links_are_kept(url):
    assert safe_href(url) == url


def test_markdown_value_is_one_inert_line():
    text = md_text("a\n## Licences\r\n- item | cell <b>x</b> [l](javascript:y) `code`")
    assert "\n" not in text and "<b>" not in text and "\\|" in text and "\\[l\\]" in text


def test_changelog_shows_an_excerpt_and_the_changed_columns_of_each_row(
    outputs, tables, small_gold, evaluation_cache, tmp_path
):
    import shutil

    out = tmp_path / "outputs"
    shutil.copytree(outputs, out)
    changed = {name: frame.copy() for name, frame in tables.items()}
    commitments = changed["commitments"]
    first, second = commitments.index[0], commitments.index[1]
    commitments.loc[first, "theme"] = "returns" if commitments.loc[first, "theme"] != "returns" else "funding"
    removed_id = commitments.loc[second, "commitment_id"]
    changed["commitments"] = commitments.drop(index=second)
    publish_release(
        changed,
        outputs_dir=out,
        now=datetime(2026, 1, 3, tzinfo=UTC),
        evaluation=evaluate(changed, small_gold, baseline=False, cache=evaluation_cache),
    )
    changelog = (out / "latest" / "CHANGELOG.md").read_text(encoding="utf-8")
    changed_id = commitments.loc[first, "commitment_id"]
    line = next(x for x in changelog.splitlines() if x.startswith(f"- Changed: `{changed_id}`"))
    assert "(columns `theme`)" in line and "&lt;script&gt;steal()" in line  # the hostile text, inert
    assert any(x.startswith(f"- Removed: `{removed_id}` — ") for x in changelog.splitlines())
    assert_nothing_live(markdown.markdown(changelog), "CHANGELOG.md")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "0 rows added, 1 removed, 1 changed." in page


def test_held_back_documents_are_listed_on_the_page_escaped(outputs, tmp_path):
    import shutil

    from pipeline.contract import QUARANTINE
    from pipeline.publish.site import render_index

    out = tmp_path / "outputs"
    shutil.copytree(outputs, out)
    status = out / "status"  # this run's quarantine: the page shows it, the release stays as published
    status.mkdir(exist_ok=True)
    header = ",".join(QUARANTINE.column_names)
    (status / "quarantine.csv").write_text(
        f'{header}\nbad.txt,2020-01-01-bad,"statistics: expect_column_values_to_be_between(value)",'
        f'"2020-01-01-bad-stat-1","{HOSTILE_TEXT.replace(chr(34), chr(39))}",false\n',
        encoding="utf-8",
    )
    page = render_index(out)
    assert 'id="held-back"' in page and "bad.txt" in page and "2020-01-01-bad-stat-1" in page
    assert "&lt;script&gt;steal()" in page
    assert_nothing_live(page, "index.html with quarantine")


def test_release_readme_lists_each_source_licence_on_its_own_line(outputs):
    text = (outputs / "latest" / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Licences\n", 1)[1].split("\n## How to cite", 1)[0]
    items = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(items) == len(set(items)) >= 1 and all(line.count("- `") == 1 for line in items)
    assert "\n\n## How to cite" in text


def test_one_line_drops_every_control_and_format_character_ascii_or_not():
    import unicodedata

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from pipeline.publish.escape import one_line

    @settings(max_examples=examples(300), deadline=None)
    @given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127)), st.text()))
    def check(text: str) -> None:
        line = one_line(text)
        assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in line)
        assert line == line.strip() and "  " not in line

    check()


def test_what_changed_names_each_document_added_removed_or_changed_with_its_rows_per_table(
    outputs, tables, tmp_path
):
    import shutil

    out = tmp_path / "outputs"
    shutil.copytree(outputs, out)
    documents = tables["documents"].sort_values("doc_date")
    gone, edited = documents.iloc[0], documents.iloc[-1]  # the oldest leaves, the newest is corrected
    nxt = {name: frame[frame["doc_id"] != gone["doc_id"]].copy() for name, frame in tables.items()}
    arrival = documents.iloc[[1]].assign(
        doc_id="2031-05-06-new-accord",
        title="A new accord <b>signed</b>",
        doc_date=pd.Timestamp("2031-05-06").date(),
        sha256="e" * 64,
        source_file="2031-05-06_new-accord.txt",
    )
    nxt["documents"] = pd.concat([nxt["documents"], arrival], ignore_index=True)
    added_rows = tables["commitments"][tables["commitments"]["doc_id"] == documents.iloc[1]["doc_id"]].head(2)
    added_rows = added_rows.assign(
        doc_id="2031-05-06-new-accord",
        commitment_id=[f"2031-05-06-new-accord-c{i}" for i in range(len(added_rows))],
    )
    nxt["commitments"] = pd.concat([nxt["commitments"], added_rows], ignore_index=True)
    nxt["documents"].loc[nxt["documents"]["doc_id"] == edited["doc_id"], "place"] = "Dover"
    publish_release(nxt, outputs_dir=out, now=datetime(2026, 2, 1, tzinfo=UTC))

    version = sorted((out / "releases").iterdir())[-1].name
    assert version == "2.0.0", "a document was removed: a major release"
    section = latest_section((out / "latest" / "CHANGELOG.md").read_text(encoding="utf-8"))
    docs_block = section.split("### Documents\n", 1)[1].split("\n### ", 1)[0]
    lines = [x for x in docs_block.splitlines() if x.startswith("- ")]
    assert lines[0].startswith(
        "- Added: A new accord &lt;b&gt;signed&lt;/b&gt; (2031-05-06, `2031-05-06-new-accord`)"
    )
    assert "commitments: 2 added" in lines[0]
    removed = next(x for x in lines if x.startswith("- Removed:"))
    n_gone = int((tables["commitments"]["doc_id"] == gone["doc_id"]).sum())
    assert f"`{gone['doc_id']}`" in removed and str(gone["doc_date"]) in removed
    assert (f"commitments: {n_gone} removed" in removed) == bool(n_gone)
    changed = next(x for x in lines if x.startswith("- Changed:"))
    assert f"`{edited['doc_id']}`" in changed and "its place corrected" in changed
    readme = (out / "latest" / "README.md").read_text(encoding="utf-8")
    what = readme.split("## What changed in this release\n", 1)[1].split("\n## ", 1)[0]
    assert "Compared with release 1.0.0" in what and "2031-05-06-new-accord" in what
    assert f"`{gone['doc_id']}`" in what
    page = (out / "index.html").read_text(encoding="utf-8")
    changes = page.split('id="changes"', 1)[1].split("<h2", 1)[0]
    assert "A new accord &lt;b&gt;signed&lt;/b&gt;" in changes and "6 May 2031" in changes
    assert ">removed<" in changes and gone["doc_id"] in changes
    assert "<strong>documents</strong>: 1 row added, 1 removed, 1 changed." in changes  # not "1 rows"
    assert_nothing_live(page, "index.html with document changes")
    preview = page.split('id="table-documents"', 1)[1].split("</table>", 1)[0]
    assert preview.index("2031-05-06-new-accord") < preview.index(edited["doc_id"]), "newest rows first"


def test_twenty_thousand_missing_files_in_the_manifest_are_a_count_and_a_few_lines_on_the_page(
    outputs, tmp_path
):
    import shutil

    from pipeline.publish.site import render_index

    out = tmp_path / "outputs"
    shutil.copytree(outputs, out)
    (out / "status").mkdir(exist_ok=True)
    lines = ["source_file,reason,detail"]
    lines += [
        f"manifest.csv line {i},manifest_missing_file,names 'ghost-{i}.txt' which is not in raw/"
        for i in range(20_000)
    ]
    lines += ["scan.txt,binary,NUL bytes"]
    (out / "status" / "rejections.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = render_index(out)
    assert len(page.encode()) < 200_000, len(page.encode())
    rejected = page.split('id="rejected"', 1)[1]
    assert "20001 in all: 20000 manifest_missing_file, 1 binary." in rejected
    assert "… and 19980 more “manifest_missing_file”" in rejected and "scan.txt" in rejected
    assert 'href="status/rejections.csv"' in rejected


def test_held_back_rows_show_every_column_the_file_has(outputs, tmp_path):
    import shutil

    from pipeline.publish.site import render_index

    out = tmp_path / "outputs"
    shutil.copytree(outputs, out)
    (out / "status").mkdir(exist_ok=True)
    (out / "status" / "quarantine.csv").write_text(
        "source_file,doc_id,table,row_id,check,value,reason,carried_forward\n"
        "a.txt,2020-01-01-a,funding,f1,funding: amount,5e9,<b>too large</b>,false\n",
        encoding="utf-8",
    )
    held = render_index(out).split('id="held-back"', 1)[1].split("<h2", 1)[0]
    assert "<th>row_id</th>" in held and "<td>f1</td>" in held and "<td>5e9</td>" in held
    assert "&lt;b&gt;too large&lt;/b&gt;" in held


def test_the_workbook_comes_first_for_spreadsheet_users_and_the_csvs_are_for_programs(outputs):
    page = (outputs / "index.html").read_text(encoding="utf-8")
    download = page.split('id="download"', 1)[1].split('id="tables"', 1)[0]
    assert download.index("For spreadsheets") < download.index("For programs")
    assert download.index(".xlsx") < download.index(".sqlite")
    assert "(spreadsheets)" not in page
    assert 'documents.csv">documents.csv</a> (UTF-8)' in page


def test_readme_and_changelog_have_html_pages_with_the_data_dictionary_linked_from_the_page(outputs):
    release = outputs / "releases" / "1.0.0"
    readme = (release / "README.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in readme and '<h2 id="data-dictionary">' in readme
    assert '<h3 id="funding">funding</h3>' in readme and "<th>meaning</th>" in readme
    assert "<td><code>funding_id</code></td>" in readme
    assert 'href="CHANGELOG.html"' in readme and 'href="CHANGELOG.md"' not in readme
    assert "&lt;script&gt;alert(1)" in readme and "<script>" not in readme
    assert_nothing_live(readme, "README.html")
    changelog = (release / "CHANGELOG.html").read_text(encoding="utf-8")
    assert '<h2 id="1-0-0-2026-01-02">' in changelog
    page = (outputs / "index.html").read_text(encoding="utf-8")
    assert 'href="releases/1.0.0/README.html#data-dictionary"' in page
    assert 'href="releases/1.0.0/CHANGELOG.html"' in page


def test_one_account_of_the_corpus_years_the_earliest_text_of_the_corpus():
    import re as regex

    from tests.conftest import CORPUS

    first = min(p.name[:4] for p in CORPUS.glob("*.txt") if regex.match(r"\d{4}-", p.name))
    dataset = yaml.safe_load((REPO / "pipeline" / "vocab" / "publish.yaml").read_text(encoding="utf-8"))[
        "dataset"
    ]
    texts = {
        "publish.yaml description": dataset["description"],
        "publish.yaml summary": dataset["summary"],
        "pyproject.toml": (REPO / "pyproject.toml").read_text(encoding="utf-8"),
        "README.md": (REPO / "README.md").read_text(encoding="utf-8").split("\n## ", 1)[0],
        "CITATION.cff": (REPO / "CITATION.cff").read_text(encoding="utf-8"),
    }
    for where, text in texts.items():
        years = regex.findall(r"(?:since|Since) (\d{4})|\((\d{4}) onwards\)", " ".join(text.split()))
        said = {a or b for a, b in years}
        assert said == {first}, (where, said)


def test_a_gold_set_title_and_language_from_the_evaluation_are_escaped_on_the_page(outputs, tables, tmp_path):
    import shutil

    out = tmp_path / "outputs"
    shutil.copytree(outputs, out)
    report = json.loads((outputs / "latest" / "evaluation.json").read_text(encoding="utf-8"))
    report["sets"]["heldout-fr"]["title"] = HOSTILE_TITLE
    report["sets"]["heldout-fr"]["language"] = "<b>en</b>"
    report["sets"]["heldout-fr"]["used_in_development"] = "<i>yes</i>"
    changed = {**tables, "commitments": tables["commitments"].iloc[1:]}  # a new release, a new page
    publish_release(changed, outputs_dir=out, now=datetime(2026, 1, 3, tzinfo=UTC), evaluation=report)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<b>en</b>" not in page and "&lt;b&gt;en&lt;/b&gt;" in page
    assert "<i>yes</i>" not in page
    assert_nothing_live(page, "index.html")


def test_a_release_made_before_a_column_was_added_is_still_previewed(tmp_path):
    """An older release (no `source_format`, `pages`) under newer code: the page previews the
    columns it holds instead of failing the run that renders it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline import vocab
    from pipeline.publish.site import _table_previews

    pq.write_table(
        pa.table({"doc_id": ["2020-01-01-a"], "title": ["A statement"], "doc_date": ["2020-01-01"]}),
        tmp_path / "documents.parquet",
    )
    previews = {t["name"]: t for t in _table_previews(tmp_path, vocab.load("publish"))}
    assert previews["documents"]["rows"] == 1
    assert "source_format" not in previews["documents"]["columns"]
    assert previews["documents"]["preview"][0][0] == "2020-01-01-a"


def test_the_download_page_names_every_gold_set_of_gold(outputs, tables, tmp_path):
    """Every set listed in gold/ gets its block on the page, the invented ones included, with whether
    it was used in development: the sets' names and rows of gold/sets.csv, each with a scored set's
    result (evaluating them all is the accuracy tests' work, not the page's)."""
    import shutil

    out = tmp_path / "outputs"
    shutil.copytree(outputs, out)
    report = json.loads((outputs / "latest" / "evaluation.json").read_text(encoding="utf-8"))
    scored = report["sets"]["heldout-fr"]
    specs = gold_sets()
    report["sets"] = {
        s["set"]: scored
        | {
            "title": s["title"],
            "language": s["language"],
            "texts": "gold" if s["texts"] == "own" else "raw",
            "used_in_development": s["development"],
        }
        for s in specs
    }
    changed = {**tables, "commitments": tables["commitments"].iloc[1:]}  # a new release, a new page
    publish_release(changed, outputs_dir=out, now=datetime(2026, 1, 3, tzinfo=UTC), evaluation=report)
    page = (out / "index.html").read_text(encoding="utf-8")
    sets = [s["set"] for s in specs]
    assert {"seeds", "challenge", "heldout6-fr"} <= set(sets)
    for name in sets:  # every set, the invented ones included
        assert f"gold set <code>{name}</code>" in page, name
    used = [s["set"] for s in specs if s["development"] == "yes"]
    assert page.count("Used in development: yes") == len(used)
    assert page.count("Used in development: no") == len(sets) - len(used) > 0  # a set never studied
