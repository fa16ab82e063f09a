"""A content-addressed cache for per-document work, so adding one document recomputes one document.

The stage assets stay unpartitioned (one Dagster step per stage, whatever the corpus size) and call
``DocumentCache.map`` with one ``(key, payload)`` per document. ``key`` is the SHA-256 of exactly the
inputs the result depends on (``content_key``); the stage's ``code_version`` — which folds in a
fingerprint of the code and vocabularies that compute it (``code_fingerprint``) — names the cache's
directory, so a code change never serves a stale result. One pickle file per entry, written atomically
(temporary file, then ``os.replace``), so a crashed or concurrent run never leaves a torn entry; an
unreadable entry counts as a miss and is rewritten.

Nothing here imports Dagster. Layout: ``<root>/<stage>/<code_version>/<key[:2]>/<key>.pkl``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TypeVar

P = TypeVar("P")
R = TypeVar("R")

_PICKLE_PROTOCOL = 5


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


def code_fingerprint(*targets: ModuleType | Path) -> str:
    """A short hash of the source files (modules, packages or vocabulary folders) a stage runs.

    Folded into the cache's code version, so editing a rule or a vocabulary invalidates exactly the
    stages that use it, without anyone remembering to bump a number."""
    h = hashlib.sha256()
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
        return self.root / stage / code_version / key[:2] / f"{key}.pkl"

    def map(
        self,
        stage: str,
        code_version: str,
        items: Iterable[tuple[str, P]],
        fn: Callable[[P], R],
    ) -> list[R]:
        """``[fn(payload) for key, payload in items]``, each read from the cache when present.

        Results come back in the order of ``items``. ``fn`` must be pure: its result may depend only
        on the payload and on the code named by ``code_version``."""
        stats = self.stats.setdefault(stage, CacheStats())
        results: list[R] = []
        for key, payload in items:
            entry = self._entry(stage, code_version, key)
            found, value = self._read(entry)
            if found:
                stats.hits += 1
                results.append(value)
                continue
            if entry.exists():
                stats.unreadable += 1
            stats.misses += 1
            value = fn(payload)
            self._write(entry, value)
            results.append(value)
        return results

    @staticmethod
    def _read(entry: Path) -> tuple[bool, object]:
        try:
            with entry.open("rb") as fh:
                return True, pickle.load(fh)
        except FileNotFoundError:
            return False, None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return False, None  # torn or stale entry: recompute and overwrite

    @staticmethod
    def _write(entry: Path, value: object) -> None:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".pkl")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=_PICKLE_PROTOCOL)
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
