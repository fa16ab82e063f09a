"""Where the pipeline reads and writes, in one place.

Each root can be moved with an environment variable, so the same code runs against a
temporary directory in tests, a shared volume, or (through a mounted bucket) object storage.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(os.environ.get("PIPELINE_ROOT", Path(__file__).resolve().parents[1]))
GOLD_ROOT = Path(__file__).resolve().parents[1] / "gold"  # the gold sets the project ships


@dataclass(frozen=True)
class ProjectPaths:
    raw_dir: Path
    outputs_dir: Path
    cache_dir: Path
    expectations_dir: Path
    gold_dir: Path = GOLD_ROOT  # the gold sets the evaluation scores against (`PIPELINE_GOLD_DIR`)


MANIFEST_NAME = "manifest.csv"


def default_paths() -> ProjectPaths:
    def env_path(var: str, default: Path) -> Path:
        return Path(os.environ[var]) if os.environ.get(var) else default

    return ProjectPaths(
        raw_dir=env_path("PIPELINE_RAW_DIR", PROJECT_ROOT / "raw"),
        outputs_dir=env_path("PIPELINE_OUTPUTS_DIR", PROJECT_ROOT / "outputs"),
        cache_dir=env_path("PIPELINE_CACHE_DIR", PROJECT_ROOT / ".cache"),
        expectations_dir=env_path("PIPELINE_EXPECTATIONS_DIR", PROJECT_ROOT / "expectations"),
        gold_dir=env_path("PIPELINE_GOLD_DIR", GOLD_ROOT),
    )


# --- where the releases are published (make publish-remote), for citations and links -----------

PUBLIC_URL_VAR = "PIPELINE_PUBLIC_URL"  # where `<version>/` and `latest/` are served, e.g. a bucket's URL
DOI_VAR = "PIPELINE_DOI"  # the dataset's DOI (e.g. Zenodo's concept DOI), optional
_DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>]+")
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:")


class SettingsError(ValueError):
    """A setting has a value the pipeline cannot use; the message names the variable."""


@dataclass(frozen=True)
class Publication:
    """Where people fetch the releases and how they cite them; both unset means "not hosted":
    then no link, citation or descriptor names a host."""

    public_url: str | None = None  # ends with "/"
    doi: str | None = None  # bare: 10.5281/zenodo.123

    def release_url(self, version: str) -> str | None:
        return f"{self.public_url}{version}/" if self.public_url else None

    @property
    def doi_url(self) -> str | None:
        return f"https://doi.org/{self.doi}" if self.doi else None


def _public_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise SettingsError(
            f"{PUBLIC_URL_VAR}={value!r} is not an http(s) URL with a host: give the address people "
            "download the releases from, e.g. https://data.example.org/uk-france/"
        )
    if parts.query or parts.fragment:
        raise SettingsError(f"{PUBLIC_URL_VAR}={value!r}: a base URL has no query or fragment")
    return value if value.endswith("/") else value + "/"


def _doi(value: str) -> str:
    bare = value
    for prefix in _DOI_PREFIXES:
        if bare.lower().startswith(prefix):
            bare = bare[len(prefix) :]
    if not _DOI.fullmatch(bare):
        raise SettingsError(
            f"{DOI_VAR}={value!r} is not a DOI (10.<registrant>/<suffix>, e.g. 10.5281/zenodo.123)"
        )
    return bare


def publication(environ: Mapping[str, str] | None = None) -> Publication:
    """`PIPELINE_PUBLIC_URL` and `PIPELINE_DOI`, checked; empty or unset means none."""
    env = os.environ if environ is None else environ
    url = env.get(PUBLIC_URL_VAR, "").strip()
    doi = env.get(DOI_VAR, "").strip()
    return Publication(_public_url(url) if url else None, _doi(doi) if doi else None)
