"""Score extracted tables against the gold annotations with the guideline's matching rules.

Kept apart from extraction: nothing under ``pipeline/extract`` reads gold. The matching rules are
those of ``shared/tools/score.py`` exactly (words are Unicode word characters, so accented
letters belong to words; word-set overlap for commitments, amount+currency for funding,
value+unit+overlap for statistics; core rows first, predictions matching only a borderline row
set aside). Gold is data the project ships, in ``gold/<set>/`` (see ``gold/README.md``); each set
is scored on its own, documents matched by the SHA-256 in its ``documents.csv``. A published
document in no gold set is listed as not evaluated.
"""

from __future__ import annotations

import math
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, SupportsFloat, SupportsIndex, TypedDict, cast

import pandas as pd

from pipeline.cache import code_fingerprint, content_key
from pipeline.contract import TABLES, conform, plain_values
from pipeline.publish.escape import md_cell, md_text
from pipeline.settings import GOLD_ROOT

GOLD_SETS_FILE = "sets.csv"
TEXTS_DIR = "texts"  # a set's own texts (invented ones never go to raw/)
NEGATIVES_FILE = "negatives.csv"  # sentences that must give no row
METADATA_FILE = "metadata.csv"  # the expected documents metadata
METADATA_FIELDS = ("title", "doc_date", "parties", "doc_type", "place")
EXTRACTED = ("commitments", "funding", "statistics")
FIELDS = {
    "commitments": ["actor", "theme", "deadline_date"],
    "funding": ["kind", "per_year", "years", "total_amount", "donor"],
    "statistics": ["qualifier", "direction", "unit"],
}
WORD = re.compile(r"\w+")

# A gold or published row (a record of ``DataFrame.to_dict``), and the report and its parts: JSON data.
Row = dict[str, Any]
Report = dict[str, Any]


class CoreOptions(TypedDict):
    """How ``own_text_tables`` runs the core stages on a set's own texts."""

    expectations_dir: Path | None
    code_version: str | None


def words(s: object) -> frozenset[str]:
    return _text_words(str(s))


@lru_cache(maxsize=65536)
def _text_words(text: str) -> frozenset[str]:
    """A text's word set, kept: the matching compares each quote with every row of its document."""
    return frozenset(WORD.findall(text.lower()))


def overlap(a: object, b: object) -> float:
    """Share of the shorter text's (case-folded) word set found in the other."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


_PLAIN_NUMBERS = frozenset({float, int, str})


def _number(value: object) -> float:
    """``float(value)``, and the TypeError float() raises for what it does not take (None, NA)."""
    if type(value) in _PLAIN_NUMBERS:  # the common case, without the protocols' slow isinstance
        return float(cast(float, value))
    if isinstance(value, str | bytes | bytearray | SupportsFloat | SupportsIndex):
        return float(value)
    raise TypeError(f"float() argument must be a string or a real number, not {type(value).__name__!r}")


def num_eq(a: object, b: object) -> bool:
    try:
        return abs(_number(a) - _number(b)) <= 1e-6 * max(1.0, abs(_number(b)))
    except (TypeError, ValueError):
        return False


def same(table: str, g: Row, p: Row) -> bool:
    if table == "commitments":
        return overlap(g["quote"], p["text"]) >= 0.5
    if table == "funding":
        return num_eq(g["amount"], p["amount"]) and str(g["currency"]).upper() == str(p["currency"]).upper()
    return (
        num_eq(g["value"], p["value"])
        and str(g["unit"]) == str(p["unit"])
        and overlap(g["quote"], p["text"]) >= 0.3
    )


def norm(v: object) -> str:
    """A field value as compared: empty for missing, lower-case booleans, numbers by value, dates
    by their first ten characters."""
    # pandas-stubs: isna takes any object (a scalar gives a bool), not only the scalar types it names
    if v is None or (not isinstance(v, list | dict) and pd.isna(v)):  # type: ignore[call-overload]
        return ""
    s = str(v).strip()
    if s.lower() in ("true", "false"):
        return s.lower()
    try:
        return repr(float(s))
    except ValueError:
        return s[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", s) else s


def _best_match(table: str, gr: Row, p: list[Row], used: set[int]) -> int | None:
    best, best_s = None, -1.0
    for pi, pr in enumerate(p):
        if pi in used or not same(table, gr, pr):
            continue
        s = overlap(gr["quote"], pr["text"])
        if s > best_s:
            best, best_s = pi, s
    return best


def score_table(table: str, gold: pd.DataFrame, pred: pd.DataFrame, doc_map: dict[str, str]) -> Report:
    """Precision, recall, F1, field accuracy on matched pairs, misses and false positives."""
    gold = gold.copy()
    gold["doc_id"] = gold["doc"].map(doc_map)
    res: Report = {"core": 0, "pred": 0, "tp": 0, "aside": 0}
    field_hits = {f: [0, 0] for f in FIELDS[table]}
    misses: list[str] = []
    extras: list[str] = []
    known = set(doc_map.values())
    # only the matched documents' rows are scored, and only the columns compared: no other is a record
    gold_rows, pred_rows = (rows_by_document(_scored(table, frame, known)) for frame in (gold, pred))
    for doc_id in sorted(set(gold_rows) | set(pred_rows)):
        if doc_id not in known:
            continue
        g, p = gold_rows.get(doc_id, []), pred_rows.get(doc_id, [])
        res["core"] += sum(1 for r in g if r["confidence"] == "core")
        res["pred"] += len(p)
        used: set[int] = set()
        for conf in ("core", "borderline"):
            for gr in (r for r in g if r["confidence"] == conf):
                best = _best_match(table, gr, p, used)
                if best is None:
                    if conf == "core":
                        misses.append(f"{doc_id}: {str(gr['quote'])[:90]}")
                    continue
                used.add(best)
                if conf != "core":
                    res["aside"] += 1
                    continue
                res["tp"] += 1
                for f in FIELDS[table]:
                    if f in gr and f in p[best] and norm(gr[f]) != "":
                        field_hits[f][1] += 1
                        field_hits[f][0] += norm(gr[f]) == norm(p[best][f])
        extras += [f"{doc_id}: {str(pr.get('text'))[:90]}" for pi, pr in enumerate(p) if pi not in used]
    denom = res["pred"] - res["aside"]
    res["precision"] = res["tp"] / denom if denom else 0.0
    res["recall"] = res["tp"] / res["core"] if res["core"] else 1.0
    pr_, rc = res["precision"], res["recall"]
    res["f1"] = 2 * pr_ * rc / (pr_ + rc) if pr_ + rc else 0.0
    res["fields"] = {f: (h / n if n else None) for f, (h, n) in field_hits.items()}
    # nothing to find and nothing counted: the scores above are conventions, not measurements
    res["measured"] = bool(res["core"] or denom)
    res["misses"] = misses
    res["extras"] = extras
    return res


# the columns a row is matched and scored on, beside its table's FIELDS
SCORED = ("doc_id", "confidence", "quote", "text", "amount", "currency", "value", "unit")


def _scored(table: str, frame: pd.DataFrame, documents: set[str]) -> pd.DataFrame:
    """The rows of ``documents`` in ``frame``, with the columns ``score_table`` reads."""
    wanted = {*SCORED, *FIELDS[table]}
    return frame.loc[frame["doc_id"].isin(documents), [c for c in frame.columns if c in wanted]]


def rows_by_document(frame: pd.DataFrame) -> dict[Any, list[Row]]:
    """A table's rows as records, grouped by ``doc_id`` in one pass (rows with none left out)."""
    grouped: dict[Any, list[Row]] = {}
    for row in cast(list[Row], frame.to_dict("records")):  # a frame's column labels are str
        doc_id = row["doc_id"]
        if doc_id is not None and not (isinstance(doc_id, float) and math.isnan(doc_id)):
            grouped.setdefault(doc_id, []).append(row)
    return grouped


# --- gold sets -------------------------------------------------------------------------------


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def gold_sets(gold_root: Path = GOLD_ROOT) -> list[Row]:
    """The gold sets in report order: ``{"set", "title", "language", "texts", "development"}`` from
    ``gold/sets.csv`` (``texts``: ``raw`` = texts of raw/ matched by SHA-256, ``own`` = the set's
    own ``texts/`` folder, run through the core stages; ``development``: ``yes`` when the rules
    were developed on it), then any other folder holding a ``documents.csv`` (named by its folder)."""
    gold_root = Path(gold_root)
    listed = (  # a CSV header's column labels are str
        cast(list[Row], _read_csv(gold_root / GOLD_SETS_FILE).to_dict("records"))
        if (gold_root / GOLD_SETS_FILE).exists()
        else []
    )
    names = {s["set"] for s in listed}
    extra = sorted(
        p.name for p in gold_root.iterdir() if (p / "documents.csv").is_file() and p.name not in names
    )
    specs: list[Row] = [*listed, *({"set": n, "title": n, "language": ""} for n in extra)]
    for spec in specs:
        own = (gold_root / spec["set"] / TEXTS_DIR).is_dir()
        spec["texts"] = spec.get("texts") or ("own" if own else "raw")
        spec["development"] = spec.get("development") or "unknown"
    return specs


def load_gold(gold_dir: Path) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """The gold tables and the gold document list (doc, sha256, raw_file) of one set."""
    gold_dir = Path(gold_dir)
    missing = [n for n in (*EXTRACTED, "documents") if not (gold_dir / f"{n}.csv").exists()]
    if missing:
        raise FileNotFoundError(
            f"gold set {gold_dir.name}: missing gold file(s) {', '.join(m + '.csv' for m in missing)}"
        )
    return {n: _read_csv(gold_dir / f"{n}.csv") for n in EXTRACTED}, _read_csv(gold_dir / "documents.csv")


def document_map(gold_documents: pd.DataFrame, documents: pd.DataFrame) -> dict[str, str]:
    """Gold `doc` name -> published doc_id, by the SHA-256 of the raw bytes."""
    by_sha = dict(zip(documents["sha256"], documents["doc_id"], strict=True))
    return {r["doc"]: by_sha[r["sha256"]] for r in gold_documents.to_dict("records") if r["sha256"] in by_sha}


def score_tables(
    tables: dict[str, pd.DataFrame], gold: dict[str, pd.DataFrame], doc_map: dict[str, str]
) -> Report:
    out = {}
    for name in EXTRACTED:
        out[name] = score_table(name, gold[name], tables[name], doc_map)
        out[name]["docs_missing"] = sorted(set(gold[name]["doc"]) - set(doc_map))
    return out


OWN_TEXTS_STAGE = "own_text_tables"  # the cache's stage for a set's own texts, run whole


def own_text_tables(
    set_dirs: dict[str, Path],
    cache: Any = None,
    expectations_dir: Path | None = None,
    code_version: str | None = None,
) -> dict[str, dict[str, pd.DataFrame]]:
    """The tables the core stages (``pipeline.stages.core``, the path `make data` takes) publish
    for the own texts of each set in ``set_dirs`` (name -> folder), run on a temporary copy:
    invented texts never enter raw/ or a release. The sets run together, a sub-folder each, in one
    run of the stages (their checks validate the frames once, not once per set); each set then
    reads the rows of its own documents. With a ``cache``, the tables are kept by the texts'
    content, the code of the whole package and the expectations: a run that changed none of them
    reads them back instead of running again."""
    from pipeline.stages.core import CODE_VERSION, run_core

    def compute() -> dict[str, dict[str, Any]]:
        with tempfile.TemporaryDirectory(prefix="gold-texts-") as tmp:
            raw = Path(tmp) / "raw"
            for name, folder in set_dirs.items():
                shutil.copytree(Path(folder) / TEXTS_DIR, raw / name)
            tables = run_core(raw, cache, expectations_dir, code_version or CODE_VERSION).tables
        return {name: tables_data(_set_rows(tables, name)) for name in set_dirs}

    if cache is None:
        return {name: tables_from_data(data) for name, data in compute().items()}
    key = content_key(*(part for name, folder in set_dirs.items() for part in _texts_key_parts(name, folder)))
    folders = [Path(__file__).parent, *([Path(expectations_dir)] if expectations_dir is not None else [])]
    version = f"{code_fingerprint(*folders)}-{code_version or 'core'}-{expectations_dir is not None:d}"
    stored = cache.remember(
        OWN_TEXTS_STAGE,
        version,
        key,
        compute,
        lambda v: isinstance(v, dict) and set(v) == set(set_dirs) and all(map(is_tables_data, v.values())),
    )
    cache.prune(OWN_TEXTS_STAGE, keep_code_version=version)  # what older code made is never read again
    # the frames of a key this process has built are copied, not built again from the data (56 frames
    # conformed to the contract: most of an evaluation that finds its tables cached)
    built = _OWN_FRAMES.pop((version, key), None)
    if built is None:
        built = {name: tables_from_data(data) for name, data in cast(dict[str, Any], stored).items()}
    _OWN_FRAMES[(version, key)] = built
    while len(_OWN_FRAMES) > 2:
        del _OWN_FRAMES[next(iter(_OWN_FRAMES))]
    return {name: {t: frame.copy() for t, frame in tables.items()} for name, tables in built.items()}


# the own texts' frames by (code version, content key), the most recent last
_OWN_FRAMES: dict[tuple[str, str], dict[str, dict[str, pd.DataFrame]]] = {}


def _texts_key_parts(name: str, folder: Path) -> list[str | bytes]:
    """What keys a set's own texts in the cache: for each text, the set, its path and its bytes."""
    texts = Path(folder) / TEXTS_DIR
    files = sorted(p for p in texts.rglob("*") if p.is_file())
    return [part for p in files for part in (name, p.relative_to(texts).as_posix(), p.read_bytes())]


def _set_rows(tables: dict[str, pd.DataFrame], name: str) -> dict[str, pd.DataFrame]:
    """The rows of the documents in sub-folder ``name``, each document named as in its own folder."""
    documents = tables["documents"]
    mine = documents[documents["source_file"].str.startswith(f"{name}/")].copy()
    mine["source_file"] = mine["source_file"].str.removeprefix(f"{name}/")
    ids = set(mine["doc_id"])
    out = {"documents": mine.reset_index(drop=True)}
    for table, frame in tables.items():
        if table != "documents":
            out[table] = frame[frame["doc_id"].isin(ids)].reset_index(drop=True)
    return out


def tables_data(tables: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """The four tables as plain data, column by column, for the cache."""
    return {name: {c: plain_values(df[c]) for c in df.columns} for name, df in tables.items()}


def is_tables_data(value: object) -> bool:
    """Plain data for every contract table: each a mapping of its contract columns to lists."""
    return (
        isinstance(value, dict)
        and set(value) == set(TABLES)
        and all(
            isinstance(value[name], dict)
            and list(value[name]) == TABLES[name].column_names
            and all(isinstance(v, list) for v in value[name].values())
            for name in TABLES
        )
    )


def tables_from_data(data: dict[str, Any]) -> dict[str, pd.DataFrame]:
    return {name: conform(pd.DataFrame(cols, dtype=object), TABLES[name]) for name, cols in data.items()}


def _squash(text: object) -> str:
    return " ".join(str(text).split())


def _gives_row(sentence: str, passage: str) -> bool:
    """A published passage is the negative sentence's when either holds the other (spaces
    squashed), or they share their first 40 characters (a passage cut at a clause)."""
    if not passage:
        return False
    return (
        passage in sentence
        or sentence in passage
        or (len(passage) > 20 and passage[:40] in sentence)
        or (len(sentence) > 20 and sentence[:40] in passage)
    )


def score_negatives(
    negatives: pd.DataFrame, tables: dict[str, pd.DataFrame], doc_map: dict[str, str]
) -> Report:
    """How many of the sentences that must give no row gave one (``tables`` = ``all`` or a
    ``;``-separated list of tables), and which."""
    hits: list[str] = []
    passages = {
        name: {
            doc_id: [_squash(r["text"]) for r in rows]
            for doc_id, rows in rows_by_document(frame[["doc_id", "text"]]).items()
        }
        for name, frame in tables.items()
        if name in EXTRACTED
    }
    for r in negatives.to_dict("records"):
        doc_id = doc_map.get(r["doc"])
        names = list(EXTRACTED) if r["tables"] == "all" else [t.strip() for t in r["tables"].split(";")]
        sentence = _squash(r["text"])
        for name in (n for n in names if n in passages):
            if any(_gives_row(sentence, t) for t in passages[name].get(doc_id, [])):
                hits.append(f"{name}: {r['doc']}: {sentence[:110]}")
                break
    return {"sentences": len(negatives), "gave_a_row": len(hits), "hits": hits}


def _meta_value(field: str, value: object) -> str:
    """A metadata value as compared: parties in any order; any run of spaces (a no-break space before
    a French colon included) as one space."""
    v = " ".join(norm(value).split())
    return ";".join(sorted(v.split(";"))) if field == "parties" and v else v


def score_metadata(expected: pd.DataFrame, documents: pd.DataFrame, gold_documents: pd.DataFrame) -> Report:
    """Agreement of the published documents' metadata with the expected (per field: share of the
    set's texts whose value is the expected one), and each disagreement."""
    by_file = dict(zip(gold_documents["raw_file"], gold_documents["sha256"], strict=True))
    published = {r["sha256"]: r for r in documents.to_dict("records")}
    fields = [f for f in METADATA_FIELDS if f in expected.columns]
    hits = dict.fromkeys(fields, 0)
    wrong: list[str] = []
    for r in expected.to_dict("records"):
        got = published.get(by_file.get(r["file"], ""), {})
        for f in fields:
            if _meta_value(f, got.get(f)) == _meta_value(f, r[f]):
                hits[f] += 1
            else:
                wrong.append(
                    f"{r['file']}: {f} {_squash(got.get(f))[:80]!r}, expected {_squash(r[f])[:80]!r}"
                )
    n = len(expected)
    return {"documents": n, "fields": {f: (hits[f] / n if n else None) for f in fields}, "wrong": wrong}


def _evaluate_set(
    spec: Row,
    gold_root: Path,
    tables: dict[str, pd.DataFrame],
    baseline: bool,
    cache: Any,
) -> tuple[Report, dict[str, str]]:
    """One set's report, on ``tables`` (raw/'s, or the set's own texts')."""
    set_dir = gold_root / spec["set"]
    gold, gold_docs = load_gold(set_dir)
    doc_map = document_map(gold_docs, tables["documents"])
    result = {
        "title": spec["title"],
        "language": spec["language"],
        "gold": f"gold/{spec['set']}",
        "texts": "gold" if spec["texts"] == "own" else "raw",
        "used_in_development": spec["development"],
        "documents_in_gold": len(gold_docs),
        "documents_matched": len(doc_map),
        "documents_not_found": sorted(set(gold_docs["doc"]) - set(doc_map)),
        "pipeline": score_tables(tables, gold, doc_map),
    }
    if baseline:
        from pipeline.baseline import baseline_tables

        matched = tables["documents"][tables["documents"]["sha256"].isin(set(gold_docs["sha256"]))]
        result["baseline"] = score_tables(baseline_tables(matched, cache), gold, doc_map)
    if (set_dir / NEGATIVES_FILE).is_file():
        result["negatives"] = score_negatives(_read_csv(set_dir / NEGATIVES_FILE), tables, doc_map)
    if (set_dir / METADATA_FILE).is_file():
        result["metadata"] = score_metadata(
            _read_csv(set_dir / METADATA_FILE), tables["documents"], gold_docs
        )
    return result, (doc_map if spec["texts"] != "own" else {})


def evaluate(
    tables: dict[str, pd.DataFrame],
    gold_root: Path = GOLD_ROOT,
    baseline: bool = True,
    cache: Any = None,
    expectations_dir: Path | None = None,
    code_version: str | None = None,
) -> Report:
    """The evaluation report (JSON-serialisable, no absolute path) for ``tables`` = {"documents",
    "commitments", "funding", "statistics"}: one entry per gold set under "sets", with the naive
    baseline scored beside the pipeline on the same documents (``cache``, a DocumentCache, keeps
    it cheap). A set with texts of its own (the invented challenge set) is scored on what the
    core stages publish for a temporary copy of them (validated when ``expectations_dir`` is
    given; ``code_version``: the extract cache's, as in ``run_core``), with its negatives and
    expected metadata; the published documents that no gold set covers are under "not_evaluated"."""
    gold_root = Path(gold_root)
    documents = tables["documents"]
    report: Report = {"sets": {}}
    run: CoreOptions = {"expectations_dir": expectations_dir, "code_version": code_version}
    evaluated: set[str] = set()
    specs = gold_sets(gold_root)
    own_sets = {s["set"]: gold_root / s["set"] for s in specs if s["texts"] == "own"}
    own = own_text_tables(own_sets, cache, **run) if own_sets else {}
    for spec in specs:
        set_tables = own.get(spec["set"], tables)
        report["sets"][spec["set"]], doc_map = _evaluate_set(spec, gold_root, set_tables, baseline, cache)
        evaluated |= set(doc_map.values())
    rest = documents[~documents["doc_id"].isin(evaluated)].sort_values("doc_id")
    report["documents_evaluated"] = len(evaluated)
    report["documents_published"] = len(documents)
    report["not_evaluated"] = [
        {
            "doc_id": str(r["doc_id"]),
            "source_file": str(r.get("source_file", "")),
            "title": str(r.get("title", "")),
        }
        for r in rest.to_dict("records")
    ]
    report["statement"] = development_statement(report)
    return report


def development_statement(report: Report) -> str:
    """What the scores are, said plainly: which sets the rules were developed on, not a promise."""
    sets = report.get("sets", {})
    used = [n for n, r in sets.items() if r.get("used_in_development", "yes") == "yes"]
    unseen = [n for n in sets if n not in used]
    n = report.get("documents_evaluated", 0)
    invented = sum(r.get("documents_matched", 0) for r in sets.values() if r.get("texts") == "gold")
    measured = f"Measured on {n} annotated texts" + (f" and {invented} invented ones" if invented else "")
    if unseen:
        return (
            f"{measured}. Used in development: {', '.join(used) or 'none'}; not used in development: "
            f"{', '.join(unseen)}. Only the scores of the sets not used in development say what to "
            "expect on a new text."
        )
    return (
        f"{measured}, every set used in development ({', '.join(used)}): the extraction rules were "
        "written and tuned on these texts, so the scores show that the pipeline still does what it was "
        "built to do, not the accuracy to expect on a new text."
    )


# --- rendering -------------------------------------------------------------------------------


def _fmt(v: float | None) -> str:
    return "–" if v is None else f"{float(v):.3f}"


NOT_MEASURED = "n/a"  # shown for P/R/F1 of a table with nothing to find and nothing wrongly found


def _scores(r: Report) -> list[str]:
    if not r.get("measured", True):
        return [NOT_MEASURED] * 3
    return [_fmt(r["precision"]), _fmt(r["recall"]), _fmt(r["f1"])]


def _texts_said(result: Report) -> str:
    if result.get("texts") == "gold":
        return f"invented texts shipped in {result.get('gold', '')}/texts, run through the core stages"
    return "published texts"


def _extra_lines(result: Report) -> list[str]:
    """The negatives that gave a row and the metadata agreement, for a set that has them."""
    lines: list[str] = []
    neg = result.get("negatives")
    if neg:
        lines += ["", f"Sentences that must give no row: {neg['gave_a_row']} of {neg['sentences']} gave one."]
        lines += [f"- {md_text(h)}" for h in neg["hits"]]
    meta = result.get("metadata")
    if meta:
        lines += ["", f"Document metadata agreeing with the expected ({meta['documents']} texts):", ""]
        lines += ["| field | agreement |", "| --- | --- |"]
        lines += [f"| {md_cell(f)} | {_fmt(v)} |" for f, v in meta["fields"].items()]
        lines += [f"- {md_text(w)}" for w in meta["wrong"]]
    return lines


def render_summary(report: Report) -> str:
    """`make evaluate`'s print-out: per set its scores, field accuracies, negatives and metadata
    agreement, without the per-document misses (those are in evaluation.md)."""
    out = [md_text(report.get("statement") or development_statement(report)), ""]
    for name, result in report.get("sets", {}).items():
        lines = _set_lines(name, result)
        cut = next((i for i, line in enumerate(lines) if line.startswith("### ")), len(lines))
        out += [line for line in lines[:cut] if not line.startswith("- ")]
        meta = result.get("metadata")
        if meta and meta["wrong"]:
            out += [f"({len(meta['wrong'])} metadata disagreements; `--details` lists them)", ""]
    return "\n".join(out) + "\n"


def _set_lines(name: str, result: Report) -> list[str]:
    base = result.get("baseline", {})
    lines = [
        f"## Gold set `{name}`: {md_text(result['title'])}",
        "",
        f"Texts matched to gold by SHA-256: {result['documents_matched']} of {result['documents_in_gold']}"
        f" ({_texts_said(result)}). Used in development: {md_text(result.get('used_in_development', ''))}.",
        "",
        "| table | precision | recall | F1 | core | predicted | matched "
        "| baseline P | baseline R | baseline F1 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for table in EXTRACTED:
        r, b = result["pipeline"][table], base.get(table, {})
        baseline = _scores(b) if b else ["–"] * 3
        lines.append(
            f"| {table} | {' | '.join(_scores(r))} | {r['core']} | {r['pred']} | {r['tp']} | "
            f"{' | '.join(baseline)} |"
        )
    lines += [
        "",
        "Field accuracy on matched rows:",
        "",
        "| table | field | pipeline | baseline |",
        "| --- | --- | --- | --- |",
    ]
    for table in EXTRACTED:
        for f, v in result["pipeline"][table]["fields"].items():
            lines.append(
                f"| {table} | {f} | {_fmt(v)} | {_fmt(base.get(table, {}).get('fields', {}).get(f))} |"
            )
    lines += _extra_lines(result)
    if result.get("documents_not_found"):
        lines += ["", f"Gold texts not in the tables: {md_text(', '.join(result['documents_not_found']))}."]
    for table in EXTRACTED:
        r = result["pipeline"][table]
        lines += [
            "",
            f"### {name} / {table}: misses ({len(r['misses'])}) and false positives ({len(r['extras'])})",
            "",
        ]
        lines += [f"- miss: {md_text(m)}" for m in r["misses"]] + [
            f"- extra: {md_text(e)}" for e in r["extras"]
        ]
    return [*lines, ""]


def render_markdown(report: Report) -> str:
    """The report for people: the plain statement, a summary per gold set, then per set the scores
    beside the baseline's, field accuracy and every miss and false positive; then the documents
    that were not evaluated."""
    sets = report.get("sets", {})
    lines = [
        "# Evaluation against the gold annotations",
        "",
        md_text(report.get("statement") or development_statement(report)),
        "",
        "Matching follows the annotation guideline: commitments by word overlap, funding by amount and "
        "currency, statistics by value, unit and sentence overlap; borderline rows are neither required "
        "nor counted as false positives. Each gold set is scored on its own; "
        f"{NOT_MEASURED} means the texts hold nothing of that kind and the pipeline found nothing wrong.",
        "",
        "| gold set | language | texts | used in development | commitments F1 | funding F1 | statistics F1 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, result in sets.items():
        f1 = [_scores(result["pipeline"][t])[2] for t in EXTRACTED]
        lines.append(
            f"| {md_cell(name)} | {md_cell(result.get('language', ''))} | {result['documents_matched']} | "
            f"{md_cell(result.get('used_in_development', ''))} | {' | '.join(f1)} |"
        )
    lines.append("")
    for name, result in sets.items():
        lines += _set_lines(name, result)
    not_evaluated = report.get("not_evaluated", [])
    lines += [f"## Not evaluated ({len(not_evaluated)})", ""]
    if not not_evaluated:
        lines.append("Every published document is in a gold set.")
    lines += [
        f"- {md_text(d['doc_id'])} ({md_text(d['source_file'])}): {md_text(d['title'])}"
        for d in not_evaluated
    ]
    return "\n".join(lines) + "\n"


# --- floors: regression guards for the accuracy tests ------------------------------------------

FLOORS_FILE = "floors.csv"
FLOOR_SLACK = 0.05  # a floor sits this far below what was measured
FLOOR_CAP = 0.98  # and never at 1.0: a development figure of 1.0 is fitted, not a promise


def measures(report: Report) -> list[Row]:
    """Every guarded figure of a report, one row each: ``set``, ``table``, ``measure``, ``bound``
    (``min``: a score that must not fall; ``max``: a count that must not grow) and ``value``.
    Scores of a table with nothing to find and nothing found, and fields never compared, are left out."""
    rows: list[Row] = []
    for name, result in report.get("sets", {}).items():
        for table in EXTRACTED:
            r = result["pipeline"][table]
            if r.get("measured", True):
                rows += [
                    {"set": name, "table": table, "measure": m, "bound": "min", "value": r[m]}
                    for m in ("precision", "recall", "f1")
                ]
            rows += [
                {"set": name, "table": table, "measure": f"field:{f}", "bound": "min", "value": v}
                for f, v in r["fields"].items()
                if v is not None
            ]
        if "negatives" in result:
            value = result["negatives"]["gave_a_row"]
            rows.append(
                {"set": name, "table": "negatives", "measure": "gave_a_row", "bound": "max", "value": value}
            )
        for f, v in result.get("metadata", {}).get("fields", {}).items():
            if v is not None:
                rows.append(
                    {"set": name, "table": "documents", "measure": f"field:{f}", "bound": "min", "value": v}
                )
    return rows


def floor_of(value: float) -> float:
    """The floor for a measured score: FLOOR_SLACK below it, at most FLOOR_CAP, two decimals down."""
    return max(0.0, math.floor(min(value - FLOOR_SLACK, FLOOR_CAP) * 100 + 1e-9) / 100)


def floors_frame(report: Report) -> pd.DataFrame:
    """The floors (``min``) and ceilings (``max``, the count as measured) for ``gold/floors.csv``."""
    rows = [
        {**r, "value": f"{floor_of(float(r['value'])):.2f}" if r["bound"] == "min" else str(int(r["value"]))}
        for r in measures(report)
    ]
    return pd.DataFrame(rows, columns=["set", "table", "measure", "bound", "value"])


def read_floors(gold_root: Path = GOLD_ROOT) -> pd.DataFrame:
    return _read_csv(Path(gold_root) / FLOORS_FILE)


def below_floors(report: Report, floors: pd.DataFrame) -> list[str]:
    """Every guarded figure on the wrong side of its floor or ceiling, or no longer measured."""
    got = {(r["set"], r["table"], r["measure"]): float(r["value"]) for r in measures(report)}
    failures = []
    for f in floors.to_dict("records"):
        key, bound = (f["set"], f["table"], f["measure"]), float(f["value"])
        value = got.get(key)
        if value is None:
            failures.append(f"{'/'.join(key)}: not measured (floor {bound})")
        elif (value < bound) if f["bound"] == "min" else (value > bound):
            failures.append(f"{'/'.join(key)}: {value:.3f}, {f['bound']} {bound}")
    return failures
