"""A time budget per document: a text whose extraction runs past it is held back by name, and
the run goes on with the others.

The rules are linear in their input (the growth tests that call ``assert_grows_linearly``), so a document
over the budget is either enormous or a case nobody foresaw; either way one text must not hold
up a corpus. The budget is enforced twice: every extractor checks it before each segment
(:func:`check_budget`, which works in any thread or worker), and where the work runs on a
process's main thread a timer signal also interrupts a single long step (a regular expression
included: CPython's matcher checks for signals).
"""

from __future__ import annotations

import contextvars
import math
import os
import signal
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import FrameType

BUDGET_VAR = "PIPELINE_DOCUMENT_BUDGET_SECONDS"
DEFAULT_BUDGET_SECONDS = 120.0  # real texts take under 0.2 s each; a crafted sentence of 4,999 amounts ~13 s

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("extract_deadline", default=None)


class OverBudget(Exception):
    """The document's extraction ran past its time budget."""


class BudgetSettingError(ValueError):
    """The budget variable holds something that is not a positive number of seconds."""


def budget_seconds(environ: Mapping[str, str] = os.environ) -> float:
    """The per-document budget in seconds: ``PIPELINE_DOCUMENT_BUDGET_SECONDS``, else the default."""
    value = environ.get(BUDGET_VAR, "").strip()
    if not value:
        return DEFAULT_BUDGET_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise BudgetSettingError(f"{BUDGET_VAR}={value!r} is not a positive number of seconds")
    return seconds


def check_budget() -> None:
    """Raise :class:`OverBudget` when the current document's deadline has passed."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise OverBudget


_timer_armed = False  # the timer's signal stops the work only while a budgeted block runs


def _on_timer(signum: int, frame: FrameType | None) -> None:
    if _timer_armed:
        raise OverBudget


@contextmanager
def document_budget(seconds: float) -> Iterator[None]:
    """Run the block under a deadline ``seconds`` from now (see the module docstring). The timer
    is armed inside the ``try`` and disarmed before anything is restored, so a signal at any
    moment leaves no deadline, timer or handler behind."""
    global _timer_armed
    token = _deadline.set(time.monotonic() + seconds)
    timed = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    previous: object = None
    try:
        if timed:
            previous = signal.signal(signal.SIGALRM, _on_timer)
            _timer_armed = True
            signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        try:
            _timer_armed = False
        finally:
            if timed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                if previous is not None:
                    signal.signal(signal.SIGALRM, previous)  # type: ignore[arg-type]
            _deadline.reset(token)
