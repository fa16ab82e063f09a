"""The schedule, the raw/ sensor (by content hash, state in its cursor) and the lineage metadata."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path

import pandas as pd
import pytest
from dagster import DagsterInstance, SensorResult, SkipReason, build_sensor_context

from pipeline.changes import TAG_LIST_LIMIT, ChangeSet, Cursor, diff_states, raw_state
from pipeline.contract import ASSET_TABLES, STAGE_TABLES, TABLES
from pipeline.defs.assets.metadata import column_lineage, table_metadata
from pipeline.defs.automation import daily_publish_schedule, evaluate_raw_changes, raw_documents_sensor
from pipeline.defs.resources import PathsResource
from pipeline.lineage import column_sources, markdown_preview
from tests.conftest import RAW


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw


def tick(raw: Path, cursor: str | None) -> SensorResult | SkipReason:
    return evaluate_raw_changes(raw, cursor)


def test_schedule_runs_the_publish_job_daily_at_six_in_london() -> None:
    assert daily_publish_schedule.cron_schedule == "0 6 * * *"
    assert daily_publish_schedule.execution_timezone == "Europe/London"
    assert daily_publish_schedule.job_name == "publish_job"


def test_first_tick_requests_a_run_for_every_file_and_records_their_hashes(raw: Path) -> None:
    result = tick(raw, None)
    assert isinstance(result, SensorResult)
    (request,) = result.run_requests
    files = json.loads(result.cursor)["files"]
    assert set(files) == {p.name for p in raw.iterdir()}
    assert request.tags["raw/added_count"] == str(len(files))
    assert request.job_name == "publish_job"


def test_no_change_means_no_run(raw: Path) -> None:
    first = tick(raw, None)
    assert isinstance(tick(raw, first.cursor), SkipReason)


def test_added_changed_and_removed_files_are_named_in_one_run(raw: Path) -> None:
    cursor = tick(raw, None).cursor
    txts = sorted(raw.glob("*.txt"))
    (raw / "2024-01-01_new.txt").write_text("A new declaration about the Channel and its ports.\n")
    txts[0].write_text(txts[0].read_text() + "\nAn added sentence.\n")
    txts[1].unlink()
    result = tick(raw, cursor)
    (request,) = result.run_requests
    assert request.tags["raw/added"] == "2024-01-01_new.txt"
    assert request.tags["raw/changed"] == txts[0].name
    assert request.tags["raw/removed"] == txts[1].name
    assert request.run_key != Cursor.loads(cursor).run_key()


def test_touching_a_file_without_changing_its_bytes_is_not_a_change(raw: Path) -> None:
    cursor = tick(raw, None).cursor
    path = next(raw.glob("*.txt"))
    path.write_bytes(path.read_bytes())
    assert isinstance(tick(raw, cursor), SkipReason)


def test_returning_to_an_earlier_state_still_gets_a_fresh_run_key(raw: Path) -> None:
    first = tick(raw, None)
    extra = raw / "2024-01-01_new.txt"
    extra.write_text("A new declaration about the Channel and its ports.\n")
    second = tick(raw, first.cursor)
    extra.unlink()
    third = tick(raw, second.cursor)
    keys = [r.run_requests[0].run_key for r in (first, second, third)]
    assert len(set(keys)) == 3
    assert json.loads(third.cursor)["files"] == json.loads(first.cursor)["files"]


def test_hidden_and_non_text_files_are_not_watched(raw: Path) -> None:
    (raw / ".DS_Store").write_bytes(b"\x00\x01")
    (raw / "notes.docx").write_bytes(b"PK")
    assert all(name.endswith(".txt") or name == "manifest.csv" for name in raw_state(raw))


def test_a_missing_raw_dir_is_skipped_with_its_name(tmp_path: Path) -> None:
    result = tick(tmp_path / "nowhere", None)
    assert isinstance(result, SkipReason) and "nowhere" in result.skip_message


def test_long_file_lists_are_shortened_in_tags_but_counted_exactly() -> None:
    names = tuple(f"doc{i:03d}.txt" for i in range(TAG_LIST_LIMIT + 5))
    tags = ChangeSet(added=names, changed=(), removed=()).tags()
    assert tags["raw/added_count"] == str(len(names))
    assert tags["raw/added"].endswith("(+5 more)")
    assert "raw/removed" not in tags


def test_diff_states() -> None:
    changes = diff_states({"a": "1", "b": "2", "c": "3"}, {"a": "1", "b": "9", "d": "4"})
    assert (changes.added, changes.changed, changes.removed) == (("d",), ("b",), ("c",))
    assert not diff_states({"a": "1"}, {"a": "1"})


def sensor_tick(raw: Path, outputs: Path, cursor: str | None = None) -> SensorResult | SkipReason:
    """The sensor as the daemon evaluates it, with its resources pointed at ``raw`` and ``outputs``."""
    paths = PathsResource(raw_dir=str(raw), outputs_dir=str(outputs))
    with DagsterInstance.ephemeral() as instance:
        return raw_documents_sensor(
            build_sensor_context(instance=instance, resources={"paths": paths}, cursor=cursor)
        )


def test_the_sensor_definition_reads_raw_dir_from_the_paths_resource(raw: Path, tmp_path: Path) -> None:
    result = sensor_tick(raw, tmp_path / "outputs")
    assert isinstance(result, SensorResult) and len(result.run_requests) == 1


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> tuple[Path, Path]:
    """raw/ (the seeds and one rejected file) and the outputs/ a release was just published from it."""
    from datetime import UTC, datetime

    from pipeline.publish.release import publish_release
    from pipeline.sources import read_raw_dir
    from pipeline.stages.core import run_core

    root = tmp_path_factory.mktemp("published")
    raw = root / "raw"
    shutil.copytree(RAW, raw)
    (raw / "empty.txt").write_bytes(b"")
    _, rejected = read_raw_dir(raw)
    rejections = pd.DataFrame([asdict(r) for r in rejected]).reindex(
        columns=["source_file", "reason", "detail"]
    )
    assert "empty.txt" in set(rejections["source_file"])
    tables = run_core(raw).tables
    publish_release(
        tables, outputs_dir=root / "outputs", now=datetime(2026, 1, 1, tzinfo=UTC), rejections=rejections
    )
    return raw, root / "outputs"


def copy_of(published: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    raw, outputs = published
    shutil.copytree(raw, tmp_path / "raw")
    shutil.copytree(outputs, tmp_path / "outputs")
    return tmp_path / "raw", tmp_path / "outputs"


def test_first_tick_on_a_current_project_starts_no_run_and_watches_from_there(published, tmp_path) -> None:
    raw, outputs = copy_of(published, tmp_path)
    first = sensor_tick(raw, outputs)
    assert isinstance(first, SensorResult) and not first.run_requests
    assert set(json.loads(first.cursor)["files"]) == {p.name for p in raw.iterdir()}
    (raw / "new.txt").write_text("The United Kingdom and France will act.\n", encoding="utf-8")
    second = sensor_tick(raw, outputs, first.cursor)
    assert isinstance(second, SensorResult) and second.run_requests[0].tags["raw/added"] == "new.txt"


@pytest.mark.parametrize("edit", ["add", "change", "remove"])
def test_first_tick_runs_when_raw_differs_from_the_release(published, tmp_path, edit) -> None:
    raw, outputs = copy_of(published, tmp_path)
    victim = sorted(raw.glob("20*.txt"))[0]
    if edit == "add":
        (raw / "another.txt").write_text("France will act.\n", encoding="utf-8")
    elif edit == "change":
        victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    else:
        victim.unlink()
    result = sensor_tick(raw, outputs)
    assert isinstance(result, SensorResult) and len(result.run_requests) == 1


def test_first_tick_runs_when_the_release_cannot_be_read(published, tmp_path) -> None:
    raw, outputs = copy_of(published, tmp_path)
    (outputs / "latest" / "datapackage.json").write_text("{not json", encoding="utf-8")
    result = sensor_tick(raw, outputs)
    assert isinstance(result, SensorResult) and len(result.run_requests) == 1


# --- lineage -------------------------------------------------------------------------------


def test_every_published_column_has_lineage_to_existing_stage_columns() -> None:
    for name in TABLES:
        sources = column_sources(name)
        assert set(sources) == set(TABLES[name].column_names)
        for column, deps in sources.items():
            assert deps, f"{name}.{column} has no lineage"
            for dep in deps:
                asset, col = dep.split(".")
                assert col in ASSET_TABLES[asset].column_names, f"{name}.{column} <- unknown {dep}"


def test_stage_tables_declare_exactly_the_columns_the_stages_produce() -> None:
    from pipeline.contract import records_frame
    from pipeline.sources import read_raw_dir
    from pipeline.stages.ingest import drop_normalised_duplicates
    from pipeline.stages.normalise import normalise_frame
    from pipeline.stages.segment import segment_frame

    files, rejected = read_raw_dir(RAW)
    raw = records_frame([asdict(f) for f in files], STAGE_TABLES["raw_documents"])
    assert list(raw.columns) == STAGE_TABLES["raw_documents"].column_names
    normalised = normalise_frame(raw)
    assert list(normalised.columns) == STAGE_TABLES["normalised_documents"].column_names
    assert list(segment_frame(normalised).columns) == STAGE_TABLES["document_segments"].column_names
    _, duplicates = drop_normalised_duplicates(raw, pd.DataFrame())
    rejections = records_frame([asdict(r) for r in rejected + duplicates], STAGE_TABLES["ingest_rejections"])
    assert list(rejections.columns) == STAGE_TABLES["ingest_rejections"].column_names


def test_a_record_with_a_field_the_table_does_not_declare_is_refused() -> None:
    from pipeline.contract import REJECTIONS, records_frame

    with pytest.raises(ValueError, match="rejections"):
        records_frame([{"source_file": "a.txt", "reason": "empty", "detail": "", "extra": 1}], REJECTIONS)


def test_column_lineage_builds_dagster_deps() -> None:
    lineage = column_lineage("commitments")
    (dep,) = lineage.deps_by_column["char_start"]
    assert dep.asset_key.path == ["document_segments"] and dep.column_name == "start"
    assert column_lineage("raw_documents") is None


def test_table_metadata_and_preview() -> None:
    df = pd.DataFrame({"a": range(8), "b": ["x|y", None, "z" * 100, [1, 2], "", "", "", ""]})
    md = markdown_preview(df)
    assert md.splitlines()[0] == "| a | b |"
    assert "x\\|y" in md and "[2 items]" in md and "*5 of 8 rows*" in md
    assert "z" * 100 not in md
    meta = table_metadata(df, "not_a_table")
    assert meta["dagster/row_count"] == 8 and "dagster/column_schema" not in meta
    assert "dagster/column_lineage" in table_metadata(df.head(0), "funding")
    assert markdown_preview(df.head(0)) == "*(no rows)*"


def test_the_sensor_stats_a_file_over_the_size_limit_and_never_reads_it(raw: Path, monkeypatch) -> None:
    from pipeline import changes
    from pipeline.sources import MAX_FILE_BYTES

    big = raw / "big.txt"
    with big.open("wb") as fh:  # sparse: over the limit without writing it
        fh.truncate(MAX_FILE_BYTES + 1)
    read = []
    real = changes.read_regular_file
    monkeypatch.setattr(
        changes, "read_regular_file", lambda path, limit: read.append(path.name) or real(path, limit)
    )
    state = raw_state(raw)
    assert state["big.txt"].startswith("too_large:") and "big.txt" not in read


def test_the_sensor_refuses_what_ingest_refuses_and_never_follows_a_link(raw: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    (raw / "link.txt").symlink_to(outside)
    before = raw_state(raw)
    assert before["link.txt"] == "refused:symlink"
    outside.write_text("secret, changed", encoding="utf-8")
    assert raw_state(raw) == before, "a link's target is never read"


def test_the_sensor_watches_pdfs_and_web_pages_too(raw: Path) -> None:
    (raw / "statement.pdf").write_bytes(b"%PDF-1.4 a declaration")
    (raw / "page.html").write_bytes(b"<html>a joint statement</html>")
    (raw / "notes.docx").write_bytes(b"not read")
    state = raw_state(raw)
    assert {"statement.pdf", "page.html"} <= set(state) and "notes.docx" not in state


def test_the_fetch_schedule_is_off_by_default_and_its_job_fills_raw_from_the_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dagster import DefaultScheduleStatus

    from pipeline import fetch
    from pipeline.defs.automation import fetch_job, fetch_sources_schedule

    monkeypatch.setattr(fetch, "BACKOFF_SECONDS", 0.0)  # the refused row's retries need no pause here

    assert fetch_sources_schedule.default_status == DefaultScheduleStatus.STOPPED
    assert fetch_sources_schedule.cron_schedule == "30 5 * * *"  # before the 06:00 publish run
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.csv").write_text(
        "file,source_url\nkept.txt,http://127.0.0.1:9/kept.txt\n", encoding="utf-8"
    )
    (raw / "kept.txt").write_text("already here", encoding="utf-8")
    paths = PathsResource(raw_dir=str(raw), outputs_dir=str(tmp_path / "out"), cache_dir=str(tmp_path / "c"))
    result = fetch_job.execute_in_process(resources={"paths": paths})
    assert result.success and (raw / "kept.txt").read_text(encoding="utf-8") == "already here"
    (raw / "manifest.csv").write_text("file,source_url\nx.pdf,http://127.0.0.1:9/x.pdf\n", encoding="utf-8")
    refused = fetch_job.execute_in_process(resources={"paths": paths}, raise_on_error=False)
    assert not refused.success  # a refused row fails the run, visibly


def test_the_sensor_logs_only_when_it_starts_a_run(published, tmp_path, monkeypatch) -> None:
    from dagster import SensorEvaluationContext

    said: list[str] = []

    class Log:
        def __getattr__(self, level: str):
            return lambda message, *args, **kwargs: said.append(f"{level}: {message}")

    monkeypatch.setattr(SensorEvaluationContext, "log", property(lambda self: Log()))
    raw, outputs = copy_of(published, tmp_path)
    first = sensor_tick(raw, outputs)
    idle = sensor_tick(raw, outputs, first.cursor)
    assert not first.run_requests and isinstance(idle, SkipReason)
    assert said == [], "no line for a tick that starts nothing"
    (raw / "new.txt").write_text("The United Kingdom and France will act.\n", encoding="utf-8")
    assert sensor_tick(raw, outputs, first.cursor).run_requests
    assert len(said) == 1 and said[0].startswith("info: raw/ changed") and "new.txt" in said[0]
