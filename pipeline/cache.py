"""A content-addressed cache for per-document work, so adding one document recomputes one document.

The stage assets stay unpartitioned (one Dagster step per stage, whatever the corpus size) and call
``DocumentCache.map`` with one ``(key, payload)`` per document. ``key`` is the SHA-256 of exactly the
inputs the result depends on (``content_key``); the stage's ``code_version`` — which folds in a
fingerprint of the code and vocabularies that compute it (``code_fingerprint``) — names the cache's
directory, so a code change never serves a stale result. One JSON file per entry — data that cannot
execute, never a pickle — written atomically (temporary file, then ``os.replace``), so a crashed or
concurrent run never leaves a torn entry. An entry is a header line (format, its own key, the SHA-256 of
the value's bytes) and the value as JSON; it is trusted only when the header matches, the bytes match
the digest, the JSON parses, and the stage's ``validate`` accepts it; anything else counts as
unreadable, is recomputed and rewritten.

Nothing here imports Dagster. Layout: ``<root>/<stage>/<code_version>/<key[:2]>/<key>.json``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar, cast

from pipeline import cluster

P = TypeVar("P")
R = TypeVar("R")

ENTRY_FORMAT = 1
MISS_CHUNK = 1024  # misses prepared and computed together (a Dask cluster gets them in batches)
MAX_ENTRY_BYTES = 256_000_000  # far above any document's result; a bigger file is not ours
_KEY = re.compile(r"[0-9a-f]{64}|[A-Za-z0-9_.-]{1,128}")


def content_key(*parts: str | bytes | int | None) -> str:
    """SHA-256 over the given parts, each length-prefixed so ("ab", "c") and ("a", "bc") differ."""
    h = hashlib.sha256()
    for part in parts:
        data = b"\x00none" if part is None else (part if isinstance(part, bytes) else str(part).encode())
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def _source_files(target: ModuleType | Path) -> list[Path]:
    path = Path(target.__file__) if isinstance(target, ModuleType) else Path(target)  # type: ignore[arg-type]
    if isinstance(target, ModuleType) and path.name == "__init__.py":
        path = path.parent
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in {".py", ".yaml", ".csv"})
    return [path]


# The installed libraries whose versions shape a stage's result: sentence splitting, language
# detection, number words, the tables' types, the literal pre-filter, the baseline's parser,
# the states' names (CLDR through Babel).
RESULT_LIBRARIES = (
    "spacy",
    "py3langid",
    "text2num",
    "pandas",
    "pyarrow",
    "numpy",
    "pyahocorasick",
    "quantulum3",
    "PyYAML",
    "babel",
)


@cache
def library_versions() -> str:
    """The Python version and each result-shaping library's installed version, one line: a
    `make lock` that upgrades spaCy recomputes what spaCy shaped instead of reusing old results."""
    versions = [f"python={'.'.join(map(str, sys.version_info[:3]))}"]
    for name in RESULT_LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=absent")
    return " ".join(versions)


def code_fingerprint(*targets: ModuleType | Path) -> str:
    """A short hash of the source files (modules, packages or vocabulary folders) a stage runs,
    and of the library versions that shape its result (:func:`library_versions`).

    Folded into the cache's code version, so editing a rule or a vocabulary, or upgrading a library,
    invalidates exactly the stages that use it, without anyone remembering to bump a number."""
    h = hashlib.sha256(library_versions().encode() + b"\x00")
    root = Path(__file__).resolve().parent
    for target in targets:
        for path in _source_files(target):
            try:
                name = path.resolve().relative_to(root).as_posix()
            except ValueError:
                name = path.name
            h.update(name.encode() + b"\x00" + path.read_bytes() + b"\x00")
    return h.hexdigest()[:12]


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    unreadable: int = 0

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 1.0


class DocumentCache:
    """Reuse per-document results by content key and code version; compute only the misses."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.stats: dict[str, CacheStats] = {}

    def _entry(self, stage: str, code_version: str, key: str) -> Path:
        for part in (stage, code_version, key):
            if not _KEY.fullmatch(part) or part in {".", ".."}:
                raise ValueError(f"not a cache name: {part!r}")
        return self.root / stage / code_version / key[:2] / f"{key}.json"

    def map(
        self,
        stage: str,
        code_version: str,
        items: Iterable[tuple[str, P]],
        fn: Callable[[Any], R],
        validate: Callable[[object], bool] | None = None,
        prepare: Callable[[list[P]], list[Any]] | None = None,
        keep: Callable[[R], bool] | None = None,
    ) -> list[R]:
        """``[fn(payload) for key, payload in items]``, each read from the cache when present.

        Results come back in the order of ``items``. ``fn`` must be pure: its result may depend only
        on the payload and on the code named by ``code_version``, and must be plain JSON data (dicts,
        lists, strings, finite numbers, booleans, None). ``validate`` checks an entry read back
        against the stage's schema; one that fails it is recomputed. ``prepare``, if given, turns
        the payloads of the misses (all at once) into ``fn``'s inputs, so what only a miss needs
        is built only for the misses. ``keep``, if given, says which computed results are written
        (a result it refuses is returned, and computed again next time)."""
        stats = self.stats.setdefault(stage, CacheStats())
        results: list[Any] = []
        misses: list[tuple[int, Path, str, P]] = []
        for key, payload in items:
            entry = self._entry(stage, code_version, key)
            found, value = self._lookup(stats, entry, key, validate)
            if not found:
                misses.append((len(results), entry, key, payload))
            results.append(value)
        # The misses are computed in chunks (here, or on a Dask cluster: pipeline.cluster), so what
        # ``prepare`` builds for them is held for one chunk at a time, never for the whole corpus.
        for start in range(0, len(misses), MISS_CHUNK):
            chunk = misses[start : start + MISS_CHUNK]
            inputs = [payload for *_, payload in chunk]
            computed = cluster.compute(fn, prepare(inputs) if prepare is not None else inputs)
            for (i, entry, key, _), value in zip(chunk, computed, strict=True):
                if keep is None or keep(value):
                    self._write(entry, key, value)
                results[i] = value
        return results

    def remember(
        self,
        stage: str,
        code_version: str,
        key: str,
        compute: Callable[[], R],
        validate: Callable[[object], bool] | None = None,
    ) -> R:
        """One result, read from the cache when present, else computed here (never on a cluster:
        it may run a whole stage) and stored; same rules as :meth:`map` for what may be stored."""
        entry = self._entry(stage, code_version, key)
        found, value = self._lookup(self.stats.setdefault(stage, CacheStats()), entry, key, validate)
        if found:
            return cast(R, value)
        result = compute()
        self._write(entry, key, result)
        return result

    def _lookup(
        self, stats: CacheStats, entry: Path, key: str, validate: Callable[[object], bool] | None
    ) -> tuple[bool, object]:
        """(True, value) for an entry that reads back and passes ``validate``, else (False, None);
        counted as a hit, or a miss (and unreadable when a file was there)."""
        found, value = self._read(entry, key)
        if found and (validate is None or _safe_validate(validate, value)):
            stats.hits += 1
            return True, value
        if entry.exists():
            stats.unreadable += 1
        stats.misses += 1
        return False, None

    @staticmethod
    def _read(entry: Path, key: str) -> tuple[bool, object]:
        """(True, value) for an entry that is a regular file holding a header line (format, its own
        key, the SHA-256 of the value's bytes) and the value as JSON data with that digest."""
        try:
            if entry.is_symlink() or not entry.is_file() or entry.stat().st_size > MAX_ENTRY_BYTES:
                return False, None
            head, _, body = entry.read_bytes().partition(b"\n")
            header = json.loads(head.decode("utf-8"))
            if (
                not isinstance(header, dict)
                or header.get("format") != ENTRY_FORMAT
                or header.get("key") != key
                or header.get("sha256") != hashlib.sha256(body).hexdigest()
            ):
                return False, None  # another entry's, an older format's, or altered
            return True, loads_data(body.decode("utf-8"))
        except FileNotFoundError:
            return False, None
        except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, RecursionError):
            return False, None  # torn or foreign entry: recompute and overwrite

    @staticmethod
    def _write(entry: Path, key: str, value: object) -> None:
        try:
            body = json.dumps(
                to_json_data(value), ensure_ascii=False, allow_nan=False, separators=(",", ":")
            ).encode("utf-8")
        except (TypeError, ValueError, RecursionError):
            return  # not plain data: computed again next time rather than stored in a form that runs
        header = {"format": ENTRY_FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}
        data = json.dumps(header).encode("utf-8") + b"\n" + body
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, entry)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self, stage: str, keep_code_version: str) -> int:
        """Delete the stage's entries made by other code versions; returns how many versions went."""
        stage_dir = self.root / stage
        if not stage_dir.is_dir():
            return 0
        old = [d for d in stage_dir.iterdir() if d.is_dir() and d.name != keep_code_version]
        for d in old:
            shutil.rmtree(d, ignore_errors=True)
        return len(old)

    def metadata(self, stage: str) -> dict[str, int | float]:
        """Hit/miss counts for one stage, for an asset's materialisation metadata."""
        s = self.stats.get(stage, CacheStats())
        return {
            "cache_hits": s.hits,
            "cache_misses": s.misses,
            "cache_hit_rate": round(s.hit_rate, 4),
        }


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a finite number")


def _safe_validate(validate: Callable[[object], bool], value: object) -> bool:
    try:
        return bool(validate(value))
    except Exception:  # a validator that trips on a malformed entry has rejected it
        return False


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --- plain data <-> JSON ------------------------------------------------------------------------
# A result is stored as JSON; the few Python values JSON has no word for are written as one-key
# objects naming their type (never code): dates, tuples, non-finite floats, pandas' NA.

TYPE_TAGS = ("__date__", "__datetime__", "__tuple__", "__float__", "__na__")


_PLAIN_TYPES = (str, int, bool, type(None))  # JSON data as they are (exact types, no subclass)


def to_json_data(value: object) -> object:
    """``value`` as JSON data; TypeError for anything that is not plain data."""
    kind = type(value)
    if kind in _PLAIN_TYPES:  # the common cases first, by exact type
        return value
    if type(value) is list:  # (`type(value) is`, not `kind is`: mypy narrows on the former)
        return [v if type(v) in _PLAIN_TYPES else to_json_data(v) for v in value]
    if type(value) is dict:
        tagged = len(value) == 1 and next(iter(value)) in TYPE_TAGS
        if not tagged and all(type(k) is str for k in value):
            return {k: v if type(v) in _PLAIN_TYPES else to_json_data(v) for k, v in value.items()}
    return _to_json_data(value)


def _to_json_data(value: object) -> object:
    """The general case: subclasses, floats, dates, tuples, numpy scalars, pandas' missing values."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else {"__float__": repr(value)}
    if isinstance(value, dt.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    if isinstance(value, tuple):
        return {"__tuple__": [to_json_data(v) for v in value]}
    if isinstance(value, list):
        return [to_json_data(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value) or (len(value) == 1 and next(iter(value)) in TYPE_TAGS):
            raise TypeError("dict keys must be strings and not a type tag")
        return {k: to_json_data(v) for k, v in value.items()}
    item = getattr(value, "item", None)  # numpy scalars
    if callable(item) and type(value).__module__.startswith("numpy"):
        return to_json_data(item())
    if type(value).__name__ in {"NAType", "NaTType"}:
        return {"__na__": type(value).__name__}
    raise TypeError(f"{type(value).__name__} is not plain data")


def _decode_tagged(obj: dict[str, Any]) -> object:
    """A JSON object as read (its members already decoded): a type tag turned back into its value."""
    if len(obj) == 1:
        ((tag, inner),) = obj.items()
        if tag == "__date__":
            return dt.date.fromisoformat(inner)
        if tag == "__datetime__":
            return dt.datetime.fromisoformat(inner)
        if tag == "__tuple__":
            return tuple(inner)
        if tag == "__float__":
            if inner not in ("nan", "inf", "-inf"):
                raise ValueError(f"not a float: {inner!r}")
            return float(inner)
        if tag == "__na__":
            import pandas as pd

            return pd.NaT if inner == "NaTType" else pd.NA
    return obj


def loads_data(text: str | bytes) -> object:
    """The inverse of :func:`to_json_data`, from the JSON text: the parser turns each tagged object
    back as it reads it (no second walk over the value); NaN and Infinity literals are refused."""
    return json.loads(text, object_hook=_decode_tagged, parse_constant=_refuse_constant)
