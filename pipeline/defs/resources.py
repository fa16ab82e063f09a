"""Dagster resources: the one place assets learn where raw/, outputs/ and the cache are."""

from __future__ import annotations

from pathlib import Path

from dagster import ConfigurableResource

from pipeline.settings import ProjectPaths, default_paths

_DEFAULTS = default_paths()


class PathsResource(ConfigurableResource):
    """Roots the pipeline reads and writes; override in tests or deployments."""

    raw_dir: str = str(_DEFAULTS.raw_dir)
    outputs_dir: str = str(_DEFAULTS.outputs_dir)
    cache_dir: str = str(_DEFAULTS.cache_dir)
    expectations_dir: str = str(_DEFAULTS.expectations_dir)

    @property
    def paths(self) -> ProjectPaths:
        return ProjectPaths(
            Path(self.raw_dir), Path(self.outputs_dir), Path(self.cache_dir), Path(self.expectations_dir)
        )
