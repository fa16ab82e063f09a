"""The code location's IO manager: every asset's output stored as data, never as a pickle.

Public Dagster APIs only (``ConfigurableIOManagerFactory``, ``IOManager``). Each asset's output
is one file under ``base_dir`` (default: the instance's storage directory), named by its asset
key: a DataFrame as ``<key>.parquet`` (pyarrow, index and dtypes kept through pandas' schema
metadata), columns of nested values (lists of offset anchors or list markers) as JSON text in
the file, decoded on load; any other value (a report, a list of suite results) as ``<key>.json``
— plain data (``pipeline.cache.to_json_data``), which cannot run code when read. A value that is
neither is refused when stored, and a ``<key>.pickle`` (Dagster's default IO manager, an older
version of this one, or a planted file) is never loaded: what runs never comes from storage. An input whose
metadata names ``columns`` reads only those (a stage that needs the texts, not their offset maps);
one whose metadata says ``lazy`` gets a :class:`~pipeline.quality.suites.StoredFrame`, read only if
it must be. A frame read carries the file it came from, and its status, in ``attrs``.

On the way out, a table's row count, column schema, column lineage and a Markdown preview
(``pipeline.defs.assets.metadata``) are added to the materialisation, so every stage reports them without
each asset module repeating it. Keys an asset already reported itself are left as it set them.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from dagster import ConfigurableIOManagerFactory, InitResourceContext, InputContext, IOManager, OutputContext

from pipeline.cache import loads_data, to_json_data
from pipeline.contract import NORMALISED_DOCUMENTS
from pipeline.defs.assets.metadata import table_metadata
from pipeline.quality.suites import STORED_AS, StoredFrame, stored_as
from pipeline.uptodate import file_status

JSON_COLUMNS_KEY = b"pipeline.json_columns"
COLUMNS_METADATA_KEY = "columns"  # an input's metadata: read only these columns of the table
LAZY_METADATA_KEY = "lazy"  # an input's metadata: hand over a StoredFrame, read when it must be
# normalised_documents read without its offset maps: they map back to the raw bytes for whoever
# traces a passage, and no stage reads them (decoding them cost 2 s a stage at 10,000 texts)
WITHOUT_OFFSET_MAPS = {
    COLUMNS_METADATA_KEY: [c for c in NORMALISED_DOCUMENTS.column_names if c != "offset_anchors"]
}
_NESTED = (list, tuple, dict)


def _nested_columns(df: pd.DataFrame) -> list[str]:
    """Object columns holding lists, tuples or dicts: stored as JSON text, not Arrow nested types
    (their items mix types, and they must come back as the same Python values)."""
    out = []
    for name in df.columns:
        if df[name].dtype == object and any(isinstance(v, _NESTED) for v in df[name]):
            out.append(name)
    return out


def write_frame(df: pd.DataFrame, path: Path) -> None:
    """``df`` as Parquet at ``path``, atomically (a crashed run leaves no torn file)."""
    nested = _nested_columns(df)
    encoded = df.assign(
        # pandas-stubs: assign takes any list, None items included
        **{  # type: ignore[arg-type]
            c: [
                None
                if v is None
                else json.dumps(to_json_data(v), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
                for v in df[c]
            ]
            for c in nested
        }
    )
    table = pa.Table.from_pandas(encoded, preserve_index=True)
    meta = dict(table.schema.metadata or {})
    meta[JSON_COLUMNS_KEY] = json.dumps(nested).encode("utf-8")
    _atomic(path, lambda fh: pq.write_table(table.replace_schema_metadata(meta), fh))


def read_frame(path: Path, columns: list[str] | None = None) -> pd.DataFrame:
    """The frame at ``path``; with ``columns``, only those (and a default index)."""
    table = pq.read_table(path, columns=columns)
    nested = json.loads((table.schema.metadata or {}).get(JSON_COLUMNS_KEY, b"[]"))
    df = table.to_pandas()
    for c in (c for c in nested if c in df.columns):
        df[c] = pd.Series(
            [loads_data(v) if isinstance(v, str) else None for v in df[c]],
            index=df.index,
            dtype=object,
        )
    return df


def _atomic(path: Path, write: Callable[[BinaryIO], object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ParquetTableIOManager(IOManager):
    def __init__(self, base_dir: Path) -> None:
        self.base_dir = Path(base_dir)

    def _stem(self, context: InputContext | OutputContext) -> Path:
        parts = context.asset_key.path if context.has_asset_key else context.get_identifier()
        return self.base_dir.joinpath(*parts)

    def handle_output(self, context: OutputContext, obj: object) -> None:
        stem = self._stem(context)
        parquet, stored_json = stem.with_name(stem.name + ".parquet"), stem.with_name(stem.name + ".json")
        if isinstance(obj, pd.DataFrame):
            write_frame(obj, parquet)
            stored_json.unlink(missing_ok=True)
        else:
            try:
                data = json.dumps(to_json_data(obj), ensure_ascii=False, allow_nan=False).encode("utf-8")
            except (TypeError, ValueError) as exc:
                raise TypeError(
                    f"{'/'.join(context.asset_key.path) if context.has_asset_key else stem.name}: only "
                    f"tables and plain data are stored, never pickled ({type(obj).__name__}: {exc})"
                ) from exc
            _atomic(stored_json, lambda fh: fh.write(data))
            parquet.unlink(missing_ok=True)
        stem.with_name(stem.name + ".pickle").unlink(missing_ok=True)  # never ours, never read
        if isinstance(obj, pd.DataFrame) and context.has_asset_key:
            already = set(context.output_metadata or {})  # what the asset reported itself
            extra = {
                k: v for k, v in table_metadata(obj, context.asset_key.path[-1]).items() if k not in already
            }
            context.add_output_metadata(extra)

    def load_input(self, context: InputContext) -> object:
        upstream = context.upstream_output
        stem = self._stem(upstream if upstream is not None and upstream.has_asset_key else context)
        parquet = stem.with_name(stem.name + ".parquet")
        if parquet.is_file():
            wanted = context.definition_metadata or {}
            columns = list(wanted[COLUMNS_METADATA_KEY]) if wanted.get(COLUMNS_METADATA_KEY) else None
            source = f"{parquet}|{file_status(parquet.stat())}"  # the file as it is now
            if wanted.get(LAZY_METADATA_KEY):
                return StoredFrame(
                    source, tuple(columns) if columns else None, lambda c: read_frame(parquet, c)
                )
            df = read_frame(parquet, columns)
            df.attrs[STORED_AS] = stored_as(source, columns)
            return df
        stored_json = stem.with_name(stem.name + ".json")
        if stored_json.is_file():
            return loads_data(stored_json.read_bytes())
        raise FileNotFoundError(
            f"{stem}: no stored table (.parquet) or data (.json); a .pickle is never loaded "
            "(materialise the upstream asset again)"
        )


class TableMetadataIOManager(ConfigurableIOManagerFactory):
    """Parquet (tables) and JSON (plain data) under ``base_dir`` (default: the instance's storage
    directory), with table metadata on every materialisation; nothing is pickled or unpickled."""

    base_dir: str | None = None

    def create_io_manager(self, context: InitResourceContext) -> ParquetTableIOManager:
        if self.base_dir:
            return ParquetTableIOManager(Path(self.base_dir))
        if context.instance is None:  # Dagster builds a run's resources with its instance
            raise ValueError("TableMetadataIOManager needs a base_dir when no Dagster instance is given")
        return ParquetTableIOManager(Path(context.instance.storage_directory()))
