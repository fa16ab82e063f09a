#!/usr/bin/env python3
"""Regenerate texts/ and CSVs of heldout13-fr from build/docs/*.py.
Each doc module defines META and BODY: a list of paragraphs; a paragraph is a list
of segments (text, [annotations]) joined by a single space. Annotations carry their
own fields; the quote is the segment text unless q= gives a substring."""
import csv, glob, hashlib, importlib.util, io, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from ann import Ann  # noqa

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODAL = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUAL = {"exact", "more_than", "less_than", "approximately"}
DIR = {"increase", "decrease", "level"}
CUR = {"EUR", "GBP", "USD", "CHF", "MAD", "ALL", "PLN"}
KIND = {"pledge", "disbursed"}
DTYPE = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CONF = {"core", "borderline"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

H = {
 "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(","),
 "funding": "doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,period_start,period_end,donor,recipient,kind,purpose,confidence,note".split(","),
 "statistics": "doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,location,confidence,note".split(","),
}
errors = []
def err(m): errors.append(m)

def isodate(v, where):
    if v in ("", None): return
    if not ISO.match(v): err(f"{where}: bad date {v!r}"); return
    import datetime
    try: datetime.date.fromisoformat(v)
    except ValueError: err(f"{where}: invalid date {v!r}")

def fmtnum(x):
    if x in ("", None): return ""
    x = float(x)
    return str(int(x)) if x == int(x) else repr(x)

rows = {k: [] for k in H}; negs = []; meta = []; docsrows = []
for path in sorted(glob.glob(os.path.join(HERE, "docs", "*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    M = m.META; fn = M["file"]
    if not re.match(r"^\d{4}-\d{2}-\d{2}_h13-[a-z0-9-]+\.txt$", fn): err(f"{fn}: bad name")
    if fn[:10] != M["doc_date"]: err(f"{fn}: date mismatch {M['doc_date']}")
    isodate(M["doc_date"], fn)
    if M["doc_type"] not in DTYPE: err(f"{fn}: doc_type {M['doc_type']}")
    lines = [M["title"], M["dateline"]]
    anns = []
    for para in m.BODY:
        if isinstance(para, str): para = [(para, [])]
        segs = []
        for seg in para:
            if isinstance(seg, str): seg = (seg, [])
            t, al = seg
            segs.append(t)
            for a in al: anns.append((t, a))
        lines.append(" ".join(segs))
    text = "\n".join(lines) + "\n"
    words = len(re.findall(r"\w+", text))
    with open(os.path.join(OUT, "texts", fn), "w", encoding="utf-8") as f: f.write(text)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    docsrows.append([fn, sha, fn])
    meta.append([fn, M["title"], M["doc_date"], M["parties"], M["doc_type"], M["place"]])
    for seg, a in anns:
        q = a.q or seg
        if q not in seg or q not in text: err(f"{fn}: quote not in text: {q[:60]}")
        w = f"{fn}:{q[:40]}"
        d = a.d
        if a.kind != "N" and d.get("confidence", "core") not in CONF: err(f"{w}: conf")
        if a.kind == "C":
            if d["theme"] not in THEMES: err(f"{w}: theme {d['theme']}")
            if d["modality"] not in MODAL: err(f"{w}: modality")
            if bool(d.get("deadline_date")) and not d.get("deadline_text"): err(f"{w}: date w/o text")
            isodate(d.get("deadline_date"), w)
            rows["commitments"].append([fn, q, d["actor"], d["theme"], d["modality"], d.get("deadline_text", ""), d.get("deadline_date", ""), d.get("confidence", "core"), d.get("note", "")])
        elif a.kind == "F":
            if d["currency"] not in CUR: err(f"{w}: currency")
            if d.get("alt_currency") and d["alt_currency"] not in CUR: err(f"{w}: alt cur")
            if d["kind"] not in KIND: err(f"{w}: kind")
            py = d.get("per_year", False); yrs = d.get("years", 1)
            tot = d["amount"] * yrs if py else d["amount"]
            if "total_amount" in d and abs(d["total_amount"] - tot) > 1e-6: err(f"{w}: total")
            for k in ("period_start", "period_end"): isodate(d.get(k), w)
            rows["funding"].append([fn, q, fmtnum(d["amount"]), d["currency"], fmtnum(d.get("alt_amount")), d.get("alt_currency", ""),
                "true" if py else "false", "" if yrs is None else str(yrs), fmtnum(tot), d.get("period_text", ""), d.get("period_start", ""),
                d.get("period_end", ""), d["donor"], d["recipient"], d["kind"], d["purpose"], d.get("confidence", "core"), d.get("note", "")])
        elif a.kind == "S":
            if d["unit"] not in UNITS: err(f"{w}: unit")
            if d["qualifier"] not in QUAL: err(f"{w}: qual")
            if d["direction"] not in DIR: err(f"{w}: dir")
            for k in ("period_start", "period_end"): isodate(d.get(k), w)
            rows["statistics"].append([fn, q, fmtnum(d["value"]), d["unit"], d["qualifier"], d["metric"], d["direction"], d.get("period_text", ""),
                d.get("period_start", ""), d.get("period_end", ""), d.get("location", ""), d.get("confidence", "core"), d.get("note", "")])
        elif a.kind == "N":
            negs.append([fn, q, d["tables"], d["why"]])
        else: err(f"{w}: kind {a.kind}")

# negatives vs gold quotes
for doc, t, tables, why in negs:
    tl = ["commitments", "funding", "statistics"] if tables == "all" else tables.split(";")
    for tb in tl:
        if tb not in H: err(f"{doc}: negative table {tb}")
        for r in rows.get(tb, []):
            if r[0] == doc and (r[1] == t or r[1] in t or t in r[1]):
                err(f"{doc}: negative clashes with {tb} gold: {t[:60]}")

def write(name, header, data):
    buf = io.StringIO(); wtr = csv.writer(buf, lineterminator="\n"); wtr.writerow(header); wtr.writerows(data)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f: f.write(buf.getvalue())
    with open(os.path.join(OUT, name), encoding="utf-8", newline="") as f:
        back = list(csv.reader(f))
    if len({len(r) for r in back}) != 1: err(f"{name}: ragged")
    if len(back) != len(data) + 1: err(f"{name}: row count")

for k in H: write(k + ".csv", H[k], rows[k])
write("negatives.csv", ["doc", "text", "tables", "why"], negs)
write("metadata.csv", ["file", "title", "doc_date", "parties", "doc_type", "place"], meta)
write("documents.csv", ["doc", "sha256", "raw_file"], docsrows)
# stale texts
names = {r[0] for r in docsrows}
for p in glob.glob(os.path.join(OUT, "texts", "*.txt")):
    if os.path.basename(p) not in names: os.remove(p)

# counts
print(f"{'doc':45} words  C(core/bl) F  S  N")
tot = [0, 0, 0, 0, 0, 0]
for fn, *_ in docsrows:
    wds = len(re.findall(r"\w+", open(os.path.join(OUT, "texts", fn), encoding="utf-8").read()))
    cc = sum(1 for r in rows["commitments"] if r[0] == fn and r[7] == "core")
    cb = sum(1 for r in rows["commitments"] if r[0] == fn and r[7] == "borderline")
    f_ = sum(1 for r in rows["funding"] if r[0] == fn); s_ = sum(1 for r in rows["statistics"] if r[0] == fn)
    n_ = sum(1 for r in negs if r[0] == fn)
    for i, v in enumerate([wds, cc, cb, f_, s_, n_]): tot[i] += v
    print(f"{fn:45} {wds:5}  {cc:3}/{cb:<3}    {f_:2} {s_:2} {n_:2}")
print(f"{'TOTAL':45} {tot[0]:5}  {tot[1]:3}/{tot[2]:<3}    {tot[3]:2} {tot[4]:2} {tot[5]:2}")
from collections import Counter
print("themes:", dict(Counter(r[3] for r in rows["commitments"])))
print("nonmoney-funding negatives:", sum(1 for n in negs if "funding" in n[2] or n[2] == "all"))
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
