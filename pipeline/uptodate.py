"""`make data` with nothing changed does nothing, as `make` does: no run, no work.

A run that ends well records a stamp in the cache (``last_run.json``, data only): the fingerprint
of everything that decides its outputs (every byte under raw/, the package's code and
vocabularies, the expectation suites, the locked library versions, the ``PIPELINE_*`` settings)
and the SHA-256 of every file it left in outputs/ (the latest release, the download page, the
status files). The next `make data` hashes the same things first: when the fingerprint is the
same and every recorded file still has its recorded bytes, the outputs are exactly what a run
would write again, so it says so and stops. Anything else (a raw byte, a rule, a setting, a
tampered or missing output, a stamp that does not parse) runs the job. ``--force`` always runs.

A file's SHA-256 is reused from the last check when its status is what it was then (size,
modification and change times, inode), as git's index does: writing a file changes its change
time, which no tool can set back, so only a file with the same status holds the same bytes. A file
changed within a second of being looked at ("racy", in git's word) is hashed again next time.

Standard library only: the check costs a look at the inputs and outputs, not an import of Dagster.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.settings import PROJECT_ROOT, ProjectPaths

STAMP_NAME = "last_run.json"
HASHES_NAME = "file_hashes.json"
HASHES_FORMAT = 2
RACY_NS = 1_000_000_000  # a file changed this close to being looked at is hashed again next time
# A check that hashed less than this keeps the last record: hashing a few small files again next
# time costs less than rewriting the record of every file (10,000 raw texts: 2 MB of JSON).
SAVE_AFTER_BYTES = 8 * 1024 * 1024
STAMP_FORMAT = 1
PACKAGE_DIR = Path(__file__).resolve().parent
LOCK_FILE = PROJECT_ROOT / "requirements.lock"
SETTINGS_PREFIX = "PIPELINE_"
SKIPPED_DIRS = frozenset({"__pycache__"})


def _hash_file(path: str | os.PathLike[str]) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def file_status(st: os.stat_result) -> list[int]:
    """What tells one version of a file from another without reading it, as git's index does:
    size, modification and change times, inode and device."""
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


class FileHashes:
    """SHA-256 of files, reused from the last look when a file's status is unchanged since then;
    the cache file holds data only (path -> status, digest, when looked at) and any entry that does
    not parse is hashed again."""

    def __init__(self, cache_file: Path | None = None) -> None:
        self.cache_file = cache_file
        # path -> [size, mtime_ns, ctime_ns, inode, device, sha256, looked at (ns)], as JSON data;
        # an entry is checked where it is used, and one of any other shape is hashed again
        self.known: dict[str, object] = self._load(cache_file) if cache_file else {}
        self.seen: dict[str, list[Any]] = {}
        self.hashed = 0  # files read and hashed this time
        self.hashed_bytes = 0

    @classmethod
    def for_paths(cls, paths: ProjectPaths) -> FileHashes:
        return cls(paths.cache_dir / HASHES_NAME)

    @staticmethod
    def _load(cache_file: Path) -> dict[str, object]:
        try:
            data = json.loads(cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != HASHES_FORMAT:
            return {}
        entries = data.get("files")
        return entries if isinstance(entries, dict) else {}

    def sha256(self, path: str | os.PathLike[str], st: os.stat_result) -> str:
        """The file's SHA-256 (``st``: its lstat, just taken)."""
        status = file_status(st)
        key = os.fspath(path)
        looked = time.time_ns()  # each file's own: a run's outputs are looked at after they are written
        last = self.known.get(key)
        if (
            type(last) is list
            and len(last) == len(status) + 2
            and last[: len(status)] == status
            and type(last[-2]) is str
            and type(last[-1]) is int
            and max(st.st_mtime_ns, st.st_ctime_ns) < last[-1] - RACY_NS
        ):
            digest = last[-2]
        else:
            digest = _hash_file(path)
            self.hashed += 1
            self.hashed_bytes += st.st_size
        self.seen[key] = [*status, digest, looked]
        return digest

    def save(self) -> None:
        """Keep what was seen this time (atomically; a lost write only means hashing again)."""
        if self.cache_file is None:
            return
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"format": HASHES_FORMAT, "files": self.seen}), encoding="utf-8")
        tmp.replace(self.cache_file)


def _tree_entries(root: Path, hashes: FileHashes) -> list[tuple[str, str]]:
    """(relative path, what it holds) for everything under ``root``, in name order, symbolic links
    not followed: a file's SHA-256, a link's target, anything else its kind."""
    if not root.is_dir():
        return [("", "absent")]
    entries: list[tuple[str, str]] = []
    folders = [(os.fspath(root), "")]
    while folders:
        folder, prefix = folders.pop()
        with os.scandir(folder) as listing:
            items = sorted(listing, key=lambda e: e.name)
        below = []
        for item in items:
            rel = prefix + item.name
            if item.is_symlink():
                entries.append((rel, "link:" + os.readlink(item.path)))
            elif item.is_dir(follow_symlinks=False):
                if item.name not in SKIPPED_DIRS:
                    below.append((item.path, rel + "/"))
            elif item.is_file(follow_symlinks=False):
                entries.append((rel, hashes.sha256(item.path, item.stat(follow_symlinks=False))))
            else:
                entries.append((rel, "other"))
        folders.extend(reversed(below))  # depth first, in name order
    return entries


def inputs_fingerprint(
    paths: ProjectPaths, environ: dict[str, str] | None = None, hashes: FileHashes | None = None
) -> str:
    """SHA-256 of everything that decides a run's outputs."""
    environ = dict(os.environ if environ is None else environ)
    hashes = hashes or FileHashes()
    h = hashlib.sha256(f"stamp {STAMP_FORMAT}\n".encode())
    parts = {
        "raw": paths.raw_dir,
        "code": PACKAGE_DIR,
        "expectations": paths.expectations_dir,
    }
    for label, root in parts.items():
        lines = "".join(f"{label}\0{rel}\0{held}\n" for rel, held in _tree_entries(root, hashes))
        h.update(lines.encode("utf-8", "surrogateescape"))
    lock = _hash_file(LOCK_FILE) if LOCK_FILE.is_file() else "absent"
    h.update(f"lock\0{lock}\n".encode())
    for key in sorted(k for k in environ if k.startswith(SETTINGS_PREFIX)):
        h.update(f"env\0{key}\0{environ[key]}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _stat_entries(root: Path) -> list[tuple[str, str]]:
    """(relative path, size and modification time) for every file under ``root``."""
    entries = []
    for path in sorted(root.rglob("*")) if root.is_dir() else []:
        if path.is_file() or path.is_symlink():
            st = path.lstat()
            entries.append((path.relative_to(root).as_posix(), f"{st.st_size}:{st.st_mtime_ns}"))
    return entries


def written_files(outputs_dir: Path, hashes: FileHashes | None = None) -> dict[str, str]:
    """{path under outputs/: what it holds} of what a run leaves there: the SHA-256 of the latest
    release, the status files and the download page; the size and time of every file of the
    older releases (a run verifies those against their checksums before it reads one)."""
    hashes = hashes or FileHashes()
    files = {}
    for sub in ("latest", "status"):
        for rel, held in _tree_entries(outputs_dir / sub, hashes):
            files[f"{sub}/{rel}" if rel else sub] = held
    for rel, held in _stat_entries(outputs_dir / "releases"):
        files[f"releases/{rel}"] = held
    page = outputs_dir / "index.html"
    files["index.html"] = hashes.sha256(page, page.lstat()) if page.is_file() else "absent"
    return files


@dataclass(frozen=True)
class Stamp:
    """What the last good run recorded: its run id, release, rows and fingerprints."""

    fingerprint: str
    files: dict[str, str]
    run_id: str
    version: str
    rows: dict[str, int]


def stamp_path(paths: ProjectPaths) -> Path:
    return paths.cache_dir / STAMP_NAME


def read_stamp(paths: ProjectPaths) -> Stamp | None:
    """The recorded stamp, or None when there is none or it is not one (then the job runs)."""
    try:
        data = json.loads(stamp_path(paths).read_text(encoding="utf-8"))
        if data.get("format") != STAMP_FORMAT:
            return None
        stamp = Stamp(
            fingerprint=str(data["fingerprint"]),
            files={str(k): str(v) for k, v in dict(data["files"]).items()},
            run_id=str(data["run_id"]),
            version=str(data["version"]),
            rows={str(k): int(v) for k, v in dict(data["rows"]).items()},
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return stamp


def write_stamp(
    paths: ProjectPaths,
    fingerprint: str,
    run_id: str,
    version: str,
    rows: dict[str, int],
    hashes: FileHashes | None = None,
) -> None:
    """Record a good run (atomically: a half-written stamp would only make the next run run)."""
    hashes = hashes or FileHashes.for_paths(paths)
    data = {
        "format": STAMP_FORMAT,
        "fingerprint": fingerprint,
        "run_id": run_id,
        "version": version,
        "rows": rows,
        "files": written_files(paths.outputs_dir, hashes),
    }
    hashes.save()
    target = stamp_path(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    tmp.replace(target)


def up_to_date(paths: ProjectPaths, fingerprint: str, hashes: FileHashes | None = None) -> Stamp | None:
    """The last good run's stamp when nothing has changed since it: same inputs, same outputs.
    What ``hashes`` saw is kept for the next look when so, if it hashed enough to be worth it."""
    stamp = read_stamp(paths)
    if stamp is None or stamp.fingerprint != fingerprint:
        return None
    if written_files(paths.outputs_dir, hashes) != stamp.files:
        return None
    if hashes is not None and hashes.hashed_bytes >= SAVE_AFTER_BYTES:
        hashes.save()
    return stamp
