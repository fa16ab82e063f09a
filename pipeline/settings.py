"""Where the pipeline reads and writes, in one place.

Each root can be moved with an environment variable, so the same code runs against a
temporary directory in tests, a shared volume, or (through a mounted bucket) object storage.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(os.environ.get("PIPELINE_ROOT", Path(__file__).resolve().parents[1]))


@dataclass(frozen=True)
class ProjectPaths:
    raw_dir: Path
    outputs_dir: Path
    cache_dir: Path
    expectations_dir: Path

    @property
    def manifest_path(self) -> Path:
        return self.raw_dir / MANIFEST_NAME


MANIFEST_NAME = "manifest.csv"


def default_paths() -> ProjectPaths:
    def env_path(var: str, default: Path) -> Path:
        return Path(os.environ[var]) if os.environ.get(var) else default

    return ProjectPaths(
        raw_dir=env_path("PIPELINE_RAW_DIR", PROJECT_ROOT / "raw"),
        outputs_dir=env_path("PIPELINE_OUTPUTS_DIR", PROJECT_ROOT / "outputs"),
        cache_dir=env_path("PIPELINE_CACHE_DIR", PROJECT_ROOT / ".cache"),
        expectations_dir=env_path("PIPELINE_EXPECTATIONS_DIR", PROJECT_ROOT / "expectations"),
    )
