"""PIPELINE_PUBLIC_URL and PIPELINE_DOI feed the citation (CITATION.cff, CITATION.bib, the page's
cite box), datapackage.json, .zenodo.json and the page's links; a bad value is refused by name."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from pipeline.publish.citation import bibtex, bibtex_value
from pipeline.publish.diff import latest_section
from pipeline.publish.release import publish_release
from pipeline.settings import Publication, SettingsError, publication
from tests.unit.publish.test_release import DAY_ONE, DAY_TWO, tables_with

HOSTED = Publication("https://data.example.net/uk-france/", "10.5281/zenodo.1234567")


def test_a_hosted_release_says_where_it_is_and_its_doi_everywhere_it_is_cited(tmp_path):
    publish_release(tables_with(["One"]), outputs_dir=tmp_path, now=DAY_ONE, publication=HOSTED)
    release = tmp_path / "releases" / "1.0.0"
    cff = yaml.safe_load((release / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["url"] == "https://data.example.net/uk-france/1.0.0/" == cff["preferred-citation"]["url"]
    assert cff["doi"] == "10.5281/zenodo.1234567" == cff["preferred-citation"]["doi"]
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["id"] == "https://doi.org/10.5281/zenodo.1234567"
    assert descriptor["homepage"] == "https://data.example.net/uk-france/"
    zenodo = json.loads((release / ".zenodo.json").read_text(encoding="utf-8"))
    assert zenodo["upload_type"] == "dataset" and zenodo["license"] == "cc-by-4.0"
    assert zenodo["publication_date"] == "2024-05-01" and zenodo["version"] == "1.0.0"
    assert {(r["identifier"], r["relation"]) for r in zenodo["related_identifiers"]} == {
        ("https://data.example.net/uk-france/1.0.0/", "isIdenticalTo"),
        ("10.5281/zenodo.1234567", "isVersionOf"),
    }
    bib = (release / "CITATION.bib").read_text(encoding="utf-8")
    assert bib.startswith("@misc{uk-france-migration-agreements-1-0-0,")
    assert "  doi = {10.5281/zenodo.1234567}," in bib and "  year = {2024}," in bib
    readme = (release / "README.md").read_text(encoding="utf-8")
    assert "https://doi.org/10.5281/zenodo.1234567" in readme and "```bibtex\n@misc{" in readme


def test_the_page_links_the_public_copies_and_the_doi_when_set(tmp_path, monkeypatch):
    monkeypatch.setenv("PIPELINE_PUBLIC_URL", "https://data.example.net/uk-france")
    monkeypatch.setenv("PIPELINE_DOI", "https://doi.org/10.5281/zenodo.1234567")
    publish_release(tables_with(["One"]), outputs_dir=tmp_path, now=DAY_ONE)
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]*)"', page)
    assert "https://data.example.net/uk-france/latest/" in links
    assert "https://data.example.net/uk-france/1.0.0/" in links
    assert "https://doi.org/10.5281/zenodo.1234567" in links
    assert "doi = {10.5281/zenodo.1234567}" in page
    monkeypatch.delenv("PIPELINE_PUBLIC_URL")
    monkeypatch.delenv("PIPELINE_DOI")
    from pipeline.publish.site import render_index

    assert "data.example.net" not in render_index(tmp_path).split('id="cite"')[0], "unset: no host linked"


def test_setting_where_releases_are_served_makes_a_patch_release_that_says_so(tmp_path, released):
    released(tmp_path, ["One"])
    again = publish_release(tables_with(["One"]), outputs_dir=tmp_path, now=DAY_TWO)
    assert not again.new_release
    hosted = publish_release(tables_with(["One"]), outputs_dir=tmp_path, now=DAY_TWO, publication=HOSTED)
    assert (hosted.version, hosted.new_release) == ("1.0.1", True)
    section = latest_section((tmp_path / "latest" / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert "Served from https://data.example.net/uk-france/ (was none)" in section
    assert "DOI 10.5281/zenodo.1234567 (was none)" in section


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PIPELINE_PUBLIC_URL", "ftp://x.org/"),
        ("PIPELINE_PUBLIC_URL", "data.example.net/x"),
        ("PIPELINE_PUBLIC_URL", "https://x.org/a b"),
        ("PIPELINE_PUBLIC_URL", "https://x.org/?q=1"),
        ("PIPELINE_DOI", "zenodo.123"),
        ("PIPELINE_DOI", "10.1/x"),
    ],
)
def test_a_bad_setting_is_refused_naming_the_variable(variable, value):
    with pytest.raises(SettingsError, match=variable):
        publication({variable: value})


def test_settings_are_normalised_and_empty_means_none():
    assert publication({}) == Publication()
    assert publication({"PIPELINE_PUBLIC_URL": " ", "PIPELINE_DOI": ""}) == Publication()
    got = publication({"PIPELINE_PUBLIC_URL": "https://h.org/x", "PIPELINE_DOI": "doi:10.1234/AB-c.9"})
    assert got == Publication("https://h.org/x/", "10.1234/AB-c.9")


def test_bibtex_values_cannot_break_out_of_their_braces():
    assert (
        bibtex_value("50% of {x} & y_z #1 \\end ~ ^")
        == r"50\% of \{x\} \& y\_z \#1 \textbackslash{}end \~{} \^{}"
    )
    entry = bibtex({"title": "A } title", "authors": [{"name": "Us & them"}], "version": "1.0.0"})
    assert "title = {{A \\} title}}" in entry and "author = {{Us \\& them}}" in entry
