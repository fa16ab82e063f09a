"""Per-document work on a Dask cluster when one is named, in this process otherwise.

``compute(fn, payloads)`` is ``[fn(p) for p in payloads]``. With ``PIPELINE_DASK_SCHEDULER`` set
to a scheduler's address (``tcp://host:8786``), the payloads go to that cluster in batches of
``PIPELINE_DASK_BATCH`` (default 64: one task per batch keeps the scheduler's overhead small
beside a document's few milliseconds) and come back in order. The stages only ever hand over pure
functions of a document's own inputs (the content-keyed cache's contract), so where they run
cannot change a byte of what is published. Without the variable nothing is imported from Dask.

The workers must run the same code and vocabularies as the caller (the same image or checkout):
the cache's code version is computed here, from the caller's files.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from distributed import Client

P = TypeVar("P")
R = TypeVar("R")

SCHEDULER_VARIABLE = "PIPELINE_DASK_SCHEDULER"
BATCH_VARIABLE = "PIPELINE_DASK_BATCH"
DEFAULT_BATCH = 64
CONNECT_TIMEOUT_S = 30

_clients: dict[str, object] = {}
_lock = threading.Lock()
stats = {"batches": 0, "payloads": 0}  # sent to a cluster by this process (for metadata and tests)


def scheduler_address() -> str | None:
    address = os.environ.get(SCHEDULER_VARIABLE, "").strip()
    return address or None


def batch_size() -> int:
    try:
        return max(1, int(os.environ.get(BATCH_VARIABLE, DEFAULT_BATCH)))
    except ValueError:
        return DEFAULT_BATCH


def _client(address: str) -> Client:
    """One client per scheduler address for the process (connecting costs more than a batch)."""
    from distributed import Client

    with _lock:
        client = _clients.get(address)
        if client is None or getattr(client, "status", "closed") not in ("running", "connecting"):
            client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
            _clients[address] = client
        return client


def run_batch(fn: Callable[[P], R], batch: Sequence[P]) -> list[R]:
    """What a worker runs: one batch of documents, in order."""
    return [fn(p) for p in batch]


def compute(fn: Callable[[P], R], payloads: Sequence[P]) -> list[R]:
    """``[fn(p) for p in payloads]``, on the Dask cluster named by ``PIPELINE_DASK_SCHEDULER`` if any."""
    payloads = list(payloads)
    address = scheduler_address()
    if address is None or not payloads:
        return run_batch(fn, payloads)
    size = batch_size()
    batches = [payloads[i : i + size] for i in range(0, len(payloads), size)]
    client = _client(address)
    # pure=False: two batches with equal payloads are still two tasks, each result its own.
    futures = client.map(run_batch, [fn] * len(batches), batches, pure=False)
    results = client.gather(futures)
    stats["batches"] += len(batches)
    stats["payloads"] += len(payloads)
    return [r for batch in results for r in batch]


def close() -> None:
    """Close this process's clients (tests; a run's process simply exits)."""
    with _lock:
        for client in _clients.values():
            with contextlib.suppress(Exception):  # a client whose scheduler went away is closed
                client.close()
        _clients.clear()
