import json
import re

import pandas as pd
import pytest

from pipeline.evaluate import (
    GOLD_ROOT,
    below_floors,
    document_map,
    evaluate,
    floor_of,
    floors_frame,
    gold_sets,
    load_gold,
    overlap,
    own_text_tables,
    render_markdown,
    render_summary,
    score_metadata,
    score_negatives,
    score_table,
)


def gold(rows):
    return pd.DataFrame(rows).astype(str)


def test_overlap_is_share_of_shorter_word_set():
    assert overlap("We will act now", "we WILL act") == 1.0
    assert overlap("alpha beta", "gamma") == 0.0


def test_accented_letters_belong_to_words():
    """The shared scorer's words are Unicode word characters: `sécurité` is one word, not `s`+`curit`."""
    assert overlap("sécurité renforcée", "la sécurité renforcée") == 1.0
    assert overlap("sécurité", "s curit") == 0.0


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


def test_the_gold_root_is_gold_unless_the_gold_setting_names_another(monkeypatch, tmp_path):
    from pipeline.settings import default_paths

    monkeypatch.delenv("PIPELINE_GOLD_DIR", raising=False)
    assert default_paths().gold_dir == GOLD_ROOT
    monkeypatch.setenv("PIPELINE_GOLD_DIR", str(tmp_path))
    assert default_paths().gold_dir == tmp_path


def test_gold_sets_are_shipped_outside_the_tests_in_report_order():
    assert [s["set"] for s in gold_sets(GOLD_ROOT)] == [
        "seeds",
        "dev",
        "dev-fr",
        "challenge",
        "challenge-fr",
        "heldout",
        "heldout-fr",
        "heldout2",
        "heldout2-fr",
        "heldout3",
        "heldout3-fr",
        "heldout4",
        "heldout4-fr",
        "heldout5",
        "heldout5-fr",
        "heldout6",
        "heldout6-fr",
        "heldout7",
        "heldout7-fr",
        "heldout8",
        "heldout8-fr",
        "heldout9",
        "heldout9-fr",
        "heldout10",
        "heldout10-fr",
        "heldout11",
        "heldout11-fr",
        "heldout12",
        "heldout12-fr",
        "heldout13",
        "heldout13-fr",
        "heldout14",
        "heldout14-fr",
        "heldout15",
        "heldout15-fr",
        "heldout16",
        "heldout16-fr",
        "heldout17",
        "heldout17-fr",
        "heldout18",
        "heldout18-fr",
        "heldout19",
        "heldout19-fr",
        "heldout20",
        "heldout20-fr",
        "heldout21",
        "heldout21-fr",
        "heldout22",
        "heldout22-fr",
    ]
    assert "tests" not in GOLD_ROOT.parts
    for spec in gold_sets(GOLD_ROOT):
        tables, docs = load_gold(GOLD_ROOT / spec["set"])
        named = set().union(*(set(t["doc"]) for t in tables.values()))
        assert named <= set(docs["doc"]), spec["set"]  # every gold row names a listed text
        assert docs["sha256"].str.fullmatch(r"[0-9a-f]{64}").all()


def test_documents_matched_by_sha256():
    _, gold_docs = load_gold(GOLD_ROOT / "seeds")
    docs = pd.DataFrame({"sha256": [gold_docs["sha256"][0], "other"], "doc_id": ["X", "Y"]})
    assert document_map(gold_docs, docs) == {gold_docs["doc"][0]: "X"}


def test_missing_gold_file_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"commitments\.csv"):
        load_gold(tmp_path)


def tiny_gold(root):
    """A one-set gold folder (and its sets.csv) with one core commitment."""
    (root / "one").mkdir(parents=True)
    (root / "sets.csv").write_text(
        "set,title,language,texts,development\none,One text,en,raw,yes\n", encoding="utf-8"
    )
    (root / "one" / "documents.csv").write_text("doc,sha256,raw_file\na.txt,aaa,a.txt\n", encoding="utf-8")
    (root / "one" / "commitments.csv").write_text(
        "doc,quote,actor,theme,deadline_date,confidence\na.txt,France will patrol,FR,border_security,,core\n",
        encoding="utf-8",
    )
    for name, cols in (("funding", "amount,currency"), ("statistics", "value,unit")):
        (root / "one" / f"{name}.csv").write_text(f"doc,quote,{cols},confidence\n", encoding="utf-8")
    return root


def published(doc_ids_and_shas):
    docs = pd.DataFrame(
        [
            {"doc_id": d, "sha256": s, "source_file": f"{d}.txt", "title": f"Title {d}"}
            for d, s in doc_ids_and_shas
        ]
    )
    empty = {
        "commitments": pd.DataFrame(
            [{"doc_id": "A", "text": "France will patrol.", "actor": "FR", "theme": "border_security"}]
        ),
        "funding": pd.DataFrame(columns=["doc_id", "text", "amount", "currency"]),
        "statistics": pd.DataFrame(columns=["doc_id", "text", "value", "unit"]),
    }
    return {"documents": docs, **empty}


def test_each_set_reported_apart_and_documents_without_gold_listed_not_evaluated(tmp_path):
    root = tiny_gold(tmp_path / "gold")
    report = evaluate(published([("A", "aaa"), ("B", "bbb")]), gold_root=root, baseline=False)
    assert list(report["sets"]) == ["one"]
    assert report["sets"]["one"]["pipeline"]["commitments"]["f1"] == 1.0
    assert report["not_evaluated"] == [{"doc_id": "B", "source_file": "B.txt", "title": "Title B"}]
    assert report["statement"].startswith(
        "Measured on 1 annotated texts, every set used in development (one)"
    )
    md = render_markdown(report)
    assert "## Not evaluated (1)" in md and "Title B" in md
    assert "not the accuracy to expect on a new text" in md


def test_report_holds_no_absolute_path(tmp_path):
    root = tiny_gold(tmp_path / "gold")
    text = json.dumps(evaluate(published([("A", "aaa")]), gold_root=root, baseline=False))
    assert str(tmp_path) not in text and '"/' not in text
    assert json.loads(text)["sets"]["one"]["gold"] == "gold/one"


def test_hostile_text_in_misses_is_not_markup(tmp_path):
    root = tiny_gold(tmp_path / "gold")
    tables = published([("A", "aaa")])
    tables["commitments"] = pd.DataFrame(
        [
            {
                "doc_id": "A",
                "text": "<script>x</script>\n## Licences [a](javascript:b)",
                "actor": "",
                "theme": "",
            }
        ]
    )
    md = render_markdown(evaluate(tables, gold_root=root, baseline=False))
    assert "<script>" not in md and "\n## Licences" not in md
    assert not re.search(r"(?<!\\)\]\(javascript:", md)  # `\[a\](…)` is text, `[a](…)` a link


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
    one_set = {
        "title": "A set",
        "language": "en",
        "used_in_development": "yes",
        "documents_matched": 1,
        "documents_in_gold": 1,
        "pipeline": {t: res for t in ("commitments", "funding", "statistics")},
        "baseline": {t: base for t in ("commitments", "funding", "statistics")},
    }
    report = {"sets": {"s": one_set}, "documents_evaluated": 1, "not_evaluated": []}
    md = render_markdown(report)
    assert "| commitments | 1.000 | 0.500 | 0.667 | 2 | 1 | 1 | 0.250 |" in md
    assert "- miss: A: missed" in md
    assert "| s | en | 1 | yes | 0.667 | 0.667 | 0.667 |" in md


def test_sets_say_their_texts_language_and_use_in_development():
    specs = {s["set"]: s for s in gold_sets(GOLD_ROOT)}
    assert {n: s["texts"] for n, s in specs.items()} == {
        "seeds": "raw",
        "dev": "raw",
        "dev-fr": "raw",
        "challenge": "own",
        "challenge-fr": "own",
        "heldout": "own",
        "heldout-fr": "own",
        "heldout2": "own",
        "heldout2-fr": "own",
        "heldout3": "own",
        "heldout3-fr": "own",
        "heldout4": "own",
        "heldout4-fr": "own",
        "heldout5": "own",
        "heldout5-fr": "own",
        "heldout6": "own",
        "heldout6-fr": "own",
        "heldout7": "own",
        "heldout7-fr": "own",
        "heldout8": "own",
        "heldout8-fr": "own",
        "heldout9": "own",
        "heldout9-fr": "own",
        "heldout10": "own",
        "heldout10-fr": "own",
        "heldout11": "own",
        "heldout11-fr": "own",
        "heldout12": "own",
        "heldout12-fr": "own",
        "heldout13": "own",
        "heldout13-fr": "own",
        "heldout14": "own",
        "heldout14-fr": "own",
        "heldout15": "own",
        "heldout15-fr": "own",
        "heldout16": "own",
        "heldout16-fr": "own",
        "heldout17": "own",
        "heldout17-fr": "own",
        "heldout18": "own",
        "heldout18-fr": "own",
        "heldout19": "own",
        "heldout19-fr": "own",
        "heldout20": "own",
        "heldout20-fr": "own",
        "heldout21": "own",
        "heldout21-fr": "own",
        "heldout22": "own",
        "heldout22-fr": "own",
    }
    # held-out set 22 was measured and never studied: the one set that says what to expect
    assert {n for n, s in specs.items() if s["development"] == "no"} == {"heldout22", "heldout22-fr"}
    assert specs["challenge-fr"]["language"] == specs["heldout-fr"]["language"] == "fr"
    # every listed text ships, with its bytes
    for name in (n for n, s in specs.items() if s["texts"] == "own"):
        _, docs = load_gold(GOLD_ROOT / name)
        shipped = sorted(p.name for p in (GOLD_ROOT / name / "texts").glob("*.txt"))
        assert shipped == sorted(docs["raw_file"])


def test_a_negative_gives_a_row_when_a_passage_holds_it_or_it_holds_the_passage():
    negatives = pd.DataFrame(
        [
            {"doc": "a.txt", "text": "The  ministers met in Rome.", "tables": "all"},
            {"doc": "a.txt", "text": "Smugglers charge 4,000 euros a head.", "tables": "funding"},
            {"doc": "a.txt", "text": "Nobody found this one.", "tables": "statistics"},
        ]
    )
    tables = {
        "commitments": pd.DataFrame({"doc_id": ["A"], "text": ["The ministers met in Rome."]}),
        "funding": pd.DataFrame({"doc_id": ["A", "B"], "text": ["4,000 euros", "Nobody found this one."]}),
        "statistics": pd.DataFrame({"doc_id": ["B"], "text": ["Nobody found this one."]}),
    }
    r = score_negatives(negatives, tables, {"a.txt": "A"})
    assert (r["sentences"], r["gave_a_row"]) == (3, 2)
    assert r["hits"][1].startswith("funding: a.txt")


def test_metadata_agreement_per_field_parties_in_any_order():
    # a no-break space before a French colon is a space to the title's reader
    title = "Plan d'action\u00a0: migrations"
    expected = pd.DataFrame(
        [
            {
                "file": "a.txt",
                "title": title,
                "doc_date": "2024-01-02",
                "parties": "GB;FR",
                "doc_type": "treaty",
            }
        ]
    )
    gold_docs = pd.DataFrame([{"doc": "a.txt", "sha256": "aaa", "raw_file": "a.txt"}])
    documents = pd.DataFrame(
        [
            {
                "sha256": "aaa",
                "title": "Plan d'action : migrations",
                "doc_date": "2024-01-03",
                "parties": "FR;GB",
                "doc_type": "treaty",
            }
        ]
    )
    r = score_metadata(expected, documents, gold_docs)
    assert r["fields"] == {"title": 1.0, "doc_date": 0.0, "parties": 1.0, "doc_type": 1.0}
    assert r["wrong"] == ["a.txt: doc_date '2024-01-03', expected '2024-01-02'"]


def test_floors_sit_below_what_was_measured_and_never_at_one():
    assert floor_of(1.0) == 0.95 and floor_of(0.5) == 0.45 and floor_of(0.03) == 0.0
    assert floor_of(0.999) <= 0.98
    res = {"precision": 1.0, "recall": 0.9, "f1": 0.947, "fields": {"actor": None}, "measured": True}
    report = {"sets": {"s": {"pipeline": {t: res for t in ("commitments", "funding", "statistics")}}}}
    report["sets"]["s"]["negatives"] = {"gave_a_row": 2}
    floors = floors_frame(report)
    assert not below_floors(report, floors)
    assert (floors[floors["bound"] == "min"]["value"].astype(float) <= 0.98).all()
    assert "actor" not in " ".join(floors["measure"])  # never compared: no floor
    worse = json.loads(json.dumps(report))
    worse["sets"]["s"]["pipeline"]["funding"]["recall"] = 0.5
    worse["sets"]["s"]["negatives"]["gave_a_row"] = 3
    failures = below_floors(worse, floors)
    assert len(failures) == 2 and failures[0].startswith("s/funding/recall: 0.500")


def test_summary_has_scores_but_no_per_text_misses():
    res = {"precision": 1.0, "recall": 0.5, "f1": 0.667, "core": 2, "pred": 1, "tp": 1, "aside": 0}
    res |= {"fields": {"actor": 1.0}, "misses": ["A: missed text"], "extras": []}
    one = {"title": "T", "language": "en", "documents_matched": 1, "documents_in_gold": 1}
    one |= {"pipeline": {t: res for t in ("commitments", "funding", "statistics")}}
    one |= {"negatives": {"sentences": 3, "gave_a_row": 1, "hits": ["funding: a.txt: x"]}}
    text = render_summary({"sets": {"s": one}, "documents_evaluated": 1})
    assert "| commitments | 1.000 | 0.500 | 0.667 |" in text and "1 of 3 gave one" in text
    assert "missed text" not in text


def test_a_set_not_used_in_development_is_named_as_such(tmp_path):
    root = tiny_gold(tmp_path / "gold")
    (root / "sets.csv").write_text(
        "set,title,language,texts,development\none,One,en,raw,no\n", encoding="utf-8"
    )
    report = evaluate(published([("A", "aaa")]), gold_root=root, baseline=False)
    assert report["sets"]["one"]["used_in_development"] == "no"
    assert "not used in development: one" in report["statement"]


def test_a_set_s_own_texts_are_run_once_and_read_back_until_a_text_changes(tmp_path, monkeypatch):
    import shutil

    import pipeline.stages.core as core
    from pipeline.cache import DocumentCache
    from tests.conftest import RAW

    texts = tmp_path / "set" / "texts"
    texts.mkdir(parents=True)
    shutil.copy(sorted(RAW.glob("*.txt"))[0], texts)
    cache = DocumentCache(tmp_path / "cache")
    runs = []
    real = core.run_core
    monkeypatch.setattr(core, "run_core", lambda *a, **k: runs.append(1) or real(*a, **k))
    sets = {"invented": tmp_path / "set"}
    first = own_text_tables(sets, cache)["invented"]
    again = own_text_tables(sets, DocumentCache(tmp_path / "cache"))["invented"]
    assert len(runs) == 1 and len(first["commitments"]) > 0
    for name, frame in first.items():
        pd.testing.assert_frame_equal(frame, again[name])
    edited = next(texts.glob("*.txt"))
    added = "\nThe Parties will meet again.\n"
    edited.write_text(edited.read_text(encoding="utf-8") + added, encoding="utf-8")
    changed = own_text_tables(sets, DocumentCache(tmp_path / "cache"))["invented"]
    assert len(runs) == 2 and len(changed["commitments"]) == len(first["commitments"]) + 1


def test_sets_run_together_each_read_only_its_own_documents(tmp_path):
    import shutil

    from tests.conftest import RAW

    seeds = sorted(RAW.glob("*.txt"))
    sets = {}
    for name, text in (("first", seeds[0]), ("second", seeds[1])):
        (tmp_path / name / "texts").mkdir(parents=True)
        shutil.copy(text, tmp_path / name / "texts")
        sets[name] = tmp_path / name
    tables = own_text_tables(sets)
    for name, text in (("first", seeds[0]), ("second", seeds[1])):
        documents = tables[name]["documents"]
        assert list(documents["source_file"]) == [text.name], name
        for table in ("commitments", "funding", "statistics"):
            assert set(tables[name][table]["doc_id"]) <= set(documents["doc_id"]), (name, table)
    assert len(tables["first"]["commitments"]) and len(tables["second"]["commitments"])
