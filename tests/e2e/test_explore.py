"""`make explore` for real: Datasette serving a materialised release's database, queried over HTTP.

The release is the shared materialisation of the whole graph on a copy of the seed texts; the server is
the command `make explore` runs, on a free loopback port, and is always stopped.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.contract import TABLES
from pipeline.publish.database import database_name
from tests.conftest import ARTIFACTS, REPO, chromium_command, dagster_process

pytestmark = [pytest.mark.slow]

START_DEADLINE = 60
DB = Path(database_name()).stem


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(base: str, path: str, **params: str) -> dict:
    url = f"{base}{path}" + (f"?{urllib.parse.urlencode(params)}" if params else "")
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def release(seed_run) -> Path:
    """The shared run of the seeds' outputs/latest (Datasette opens its database immutable)."""
    return seed_run.latest


@pytest.fixture(scope="module")
def server(release: Path, tmp_path_factory) -> Iterator[str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("datasette") / "datasette.log"
    args = [sys.executable, "-m", "pipeline.publish.explore", "--release", str(release)]
    args += ["--host", "127.0.0.1", "--port", str(port)]
    with dagster_process(args, env=None, log=log) as proc:
        deadline = time.monotonic() + START_DEADLINE
        while True:
            if proc.poll() is not None:
                pytest.fail(f"datasette exited ({proc.returncode}): {log.read_text()[-3000:]}")
            try:
                get_json(base, "/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"datasette not ready within {START_DEADLINE}s: {log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield base


def test_full_text_search_for_calais_returns_commitment_rows(server):
    body = get_json(server, f"/{DB}/commitments.json", _search="Calais", _shape="objects", _size="max")
    rows = body["rows"]
    assert rows, "no commitment matches Calais"
    assert body["filtered_table_rows_count"] == len(rows)
    assert all("calais" in (r["text"] + (r["lead_in"] or "")).lower() for r in rows)
    assert set(rows[0]) == set(TABLES["commitments"].column_names)


def test_json_api_counts_match_the_published_tables(server, release):
    tables = {t["name"]: t for t in get_json(server, f"/{DB}.json")["tables"]}
    for name in TABLES:
        expected = pq.read_metadata(release / f"{name}.parquet").num_rows
        assert tables[name]["count"] == expected, name
        assert tables[name]["fts_table"] == f"{name}_fts"
        assert get_json(server, f"/{DB}/{name}.json", _size="0")["filtered_table_rows_count"] == expected


def test_metadata_from_the_contract_and_facets_on_theme_actor_and_document(server):
    metadata = get_json(server, "/-/metadata.json")
    table_meta = metadata["databases"][DB]["tables"]["commitments"]
    assert table_meta["title"] == TABLES["commitments"].title
    assert table_meta["columns"]["theme"].startswith(TABLES["commitments"].column("theme").description)
    assert metadata["license"] == "CC-BY-4.0"
    assert "source texts" in metadata["source"]
    facets = get_json(server, f"/{DB}/commitments.json", _size="0")["facet_results"]
    assert {"theme", "actor", "doc_id"} <= set(facets)
    themes = {v["value"] for v in facets["theme"]["results"]}
    assert themes <= set(TABLES["commitments"].column("theme").enum)


def test_views_give_each_row_its_documents_title(server):
    rows = get_json(server, f"/{DB}/commitments_with_document.json", _shape="objects", _size="5")["rows"]
    assert rows and all(r["document_title"] for r in rows)


def test_screenshot_of_the_commitments_table_view_is_saved(server, tmp_path):
    command = chromium_command(tmp_path / "profile")  # skips, or fails on CI, without Chromium
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "datasette-commitments.png"
    shot.unlink(missing_ok=True)
    url = f"{server}/{DB}/commitments?_search=Calais"
    dom = subprocess.run(
        [*command, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=True
    )
    assert "rows where search matches" in dom.stdout and "<table" in dom.stdout
    subprocess.run(
        [*command, f"--screenshot={shot}", "--window-size=1400,2400", url],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


def test_make_explore_passes_host_and_port_and_defaults_to_loopback():
    dry = subprocess.run(
        ["make", "-n", "explore", "PORT=8123"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    assert "pipeline.publish.explore" in dry
    assert "--host 127.0.0.1" in dry and "--port 8123" in dry


def test_a_release_without_a_database_gets_a_plain_message_and_no_server(tmp_path, capsys):
    from pipeline.publish.explore import main

    assert main(["--release", str(tmp_path), "--port", str(free_port())]) == 1
    assert "run `make data` first" in capsys.readouterr().err
