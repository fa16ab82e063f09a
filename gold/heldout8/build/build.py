#!/usr/bin/env python3
"""Regenerate held-out set 8 (English): texts/, the gold CSVs, metadata, negatives,
documents.csv, from the Python structures in build/docs/*.py, and check them."""
import csv
import datetime
import hashlib
import importlib.util
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALIFIERS = {"exact", "more_than", "less_than", "approximately"}
DIRECTIONS = {"increase", "decrease", "level"}
CURRENCIES = {"EUR", "GBP", "USD"}
KINDS = {"pledge", "disbursed"}
DOC_TYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CONF = {"core", "borderline"}
MARKER = re.compile(r"^(?:•|-|–|\*|\(\w{1,4}\)|\d{1,2}\.|[a-z]\))\s+")

HEAD = {
    "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(","),
    "funding": ("doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,"
                "period_text,period_start,period_end,donor,recipient,kind,purpose,confidence,note").split(","),
    "statistics": ("doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,"
                   "period_end,location,confidence,note").split(","),
    "negatives": "doc,text,tables,why".split(","),
}

errors = []


def err(msg):
    errors.append(msg)


def iso(s, where):
    if s in ("", None):
        return
    try:
        datetime.date.fromisoformat(s)
    except ValueError:
        err(f"{where}: bad ISO date {s!r}")


def num(v):
    if v is None or v == "":
        return ""
    f = float(v)
    return str(int(f)) if f == int(f) else repr(f)


def load_docs():
    mods = []
    for p in sorted((HERE / "docs").glob("d*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        mods.append(m)
    return mods


def render(m):
    meta = m.META
    fname = f"{meta['date']}_h8-{meta['slug']}.txt"
    lines = [meta["title"], meta["dateline"], ""]
    anns = []
    for para in m.BODY:
        if para == "":
            lines.append("")
            continue
        sents = []
        for s in para:
            if isinstance(s, str):
                sents.append(s)
                continue
            text, *a = s
            sents.append(text)
            for ann in a:
                q = ann["q"] if ann["q"] is not None else MARKER.sub("", text)
                if q not in text:
                    err(f"{fname}: q not in its sentence: {q[:60]!r}")
                anns.append(dict(ann, quote=q))
        lines.append(" ".join(sents))
    text = "\n".join(lines) + "\n"
    return fname, text, anns


def main():
    rows = {k: [] for k in HEAD}
    meta_rows, doc_rows = [], []
    (OUT / "texts").mkdir(exist_ok=True)
    for old in (OUT / "texts").glob("*.txt"):
        old.unlink()
    for m in load_docs():
        meta = m.META
        fname, text, anns = render(m)
        iso(meta["date"], fname)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h8-[a-z0-9-]+\.txt", fname) or not fname.startswith(meta["date"]):
            err(f"{fname}: bad file name")
        if meta["doc_type"] not in DOC_TYPES:
            err(f"{fname}: doc_type {meta['doc_type']}")
        for code in meta["parties"].split(";"):
            if not re.fullmatch(r"[A-Z]{2}", code):
                err(f"{fname}: party {code}")
        data = text.encode("utf-8")
        (OUT / "texts" / fname).write_bytes(data)
        meta_rows.append([fname, meta["title"], meta["date"], meta["parties"], meta["doc_type"], meta["place"]])
        doc_rows.append([fname, hashlib.sha256(data).hexdigest(), fname])
        if text.splitlines()[0] != meta["title"]:
            err(f"{fname}: first line is not the title")
        for a in anns:
            t = a["table"]
            w = f"{fname} [{t}] {a['quote'][:50]!r}"
            if a["quote"] not in text:
                err(f"{w}: quote not in text")
            if t == "commitments":
                if a["theme"] not in THEMES: err(f"{w}: theme {a['theme']}")
                if a["modality"] not in MODALITIES: err(f"{w}: modality {a['modality']}")
                for code in a["actor"].split(";"):
                    if not re.fullmatch(r"[A-Z]{2}", code) and code not in ("Frontex", "Europol", "EU"):
                        err(f"{w}: actor {a['actor']}")
                iso(a["deadline_date"], w)
                if a["deadline_date"] and not a["deadline_text"]:
                    err(f"{w}: deadline_date without text")
                if a["deadline_text"] and a["deadline_text"] not in a["quote"]:
                    err(f"{w}: deadline_text not in quote")
                rows[t].append([fname, a["quote"], a["actor"], a["theme"], a["modality"], a["deadline_text"],
                                a["deadline_date"], a["confidence"], a["note"]])
            elif t == "funding":
                if a["currency"] not in CURRENCIES: err(f"{w}: currency")
                if a["alt_currency"] and a["alt_currency"] not in CURRENCIES: err(f"{w}: alt currency")
                if (a["alt_amount"] is None) != (a["alt_currency"] == ""): err(f"{w}: alt pair")
                if a["kind"] not in KINDS: err(f"{w}: kind")
                exp = a["amount"] * a["years"] if a["per_year"] else a["amount"]
                if abs(exp - a["total_amount"]) > 1e-6: err(f"{w}: total_amount")
                if not a["per_year"] and a["years"] != 1: err(f"{w}: years must be 1 when not per_year")
                iso(a["period_start"], w); iso(a["period_end"], w)
                if a["period_text"] and a["period_text"] not in a["quote"]:
                    err(f"{w}: period_text not in quote")
                rows[t].append([fname, a["quote"], num(a["amount"]), a["currency"], num(a["alt_amount"]),
                                a["alt_currency"], str(a["per_year"]).lower(), str(a["years"]),
                                num(a["total_amount"]), a["period_text"], a["period_start"], a["period_end"],
                                a["donor"], a["recipient"], a["kind"], a["purpose"], a["confidence"], a["note"]])
            elif t == "statistics":
                if a["unit"] not in UNITS: err(f"{w}: unit {a['unit']}")
                if a["qualifier"] not in QUALIFIERS: err(f"{w}: qualifier")
                if a["direction"] not in DIRECTIONS: err(f"{w}: direction")
                iso(a["period_start"], w); iso(a["period_end"], w)
                if a["period_text"] and a["period_text"] not in a["quote"]:
                    err(f"{w}: period_text not in quote")
                rows[t].append([fname, a["quote"], num(a["value"]), a["unit"], a["qualifier"], a["metric"],
                                a["direction"], a["period_text"], a["period_start"], a["period_end"],
                                a["location"], a["confidence"], a["note"]])
            else:
                tabs = ["commitments", "funding", "statistics"] if a["tables"] == "all" else a["tables"].split(";")
                for tb in tabs:
                    if tb not in ("commitments", "funding", "statistics"):
                        err(f"{w}: negative table {tb}")
                rows[t].append([fname, a["quote"], a["tables"], a["why"]])
            if t in ("commitments", "funding", "statistics") and a["confidence"] not in CONF:
                err(f"{w}: confidence")
    # negatives must not be / contain / sit inside a gold quote of a table they name
    for d, neg, tables, _ in rows["negatives"]:
        tabs = ["commitments", "funding", "statistics"] if tables == "all" else tables.split(";")
        for tb in tabs:
            for r in rows[tb]:
                if r[0] == d and (neg in r[1] or r[1] in neg):
                    err(f"{d}: negative {neg[:50]!r} clashes with gold {tb} quote {r[1][:50]!r}")
    # write and read back
    def write(name, head, data):
        buf = io.StringIO()
        wr = csv.writer(buf, lineterminator="\n")
        wr.writerow(head)
        wr.writerows(data)
        (OUT / name).write_text(buf.getvalue(), encoding="utf-8")
        with open(OUT / name, newline="", encoding="utf-8") as fh:
            back = list(csv.reader(fh))
        if back[0] != head or len(back) != len(data) + 1 or any(len(r) != len(head) for r in back):
            err(f"{name}: does not parse back with a constant column count")
    for t in ("commitments", "funding", "statistics", "negatives"):
        write(f"{t}.csv", HEAD[t], rows[t])
    write("metadata.csv", "file,title,doc_date,parties,doc_type,place".split(","), meta_rows)
    write("documents.csv", ["doc", "sha256", "raw_file"], doc_rows)
    # summary
    print(f"{'doc':48s} words  c_core c_bord fund stats negs")
    tot = [0] * 6
    for fname, *_ in meta_rows:
        words = len(re.findall(r"\w+", (OUT / "texts" / fname).read_text(encoding="utf-8")))
        cc = sum(1 for r in rows["commitments"] if r[0] == fname and r[7] == "core")
        cb = sum(1 for r in rows["commitments"] if r[0] == fname and r[7] == "borderline")
        fu = sum(1 for r in rows["funding"] if r[0] == fname)
        st = sum(1 for r in rows["statistics"] if r[0] == fname)
        ng = sum(1 for r in rows["negatives"] if r[0] == fname)
        for i, v in enumerate((words, cc, cb, fu, st, ng)):
            tot[i] += v
        print(f"{fname:48s} {words:5d} {cc:6d} {cb:6d} {fu:4d} {st:5d} {ng:4d}")
    print(f"{'TOTAL (' + str(len(meta_rows)) + ' docs)':48s} {tot[0]:5d} {tot[1]:6d} {tot[2]:6d} {tot[3]:4d} {tot[4]:5d} {tot[5]:4d}")
    th = {}
    for r in rows["commitments"]:
        th[r[3]] = th.get(r[3], 0) + 1
    print("themes:", dict(sorted(th.items())))
    fneg = sum(1 for r in rows["negatives"] if r[2] in ("all",) or "funding" in r[2].split(";"))
    print("negatives naming funding:", fneg)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
