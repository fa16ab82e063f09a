"""The Dagster code location (`[tool.dagster]`, `[tool.dg]` in pyproject.toml): the wing in
``pipeline/defs/`` merged in ``pipeline.defs.code_location``; nothing else lives here."""

from pipeline.defs.code_location import STAGE_MODULES, defs, publish_job

__all__ = ["STAGE_MODULES", "defs", "publish_job"]
