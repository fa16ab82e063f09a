#!/usr/bin/env python3
"""Build held-out set 22 (French) into /work/notes/h22/fr. Fails loudly on any inconsistency."""

import csv
import hashlib
import importlib.util
import io
import re
import sys

sys.dont_write_bytecode = True
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import lib  # noqa: E402
from lib import L, C, F, S, N  # noqa: E402

HEAD = {
    "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note",
    "funding": "doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,"
    "period_start,period_end,donor,recipient,kind,purpose,confidence,note",
    "statistics": "doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,"
    "location,confidence,note",
    "negatives": "doc,text,tables,why",
    "metadata": "file,title,doc_date,parties,doc_type,place",
    "documents": "doc,sha256,raw_file",
}
THEMES = {
    "border_security",
    "policing_intelligence",
    "returns",
    "asylum",
    "reception_welfare",
    "information_campaigns",
    "upstream_cooperation",
    "eu_international",
    "funding",
    "legal_framework",
    "governance",
}
MODAL = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUAL = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
KINDS = {"pledge", "disbursed"}
CURR = {"EUR", "GBP", "USD"}
STATES = {
    "GB",
    "FR",
    "BE",
    "NL",
    "DE",
    "IT",
    "ES",
    "PL",
    "IE",
    "VN",
    "IQ",
    "AL",
    "MA",
    "NE",
    "TN",
    "TR",
    "GR",
    "CH",
    "NO",
    "MR",
    "SN",
    "CV",
    "GE",
    "ET",
}
BODIES = {
    "Europol",
    "Frontex",
    "European Commission",
    "European Union",
    "IOM",
    "UNHCR",
    "EUAA",
    "EASO",
    "Eurojust",
    "Council of the EU",
}
TABLES = {"commitments", "funding", "statistics"}

errors = []


def err(msg):
    errors.append(msg)


def iso(s, where, empty_ok=True):
    if s in ("", None):
        if not empty_ok:
            err(f"{where}: empty date")
        return
    try:
        date.fromisoformat(s)
    except ValueError:
        err(f"{where}: bad ISO date {s!r}")


def num(x):
    if x == "" or x is None:
        return ""
    x = float(x)
    return str(int(x)) if x == int(x) else repr(x)


def load(p):
    spec = importlib.util.spec_from_file_location(p.stem, p)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def main():
    mods = sorted((HERE / "docs").glob("d[0-9][0-9].py"))
    rows = {k: [] for k in HEAD}
    texts_dir = ROOT / "texts"
    texts_dir.mkdir(exist_ok=True)
    written = set()
    progress = []
    counts = []
    genres = {}
    mix = []
    third_state_docs, body_docs = [], []
    seps = {}
    for mp in mods:
        lib.reset()
        m = load(mp)
        where = mp.stem
        iso(m.DATE, where, empty_ok=False)
        genre = getattr(m, "GENRE", "")
        if not genre:
            err(f"{where}: no GENRE")
        if genre in genres:
            err(f"{where}: genre {genre!r} already used by {genres[genre]}")
        genres[genre] = where
        if not getattr(m, "THIRD", ""):
            err(f"{where}: no THIRD (third state / EU-UN body column)")
        seps[where] = lib.CFG["num"]
        if not m.TITLE.strip():
            err(f"{where}: empty title")
        if "'" in m.TITLE:
            err(f"{where}: straight apostrophe in title")
        if m.DOC_TYPE not in DOCTYPES:
            err(f"{where}: doc_type {m.DOC_TYPE}")
        for p in m.PARTIES.split(";"):
            if p not in STATES:
                err(f"{where}: party {p}")
        fname = f"{m.DATE}_h22-{m.SLUG}.txt"
        lines = [x if isinstance(x, L) else L(x) for x in m.LINES]
        text = "\n".join(x.text for x in lines) + "\n"
        if any("\n" in x.text for x in lines):
            err(f"{where}: newline inside a line")
        for bad in (" :", " ;", " ?", " !", "'", "~", "« ", " »", " %"):
            if bad in text:
                err(f"{where}: French typography: {bad!r} left in text")
        nwords = len(re.findall(r"\S+", text))
        if not 400 <= nwords <= 650:
            err(f"{where}: {nwords} words")
        if m.DATE[:4] not in fname or not fname.startswith(m.DATE):
            err(f"{where}: file name lacks date")
        data = text.encode("utf-8")
        (texts_dir / fname).write_bytes(data)
        written.add(fname)
        rows["metadata"].append([fname, m.TITLE, m.DATE, m.PARTIES, m.DOC_TYPE, m.PLACE])
        rows["documents"].append([fname, hashlib.sha256(data).hexdigest(), fname])
        gold_quotes = {t: [] for t in TABLES}
        negs = []
        c = {t: 0 for t in ("commitments", "funding", "statistics", "negatives")}
        cb = {t: 0 for t in ("commitments", "funding", "statistics")}
        for ln in lines:
            for a in ln.anns:
                q = a.q if a.q is not None else ln.text
                w = f"{where}: {q[:60]!r}"
                if q not in ln.text:
                    err(f"{w}: quote not in its line")
                if text.count(q) != 1:
                    err(f"{w}: quote occurs {text.count(q)} times in text")
                if q != q.strip():
                    err(f"{w}: quote has outer whitespace")
                if a.conf not in ("core", "borderline"):
                    err(f"{w}: confidence {a.conf}")
                f = a.f
                c[a.table] += 1
                if a.table != "negatives" and a.conf == "borderline":
                    cb[a.table] += 1
                if a.table == "commitments":
                    for actor in f["actor"].split(";"):
                        if actor not in STATES and actor not in BODIES:
                            err(f"{w}: actor {actor}")
                        if actor in STATES and actor not in m.PARTIES.split(";"):
                            err(f"{w}: actor {actor} not among the document's parties")
                    if f["theme"] not in THEMES:
                        err(f"{w}: theme {f['theme']}")
                    if f["modality"] not in MODAL:
                        err(f"{w}: modality {f['modality']}")
                    if f["deadline_text"] and f["deadline_text"] not in q:
                        err(f"{w}: deadline_text not in quote")
                    if f["deadline_date"] and not f["deadline_text"]:
                        err(f"{w}: deadline_date without text")
                    iso(f["deadline_date"], w)
                    if f["deadline_date"] and f["deadline_date"] < m.DATE:
                        err(f"{w}: deadline {f['deadline_date']} before document date {m.DATE}")
                    rows["commitments"].append(
                        [
                            fname,
                            q,
                            f["actor"],
                            f["theme"],
                            f["modality"],
                            f["deadline_text"],
                            f["deadline_date"],
                            a.conf,
                            a.note,
                        ]
                    )
                    gold_quotes["commitments"].append(q)
                elif a.table == "funding":
                    if f["currency"] not in CURR:
                        err(f"{w}: currency")
                    if f["alt_currency"] and f["alt_currency"] not in CURR:
                        err(f"{w}: alt currency")
                    if bool(f["alt_amount"]) != bool(f["alt_currency"]):
                        err(f"{w}: alt amount/currency mismatch")
                    if f["kind"] not in KINDS:
                        err(f"{w}: kind")
                    if f["per_year"]:
                        if abs(f["total_amount"] - f["amount"] * f["years"]) > 1e-6:
                            err(f"{w}: total != amount*years")
                    else:
                        if f["years"] != 1 or abs(f["total_amount"] - f["amount"]) > 1e-6:
                            err(f"{w}: not per_year needs years 1 and total=amount")
                    if f["period_text"] and f["period_text"] not in q:
                        err(f"{w}: period_text not in quote")
                    iso(f["period_start"], w)
                    iso(f["period_end"], w)
                    if f["period_start"] and f["period_end"] and f["period_start"] > f["period_end"]:
                        err(f"{w}: period start after end")
                    if f["years"] in ("", None) or int(f["years"]) < 1:
                        err(f"{w}: years")
                    if f["amount"] <= 0:
                        err(f"{w}: amount")
                    for party in (f["donor"],):
                        for p in party.split(";"):
                            if p not in STATES and p not in BODIES:
                                err(f"{w}: donor/recipient {p}")
                            if p in STATES and p not in m.PARTIES.split(";"):
                                err(f"{w}: donor {p} not among the document's parties")
                    rows["funding"].append(
                        [
                            fname,
                            q,
                            num(f["amount"]),
                            f["currency"],
                            num(f["alt_amount"]),
                            f["alt_currency"],
                            "true" if f["per_year"] else "false",
                            f["years"],
                            num(f["total_amount"]),
                            f["period_text"],
                            f["period_start"],
                            f["period_end"],
                            f["donor"],
                            f["recipient"],
                            f["kind"],
                            f["purpose"],
                            a.conf,
                            a.note,
                        ]
                    )
                    gold_quotes["funding"].append(q)
                elif a.table == "statistics":
                    for k, s in (("unit", UNITS), ("qualifier", QUAL), ("direction", DIRS)):
                        if f[k] not in s:
                            err(f"{w}: {k} {f[k]}")
                    if f["period_text"] and f["period_text"] not in q:
                        err(f"{w}: period_text not in quote")
                    iso(f["period_start"], w)
                    iso(f["period_end"], w)
                    if f["period_start"] and f["period_end"] and f["period_start"] > f["period_end"]:
                        err(f"{w}: period start after end")
                    if not f["metric"] or not f["metric"].isascii():
                        err(f"{w}: metric must be English (ASCII)")
                    rows["statistics"].append(
                        [
                            fname,
                            q,
                            num(f["value"]),
                            f["unit"],
                            f["qualifier"],
                            f["metric"],
                            f["direction"],
                            f["period_text"],
                            f["period_start"],
                            f["period_end"],
                            f["location"],
                            a.conf,
                            a.note,
                        ]
                    )
                    gold_quotes["statistics"].append(q)
                else:
                    ts = f["tables"].split(";")
                    if not (ts == ["all"] or all(t in TABLES for t in ts)):
                        err(f"{w}: negative tables {f['tables']}")
                    negs.append((q, ts))
                    rows["negatives"].append([fname, q, f["tables"], f["why"]])
        for t in TABLES:
            if len(gold_quotes[t]) == 0 and t != "funding":
                err(f"{where}: no {t} rows")
        for q, ts in negs:
            named = TABLES if ts == ["all"] else set(ts)
            for t in named:
                for g in gold_quotes[t]:
                    if q == g or q in g or g in q:
                        err(f"{where}: negative {q[:50]!r} overlaps gold {t} quote {g[:50]!r}")
        for t, lo, hi in (
            ("commitments", 8, 16),
            ("funding", 2, 4),
            ("statistics", 6, 10),
            ("negatives", 6, 9),
        ):
            if not lo <= c[t] <= hi:
                err(f"{where}: {c[t]} {t} rows, brief asks {lo}-{hi}")
        if not getattr(m, "STRESS", ""):
            err(f"{where}: no STRESS")
        acts = set()
        for ln in lines:
            for a in ln.anns:
                if a.table == "commitments":
                    acts.update(a.f["actor"].split(";"))
                elif a.table == "funding":
                    acts.update(a.f["donor"].split(";"))
        if any(x in STATES and x not in ("GB", "FR") for x in acts):
            third_state_docs.append(where)
        if acts & BODIES:
            body_docs.append(where)
        counts.append((fname, nwords, c, cb))
        mix.append(f"| {fname} | {genre} | {m.DOC_TYPE} | {m.PARTIES} | {m.STRESS} | {m.THIRD} |")
        progress.append(
            f"{fname} done: {nwords} words, C={c['commitments']} F={c['funding']} "
            f"S={c['statistics']} N={c['negatives']}"
        )
    if len(third_state_docs) < 3:
        err(f"only {third_state_docs} have a third state acting or paying (brief: at least 3)")
    if len(body_docs) < 2:
        err(f"only {body_docs} have an EU or UN body acting or paying (brief: at least 2)")
    if len(set(seps.values())) < 3:
        err(f"thousands separators not varied enough: {sorted(set(seps.values()))!r}")
    years = sorted({m[:4] for m in (r[2] for r in rows["metadata"])})
    if len(years) != len(rows["metadata"]):
        err(f"years not spread: {years}")
    for p in texts_dir.iterdir():
        if p.name not in written:
            err(f"stale file texts/{p.name}")
    allowed = {
        "texts",
        "build",
        "commitments.csv",
        "funding.csv",
        "statistics.csv",
        "metadata.csv",
        "negatives.csv",
        "documents.csv",
        "README.md",
    }
    for p in ROOT.iterdir():
        if p.name not in allowed:
            err(f"stale file {p.name}")
    for k, head in HEAD.items():
        buf = io.StringIO()
        wr = csv.writer(buf, lineterminator="\n")
        wr.writerow(head.split(","))
        for r in rows[k]:
            wr.writerow(r)
        (ROOT / f"{k}.csv").write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO((ROOT / f"{k}.csv").read_text(encoding="utf-8"))))
        n = len(head.split(","))
        if any(len(r) != n for r in back):
            err(f"{k}.csv: inconsistent column count")
        if len(back) != len(rows[k]) + 1:
            err(f"{k}.csv: row count mismatch on read-back")
    # counts table
    out = [
        "| document | words | commitments (borderline) | funding (borderline) | statistics (borderline) | negatives |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    tot = {"commitments": 0, "funding": 0, "statistics": 0, "negatives": 0}
    totb = {"commitments": 0, "funding": 0, "statistics": 0}
    for fname, nw, c, cb in counts:
        out.append(
            f"| {fname} | {nw} | {c['commitments']} ({cb['commitments']}) | {c['funding']} ({cb['funding']}) "
            f"| {c['statistics']} ({cb['statistics']}) | {c['negatives']} |"
        )
        for k in tot:
            tot[k] += c[k]
        for k in totb:
            totb[k] += cb[k]
    out.append(
        f"| **total ({len(counts)})** | | {tot['commitments']} ({totb['commitments']}) | {tot['funding']} "
        f"({totb['funding']}) | {tot['statistics']} ({totb['statistics']}) | {tot['negatives']} |"
    )
    (HERE / "counts.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    rp = ROOT / "README.md"
    if rp.exists():
        r = rp.read_text(encoding="utf-8")
        a, b = "<!-- COUNTS -->", "<!-- /COUNTS -->"
        if a in r and b in r:
            r = r[: r.index(a) + len(a)] + "\n" + "\n".join(out) + "\n" + r[r.index(b) :]
            rp.write_text(r, encoding="utf-8")
        else:
            err("README.md lacks COUNTS markers")
        a, b = "<!-- MIX -->", "<!-- /MIX -->"
        mixt = [
            "| file | genre | doc_type | parties | metadata stress | third state / EU-UN body |",
            "| --- | --- | --- | --- | --- | --- |",
        ] + mix
        if a in r and b in r:
            r = r[: r.index(a) + len(a)] + "\n" + "\n".join(mixt) + "\n" + r[r.index(b) :]
            rp.write_text(r, encoding="utf-8")
        else:
            err("README.md lacks MIX markers")
    else:
        err("README.md missing")
    for p in (HERE / "docs").iterdir():
        if not re.fullmatch(r"d\d\d\.py", p.name):
            err(f"stale file build/docs/{p.name}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("\n".join(out))
    print("clean")


if __name__ == "__main__":
    main()
