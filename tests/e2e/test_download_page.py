"""The download page as a person sees it: rendered by real headless Chromium, every link resolving."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pandas as pd
import pytest

from pipeline.contract import TABLES
from pipeline.publish.site import human_size
from tests.conftest import ARTIFACTS, chromium_command


class Page(HTMLParser):
    """Links and the text of each table row, as the browser's DOM holds them."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.assets: list[str] = []  # anything the page would load: stylesheets, scripts, images
        self.text = ""
        self.rows: list[list[str]] = []
        self._cells: list[str] | None = None
        self._in_cell = False

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]
        elif tag in ("link", "script", "img", "iframe", "object", "embed", "source"):
            self.assets.append(tag)
        elif tag == "tr":
            self._cells = []
        elif tag in ("td", "th") and self._cells is not None:
            self._cells.append("")
            self._in_cell = True

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._in_cell = False
        elif tag == "tr" and self._cells is not None:
            self.rows.append([c.strip() for c in self._cells])
            self._cells = None

    def handle_data(self, data):
        self.text += data
        if self._in_cell and self._cells:
            self._cells[-1] += data


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        chromium_command(profile, *args),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, request) -> Path:
    """The outputs/ of the shared run of the seeds (read only)."""
    chromium_command(tmp_path_factory.mktemp("page"))  # skips, or fails on CI, without Chromium
    return request.getfixturevalue("seed_run").outputs


@pytest.fixture(scope="module")
def rendered(outputs, tmp_path_factory) -> Page:
    profile = tmp_path_factory.mktemp("chromium-profile")
    url = (outputs / "index.html").as_uri()
    dom = chromium("--dump-dom", url, profile=profile).stdout
    page = Page()
    page.feed(dom)
    return page


def test_screenshot_of_the_download_page_is_saved(outputs, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "download-page.png"
    shot.unlink(missing_ok=True)
    chromium(
        f"--screenshot={shot}", "--window-size=1280,2000", (outputs / "index.html").as_uri(), profile=tmp_path
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


def test_every_table_file_is_listed_with_format_size_rows_and_checksum(outputs, rendered):
    release = outputs / "releases" / "1.0.0"
    sums = dict(
        reversed(line.split("  ", 1))
        for line in (release / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    )
    rows = {r[0]: r for r in rendered.rows if len(r) == 5}
    for name in TABLES:
        for ext, label in (("parquet", "Parquet"), ("csv", "CSV")):
            file_name = f"{name}.{ext}"
            assert file_name in rows, f"{file_name} is not on the page"
            _, fmt, size, n_rows, sha = rows[file_name]
            assert fmt == label
            assert size == human_size((release / file_name).stat().st_size)
            assert n_rows.isdigit()
            assert sha == sums[file_name]
    assert any(r[0].endswith("-1.0.0.zip") for r in rows.values())


def test_the_page_shows_checks_accuracy_dictionary_and_changelog(rendered):
    texts = " ".join(" ".join(r) for r in rendered.rows)
    assert any(h.endswith("README.html#data-dictionary") for h in rendered.hrefs)  # the HTML dictionary
    assert any(h.endswith(("CHANGELOG.html", "CHANGELOG.md")) for h in rendered.hrefs)
    assert "documents.csv" in texts
    check_rows = [r for r in rendered.rows if len(r) == 4 and r[1].startswith(("passed", "failed"))]
    technical = {m.group(1) for r in check_rows if (m := re.search(r"\((\w+)\)$", r[0]))}
    assert {"validated_tables", "documents"} <= technical  # the suite's name beside the plain words
    assert all(len(r[0]) > len("validated_tables") + 10 for r in check_rows)  # plain words first
    assert all(r[3].isdigit() for r in check_rows)  # the warnings column
    accuracy = {
        r[0]: r for r in rendered.rows if len(r) == 5 and r[0] in ("commitments", "funding", "statistics")
    }
    assert set(accuracy) == {"commitments", "funding", "statistics"}
    assert all(0.0 <= float(r[3]) <= 1.0 for r in accuracy.values())


def test_the_page_reads_for_a_person(outputs, rendered):
    text = rendered.text
    assert "Measured on 5 annotated texts and 513 invented ones. Used in development: seeds," in text
    assert "not used in development: heldout22, heldout22-fr. Only the scores of the sets not used" in text
    assert "gold set seeds, 5 texts" in text
    assert "How to cite" in text and "Version 1.0.0." in text
    assert "Creative Commons Attribution 4.0 International" in text
    assert "This is the first release." in text
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text)  # dates in a human form
    assert re.search(r"published \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC", text)
    for name in TABLES:  # a preview of the first rows and the row count of every table
        n = len(pd.read_parquet(outputs / "latest" / f"{name}.parquet"))
        assert f"— {n} rows" in text, name
    documents = pd.read_parquet(outputs / "latest" / "documents.parquet")
    assert documents["doc_id"].iloc[0] in text


def test_every_link_resolves_to_a_file_on_disk_and_nothing_is_loaded_from_elsewhere(outputs, rendered):
    assert rendered.hrefs
    assert not rendered.assets  # no stylesheet, script or image: one self-contained page
    for href in rendered.hrefs:
        parts = urlsplit(href)
        if parts.scheme in ("http", "https"):  # licence texts and the citation's URL: links, not assets
            continue
        assert parts.scheme in ("", "file"), f"unsafe link {href}"
        target = Path(unquote(parts.path)) if parts.scheme == "file" else outputs / unquote(parts.path)
        assert target.exists(), f"broken link {href}"


def test_screenshot_of_the_quality_report_offline_is_saved(outputs, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "quality-report.png"
    shot.unlink(missing_ok=True)
    report = outputs / "latest" / "quality" / "index.html"
    chromium(f"--screenshot={shot}", "--window-size=1280,1600", report.as_uri(), profile=tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000
