#!/usr/bin/env python3
"""Regenerate /work/heldout6-fr texts and gold CSVs from build/docs/*.py and check them."""
import csv
import hashlib
import importlib.util
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from lib import A  # noqa: E402

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
CURS = {"EUR", "GBP", "USD"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CONFS = {"core", "borderline"}
TABLE_NAMES = {"commitments", "funding", "statistics"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CC = re.compile(r"^[A-Z]{2}(;[A-Z]{2})*$")

HEAD = {
    "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note",
    "funding": "doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,"
               "period_start,period_end,donor,recipient,kind,purpose,confidence,note",
    "statistics": "doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,"
                  "location,confidence,note",
    "negatives": "doc,text,tables,why",
    "metadata": "file,title,doc_date,parties,doc_type,place",
    "documents": "doc,sha256,raw_file",
}

errors = []


def err(msg):
    errors.append(msg)


def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def load_docs():
    mods = []
    for p in sorted((HERE / "docs").glob("d*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        mods.append(m)
    return mods


def render(m):
    """Return text and list of (sentence, annotation)."""
    meta = m.META
    lines = [meta["title"], meta["dateline"]]
    annots = []
    for line in m.BODY:
        items = line if isinstance(line, list) else [line]
        parts = []
        for it in items:
            if isinstance(it, str):
                parts.append(it)
                continue
            sent, *ans = it
            parts.append(sent)
            for a in ans:
                assert isinstance(a, A), (meta["slug"], sent)
                annots.append((sent, a))
        lines.append(" ".join(parts))
    return "\n".join(lines) + "\n", annots


def main():
    rows = {k: [] for k in HEAD}
    stats = []
    seen_files = set()
    for m in load_docs():
        meta = m.META
        fname = f"{meta['date']}_{meta['slug']}.txt"
        if fname in seen_files:
            err(f"duplicate file {fname}")
        seen_files.add(fname)
        if not ISO.match(meta["date"]) or not fname.startswith(meta["date"] + "_"):
            err(f"{fname}: bad date")
        if meta["doc_type"] not in DOCTYPES:
            err(f"{fname}: doc_type {meta['doc_type']}")
        if not CC.match(meta["parties"]):
            err(f"{fname}: parties {meta['parties']}")
        text, annots = render(m)
        (ROOT / "texts" / fname).write_bytes(text.encode("utf-8"))
        rows["metadata"].append([fname, meta["title"], meta["date"], meta["parties"], meta["doc_type"],
                                 meta["place"]])
        rows["documents"].append([fname, hashlib.sha256(text.encode("utf-8")).hexdigest(), fname])
        nwords = len(re.findall(r"\w+", text))
        parties = set(meta["parties"].split(";"))
        counts = {"commitments": 0, "core": 0, "funding": 0, "statistics": 0, "negatives": 0}
        for sent, a in annots:
            q = a.q or re.sub(r"^(- |\d+\. )", "", sent)  # list markers are not part of the quote
            if q not in text:
                err(f"{fname}: quote not in text: {q[:60]}")
            if q not in sent:
                err(f"{fname}: quote not in its sentence: {q[:60]}")
            kw = a.kw
            t = a.table
            if t != "negatives" and kw["confidence"] not in CONFS:
                err(f"{fname}: confidence {kw['confidence']}")
            if t == "commitments":
                if kw["theme"] not in THEMES:
                    err(f"{fname}: theme {kw['theme']}")
                if kw["modality"] not in MODALITIES:
                    err(f"{fname}: modality {kw['modality']}")
                if not CC.match(kw["actor"]) or not set(kw["actor"].split(";")) <= parties:
                    err(f"{fname}: actor {kw['actor']} not within parties {meta['parties']}")
                if kw["deadline_date"] and not ISO.match(kw["deadline_date"]):
                    err(f"{fname}: deadline_date {kw['deadline_date']}")
                if kw["deadline_date"] and not kw["deadline_text"]:
                    err(f"{fname}: deadline date without text")
                if kw["deadline_text"] and kw["deadline_text"] not in q:
                    err(f"{fname}: deadline_text not in quote: {kw['deadline_text']}")
                counts["commitments"] += 1
                counts["core"] += kw["confidence"] == "core"
                rows[t].append([fname, q, kw["actor"], kw["theme"], kw["modality"], kw["deadline_text"],
                                kw["deadline_date"], kw["confidence"], kw["note"]])
            elif t == "funding":
                if kw["currency"] not in CURS or (kw["alt_currency"] and kw["alt_currency"] not in CURS):
                    err(f"{fname}: currency")
                if kw["kind"] not in KINDS:
                    err(f"{fname}: kind {kw['kind']}")
                exp = kw["amount"] * kw["years"] if kw["per_year"] else kw["amount"]
                if abs(kw["total_amount"] - exp) > 1e-6:
                    err(f"{fname}: total_amount")
                if not kw["per_year"] and kw["years"] != 1:
                    err(f"{fname}: single sum must have years 1")
                for d in ("period_start", "period_end"):
                    if kw[d] and not ISO.match(kw[d]):
                        err(f"{fname}: {d}")
                counts["funding"] += 1
                rows[t].append([fname, q] + [fmt(kw[k]) for k in (
                    "amount", "currency", "alt_amount", "alt_currency", "per_year", "years", "total_amount",
                    "period_text", "period_start", "period_end", "donor", "recipient", "kind", "purpose",
                    "confidence", "note")])
            elif t == "statistics":
                if kw["unit"] not in UNITS or kw["qualifier"] not in QUALS or kw["direction"] not in DIRS:
                    err(f"{fname}: stat enums {kw}")
                for d in ("period_start", "period_end"):
                    if kw[d] and not ISO.match(kw[d]):
                        err(f"{fname}: {d}")
                counts["statistics"] += 1
                rows[t].append([fname, q] + [fmt(kw[k]) for k in (
                    "value", "unit", "qualifier", "metric", "direction", "period_text", "period_start",
                    "period_end", "location", "confidence", "note")])
            elif t == "negatives":
                tabs = kw["tables"]
                if tabs != "all" and not set(tabs.split(";")) <= TABLE_NAMES:
                    err(f"{fname}: negative tables {tabs}")
                counts["negatives"] += 1
                rows[t].append([fname, q, tabs, kw["why"]])
        # negatives must not be / contain / sit inside a gold quote of a named table
        for _, tx, tabs, _ in [r for r in rows["negatives"] if r[0] == fname]:
            named = TABLE_NAMES if tabs == "all" else set(tabs.split(";"))
            for tb in named:
                for r in rows[tb]:
                    if r[0] == fname and (r[1] in tx or tx in r[1]):
                        err(f"{fname}: negative overlaps gold {tb}: {tx[:60]}")
        stats.append((fname, nwords, counts))
    for name, rs in rows.items():
        fn = ROOT / (f"{name}.csv")
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(HEAD[name].split(","))
        w.writerows(rs)
        fn.write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO(fn.read_text(encoding="utf-8"))))
        ncol = len(back[0])
        if any(len(r) != ncol for r in back):
            err(f"{name}.csv: inconsistent columns")
        if len(back) != len(rs) + 1:
            err(f"{name}.csv: row count mismatch on re-read")
    # report
    tot = {"words": 0, "commitments": 0, "core": 0, "funding": 0, "statistics": 0, "negatives": 0}
    for fname, nw, c in stats:
        print(f"{fname:60s} words={nw:4d} com={c['commitments']:3d} (core {c['core']:3d}) "
              f"fund={c['funding']:2d} stat={c['statistics']:3d} neg={c['negatives']:2d}")
        tot["words"] += nw
        for k in c:
            tot[k] += c[k]
    print("TOTAL", len(stats), "docs", tot)
    themes = {}
    for r in rows["commitments"]:
        themes[r[3]] = themes.get(r[3], 0) + 1
    print("themes:", dict(sorted(themes.items())))
    fund_negs = sum(1 for r in rows["negatives"] if r[2] in ("all", "funding") and re.search(r"euros?|livres|€|£", r[1]))
    print("money negatives (funding/all):", fund_negs)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
