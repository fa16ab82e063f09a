"""How to cite a release, in every form people and services read: CITATION.cff, one line of text,
BibTeX and Zenodo's `.zenodo.json`.

Where the releases are served and the dataset's DOI come from the settings
(``pipeline.settings.publication``: `PIPELINE_PUBLIC_URL`, `PIPELINE_DOI`). Unset, no form names a
host or an identifier: nothing pretends to be hosted.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from pipeline import vocab
from pipeline.settings import Publication


def _dataset() -> dict[str, Any]:
    dataset: dict[str, Any] = vocab.load("publish")["dataset"]  # a YAML mapping
    return dataset


def _authors() -> list[dict[str, Any]]:  # a fresh list each time: no YAML anchors in the file
    return [{"name": c["title"]} for c in _dataset()["contributors"]]


def _where(citation: dict[str, Any], version: str | None, publication: Publication, kind: str) -> None:
    """The host and DOI fields of a CFF reference, when they are set."""
    url = publication.release_url(version) if version and kind == "dataset" else publication.public_url
    if url:
        citation["url"] = url
    if publication.public_url:
        citation["repository-artifact"] = publication.public_url
    if publication.doi:
        citation["doi"] = publication.doi


def citation_cff(
    version: str | None,
    released: str | None,
    publication: Publication | None = None,
    kind: str = "dataset",
    licence: str | None = None,
) -> str:
    """CITATION.cff (Citation File Format 1.2.0) with the preferred citation (the dataset); ``kind``
    is "dataset" for a release's copy (its version and date) or "software" for the repository's,
    whose code has its own ``licence``."""
    dataset = _dataset()
    publication = publication or Publication()
    citation: dict[str, Any] = {
        "cff-version": "1.2.0",
        "message": dataset["citation_message"],
        "type": kind,
        "title": dataset["title"],
        "abstract": " ".join(dataset["description"].split()),
        "authors": _authors(),
        "license": licence or dataset["license"],
    }
    _where(citation, version, publication, kind)
    citation["keywords"] = list(dataset["keywords"])
    if version:
        citation["version"] = version
    if released:
        citation["date-released"] = released
    preferred: dict[str, Any] = {"type": "dataset", "title": dataset["title"], "authors": _authors()}
    if version and kind == "dataset":  # the repository's version is not a release's
        preferred["version"] = version
    if released and kind == "dataset":
        preferred["date-released"] = released
        preferred["year"] = int(released[:4])
    _where(preferred, version, publication, kind)
    preferred["license"] = dataset["license"]
    citation["preferred-citation"] = preferred
    return yaml.safe_dump(citation, sort_keys=False, allow_unicode=True, width=100)


REPOSITORY_CITATION_HEADER = (
    "# The repository: the code that builds the dataset (MIT). Each release ships its own CITATION.cff\n"
    "# (type: dataset, CC-BY-4.0) with its version and date: cite that one for the data.\n"
)


def repository_citation_cff(version: str, released: str) -> str:
    """The repository's CITATION.cff (the code, with the dataset as preferred citation)."""
    return REPOSITORY_CITATION_HEADER + citation_cff(version, released, kind="software", licence="MIT")


def _reference(citation: dict[str, Any]) -> dict[str, Any]:
    ref = citation.get("preferred-citation")
    return ref if isinstance(ref, dict) else citation


def _year(citation: dict[str, Any]) -> str:
    ref = _reference(citation)
    return str(ref.get("year") or str(ref.get("date-released") or citation.get("date-released") or "")[:4])


def citation_text(citation: dict[str, Any]) -> str:
    """A CITATION.cff as one line people can paste: authors (year). title. version. DOI or url."""
    ref = _reference(citation)
    authors = "; ".join(str(a.get("name") or a.get("family-names", "")) for a in ref.get("authors") or [])
    year = _year(citation)
    parts = [f"{authors} ({year})." if year else f"{authors}.", f"{ref.get('title', '')}."]
    if ref.get("version"):
        parts.append(f"Version {ref['version']}.")
    if ref.get("doi"):
        parts.append(f"https://doi.org/{ref['doi']}")
    elif ref.get("url"):
        parts.append(str(ref["url"]))
    return " ".join(p for p in parts if p.strip("."))


_BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_^~])")
_BIBTEX_REPLACE = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def bibtex_value(value: object) -> str:
    """A value inside BibTeX braces: one line, LaTeX's special characters escaped."""
    text = " ".join(str(value).replace("`", "'").split())
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_REPLACE.get(m.group(1), "\\" + m.group(1)), text)


def bibtex(citation: dict[str, Any]) -> str:
    """The release's BibTeX entry (``@misc``, read by BibTeX and biblatex alike), from its CFF."""
    ref = _reference(citation)
    version = str(ref.get("version") or "")
    key = re.sub(r"[^a-z0-9]+", "-", f"{_dataset()['name']} {version}".lower()).strip("-")
    fields = {
        # authors are organisations: double braces keep BibTeX from splitting the name
        "author": " and ".join(
            "{" + bibtex_value(a.get("name") or a.get("family-names", "")) + "}"
            for a in ref.get("authors") or []
        ),
        "title": "{" + bibtex_value(ref.get("title", "")) + "}",
        "year": bibtex_value(_year(citation)),
        "version": bibtex_value(version),
        "doi": bibtex_value(ref.get("doi") or ""),
        "url": bibtex_value(ref.get("url") or ""),
        "note": bibtex_value(f"Dataset, licence {ref.get('license', '')}") if ref.get("license") else "",
    }
    lines = [f"  {name} = {{{value}}}," for name, value in fields.items() if value]
    return "\n".join([f"@misc{{{key},", *lines, "}"]) + "\n"


def zenodo_json(version: str, released: str, publication: Publication | None = None) -> dict[str, Any]:
    """`.zenodo.json`: the deposit's metadata for Zenodo (its GitHub integration reads this file;
    the REST API takes the same under "metadata")."""
    dataset = _dataset()
    licences = vocab.load("publish")["licenses"]
    publication = publication or Publication()
    metadata: dict[str, Any] = {
        "upload_type": "dataset",
        "title": dataset["title"],
        "description": " ".join(dataset["description"].split()),
        "creators": [{"name": a["name"]} for a in _authors()],
        "version": version,
        "publication_date": released,
        "access_right": "open",
        "license": licences[dataset["license"]]["zenodo"],
        "keywords": list(dataset["keywords"]),
    }
    related = []
    url = publication.release_url(version)
    if url:  # the same files, where make publish-remote put them
        related.append(
            {"identifier": url, "relation": "isIdenticalTo", "resource_type": "dataset", "scheme": "url"}
        )
    if publication.doi:  # the DOI people cite for every version (Zenodo's concept DOI)
        related.append({"identifier": publication.doi, "relation": "isVersionOf", "scheme": "doi"})
    if related:
        metadata["related_identifiers"] = related
    return metadata
