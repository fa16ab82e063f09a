"""`make data` with nothing changed does nothing, as `make` does: no run, no work.

A run that ends well records a stamp in the cache (``last_run.json``, data only): the fingerprint
of everything that decides its outputs (every byte under raw/, the package's code and
vocabularies, the expectation suites, the locked library versions, the ``PIPELINE_*`` settings)
and the SHA-256 of every file it left in outputs/ (the latest release, the download page, the
status files). The next `make data` hashes the same things first: when the fingerprint is the
same and every recorded file still has its recorded bytes, the outputs are exactly what a run
would write again, so it says so and stops. Anything else (a raw byte, a rule, a setting, a
tampered or missing output, a stamp that does not parse) runs the job. ``--force`` always runs.

Standard library only: the check costs a hash of the inputs and outputs, not an import of Dagster.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.settings import PROJECT_ROOT, ProjectPaths

STAMP_NAME = "last_run.json"
STAMP_FORMAT = 1
PACKAGE_DIR = Path(__file__).resolve().parent
LOCK_FILE = PROJECT_ROOT / "requirements.lock"
SETTINGS_PREFIX = "PIPELINE_"
SKIPPED_DIRS = frozenset({"__pycache__"})


def _hash_file(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _tree_entries(root: Path) -> list[tuple[str, str]]:
    """(relative path, what it holds) for everything under ``root``, symbolic links not followed:
    a file's SHA-256, a link's target, anything else its kind."""
    entries: list[tuple[str, str]] = []
    if not root.is_dir():
        return [("", "absent")]
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        base = Path(folder)
        for name in sorted(files) + [d for d in dirs if (base / d).is_symlink()]:
            path = base / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                entries.append((rel, "link:" + os.readlink(path)))
            elif path.is_file():
                entries.append((rel, _hash_file(path)))
            else:
                entries.append((rel, "other"))
    return entries


def inputs_fingerprint(paths: ProjectPaths, environ: dict[str, str] | None = None) -> str:
    """SHA-256 of everything that decides a run's outputs."""
    environ = dict(os.environ if environ is None else environ)
    h = hashlib.sha256(f"stamp {STAMP_FORMAT}\n".encode())
    parts = {
        "raw": paths.raw_dir,
        "code": PACKAGE_DIR,
        "expectations": paths.expectations_dir,
    }
    for label, root in parts.items():
        for rel, held in _tree_entries(root):
            h.update(f"{label}\0{rel}\0{held}\n".encode("utf-8", "surrogateescape"))
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


def written_files(outputs_dir: Path) -> dict[str, str]:
    """{path under outputs/: what it holds} of what a run leaves there: the SHA-256 of the latest
    release, the status files and the download page; the size and time of every file of the
    older releases (a run verifies those against their checksums before it reads one)."""
    files = {}
    for sub in ("latest", "status"):
        for rel, held in _tree_entries(outputs_dir / sub):
            files[f"{sub}/{rel}" if rel else sub] = held
    for rel, held in _stat_entries(outputs_dir / "releases"):
        files[f"releases/{rel}"] = held
    page = outputs_dir / "index.html"
    files["index.html"] = _hash_file(page) if page.is_file() else "absent"
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
    paths: ProjectPaths, fingerprint: str, run_id: str, version: str, rows: dict[str, int]
) -> None:
    """Record a good run (atomically: a half-written stamp would only make the next run run)."""
    data = {
        "format": STAMP_FORMAT,
        "fingerprint": fingerprint,
        "run_id": run_id,
        "version": version,
        "rows": rows,
        "files": written_files(paths.outputs_dir),
    }
    target = stamp_path(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    tmp.replace(target)


def up_to_date(paths: ProjectPaths, fingerprint: str) -> Stamp | None:
    """The last good run's stamp when nothing has changed since it: same inputs, same outputs."""
    stamp = read_stamp(paths)
    if stamp is None or stamp.fingerprint != fingerprint:
        return None
    if written_files(paths.outputs_dir) != stamp.files:
        return None
    return stamp
