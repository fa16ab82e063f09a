"""The per-document cache: reuse by content and code version, misses computed, atomic entries."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import pickle
from dataclasses import asdict
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cache import TYPE_TAGS, DocumentCache, code_fingerprint, content_key, loads_data, to_json_data
from pipeline.sources import read_raw_dir
from pipeline.stages.normalise import normalise_frame
from pipeline.stages.segment import segment_frame
from tests.conftest import RAW


class Counter:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, payload: str) -> str:
        self.calls.append(payload)
        return payload.upper()


def test_second_map_reads_every_result_back(tmp_path: Path) -> None:
    fn = Counter()
    items = [("k1", "a"), ("k2", "b")]
    assert DocumentCache(tmp_path).map("stage", "v1", items, fn) == ["A", "B"]
    cache = DocumentCache(tmp_path)
    assert cache.map("stage", "v1", items, fn) == ["A", "B"]
    assert fn.calls == ["a", "b"]
    assert cache.metadata("stage") == {"cache_hits": 2, "cache_misses": 0, "cache_hit_rate": 1.0}


def test_only_the_new_item_is_computed_and_order_is_kept(tmp_path: Path) -> None:
    DocumentCache(tmp_path).map("stage", "v1", [("k1", "a"), ("k2", "b")], Counter())
    fn = Counter()
    cache = DocumentCache(tmp_path)
    out = cache.map("stage", "v1", [("k3", "c"), ("k1", "a"), ("k2", "b")], fn)
    assert out == ["C", "A", "B"]
    assert fn.calls == ["c"]
    assert cache.stats["stage"].hits == 2 and cache.stats["stage"].misses == 1


def test_a_new_code_version_recomputes_and_prune_drops_the_old(tmp_path: Path) -> None:
    DocumentCache(tmp_path).map("stage", "v1", [("k1", "a")], Counter())
    fn = Counter()
    cache = DocumentCache(tmp_path)
    cache.map("stage", "v2", [("k1", "a")], fn)
    assert fn.calls == ["a"]
    assert cache.prune("stage", "v2") == 1
    assert [d.name for d in (tmp_path / "stage").iterdir()] == ["v2"]


def test_stages_do_not_share_entries(tmp_path: Path) -> None:
    DocumentCache(tmp_path).map("one", "v1", [("k1", "a")], Counter())
    fn = Counter()
    DocumentCache(tmp_path).map("two", "v1", [("k1", "a")], fn)
    assert fn.calls == ["a"]


def test_a_torn_entry_is_a_miss_and_is_rewritten(tmp_path: Path) -> None:
    DocumentCache(tmp_path).map("stage", "v1", [("k1", "a")], Counter())
    (entry,) = (tmp_path / "stage" / "v1").rglob("*.json")
    entry.write_bytes(b"\x80\x05garbage")
    cache = DocumentCache(tmp_path)
    assert cache.map("stage", "v1", [("k1", "a")], Counter()) == ["A"]
    assert cache.stats["stage"].unreadable == 1
    assert DocumentCache(tmp_path).map("stage", "v1", [("k1", "a")], Counter()) == ["A"]


def test_a_failing_function_leaves_no_entry_behind(tmp_path: Path) -> None:
    def boom(_: str) -> str:
        raise RuntimeError("bad document")

    with pytest.raises(RuntimeError):
        DocumentCache(tmp_path).map("stage", "v1", [("k1", "a")], boom)
    assert not list(tmp_path.rglob("*.json"))


def test_remember_computes_one_result_once_and_again_when_its_entry_fails_validation(tmp_path: Path) -> None:
    calls: list[int] = []

    def compute() -> dict[str, list[int]]:
        calls.append(1)
        return {"column": [1, 2]}

    assert DocumentCache(tmp_path).remember("stage", "v1", "k1", compute) == {"column": [1, 2]}
    cache = DocumentCache(tmp_path)
    assert cache.remember("stage", "v1", "k1", compute) == {"column": [1, 2]}
    assert len(calls) == 1 and cache.stats["stage"].hits == 1
    assert DocumentCache(tmp_path).remember("stage", "v1", "k1", compute, validate=lambda _: False)
    assert len(calls) == 2, "an entry its validator refuses is computed again"
    DocumentCache(tmp_path).remember("stage", "v2", "k1", compute)
    assert len(calls) == 3, "another code version shares nothing"


def test_content_key_separates_parts() -> None:
    assert content_key("ab", "c") != content_key("a", "bc")
    assert content_key("a", None) != content_key("a", "")
    assert content_key("x", 1) == content_key("x", 1)


def test_code_fingerprint_follows_the_source(tmp_path: Path) -> None:
    rules = tmp_path / "rules.py"
    rules.write_text("A = 1\n")
    before = code_fingerprint(rules)
    rules.write_text("A = 2\n")
    assert code_fingerprint(rules) != before


@pytest.mark.parametrize("library", ["spacy", "py3langid", "text2num", "pandas", "pyarrow"])
def test_code_fingerprint_follows_the_versions_of_the_libraries_that_shape_results(
    tmp_path: Path, monkeypatch, library
) -> None:
    from pipeline import cache as cache_module

    rules = tmp_path / "rules.py"
    rules.write_text("A = 1\n")
    cache_module.library_versions.cache_clear()
    before = code_fingerprint(rules)
    assert f"{library}=" in cache_module.library_versions() and "python=3." in cache_module.library_versions()
    real = cache_module.metadata.version
    monkeypatch.setattr(
        cache_module.metadata, "version", lambda name: "999.0" if name == library else real(name)
    )
    cache_module.library_versions.cache_clear()
    try:
        assert code_fingerprint(rules) != before, f"upgrading {library} must not reuse old results"
    finally:
        monkeypatch.undo()
        cache_module.library_versions.cache_clear()
    assert code_fingerprint(rules) == before


def test_code_fingerprint_follows_the_python_version(tmp_path: Path, monkeypatch) -> None:
    from pipeline import cache as cache_module

    rules = tmp_path / "rules.py"
    rules.write_text("A = 1\n")
    cache_module.library_versions.cache_clear()
    before = code_fingerprint(rules)
    monkeypatch.setattr(cache_module.sys, "version_info", (3, 99, 0))
    cache_module.library_versions.cache_clear()
    try:
        assert code_fingerprint(rules) != before
    finally:
        monkeypatch.undo()
        cache_module.library_versions.cache_clear()


def test_cached_stage_frames_equal_uncached_ones(tmp_path: Path) -> None:
    files, _ = read_raw_dir(RAW)
    raw = pd.DataFrame([asdict(f) for f in files])
    plain_norm = normalise_frame(raw)
    plain_seg = segment_frame(plain_norm)
    for _ in range(2):  # cold, then warm
        cache = DocumentCache(tmp_path)
        norm = normalise_frame(raw, cache)
        pd.testing.assert_frame_equal(norm, plain_norm)
        pd.testing.assert_frame_equal(segment_frame(norm, cache), plain_seg)
    assert cache.metadata("normalise")["cache_hits"] == len(raw)
    assert cache.metadata("segment")["cache_misses"] == 0


def test_entries_are_json_data_never_pickles(tmp_path: Path) -> None:
    value = {"when": dt.date(2015, 7, 2), "span": (3, 9), "share": float("nan"), "rows": [{"n": 1}]}
    DocumentCache(tmp_path).map("stage", "v1", [("k1", "a")], lambda _: value)
    (entry,) = (tmp_path / "stage" / "v1").rglob("*.json")
    head, body = entry.read_text(encoding="utf-8").split("\n", 1)
    assert json.loads(head)["key"] == "k1" and json.loads(body)["when"] == {"__date__": "2015-07-02"}
    (out,) = DocumentCache(tmp_path).map("stage", "v1", [("k1", "a")], Counter())
    assert out["when"] == dt.date(2015, 7, 2) and out["span"] == (3, 9) and math.isnan(out["share"])


def test_an_altered_value_fails_its_digest_and_is_recomputed(tmp_path: Path) -> None:
    DocumentCache(tmp_path).map("stage", "v1", [("k1", "a")], Counter())
    (entry,) = (tmp_path / "stage" / "v1").rglob("*.json")
    head, _ = entry.read_text(encoding="utf-8").split("\n", 1)
    entry.write_text(head + "\n" + json.dumps("FORGED"), encoding="utf-8")
    assert DocumentCache(tmp_path).map("stage", "v1", [("k1", "a")], Counter()) == ["A"]


def test_a_crafted_pickle_in_the_cache_is_never_loaded(tmp_path: Path) -> None:
    class Boom:
        def __reduce__(self):
            return (os.system, (f"touch {tmp_path / 'pwned'}",))

    entry = DocumentCache(tmp_path)._entry("stage", "v1", "k1")
    entry.parent.mkdir(parents=True)
    entry.write_bytes(pickle.dumps(Boom()))
    entry.with_suffix(".pkl").write_bytes(pickle.dumps(Boom()))
    cache = DocumentCache(tmp_path)
    assert cache.map("stage", "v1", [("k1", "a")], Counter()) == ["A"]
    assert not (tmp_path / "pwned").exists()
    assert cache.stats["stage"].unreadable == 1


@pytest.mark.parametrize(
    "header",
    [
        {"format": 1, "key": "other-key"},  # copied from another entry
        {"format": 99, "key": "k1"},
        {"key": "k1"},
        ["not", "an", "entry"],
    ],
)
def test_an_entry_that_is_not_its_own_is_recomputed(tmp_path: Path, header) -> None:
    entry = DocumentCache(tmp_path)._entry("stage", "v1", "k1")
    entry.parent.mkdir(parents=True)
    body = json.dumps("X").encode()
    if isinstance(header, dict):
        header = {**header, "sha256": hashlib.sha256(body).hexdigest()}
    entry.write_bytes(json.dumps(header).encode() + b"\n" + body)
    assert DocumentCache(tmp_path).map("stage", "v1", [("k1", "a")], Counter()) == ["A"]


def test_an_entry_failing_the_stage_schema_is_recomputed(tmp_path: Path) -> None:
    files, _ = read_raw_dir(RAW)
    raw = pd.DataFrame([asdict(f) for f in files[:1]])
    cache = DocumentCache(tmp_path / "cache")
    good = normalise_frame(raw, cache)
    (entry,) = (tmp_path / "cache" / "normalise").rglob("*.json")
    head, body = entry.read_bytes().split(b"\n", 1)
    value = json.loads(body)
    value["n_chars"] = -1  # wrong for the text it holds, with a digest that matches
    body = json.dumps(value).encode()
    header = {**json.loads(head), "sha256": hashlib.sha256(body).hexdigest()}
    entry.write_bytes(json.dumps(header).encode() + b"\n" + body)
    cache = DocumentCache(tmp_path / "cache")
    pd.testing.assert_frame_equal(normalise_frame(raw, cache), good)
    assert cache.stats["normalise"].unreadable == 1


def test_a_key_that_is_not_a_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        DocumentCache(tmp_path).map("stage", "v1", [("../../escape", "a")], Counter())


_plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.dates() | st.datetimes(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=4).map(tuple)
        | st.dictionaries(st.text().filter(lambda k: k not in TYPE_TAGS), inner, max_size=4)
    ),
    max_leaves=20,
)


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    if isinstance(a, list | tuple):
        return type(a) is type(b) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


@given(_plain)
def test_plain_data_comes_back_as_it_went_in(value: object) -> None:
    text = json.dumps(to_json_data(value), allow_nan=False)
    assert _same(value, loads_data(text))


def test_a_non_finite_literal_or_a_foreign_float_tag_is_refused() -> None:
    for text in ("NaN", "[Infinity]", '{"__float__": "1e999"}'):
        with pytest.raises(ValueError):
            loads_data(text)
