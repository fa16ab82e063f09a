#!/usr/bin/env python3
"""Regenerate heldout6 (English) texts and CSVs from build/docs/*.py, with checks.

Each doc module defines META (dict) and BODY: a list of paragraphs; a paragraph is a
list of segments; a segment is a string or a tuple (text, annot, annot, ...).
Segments of a paragraph are joined with a space, paragraphs with a newline.
Annotations (see annot.py) take the segment as quote unless q= gives a substring.
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
from annot import A  # noqa: E402

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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CODES = {"GB", "FR", "BE", "NL", "DE", "AL", "IT", "ES", "MA", "IE", "PL", "GR"}

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


def isodate(s, where):
    if s in (None, ""):
        return ""
    if not ISO.match(s):
        err(f"{where}: bad date {s!r}")
        return s
    try:
        date.fromisoformat(s)
    except ValueError:
        err(f"{where}: invalid date {s!r}")
    return s


def num(x):
    if x is None or x == "":
        return ""
    x = float(x)
    return str(int(x)) if x == int(x) else repr(x)


def codes_ok(s, where):
    for c in s.split(";"):
        if c not in CODES:
            err(f"{where}: actor/party code {c!r} not ISO alpha-2 in list")


def main():
    mods = sorted(p.stem for p in (HERE / "docs").glob("d*.py"))
    rows = {"commitments": [], "funding": [], "statistics": []}
    negs, meta_rows, doc_rows = [], [], []
    (ROOT / "texts").mkdir(exist_ok=True)
    for old in (ROOT / "texts").glob("*.txt"):
        old.unlink()
    for m in mods:
        mod = importlib.import_module(f"docs.{m}")
        M = mod.META
        fname = f"{M['date']}_h6-{M['slug']}.txt"
        isodate(M["date"], fname)
        if M["doc_type"] not in DOCTYPES:
            err(f"{fname}: doc_type {M['doc_type']}")
        codes_ok(M["parties"], fname)
        paras, annots = [], []
        for para in mod.BODY:
            segs = []
            for seg in ([para] if isinstance(para, (str, tuple)) else para):
                if isinstance(seg, str):
                    segs.append(seg)
                else:
                    segs.append(seg[0])
                    for a in seg[1:]:
                        assert isinstance(a, A), (fname, seg[0])
                        annots.append((seg[0], a))
            paras.append(" ".join(segs))
        text = M["title"] + "\n" + M["dateline"] + "\n\n" + "\n".join(paras) + "\n"
        path = ROOT / "texts" / fname
        path.write_bytes(text.encode("utf-8"))
        if not fname.startswith(M["date"]):
            err(f"{fname}: name/date mismatch")
        for seg, a in annots:
            k = a.kw
            q = k.get("q") or seg
            if q not in text:
                err(f"{fname}: quote not in text: {q[:60]}")
            if a.kind in ("c", "f", "s") and k["confidence"] not in CONFS:
                err(f"{fname}: confidence {k['confidence']}")
            if a.kind == "c":
                if k["theme"] not in THEMES:
                    err(f"{fname}: theme {k['theme']}")
                if k["modality"] not in MODALITIES:
                    err(f"{fname}: modality {k['modality']}")
                codes_ok(k["actor"], fname)
                isodate(k["deadline_date"], fname)
                if k["deadline_text"] and k["deadline_text"] not in q:
                    err(f"{fname}: deadline text not in quote: {k['deadline_text']}")
                if k["deadline_date"] and not k["deadline_text"]:
                    err(f"{fname}: deadline date without text")
                rows["commitments"].append([fname, q, k["actor"], k["theme"], k["modality"],
                                            k["deadline_text"] or "", k["deadline_date"] or "",
                                            k["confidence"], k["note"]])
            elif a.kind == "f":
                if k["currency"] not in CURS or (k["alt_currency"] and k["alt_currency"] not in CURS):
                    err(f"{fname}: currency")
                if k["kind"] not in KINDS:
                    err(f"{fname}: kind {k['kind']}")
                years = k["years"]
                total = k["amount"] * years if k["per_year"] else k["amount"]
                if not k["per_year"] and years != 1:
                    err(f"{fname}: single sum with years != 1")
                for p in ("period_start", "period_end"):
                    isodate(k[p], fname)
                codes_ok(k["donor"], fname)
                rows["funding"].append([fname, q, num(k["amount"]), k["currency"], num(k["alt_amount"]),
                                        k["alt_currency"] or "", str(k["per_year"]).lower(), str(years),
                                        num(total), k["period_text"] or "", k["period_start"] or "",
                                        k["period_end"] or "", k["donor"], k["recipient"], k["kind"],
                                        k["purpose"], k["confidence"], k["note"]])
            elif a.kind == "s":
                if k["unit"] not in UNITS:
                    err(f"{fname}: unit {k['unit']}")
                if k["qualifier"] not in QUALS:
                    err(f"{fname}: qualifier {k['qualifier']}")
                if k["direction"] not in DIRS:
                    err(f"{fname}: direction {k['direction']}")
                for p in ("period_start", "period_end"):
                    isodate(k[p], fname)
                rows["statistics"].append([fname, q, num(k["value"]), k["unit"], k["qualifier"], k["metric"],
                                           k["direction"], k["period_text"] or "", k["period_start"] or "",
                                           k["period_end"] or "", k["location"] or "", k["confidence"],
                                           k["note"]])
            elif a.kind == "n":
                negs.append([fname, q, k["tables"], k["why"]])
        meta_rows.append([fname, M["title"], M["date"], M["parties"], M["doc_type"], M["place"]])
        doc_rows.append([fname, hashlib.sha256(path.read_bytes()).hexdigest(), fname])

    # negatives never equal / contain / sit inside a gold quote of a named table
    for fname, t, tables, why in negs:
        names = ["commitments", "funding", "statistics"] if tables == "all" else tables.split(";")
        for tb in names:
            if tb not in rows:
                err(f"{fname}: negative names unknown table {tb}")
                continue
            for r in rows[tb]:
                if r[0] == fname and (t in r[1] or r[1] in t):
                    err(f"{fname}: negative overlaps gold {tb} quote: {t[:60]}")
    seen = set()
    for tb, rs in rows.items():
        for r in rs:
            key = (tb, r[0], r[1], r[2] if tb != "commitments" else "", r[3] if tb == "statistics" else "")
            if tb != "commitments" and key in seen:
                err(f"duplicate {tb} row {r[:3]}")
            seen.add(key)

    def write(name, header, data):
        p = ROOT / name
        with p.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header.split(","))
            w.writerows(data)
        with p.open(encoding="utf-8", newline="") as fh:
            back = list(csv.reader(fh))
        n = len(back[0])
        if any(len(r) != n for r in back):
            err(f"{name}: ragged rows")
        if len(back) != len(data) + 1:
            err(f"{name}: row count changed on re-read")

    for tb in rows:
        write(f"{tb}.csv", HEAD[tb], rows[tb])
    write("negatives.csv", "doc,text,tables,why", negs)
    write("metadata.csv", "file,title,doc_date,parties,doc_type,place", meta_rows)
    write("documents.csv", "doc,sha256,raw_file", doc_rows)

    # counts
    words = sum(len(re.findall(r"\w+", (ROOT / "texts" / r[0]).read_text())) for r in doc_rows)
    core = sum(1 for r in rows["commitments"] if r[7] == "core")
    print(f"docs={len(doc_rows)} words={words} commitments={len(rows['commitments'])} "
          f"(core {core}, borderline {len(rows['commitments']) - core}) funding={len(rows['funding'])} "
          f"statistics={len(rows['statistics'])} negatives={len(negs)}")
    from collections import Counter
    print("themes:", dict(Counter(r[3] for r in rows["commitments"])))
    print("neg funding:", sum(1 for n in negs if n[2] in ("all",) or "funding" in n[2]))
    for r in doc_rows:
        t = (ROOT / "texts" / r[0]).read_text()
        print(f"  {r[0]}: {len(re.findall(chr(92) + 'w+', t))} words, "
              f"c={sum(1 for x in rows['commitments'] if x[0] == r[0])} "
              f"f={sum(1 for x in rows['funding'] if x[0] == r[0])} "
              f"s={sum(1 for x in rows['statistics'] if x[0] == r[0])} "
              f"n={sum(1 for x in negs if x[0] == r[0])}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
