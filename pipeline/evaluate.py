"""Score extracted tables against the gold annotations with the guideline's matching rules.

Kept apart from extraction: nothing under ``pipeline/extract`` reads gold. The rules replicate
``shared/tools/score.py`` exactly (word-set overlap for commitments, amount+currency for funding,
value+unit+overlap for statistics; core rows first, predictions matching only a borderline row
set aside), but gold comes from ``tests/fixtures/gold/seeds`` and documents are matched by the
SHA-256 listed in its ``documents.csv``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "gold" / "seeds"
EXTRACTED = ("commitments", "funding", "statistics")
FIELDS = {
    "commitments": ["actor", "theme", "deadline_date"],
    "funding": ["kind", "per_year", "years", "total_amount", "donor"],
    "statistics": ["qualifier", "direction", "unit"],
}
WORD = re.compile(r"[a-z0-9]+")


def words(s) -> set[str]:
    return set(WORD.findall(str(s).lower()))


def overlap(a, b) -> float:
    """Share of the shorter text's (case-folded) word set found in the other."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def num_eq(a, b) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


def same(table: str, g: dict, p: dict) -> bool:
    if table == "commitments":
        return overlap(g["quote"], p["text"]) >= 0.5
    if table == "funding":
        return num_eq(g["amount"], p["amount"]) and str(g["currency"]).upper() == str(p["currency"]).upper()
    return (
        num_eq(g["value"], p["value"])
        and str(g["unit"]) == str(p["unit"])
        and overlap(g["quote"], p["text"]) >= 0.3
    )


def norm(v) -> str:
    """A field value as compared: empty for missing, lower-case booleans, numbers by value, dates
    by their first ten characters."""
    if v is None or (not isinstance(v, (list, dict)) and pd.isna(v)):
        return ""
    s = str(v).strip()
    if s.lower() in ("true", "false"):
        return s.lower()
    try:
        return repr(float(s))
    except ValueError:
        return s[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", s) else s


def score_table(table: str, gold: pd.DataFrame, pred: pd.DataFrame, doc_map: dict[str, str]) -> dict:
    """Precision, recall, F1, field accuracy on matched pairs, misses and false positives."""
    gold = gold.copy()
    gold["doc_id"] = gold["doc"].map(doc_map)
    res: dict = {"core": 0, "pred": 0, "tp": 0, "aside": 0}
    field_hits = {f: [0, 0] for f in FIELDS[table]}
    misses: list[str] = []
    extras: list[str] = []
    known = set(doc_map.values())
    for doc_id in sorted(set(gold["doc_id"].dropna()) | set(pred["doc_id"])):
        if doc_id not in known:
            continue
        g = gold[gold["doc_id"] == doc_id].to_dict("records")
        p = pred[pred["doc_id"] == doc_id].to_dict("records")
        res["core"] += sum(1 for r in g if r["confidence"] == "core")
        res["pred"] += len(p)
        used: set[int] = set()
        for conf in ("core", "borderline"):
            for gr in g:
                if gr["confidence"] != conf:
                    continue
                best, best_s = None, -1.0
                for pi, pr in enumerate(p):
                    if pi in used or not same(table, gr, pr):
                        continue
                    s = overlap(gr["quote"], pr["text"])
                    if s > best_s:
                        best, best_s = pi, s
                if best is None:
                    if conf == "core":
                        misses.append(f"{doc_id}: {str(gr['quote'])[:90]}")
                    continue
                used.add(best)
                if conf == "core":
                    res["tp"] += 1
                    for f in FIELDS[table]:
                        if f in gr and f in p[best] and norm(gr[f]) != "":
                            field_hits[f][1] += 1
                            field_hits[f][0] += norm(gr[f]) == norm(p[best][f])
                else:
                    res["aside"] += 1
        extras += [f"{doc_id}: {str(pr.get('text'))[:90]}" for pi, pr in enumerate(p) if pi not in used]
    denom = res["pred"] - res["aside"]
    res["precision"] = res["tp"] / denom if denom else 0.0
    res["recall"] = res["tp"] / res["core"] if res["core"] else 1.0
    pr_, rc = res["precision"], res["recall"]
    res["f1"] = 2 * pr_ * rc / (pr_ + rc) if pr_ + rc else 0.0
    res["fields"] = {f: (h / n if n else None) for f, (h, n) in field_hits.items()}
    res["misses"] = misses
    res["extras"] = extras
    return res


def load_gold(gold_dir: Path = GOLD_DIR) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """The gold tables and the gold document list (doc, sha256, raw_file)."""
    gold_dir = Path(gold_dir)
    missing = [n for n in (*EXTRACTED, "documents") if not (gold_dir / f"{n}.csv").exists()]
    if missing:
        raise FileNotFoundError(f"{gold_dir}: missing gold file(s) {', '.join(m + '.csv' for m in missing)}")
    read = lambda n: pd.read_csv(gold_dir / f"{n}.csv", dtype=str, keep_default_na=False)  # noqa: E731
    return {n: read(n) for n in EXTRACTED}, read("documents")


def document_map(gold_documents: pd.DataFrame, documents: pd.DataFrame) -> dict[str, str]:
    """Gold `doc` name -> published doc_id, by the SHA-256 of the raw bytes."""
    by_sha = dict(zip(documents["sha256"], documents["doc_id"], strict=True))
    return {r["doc"]: by_sha[r["sha256"]] for r in gold_documents.to_dict("records") if r["sha256"] in by_sha}


def score_tables(
    tables: dict[str, pd.DataFrame], gold: dict[str, pd.DataFrame], doc_map: dict[str, str]
) -> dict:
    out = {}
    for name in EXTRACTED:
        out[name] = score_table(name, gold[name], tables[name], doc_map)
        out[name]["docs_missing"] = sorted(set(gold[name]["doc"]) - set(doc_map))
    return out


def evaluate(
    tables: dict[str, pd.DataFrame], gold_dir: Path = GOLD_DIR, baseline: bool = True, cache=None
) -> dict:
    """The evaluation report (JSON-serialisable) for ``tables`` = {"documents", "commitments",
    "funding", "statistics"}, with the naive baseline scored beside it on the documents that have
    gold (the only ones it can be scored on; ``cache``, a DocumentCache, keeps it cheap)."""
    gold, gold_docs = load_gold(gold_dir)
    doc_map = document_map(gold_docs, tables["documents"])
    report = {
        "gold": str(gold_dir),
        "documents_matched": len(doc_map),
        "documents_in_gold": len(gold_docs),
        "pipeline": score_tables(tables, gold, doc_map),
    }
    if baseline:
        from pipeline.baseline import baseline_tables

        documents = tables["documents"]
        annotated = documents[documents["doc_id"].isin(set(doc_map.values()))]
        report["baseline"] = score_tables(baseline_tables(annotated, cache), gold, doc_map)
    return report


def _fmt(v) -> str:
    return "–" if v is None else f"{v:.3f}"


def render_markdown(report: dict) -> str:
    """The report for people: scores per table beside the baseline's, field accuracy, then every
    miss and false positive."""
    lines = [
        "# Evaluation against the gold annotations",
        "",
        f"Documents matched to gold by SHA-256: {report['documents_matched']} of "
        f"{report['documents_in_gold']}.",
        "Matching follows the annotation guideline: commitments by word overlap, funding by amount and "
        "currency, statistics by value, unit and sentence overlap; borderline rows are neither required "
        "nor counted as false positives.",
        "",
        "| table | precision | recall | F1 | core | predicted | matched "
        "| baseline P | baseline R | baseline F1 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    base = report.get("baseline", {})
    for name in EXTRACTED:
        r, b = report["pipeline"][name], base.get(name, {})
        lines.append(
            f"| {name} | {_fmt(r['precision'])} | {_fmt(r['recall'])} | {_fmt(r['f1'])} | {r['core']} | "
            f"{r['pred']} | {r['tp']} | {_fmt(b.get('precision'))} | {_fmt(b.get('recall'))} | "
            f"{_fmt(b.get('f1'))} |"
        )
    lines += [
        "",
        "## Field accuracy on matched rows",
        "",
        "| table | field | pipeline | baseline |",
        "| --- | --- | --- | --- |",
    ]
    for name in EXTRACTED:
        for f, v in report["pipeline"][name]["fields"].items():
            lines.append(
                f"| {name} | {f} | {_fmt(v)} | {_fmt(base.get(name, {}).get('fields', {}).get(f))} |"
            )
    for name in EXTRACTED:
        r = report["pipeline"][name]
        lines += ["", f"## {name}: misses ({len(r['misses'])}) and false positives ({len(r['extras'])})", ""]
        lines += [f"- miss: {m}" for m in r["misses"]] + [f"- extra: {e}" for e in r["extras"]]
        if r.get("docs_missing"):
            lines.append(f"- gold documents not in the tables: {', '.join(r['docs_missing'])}")
    return "\n".join(lines) + "\n"
