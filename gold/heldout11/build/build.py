#!/usr/bin/env python3
"""Regenerate held-out set 11 (English): texts/*.txt and the CSVs, with checks.

Every document is a module in build/docs/ defining META (dict) and LINES (list of
str or ann.L). Annotations sit on the line they quote, so quotes are verbatim by
construction (and checked). Writes only inside the folder that holds build/.
"""
import csv
import hashlib
import importlib
import io
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from ann import L, C, F, S, N  # noqa: E402

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
KINDS = {"pledge", "disbursed"}
CONFS = {"core", "borderline"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CURRENCIES = {"EUR", "GBP", "USD"}
ISO2 = re.compile(r"^[A-Z]{2}(;[A-Z]{2})*$")

HEAD = {
    "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(","),
    "funding": ("doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,"
                "period_start,period_end,donor,recipient,kind,purpose,confidence,note").split(","),
    "statistics": ("doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,"
                   "location,confidence,note").split(","),
    "negatives": "doc,text,tables,why".split(","),
    "metadata": "file,title,doc_date,parties,doc_type,place".split(","),
    "documents": "doc,sha256,raw_file".split(","),
}

DOC_MODULES = [
    "d01_treaty_2003", "d02_declaration_2005", "d03_commons_2008", "d04_communique_2010",
    "d05_committee_2013", "d06_speech_2016", "d07_letter_2018", "d08_readout_2020",
]

errors = []


def err(msg):
    errors.append(msg)


def isodate(s):
    try:
        date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def num(v):
    if v == "" or v is None:
        return ""
    f = float(v)
    return str(int(f)) if f == int(f) else repr(f)


def build_doc(modname):
    mod = importlib.import_module("docs." + modname)
    meta = mod.META
    lines = []
    rows = {"commitments": [], "funding": [], "statistics": [], "negatives": []}
    for item in mod.LINES:
        if isinstance(item, str):
            lines.append(item)
            continue
        lines.append(item.text)
        for a in item.anns:
            q = a.q if a.q is not None else item.text
            if q not in item.text:
                err(f"{modname}: quote not in its line: {q!r}")
            rows[a.table].append((q, a))
    text = "\n".join(lines) + "\n"
    fname = f"{meta['date']}_h11-{meta['slug']}.txt"
    return mod, meta, fname, text, rows


def main():
    out = {k: [] for k in HEAD}
    stats = []
    for modname in DOC_MODULES:
        mod, meta, fname, text, rows = build_doc(modname)
        # header checks
        first, second = text.split("\n")[0], text.split("\n")[1]
        if first != meta["title"]:
            err(f"{fname}: first line is not the title")
        if not isodate(meta["date"]) or not fname.startswith(meta["date"] + "_"):
            err(f"{fname}: bad date / file name")
        if meta["doc_type"] not in DOCTYPES:
            err(f"{fname}: doc_type {meta['doc_type']}")
        if not ISO2.match(meta["parties"]):
            err(f"{fname}: parties {meta['parties']}")
        parties = set(meta["parties"].split(";"))
        nwords = len(re.findall(r"\w+", text))
        if not 350 <= nwords <= 850:
            err(f"{fname}: {nwords} words")
        data = text.encode("utf-8")
        (ROOT / "texts" / fname).write_bytes(data)
        out["documents"].append([fname, hashlib.sha256(data).hexdigest(), fname])
        out["metadata"].append([fname, meta["title"], meta["date"], meta["parties"], meta["doc_type"], meta["place"]])
        for q, a in rows["commitments"]:
            k = a.kw
            if q not in text:
                err(f"{fname}: quote missing {q!r}")
            if not ISO2.match(k["actor"]):
                err(f"{fname}: actor {k['actor']}")
            if k["theme"] not in THEMES or k["modality"] not in MODALITIES or k["confidence"] not in CONFS:
                err(f"{fname}: enum in commitment {q!r}")
            if k["deadline_date"] and not isodate(k["deadline_date"]):
                err(f"{fname}: deadline date {k['deadline_date']}")
            if k["deadline_date"] and not k["deadline_text"]:
                err(f"{fname}: deadline date without text {q!r}")
            if k["deadline_text"] and k["deadline_text"] not in q:
                err(f"{fname}: deadline text not in quote {q!r}")
            out["commitments"].append([fname, q, k["actor"], k["theme"], k["modality"], k["deadline_text"],
                                       k["deadline_date"], k["confidence"], k["note"]])
        for q, a in rows["funding"]:
            k = a.kw
            if k["currency"] not in CURRENCIES or (k["alt_currency"] and k["alt_currency"] not in CURRENCIES):
                err(f"{fname}: currency {q!r}")
            if k["kind"] not in KINDS or k["confidence"] not in CONFS:
                err(f"{fname}: enum in funding {q!r}")
            exp = k["amount"] * k["years"] if k["per_year"] == "true" else k["amount"]
            if abs(exp - k["total_amount"]) > 1e-6:
                err(f"{fname}: total_amount {q!r}")
            if k["per_year"] == "false" and k["years"] != 1:
                err(f"{fname}: single sum with years != 1 {q!r}")
            for d in ("period_start", "period_end"):
                if k[d] and not isodate(k[d]):
                    err(f"{fname}: {d} {k[d]}")
            for d in ("donor", "recipient"):
                if not k[d]:
                    err(f"{fname}: empty {d}")
            if k["period_text"] and k["period_text"] not in q:
                err(f"{fname}: period text not in quote {q!r}")
            out["funding"].append([fname, q, num(k["amount"]), k["currency"], num(k["alt_amount"]),
                                   k["alt_currency"], k["per_year"], k["years"], num(k["total_amount"]),
                                   k["period_text"], k["period_start"], k["period_end"], k["donor"],
                                   k["recipient"], k["kind"], k["purpose"], k["confidence"], k["note"]])
        for q, a in rows["statistics"]:
            k = a.kw
            if (k["unit"] not in UNITS or k["qualifier"] not in QUALS or k["direction"] not in DIRS
                    or k["confidence"] not in CONFS):
                err(f"{fname}: enum in statistic {q!r}")
            for d in ("period_start", "period_end"):
                if k[d] and not isodate(k[d]):
                    err(f"{fname}: {d} {k[d]}")
            if k["period_text"] and k["period_text"] not in q:
                err(f"{fname}: period text not in quote {q!r}")
            out["statistics"].append([fname, q, num(k["value"]), k["unit"], k["qualifier"], k["metric"],
                                      k["direction"], k["period_text"], k["period_start"], k["period_end"],
                                      k["location"], k["confidence"], k["note"]])
        gold = {t: [q for q, _ in rows[t]] for t in ("commitments", "funding", "statistics")}
        for q, a in rows["negatives"]:
            t = a.kw["tables"]
            named = ("commitments", "funding", "statistics") if t == "all" else tuple(t.split(";"))
            for tb in named:
                if tb not in gold:
                    err(f"{fname}: negative names unknown table {tb}")
                    continue
                for g in gold[tb]:
                    if q == g or q in g or g in q:
                        err(f"{fname}: negative overlaps gold {tb} quote: {q!r}")
            out["negatives"].append([fname, q, t, a.kw["why"]])
        ncore = sum(1 for _, a in rows["commitments"] if a.kw["confidence"] == "core")
        stats.append((fname, nwords, ncore, len(rows["commitments"]) - ncore, len(rows["funding"]),
                      len(rows["statistics"]), len(rows["negatives"])))
    # write CSVs and parse them back
    names = {"metadata": "metadata.csv", "documents": "documents.csv"}
    for t, head in HEAD.items():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(head)
        w.writerows(out[t])
        path = ROOT / names.get(t, f"{t}.csv")
        path.write_text(buf.getvalue(), encoding="utf-8")
        with path.open(encoding="utf-8", newline="") as fh:
            back = list(csv.reader(fh))
        if back[0] != head or any(len(r) != len(head) for r in back):
            err(f"{path.name}: column count not constant")
        if len(back) - 1 != len(out[t]):
            err(f"{path.name}: row count changed on parse-back")
    # stale texts
    want = {r[0] for r in out["documents"]}
    for p in (ROOT / "texts").iterdir():
        if p.name not in want:
            err(f"stale text file {p.name}")
    tot = [sum(s[i] for s in stats) for i in range(1, 7)]
    print(f"{'file':45s} words c_core c_bord fund stats negs")
    for s in stats:
        print(f"{s[0]:45s} {s[1]:5d} {s[2]:6d} {s[3]:6d} {s[4]:4d} {s[5]:5d} {s[6]:4d}")
    print(f"{'TOTAL (' + str(len(stats)) + ' docs)':45s} {tot[0]:5d} {tot[1]:6d} {tot[2]:6d} {tot[3]:4d} {tot[4]:5d} {tot[5]:4d}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
