"""Extraction in a child process with limits, its results cached; hostile bytes never crash it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline.formats as formats
from pipeline.cache import DocumentCache
from pipeline.formats import extract_files, extract_in_sandbox, valid_result
from pipeline.formats.sandbox import run
from tests.conftest import examples
from tests.render_sources import govuk_page, pdf_from_text

TEXT = "Joint statement\n\nThe United Kingdom and France will act together on returns. " * 3
PDF = pdf_from_text(TEXT)


def test_a_pdf_is_read_in_a_child_process_as_plain_data():
    result = extract_in_sandbox("pdf", PDF)
    assert valid_result(result) and "refused" not in result
    assert result["pages"] == 1 and result["page_starts"] == [0]
    assert "will act together" in result["text"]


def test_a_page_is_read_in_a_child_process_with_its_metadata():
    result = extract_in_sandbox("html", govuk_page(TEXT, "Joint statement"))
    assert result["title"] == "Joint statement" and result["publisher"] == "Home Office"


def test_a_file_that_takes_too_long_is_refused_by_the_time_limit():
    result = extract_in_sandbox("pdf", PDF, timeout=0.001)
    assert result["refused"][0] == "extraction_timeout"


def test_the_child_s_memory_limit_holds(monkeypatch):
    monkeypatch.setattr(formats, "MEMORY_LIMIT_BYTES", 30 << 20)  # too little to even start
    result = extract_in_sandbox("pdf", PDF)
    assert result["refused"][0] == "extraction_failed", result


def test_results_are_cached_by_bytes_and_a_time_out_is_tried_again(tmp_path, monkeypatch):
    cache = DocumentCache(tmp_path)
    files = [("a" * 64, "pdf", PDF)]
    first = extract_files(files, cache)
    monkeypatch.setattr(formats, "extract_in_sandbox", lambda *a: pytest.fail("read again"))
    assert extract_files(files, cache) == first

    calls = []

    def slow(fmt, data, timeout):
        calls.append(fmt)
        return {"refused": ["extraction_timeout", "took too long"]}

    monkeypatch.setattr(formats, "extract_in_sandbox", slow)
    other = [("b" * 64, "pdf", PDF)]
    extract_files(other, cache)
    extract_files(other, cache)
    assert calls == ["pdf", "pdf"]  # a time-out is the machine's, not the file's: not kept


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    fmt=st.sampled_from(["pdf", "html"]),
    data=st.one_of(
        st.binary(max_size=400),
        st.binary(max_size=400).map(lambda b: b"%PDF-1.4\n" + b),
        st.binary(max_size=300).map(lambda b: PDF[:800] + b),
        st.text(max_size=300).map(
            lambda t: f"<html><body><p>{t}</p><script>{t}</script></body></html>".encode()
        ),
    ),
)
def test_hostile_bytes_give_a_result_or_a_named_refusal_never_an_exception(fmt, data):
    result = run(fmt, data)
    assert valid_result(result), result
    if "refused" not in result:
        assert "<script" not in result["text"]
