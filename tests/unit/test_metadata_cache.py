"""The metadata stage is cached like the other per-document stages: a second run reads every
document back, gives the same table, and an entry altered to a wrong shape is read again from text."""

from __future__ import annotations

import hashlib
import json

import pandas as pd

from pipeline.cache import DocumentCache
from pipeline.documents import METADATA_STAGE, build_documents, valid_metadata
from pipeline.stages.core import run_core
from tests.conftest import RAW


def _normalised(documents: pd.DataFrame) -> pd.DataFrame:
    return documents[["sha256", "source_file", "text", "n_chars", "language"]]


def test_a_second_build_reads_every_document_back_and_gives_the_same_table(tmp_path) -> None:
    documents = run_core(RAW).tables["documents"]
    normalised, manifest = _normalised(documents), pd.DataFrame(columns=["file"])
    first_cache, second_cache = DocumentCache(tmp_path), DocumentCache(tmp_path)
    first = build_documents(normalised, manifest, cache=first_cache)
    second = build_documents(normalised, manifest, cache=second_cache)
    uncached = build_documents(normalised, manifest)
    pd.testing.assert_frame_equal(first, uncached)
    pd.testing.assert_frame_equal(second, uncached)
    assert first_cache.stats[METADATA_STAGE].misses == len(normalised)
    assert second_cache.stats[METADATA_STAGE].hits == len(normalised)


def test_an_entry_of_the_wrong_shape_is_read_again_from_the_text(tmp_path) -> None:
    documents = run_core(RAW).tables["documents"]
    normalised, manifest = _normalised(documents).head(1), pd.DataFrame(columns=["file"])
    expected = build_documents(normalised, manifest, cache=DocumentCache(tmp_path))
    for entry in (tmp_path / METADATA_STAGE).rglob("*.json"):
        head, _, body = entry.read_bytes().partition(b"\n")
        value = json.loads(body)
        value["title"] = 42  # a forged value: the digest is recomputed so only the shape is wrong
        body = json.dumps(value).encode()
        header = json.loads(head)
        header["sha256"] = hashlib.sha256(body).hexdigest()
        entry.write_bytes(json.dumps(header).encode() + b"\n" + body)
    cache = DocumentCache(tmp_path)
    again = build_documents(normalised, manifest, cache=cache)
    pd.testing.assert_frame_equal(again, expected)
    assert cache.stats[METADATA_STAGE].hits == 0


def test_valid_metadata_refuses_missing_fields_and_wrong_types() -> None:
    assert not valid_metadata({"title": "x"})
    assert not valid_metadata([])
