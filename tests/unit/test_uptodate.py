"""`make data` with nothing changed does nothing; anything changed, or any output touched, runs."""

import json
import os

import pytest

from pipeline.settings import ProjectPaths
from pipeline.uptodate import inputs_fingerprint, read_stamp, stamp_path, up_to_date, write_stamp


@pytest.fixture
def paths(tmp_path):
    p = ProjectPaths(
        raw_dir=tmp_path / "raw",
        outputs_dir=tmp_path / "outputs",
        cache_dir=tmp_path / "cache",
        expectations_dir=tmp_path / "expectations",
    )
    for folder in (p.raw_dir, p.outputs_dir / "latest", p.outputs_dir / "status", p.expectations_dir):
        folder.mkdir(parents=True)
    (p.raw_dir / "a.txt").write_text("France will patrol the coast.", encoding="utf-8")
    (p.expectations_dir / "documents.json").write_text("{}", encoding="utf-8")
    (p.outputs_dir / "latest" / "commitments.csv").write_text("id\n1\n", encoding="utf-8")
    (p.outputs_dir / "index.html").write_text("<html></html>", encoding="utf-8")
    return p


ENV = {"PIPELINE_RAW_DIR": "/x/raw", "HOME": "/root"}


def test_the_fingerprint_follows_every_input(paths):
    first = inputs_fingerprint(paths, ENV)
    assert inputs_fingerprint(paths, ENV) == first
    assert inputs_fingerprint(paths, {**ENV, "HOME": "/elsewhere"}) == first, "only PIPELINE_* settings count"
    seen = {first}

    def changed() -> str:
        now = inputs_fingerprint(paths, ENV)
        assert now not in seen
        seen.add(now)
        return now

    (paths.raw_dir / "a.txt").write_bytes(b"France will patrol the coast!")
    changed()
    (paths.raw_dir / "b.txt").write_bytes(b"")
    changed()
    (paths.raw_dir / "b.txt").rename(paths.raw_dir / "c.txt")
    changed()
    os.symlink("/etc/passwd", paths.raw_dir / "link.txt")
    changed()
    (paths.expectations_dir / "documents.json").write_text('{"expectations": []}', encoding="utf-8")
    changed()
    assert inputs_fingerprint(paths, {**ENV, "PIPELINE_DASK_SCHEDULER": "tcp://h:1"}) not in seen


def test_up_to_date_only_when_inputs_and_outputs_are_as_the_last_good_run_left_them(paths):
    fingerprint = inputs_fingerprint(paths, ENV)
    assert up_to_date(paths, fingerprint) is None, "no stamp: the job runs"
    write_stamp(paths, fingerprint, "run-1", "1.0.0", {"documents": 1, "commitments": 1})
    stamp = up_to_date(paths, fingerprint)
    assert stamp is not None and (stamp.run_id, stamp.version) == ("run-1", "1.0.0")
    assert list(stamp.rows) == ["documents", "commitments"]
    assert up_to_date(paths, "0" * 64) is None, "inputs changed"

    published = paths.outputs_dir / "latest" / "commitments.csv"
    published.write_text("id\n2\n", encoding="utf-8")
    assert up_to_date(paths, fingerprint) is None, "a published file no longer holds what the run wrote"
    published.write_text("id\n1\n", encoding="utf-8")
    assert up_to_date(paths, fingerprint) is not None
    (paths.outputs_dir / "index.html").unlink()
    assert up_to_date(paths, fingerprint) is None, "the download page is gone"


@pytest.mark.parametrize(
    "stamp",
    ["", "not json", "[]", json.dumps({"format": 99}), json.dumps({"format": 1, "fingerprint": "x"})],
)
def test_a_stamp_that_is_not_one_makes_the_job_run(paths, stamp):
    stamp_path(paths).parent.mkdir(parents=True, exist_ok=True)
    stamp_path(paths).write_text(stamp, encoding="utf-8")
    assert read_stamp(paths) is None
    assert up_to_date(paths, inputs_fingerprint(paths, ENV)) is None


def test_an_older_release_touched_makes_the_job_run(paths):
    old = paths.outputs_dir / "releases" / "1.0.0" / "commitments.csv"
    old.parent.mkdir(parents=True)
    old.write_text("id\n1\n", encoding="utf-8")
    fingerprint = inputs_fingerprint(paths, ENV)
    write_stamp(paths, fingerprint, "run-1", "1.0.0", {})
    assert up_to_date(paths, fingerprint) is not None
    old.write_text("id\n9\n", encoding="utf-8")
    assert up_to_date(paths, fingerprint) is None


def _look(paths, environ=ENV):
    from pipeline.uptodate import FileHashes

    hashes = FileHashes.for_paths(paths)
    fingerprint = inputs_fingerprint(paths, environ, hashes)
    return hashes, fingerprint


def test_an_unchanged_file_is_not_read_again_and_a_rewritten_one_is(paths, monkeypatch):
    from pipeline import uptodate

    monkeypatch.setattr(uptodate, "RACY_NS", 0)  # no file here is older than the racy second
    first, fingerprint = _look(paths)
    assert first.hashed > 0
    first.save()
    again, same = _look(paths)
    assert (again.hashed, same) == (0, fingerprint), "same status: the recorded digest is used"
    raw = paths.raw_dir / "a.txt"
    before = raw.stat()
    raw.write_text("France will patrol the beach.", encoding="utf-8")  # same size
    os.utime(raw, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the old time set back
    again.save()
    changed, other = _look(paths)
    assert changed.hashed == 1 and other != fingerprint, "the change time gives the edit away"


def test_a_file_looked_at_within_the_racy_second_is_hashed_again(paths, monkeypatch):
    from pipeline import uptodate

    monkeypatch.setattr(uptodate, "PACKAGE_DIR", paths.raw_dir.parent / "no-code")  # only files just written
    first, fingerprint = _look(paths)
    first.save()
    again, same = _look(paths)
    assert same == fingerprint and again.hashed == first.hashed == 2, "not trusted yet"


BAD_RECORDS = {
    "not json": lambda files: "not json",
    "not an object": lambda files: "[]",
    "files not an object": lambda files: json.dumps({"format": 2, "files": []}),
    "another format": lambda files: json.dumps({"format": 1, "files": files}),
    "entries cut short": lambda files: json.dumps(
        {"format": 2, "files": {k: v[:-1] for k, v in files.items()}}
    ),
    "times as text": lambda files: json.dumps(
        {"format": 2, "files": {k: [*map(str, v[:5]), *v[5:]] for k, v in files.items()}}
    ),
    "looked at as a boolean": lambda files: json.dumps(
        {"format": 2, "files": {k: [*v[:-1], True] for k, v in files.items()}}
    ),
}


@pytest.mark.parametrize("bad", sorted(BAD_RECORDS))
def test_a_hash_record_that_does_not_parse_means_hashing_everything(paths, monkeypatch, bad):
    from pipeline import uptodate

    monkeypatch.setattr(uptodate, "RACY_NS", 0)
    first, fingerprint = _look(paths)
    first.save()
    record = paths.cache_dir / uptodate.HASHES_NAME
    record.write_text(BAD_RECORDS[bad](json.loads(record.read_text())["files"]), encoding="utf-8")
    again, same = _look(paths)
    assert same == fingerprint and again.hashed == first.hashed


def test_a_check_that_hashed_little_keeps_the_record_and_one_that_hashed_much_rewrites_it(paths, monkeypatch):
    from pipeline import uptodate

    hashes, fingerprint = _look(paths)
    write_stamp(paths, fingerprint, "run-1", "1.0.0", {}, hashes)
    record = paths.cache_dir / uptodate.HASHES_NAME
    before = record.read_bytes()
    again, same = _look(paths)
    assert up_to_date(paths, same, again) is not None and again.hashed > 0, "just written: hashed again"
    assert record.read_bytes() == before, "a few small files: not worth rewriting the record"
    monkeypatch.setattr(uptodate, "SAVE_AFTER_BYTES", 0)
    third, same = _look(paths)
    assert up_to_date(paths, same, third) is not None
    assert record.read_bytes() != before
