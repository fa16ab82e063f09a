#!/usr/bin/env python3
"""Regenerate held-out set 8 (French): texts + gold CSVs from build/docs/*.py.
Each document module defines META (dict) and BODY (list of paragraphs).
A paragraph is a str or a list of segments; a segment is a str or a tuple
(text, *annotations). Segments of one paragraph are joined by a space, except
segments starting with a bullet marker, which go on their own line.
The quote of an annotated segment is its text minus any leading bullet marker."""
import csv, hashlib, importlib.util, io, re, sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from ann import C, F, S, N  # noqa

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODAL = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUAL = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
KINDS = {"pledge", "disbursed"}
DTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CURR = {"EUR", "GBP", "CHF", "USD", "MAD", "TND"}
CONF = {"core", "borderline"}
TABLES = {"commitments", "funding", "statistics"}
BULLET = re.compile(r"^(– |- |• |\d+[.°)] |[a-z]\) )")

H = {
 "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(","),
 "funding": "doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,period_start,period_end,donor,recipient,kind,purpose,confidence,note".split(","),
 "statistics": "doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,location,confidence,note".split(","),
 "metadata": "file,title,doc_date,parties,doc_type,place".split(","),
 "negatives": "doc,text,tables,why".split(","),
 "documents": "doc,sha256,raw_file".split(","),
}
errors = []

def err(m):
    errors.append(m)

def iso(s, where):
    if s in (None, ""):
        return ""
    try:
        date.fromisoformat(s)
    except Exception:
        err(f"{where}: bad date {s!r}")
    return s

def num(x):
    if x in (None, ""):
        return ""
    x = float(x)
    return str(int(x)) if x == int(x) else repr(x)

def build_doc(mod):
    m = mod.META
    fname = f"{m['date']}_h8-{m['slug']}.txt"
    lines = [m["title"], m["dateline"], ""]
    anns = []
    for para in mod.BODY:
        segs = [para] if isinstance(para, (str, tuple)) else para
        plines, cur = [], []
        for seg in segs:
            text, a = (seg, ()) if isinstance(seg, str) else (seg[0], seg[1:])
            if BULLET.match(text):
                if cur:
                    plines.append(" ".join(cur)); cur = []
                plines.append(text)
            else:
                cur.append(text)
            q = BULLET.sub("", text, count=1)
            for x in a:
                anns.append((text if isinstance(x, N) else q, x))
        if cur:
            plines.append(" ".join(cur))
        lines.extend(plines)
        lines.append("")
    txt = "\n".join(lines).rstrip("\n") + "\n"
    return fname, txt, anns

def main():
    rows = {k: [] for k in H}
    stats = {"docs": 0, "words": 0}
    mods = []
    for p in sorted((HERE / "docs").glob("d*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        mods.append(mod)
    (OUT / "texts").mkdir(exist_ok=True)
    for old in (OUT / "texts").glob("*.txt"):
        old.unlink()
    gold_quotes = {t: {} for t in TABLES}
    negs = []
    for mod in mods:
        m = mod.META
        fname, txt, anns = build_doc(mod)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h8-[a-z0-9-]+\.txt", fname) or fname[:10] != m["date"]:
            err(f"bad file name {fname}")
        iso(m["date"], fname)
        if m["doc_type"] not in DTYPES:
            err(f"{fname}: doc_type {m['doc_type']}")
        for c in m["parties"].split(";"):
            if not re.fullmatch(r"[A-Z]{2}", c):
                err(f"{fname}: party {c}")
        (OUT / "texts" / fname).write_bytes(txt.encode("utf-8"))
        stats["docs"] += 1
        stats["words"] += len(re.findall(r"\w+", txt))
        rows["metadata"].append([fname, m["title"], m["date"], m["parties"], m["doc_type"], m["place"]])
        rows["documents"].append([fname, hashlib.sha256(txt.encode("utf-8")).hexdigest(), fname])
        parties = set(m["parties"].split(";"))
        for q, a in anns:
            where = f"{fname}: {q[:60]}"
            if q not in txt:
                err(f"{where}: quote not in text")
            if "\n" in q:
                err(f"{where}: quote spans lines")
            if isinstance(a, C):
                if a.theme not in THEMES: err(f"{where}: theme {a.theme}")
                if a.modality not in MODAL: err(f"{where}: modality {a.modality}")
                if a.conf not in CONF: err(f"{where}: conf")
                for c in a.actor.split(";"):
                    if not re.fullmatch(r"[A-Z]{2}", c): err(f"{where}: actor {a.actor}")
                if a.dd and not a.dt: err(f"{where}: deadline date without text")
                if a.dt and a.dt not in q: err(f"{where}: deadline text not in quote")
                rows["commitments"].append([fname, q, a.actor, a.theme, a.modality, a.dt or "", iso(a.dd, where), a.conf, a.note])
                gold_quotes["commitments"].setdefault(fname, []).append(q)
            elif isinstance(a, F):
                if a.currency not in CURR: err(f"{where}: currency")
                if a.kind not in KINDS: err(f"{where}: kind")
                if a.alt_currency and a.alt_currency not in CURR: err(f"{where}: alt currency")
                years = a.years if a.years is not None else 1
                total = a.amount * years if a.per_year else a.amount
                if a.per_year and not a.years: err(f"{where}: per_year without years")
                if a.period_text and a.period_text not in q: err(f"{where}: period text not in quote")
                rows["funding"].append([fname, q, num(a.amount), a.currency, num(a.alt_amount), a.alt_currency or "",
                    "true" if a.per_year else "false", str(years), num(total), a.period_text or "",
                    iso(a.ps, where), iso(a.pe, where), a.donor, a.recipient, a.kind, a.purpose, a.conf, a.note])
                gold_quotes["funding"].setdefault(fname, []).append(q)
            elif isinstance(a, S):
                if a.unit not in UNITS: err(f"{where}: unit {a.unit}")
                if a.qualifier not in QUAL: err(f"{where}: qualifier")
                if a.direction not in DIRS: err(f"{where}: direction")
                if a.conf not in CONF: err(f"{where}: conf")
                if a.period_text and a.period_text not in q: err(f"{where}: period text not in quote")
                rows["statistics"].append([fname, q, num(a.value), a.unit, a.qualifier, a.metric, a.direction,
                    a.period_text or "", iso(a.ps, where), iso(a.pe, where), a.location or "", a.conf, a.note])
                gold_quotes["statistics"].setdefault(fname, []).append(q)
            elif isinstance(a, N):
                negs.append((fname, q, a.tables, a.why))
            else:
                err(f"{where}: unknown annotation {a!r}")
    for fname, q, tables, why in negs:
        ts = TABLES if tables == "all" else set(tables.split(";"))
        if not ts <= TABLES: err(f"negative tables {tables}")
        for t in ts:
            for g in gold_quotes[t].get(fname, []):
                if q in g or g in q:
                    err(f"{fname}: negative overlaps {t} gold: {q[:60]}")
        rows["negatives"].append([fname, q, tables, why])
    for k, hdr in H.items():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(hdr); w.writerows(rows[k])
        (OUT / f"{k}.csv").write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO((OUT / f"{k}.csv").read_text(encoding="utf-8"))))
        if back[0] != hdr or any(len(r) != len(hdr) for r in back) or len(back) != len(rows[k]) + 1:
            err(f"{k}.csv does not parse back")
    # summary
    from collections import Counter
    cm = rows["commitments"]
    th = Counter(r[3] for r in cm)
    print(f"docs={stats['docs']} words={stats['words']} commitments={len(cm)} "
          f"(core {sum(r[7]=='core' for r in cm)}, borderline {sum(r[7]=='borderline' for r in cm)}) "
          f"funding={len(rows['funding'])} statistics={len(rows['statistics'])} negatives={len(rows['negatives'])}")
    print("themes:", dict(sorted(th.items())))
    print("funding negatives:", sum(1 for r in rows["negatives"] if r[2] == "all" or "funding" in r[2].split(";")))
    for r in rows["metadata"]:
        f = r[0]
        print(f"  {f}: words={len(re.findall(chr(92)+'w+', (OUT/'texts'/f).read_text()))} "
              f"c={sum(x[0]==f for x in cm)} f={sum(x[0]==f for x in rows['funding'])} "
              f"s={sum(x[0]==f for x in rows['statistics'])} n={sum(x[0]==f for x in rows['negatives'])}")
    if errors:
        print("ERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
    print("all checks passed")

if __name__ == "__main__":
    main()
