"""`make publish-remote TO=<URL>`: the newest verified release under <TO>/<version>/ and <TO>/latest/,
every file read back against SHA256SUMS, harmless when run again, clear errors. S3 is moto's
server on loopback (a library: no system service to install)."""

from __future__ import annotations

import hashlib
import logging
import shutil
from pathlib import Path

import fsspec
import pytest

from pipeline.__main__ import main
from pipeline.publish.release import publish_release
from pipeline.publish.remote import RemotePublishError, publish_remote, release_manifest
from tests.unit.publish.test_integrity import flip_a_byte
from tests.unit.publish.test_release import DAY_ONE, DAY_TWO, tables_with

BUCKET = "open-data"


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer  # here: `make test-fast` runs no test that needs it

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(s3_endpoint, monkeypatch):
    """The standard AWS variables pointing at the loopback server, with a fresh bucket."""
    import s3fs

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": s3_endpoint,
        "AWS_CONFIG_FILE": "/nonexistent",
        "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
        "AWS_EC2_METADATA_DISABLED": "true",
    }.items():
        monkeypatch.setenv(name, value)
    s3fs.S3FileSystem.clear_instance_cache()
    fs = fsspec.filesystem("s3")
    if fs.exists(BUCKET):
        fs.rm(BUCKET, recursive=True)
    fs.mkdir(BUCKET)
    yield fs
    s3fs.S3FileSystem.clear_instance_cache()


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory):
    out = tmp_path_factory.mktemp("published") / "outputs"
    publish_release(tables_with(["One"]), outputs_dir=out, now=DAY_ONE)
    publish_release(tables_with(["One", "Two"]), outputs_dir=out, now=DAY_TWO)
    return out


@pytest.fixture
def outputs(two_releases, tmp_path):
    """Releases 1.0.0 and 1.1.0, published once for the module; each test has its own copy."""
    return Path(shutil.copytree(two_releases, tmp_path / "outputs", symlinks=True))


def remote_tree(fs, prefix: str) -> dict[str, str]:
    return {
        path[len(prefix) + 1 :]: hashlib.sha256(fs.cat_file(path)).hexdigest()
        for path in sorted(fs.find(prefix))
    }


# moto's S3 server on loopback is a service (make test-fast leaves it out); CI runs it
@pytest.mark.service
def test_every_file_of_the_newest_release_lands_under_its_version_and_latest_on_s3(s3, outputs):
    result = publish_remote(outputs, f"s3://{BUCKET}/uk-france")
    manifest = release_manifest(outputs / "releases" / "1.1.0")
    assert result.version == "1.1.0" and result.verified == 2 * len(manifest)
    assert "SHA256SUMS" in manifest and "uk-france-migration-agreements-1.1.0.zip" in manifest
    assert remote_tree(s3, f"{BUCKET}/uk-france/1.1.0") == manifest
    assert remote_tree(s3, f"{BUCKET}/uk-france/latest") == manifest
    assert result.uploaded[-1].endswith("latest/SHA256SUMS"), "latest/'s sums are written last"

    again = publish_remote(outputs, f"s3://{BUCKET}/uk-france")
    assert again.uploaded == [] and again.removed == [] and len(again.unchanged) == 2 * len(manifest)


# moto's S3 server on loopback is a service (make test-fast leaves it out); CI runs it
@pytest.mark.service
def test_latest_loses_the_files_of_the_release_it_held_before(s3, outputs):
    publish_remote(outputs, f"s3://{BUCKET}/data", version="1.0.0")
    result = publish_remote(outputs, f"s3://{BUCKET}/data")
    assert f"{BUCKET}/data/latest/uk-france-migration-agreements-1.0.0.zip" in result.removed
    assert remote_tree(s3, f"{BUCKET}/data/latest") == release_manifest(outputs / "releases" / "1.1.0")
    assert remote_tree(s3, f"{BUCKET}/data/1.0.0") == release_manifest(outputs / "releases" / "1.0.0")


def test_a_file_url_target_gets_the_same_and_a_damaged_copy_is_repaired(outputs, tmp_path):
    target = tmp_path / "public"
    publish_remote(outputs, f"file://{target}")
    manifest = release_manifest(outputs / "releases" / "1.1.0")
    local = fsspec.filesystem("file")
    assert remote_tree(local, str(target / "latest")) == manifest == remote_tree(local, str(target / "1.1.0"))
    (target / "latest" / "documents.csv").write_text("tampered\n", encoding="utf-8")
    repaired = publish_remote(outputs, f"file://{target}")
    assert repaired.uploaded == [f"{target}/latest/documents.csv"]
    assert remote_tree(local, str(target / "latest")) == manifest


def test_only_a_verified_release_is_published(outputs, tmp_path):
    flip_a_byte(outputs / "releases" / "1.1.0")
    result = publish_remote(outputs, f"file://{tmp_path / 'public'}")
    assert result.version == "1.0.0", "the newest release that verifies"
    with pytest.raises(RemotePublishError, match=r"release 1\.1\.0 cannot be published: documents\.csv"):
        publish_remote(outputs, f"file://{tmp_path / 'public'}", version="1.1.0")


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("bucket/path", "is not a URL: give one with its scheme"),
        ("nosuch://bucket/path", "Protocol not known: nosuch"),
    ],
)
def test_a_bad_url_fails_clearly(outputs, url, said):
    with pytest.raises(RemotePublishError, match=said):
        publish_remote(outputs, url)


# moto's S3 server on loopback is a service (make test-fast leaves it out); CI runs it
@pytest.mark.service
def test_missing_credentials_or_bucket_fail_clearly(s3, outputs, monkeypatch):
    import s3fs

    with pytest.raises(RemotePublishError, match="does the bucket or folder exist"):
        publish_remote(outputs, "s3://no-such-bucket/x")
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    s3fs.S3FileSystem.clear_instance_cache()
    with pytest.raises(RemotePublishError, match=r"no credentials.*AWS_ACCESS_KEY_ID"):
        publish_remote(outputs, f"s3://{BUCKET}/x")


def test_the_command_line_says_what_it_did_or_why_not(outputs, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PIPELINE_OUTPUTS_DIR", str(outputs))
    assert main(["publish-remote", "--to", f"file://{tmp_path / 'public'}"]) == 0
    out = capsys.readouterr().out
    assert "release 1.1.0 ->" in out and "read back and verified against SHA256SUMS" in out
    assert main(["publish-remote", "--to", "nowhere"]) == 1
    assert "publish-remote: TO='nowhere' is not a URL" in capsys.readouterr().err
