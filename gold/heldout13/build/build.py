#!/usr/bin/env python3
"""Build held-out set 13 (English): texts and CSVs from build/docs/*.py.

Each doc module defines DATE, SLUG, TITLE, PARTIES, DOC_TYPE, PLACE and LINES,
a list whose items are either a plain string (one line of text) or
L(text, *annotations). Annotations (C, F, S, N from ann.py) quote the whole
line unless q= gives a substring, so quotes are verbatim by construction.
Writes only inside the folder this script sits in.
"""
import csv
import datetime
import hashlib
import importlib
import io
import re
import sys
from pathlib import Path

BUILD = Path(__file__).resolve().parent
ROOT = BUILD.parent
sys.path.insert(0, str(BUILD))
from ann import C, F, S, N, L  # noqa: E402

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
TABLES = {"commitments", "funding", "statistics"}

H_C = ["doc", "quote", "actor", "theme", "modality", "deadline_text", "deadline_date", "confidence", "note"]
H_F = ["doc", "quote", "amount", "currency", "alt_amount", "alt_currency", "per_year", "years", "total_amount",
       "period_text", "period_start", "period_end", "donor", "recipient", "kind", "purpose", "confidence", "note"]
H_S = ["doc", "quote", "value", "unit", "qualifier", "metric", "direction", "period_text", "period_start",
       "period_end", "location", "confidence", "note"]
H_M = ["file", "title", "doc_date", "parties", "doc_type", "place"]
H_N = ["doc", "text", "tables", "why"]
H_D = ["doc", "sha256", "raw_file"]

errors = []


def err(msg):
    errors.append(msg)


def iso(s, where):
    if s in (None, ""):
        return ""
    try:
        datetime.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: bad ISO date {s!r}")
    return s


def num(x):
    if x is None or x == "":
        return ""
    f = float(x)
    return str(int(f)) if f == int(f) else repr(f)


def write_csv(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    (ROOT / name).write_text(buf.getvalue(), encoding="utf-8")
    back = list(csv.reader(io.StringIO((ROOT / name).read_text(encoding="utf-8"))))
    if back[0] != header:
        err(f"{name}: header mismatch")
    for i, row in enumerate(back):
        if len(row) != len(header):
            err(f"{name}: row {i} has {len(row)} columns")
    if len(back) - 1 != len(rows):
        err(f"{name}: row count changed on re-read")


def main():
    mods = sorted(p.stem for p in (BUILD / "docs").glob("d*.py"))
    com, fun, sta, neg, meta, docs = [], [], [], [], [], []
    words_total = 0
    per_doc = []
    for m in mods:
        mod = importlib.import_module(f"docs.{m}")
        fname = f"{mod.DATE}_h13-{mod.SLUG}.txt"
        iso(mod.DATE, fname)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h13-[a-z0-9-]+\.txt", fname):
            err(f"bad file name {fname}")
        if mod.DOC_TYPE not in DOCTYPES:
            err(f"{fname}: doc_type {mod.DOC_TYPE}")
        lines, anns = [], []
        for item in mod.LINES:
            if isinstance(item, str):
                lines.append(item)
            else:
                lines.append(item.text)
                for a in item.anns:
                    q = a.q if a.q is not None else item.text
                    if q not in item.text:
                        err(f"{fname}: quote not in its line: {q[:60]!r}")
                    anns.append((q, a))
        text = "\n".join(lines) + "\n"
        if lines[0] != mod.TITLE:
            err(f"{fname}: first line is not the title")
        (ROOT / "texts" / fname).write_bytes(text.encode("utf-8"))
        nw = len(re.findall(r"\w+", text))
        words_total += nw
        cnt = {"c": 0, "cc": 0, "cb": 0, "f": 0, "s": 0, "n": 0}
        gold_quotes = {t: [] for t in TABLES}
        negs = []
        for q, a in anns:
            if q not in text:
                err(f"{fname}: quote not verbatim: {q[:60]!r}")
            if text.count(q) > 1 and a.kind != "N":
                err(f"{fname}: quote occurs twice: {q[:60]!r}")
            conf = getattr(a, "conf", "core")
            if a.kind != "N" and conf not in CONFS:
                err(f"{fname}: confidence {conf}")
            if a.kind == "C":
                if a.theme not in THEMES:
                    err(f"{fname}: theme {a.theme}")
                if a.mod not in MODALITIES:
                    err(f"{fname}: modality {a.mod}")
                for code in a.actor.split(";"):
                    if code not in mod.PARTIES.split(";") and not re.fullmatch(r"[A-Z]{2}", code):
                        err(f"{fname}: actor {a.actor}")
                if a.dd and not a.dl:
                    err(f"{fname}: deadline_date without text")
                if a.dl and a.dl not in q:
                    err(f"{fname}: deadline text {a.dl!r} not in quote")
                com.append(dict(doc=fname, quote=q, actor=a.actor, theme=a.theme, modality=a.mod,
                                deadline_text=a.dl or "", deadline_date=iso(a.dd, fname), confidence=conf,
                                note=a.note))
                gold_quotes["commitments"].append(q)
                cnt["c"] += 1
                cnt["cc" if conf == "core" else "cb"] += 1
            elif a.kind == "F":
                if a.cur not in CURS or (a.altcur and a.altcur not in CURS):
                    err(f"{fname}: currency {a.cur}/{a.altcur}")
                if a.kindf not in KINDS:
                    err(f"{fname}: kind {a.kindf}")
                total = a.amount * a.years if a.per_year else a.amount
                if not a.per_year and a.years != 1:
                    err(f"{fname}: per_year false but years != 1")
                fun.append(dict(doc=fname, quote=q, amount=num(a.amount), currency=a.cur,
                                alt_amount=num(a.alt), alt_currency=a.altcur or "",
                                per_year="true" if a.per_year else "false", years=a.years,
                                total_amount=num(total), period_text=a.period or "",
                                period_start=iso(a.ps, fname), period_end=iso(a.pe, fname), donor=a.donor,
                                recipient=a.recipient, kind=a.kindf, purpose=a.purpose, confidence=conf,
                                note=a.note))
                if a.period and a.period not in q:
                    err(f"{fname}: period text not in quote {a.period!r}")
                gold_quotes["funding"].append(q)
                cnt["f"] += 1
            elif a.kind == "S":
                if a.unit not in UNITS or a.qual not in QUALS or a.dir not in DIRS:
                    err(f"{fname}: stat enum {a.unit}/{a.qual}/{a.dir}")
                if a.period and a.period not in q:
                    err(f"{fname}: period text not in quote {a.period!r}")
                sta.append(dict(doc=fname, quote=q, value=num(a.value), unit=a.unit, qualifier=a.qual,
                                metric=a.metric, direction=a.dir, period_text=a.period or "",
                                period_start=iso(a.ps, fname), period_end=iso(a.pe, fname),
                                location=a.loc or "", confidence=conf, note=a.note))
                gold_quotes["statistics"].append(q)
                cnt["s"] += 1
            elif a.kind == "N":
                tabs = TABLES if a.tables == "all" else set(a.tables.split(";"))
                if not tabs <= TABLES:
                    err(f"{fname}: negative tables {a.tables}")
                negs.append((q, a, tabs))
                neg.append(dict(doc=fname, text=q, tables=a.tables, why=a.why))
                cnt["n"] += 1
        for q, a, tabs in negs:
            for t in tabs:
                for g in gold_quotes[t]:
                    if q == g or q in g or g in q:
                        err(f"{fname}: negative {q[:50]!r} overlaps gold {t} quote {g[:50]!r}")
        meta.append(dict(file=fname, title=mod.TITLE, doc_date=mod.DATE, parties=mod.PARTIES,
                         doc_type=mod.DOC_TYPE, place=mod.PLACE))
        docs.append(dict(doc=fname, sha256=hashlib.sha256((ROOT / "texts" / fname).read_bytes()).hexdigest(),
                         raw_file=fname))
        per_doc.append((fname, nw, cnt))
    # stale texts
    names = {d["doc"] for d in docs}
    for p in (ROOT / "texts").glob("*.txt"):
        if p.name not in names:
            err(f"stale text file {p.name}")
    write_csv("commitments.csv", H_C, com)
    write_csv("funding.csv", H_F, fun)
    write_csv("statistics.csv", H_S, sta)
    write_csv("metadata.csv", H_M, meta)
    write_csv("negatives.csv", H_N, neg)
    write_csv("documents.csv", H_D, docs)
    print(f"{'doc':52} words  C(core/bl)  F   S   N")
    for f, nw, c in per_doc:
        print(f"{f:52} {nw:5}  {c['c']:3}({c['cc']}/{c['cb']})  {c['f']:3} {c['s']:3} {c['n']:3}")
    cc = sum(1 for r in com if r["confidence"] == "core")
    print(f"TOTAL docs={len(docs)} words={words_total} commitments={len(com)} (core {cc}, borderline "
          f"{len(com) - cc}) funding={len(fun)} statistics={len(sta)} negatives={len(neg)}")
    themes = {}
    for r in com:
        themes[r["theme"]] = themes.get(r["theme"], 0) + 1
    print("themes:", dict(sorted(themes.items())))
    fneg = sum(1 for r in neg if r["tables"] in ("all",) or "funding" in r["tables"].split(";"))
    print("negatives naming funding:", fneg)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
