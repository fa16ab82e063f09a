#!/usr/bin/env python3
"""Regenerate heldout11-fr texts and CSVs from build/docs/*.py; check them."""
import sys
sys.dont_write_bytecode = True
import csv
import hashlib
import importlib
import io
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from ann import S  # noqa: E402

THEMES = {"border_security", "policing_intelligence", "returns", "asylum",
          "reception_welfare", "information_campaigns", "upstream_cooperation",
          "eu_international", "funding", "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend",
              "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places",
         "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty",
            "arrangement", "other"}
CURR = {"EUR", "GBP", "USD"}
CONF = {"core", "borderline"}
ISO2 = re.compile(r"^[A-Z]{2}(;[A-Z]{2})*$")

HEAD = {
    "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note",
    "funding": "doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,period_start,period_end,donor,recipient,kind,purpose,confidence,note",
    "statistics": "doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,location,confidence,note",
    "negatives": "doc,text,tables,why",
    "metadata": "file,title,doc_date,parties,doc_type,place",
    "documents": "doc,sha256,raw_file",
}
DOCS = ["d1_bruxelles", "d2_rome", "d3_communique", "d4_discours",
        "d5_question", "d6_rapport", "d7_compterendu", "d8_entretien"]

errors = []


def err(msg):
    errors.append(msg)


def iso(d, what):
    if d == "":
        return
    try:
        date.fromisoformat(d)
    except ValueError:
        err(f"bad ISO date {d!r} in {what}")


def num(x):
    if x == "" or x is None:
        return ""
    x = float(x)
    return str(int(x)) if x == int(x) else repr(x)


def render(mod):
    lines = [mod.META["title"], mod.META["header"]]
    anns = []
    for line in mod.BODY:
        segs = line if isinstance(line, list) else [line]
        parts = []
        for seg in segs:
            if isinstance(seg, S):
                parts.append(seg.text)
                for a in seg.anns:
                    anns.append((a, a.q or seg.text, seg.text))
            else:
                parts.append(seg)
        lines.append(" ".join(parts))
    return "\n".join(lines) + "\n", anns


def main():
    rows = {k: [] for k in HEAD}
    words_total = 0
    per_doc = []
    texts = OUT / "texts"
    texts.mkdir(exist_ok=True)
    for old in texts.glob("*.txt"):
        old.unlink()
    for name in DOCS:
        mod = importlib.import_module(f"docs.{name}")
        m = mod.META
        fname = f"{m['date']}_h11-{m['slug']}.txt"
        if not re.match(r"^\d{4}-\d{2}-\d{2}_h11-[a-z0-9-]+\.txt$", fname):
            err(f"bad file name {fname}")
        iso(m["date"], fname)
        if m["doc_type"] not in DOCTYPES:
            err(f"{fname}: doc_type {m['doc_type']}")
        if not ISO2.match(m["parties"]):
            err(f"{fname}: parties {m['parties']}")
        text, anns = render(mod)
        nw = len(re.findall(r"\w+", text))
        words_total += nw
        data = text.encode("utf-8")
        (texts / fname).write_bytes(data)
        rows["documents"].append([fname, hashlib.sha256(data).hexdigest(), fname])
        rows["metadata"].append([fname, m["title"], m["date"], m["parties"], m["doc_type"], m["place"]])
        parties = set(m["parties"].split(";"))
        cnt = {"commitments": 0, "funding": 0, "statistics": 0, "negatives": 0}
        for a, q, seg in anns:
            f = a.fields
            cnt[a.table] += 1
            if q not in text:
                err(f"{fname}: quote not in text: {q[:60]}")
            if q != seg and q not in seg:
                err(f"{fname}: sub-quote not in its segment: {q[:60]}")
            if a.table == "negatives":
                rows["negatives"].append([fname, q, f["tables"], f["why"]])
                continue
            if f["confidence"] not in CONF:
                err(f"{fname}: confidence {f['confidence']}")
            if a.table == "commitments":
                if f["theme"] not in THEMES:
                    err(f"{fname}: theme {f['theme']}")
                if f["modality"] not in MODALITIES:
                    err(f"{fname}: modality {f['modality']}")
                if not ISO2.match(f["actor"]) or not set(f["actor"].split(";")) <= parties | {"GB", "FR"}:
                    err(f"{fname}: actor {f['actor']} vs parties {m['parties']}")
                iso(f["deadline_date"], fname)
                if f["deadline_date"] and not f["deadline_text"]:
                    err(f"{fname}: deadline_date without text")
                if f["deadline_text"] and f["deadline_text"] not in q:
                    err(f"{fname}: deadline_text not in quote: {f['deadline_text']}")
                rows["commitments"].append([fname, q, f["actor"], f["theme"], f["modality"],
                                            f["deadline_text"], f["deadline_date"],
                                            f["confidence"], f["note"]])
            elif a.table == "funding":
                if f["currency"] not in CURR or (f["alt_currency"] and f["alt_currency"] not in CURR):
                    err(f"{fname}: currency")
                if f["kind"] not in KINDS:
                    err(f"{fname}: kind {f['kind']}")
                exp = f["amount"] * f["years"] if f["per_year"] else f["amount"]
                if abs(exp - f["total_amount"]) > 1e-6:
                    err(f"{fname}: total_amount")
                if not f["per_year"] and f["years"] != 1 and f["years"] != "":
                    pass
                iso(f["period_start"], fname)
                iso(f["period_end"], fname)
                if f["period_text"] and f["period_text"] not in q:
                    err(f"{fname}: period_text not in quote: {f['period_text']}")
                rows["funding"].append([fname, q, num(f["amount"]), f["currency"], num(f["alt_amount"]),
                                        f["alt_currency"], "true" if f["per_year"] else "false",
                                        str(f["years"]), num(f["total_amount"]), f["period_text"],
                                        f["period_start"], f["period_end"], f["donor"], f["recipient"],
                                        f["kind"], f["purpose"], f["confidence"], f["note"]])
            else:
                if f["unit"] not in UNITS or f["qualifier"] not in QUALS or f["direction"] not in DIRS:
                    err(f"{fname}: stat enums {f['unit']} {f['qualifier']} {f['direction']}")
                iso(f["period_start"], fname)
                iso(f["period_end"], fname)
                if f["period_text"] and f["period_text"] not in q:
                    err(f"{fname}: stat period_text not in quote: {f['period_text']}")
                rows["statistics"].append([fname, q, num(f["value"]), f["unit"], f["qualifier"],
                                           f["metric"], f["direction"], f["period_text"],
                                           f["period_start"], f["period_end"], f["location"],
                                           f["confidence"], f["note"]])
        per_doc.append((fname, nw, cnt))
    # negatives vs gold quotes
    gold = {t: {} for t in ("commitments", "funding", "statistics")}
    for t in gold:
        for r in rows[t]:
            gold[t].setdefault(r[0], []).append(r[1])
    for doc, neg, tables, _ in rows["negatives"]:
        names = ["commitments", "funding", "statistics"] if tables == "all" else tables.split(";")
        for t in names:
            if t not in gold:
                err(f"negative tables {tables}")
                continue
            for q in gold[t].get(doc, []):
                if neg == q or neg in q or q in neg:
                    err(f"{doc}: negative overlaps {t} gold: {neg[:60]}")
    # write CSVs
    for t, head in HEAD.items():
        fn = OUT / ("metadata.csv" if t == "metadata" else f"{t}.csv")
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(head.split(","))
        w.writerows(rows[t])
        fn.write_text(buf.getvalue(), encoding="utf-8")
        with fn.open(encoding="utf-8", newline="") as fh:
            back = list(csv.reader(fh))
        ncol = len(head.split(","))
        if any(len(r) != ncol for r in back) or len(back) != len(rows[t]) + 1:
            err(f"{fn.name}: column count / row count")
    # counts
    com = rows["commitments"]
    core = sum(1 for r in com if r[7] == "core")
    table = ["| docs | words | commitments core | commitments borderline | funding | statistics | negatives |",
             "| --- | --- | --- | --- | --- | --- | --- |",
             f"| {len(DOCS)} | {words_total} | {core} | {len(com) - core} | {len(rows['funding'])} | "
             f"{len(rows['statistics'])} | {len(rows['negatives'])} |"]
    themes = {}
    for r in com:
        themes[r[3]] = themes.get(r[3], 0) + 1
    perdoc = ["| file | words | commitments | funding | statistics | negatives |", "| --- | --- | --- | --- | --- | --- |"]
    for fname, nw, c in per_doc:
        perdoc.append(f"| {fname} | {nw} | {c['commitments']} | {c['funding']} | {c['statistics']} | {c['negatives']} |")
    themeline = ", ".join(f"{k} {v}" for k, v in sorted(themes.items()))
    tmpl = (HERE / "README_template.md").read_text(encoding="utf-8")
    readme = tmpl.replace("{COUNTS}", "\n".join(table)).replace("{PERDOC}", "\n".join(perdoc)).replace("{THEMES}", themeline)
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    print("\n".join(table))
    print("\n".join(perdoc))
    print("themes:", themeline)
    money_neg = sum(1 for r in rows["negatives"] if "funding" in r[2] or r[2] == "all")
    print("negatives naming funding/all:", money_neg)
    for t in THEMES - set(themes):
        err(f"theme never used: {t}")
    for t, n in themes.items():
        if n < 4:
            print(f"WARNING theme {t} only {n}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
