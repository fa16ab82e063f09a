"""`make data` again with nothing changed runs nothing and says so; a touched output or input runs,
and a run of the graph on unchanged input changes no published byte.

The first run starts with the cache of the shared run of the seeds: what is checked is whether a run
happens and what it says, not how the per-document work is done."""

import shutil

import pytest

from tests.conftest import RAW, tree_hashes
from tests.e2e.test_quarantine import run_cli


@pytest.mark.slow
def test_make_data_again_does_nothing_until_an_input_or_an_output_changes(seed_run, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    seed_run.copy_to(tmp_path, ("cache",))
    first = run_cli(tmp_path, raw)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "published release 1.0.0" in first.stdout
    published = tree_hashes(tmp_path / "outputs")

    again = run_cli(tmp_path, raw)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "nothing changed since run" in again.stdout and "latest release is 1.0.0" in again.stdout
    assert "rows: documents 5, commitments" in again.stdout
    assert "published release" not in again.stdout
    assert tree_hashes(tmp_path / "outputs") == published

    tampered = tmp_path / "outputs" / "latest" / "commitments.csv"
    tampered.write_text("commitment_id\nforged\n", encoding="utf-8")
    repaired = run_cli(tmp_path, raw)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "nothing changed" not in repaired.stdout
    assert "latest/ was not a copy of release 1.0.0" in repaired.stdout
    # the graph ran again on unchanged input: latest/ is restored and no other byte changed
    assert tree_hashes(tmp_path / "outputs") == published

    (raw / "added.txt").write_text("Joint statement\n\n1 March 2024\n\nFrance will patrol the coast.\n")
    added = run_cli(tmp_path, raw)
    assert added.returncode == 0, added.stdout + added.stderr
    assert "published release 1.1.0" in added.stdout
