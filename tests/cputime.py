"""CPU time per test, for finding what the test loop spends: ``pytest -p tests.cputime``.

Records, for each test, this process's CPU time (``time.process_time``) and its reaped children's
(``RUSAGE_CHILDREN``: a graph run's subprocesses, a server a test starts) over setup, call and
teardown, fixtures included: a session fixture is charged to the first test that asks for it. Writes
them to ``$CPUTIME_JSON`` (default ``.cputime.json``) and prints the most expensive ones
(``$CPUTIME_TOP``, default 20)."""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path

import pytest

_times: dict[str, dict[str, float]] = {}


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    cpu, children, wall = time.process_time(), _children(), time.perf_counter()
    yield
    _times[item.nodeid] = {
        "cpu": round(time.process_time() - cpu, 3),
        "children": round(_children() - children, 3),
        "wall": round(time.perf_counter() - wall, 3),
    }


def pytest_terminal_summary(terminalreporter) -> None:
    if not _times:
        return
    Path(os.environ.get("CPUTIME_JSON", ".cputime.json")).write_text(json.dumps(_times, indent=1))
    total = sum(t["cpu"] + t["children"] for t in _times.values())
    ranked = sorted(_times.items(), key=lambda kv: -(kv[1]["cpu"] + kv[1]["children"]))
    terminalreporter.write_sep("-", f"CPU seconds in tests: {total:.1f} (process + children)")
    for nodeid, t in ranked[: int(os.environ.get("CPUTIME_TOP", "20"))]:
        terminalreporter.write_line(f"{t['cpu'] + t['children']:8.2f}  {t['wall']:8.2f} wall  {nodeid}")
