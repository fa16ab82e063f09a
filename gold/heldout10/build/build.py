#!/usr/bin/env python3
"""Regenerate held-out set 10 (texts + gold CSVs) from build/docs/*.py and check it.

Writes only inside the folder that contains build/ (found from __file__).
"""
import csv
import datetime
import hashlib
import importlib.util
import io
import re
import sys
sys.dont_write_bytecode = True
from pathlib import Path

BUILD = Path(__file__).resolve().parent
ROOT = BUILD.parent
sys.path.insert(0, str(BUILD))
from ann import C, F, S, N  # noqa: E402

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

HEAD = {
    "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(","),
    "funding": ("doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,"
                "period_text,period_start,period_end,donor,recipient,kind,purpose,confidence,note").split(","),
    "statistics": ("doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,"
                   "period_end,location,confidence,note").split(","),
}

errors = []


def err(msg):
    errors.append(msg)


def iso(v, where):
    if v in ("", None):
        return
    try:
        datetime.date.fromisoformat(v)
    except ValueError:
        err(f"{where}: bad date {v!r}")


def num(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def load_modules():
    mods = []
    for p in sorted((BUILD / "docs").glob("d*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        mods.append(m)
    return mods


def main():
    rows = {t: [] for t in HEAD}
    negs, meta, docs, counts = [], [], [], []
    (ROOT / "texts").mkdir(exist_ok=True)
    for old in (ROOT / "texts").glob("*.txt"):
        old.unlink()
    for m in load_modules():
        M = m.META
        fname = f"{M['date']}_h10-{M['slug']}.txt"
        iso(M["date"], fname)
        if M["doc_type"] not in DOCTYPES:
            err(f"{fname}: doc_type {M['doc_type']}")
        for code in M["parties"].split(";"):
            if not re.fullmatch(r"[A-Z]{2}", code):
                err(f"{fname}: party {code}")
        lines = [M["title"], M["header"]]
        anns = []
        for item in m.BODY:
            if isinstance(item, str):
                lines.append(item)
                continue
            line, *a = item
            lines.append(line)
            for x in a:
                q = x.q if x.q is not None else line
                if q not in line:
                    err(f"{fname}: quote not in its line: {q[:70]!r}")
                anns.append((q, x))
        text = "\n".join(lines) + "\n"
        if not re.match(r"\d{4}-\d{2}-\d{2}$", M["date"]) or M["date"] != fname[:10]:
            err(f"{fname}: name/date mismatch")
        path = ROOT / "texts" / fname
        path.write_bytes(text.encode("utf-8"))
        nwords = len(re.findall(r"\w+", text))
        docs.append([fname, hashlib.sha256(path.read_bytes()).hexdigest(), fname])
        meta.append([fname, M["title"], M["date"], M["parties"], M["doc_type"], M["place"]])
        c = {"words": nwords, "core": 0, "borderline": 0, "funding": 0, "statistics": 0, "negatives": 0,
             "fcore": 0, "score": 0}
        gold_quotes = {t: [] for t in TABLES}
        pending_negs = []
        for q, x in anns:
            if q not in text:
                err(f"{fname}: quote not in text {q[:60]!r}")
            w = f"{fname}: {q[:50]!r}"
            if x.table == "negatives":
                pending_negs.append((q, x))
                continue
            if x.confidence not in CONFS:
                err(f"{w}: confidence")
            gold_quotes[x.table].append(q)
            if isinstance(x, C):
                if x.theme not in THEMES:
                    err(f"{w}: theme {x.theme}")
                if x.modality not in MODALITIES:
                    err(f"{w}: modality {x.modality}")
                for code in x.actor.split(";"):
                    if not re.fullmatch(r"[A-Z]{2}", code):
                        err(f"{w}: actor {x.actor}")
                iso(x.deadline_date, w)
                if x.deadline_date and not x.deadline_text:
                    err(f"{w}: deadline date without text")
                if x.deadline_text and x.deadline_text not in q:
                    err(f"{w}: deadline text not in quote")
                rows["commitments"].append([fname, q, x.actor, x.theme, x.modality, x.deadline_text,
                                            x.deadline_date, x.confidence, x.note])
                c[x.confidence] += 1
            elif isinstance(x, F):
                if x.currency not in CURS or (x.alt_currency and x.alt_currency not in CURS):
                    err(f"{w}: currency")
                if x.kind not in KINDS:
                    err(f"{w}: kind")
                if not isinstance(x.per_year, bool) or not isinstance(x.years, int):
                    err(f"{w}: per_year/years types")
                total = x.amount * x.years if x.per_year else x.amount
                if not x.per_year and x.years != 1:
                    pass  # a single sum over several years: total = amount
                iso(x.period_start, w)
                iso(x.period_end, w)
                rows["funding"].append([fname, q, num(x.amount), x.currency, num(x.alt_amount) if x.alt_amount != "" else "",
                                        x.alt_currency, "true" if x.per_year else "false", x.years, num(total),
                                        x.period_text, x.period_start, x.period_end, x.donor, x.recipient,
                                        x.kind, x.purpose, x.confidence, x.note])
                c["funding"] += 1
            elif isinstance(x, S):
                if x.unit not in UNITS:
                    err(f"{w}: unit {x.unit}")
                if x.qualifier not in QUALS:
                    err(f"{w}: qualifier {x.qualifier}")
                if x.direction not in DIRS:
                    err(f"{w}: direction {x.direction}")
                iso(x.period_start, w)
                iso(x.period_end, w)
                rows["statistics"].append([fname, q, num(x.value), x.unit, x.qualifier, x.metric, x.direction,
                                           x.period_text, x.period_start, x.period_end, x.location,
                                           x.confidence, x.note])
                c["statistics"] += 1
        cq = gold_quotes["commitments"]
        if len(cq) != len(set(cq)):
            err(f"{fname}: duplicate commitment quote")
        for q, x in pending_negs:
            tabs = TABLES if x.tables == "all" else set(x.tables.split(";"))
            if not tabs <= TABLES:
                err(f"{fname}: negative tables {x.tables}")
            for t in tabs:
                for g in gold_quotes[t]:
                    if q == g or q in g or g in q:
                        err(f"{fname}: negative overlaps gold {t}: {q[:60]!r}")
            negs.append([fname, q, x.tables, x.why])
            c["negatives"] += 1
        counts.append((fname, c))

    def write(name, header, data):
        buf = io.StringIO()
        wr = csv.writer(buf, lineterminator="\n")
        wr.writerow(header)
        wr.writerows(data)
        (ROOT / name).write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO((ROOT / name).read_text(encoding="utf-8"))))
        if any(len(r) != len(header) for r in back) or len(back) != len(data) + 1:
            err(f"{name}: column count / row count problem")

    for t, h in HEAD.items():
        write(f"{t}.csv", h, rows[t])
    write("metadata.csv", "file,title,doc_date,parties,doc_type,place".split(","), meta)
    write("negatives.csv", "doc,text,tables,why".split(","), negs)
    write("documents.csv", "doc,sha256,raw_file".split(","), docs)

    # counts table into README
    tot = {k: sum(c[k] for _, c in counts) for k in counts[0][1]} if counts else {}
    tab = ["| document | words | commitments core | commitments borderline | funding | statistics | negatives |",
           "| --- | --- | --- | --- | --- | --- | --- |"]
    for f, c in counts:
        tab.append(f"| {f} | {c['words']} | {c['core']} | {c['borderline']} | {c['funding']} | {c['statistics']} | {c['negatives']} |")
    if counts:
        tab.append(f"| **total ({len(counts)} docs)** | {tot['words']} | {tot['core']} | {tot['borderline']} | "
                   f"{tot['funding']} | {tot['statistics']} | {tot['negatives']} |")
    theme_counts = {}
    for r in rows["commitments"]:
        theme_counts[r[3]] = theme_counts.get(r[3], 0) + 1
    tab.append("")
    tab.append("Commitments per theme: " + ", ".join(f"{k} {theme_counts.get(k, 0)}" for k in sorted(THEMES)) + ".")
    fneg = sum(1 for n in negs if "funding" in n[2] or n[2] == "all")
    tab.append(f"Negatives naming funding (or all): {fneg}.")
    tmpl = (BUILD / "README.template.md").read_text(encoding="utf-8")
    (ROOT / "README.md").write_text(tmpl.replace("{{COUNTS}}", "\n".join(tab)), encoding="utf-8")
    print("\n".join(tab))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
