#!/usr/bin/env python3
"""Regenerate held-out set 9 (English) texts and CSVs from build/docs/*.py and check them.

Each document module defines META (file, title, doc_date, parties, doc_type, place) and BODY,
a list of lines. A line is a str (no annotation), a tuple (text, *annotations), or a list of
such items (a paragraph whose sentences are joined by a single space). An annotation's quote is
its sentence unless it gives `quote=` (a substring of the sentence)."""
import sys; sys.dont_write_bytecode = True
import csv, hashlib, importlib.util, io, re, sys, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
CURS = {"EUR", "GBP", "USD", "CHF", "MAD", "ALL", "PLN"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CONFS = {"core", "borderline"}
PARTY = re.compile(r"^[A-Z]{2}(;[A-Z]{2})*$")

C_HDR = "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(",")
F_HDR = ("doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,"
         "period_start,period_end,donor,recipient,kind,purpose,confidence,note").split(",")
S_HDR = ("doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,"
         "location,confidence,note").split(",")
M_HDR = "file,title,doc_date,parties,doc_type,place".split(",")
N_HDR = "doc,text,tables,why".split(",")
TABLES = {"commitments", "funding", "statistics"}

errors = []
def err(msg):
    errors.append(msg)

def iso(d, where):
    if d in ("", None):
        return
    try:
        datetime.date.fromisoformat(d)
    except Exception:
        err(f"{where}: bad date {d!r}")

def num(x):
    if x in ("", None):
        return ""
    f = float(x)
    return str(int(f)) if f == int(f) else repr(f)

def sentences(line):
    if isinstance(line, str):
        return line, []
    if isinstance(line, tuple):
        return line[0], [(line[0], a) for a in line[1:]]
    parts, anns = [], []
    for item in line:
        t, a = sentences(item)
        parts.append(t)
        anns.extend(a)
    return " ".join(parts), anns

def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

def main():
    rows = {"c": [], "f": [], "s": [], "n": [], "m": []}
    texts = {}
    out_texts = ROOT / "texts"
    out_texts.mkdir(exist_ok=True)
    for old in out_texts.glob("*.txt"):
        old.unlink()
    for p in sorted((ROOT / "build" / "docs").glob("d*.py")):
        mod = load(p)
        m = mod.META
        fn = m["file"]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h9-[a-z0-9-]+\.txt", fn) or fn[:10] != m["doc_date"]:
            err(f"{fn}: file name does not match date {m['doc_date']}")
        iso(m["doc_date"], fn)
        if m["doc_type"] not in DOCTYPES: err(f"{fn}: doc_type {m['doc_type']}")
        if not PARTY.match(m["parties"]): err(f"{fn}: parties {m['parties']}")
        lines, anns = [], []
        for line in mod.BODY:
            t, a = sentences(line)
            lines.append(t)
            anns.extend(a)
        text = "\n".join(lines).rstrip("\n") + "\n"
        if lines[0] != m["title"]:
            err(f"{fn}: first line is not the title")
        texts[fn] = text
        (out_texts / fn).write_bytes(text.encode("utf-8"))
        rows["m"].append([fn, m["title"], m["doc_date"], m["parties"], m["doc_type"], m["place"]])
        for sent, a in anns:
            q = a.get("quote") or sent
            if q not in sent or q not in text:
                err(f"{fn}: quote not in sentence/text: {q[:60]}")
            t = a["t"]
            if t != "n" and a["confidence"] not in CONFS: err(f"{fn}: confidence {a['confidence']}")
            if t == "c":
                if a["theme"] not in THEMES: err(f"{fn}: theme {a['theme']}")
                if a["modality"] not in MODALITIES: err(f"{fn}: modality {a['modality']}")
                if not PARTY.match(a["actor"]): err(f"{fn}: actor {a['actor']}")
                iso(a["deadline_date"], fn)
                if a["deadline_date"] and not a["deadline_text"]: err(f"{fn}: date without text")
                if a["deadline_text"] and a["deadline_text"] not in q: err(f"{fn}: deadline text not in quote: {a['deadline_text']}")
                rows["c"].append([fn, q, a["actor"], a["theme"], a["modality"], a["deadline_text"],
                                  a["deadline_date"], a["confidence"], a["note"]])
            elif t == "f":
                if a["currency"] not in CURS: err(f"{fn}: currency {a['currency']}")
                if a["alt_currency"] and a["alt_currency"] not in CURS: err(f"{fn}: alt currency")
                if a["kind"] not in KINDS: err(f"{fn}: kind {a['kind']}")
                iso(a["period_start"], fn); iso(a["period_end"], fn)
                total = a["amount"] * a["years"] if a["per_year"] else a["amount"]
                if not a["per_year"] and a["years"] != 1: err(f"{fn}: years must be 1 when not per_year")
                rows["f"].append([fn, q, num(a["amount"]), a["currency"], num(a["alt_amount"]),
                                  a["alt_currency"], str(a["per_year"]).lower(), str(a["years"]),
                                  num(total), a["period_text"], a["period_start"], a["period_end"],
                                  a["donor"], a["recipient"], a["kind"], a["purpose"],
                                  a["confidence"], a["note"]])
            elif t == "s":
                if a["unit"] not in UNITS: err(f"{fn}: unit {a['unit']}")
                if a["qualifier"] not in QUALS: err(f"{fn}: qualifier {a['qualifier']}")
                if a["direction"] not in DIRS: err(f"{fn}: direction {a['direction']}")
                iso(a["period_start"], fn); iso(a["period_end"], fn)
                rows["s"].append([fn, q, num(a["value"]), a["unit"], a["qualifier"], a["metric"],
                                  a["direction"], a["period_text"], a["period_start"],
                                  a["period_end"], a["location"], a["confidence"], a["note"]])
            elif t == "n":
                tabs = a["tables"]
                if tabs != "all" and not set(tabs.split(";")) <= TABLES: err(f"{fn}: tables {tabs}")
                rows["n"].append([fn, q, tabs, a["why"]])
    # negatives vs gold quotes
    gold = {"commitments": rows["c"], "funding": rows["f"], "statistics": rows["s"]}
    for fn, q, tabs, why in rows["n"]:
        named = TABLES if tabs == "all" else set(tabs.split(";"))
        for tab in named:
            for r in gold[tab]:
                if r[0] == fn and (r[1] in q or q in r[1]):
                    err(f"{fn}: negative overlaps gold {tab}: {q[:60]}")
    def write(name, hdr, data):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(hdr)
        w.writerows(data)
        (ROOT / name).write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO((ROOT / name).read_text(encoding="utf-8"))))
        if back[0] != hdr or any(len(r) != len(hdr) for r in back) or len(back) != len(data) + 1:
            err(f"{name}: does not parse back")
    write("commitments.csv", C_HDR, rows["c"])
    write("funding.csv", F_HDR, rows["f"])
    write("statistics.csv", S_HDR, rows["s"])
    write("metadata.csv", M_HDR, rows["m"])
    write("negatives.csv", N_HDR, rows["n"])
    docs = [[fn, hashlib.sha256((out_texts / fn).read_bytes()).hexdigest(), fn] for fn in sorted(texts)]
    write("documents.csv", ["doc", "sha256", "raw_file"], docs)
    # summary
    print(f"{'doc':45} {'words':>5} {'c_core':>6} {'c_bl':>4} {'fund':>4} {'stat':>4} {'neg':>4}")
    tot = [0] * 6
    for fn in sorted(texts):
        v = [len(texts[fn].split()),
             sum(1 for r in rows["c"] if r[0] == fn and r[7] == "core"),
             sum(1 for r in rows["c"] if r[0] == fn and r[7] == "borderline"),
             sum(1 for r in rows["f"] if r[0] == fn), sum(1 for r in rows["s"] if r[0] == fn),
             sum(1 for r in rows["n"] if r[0] == fn)]
        tot = [a + b for a, b in zip(tot, v)]
        print(f"{fn:45} " + " ".join(f"{x:>5}" for x in v))
    print(f"{'TOTAL':45} " + " ".join(f"{x:>5}" for x in tot))
    from collections import Counter
    print("themes:", dict(Counter(r[3] for r in rows["c"])))
    print("units:", dict(Counter(r[3] for r in rows["s"])))
    print("funding not-funding negatives:", sum(1 for r in rows["n"] if "funding" in r[2] or r[2] == "all"))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("all checks passed")

if __name__ == "__main__":
    main()
