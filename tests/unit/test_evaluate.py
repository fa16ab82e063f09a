import pandas as pd
import pytest

from pipeline.evaluate import GOLD_DIR, document_map, load_gold, overlap, render_markdown, score_table


def gold(rows):
    return pd.DataFrame(rows).astype(str)


def test_overlap_is_share_of_shorter_word_set():
    assert overlap("We will act now", "we WILL act") == 1.0
    assert overlap("alpha beta", "gamma") == 0.0


def test_core_first_borderline_set_aside_and_false_positives():
    g = gold(
        [
            {
                "doc": "a.txt",
                "quote": "France will patrol the coast",
                "actor": "FR",
                "theme": "border_security",
                "deadline_date": "",
                "confidence": "core",
            },
            {
                "doc": "a.txt",
                "quote": "Returns will be conducted carefully",
                "actor": "GB;FR",
                "theme": "returns",
                "deadline_date": "",
                "confidence": "borderline",
            },
            {
                "doc": "a.txt",
                "quote": "We will open negotiations by March 2011",
                "actor": "GB;FR",
                "theme": "legal_framework",
                "deadline_date": "2011-03-31",
                "confidence": "core",
            },
        ]
    )
    pred = pd.DataFrame(
        [
            {
                "doc_id": "A",
                "text": "France will patrol the coast.",
                "actor": "GB;FR",
                "theme": "border_security",
                "deadline_date": None,
            },
            {
                "doc_id": "A",
                "text": "Returns will be conducted carefully.",
                "actor": "GB;FR",
                "theme": "returns",
                "deadline_date": None,
            },
            {
                "doc_id": "A",
                "text": "Something unrelated entirely here.",
                "actor": "GB;FR",
                "theme": "governance",
                "deadline_date": None,
            },
        ]
    )
    r = score_table("commitments", g, pred, {"a.txt": "A"})
    assert (r["core"], r["pred"], r["tp"], r["aside"]) == (2, 3, 1, 1)
    assert r["precision"] == pytest.approx(0.5) and r["recall"] == pytest.approx(0.5)
    assert r["fields"]["actor"] == 0.0 and r["fields"]["theme"] == 1.0
    assert r["fields"]["deadline_date"] is None  # only counted where gold has a value
    assert len(r["misses"]) == 1 and len(r["extras"]) == 1


def test_funding_matches_on_amount_and_currency_only():
    g = gold(
        [
            {
                "doc": "a.txt",
                "quote": "x",
                "amount": "5000000",
                "currency": "EUR",
                "kind": "pledge",
                "per_year": "true",
                "years": "3",
                "total_amount": "15000000",
                "donor": "GB",
                "confidence": "core",
            }
        ]
    )
    pred = pd.DataFrame(
        [
            {
                "doc_id": "A",
                "text": "y",
                "amount": 5e6,
                "currency": "eur",
                "kind": "pledge",
                "per_year": True,
                "years": 3,
                "total_amount": 15e6,
                "donor": "GB",
            }
        ]
    )
    r = score_table("funding", g, pred, {"a.txt": "A"})
    assert r["tp"] == 1 and all(v == 1.0 for v in r["fields"].values())


def test_documents_matched_by_sha256():
    _, gold_docs = load_gold(GOLD_DIR)
    docs = pd.DataFrame({"sha256": [gold_docs["sha256"][0], "other"], "doc_id": ["X", "Y"]})
    assert document_map(gold_docs, docs) == {gold_docs["doc"][0]: "X"}


def test_missing_gold_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"commitments\.csv"):
        load_gold(tmp_path)


def test_markdown_shows_baseline_beside_pipeline():
    res = {
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.667,
        "core": 2,
        "pred": 1,
        "tp": 1,
        "aside": 0,
        "fields": {"actor": 1.0},
        "misses": ["A: missed"],
        "extras": [],
    }
    base = {**res, "precision": 0.25}
    report = {
        "documents_matched": 1,
        "documents_in_gold": 1,
        "pipeline": {t: res for t in ("commitments", "funding", "statistics")},
        "baseline": {t: base for t in ("commitments", "funding", "statistics")},
    }
    md = render_markdown(report)
    assert "| commitments | 1.000 | 0.500 | 0.667 | 2 | 1 | 1 | 0.250 |" in md
    assert "- miss: A: missed" in md
