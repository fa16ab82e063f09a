#!/usr/bin/env python3
"""Regenerate /work/heldout12 texts and CSVs from build/docs/*.py and check them."""
import csv, datetime, hashlib, importlib.util, io, re, sys
from pathlib import Path

BUILD = Path(__file__).resolve().parent
OUT = BUILD.parent
sys.path.insert(0, str(BUILD))

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
MARK = re.compile(r"^\s*(?:[QA]:|[-•*–—]|\(?[a-z]{1,4}\)|\(?[0-9]{1,2}[.)]|[A-Z][.)])\s+")

HEAD = {
 "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(","),
 "funding": ("doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,"
             "period_text,period_start,period_end,donor,recipient,kind,purpose,confidence,note").split(","),
 "statistics": ("doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,"
                "period_end,location,confidence,note").split(","),
}
errors = []
def err(msg): errors.append(msg)

def isodate(s, where):
    if s in ("", None): return
    try: datetime.date.fromisoformat(s)
    except ValueError: err(f"{where}: bad date {s!r}")

def num(v):
    if v is None or v == "": return ""
    v = float(v)
    return str(int(v)) if v == int(v) else repr(v)

def load_docs():
    mods = []
    for p in sorted((BUILD / "docs").glob("d*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); mods.append(m)
    return mods

def main():
    rows = {t: [] for t in HEAD}; negs = []; meta = []; docs = []; stats = []
    texts_dir = OUT / "texts"; texts_dir.mkdir(exist_ok=True)
    seen_files = set()
    for m in load_docs():
        fn = m.FILE; M = m.META
        if fn in seen_files: err(f"duplicate {fn}")
        seen_files.add(fn)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h12-[a-z0-9-]+\.txt", fn): err(f"bad name {fn}")
        if fn[:10] != M["doc_date"]: err(f"{fn}: date {M['doc_date']} != file name")
        isodate(M["doc_date"], fn)
        if M["doc_type"] not in DOCTYPES: err(f"{fn}: doc_type {M['doc_type']}")
        lines = []; ann = []
        for item in m.BODY:
            if isinstance(item, str): lines.append(item); continue
            line, *anns = item
            lines.append(line)
            for a in anns: ann.append((line, a))
        text = "\n".join(lines) + "\n"
        if lines[0] != M["title"]: err(f"{fn}: first line is not the title")
        (texts_dir / fn).write_text(text, encoding="utf-8")
        words = len(re.findall(r"\w+", text))
        gq = {t: [] for t in TABLES}; dneg = []
        cnt = dict(c_core=0, c_b=0, f=0, s=0, n=0)
        for line, a in ann:
            q = a["q"] if a.get("q") else MARK.sub("", line)
            if q not in line or q not in text: err(f"{fn}: quote not verbatim: {q[:60]}")
            w = f"{fn}: {q[:50]}"
            if a["t"] != "n" and a["confidence"] not in CONFS: err(f"{w}: confidence")
            if a["t"] == "c":
                for act in a["actor"].split(";"):
                    if not re.fullmatch(r"[A-Z]{2}", act): err(f"{w}: actor {a['actor']}")
                if a["theme"] not in THEMES: err(f"{w}: theme {a['theme']}")
                if a["modality"] not in MODALITIES: err(f"{w}: modality {a['modality']}")
                isodate(a["deadline_date"], w)
                if a["deadline_text"] and a["deadline_text"] not in q: err(f"{w}: deadline text not in quote")
                if a["deadline_date"] and not a["deadline_text"]: err(f"{w}: date without text")
                rows["commitments"].append([fn, q, a["actor"], a["theme"], a["modality"], a["deadline_text"],
                                            a["deadline_date"], a["confidence"], a["note"]])
                gq["commitments"].append(q); cnt["c_core" if a["confidence"] == "core" else "c_b"] += 1
            elif a["t"] == "f":
                if a["currency"] not in CURS: err(f"{w}: currency")
                if a["alt_currency"] and a["alt_currency"] not in CURS: err(f"{w}: alt currency")
                if (a["alt_amount"] is None) != (a["alt_currency"] == ""): err(f"{w}: alt pair")
                if a["kind"] not in KINDS: err(f"{w}: kind")
                yrs = a["years"]; amt = float(a["amount"])
                total = amt * yrs if a["per_year"] else amt
                if not a["per_year"] and yrs != 1: err(f"{w}: years must be 1 when not per_year")
                for d in (a["period_start"], a["period_end"]): isodate(d, w)
                if a["period_text"] and a["period_text"] not in q: err(f"{w}: period text not in quote")
                rows["funding"].append([fn, q, num(amt), a["currency"], num(a["alt_amount"]), a["alt_currency"],
                                        "true" if a["per_year"] else "false", str(yrs), num(total),
                                        a["period_text"], a["period_start"], a["period_end"], a["donor"],
                                        a["recipient"], a["kind"], a["purpose"], a["confidence"], a["note"]])
                gq["funding"].append(q); cnt["f"] += 1
            elif a["t"] == "s":
                if a["unit"] not in UNITS: err(f"{w}: unit {a['unit']}")
                if a["qualifier"] not in QUALS: err(f"{w}: qualifier")
                if a["direction"] not in DIRS: err(f"{w}: direction")
                for d in (a["period_start"], a["period_end"]): isodate(d, w)
                if a["period_text"] and a["period_text"] not in q: err(f"{w}: period text not in quote")
                rows["statistics"].append([fn, q, num(a["value"]), a["unit"], a["qualifier"], a["metric"],
                                           a["direction"], a["period_text"], a["period_start"], a["period_end"],
                                           a["location"], a["confidence"], a["note"]])
                gq["statistics"].append(q); cnt["s"] += 1
            elif a["t"] == "n":
                tabs = TABLES if a["tables"] == "all" else set(a["tables"].split(";"))
                if not tabs <= TABLES: err(f"{w}: negative tables {a['tables']}")
                dneg.append((q, tabs)); negs.append([fn, q, a["tables"], a["why"]]); cnt["n"] += 1
        for q, tabs in dneg:
            for t in tabs:
                for g in gq[t]:
                    if q == g or q in g or g in q: err(f"{fn}: negative overlaps {t} gold: {q[:60]}")
        meta.append([fn, M["title"], M["doc_date"], M["parties"], M["doc_type"], M["place"]])
        docs.append([fn, hashlib.sha256((texts_dir / fn).read_bytes()).hexdigest(), fn])
        stats.append((fn, words, cnt))
        if not 400 <= words <= 950: print(f"warning: {fn} has {words} words")
    # stale texts
    for p in texts_dir.glob("*.txt"):
        if p.name not in seen_files: p.unlink()
    def write(name, header, data):
        with open(OUT / name, "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f); wr.writerow(header); wr.writerows(data)
        with open(OUT / name, encoding="utf-8", newline="") as f:
            back = list(csv.reader(f))
        if back[1:] != [[str(x) for x in r] for r in data] or any(len(r) != len(header) for r in back):
            err(f"{name}: does not parse back")
    for t in HEAD: write(f"{t}.csv", HEAD[t], rows[t])
    write("negatives.csv", ["doc", "text", "tables", "why"], negs)
    write("metadata.csv", "file,title,doc_date,parties,doc_type,place".split(","), meta)
    write("documents.csv", ["doc", "sha256", "raw_file"], docs)
    # counts table into README
    tot = dict(words=0, c_core=0, c_b=0, f=0, s=0, n=0)
    lines = ["| doc | words | commitments core | commitments borderline | funding | statistics | negatives |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for fn, wds, c in stats:
        lines.append(f"| {fn} | {wds} | {c['c_core']} | {c['c_b']} | {c['f']} | {c['s']} | {c['n']} |")
        tot["words"] += wds
        for k in c: tot[k] += c[k]
    lines.append(f"| **English, {len(stats)} docs** | {tot['words']} | {tot['c_core']} | {tot['c_b']} | "
                 f"{tot['f']} | {tot['s']} | {tot['n']} |")
    table = "\n".join(lines)
    tpl = BUILD / "README.template.md"
    if tpl.exists():
        theme_counts = {}
        for r in rows["commitments"]: theme_counts[r[3]] = theme_counts.get(r[3], 0) + 1
        tc = ", ".join(f"{k} {theme_counts.get(k, 0)}" for k in sorted(THEMES))
        (OUT / "README.md").write_text(tpl.read_text(encoding="utf-8").replace("{{COUNTS}}", table)
                                       .replace("{{THEMES}}", tc), encoding="utf-8")
    print(table)
    th = {}
    for r in rows["commitments"]: th[r[3]] = th.get(r[3], 0) + 1
    print("themes:", th)
    if errors:
        print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
