"""Unattended: `dagster-daemon` with the raw/ sensor publishes a new document without anyone
launching a run, recomputes only that document's per-document work, and drops a removed one.

Everything is temporary (DAGSTER_HOME, raw/, outputs/, cache/); every wait has a deadline; the daemon
is stopped in a ``finally``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import RAW, REPO, SMALL_GOLD, dagster_process

DAEMON = Path(sys.executable).with_name("dagster-daemon")
RUN_DEADLINE = 180  # seconds for the sensor to notice a change and the run to finish

pytestmark = [pytest.mark.service, pytest.mark.slow]

NEW_DOCUMENT = """Joint Statement on Maritime Cooperation in the Channel

London, 14 March 2024

The Home Secretary of the United Kingdom and the Minister of the Interior of France met in London.

The United Kingdom will provide €5 million to strengthen surveillance at the ports of Calais and Dunkirk.

Both countries will establish a joint coordination centre by December 2024.
"""


def wait_for_run(instance, done: set[str], deadline: float, daemon: subprocess.Popen, log: Path):
    """The first run not in ``done`` once it has finished; fails with the daemon's log on timeout."""
    from dagster import DagsterRunStatus, RunsFilter

    finished = {DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED}
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            pytest.fail(f"dagster-daemon exited ({daemon.returncode}): {log.read_text()[-3000:]}")
        for run in instance.get_runs(filters=RunsFilter(job_name="publish_job")):
            if run.run_id not in done and run.status in finished:
                return run
        time.sleep(1)
    pytest.fail(f"no run finished within {RUN_DEADLINE}s; daemon log: {log.read_text()[-3000:]}")


def published_shas(outputs: Path) -> set[str]:
    return set(pd.read_parquet(outputs / "latest" / "documents.parquet", columns=["sha256"])["sha256"])


def cache_counts(instance, run_id: str, asset: str, prefix: str = "") -> tuple[int, int]:
    from dagster import AssetKey

    (record,) = instance.fetch_materializations(AssetKey(asset), limit=1).records
    assert record.run_id == run_id
    meta = record.asset_materialization.metadata
    return meta[f"{prefix}cache_hits"].value, meta[f"{prefix}cache_misses"].value


def test_daemon_publishes_added_and_drops_removed_documents(seed_run, tmp_path: Path) -> None:
    from dagster import DagsterInstance, DagsterRunStatus

    if not DAEMON.exists():
        pytest.fail(f"{DAEMON} is missing: the dagster package is not installed in this environment")
    home, raw, outputs = tmp_path / "dagster_home", tmp_path / "raw", tmp_path / "outputs"
    home.mkdir()
    shutil.copy(REPO / "deploy" / "dagster.yaml", home / "dagster.yaml")
    shutil.copytree(RAW, raw)
    # The seeds' per-document work as the first run would cache it (a copy of the shared run's
    # cache): every run is a fresh process, and what is checked is which runs start and what they
    # publish; the counts below are of the runs after the first, which cached the same entries.
    seed_run.copy_to(tmp_path, ("cache",))
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "PIPELINE_RAW_DIR": str(raw),
        "PIPELINE_OUTPUTS_DIR": str(outputs),
        "PIPELINE_CACHE_DIR": str(tmp_path / "cache"),
        "PIPELINE_GOLD_DIR": str(SMALL_GOLD),
    }
    # Create the instance's SQLite databases here first: the daemon's processes racing to create
    # them on a fresh DAGSTER_HOME can trip alembic's revision check.
    with DagsterInstance.from_config(str(home)) as instance:
        instance.get_runs(limit=1)
        instance.all_instigator_state()
    log = tmp_path / "daemon.log"
    with (
        dagster_process([str(DAEMON), "run", "-m", "pipeline.definitions"], env, log) as daemon,
        DagsterInstance.from_config(str(home)) as instance,
    ):
        # 1. The sensor's first tick sees every file as added: the initial release.
        first = wait_for_run(instance, set(), time.monotonic() + RUN_DEADLINE, daemon, log)
        assert first.status == DagsterRunStatus.SUCCESS, log.read_text()[-3000:]
        assert first.tags["trigger"] == "raw_sensor"
        seeds = published_shas(outputs)
        assert len(seeds) == len(list(raw.glob("*.txt")))

        # 2. A new document: one run, named in its tags, only that document normalised/segmented.
        new = raw / "2024-03-14_joint-statement-maritime-cooperation.txt"
        new.write_text(NEW_DOCUMENT, encoding="utf-8")
        added = wait_for_run(instance, {first.run_id}, time.monotonic() + RUN_DEADLINE, daemon, log)
        assert added.status == DagsterRunStatus.SUCCESS, log.read_text()[-3000:]
        assert added.tags["raw/added"] == new.name
        new_sha = hashlib.sha256(new.read_bytes()).hexdigest()
        assert published_shas(outputs) == seeds | {new_sha}
        # the new text is normalised once, by ingest's duplicate check, and read back after
        assert cache_counts(instance, added.run_id, "raw_documents", "normalise_") == (0, 1)
        assert cache_counts(instance, added.run_id, "normalised_documents") == (len(seeds) + 1, 0)
        assert cache_counts(instance, added.run_id, "document_segments") == (len(seeds), 1)

        # 3. Removing a document removes its rows from the next release.
        gone = sorted(raw.glob("20*.txt"))[0]
        gone_sha = hashlib.sha256(gone.read_bytes()).hexdigest()
        gone.unlink()
        done = {first.run_id, added.run_id}
        removed = wait_for_run(instance, done, time.monotonic() + RUN_DEADLINE, daemon, log)
        assert removed.status == DagsterRunStatus.SUCCESS, log.read_text()[-3000:]
        assert removed.tags["raw/removed"] == gone.name
        assert published_shas(outputs) == (seeds | {new_sha}) - {gone_sha}
