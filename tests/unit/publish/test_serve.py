"""`make serve` sends every text file of a release as UTF-8 (README.md was shown as `UKâ€“France`)."""

from __future__ import annotations

import threading
import urllib.request

import pytest

from pipeline.publish.serve import main, make_server


@pytest.fixture
def served(tmp_path):
    (tmp_path / "index.html").write_text("<!DOCTYPE html><p>UK–France</p>", encoding="utf-8")
    (tmp_path / "README.md").write_text("# UK–France: €541 million\n", encoding="utf-8")
    (tmp_path / "documents.csv").write_text("title\nUK–France\n", encoding="utf-8")
    (tmp_path / "CITATION.cff").write_text("title: UK–France\n", encoding="utf-8")
    (tmp_path / "SHA256SUMS").write_text("0" * 64 + "  README.md\n", encoding="utf-8")
    (tmp_path / "data.parquet").write_bytes(b"PAR1")
    server = make_server(tmp_path, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("README.md", "text/markdown; charset=utf-8"),
        ("documents.csv", "text/csv; charset=utf-8"),
        ("index.html", "text/html; charset=utf-8"),
        ("CITATION.cff", "application/x-yaml; charset=utf-8"),
        ("SHA256SUMS", "text/plain; charset=utf-8"),
        ("data.parquet", "application/vnd.apache.parquet"),
    ],
)
def test_each_file_is_sent_with_its_type_and_text_as_utf8(served, name, expected):
    with urllib.request.urlopen(f"{served}/{name}") as response:
        assert response.headers["Content-Type"] == expected
        body = response.read()
    if expected.endswith("utf-8"):
        assert "UK–France" in body.decode("utf-8") or name == "SHA256SUMS"


def test_serving_a_folder_without_a_page_says_to_run_make_data(tmp_path, capsys):
    assert main(["--directory", str(tmp_path), "--port", "0"]) == 1
    assert "run `make data` first" in capsys.readouterr().err
