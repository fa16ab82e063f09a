"""The pipeline against a real PostgreSQL server, with deploy/dagster.postgres.yaml as the instance.

A throwaway cluster is created in a temporary directory (initdb), started on a free loopback port
with its Unix socket in that directory, and stopped in a ``finally``. PostgreSQL refuses to run as
root, so as root the server runs as the ``postgres`` user (Debian's package creates it).
"""

from __future__ import annotations

import contextlib
import glob
import io
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import RAW, SMALL_GOLD, require_service

REPO = Path(__file__).resolve().parents[2]
PG_BINDIRS = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
STEP_TIMEOUT = 120  # seconds for any one server command

pytestmark = [pytest.mark.service, pytest.mark.slow]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_server_user(cmd: list[str]) -> list[str]:
    """PostgreSQL will not run as root: drop to the `postgres` user when we are root."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture
def postgres() -> Iterator[dict[str, str]]:
    bindir = next((Path(d) for d in PG_BINDIRS if Path(d, "initdb").exists()), None)
    require_service(bindir is not None, "PostgreSQL server binaries not found (apt-get install postgresql)")
    if os.geteuid() == 0:
        try:
            server_user = pwd.getpwnam("postgres")
        except KeyError:
            require_service(
                False,
                "running as root and there is no `postgres` user to run the server as"
                " (useradd --system postgres, or run the tests as another user)",
            )
    # Not under pytest's tmp_path: its parents are private to root, and the server user must reach it.
    root = Path(tempfile.mkdtemp(prefix="pipeline-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        for p in (root, sockets):
            os.chown(p, server_user.pw_uid, server_user.pw_gid)
    port = free_port()
    run = dict(check=True, capture_output=True, text=True, timeout=STEP_TIMEOUT)
    pg_ctl = [str(bindir / "pg_ctl"), "-D", str(data)]
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
    started = False
    try:
        initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync"]
        subprocess.run(as_server_user(initdb), **run)
        start = [*pg_ctl, "-o", options, "-l", str(root / "server.log"), "-w", "-t", "60", "start"]
        started = subprocess.run(as_server_user(start), capture_output=True, text=True, timeout=STEP_TIMEOUT)
        if started.returncode != 0:
            log = (root / "server.log").read_text() if (root / "server.log").exists() else started.stderr
            pytest.fail(f"PostgreSQL did not start on 127.0.0.1:{port}: {log[-2000:]}")
        createdb = [str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "dagster"]
        subprocess.run(as_server_user(createdb), **run)
        yield {
            "DAGSTER_PG_USERNAME": "postgres",
            "DAGSTER_PG_PASSWORD": "unused-trust-auth",
            "DAGSTER_PG_HOST": "127.0.0.1",
            "DAGSTER_PG_PORT": str(port),
            "DAGSTER_PG_DB": "dagster",
        }
    finally:
        if started:
            stop = [*pg_ctl, "-m", "immediate", "-w", "-t", "60", "stop"]
            subprocess.run(as_server_user(stop), capture_output=True, timeout=STEP_TIMEOUT)
        shutil.rmtree(root, ignore_errors=True)


def test_a_run_and_its_check_results_are_stored_in_postgres(
    postgres: dict[str, str], seed_run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python -m pipeline run` through its own entry point (``pipeline.__main__.main``) in this
    process, as tests/e2e/test_quarantine.py's ``run_cli`` runs it: the instance it opens is the one
    DAGSTER_HOME's dagster.yaml names, here PostgreSQL's. A new interpreter for it imported Dagster,
    GX and the pipeline again, about 4 CPU s, for nothing the storage depends on."""
    from dagster import DagsterEventType, DagsterInstance, DagsterRunStatus
    from dagster_postgres import PostgresRunStorage

    from pipeline.__main__ import main

    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "deploy" / "dagster.postgres.yaml", home / "dagster.yaml")
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    seed_run.copy_to(tmp_path, ("cache",))  # the per-document work cached: the storage is checked here
    env = {
        **postgres,
        "DAGSTER_HOME": str(home),
        "PIPELINE_RAW_DIR": str(raw),
        "PIPELINE_OUTPUTS_DIR": str(tmp_path / "outputs"),
        "PIPELINE_CACHE_DIR": str(tmp_path / "cache"),
        "PIPELINE_GOLD_DIR": str(SMALL_GOLD),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["run"])
    assert code == 0, err.getvalue()[-3000:]

    with DagsterInstance.from_config(str(home)) as instance:
        assert isinstance(instance.run_storage, PostgresRunStorage)
        (run,) = instance.get_runs()
        assert run.job_name == "publish_job" and run.status == DagsterRunStatus.SUCCESS
        materialised = {
            e.dagster_event.asset_key.to_user_string()
            for e in instance.all_logs(run.run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION)
        }
        evaluations = [
            e.dagster_event.event_specific_data
            for e in instance.all_logs(run.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION)
        ]

    from pipeline.definitions import defs

    graph = defs.get_repository_def().asset_graph
    assert materialised == {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert {e.asset_check_key for e in evaluations} == set(graph.asset_check_keys)
    assert all(isinstance(e.passed, bool) for e in evaluations)
