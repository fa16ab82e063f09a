#!/usr/bin/env python3
"""Regenerate held-out set 7 (French): texts + gold CSVs, with checks."""
import csv, hashlib, importlib, io, re, sys, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODS = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
CURS = {"EUR", "GBP", "USD", "MAD"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CODES = {"GB", "FR", "BE", "NL", "DE", "IT", "ES", "MA", "AL", "IE", "PL", "GR"}

C_COLS = "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(",")
F_COLS = ("doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,"
          "period_start,period_end,donor,recipient,kind,purpose,confidence,note").split(",")
S_COLS = ("doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,"
          "location,confidence,note").split(",")
M_COLS = "file,title,doc_date,parties,doc_type,place".split(",")
N_COLS = "doc,text,tables,why".split(",")
D_COLS = "doc,sha256,raw_file".split(",")

errors = []
def err(msg):
    errors.append(msg)

def iso(s, ctx, allow_empty=True):
    if s == "" and allow_empty:
        return
    try:
        datetime.date.fromisoformat(s)
    except Exception:
        err(f"{ctx}: bad ISO date {s!r}")

def canon(codes):
    """GB first, then FR, then the others alphabetically (the guideline's GB;FR, GB;BE, FR;IT)."""
    cs = codes.split(";")
    return ";".join(sorted(cs, key=lambda c: (c != "GB", c != "FR", c)))

def num(x):
    if x == "" or x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)

def segments(body):
    """yield (paragraph_text, [(seg_text, annots)])"""
    for para in body:
        if isinstance(para, str):
            para = [para]
        elif isinstance(para, tuple):
            para = [para]
        segs = []
        for s in para:
            if isinstance(s, str):
                segs.append((s, []))
            else:
                segs.append((s[0], list(s[1:])))
        yield " ".join(t for t, _ in segs), segs

def build_doc(mod):
    m = mod.META
    fname = f"{m['date']}_h7-{m['slug']}.txt"
    lines = [m["title"], m["dateline"], ""]
    rows = {"c": [], "f": [], "s": [], "n": []}
    for ptext, segs in segments(mod.BODY):
        lines.append(ptext)
        for t, anns in segs:
            for kind, d in anns:
                rows[kind].append((t.strip(), d))
    text = "\n".join(lines).rstrip("\n") + "\n"
    return fname, text, rows

def main():
    mods = sorted(p.stem for p in (HERE / "docs").glob("d*.py"))
    out = {k: [] for k in "cfsnmd"}
    (ROOT / "texts").mkdir(exist_ok=True)
    for old in (ROOT / "texts").glob("*.txt"):
        old.unlink()
    stats_tbl = []
    for name in mods:
        mod = importlib.import_module(f"docs.{name}")
        m = mod.META
        fname, text, rows = build_doc(mod)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h7-[a-z0-9-]+\.txt", fname):
            err(f"bad file name {fname}")
        iso(m["date"], fname, False)
        if not fname.startswith(m["date"]):
            err(f"{fname}: name/date mismatch")
        if m["doc_type"] not in DOCTYPES:
            err(f"{fname}: doc_type {m['doc_type']}")
        if m["parties"] != canon(m["parties"]): err(f"{fname}: parties order")
        for p in m["parties"].split(";"):
            if p not in CODES:
                err(f"{fname}: party {p}")
        (ROOT / "texts" / fname).write_bytes(text.encode("utf-8"))
        raw = (ROOT / "texts" / fname).read_bytes()
        out["m"].append([fname, m["title"], m["date"], m["parties"], m["doc_type"], m["place"]])
        out["d"].append([fname, hashlib.sha256(raw).hexdigest(), fname])
        words = len(re.findall(r"\w+", text))
        gold_quotes = {"commitments": [], "funding": [], "statistics": []}
        for q, d in rows["c"]:
            ctx = f"{fname} C {q[:50]}"
            if q not in text: err(f"{ctx}: quote not in text")
            if d["theme"] not in THEMES: err(f"{ctx}: theme {d['theme']}")
            if d["modality"] not in MODS: err(f"{ctx}: modality {d['modality']}")
            for a in d["actor"].split(";"):
                if a not in CODES: err(f"{ctx}: actor {a}")
            if d["actor"] != canon(d["actor"]): err(f"{ctx}: actor order {d['actor']} (want {canon(d['actor'])})")
            iso(d["deadline_date"], ctx)
            if d["deadline_date"] and not d["deadline_text"]: err(f"{ctx}: date without text")
            if d["deadline_text"] and d["deadline_text"] not in text: err(f"{ctx}: deadline text not in text")
            if d["confidence"] not in ("core", "borderline"): err(f"{ctx}: confidence")
            out["c"].append([fname, q] + [d[k] for k in C_COLS[2:]])
            gold_quotes["commitments"].append(q)
        for q, d in rows["f"]:
            ctx = f"{fname} F {q[:50]}"
            if q not in text: err(f"{ctx}: quote not in text")
            if d["currency"] not in CURS: err(f"{ctx}: currency")
            if d["alt_currency"] and d["alt_currency"] not in CURS: err(f"{ctx}: alt currency")
            if bool(d["alt_amount"] != "") != bool(d["alt_currency"]): err(f"{ctx}: alt pair")
            if d["kind"] not in KINDS: err(f"{ctx}: kind")
            exp = d["amount"] * d["years"] if d["per_year"] else d["amount"]
            if abs(exp - d["total_amount"]) > 1e-6: err(f"{ctx}: total_amount")
            if not d["per_year"] and d["years"] != 1: err(f"{ctx}: years must be 1 when not per_year")
            iso(d["period_start"], ctx); iso(d["period_end"], ctx)
            if d["confidence"] not in ("core", "borderline"): err(f"{ctx}: confidence")
            out["f"].append([fname, q, num(d["amount"]), d["currency"], num(d["alt_amount"]),
                             d["alt_currency"], str(d["per_year"]).lower(), num(d["years"]),
                             num(d["total_amount"]), d["period_text"], d["period_start"],
                             d["period_end"], d["donor"], d["recipient"], d["kind"], d["purpose"],
                             d["confidence"], d["note"]])
            gold_quotes["funding"].append(q)
        for q, d in rows["s"]:
            ctx = f"{fname} S {q[:50]}"
            if q not in text: err(f"{ctx}: quote not in text")
            if d["unit"] not in UNITS: err(f"{ctx}: unit")
            if d["qualifier"] not in QUALS: err(f"{ctx}: qualifier")
            if d["direction"] not in DIRS: err(f"{ctx}: direction")
            iso(d["period_start"], ctx); iso(d["period_end"], ctx)
            if d["confidence"] not in ("core", "borderline"): err(f"{ctx}: confidence")
            out["s"].append([fname, q, num(d["value"]), d["unit"], d["qualifier"], d["metric"],
                             d["direction"], d["period_text"], d["period_start"], d["period_end"],
                             d["location"], d["confidence"], d["note"]])
            gold_quotes["statistics"].append(q)
        for q, d in rows["n"]:
            ctx = f"{fname} N {q[:50]}"
            if q not in text: err(f"{ctx}: negative not in text")
            tabs = ["commitments", "funding", "statistics"] if d["tables"] == "all" else d["tables"].split(";")
            for t in tabs:
                if t not in gold_quotes: err(f"{ctx}: table {t}"); continue
            out["n"].append([fname, q, d["tables"], d["why"]])
        # negative/gold clash check after all gold of the doc is known
        for q, d in rows["n"]:
            tabs = ["commitments", "funding", "statistics"] if d["tables"] == "all" else d["tables"].split(";")
            for t in tabs:
                for g in gold_quotes.get(t, []):
                    if q == g or q in g or g in q:
                        err(f"{fname}: negative {q[:50]!r} clashes with gold {t} quote")
        ccore = sum(1 for _, d in rows["c"] if d["confidence"] == "core")
        stats_tbl.append((fname, words, ccore, len(rows["c"]) - ccore, len(rows["f"]), len(rows["s"]), len(rows["n"])))
        if not (450 <= words <= 950):
            print(f"warning: {fname} has {words} words")
    def write(name, cols, data):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        w.writerows(data)
        (ROOT / name).write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO((ROOT / name).read_text(encoding="utf-8"))))
        if back[0] != cols: err(f"{name}: header")
        if any(len(r) != len(cols) for r in back): err(f"{name}: column count")
        if len(back) - 1 != len(data): err(f"{name}: row count")
    write("commitments.csv", C_COLS, out["c"])
    write("funding.csv", F_COLS, out["f"])
    write("statistics.csv", S_COLS, out["s"])
    write("negatives.csv", N_COLS, out["n"])
    write("metadata.csv", M_COLS, out["m"])
    write("documents.csv", D_COLS, out["d"])
    # theme coverage
    from collections import Counter
    th = Counter(r[3] for r in out["c"])
    print("doc | words | commitments core | borderline | funding | statistics | negatives")
    tot = [0] * 6
    for r in stats_tbl:
        print(" | ".join(map(str, r)))
        tot = [a + b for a, b in zip(tot, r[1:])]
    print("TOTAL | " + " | ".join(map(str, tot)))
    print("themes:", dict(sorted(th.items())))
    fun_neg = sum(1 for r in out["n"] if r[2] in ("all",) or "funding" in r[2])
    print("negatives naming funding:", fun_neg)
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("all checks passed")

if __name__ == "__main__":
    main()
