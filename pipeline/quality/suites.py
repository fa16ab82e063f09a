"""Run a Great Expectations suite stored in ``expectations/<name>.json`` on a pandas frame.

The JSON files are the source of truth at run time: editing one changes what the pipeline
checks. GX is imported lazily (it costs about two seconds) so that loading the Dagster
definitions stays fast, and runs in an ephemeral context with analytics and progress bars off
(no network, no noise).

An expectation's ``severity`` (GX 1.x: ``critical``, ``warning`` or ``info``) decides what its
failure means: a failed ``critical`` expectation fails the suite; a failed ``warning`` one only
flags it (``SuiteResult.warnings``) — used for bad input that is rejected and reported, not fatal.

Each failure also has a *scope*, which decides whether one document or the whole corpus answers
for it. A suite whose meta names its ``document_column`` (the column naming each row's document:
``doc_id``, ``source_file``, ``sha256``) is run with GX's full unexpected-index list, so every
failing row is known with its document: such a failure is of scope ``document`` and lists the
failing rows per document (``failure["documents"]``), for the quarantine to hold those documents
back. It is of scope ``corpus`` (it blocks publication) when the expectation says so
(``meta.scope: corpus``: schema, types), when GX cannot name the failing rows (table-level
expectations), when a failing row names no document, or when a uniqueness failure's duplicates
belong to more than one document (ids unique across the corpus).
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import math
import os
import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

MAX_EXAMPLES = 5  # unexpected values kept per failed expectation
MAX_EXAMPLE_CHARS = 160  # a long text value is cut to the part that matters
ID_COLUMNS_META_KEY = "id_columns"  # suite meta: columns that name a row in the examples
DOCUMENT_COLUMN_META_KEY = "document_column"  # suite meta: the column naming each row's document
SCOPE_DOCUMENT = "document"  # a failure one document answers for: that document is held back
SCOPE_CORPUS = "corpus"  # a failure of the corpus as a whole: it blocks publication
UNIQUENESS_EXPECTATIONS = frozenset(
    {
        "expect_column_values_to_be_unique",
        "expect_compound_columns_to_be_unique",
        "expect_select_column_values_to_be_unique_within_record",
    }
)


def load_suite_dict(suite_name: str, expectations_dir: Path) -> dict[str, Any]:
    """The suite's JSON, with a clear error naming the file when it is missing or malformed."""
    path = Path(expectations_dir) / f"{suite_name}.json"
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: no expectation suite {suite_name!r} (run python -m pipeline.quality.generate)"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("expectations"), list):
        raise ValueError(f"{path}: not a GX suite (needs an `expectations` list)")
    return data


@dataclass
class SuiteResult:
    """What a check shows and the release's quality report keeps: pass/fail and why."""

    suite: str
    success: bool
    n_expectations: int
    failed: list[dict[str, Any]] = field(default_factory=list)  # critical failures
    warnings: list[dict[str, Any]] = field(
        default_factory=list
    )  # failed expectations of severity warning/info
    n_rows: int = 0
    gx_result: dict[str, Any] | None = None  # the GX validation result, for Data Docs (stable fields only)
    document_column: str | None = None  # the suite's ``document_column`` (see the module docstring)

    @property
    def n_failed(self) -> int:
        return len(self.failed) + len(self.warnings)

    @property
    def corpus_failures(self) -> list[dict[str, Any]]:
        """Critical failures no single document answers for: these block publication."""
        return [f for f in self.failed if f.get("scope", SCOPE_CORPUS) == SCOPE_CORPUS]

    @property
    def document_failures(self) -> list[dict[str, Any]]:
        """Critical failures attributed to documents: those documents are held back."""
        return [f for f in self.failed if f.get("scope") == SCOPE_DOCUMENT]

    def summary(self) -> str:
        if self.success and not self.warnings:
            return f"{self.suite}: all {self.n_expectations} expectations met on {self.n_rows} rows"
        parts = [f"{self.suite}: {self.n_expectations - self.n_failed}/{self.n_expectations} met"]
        for f in self.failed + self.warnings:
            col = f" on {f['column']}" if f.get("column") else ""
            parts.append(
                f"{f['severity']} {f['expectation_type']}{col}: {f.get('examples') or f.get('observed')}"
            )
        return "; ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "success": self.success,
            "n_expectations": self.n_expectations,
            "n_rows": self.n_rows,
            "failed": self.failed,
            "warnings": self.warnings,
            "gx_result": self.gx_result,
            "document_column": self.document_column,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SuiteResult:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})

    def as_metadata(self) -> dict[str, Any]:
        """Plain values for Dagster check metadata (strings, numbers, a markdown table)."""
        meta: dict[str, Any] = {
            "suite": self.suite,
            "success": self.success,
            "expectations": self.n_expectations,
            "failed_expectations": len(self.failed),
            "blocking_failures": len(self.corpus_failures),
            "documents_failing": len({d for f in self.document_failures for d in f["documents"]}),
            "warned_expectations": len(self.warnings),
            "rows_checked": self.n_rows,
        }
        problems = self.failed + self.warnings
        if problems:
            lines = [
                "| severity | scope | expectation | column | arguments | unexpected examples |",
                "|---|---|---|---|---|---|",
            ]
            for f in problems:
                args = ", ".join(f"{k}={v}" for k, v in f["kwargs"].items() if k != "column")
                examples = f.get("examples") or [f.get("observed")]
                lines.append(
                    f"| {f['severity']} | {f.get('scope') or SCOPE_CORPUS} | {f['expectation_type']} | "
                    f"{f.get('column') or ''} | {_md_cell(args)} | "
                    f"{_md_cell('; '.join(map(str, examples)))} |"
                )
            meta["failures"] = "\n".join(lines)
        return meta


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "⏎")[:600]


@cache
def _gx_batch_definition() -> Any:
    """One ephemeral GX context per process: pandas source, whole-frame batch definition."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    asset = context.data_sources.add_pandas("pipeline").add_dataframe_asset("frame")
    return asset.add_batch_definition_whole_dataframe("whole_frame")


def build_suite(suite_dict: dict[str, Any]) -> Any:
    """The GX suite of ``suite_dict``, built once per process for the same JSON (building one
    parses and checks every expectation: a run validates the same suites many times)."""
    return _built_suite(json.dumps(suite_dict, sort_keys=True, default=str))


@lru_cache(maxsize=64)
def _built_suite(suite_json: str) -> Any:
    import great_expectations as gx

    suite_dict = json.loads(suite_json)
    keep = ("name", "expectations", "meta", "notes", "suite_parameters")
    return gx.ExpectationSuite(**{k: suite_dict[k] for k in keep if suite_dict.get(k) is not None})


_RESULTS: OrderedDict[str, SuiteResult] = OrderedDict()  # this process's recent results, by content
_MAX_RESULTS = 64


def _content_key(suite_name: str, suite_dict: dict[str, Any], df: pd.DataFrame) -> str:
    """SHA-256 of the suite, the frame's columns and dtypes, and pandas' hash of every row, its
    index left out as the validation leaves it out (a frame read back from Parquet with only some
    columns has a RangeIndex where the whole one has its stored index: the same rows, one run).
    Row hashes cost 8 bytes a row, where a pickled copy of the frame cost its whole size."""
    h = hashlib.sha256(suite_name.encode() + b"\x00")
    h.update(json.dumps(suite_dict, sort_keys=True, default=str).encode())
    h.update(json.dumps([[str(c), str(t)] for c, t in df.dtypes.items()]).encode())
    try:
        hashes = pd.util.hash_pandas_object(df, index=False)
    except TypeError:  # a column of lists (page_starts) pandas cannot hash: hashed as its cells' text
        listed = [i for i in range(df.shape[1]) if not _hashable(df.iloc[:, i])]
        h.update(json.dumps(listed).encode())  # a text column with the same text is another frame
        df = df.copy()
        for i in listed:
            df.isetitem(i, [_cell_text(v) for v in df.iloc[:, i]])
        hashes = pd.util.hash_pandas_object(df, index=False)
    h.update(hashes.to_numpy().tobytes())
    return h.hexdigest()


def _hashable(column: pd.Series) -> bool:
    try:
        pd.util.hash_pandas_object(column, index=False)
    except TypeError:
        return False
    return True


def _cell_text(value: Any) -> str:
    """A cell as text that tells its type and all its items (an array's repr elides long ones)."""
    if isinstance(value, list | tuple):
        return f"{type(value).__name__}[{', '.join(map(_cell_text, value))}]"
    if hasattr(value, "tolist") and hasattr(value, "dtype"):  # a numpy array (read back from Parquet)
        return f"{type(value).__name__}<{value.dtype}>({_cell_text(value.tolist())})"
    return f"{type(value).__name__}:{value!r}"


def _recalled(key: str | None) -> SuiteResult | None:
    if key is None or key not in _RESULTS:
        return None
    _RESULTS.move_to_end(key)
    return copy.deepcopy(_RESULTS[key])


def _remember(key: str | None, result: SuiteResult) -> None:
    if key is not None:
        _RESULTS[key] = copy.deepcopy(result)
        while len(_RESULTS) > _MAX_RESULTS:
            _RESULTS.popitem(last=False)


def run_suite(suite_name: str, df: pd.DataFrame, expectations_dir: Path) -> SuiteResult:
    """Validate ``df`` against ``expectations/<suite_name>.json``.

    Each suite runs once per run: the asset checks and ``validated_tables`` validate the same
    frames, so a result is reused (a copy) when the suite and the frame's bytes are the same."""
    suite_dict = load_suite_dict(suite_name, expectations_dir)
    try:
        key = _content_key(suite_name, suite_dict, df)
    except Exception:  # a frame that cannot be fingerprinted is simply validated again
        key = None
    result = _recalled(key)
    if result is None:
        result = _run_suite(suite_name, suite_dict, df)
        _remember(key, result)
    return result


STORED_AS = "pipeline.stored_as"  # a frame's attrs: the stored file it was read from, as it was then


def stored_as(source: str, columns: Sequence[str] | None) -> str:
    """The identity of ``columns`` (None: all) read from ``source`` (a file and its status)."""
    return f"{source}|{list(columns) if columns else None}"


@dataclass(frozen=True)
class StoredFrame:
    """A stage's table as stored, read only if it must be: ``source`` names the file and its status
    when looked at (size, times, inode), ``columns`` the columns to read (None: all), and
    ``reader(columns)`` reads them."""

    source: str
    columns: tuple[str, ...] | None
    reader: Callable[[list[str] | None], pd.DataFrame]

    @property
    def identity(self) -> str:
        return stored_as(self.source, self.columns)

    def read(self, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """The stored table, or only ``columns`` of it."""
        wanted = columns or self.columns
        return self.reader(list(wanted) if wanted else None)

    def only(self, columns: Sequence[str]) -> StoredFrame:
        """The same stored table, read as ``columns`` only (named as a frame read so would be)."""
        return StoredFrame(self.source, tuple(columns), self.reader)


def stored_identity(value: object) -> str | None:
    """Which stored file (and status) a frame was read from, if known."""
    if isinstance(value, StoredFrame):
        return value.identity
    if isinstance(value, pd.DataFrame):
        identity = value.attrs.get(STORED_AS)
        return identity if isinstance(identity, str) else None
    return None


def run_suite_on(
    suite_name: str,
    derive: Callable[..., pd.DataFrame],
    inputs: list[pd.DataFrame | StoredFrame],
    expectations_dir: Path,
) -> SuiteResult:
    """``run_suite(suite_name, derive(*inputs))``, where inputs read from stored files are named by
    those files: a suite already run on the frame derived from the same files, as they were, is
    reused without reading them (``validated_tables`` repeats the stage checks' suites, and the
    texts of the whole corpus need not be read again to find that out)."""
    identities = [stored_identity(v) for v in inputs]
    key = None
    if all(identities):
        h = hashlib.sha256(f"{suite_name}\0{derive.__module__}.{derive.__qualname__}".encode())
        h.update(
            json.dumps(load_suite_dict(suite_name, expectations_dir), sort_keys=True, default=str).encode()
        )
        h.update(json.dumps(identities).encode())
        key = "stored:" + h.hexdigest()
    result = _recalled(key)
    if result is None:
        frames = [v.read() if isinstance(v, StoredFrame) else v for v in inputs]
        result = run_suite(suite_name, derive(*frames), expectations_dir)
        _remember(key, result)
    return result


def _run_suite(suite_name: str, suite_dict: dict[str, Any], df: pd.DataFrame) -> SuiteResult:
    suite_meta = suite_dict.get("meta") or {}
    id_columns = [c for c in suite_meta.get(ID_COLUMNS_META_KEY, []) if c in df.columns]
    document_column = suite_meta.get(DOCUMENT_COLUMN_META_KEY)
    document_column = document_column if document_column in df.columns else None
    index_columns = list(dict.fromkeys([*id_columns, *([document_column] if document_column else [])]))
    suite = build_suite(suite_dict)
    batch = _gx_batch_definition().get_batch(batch_parameters={"dataframe": df.reset_index(drop=True)})
    result_format: dict[str, Any] = {"result_format": "SUMMARY", "partial_unexpected_count": MAX_EXAMPLES}
    if index_columns:
        result_format = {
            "result_format": "COMPLETE",
            "unexpected_index_column_names": index_columns,
            "partial_unexpected_count": MAX_EXAMPLES,
        }
    gx_result = batch.validate(suite, result_format=result_format)
    failed: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    for r in gx_result.results:
        if r.success:
            continue
        problem = _describe_failure(r, id_columns)
        problem.update(_attribution(r, id_columns, document_column))
        (failed if problem["severity"] == "critical" else warnings).append(problem)
    return SuiteResult(
        suite=suite_name,
        success=not failed,
        n_expectations=len(gx_result.results),
        failed=failed,
        warnings=warnings,
        n_rows=len(df),
        gx_result=_stable_gx_result(gx_result.to_json_dict(), suite_name),
        document_column=document_column,
    )


def _attribution(r: Any, id_columns: list[str], document_column: str | None) -> dict[str, Any]:
    """The failure's scope and, for scope ``document``, its failing rows per document:
    ``{"scope": ..., "documents": {document: {"rows": [row id, ...], "values": [value of each row],
    "example": the first value}}}``."""
    config = r.expectation_config
    corpus = {"scope": SCOPE_CORPUS, "documents": {}}
    if document_column is None or (config.meta or {}).get("scope") == SCOPE_CORPUS:
        return corpus
    result = r.result or {}
    index_list = result.get("unexpected_index_list")
    if not isinstance(index_list, list) or not index_list or not isinstance(index_list[0], dict):
        return corpus
    if len(index_list) != (result.get("unexpected_count") or 0):
        return corpus
    # GX lists every failing row's index columns but at most 200 unexpected values: every row
    # counts, and a value beyond the list is read from the row when it is one of its columns
    values = list(result.get("unexpected_list") or [])
    column = config.kwargs.get("column")
    uniqueness = config.type in UNIQUENESS_EXPECTATIONS
    documents: dict[str, dict[str, Any]] = {}
    owners: dict[str, set[Any]] = {}
    for i, row in enumerate(index_list):
        if i < len(values):
            value = values[i]
        elif uniqueness and column not in row:
            return corpus  # who else holds this id cannot be told: the corpus answers for it
        else:
            value = row.get(column)
        document = _jsonable(row.get(document_column))
        if document is None or document == "":
            return corpus  # a failing row that names no document: nobody but the corpus answers for it
        document = str(document)
        row_id = ", ".join(str(_jsonable(row.get(c))) for c in id_columns) if id_columns else ""
        entry = documents.setdefault(document, {"rows": [], "values": [], "example": _example(value, None)})
        entry["rows"].append(row_id)
        entry["values"].append(_example(value, None))
        owners.setdefault(json.dumps(_jsonable(value), sort_keys=True, default=str), set()).add(document)
    if uniqueness and any(len(docs) > 1 for docs in owners.values()):
        return corpus  # the same id in two documents: ids must be unique across the corpus
    return {"scope": SCOPE_DOCUMENT, "documents": documents}


def _describe_failure(r: Any, id_columns: list[str]) -> dict[str, Any]:
    config = r.expectation_config
    kwargs = {k: _jsonable(v) for k, v in config.kwargs.items() if k != "batch_id"}
    severity = getattr(config.severity, "value", str(config.severity)).lower()
    result = r.result or {}
    regex = kwargs.get("regex") if isinstance(kwargs.get("regex"), str) else None
    examples = [_example(v, regex) for v in (result.get("partial_unexpected_list") or [])[:MAX_EXAMPLES]]
    index_list = result.get("partial_unexpected_index_list") or []
    if id_columns and index_list and isinstance(index_list[0], dict):
        examples = [
            ", ".join(f"{c}={_example(row.get(c), None)}" for c in id_columns)
            + (f": {examples[i]}" if i < len(examples) else "")
            for i, row in enumerate(index_list[:MAX_EXAMPLES])
        ]
    problem = {
        "expectation_type": config.type,
        "column": kwargs.get("column"),
        "kwargs": kwargs,
        "severity": severity,
        "notes": (config.meta or {}).get("notes"),
        "unexpected_count": _jsonable(result.get("unexpected_count")),
        "examples": examples,
        "observed": _jsonable(result.get("observed_value")),
    }
    if r.exception_info and r.exception_info.get("raised_exception"):
        problem["error"] = str(r.exception_info.get("exception_message"))[:500]
    return problem


def _example(value: Any, regex: str | None) -> Any:
    """A value as people read it: for long text, the part a regex matched, with some context."""
    value = _jsonable(value)
    if not isinstance(value, str):
        return value
    if regex:
        m = re.search(regex, value)
        if m:
            lo, hi = max(0, m.start() - 40), min(len(value), m.end() + 40)
            return ("…" if lo else "") + value[lo:hi] + ("…" if hi < len(value) else "")
    return value if len(value) <= MAX_EXAMPLE_CHARS else value[:MAX_EXAMPLE_CHARS] + "…"


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, int):
        return value
    if isinstance(value, dt.date | dt.datetime | pd.Timestamp):
        return value.isoformat()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):  # numpy scalar
        return _jsonable(value.item())
    return str(value)


_VOLATILE_META = ("batch_markers", "validation_id", "run_id", "validation_time", "checkpoint_id")


def _stable_gx_result(result: dict[str, Any], suite_name: str) -> dict[str, Any]:
    """The GX result without ids and clocks, so the same data gives the same bytes."""
    out: dict[str, Any] = json.loads(json.dumps(_jsonable(result)))  # a GX result is a JSON object
    out["suite_name"] = suite_name
    out["meta"] = {k: v for k, v in (out.get("meta") or {}).items() if k not in _VOLATILE_META}
    for r in out.get("results", []):
        config = r.get("expectation_config") or {}
        config.pop("id", None)
        (config.get("kwargs") or {}).pop("batch_id", None)
        if isinstance(r.get("result"), dict):
            # full lists and index queries can be as long as the table; Data Docs needs the partial ones
            for key in ("unexpected_list", "unexpected_index_list", "unexpected_index_query"):
                r["result"].pop(key, None)
            r["result"] = _shorten(r["result"])
    return out


def _shorten(value: Any) -> Any:
    """Cut long strings (a whole document's text) so reports stay readable."""
    if isinstance(value, str):
        return _example(value, None)
    if isinstance(value, dict):
        return {k: _shorten(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shorten(v) for v in value]
    return value
