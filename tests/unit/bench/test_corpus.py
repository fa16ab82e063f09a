"""The benchmark's synthetic corpus: deterministic, varied, and never duplicated."""

from __future__ import annotations

import hashlib

from bench.corpus import read_templates, write_corpus
from tests.conftest import RAW


def test_corpus_is_deterministic_and_has_no_duplicate_bytes(tmp_path):
    templates = read_templates(RAW)
    write_corpus(templates, 12, tmp_path / "a")
    write_corpus(templates, 12, tmp_path / "b")
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    assert a == b
    assert len({hashlib.sha256(v).hexdigest() for v in a.values()}) == 12


def test_synthetic_documents_keep_the_seed_layouts_with_new_figures(tmp_path):
    templates = read_templates(RAW)
    write_corpus(templates, len(templates), tmp_path)
    docs = [p.read_text(encoding="utf-8") for p in sorted(tmp_path.iterdir())]
    for template, doc in zip(templates, docs, strict=True):
        assert doc != template
        assert doc.count("\n") == template.count("\n")  # same layout: line breaks, bullets, wraps
