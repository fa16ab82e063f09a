"""The code location's IO manager: Dagster's pickling filesystem storage, plus table metadata.

Every DataFrame an asset returns is stored exactly as by ``FilesystemIOManager``; on the way, its
row count, column schema, column lineage and a Markdown preview (``pipeline.lineage``) are added
to the materialisation, so every stage reports them without each asset module repeating it.
Keys an asset already reported itself are left as the asset set them.
"""

from __future__ import annotations

import pandas as pd
from dagster import ConfigurableIOManagerFactory, InputContext, IOManager, OutputContext
from dagster._core.storage.fs_io_manager import PickledObjectFilesystemIOManager

from pipeline.lineage import table_metadata


class _TableMetadataIOManager(IOManager):
    def __init__(self, inner: PickledObjectFilesystemIOManager) -> None:
        self.inner = inner

    def handle_output(self, context: OutputContext, obj: object) -> None:
        self.inner.handle_output(context, obj)
        if isinstance(obj, pd.DataFrame) and context.has_asset_key:
            already = set(context.output_metadata or {})  # what the asset reported itself
            extra = {
                k: v for k, v in table_metadata(obj, context.asset_key.path[-1]).items() if k not in already
            }
            context.add_output_metadata(extra)

    def load_input(self, context: InputContext) -> object:
        return self.inner.load_input(context)


class TableMetadataIOManager(ConfigurableIOManagerFactory):
    """Pickles under ``base_dir`` (default: the instance's storage directory), reports table metadata."""

    base_dir: str | None = None

    def create_io_manager(self, context) -> _TableMetadataIOManager:
        base = self.base_dir or context.instance.storage_directory()
        return _TableMetadataIOManager(PickledObjectFilesystemIOManager(base_dir=base))
