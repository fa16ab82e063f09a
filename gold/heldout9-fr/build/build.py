#!/usr/bin/env python3
"""Regenerate /work/heldout9-fr (texts + CSVs) from build/docs/*.py and check everything.

Each document module defines FILE, TITLE, DATE, PARTIES, DOC_TYPE, PLACE and LINES,
a list whose items are either a plain string (a line of text) or a tuple
(line, annotation, annotation, ...) with annotations from h9 (C, F, S, N).
Writes only inside the folder that contains build/.
"""
import csv, hashlib, importlib.util, io, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from h9 import C, F, S, N, strip_marker  # noqa: E402

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
CURR = {"EUR", "GBP", "USD", "MAD", "CHF"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CONFS = {"core", "borderline"}
ISO2 = {"GB", "FR", "BE", "NL", "DE", "IT", "ES", "AL", "MA", "PL", "GR", "IE", "TN", "VN", "EU"}

HEAD = {
    "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note",
    "funding": "doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,"
               "period_text,period_start,period_end,donor,recipient,kind,purpose,confidence,note",
    "statistics": "doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,"
                  "period_end,location,confidence,note",
}
errors = []


def err(msg):
    errors.append(msg)


def iso(d, where):
    if d in ("", None):
        return
    try:
        datetime.date.fromisoformat(d)
    except Exception:
        err(f"{where}: bad ISO date {d!r}")


def num(x):
    if x in ("", None):
        return ""
    f = float(x)
    return str(int(f)) if f == int(f) else repr(f)


def load_docs():
    mods = []
    ddir = os.path.join(HERE, "docs")
    for fn in sorted(os.listdir(ddir)):
        if not fn.endswith(".py") or fn.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(ddir, fn))
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        mods.append(m)
    return mods


def main():
    rows = {"commitments": [], "funding": [], "statistics": []}
    negs, meta, docs_rows, counts = [], [], [], []
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for m in load_docs():
        fn = m.FILE
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h9-[a-z0-9-]+\.txt", fn):
            err(f"{fn}: bad file name")
        if fn[:10] != m.DATE:
            err(f"{fn}: file date != DATE {m.DATE}")
        iso(m.DATE, fn)
        if m.DOC_TYPE not in DOCTYPES:
            err(f"{fn}: doc_type {m.DOC_TYPE}")
        for p in m.PARTIES.split(";"):
            if p not in ISO2:
                err(f"{fn}: party {p}")
        lines, anns = [], []
        for item in m.LINES:
            if isinstance(item, str):
                lines.append(item)
            else:
                line = item[0]
                lines.append(line)
                for a in item[1:]:
                    anns.append((line, a))
        if lines[0] != m.TITLE:
            err(f"{fn}: first line is not the title")
        text = "\n".join(lines) + "\n"
        if "\n\n\n" in text:
            err(f"{fn}: triple newline")
        path = os.path.join(ROOT, "texts", fn)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        raw = open(path, "rb").read()
        docs_rows.append([fn, hashlib.sha256(raw).hexdigest(), fn])
        meta.append([fn, m.TITLE, m.DATE, m.PARTIES, m.DOC_TYPE, m.PLACE])
        gold_q = {"commitments": [], "funding": [], "statistics": []}
        nc = {"core": 0, "borderline": 0}
        nf = ns = nn = 0
        for line, a in anns:
            q = a.quote if a.quote is not None else strip_marker(line)
            if q not in line or q not in text:
                err(f"{fn}: quote not in text: {q!r}")
            where = f"{fn}: {q[:50]!r}"
            if not isinstance(a, N) and a.conf not in CONFS:
                err(f"{where}: confidence {a.conf}")
            if isinstance(a, C):
                if a.theme not in THEMES: err(f"{where}: theme {a.theme}")
                if a.modality not in MODALITIES: err(f"{where}: modality {a.modality}")
                for p in a.actor.split(";"):
                    if p not in ISO2: err(f"{where}: actor {a.actor}")
                iso(a.deadline_date, where)
                if a.deadline_date and not a.deadline_text:
                    err(f"{where}: deadline_date without text")
                if a.deadline_text and a.deadline_text not in q:
                    err(f"{where}: deadline_text not in quote")
                rows["commitments"].append([fn, q, a.actor, a.theme, a.modality, a.deadline_text,
                                            a.deadline_date, a.conf, a.note])
                gold_q["commitments"].append(q)
                nc[a.conf] += 1
            elif isinstance(a, F):
                if a.currency not in CURR: err(f"{where}: currency")
                if a.alt_currency and a.alt_currency not in CURR: err(f"{where}: alt currency")
                if bool(a.alt_amount) != bool(a.alt_currency): err(f"{where}: alt pair")
                if a.kind not in KINDS: err(f"{where}: kind")
                iso(a.period_start, where); iso(a.period_end, where)
                if a.period_text and a.period_text not in q: err(f"{where}: period_text not in quote")
                total = a.amount * a.years if a.per_year else a.amount
                if not a.per_year and a.years != 1: err(f"{where}: years must be 1 when not per_year")
                rows["funding"].append([fn, q, num(a.amount), a.currency, num(a.alt_amount),
                                        a.alt_currency, "true" if a.per_year else "false",
                                        a.years, num(total), a.period_text, a.period_start,
                                        a.period_end, a.donor, a.recipient, a.kind, a.purpose,
                                        a.conf, a.note])
                gold_q["funding"].append(q)
                nf += 1
            elif isinstance(a, S):
                if a.unit not in UNITS: err(f"{where}: unit {a.unit}")
                if a.qualifier not in QUALS: err(f"{where}: qualifier")
                if a.direction not in DIRS: err(f"{where}: direction")
                iso(a.period_start, where); iso(a.period_end, where)
                if a.period_text and a.period_text not in q: err(f"{where}: period_text not in quote")
                rows["statistics"].append([fn, q, num(a.value), a.unit, a.qualifier, a.metric,
                                           a.direction, a.period_text, a.period_start,
                                           a.period_end, a.location, a.conf, a.note])
                gold_q["statistics"].append(q)
                ns += 1
            elif isinstance(a, N):
                pass
            else:
                err(f"{where}: unknown annotation")
        for line, a in anns:
            if not isinstance(a, N):
                continue
            q = a.quote if a.quote is not None else strip_marker(line)
            tabs = ["commitments", "funding", "statistics"] if a.tables == "all" else a.tables.split(";")
            for t in tabs:
                if t not in gold_q:
                    err(f"{fn}: negative table {t}")
                    continue
                for g in gold_q[t]:
                    if q == g or q in g or g in q:
                        err(f"{fn}: negative overlaps {t} gold: {q[:60]!r}")
            negs.append([fn, q, a.tables, a.why])
            nn += 1
        words = len(re.findall(r"\w+", text))
        counts.append([fn, words, nc["core"], nc["borderline"], nf, ns, nn])

    def write(name, header, data):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header.split(","))
        for r in data:
            w.writerow(r)
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(buf.getvalue())
        with open(os.path.join(ROOT, name), encoding="utf-8", newline="") as fh:
            back = list(csv.reader(fh))
        n = len(header.split(","))
        if any(len(r) != n for r in back):
            err(f"{name}: inconsistent column count")
        if len(back) != len(data) + 1:
            err(f"{name}: row count mismatch")

    for t in rows:
        write(f"{t}.csv", HEAD[t], rows[t])
    write("metadata.csv", "file,title,doc_date,parties,doc_type,place", meta)
    write("negatives.csv", "doc,text,tables,why", negs)
    write("documents.csv", "doc,sha256,raw_file", docs_rows)

    # theme coverage
    from collections import Counter
    th = Counter(r[3] for r in rows["commitments"])
    print("| doc | words | commitments core | commitments borderline | funding | statistics | negatives |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    tot = [0] * 6
    for c in counts:
        print("| " + " | ".join(str(x) for x in c) + " |")
        tot = [a + b for a, b in zip(tot, c[1:])]
    print(f"| **total ({len(counts)} docs)** | " + " | ".join(str(x) for x in tot) + " |")
    print("themes:", dict(sorted(th.items())))
    for t in sorted(THEMES - set(th)):
        print("  (theme absent:", t, ")")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
