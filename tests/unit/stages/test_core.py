"""The core stages end to end on two seed texts: a document over the time budget is held back by
name, and the other publishes."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from pipeline.extract import tables as extract_tables_module
from pipeline.extract.budget import BUDGET_VAR
from pipeline.stages.core import run_core

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO / "tests" / "fixtures" / "seeds"
SLOW = "2021-07-20_uk-france-joint-statement-small-boats.txt"
QUICK = "2014-09-20_cazeneuve-may-joint-declaration-calais.txt"


def test_a_document_over_the_time_budget_is_held_back_by_name_and_the_run_goes_on(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in (SLOW, QUICK):
        shutil.copyfile(SEEDS / name, raw / name)
    real = extract_tables_module.extract_document

    def slow_for_one(doc_id: str, doc_date: object, text: str, *args: object, **kwargs: object) -> dict:
        if "small boats" in text.lower():
            time.sleep(30)  # stopped by the budget's timer after 3 s
        return real(doc_id, doc_date, text, *args, **kwargs)

    monkeypatch.setattr(extract_tables_module, "extract_document", slow_for_one)
    monkeypatch.setenv(BUDGET_VAR, "3")
    run = run_core(raw, expectations_dir=REPO / "expectations")
    held = run.quarantine
    assert set(held["source_file"]) == {SLOW}
    (hold,) = held.itertuples(index=False)
    assert hold.scope == "document"
    assert hold.check.startswith("extraction_ledger:")
    assert "time budget" in hold.reason
    published = run.tables["documents"]
    assert list(published["source_file"]) == [QUICK]
    quick_id = published["doc_id"].iloc[0]
    assert len(run.tables["commitments"]) > 0
    assert set(run.tables["commitments"]["doc_id"]) == {quick_id}
