"""The per-document stages on a Dask cluster, or in local worker processes, publish the same bytes
as a run in one process.

A scheduler and two single-threaded worker processes on loopback (``LocalCluster``, closed by
the test, with a death timeout so a stray worker stops by itself), forked from one process that
loaded the stages once; the seeds are materialised
with ``PIPELINE_DASK_SCHEDULER`` naming that scheduler, with an empty cache, and every published
file is compared byte for byte with the local run of the seeds made in this process without the
variable (``seeds_reference`` in tests/conftest.py: the shared run's, scored on the seeds' gold).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from pipeline import cluster
from tests.conftest import RAW, SMALL_GOLD, materialize_project

distributed = pytest.importorskip("distributed")


def published(latest: Path) -> dict[str, str]:
    return {
        p.relative_to(latest).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(latest.rglob("*"))
        if p.is_file()
    }


def run(root: Path) -> None:
    """The seeds from an empty per-document cache, scored on their own gold as ``seeds_reference`` is."""
    shutil.copytree(RAW, root / "raw")
    result = materialize_project(root / "raw", root / "outputs", root / "cache", gold=SMALL_GOLD)
    assert result.success, [e.message for e in result.all_events if e.is_failure]


@pytest.fixture
def loopback_cluster():
    """The workers are forked from one process (a forkserver) that imported the stages and loaded
    their models once (tests/e2e/dask_worker_preload.py), not spawned as fresh interpreters that
    each did (about 3 CPU s); they are still processes of their own, sent their work through the
    scheduler. The forkserver is stopped, and waited for, with the cluster."""
    import multiprocessing.forkserver

    import dask
    from distributed.utils import get_mp_context

    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        get_mp_context().set_forkserver_preload(["distributed", "tests.e2e.dask_worker_preload"])
        try:
            with distributed.LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                scheduler_port=0,
                dashboard_address=None,
                death_timeout=60,
            ) as local:
                yield local
                cluster.close()
        finally:
            multiprocessing.forkserver._forkserver._stop()  # type: ignore[attr-defined]


def test_the_dask_cluster_publishes_the_bytes_of_a_local_run(
    seeds_reference, tmp_path, monkeypatch, loopback_cluster
):
    # the local runs (the shared one, the reference) are made without the variable: nothing went to a cluster
    assert cluster.stats["batches"] == 0

    monkeypatch.setenv(cluster.SCHEDULER_VARIABLE, loopback_cluster.scheduler_address)
    monkeypatch.setenv(cluster.BATCH_VARIABLE, "2")  # several batches over the two workers
    run(tmp_path / "dask")
    assert cluster.stats["batches"] > 0
    workers = loopback_cluster.scheduler_info["workers"]
    assert len(workers) == 2

    local = published(seeds_reference / "outputs" / "latest")
    remote = published(tmp_path / "dask" / "outputs" / "latest")
    assert local.keys() == remote.keys()
    assert any(name.endswith(".parquet") for name in local)
    differ = sorted(name for name in local if local[name] != remote[name])
    assert differ == []


def test_local_worker_processes_publish_the_bytes_of_a_run_in_one_process(
    seeds_reference, tmp_path, monkeypatch
):
    monkeypatch.delenv(cluster.SCHEDULER_VARIABLE, raising=False)  # the run in one process: the reference
    monkeypatch.setenv(cluster.WORKERS_VARIABLE, "2")
    monkeypatch.setenv(cluster.PARALLEL_FROM_VARIABLE, "1")  # the seeds are few: share them anyway
    monkeypatch.setenv(cluster.BATCH_VARIABLE, "2")
    before = cluster.stats["local_batches"]
    try:
        run(tmp_path / "workers")
    finally:
        cluster.close()
    assert cluster.stats["local_batches"] > before
    one = published(seeds_reference / "outputs" / "latest")
    workers = published(tmp_path / "workers" / "outputs" / "latest")
    assert one.keys() == workers.keys()
    assert sorted(name for name in one if one[name] != workers[name]) == []
