"""Releases that verify: tampered or incomplete releases are named and never reused, latest/ is
restored from a release that verifies, one run publishes at a time, killed and failed runs leave
nothing half-written, and a release is dated when it is made unless SOURCE_DATE_EPOCH (checked)
says otherwise."""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import textwrap
import traceback
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.publish import release as release_module
from pipeline.publish.diff import latest_section
from pipeline.publish.release import (
    LatestNotUpdatedError,
    PublishLockedError,
    ReleaseDateError,
    publish_lock,
    publish_release,
    release_time,
)
from pipeline.publish.verify import release_problems
from tests.unit.publish.test_release import DAY_ONE, DAY_TWO, tables_with

LEFTOVER = (".staging-", ".latest-new-", ".latest-old-")


def tree_hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def first_release(released):
    """``first_release(outputs)``: outputs/ after publishing "One" and "Two" on DAY_ONE (a copy of the
    session's); returns that release's folder."""
    return lambda outputs: released(outputs, ["One", "Two"], DAY_ONE)


def flip_a_byte(release: Path) -> str:
    path = release / "documents.csv"
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x01
    path.write_bytes(bytes(data))
    return "documents.csv does not match its SHA-256"


def edit_readme(release: Path) -> str:
    (release / "README.md").write_text("# Edited\n\n[download](https://example.invalid)\n", encoding="utf-8")
    return "README.md does not match its SHA-256"


def delete_a_file(release: Path) -> str:
    (release / "funding.parquet").unlink()
    return "missing funding.parquet"


def add_a_file(release: Path) -> str:
    (release / "extra.csv").write_text("a,b\n", encoding="utf-8")
    return "unlisted file extra.csv"


def remove_checksums(release: Path) -> str:
    (release / "SHA256SUMS").unlink()
    return "no SHA256SUMS"


def edit_zip(release: Path) -> str:
    archive = next(release.glob("*.zip"))
    archive.write_bytes(archive.read_bytes()[:-40])
    return archive.name


TAMPERING = {
    "byte_changed": flip_a_byte,
    "readme_edited": edit_readme,
    "file_deleted": delete_a_file,
    "file_added": add_a_file,
    "checksums_removed": remove_checksums,
    "zip_cut": edit_zip,
}


def test_a_fresh_release_verifies(tmp_path, first_release):
    assert release_problems(first_release(tmp_path)) == []


@pytest.mark.parametrize("case", list(TAMPERING))
def test_a_tampered_release_is_named_left_as_evidence_and_a_new_release_is_published_from_the_tables(
    tmp_path, case, first_release
):
    release = first_release(tmp_path)
    expected_problem = TAMPERING[case](release)
    evidence = tree_hashes(release)

    result = publish_release(tables_with(["One", "Two"]), outputs_dir=tmp_path, now=DAY_TWO)

    assert list(result.untrusted) == ["1.0.0"]
    assert any(expected_problem in p for p in result.untrusted["1.0.0"]), result.untrusted
    assert tree_hashes(release) == evidence, "the tampered release is left as it was"
    assert (result.version, result.new_release, result.previous) == ("1.0.1", True, None)
    assert release_problems(tmp_path / "releases" / "1.0.1") == []
    assert tree_hashes(tmp_path / "latest") == tree_hashes(tmp_path / "releases" / "1.0.1")
    section = latest_section((tmp_path / "latest" / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert "failed verification" in section and "`1.0.0`" in section
    again = publish_release(tables_with(["One", "Two"]), outputs_dir=tmp_path, now=DAY_TWO)
    assert (again.version, again.new_release) == ("1.0.1", False), "the next run compares with 1.0.1"


@pytest.mark.parametrize("stray", ["2.0.0", "not-a-version"])
def test_an_empty_stray_folder_under_releases_does_not_crash(tmp_path, stray, first_release):
    first_release(tmp_path)
    (tmp_path / "releases" / stray).mkdir()
    result = publish_release(tables_with(["One", "Two", "Three"]), outputs_dir=tmp_path, now=DAY_TWO)
    if stray == "2.0.0":
        assert "2.0.0" in result.untrusted and result.version == "2.1.0"
        assert result.previous == "1.0.0", "compared against the newest release that verifies"
    else:
        assert result.untrusted == {} and result.version == "1.1.0"
    assert (tmp_path / "releases" / stray).is_dir()
    assert tree_hashes(tmp_path / "latest") == tree_hashes(tmp_path / "releases" / result.version)


def test_an_edited_latest_is_named_and_restored_from_the_verified_release(tmp_path, first_release):
    release = first_release(tmp_path)
    (tmp_path / "latest" / "README.md").write_text("# Edited\n", encoding="utf-8")
    (tmp_path / "latest" / "planted.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    result = publish_release(tables_with(["One", "Two"]), outputs_dir=tmp_path, now=DAY_TWO)
    assert not result.new_release
    assert set(result.latest_repaired) == {"README.md differs", "extra planted.html"}
    assert tree_hashes(tmp_path / "latest") == tree_hashes(release)


def test_leftover_staging_folders_of_a_killed_run_are_removed_at_the_start(tmp_path, first_release):
    first_release(tmp_path)
    for name in (".staging-abc", ".latest-new-def", ".latest-old-ghi"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "documents.csv").write_text("half", encoding="utf-8")
    (tmp_path / ".index.html.tmp").write_text("<html", encoding="utf-8")
    result = publish_release(tables_with(["One", "Two"]), outputs_dir=tmp_path, now=DAY_TWO)
    assert result.leftovers_removed == [
        ".index.html.tmp",
        ".latest-new-def",
        ".latest-old-ghi",
        ".staging-abc",
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(LEFTOVER)]


def test_a_second_run_cannot_publish_while_one_holds_the_lock(tmp_path, first_release):
    first_release(tmp_path)
    before = tree_hashes(tmp_path)
    with publish_lock(tmp_path), pytest.raises(PublishLockedError, match="another run is publishing"):
        publish_release(tables_with(["One", "Two", "Three"]), outputs_dir=tmp_path, now=DAY_TWO)
    assert tree_hashes(tmp_path) == before
    assert publish_release(
        tables_with(["One", "Two", "Three"]), outputs_dir=tmp_path, now=DAY_TWO
    ).new_release


def test_a_failed_copy_into_latest_removes_its_partial_copy_and_says_the_release_was_published(
    tmp_path, monkeypatch, first_release
):
    first_release(tmp_path)
    latest_before = tree_hashes(tmp_path / "latest")

    def disk_full(src, dst, **kwargs):
        Path(dst, "documents.csv").write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(release_module.shutil, "copytree", disk_full)
    with pytest.raises(LatestNotUpdatedError, match=r"release 1\.1\.0 was published in .*No space left"):
        publish_release(tables_with(["One", "Two", "Three"]), outputs_dir=tmp_path, now=DAY_TWO)
    monkeypatch.undo()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(LEFTOVER)]
    assert tree_hashes(tmp_path / "latest") == latest_before
    assert release_problems(tmp_path / "releases" / "1.1.0") == []
    recovered = publish_release(tables_with(["One", "Two", "Three"]), outputs_dir=tmp_path, now=DAY_TWO)
    assert (recovered.version, recovered.new_release) == ("1.1.0", False)
    assert tree_hashes(tmp_path / "latest") == tree_hashes(tmp_path / "releases" / "1.1.0")


# Each point patches one step of publishing to SIGKILL the process there.
KILL_POINTS = {
    "while_staging": "release.verify_staged_release = die",
    "after_release_renamed": "release.sync_latest = die",
    "while_copying_latest": "release.shutil.copytree = after(release.shutil.copytree)",
    "between_latest_renames": "os.rename = before_latest_rename(os.rename)",
}
KILLED_RUN = """
import os, signal, sys
from pathlib import Path
from pipeline.publish import release
from tests.unit.publish.test_release import DAY_TWO, tables_with

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

def after(step):
    def run(*args, **kwargs):
        step(*args, **kwargs)
        die()
    return run

def before_latest_rename(step):
    def run(src, dst, *args, **kwargs):
        if Path(dst).name.startswith(".latest-old-"):
            step(src, dst, *args, **kwargs)
            die()
        return step(src, dst, *args, **kwargs)
    return run

{patch}
release.publish_release(tables_with(["One", "Two", "Three"]), outputs_dir=Path(sys.argv[1]), now=DAY_TWO)
"""


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_a_run_killed_while_publishing_is_recovered_by_the_next_run(tmp_path, point, first_release):
    first_release(tmp_path)
    script = textwrap.dedent(KILLED_RUN).replace("{patch}", KILL_POINTS[point])
    # a fork of this process (its imports already made) patches the step and publishes until killed
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        try:
            sys.argv = ["-c", str(tmp_path)]
            exec(compile(script, "<killed-run>", "exec"), {"__name__": "killed_run"})
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"not killed: {status}"

    result = publish_release(tables_with(["One", "Two", "Three"]), outputs_dir=tmp_path, now=DAY_TWO)

    assert result.version == "1.1.0" and result.untrusted == {}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(LEFTOVER)]
    for release in (tmp_path / "releases").iterdir():
        assert release_problems(release) == [], release.name
    assert tree_hashes(tmp_path / "latest") == tree_hashes(tmp_path / "releases" / "1.1.0")
    assert (tmp_path / "index.html").exists()
    settled = tree_hashes(tmp_path)
    publish_release(tables_with(["One", "Two", "Three"]), outputs_dir=tmp_path, now=DAY_TWO)
    assert tree_hashes(tmp_path) == settled


def test_release_time_is_source_date_epoch_else_now(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert release_time() == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    before = datetime.now(UTC)
    stamped = release_time()
    assert before <= stamped <= datetime.now(UTC)  # when it is made, in UTC, not the last commit's date
    assert stamped.tzinfo == UTC


@pytest.mark.parametrize("value", ["-1", "abc", "1.5", "1e9", "\u0661\u0662", "99999999999999999999"])
def test_a_malformed_or_negative_source_date_epoch_is_refused_by_name(monkeypatch, value):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    with pytest.raises(ReleaseDateError, match="SOURCE_DATE_EPOCH"):
        release_time()


def test_a_release_dated_before_the_one_it_follows_is_refused_and_nothing_is_published(
    tmp_path, monkeypatch, first_release
):
    first_release(tmp_path)
    before = tree_hashes(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    with pytest.raises(
        ReleaseDateError, match=r"SOURCE_DATE_EPOCH=0 dates this release 1970-01-01.*before release 1\.0\.0"
    ):
        publish_release(tables_with(["One", "Two", "Three"]), outputs_dir=tmp_path, now=release_time())
    assert tree_hashes(tmp_path) == before
    same_day = publish_release(tables_with(["One", "Two", "Three"]), outputs_dir=tmp_path, now=DAY_ONE)
    assert same_day.version == "1.1.0"  # the same moment as the previous release is allowed
