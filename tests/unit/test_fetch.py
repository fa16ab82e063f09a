"""`make fetch` against a local HTTP server on loopback: byte for byte, never over a file, a
sha256 mismatch refused by name, retries, limits and time-outs."""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipeline.fetch import fetch_missing, main, report, user_agent
from tests.render_sources import pdf_from_text

PDF = pdf_from_text("Joint declaration\n\nThe United Kingdom and France will act together.\n" * 3)
PAGE = (
    b"<html><body><main><p>"
    + b"The two countries will cooperate on returns. " * 5
    + b"</p></main></body></html>"
)
# no proxy for loopback, whatever the machine's environment says
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({})).open


class Site:
    """What the server answers: path -> list of (status, body, headers), one per request (the last
    repeats), and every request's path and User-Agent."""

    def __init__(self) -> None:
        self.routes: dict[str, list[tuple[int, bytes, dict[str, str]]]] = {}
        self.requests: list[tuple[str, str]] = []
        self.delay: dict[str, float] = {}


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, self.headers.get("User-Agent", "")))
            answers = state.routes.get(self.path, [(404, b"not found", {})])
            status, body, headers = answers.pop(0) if len(answers) > 1 else answers[0]
            time.sleep(state.delay.get(self.path, 0))
            self.send_response(status)
            for key, value in {"Content-Length": str(len(body)), **headers}.items():
                if value is not None:
                    self.send_header(key, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _manifest(raw, rows: list[tuple[str, str, str]]) -> None:
    raw.mkdir(exist_ok=True)
    lines = ["file,source_url,license,sha256"] + [f"{f},{u},OGL-UK-3.0,{s}" for f, u, s in rows]
    (raw / "manifest.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_missing_files_are_fetched_byte_for_byte_existing_ones_skipped_a_mismatch_refused(tmp_path, site):
    state, base = site
    state.routes = {
        "/a.pdf": [(200, PDF, {})],
        "/b.html": [(200, PAGE, {})],
        "/c.pdf": [(200, PDF + b"x", {})],
    }
    raw = tmp_path / "raw"
    _manifest(
        raw,
        [
            ("a.pdf", f"{base}/a.pdf", hashlib.sha256(PDF).hexdigest()),
            ("b.html", f"{base}/b.html", ""),
            ("c.pdf", f"{base}/c.pdf", hashlib.sha256(PDF).hexdigest()),  # the server sends other bytes
            ("kept.txt", f"{base}/kept.txt", ""),
            ("offline.txt", "", ""),
        ],
    )
    (raw / "kept.txt").write_bytes(b"my own copy")
    outcomes = fetch_missing(raw, opener=DIRECT)
    status = {o.file: o.status for o in outcomes}
    assert status == {
        "a.pdf": "fetched",
        "b.html": "fetched",
        "c.pdf": "refused",
        "kept.txt": "skipped",
        "offline.txt": "skipped",
    }
    assert (raw / "a.pdf").read_bytes() == PDF and (raw / "b.html").read_bytes() == PAGE
    assert not (raw / "c.pdf").exists() and (raw / "kept.txt").read_bytes() == b"my own copy"
    refusal = next(o for o in outcomes if o.file == "c.pdf").detail
    assert "line 4" in refusal and "discarded" in refusal and hashlib.sha256(PDF).hexdigest() in refusal
    assert [p for p, _ in state.requests] == ["/a.pdf", "/b.html", "/c.pdf"]  # kept.txt never asked for
    assert all(agent == user_agent() and "fetch" in agent for _, agent in state.requests)
    assert report(outcomes).splitlines()[-1] == "2 fetched, 2 skipped, 1 refused"
    assert not [p.name for p in raw.iterdir() if p.name.startswith(".")]  # no temporary file left
    assert [o.status for o in fetch_missing(raw, opener=DIRECT)][:2] == ["skipped", "skipped"]


def test_a_passing_failure_is_tried_again_after_a_growing_pause(tmp_path, site):
    state, base = site
    state.routes = {
        "/a.pdf": [(503, b"busy", {}), (503, b"busy", {}), (200, PDF, {})],
        "/gone.pdf": [(404, b"", {})],
    }
    raw = tmp_path / "raw"
    _manifest(raw, [("a.pdf", f"{base}/a.pdf", ""), ("gone.pdf", f"{base}/gone.pdf", "")])
    pauses: list[float] = []
    outcomes = fetch_missing(raw, opener=DIRECT, sleep=pauses.append, backoff=0.5)
    assert [o.status for o in outcomes] == ["fetched", "refused"]
    assert pauses == [0.5, 1.0]  # two 503s, then the file; a 404 is not tried again
    assert "HTTP 404" in outcomes[1].detail
    assert [p for p, _ in state.requests].count("/gone.pdf") == 1


def test_downloads_over_the_size_limit_are_refused_and_nothing_is_written(tmp_path, site):
    state, base = site
    big = b"%PDF-1.4\n" + b"0" * 5000
    state.routes = {
        "/declared.pdf": [(200, big, {})],
        "/undeclared.pdf": [(200, big, {"Content-Length": None})],
    }
    raw = tmp_path / "raw"
    _manifest(
        raw, [("declared.pdf", f"{base}/declared.pdf", ""), ("undeclared.pdf", f"{base}/undeclared.pdf", "")]
    )
    outcomes = fetch_missing(raw, opener=DIRECT, limit=1000)
    assert [o.status for o in outcomes] == ["refused", "refused"]
    assert "declared" in outcomes[0].detail and "over the limit" in outcomes[1].detail
    assert sorted(p.name for p in raw.iterdir()) == ["manifest.csv"]


def test_a_server_that_does_not_answer_in_time_is_refused(tmp_path, site):
    state, base = site
    state.routes = {"/slow.pdf": [(200, PDF, {})]}
    state.delay = {"/slow.pdf": 2.0}
    raw = tmp_path / "raw"
    _manifest(raw, [("slow.pdf", f"{base}/slow.pdf", "")])
    started = time.monotonic()
    outcomes = fetch_missing(raw, opener=DIRECT, timeout=0.3, attempts=2, sleep=lambda s: None)
    assert outcomes[0].status == "refused" and "after 2 tries" in outcomes[0].detail
    assert time.monotonic() - started < 1.9
    assert not (raw / "slow.pdf").exists()


@pytest.mark.parametrize(
    "name", ["../outside.pdf", "sub/inside.pdf", ".hidden.pdf", "tool.exe", "C:evil.pdf", "manifest.csv"]
)
def test_a_file_name_that_is_not_a_plain_readable_name_in_raw_is_refused(tmp_path, site, name):
    state, base = site
    state.routes = {"/x": [(200, PDF, {})]}
    raw = tmp_path / "raw"
    _manifest(raw, [(name, f"{base}/x", "")])
    (outcome,) = [o for o in fetch_missing(raw, opener=DIRECT) if o.file == name]
    assert outcome.status == "refused" and "line 2" in outcome.detail
    assert state.requests == [] and not (tmp_path / "outside.pdf").exists()


def test_a_bad_sha256_cell_and_a_row_without_a_file_are_named(tmp_path):
    raw = tmp_path / "raw"
    _manifest(
        raw, [("a.pdf", "http://127.0.0.1:9/a.pdf", "not-a-hash"), ("", "http://127.0.0.1:9/b.pdf", "")]
    )
    outcomes = fetch_missing(raw)
    assert [(o.status, o.file) for o in outcomes] == [
        ("refused", "a.pdf"),
        ("refused", "manifest.csv line 3"),
    ]
    assert "SHA-256" in outcomes[0].detail and "line 2" in outcomes[0].detail


def test_the_command_prints_what_it_did_and_fails_when_a_row_was_refused(tmp_path, site, capsys, monkeypatch):
    state, base = site
    state.routes = {"/a.pdf": [(200, PDF, {})]}
    raw = tmp_path / "raw"
    _manifest(raw, [("a.pdf", f"{base}/a.pdf", ""), ("b.pdf", f"{base}/missing.pdf", "")])
    monkeypatch.setattr(urllib.request, "urlopen", DIRECT)
    assert main([str(raw)]) == 1
    printed = capsys.readouterr().out
    assert (
        "fetched  a.pdf" in printed
        and "refused  b.pdf" in printed
        and "1 fetched, 0 skipped, 1 refused" in printed
    )
    assert main([str(raw)].copy()) == 1  # b.pdf is still refused; a.pdf now skipped
    assert "skipped  a.pdf" in capsys.readouterr().out
