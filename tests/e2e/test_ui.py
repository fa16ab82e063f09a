"""The Dagster UI: what `make ui` starts (`dg dev`: the webserver and the daemon) on 127.0.0.1, on a
project whose outputs/latest was just published, serves every asset with its dependencies and
checks, the schedule and the sensor over GraphQL, starts no run, and prints no noise; headless
Chromium screenshots the asset graph (saved under tests/artifacts/, git-ignored). One server serves
the module's tests (a second webserver, started for the GraphQL and screenshot tests alone, loaded
the code location again: about 3 CPU s). Every wait has a deadline; the server is stopped in a
``finally``.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS, REPO, chromium_command, dagster_process

START_DEADLINE = 120  # seconds for the webserver to load the code location
SCREENSHOT_TIMEOUT = 120
GRAPH_PAGE = "/asset-groups"

pytestmark = [pytest.mark.service]

QUERY = """
{
  assetNodes {
    assetKey { path }
    dependencyKeys { path }
    groupName
    description
    opVersion
    kinds
    owners { ... on TeamAssetOwner { team } ... on UserAssetOwner { email } }
    assetChecksOrError { ... on AssetChecks { checks { name } } }
    metadataEntries {
      label
      ... on TableSchemaMetadataEntry { schema { columns { name } } }
      ... on TableColumnLineageMetadataEntry {
        lineage { columnName columnDeps { assetKey { path } columnName } }
      }
    }
  }
  repositoriesOrError {
    ... on RepositoryConnection {
      nodes {
        schedules { name cronSchedule executionTimezone scheduleState { status } }
        sensors { name sensorState { status } }
      }
    }
  }
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphql(base: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        body = json.load(response)
    assert "errors" not in body, body.get("errors")
    return body["data"]


@dataclass(frozen=True)
class UI:
    """`make ui` running: its address, its log, the folder of its project and its user's HOME."""

    base: str
    log: Path
    root: Path


@pytest.fixture(scope="module")
def make_ui(seed_run, tmp_path_factory: pytest.TempPathFactory) -> Iterator[UI]:
    """What `make ui` runs (`dg dev`: webserver and daemon) on a project whose outputs/latest was
    just published from raw/ (a copy of the shared run of the seeds), ready once it serves the code
    location; HOME is a folder of its own (where Dagster writes telemetry when it is on)."""
    root = tmp_path_factory.mktemp("make-ui")
    home, raw, outputs = root / "dagster_home", root / "raw", root / "outputs"
    home.mkdir()
    shutil.copy(REPO / "deploy" / "dagster.yaml", home / "dagster.yaml")
    seed_run.copy_to(root)  # what `make data` did: a copy of the shared run of the seeds
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "PIPELINE_RAW_DIR": str(raw),
        "PIPELINE_OUTPUTS_DIR": str(outputs),
        "PIPELINE_CACHE_DIR": str(root / "cache"),
        "HOME": str(root / "home"),
    }
    log = root / "dagster-dev.log"
    with dagster_process(make_ui_command(port), env, log) as server:
        deadline = time.monotonic() + START_DEADLINE
        while True:
            if server.poll() is not None:
                pytest.fail(f"dg dev exited ({server.returncode}): {log.read_text()[-3000:]}")
            try:
                data = graphql(base, "{ repositoriesOrError { __typename } }")
                if data["repositoriesOrError"]["__typename"] == "RepositoryConnection":
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"dg dev not ready within {START_DEADLINE}s: {log.read_text()[-3000:]}")
            time.sleep(1)
        yield UI(base, log, root)


def test_graphql_serves_every_asset_with_deps_checks_schedule_and_sensor(make_ui: UI) -> None:
    from pipeline.definitions import defs

    graph = defs.get_repository_def().asset_graph
    data = graphql(make_ui.base, QUERY)
    nodes = {"/".join(n["assetKey"]["path"]): n for n in data["assetNodes"]}
    assert set(nodes) == {k.to_user_string() for k in graph.get_all_asset_keys()}
    for key in graph.get_all_asset_keys():
        node = nodes[key.to_user_string()]
        deps = {"/".join(d["path"]) for d in node["dependencyKeys"]}
        assert deps == {p.to_user_string() for p in graph.get(key).parent_keys}, key
        assert node["description"] and node["groupName"] and node["opVersion"] and node["kinds"], key
        assert {"team": "uk-france-data"} in node["owners"], key
        checks = {c["name"] for c in node["assetChecksOrError"].get("checks", [])}
        assert checks == {c.name for c in graph.asset_check_keys if c.asset_key == key}, key
    funding_meta = {e["label"]: e for e in nodes["funding"]["metadataEntries"]}
    assert "amount" in {c["name"] for c in funding_meta["dagster/column_schema"]["schema"]["columns"]}
    lineage = {c["columnName"]: c["columnDeps"] for c in funding_meta["dagster/column_lineage"]["lineage"]}
    assert {"assetKey": {"path": ["document_segments"]}, "columnName": "start"} in lineage["char_start"]

    (repo,) = data["repositoriesOrError"]["nodes"]
    schedules = {s["name"]: s for s in repo["schedules"]}
    assert set(schedules) == {"daily_publish", "daily_fetch"}
    schedule = schedules["daily_publish"]
    assert (schedule["name"], schedule["cronSchedule"], schedule["executionTimezone"]) == (
        "daily_publish",
        "0 6 * * *",
        "Europe/London",
    )
    assert schedules["daily_fetch"]["scheduleState"]["status"] == "STOPPED"  # it needs the internet
    assert [s["name"] for s in repo["sensors"]] == ["raw_documents_sensor"]
    assert repo["sensors"][0]["sensorState"]["status"] == "RUNNING"


def test_headless_chromium_screenshots_the_asset_graph(make_ui: UI, tmp_path: Path) -> None:
    graphql(make_ui.base, "mutation { setNuxSeen }")  # else a newsletter dialog covers the graph on 127.0.0.1
    pages = {"dagster-asset-graph.png": GRAPH_PAGE}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, page in pages.items():
        shot = ARTIFACTS / name
        shot.unlink(missing_ok=True)
        cmd = chromium_command(
            tmp_path / "profile",
            "--hide-scrollbars",
            "--window-size=1800,1100",
            "--virtual-time-budget=20000",
            f"--screenshot={shot}",
            f"{make_ui.base}{page}",
        )
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=SCREENSHOT_TIMEOUT)
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert shot.stat().st_size > 20_000, f"{name} is nearly empty: {page} did not render"


SENSOR_TICKS = """
{
  repositoriesOrError { ... on RepositoryConnection { nodes {
    sensors { name sensorState { ticks(limit: 5) { status skipReason runIds } } }
  } } }
  runsOrError { ... on Runs { results { runId tags { key value } } } }
}
"""


@pytest.mark.slow
def test_make_ui_on_a_current_project_starts_no_run(make_ui: UI) -> None:
    """`make ui` on a project whose outputs/latest was just published from raw/: the sensor ticks,
    skips, GraphQL lists no run, and the terminal shows no deprecation, no telemetry notice and no
    line per sensor tick."""
    deadline = time.monotonic() + START_DEADLINE + 60
    ticks: list[dict] = []
    while not ticks:
        if time.monotonic() > deadline:
            pytest.fail(f"no sensor tick from dagster dev: {make_ui.log.read_text()[-3000:]}")
        try:
            data = graphql(make_ui.base, SENSOR_TICKS)
            (repo,) = data["repositoriesOrError"]["nodes"]
            ticks = repo["sensors"][0]["sensorState"]["ticks"]
        except (urllib.error.URLError, ConnectionError, TimeoutError, KeyError, ValueError):
            pass
        time.sleep(1)
    time.sleep(3)  # a run requested by that tick would be listed by now
    data = graphql(make_ui.base, SENSOR_TICKS)
    assert data["runsOrError"]["results"] == [], data["runsOrError"]
    assert all(not t["runIds"] for t in ticks) and ticks[-1]["status"] == "SKIPPED", ticks
    assert "matches the published release" in (ticks[-1]["skipReason"] or "")
    said = make_ui.log.read_text(encoding="utf-8", errors="replace")
    for noise in ("superseded", "Telemetry", "Checking for new runs", "raw_documents_sensor"):
        assert noise not in said, f"{noise!r} in what make ui printed:\n{said[-2000:]}"
    assert not (make_ui.root / "home" / ".dagster").exists(), "telemetry wrote under ~/.dagster"


def make_ui_command(port: int) -> list[str]:
    """The command `make ui` runs (`make -n`), on `port`."""
    dry = subprocess.run(
        ["make", "-n", "ui", "HOST=127.0.0.1", f"PORT={port}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (line,) = [x for x in dry.splitlines() if " dev " in f"{x} " and "dg" in x]
    return shlex.split(line.replace("$(VENV)", ".venv"))


def test_dg_as_the_readme_runs_it_is_quiet_and_writes_nothing_under_home(tmp_path: Path) -> None:
    """`export DAGSTER_HOME=$PWD/.dagster_home` (deploy/dagster.yaml, telemetry off), then `dg check defs`."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "deploy" / "dagster.yaml", home / "dagster.yaml")
    env = {**os.environ, "DAGSTER_HOME": str(home), "HOME": str(tmp_path / "user")}
    dg = Path(sys.executable).with_name("dg")
    done = subprocess.run(
        [str(dg), "check", "defs"], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All definitions loaded successfully" in done.stdout + done.stderr
    assert "Telemetry" not in done.stdout + done.stderr
    assert not (tmp_path / "user" / ".dagster").exists()
