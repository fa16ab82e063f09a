"""Misses are computed in chunks, in order, through pipeline.cluster; without a scheduler named,
in this process."""

from __future__ import annotations

from pipeline import cache as cache_module
from pipeline import cluster
from pipeline.cache import DocumentCache


def test_without_a_scheduler_compute_is_a_plain_map(monkeypatch) -> None:
    monkeypatch.delenv(cluster.SCHEDULER_VARIABLE, raising=False)
    before = dict(cluster.stats)
    assert cluster.compute(lambda x: x * 2, [1, 2, 3]) == [2, 4, 6]
    assert cluster.stats == before


def test_misses_are_prepared_in_chunks_and_come_back_in_order(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(cache_module, "MISS_CHUNK", 2)
    prepared: list[list[int]] = []

    def prepare(payloads: list[int]) -> list[int]:
        prepared.append(list(payloads))
        return [p * 10 for p in payloads]

    items = [(f"k{i}", i) for i in range(5)]
    c = DocumentCache(tmp_path)
    assert c.map("s", "v", items, lambda x: x + 1, prepare=prepare) == [1, 11, 21, 31, 41]
    assert prepared == [[0, 1], [2, 3], [4]]
    prepared.clear()
    again = DocumentCache(tmp_path)
    assert again.map("s", "v", items, lambda x: x + 1, prepare=prepare) == [1, 11, 21, 31, 41]
    assert prepared == [] and again.stats["s"].hits == 5


def test_batch_size_falls_back_on_a_bad_setting(monkeypatch) -> None:
    monkeypatch.setenv(cluster.BATCH_VARIABLE, "many")
    assert cluster.batch_size() == cluster.DEFAULT_BATCH
    monkeypatch.setenv(cluster.BATCH_VARIABLE, "0")
    assert cluster.batch_size() == 1


def test_many_payloads_are_shared_among_local_processes_in_order(monkeypatch) -> None:
    monkeypatch.delenv(cluster.SCHEDULER_VARIABLE, raising=False)
    monkeypatch.setenv(cluster.WORKERS_VARIABLE, "2")
    monkeypatch.setenv(cluster.PARALLEL_FROM_VARIABLE, "10")
    monkeypatch.setenv(cluster.BATCH_VARIABLE, "3")
    words = [f"word {i}" for i in range(20)]
    before = cluster.stats["local_batches"]
    try:
        assert cluster.compute(str.upper, words) == [w.upper() for w in words]
        assert cluster.stats["local_batches"] == before + 7, "20 payloads in batches of 3"
        assert cluster.compute(str.upper, words[:9]) == [w.upper() for w in words[:9]]
        assert cluster.stats["local_batches"] == before + 7, "fewer than PIPELINE_PARALLEL_FROM: here"
        monkeypatch.setenv(cluster.WORKERS_VARIABLE, "1")
        assert cluster.compute(str.upper, words) == [w.upper() for w in words]
        assert cluster.stats["local_batches"] == before + 7, "one worker: here"
    finally:
        cluster.close()


def test_work_a_process_cannot_take_is_done_here(monkeypatch) -> None:
    monkeypatch.delenv(cluster.SCHEDULER_VARIABLE, raising=False)
    monkeypatch.setenv(cluster.WORKERS_VARIABLE, "2")
    monkeypatch.setenv(cluster.PARALLEL_FROM_VARIABLE, "1")
    try:  # a lambda cannot be sent to another process
        assert cluster.compute(lambda x: x * 2, [1, 2, 3]) == [2, 4, 6]
    finally:
        cluster.close()
