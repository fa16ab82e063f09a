"""Dagster resources: the one place assets learn where raw/, outputs/ and the cache are."""

from __future__ import annotations

from pathlib import Path

from dagster import ConfigurableResource

from pipeline.settings import ProjectPaths, default_paths


class PathsResource(ConfigurableResource):
    """Roots the pipeline reads and writes; override in tests or deployments. A root left empty is
    read from the environment (`PIPELINE_RAW_DIR`, ...) when a run asks for it, not when the code
    is imported: one process may run the graph on several projects, one after the other."""

    raw_dir: str = ""
    outputs_dir: str = ""
    cache_dir: str = ""
    expectations_dir: str = ""
    gold_dir: str = ""

    @property
    def paths(self) -> ProjectPaths:
        defaults = default_paths()
        return ProjectPaths(
            Path(self.raw_dir or defaults.raw_dir),
            Path(self.outputs_dir or defaults.outputs_dir),
            Path(self.cache_dir or defaults.cache_dir),
            Path(self.expectations_dir or defaults.expectations_dir),
            Path(self.gold_dir or defaults.gold_dir),
        )
