#!/usr/bin/env python3
"""Regenerate texts/ and the CSVs of held-out set 10 (French) from build/docs/*.py.

Writes only inside the folder that contains build/ (found from __file__)."""
import csv
import datetime as dt
import hashlib
import importlib.util
import io
import re
import sys
from pathlib import Path

BUILD = Path(__file__).resolve().parent
ROOT = BUILD.parent
DOCS = BUILD / "docs"
sys.dont_write_bytecode = True
sys.path.insert(0, str(DOCS))
from common import Seg, Para  # noqa: E402

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
CURS = {"EUR", "GBP", "USD", "CHF", "MAD", "TND", "ALL"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CONFS = {"core", "borderline"}
ISO2 = re.compile(r"^[A-Z]{2}(;[A-Z]{2})*$")

HEAD = {
    "commitments": ["doc", "quote", "actor", "theme", "modality", "deadline_text", "deadline_date",
                    "confidence", "note"],
    "funding": ["doc", "quote", "amount", "currency", "alt_amount", "alt_currency", "per_year", "years",
                "total_amount", "period_text", "period_start", "period_end", "donor", "recipient",
                "kind", "purpose", "confidence", "note"],
    "statistics": ["doc", "quote", "value", "unit", "qualifier", "metric", "direction", "period_text",
                   "period_start", "period_end", "location", "confidence", "note"],
    "negatives": ["doc", "text", "tables", "why"],
    "metadata": ["file", "title", "doc_date", "parties", "doc_type", "place"],
    "documents": ["doc", "sha256", "raw_file"],
}

errors = []


def err(msg):
    errors.append(msg)


def isodate(s, where):
    if s in ("", None):
        return
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: bad date {s!r}")


def fmtnum(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def render(body):
    lines, segs = [], []
    for el in body:
        if isinstance(el, str):
            lines.append(el)
        elif isinstance(el, Seg):
            lines.append(el.text)
            segs.append(el)
        elif isinstance(el, Para):
            lines.append(el.sep.join(s.text for s in el.segs))
            segs.extend(el.segs)
        else:
            raise TypeError(el)
    return "\n".join(lines) + "\n", segs


def main():
    rows = {k: [] for k in HEAD}
    mods = sorted(p for p in DOCS.glob("d*.py"))
    (ROOT / "texts").mkdir(exist_ok=True)
    words_per_doc = {}
    for p in mods:
        m = load(p)
        meta = m.META
        fname = meta["file"]
        text, segs = render(m.BODY)
        where = fname
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h10-[a-z0-9-]+\.txt", fname):
            err(f"{where}: bad file name")
        if fname[:10] != meta["doc_date"]:
            err(f"{where}: file date != doc_date")
        isodate(meta["doc_date"], where)
        if meta["doc_type"] not in DOCTYPES:
            err(f"{where}: doc_type {meta['doc_type']}")
        if not ISO2.match(meta["parties"]):
            err(f"{where}: parties {meta['parties']}")
        if text.split("\n", 1)[0] != meta["title"]:
            err(f"{where}: first line is not the title")
        (ROOT / "texts" / fname).write_text(text, encoding="utf-8")
        words_per_doc[fname] = len(re.findall(r"\w+", text))
        rows["metadata"].append(dict(file=fname, **{k: meta[k] for k in HEAD["metadata"][1:]}))
        for seg in segs:
            for a in seg.anns:
                quote = a.q if a.q is not None else seg.text
                if quote not in seg.text or quote not in text:
                    err(f"{where}: quote not in text: {quote[:60]}")
                if a.table == "negatives":
                    rows["negatives"].append(dict(doc=fname, text=quote, **a.row))
                else:
                    rows[a.table].append(dict(doc=fname, quote=quote, **a.row))
    # field checks
    for r in rows["commitments"]:
        w = f"{r['doc']}: C {r['quote'][:50]}"
        if r["theme"] not in THEMES: err(f"{w}: theme {r['theme']}")
        if r["modality"] not in MODALITIES: err(f"{w}: modality")
        if r["confidence"] not in CONFS: err(f"{w}: confidence")
        if not ISO2.match(r["actor"]): err(f"{w}: actor {r['actor']}")
        isodate(r["deadline_date"], w)
        if r["deadline_date"] and not r["deadline_text"]: err(f"{w}: date without text")
        if r["deadline_text"] and r["deadline_text"] not in r["quote"]: err(f"{w}: deadline text not in quote")
        if r["confidence"] == "borderline" and not r["note"]: err(f"{w}: borderline without note")
    for r in rows["funding"]:
        w = f"{r['doc']}: F {r['quote'][:50]}"
        if r["currency"] not in CURS: err(f"{w}: currency")
        if r["alt_currency"] and r["alt_currency"] not in CURS: err(f"{w}: alt currency")
        if bool(r["alt_amount"] != "") != bool(r["alt_currency"]): err(f"{w}: alt pair")
        if r["kind"] not in KINDS: err(f"{w}: kind")
        if r["confidence"] not in CONFS: err(f"{w}: confidence")
        exp = r["amount"] * r["years"] if r["per_year"] else r["amount"]
        if abs(exp - r["total_amount"]) > 1e-6: err(f"{w}: total_amount {r['total_amount']} != {exp}")
        if not r["per_year"] and r["years"] != 1 and r["total_amount"] != r["amount"]: err(f"{w}: years")
        for k in ("period_start", "period_end"): isodate(r[k], w)
        if r["period_text"] and r["period_text"] not in r["quote"]: err(f"{w}: period text not in quote")
    for r in rows["statistics"]:
        w = f"{r['doc']}: T {r['quote'][:50]}"
        if r["unit"] not in UNITS: err(f"{w}: unit {r['unit']}")
        if r["qualifier"] not in QUALS: err(f"{w}: qualifier")
        if r["direction"] not in DIRS: err(f"{w}: direction")
        if r["confidence"] not in CONFS: err(f"{w}: confidence")
        for k in ("period_start", "period_end"): isodate(r[k], w)
        if r["period_text"] and r["period_text"] not in r["quote"]: err(f"{w}: period text not in quote")
    # negatives vs gold quotes
    for n in rows["negatives"]:
        tabs = ["commitments", "funding", "statistics"] if n["tables"] == "all" else n["tables"].split(";")
        for t in tabs:
            if t not in HEAD or t in ("negatives", "metadata", "documents"):
                err(f"{n['doc']}: negative table {t}")
                continue
            for g in rows[t]:
                if g["doc"] == n["doc"] and (g["quote"] in n["text"] or n["text"] in g["quote"]):
                    err(f"{n['doc']}: negative overlaps gold {t}: {n['text'][:60]}")
    # documents + write CSVs
    for m in rows["metadata"]:
        data = (ROOT / "texts" / m["file"]).read_bytes()
        rows["documents"].append(dict(doc=m["file"], sha256=hashlib.sha256(data).hexdigest(), raw_file=m["file"]))
    out = {"commitments": "commitments.csv", "funding": "funding.csv", "statistics": "statistics.csv",
           "negatives": "negatives.csv", "metadata": "metadata.csv", "documents": "documents.csv"}
    for t, name in out.items():
        buf = io.StringIO()
        wr = csv.writer(buf, lineterminator="\n")
        wr.writerow(HEAD[t])
        for r in rows[t]:
            wr.writerow([fmtnum(r[k]) if not isinstance(r[k], str) else r[k] for k in HEAD[t]])
        (ROOT / name).write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO((ROOT / name).read_text(encoding="utf-8"))))
        if back[0] != HEAD[t] or any(len(x) != len(HEAD[t]) for x in back) or len(back) != len(rows[t]) + 1:
            err(f"{name}: CSV does not parse back cleanly")
    # stale texts
    names = {m["file"] for m in rows["metadata"]}
    for f in (ROOT / "texts").iterdir():
        if f.name not in names:
            err(f"stale text file {f.name}")
    # summary
    cc = rows["commitments"]
    from collections import Counter
    print(f"docs={len(names)} words={sum(words_per_doc.values())} "
          f"commitments={len(cc)} (core {sum(r['confidence']=='core' for r in cc)}, "
          f"borderline {sum(r['confidence']=='borderline' for r in cc)}) funding={len(rows['funding'])} "
          f"statistics={len(rows['statistics'])} negatives={len(rows['negatives'])}")
    print("themes:", dict(Counter(r["theme"] for r in cc)))
    for f, w in sorted(words_per_doc.items()):
        d = lambda t: sum(r["doc"] == f for r in rows[t])
        print(f"  {f}: words={w} C={d('commitments')} F={d('funding')} T={d('statistics')} N={d('negatives')}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
