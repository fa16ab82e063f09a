"""`make publish-remote TO=<URL>`: put the newest verified release where people can download it.

    python -m pipeline publish-remote --to s3://bucket/uk-france [--release 1.2.0]

Any fsspec target: `s3://…` (the standard `AWS_*` variables, `AWS_ENDPOINT_URL` for any
S3-compatible store), `gs://…` (with gcsfs), `file:///…`. Every file of `releases/<version>/`
goes under `<TO>/<version>/` and the same under `<TO>/latest/`; files already there with the
right bytes are left alone (a second run uploads nothing), a stale file of an older release in
`latest/` is removed, and every file is read back and checked against the release's SHA256SUMS.
`latest/`'s SHA256SUMS is written last, so a reader never finds sums that claim a file that is
not there yet.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.publish.layout import CHECKSUMS, LATEST_DIR, Outputs
from pipeline.publish.package import sha256_file
from pipeline.publish.verify import checksum_lines, published_release_problems, trusted_releases

CHUNK = 1 << 20
# stores of objects, not folders: nothing to create before writing (and never a bucket by accident)
OBJECT_STORES = {"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "adl", "oss", "r2"}


class RemotePublishError(RuntimeError):
    """Publishing to a remote target failed; the message names the target and what to do."""


@dataclass
class RemoteResult:
    target: str
    version: str
    uploaded: list[str] = field(default_factory=list)  # remote paths written
    unchanged: list[str] = field(default_factory=list)  # remote paths already holding the right bytes
    removed: list[str] = field(default_factory=list)  # stale files removed from latest/
    verified: int = 0  # remote files read back and matched


def open_target(url: str, **storage_options: Any) -> tuple[Any, str]:
    """(fsspec filesystem, root path) for `url`, or a RemotePublishError saying what is wrong."""
    import fsspec

    if "://" not in url:
        raise RemotePublishError(
            f"TO={url!r} is not a URL: give one with its scheme, e.g. s3://bucket/path, gs://bucket/path "
            "or file:///srv/data"
        )
    try:
        fs, root = fsspec.core.url_to_fs(url, **storage_options)
    except ImportError as exc:
        raise RemotePublishError(f"{url}: {exc} (pip install it into .venv)") from exc
    except ValueError as exc:
        raise RemotePublishError(f"{url}: {exc}; fsspec knows s3://, gs://, file://, …") from exc
    return fs, root.rstrip("/")


def _remote_sha256(fs: Any, path: str) -> str | None:
    """SHA-256 of a remote file read back, or None when it is not there."""
    if not fs.isfile(path):
        return None
    digest = hashlib.sha256()
    with fs.open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def release_manifest(release_dir: Path) -> dict[str, str]:
    """{relative path: sha256} of every file of a verified release: its SHA256SUMS lines, and the
    two files those lines leave out (SHA256SUMS itself and the zip), hashed here."""
    listed, _ = checksum_lines((release_dir / CHECKSUMS).read_text(encoding="utf-8"))
    files = {p.relative_to(release_dir).as_posix() for p in release_dir.rglob("*") if p.is_file()}
    return {rel: listed.get(rel) or sha256_file(release_dir / rel) for rel in sorted(files)}


def _upload_tree(
    fs: Any, release_dir: Path, manifest: dict[str, str], prefix: str, result: RemoteResult
) -> None:
    # SHA256SUMS last: until it is replaced, the sums there describe the files there before
    order = sorted(manifest, key=lambda rel: (rel == CHECKSUMS, rel))
    for rel in order:
        remote = f"{prefix}/{rel}"
        if _remote_sha256(fs, remote) == manifest[rel]:
            result.unchanged.append(remote)
            continue
        if not OBJECT_STORES & set(_protocols(fs)):
            fs.makedirs(remote.rsplit("/", 1)[0], exist_ok=True)
        fs.put_file(str(release_dir / rel), remote)
        result.uploaded.append(remote)


def _protocols(fs: Any) -> tuple[str, ...]:
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def _remove_stale(fs: Any, prefix: str, manifest: dict[str, str], result: RemoteResult) -> None:
    """Files under `prefix` that the release does not have (an older release's, in latest/)."""
    if not fs.isdir(prefix):
        return
    for found in sorted(fs.find(prefix)):
        rel = found[len(prefix) + 1 :] if found.startswith(prefix + "/") else None
        if rel is not None and rel not in manifest:
            fs.rm_file(found)
            result.removed.append(found)


def _verify_tree(fs: Any, prefix: str, manifest: dict[str, str]) -> list[str]:
    problems = []
    for rel, digest in manifest.items():
        found = _remote_sha256(fs, f"{prefix}/{rel}")
        if found is None:
            problems.append(f"{prefix}/{rel} is missing")
        elif found != digest:
            problems.append(f"{prefix}/{rel} does not match SHA256SUMS")
    return problems


def choose_release(outputs_dir: Path, version: str | None) -> Path:
    """The release to publish: `version` if given, else the newest; it must verify."""
    outputs = Outputs(Path(outputs_dir))
    trusted, untrusted = trusted_releases(outputs.releases)
    if version is None:
        if not trusted:
            named = f" ({', '.join(untrusted)} fail verification)" if untrusted else ""
            raise RemotePublishError(
                f"no release under {outputs.releases} verifies{named}: run `make data` first"
            )
        return outputs.release(trusted[0])
    if version not in trusted:
        why = "; ".join(untrusted.get(version, ["no such release"])[:3])
        raise RemotePublishError(f"release {version} cannot be published: {why}")
    return outputs.release(version)


def publish_remote(
    outputs_dir: Path, target: str, version: str | None = None, **storage_options: Any
) -> RemoteResult:
    """Copy a verified release to `<target>/<version>/` and `<target>/latest/`, then read every
    file back and check it; see the module docstring. Raises RemotePublishError."""
    release_dir = choose_release(outputs_dir, version)
    problems = published_release_problems(release_dir)
    if problems:  # it verified a moment ago; refuse if it changed since
        raise RemotePublishError(f"release {release_dir.name} does not verify: {'; '.join(problems[:3])}")
    fs, root = open_target(target, **storage_options)
    manifest = release_manifest(release_dir)
    result = RemoteResult(target, release_dir.name)
    prefixes = [f"{root}/{release_dir.name}", f"{root}/{LATEST_DIR}"]
    try:
        for prefix in prefixes:
            _upload_tree(fs, release_dir, manifest, prefix, result)
        _remove_stale(fs, prefixes[1], manifest, result)
        problems = [p for prefix in prefixes for p in _verify_tree(fs, prefix, manifest)]
    except RemotePublishError:
        raise
    except Exception as exc:  # every backend raises its own: name the target and the cause
        raise RemotePublishError(_explain(target, exc)) from exc
    if problems:
        raise RemotePublishError(f"{target}: uploaded, but reading back failed: {'; '.join(problems[:5])}")
    result.verified = len(manifest) * len(prefixes)
    return result


def _explain(target: str, exc: Exception) -> str:
    name = type(exc).__name__
    if name in ("NoCredentialsError", "PartialCredentialsError") or isinstance(exc, PermissionError):
        return (
            f"{target}: no credentials, or access denied ({name}: {exc}). For S3 set AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY (and AWS_ENDPOINT_URL for an S3-compatible store), or AWS_PROFILE"
        )
    if isinstance(exc, FileNotFoundError):
        return f"{target}: not found ({exc}): does the bucket or folder exist?"
    return f"{target}: {name}: {exc}"
