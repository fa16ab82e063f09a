#!/usr/bin/env python3
"""Build held-out set 22 (English) into /work/notes/h22/en. Fails loudly on any inconsistency."""

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
    "TN",
    "NE",
    "TR",
    "GR",
    "CH",
    "NO",
    "GE",
    "US",
    "CA",
    "JP",
    "ET",
    "NG",
    "RO",
    "BG",
}
BODIES = {
    "Europol",
    "Frontex",
    "European Commission",
    "European Union",
    "IOM",
    "UNHCR",
    "Eurojust",
    "Council of Europe",
    "UN Special Rapporteur",
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
    genres = set()
    third_state_docs, body_docs = [], []
    mix = [
        "| file | genre | doc_type | parties | metadata stress | third state / EU or UN body |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for mp in mods:
        m = load(mp)
        where = mp.stem
        iso(m.DATE, where, empty_ok=False)
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
                if a.conf == "borderline" and not a.note:
                    err(f"{w}: borderline row without a note")
                f = a.f
                c[a.table] += 1
                if a.table != "negatives" and a.conf == "borderline":
                    cb[a.table] += 1
                if a.table == "commitments":
                    for actor in f["actor"].split(";"):
                        if actor not in STATES and actor not in BODIES:
                            err(f"{w}: actor {actor}")
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
                    for party in (f["donor"],):
                        for p in party.split(";"):
                            if p not in STATES and p not in BODIES:
                                err(f"{w}: donor/recipient {p}")
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
        for q, ts in negs:
            named = TABLES if ts == ["all"] else set(ts)
            for t in named:
                for g in gold_quotes[t]:
                    if q == g or q in g or g in q:
                        err(f"{where}: negative {q[:50]!r} overlaps gold {t} quote {g[:50]!r}")
        for attr in ("GENRE", "STRESS", "THIRD"):
            if not getattr(m, attr, None):
                err(f"{where}: missing {attr}")
        if m.GENRE in genres:
            err(f"{where}: genre {m.GENRE} used twice")
        genres.add(m.GENRE)
        mix.append(f"| {fname} | {m.GENRE} | {m.DOC_TYPE} | {m.PARTIES} | {m.STRESS} | {m.THIRD} |")
        if not "2002-01-01" <= m.DATE <= "2026-12-31":
            err(f"{where}: date {m.DATE} outside 2002-2026")
        for t, lo, hi in (
            ("commitments", 8, 16),
            ("funding", 2, 4),
            ("statistics", 6, 10),
            ("negatives", 6, 9),
        ):
            if not lo <= c[t] <= hi:
                err(f"{where}: {c[t]} {t}, brief asks {lo}-{hi}")
        actors = {a.f["actor"] for ln in lines for a in ln.anns if a.table == "commitments"}
        actor_codes = {x for a in actors for x in a.split(";")}
        donors = {a.f["donor"] for ln in lines for a in ln.anns if a.table == "funding"}
        if (actor_codes - {"GB", "FR"}) & STATES or any(p not in ("GB", "FR") for p in m.PARTIES.split(";")):
            third_state_docs.append(where)
        if (actor_codes | donors) & BODIES:
            body_docs.append(where)
        counts.append((fname, nwords, c, cb))
        progress.append(
            f"{fname} done: {nwords} words, C={c['commitments']} F={c['funding']} "
            f"S={c['statistics']} N={c['negatives']}"
        )
    if len(third_state_docs) < 3:
        err(f"only {len(third_state_docs)} documents with a third state as party or actor")
    if len(body_docs) < 2:
        err(f"only {len(body_docs)} documents with an EU/UN body acting or paying")
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
    chal = Path("/work/shared/challenge")
    for k, cf in (
        ("commitments", "gold/commitments.csv"),
        ("funding", "gold/funding.csv"),
        ("statistics", "gold/statistics.csv"),
        ("negatives", "negatives.csv"),
        ("metadata", "documents.csv"),
    ):
        p = chal / cf
        if p.exists():
            with p.open(encoding="utf-8") as fh:
                if fh.readline().strip() != HEAD[k]:
                    err(f"{k}: header differs from the challenge set's {cf}")
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
    rd = ROOT / "README.md"
    if not rd.exists():
        err("README.md missing")
    else:
        txt = rd.read_text(encoding="utf-8")
        for tag, body in (("COUNTS", out), ("MIX", mix)):
            pat = re.compile(r"(<!-- %s -->\n).*?(<!-- /%s -->)" % (tag, tag), re.S)
            if not pat.search(txt):
                err(f"README.md lacks {tag} markers")
            txt = pat.sub(lambda mm: mm.group(1) + "\n".join(body) + "\n" + mm.group(2), txt)
        rd.write_text(txt, encoding="utf-8")
    for p in HERE.iterdir():
        if p.name not in {"build.py", "lib.py", "docs", "counts.md"}:
            err(f"stale file build/{p.name}")
    for p in (HERE / "docs").iterdir():
        if not re.fullmatch(r"d\d\d\.py", p.name):
            err(f"stale file build/docs/{p.name}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("\n".join(out))
    print("third state:", third_state_docs, "| EU/UN body:", body_docs)
    print("clean")


if __name__ == "__main__":
    main()
