"""The per-document time budget: a document over it gives no rows, is not cached, and says so."""

from __future__ import annotations

import re
import signal
import time

import pandas as pd
import pytest

from pipeline.cache import DocumentCache
from pipeline.extract import tables as extract_tables_module
from pipeline.extract.budget import (
    BUDGET_VAR,
    DEFAULT_BUDGET_SECONDS,
    BudgetSettingError,
    OverBudget,
    budget_seconds,
    check_budget,
    document_budget,
)
from pipeline.extract.tables import extract_tables
from pipeline.stages.segment import segment_frame

TEXT = "The United Kingdom will provide £5 million in 2024. In 2023, 300 people were returned.\n"


def _corpus(*doc_ids: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    documents = pd.DataFrame(
        {
            "doc_id": list(doc_ids),
            "doc_date": [pd.Timestamp("2024-01-10").date()] * len(doc_ids),
            "text": [TEXT + f"Reference {d}.\n" for d in doc_ids],
            "sha256": [f"{i:064x}" for i in range(len(doc_ids))],
            "language": ["en"] * len(doc_ids),
            "parties": ["GB;FR"] * len(doc_ids),
        }
    )
    normalised = documents[["sha256", "text"]].assign(list_items=[[] for _ in doc_ids])
    return documents, segment_frame(normalised)


def test_the_budget_is_read_from_its_variable_and_refused_by_name_when_not_a_positive_number():
    assert budget_seconds({}) == DEFAULT_BUDGET_SECONDS
    assert budget_seconds({BUDGET_VAR: " 2.5 "}) == 2.5
    for bad in ("0", "-1", "nan", "inf", "soon"):
        with pytest.raises(BudgetSettingError, match=BUDGET_VAR):
            budget_seconds({BUDGET_VAR: bad})


def test_the_cooperative_check_fires_only_past_the_deadline():
    check_budget()  # no budget set: never over
    with document_budget(60):
        check_budget()
    with pytest.raises(OverBudget), document_budget(0.01):
        time.sleep(0.05)
        check_budget()
    check_budget()  # the deadline is gone with its block


def test_the_timer_stops_a_single_long_step_on_the_main_thread():
    started = time.monotonic()
    with pytest.raises(OverBudget), document_budget(0.2):
        re.match(r"(a+)+$", "a" * 40 + "b")  # catastrophic backtracking: minutes if not stopped
    assert time.monotonic() - started < 5


def test_a_budget_that_expires_at_any_moment_leaves_no_deadline_timer_or_handler_behind():
    handler = signal.getsignal(signal.SIGALRM)
    for _ in range(300):
        try:
            with document_budget(1e-6):
                sum(range(50))
        except OverBudget:
            pass
        check_budget()  # no deadline left
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) is handler


def test_a_document_over_budget_gives_no_rows_and_the_others_publish(monkeypatch):
    documents, segments = _corpus("2024-01-10-slow", "2024-01-10-quick")
    extract_tables(documents, segments)  # the vocabularies compiled once, outside the budget
    real = extract_tables_module.extract_document

    def slow_for_one(doc_id: str, *args: object, **kwargs: object) -> dict:
        if doc_id.endswith("slow"):
            time.sleep(2)
        return real(doc_id, *args, **kwargs)

    monkeypatch.setattr(extract_tables_module, "extract_document", slow_for_one)
    extraction = extract_tables(documents, segments, budget=1)
    ledger = extraction.ledger.set_index("doc_id")
    assert not ledger.loc["2024-01-10-slow", "within_budget"]
    assert ledger.loc["2024-01-10-quick", "within_budget"]
    for table in extraction.tables.values():
        assert set(table["doc_id"]) <= {"2024-01-10-quick"}
    assert len(extraction.tables["funding"]) == 1
    assert len(extraction.tables["statistics"]) == 1


def test_a_stopped_extraction_is_not_cached_and_runs_again_next_time(tmp_path):
    documents, segments = _corpus("2024-01-10-a")
    cache = DocumentCache(tmp_path)
    first = extract_tables(documents, segments, cache, budget=1e-9)
    assert not first.ledger["within_budget"].any()
    assert all(len(t) == 0 for t in first.tables.values())
    second = extract_tables(documents, segments, cache, budget=60)
    assert second.ledger["within_budget"].all()
    assert len(second.tables["funding"]) == 1
    third = extract_tables(documents, segments, cache, budget=60)  # now read back from the cache
    assert cache.stats["extract"].hits == 1
    assert len(third.tables["funding"]) == 1
