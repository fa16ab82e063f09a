"""Where everything published lives, named once: the folders under outputs/ and the files of a release.

    outputs/
      releases/<version>/     every release, immutable (RELEASE_FILES below, tables, workbook, database)
      latest/                 real-file copy of the newest release that verifies
      status/                 this run's quarantine.csv, rejections.csv and untrusted_releases.csv
      index.html              the download page
      .lock                   held while a run publishes

Every module that reads or writes a release (release.py, site.py, package.py, remote.py, the
Dagster wing) takes its names from here, so a file renamed here is renamed everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# --- outputs/ --------------------------------------------------------------------------------
RELEASES_DIR = "releases"
LATEST_DIR = "latest"
STATUS_DIR = "status"
INDEX_PAGE = "index.html"
LOCK_NAME = ".lock"
LEFTOVER_PREFIXES = (".staging-", ".latest-new-", ".latest-old-")  # what a killed run leaves behind

# --- a release folder --------------------------------------------------------------------------
CHECKSUMS = "SHA256SUMS"
DATAPACKAGE = "datapackage.json"
README = "README.md"
README_HTML = "README.html"
CHANGELOG = "CHANGELOG.md"
CHANGELOG_HTML = "CHANGELOG.html"
CITATION = "CITATION.cff"
CITATION_BIB = "CITATION.bib"
ZENODO = ".zenodo.json"
EVALUATION_JSON = "evaluation.json"
EVALUATION_MD = "evaluation.md"
QUARANTINE_FILE = "quarantine.csv"
REJECTIONS_FILE = "rejections.csv"
QUALITY_DIR = "quality"
QUALITY_SUMMARY = f"{QUALITY_DIR}/checks.json"
QUALITY_PAGE = f"{QUALITY_DIR}/index.html"

# --- outputs/status/ only ----------------------------------------------------------------------
UNTRUSTED_FILE = "untrusted_releases.csv"  # releases that failed verification, named every run


@dataclass(frozen=True)
class Outputs:
    """The folders and files of one outputs/ root."""

    root: Path

    @property
    def releases(self) -> Path:
        return self.root / RELEASES_DIR

    @property
    def latest(self) -> Path:
        return self.root / LATEST_DIR

    @property
    def status(self) -> Path:
        return self.root / STATUS_DIR

    @property
    def index_page(self) -> Path:
        return self.root / INDEX_PAGE

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    def release(self, version: str) -> Path:
        return self.releases / version


def release_href(version: str) -> str:
    """A release's folder as the download page links it (relative to outputs/)."""
    return f"{RELEASES_DIR}/{version}/"
