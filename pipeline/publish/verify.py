"""Releases that verify: the last gate before a staged release is renamed into place (the files
say what the tables say), and the check of a published release against its SHA256SUMS before it
is reused, compared against or copied into latest/."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any

import pyarrow.parquet as pq

from pipeline.contract import TABLES, Table
from pipeline.publish.diff import parse_version, version_sort_key
from pipeline.publish.layout import CHECKSUMS
from pipeline.publish.package import sha256_file
from pipeline.publish.tables import FORMULA_PREFIXES, csv_bytes, read_csv_cells, read_parquet_frame

SHA256_HEX = re.compile(r"[0-9a-f]{64}")


class ReleaseVerificationError(RuntimeError):
    """A staged release failed verification; nothing was published."""


def problems_in_table(directory: Path, table: Table) -> list[str]:
    parquet_path = directory / f"{table.name}.parquet"
    csv_path = directory / f"{table.name}.csv"
    missing = [p.name for p in (parquet_path, csv_path) if not p.exists()]
    if missing:
        return [f"{table.name}: missing {', '.join(missing)}"]
    problems = []
    header, rows = read_csv_cells(csv_path)
    if header != table.column_names:
        problems.append(f"{csv_path.name}: header {header} is not the contract's {table.column_names}")
    n_parquet = pq.read_metadata(parquet_path).num_rows
    if len(rows) != n_parquet:
        problems.append(f"{table.name}: CSV has {len(rows)} rows, Parquet {n_parquet}")
    elif csv_bytes(read_parquet_frame(parquet_path, table), table) != csv_path.read_bytes():
        problems.append(f"{table.name}: CSV and Parquet do not hold the same rows")
    text_columns = [i for i, c in enumerate(table.columns) if c.type == "string" and i < len(header)]
    for number, row in enumerate(rows, start=1):
        for i in text_columns:
            if i < len(row) and row[i].startswith(FORMULA_PREFIXES):
                problems.append(
                    f"{csv_path.name} row {number}, column {header[i]}: cell starts like a formula "
                    f"({row[i][:20]!r})"
                )
    return problems


def verify_staged_release(directory: Path) -> None:
    """Raise ReleaseVerificationError naming every problem; return quietly when the release is sound."""
    problems = [p for table in TABLES.values() for p in problems_in_table(directory, table)]
    if problems:
        listed = "\n  - ".join(problems)
        raise ReleaseVerificationError(
            f"staged release {directory} failed verification; nothing was published:\n  - {listed}"
        )


# --- a published release, before it is reused or compared against ---------------------------


def checksum_lines(text: str) -> tuple[dict[str, str], list[str]]:
    """{relative path: sha256} from `sha256sum` lines, and the lines that are not such a line."""
    listed: dict[str, str] = {}
    bad = []
    for number, line in enumerate(text.splitlines(), start=1):
        digest, sep, name = line.partition("  ")
        rel = PurePosixPath(name)
        if not sep or not SHA256_HEX.fullmatch(digest) or rel.is_absolute() or ".." in rel.parts or not name:
            bad.append(f"SHA256SUMS line {number} is not `<sha256>  <relative path>`")
        else:
            listed[name] = digest
    return listed, bad


def _zip_problems(directory: Path, archive: Path, files: dict[str, Path]) -> list[str]:
    """The zip holds exactly the listed files (size and CRC-32 of each, under one folder)."""
    if not archive.is_file():
        return [f"missing {archive.name}"]
    try:
        with zipfile.ZipFile(archive) as zf:
            members = {i.filename.split("/", 1)[-1]: i for i in zf.infolist() if not i.is_dir()}
    except (zipfile.BadZipFile, OSError) as exc:
        return [f"{archive.name} is not a readable zip ({exc})"]
    expected = {*files, CHECKSUMS}
    problems = [f"{archive.name} lacks {n}" for n in sorted(expected - set(members))]
    problems += [f"{archive.name} holds unlisted {n}" for n in sorted(set(members) - expected)]
    for name in sorted(expected & set(members)):
        data = (directory / name).read_bytes()
        if members[name].file_size != len(data) or zlib.crc32(data) != members[name].CRC:
            problems.append(f"{archive.name}: {name} differs from the release's file")
    return problems


def release_problems(directory: Path) -> list[str]:
    """Why a published release (outputs/releases/<v> or latest/) cannot be trusted: every file
    checked against its SHA256SUMS, nothing missing or added, the zip holding the same files.
    An empty list means the release verifies."""
    if not directory.is_dir():
        return [f"{directory.name} is not a folder"]
    sums = directory / CHECKSUMS
    if not sums.is_file():
        return [f"no {CHECKSUMS} (incomplete or not a release)"]
    try:
        listed, problems = checksum_lines(sums.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return [f"{CHECKSUMS} unreadable ({exc})"]
    present = {
        p.relative_to(directory).as_posix(): p
        for p in sorted(directory.rglob("*"))
        if p.is_file() or p.is_symlink()
    }
    archives = [n for n in present if "/" not in n and n.endswith(".zip") and n not in listed]
    for name, digest in sorted(listed.items()):
        path = present.get(name)
        if path is None:
            problems.append(f"missing {name}")
        elif path.is_symlink():
            problems.append(f"{name} is a symbolic link")
        elif sha256_file(path) != digest:
            problems.append(f"{name} does not match its SHA-256 (changed after publication)")
    unlisted = sorted(set(present) - set(listed) - {CHECKSUMS, *archives})
    problems += [f"unlisted file {n} (added after publication)" for n in unlisted]
    if len(archives) != 1:
        problems.append(f"expected one release zip, found {len(archives)}")
    elif not problems:
        problems += _zip_problems(directory, directory / archives[0], {n: present[n] for n in listed})
    return problems


# --- which published releases can be trusted --------------------------------------------------

_VERIFIED: dict[
    str, tuple[tuple[Any, ...], list[str]]
] = {}  # folder -> (what its files were, their problems)


def _tree_status(directory: Path) -> tuple[Any, ...]:
    """Every entry of a folder with its size, times and inode: a file written since changes its
    change time, which no tool sets back."""
    entries = []
    for path in sorted(directory.rglob("*")):
        st = path.lstat()
        rel = path.relative_to(directory).as_posix()
        entries.append((rel, st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return tuple(entries)


def published_release_problems(directory: Path) -> list[str]:
    """``release_problems`` of a published release, hashed again only when one of its files
    changed since this process last verified it (the page is rendered twice a run)."""
    if not directory.is_dir() or directory.is_symlink():
        return release_problems(directory)
    status = _tree_status(directory)
    key = str(directory.resolve())
    known = _VERIFIED.get(key)
    if known is not None and known[0] == status:
        return list(known[1])
    problems = release_problems(directory)
    _VERIFIED[key] = (status, problems)
    return list(problems)


def release_versions(releases_dir: Path) -> list[str]:
    """Published versions, newest first (directories whose name is not a version are ignored)."""
    if not releases_dir.is_dir():
        return []
    names = [p.name for p in releases_dir.iterdir() if p.is_dir() and parse_version(p.name)]
    return sorted(names, key=version_sort_key, reverse=True)


def trusted_releases(releases_dir: Path) -> tuple[list[str], dict[str, list[str]]]:
    """(versions that verify against their SHA256SUMS, newest first; {version: problems} of every
    other folder named like a version). Only the first may be shown, compared against, previewed,
    copied into latest/ or read for ids; the others are named wherever releases are listed."""
    trusted: list[str] = []
    untrusted: dict[str, list[str]] = {}
    for version in release_versions(releases_dir):
        problems = published_release_problems(releases_dir / version)
        if problems:
            untrusted[version] = problems
        else:
            trusted.append(version)
    return trusted, untrusted
