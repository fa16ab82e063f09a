"""Per-document work on a Dask cluster when one is named, else on this machine's cores.

``compute(fn, payloads)`` is ``[fn(p) for p in payloads]``. Without a cluster, and with
``PIPELINE_WORKERS`` set above 1, a call with at least ``PIPELINE_PARALLEL_FROM`` payloads (default
256) is shared, in the same batches, among that many processes of this machine; fewer payloads (a
handful of new documents) run here, where they cost less than starting a process. The default is 1,
everything in this process: on the 2-core bench machine, 2 workers took the 10,000-text first run
from 118 s to 102 s but raised this process's peak memory by about 150 MB, besides the workers' own.
With ``PIPELINE_DASK_SCHEDULER`` set
to a scheduler's address (``tcp://host:8786``), the payloads go to that cluster in batches of
``PIPELINE_DASK_BATCH`` (default 64: one task per batch keeps the scheduler's overhead small
beside a document's few milliseconds) and come back in order. The stages only ever hand over pure
functions of a document's own inputs (the content-keyed cache's contract), so where they run
cannot change a byte of what is published. Without the variable nothing is imported from Dask.

The workers must run the same code and vocabularies as the caller (the same image or checkout):
the cache's code version is computed here, from the caller's files.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from distributed import Client

P = TypeVar("P")
R = TypeVar("R")

SCHEDULER_VARIABLE = "PIPELINE_DASK_SCHEDULER"
WORKERS_VARIABLE = "PIPELINE_WORKERS"
PARALLEL_FROM_VARIABLE = "PIPELINE_PARALLEL_FROM"
DEFAULT_PARALLEL_FROM = 256
BATCH_VARIABLE = "PIPELINE_DASK_BATCH"
DEFAULT_BATCH = 64
CONNECT_TIMEOUT_S = 30

_clients: dict[str, Client] = {}
_lock = threading.Lock()
stats = {"batches": 0, "payloads": 0, "local_batches": 0}  # sent elsewhere by this process (metadata, tests)
_pools: dict[int, ProcessPoolExecutor] = {}


def scheduler_address() -> str | None:
    address = os.environ.get(SCHEDULER_VARIABLE, "").strip()
    return address or None


def _int_setting(variable: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(variable, default)))
    except ValueError:
        return default


def local_workers() -> int:
    return _int_setting(WORKERS_VARIABLE, 1)


def batch_size() -> int:
    return _int_setting(BATCH_VARIABLE, DEFAULT_BATCH)


def _client(address: str) -> Client:
    """One client per scheduler address for the process (connecting costs more than a batch)."""
    from distributed import Client

    with _lock:
        client = _clients.get(address)
        if client is None or getattr(client, "status", "closed") not in ("running", "connecting"):
            # distributed leaves Client.__init__ unannotated
            client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)  # type: ignore[no-untyped-call]
            _clients[address] = client
        return client


def run_batch(fn: Callable[[P], R], batch: Sequence[P]) -> list[R]:
    """What a worker runs: one batch of documents, in order."""
    return [fn(p) for p in batch]


def compute(fn: Callable[[P], R], payloads: Sequence[P]) -> list[R]:
    """``[fn(p) for p in payloads]``, on the Dask cluster named by ``PIPELINE_DASK_SCHEDULER`` if any."""
    payloads = list(payloads)
    address = scheduler_address()
    if address is None:
        return _on_this_machine(fn, payloads)
    if not payloads:
        return []
    size = batch_size()
    batches = [payloads[i : i + size] for i in range(0, len(payloads), size)]
    client = _client(address)
    # pure=False: two batches with equal payloads are still two tasks, each result its own.
    futures = client.map(run_batch, [fn] * len(batches), batches, pure=False)
    results = client.gather(futures)  # type: ignore[no-untyped-call]  # distributed: gather is unannotated
    stats["batches"] += len(batches)
    stats["payloads"] += len(payloads)
    return [r for batch in results for r in batch]


def _on_this_machine(fn: Callable[[P], R], payloads: list[P]) -> list[R]:
    """In this process, or shared among local worker processes when there are enough payloads;
    work they cannot take (or a pool that breaks) is done here."""
    workers = local_workers()
    if workers < 2 or len(payloads) < _int_setting(PARALLEL_FROM_VARIABLE, DEFAULT_PARALLEL_FROM):
        return run_batch(fn, payloads)
    size = batch_size()
    batches = [payloads[i : i + size] for i in range(0, len(payloads), size)]
    try:
        results = list(_pool(workers).map(run_batch, [fn] * len(batches), batches))
    except BrokenProcessPool:  # a worker died: a new pool next time, this work here
        _close_pools()
        return run_batch(fn, payloads)
    except Exception:  # cannot be sent (a local function) or failed there: here, to fail with its own error
        return run_batch(fn, payloads)
    stats["local_batches"] += len(batches)
    return [r for batch in results for r in batch]


def _pool(workers: int) -> ProcessPoolExecutor:
    """One pool of fresh interpreters per size, kept for the process: a worker imports the rules
    once, not once per chunk of documents."""
    with _lock:
        pool = _pools.get(workers)
        if pool is None:
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
            _pools[workers] = pool
        return pool


def _close_pools() -> None:
    with _lock:
        for pool in _pools.values():
            pool.shutdown(wait=False, cancel_futures=True)
        _pools.clear()


atexit.register(_close_pools)


def close() -> None:
    """Close this process's clients and local pools (tests; a run's process simply exits)."""
    with _lock:
        for client in _clients.values():
            with contextlib.suppress(Exception):  # a client whose scheduler went away is closed
                client.close()  # type: ignore[no-untyped-call]  # distributed: close is unannotated
        _clients.clear()
    _close_pools()
