#!/usr/bin/env python3
"""Build held-out set 14 (French): texts, gold CSVs, metadata, negatives, documents. Fails loudly."""
import csv, hashlib, importlib.util, io, re, sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from h14 import L  # noqa

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODAL = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUAL = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CURR = {"EUR", "GBP", "USD"}
ISO = {"GB", "FR", "BE", "NL", "DE", "IT", "ES", "IE", "PL", "AL", "IQ", "VN", "MA", "TN", "TR", "GR"}
BODIES = {"Europol", "Frontex", "European Commission", "EU", "IOM", "UNHCR", "EUAA"}
LEAD = re.compile(r"^((?:[a-z]|[ivx]+|\d+)\)|\d+(?:\.\d+)*\.|[–•]|\([a-z0-9]+\))\s+")

errors = []


def err(msg):
    errors.append(msg)


def iso(s, what):
    if s in (None, ""):
        return
    try:
        date.fromisoformat(s)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", s)
    except Exception:
        err(f"bad date {s!r} in {what}")


def actor_ok(a, what):
    for p in a.split(";"):
        if p not in ISO and p not in BODIES:
            err(f"bad actor/party {a!r} in {what}")


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


HEAD = {
    "commitments": "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note",
    "funding": "doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,period_start,period_end,donor,recipient,kind,purpose,confidence,note",
    "statistics": "doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,location,confidence,note",
    "metadata": "file,title,doc_date,parties,doc_type,place",
    "negatives": "doc,text,tables,why",
    "documents": "doc,sha256,raw_file",
}
TMAP = {"C": "commitments", "F": "funding", "S": "statistics"}


def main():
    rows = {k: [] for k in HEAD}
    counts = []
    files = []
    for p in sorted((HERE / "docs").glob("d*.py")):
        m = load(p)
        iso(m.DATE, p.name)
        fname = f"{m.DATE}_h14-{m.SLUG}.txt"
        files.append(fname)
        if m.DOC_TYPE not in DOCTYPES:
            err(f"{p.name}: doc_type {m.DOC_TYPE}")
        actor_ok(m.PARTIES, p.name + " parties")
        lines = [x if isinstance(x, L) else L(x) for x in m.LINES]
        text = "\n".join(l.text for l in lines) + "\n"
        if not (text.startswith(m.TITLE.split("\n")[0]) or (getattr(m, "FURNITURE", False) and "\n" + m.TITLE.split("\n")[0] + "\n" in text)):
            err(f"{p.name}: first line is not the title")
        nw = len(text.split())
        if not 400 <= nw <= 650:
            err(f"{p.name}: {nw} words")
        spans = {"commitments": [], "funding": [], "statistics": []}
        negs = []
        pos = 0
        c = {"commitments": 0, "funding": 0, "statistics": 0, "negatives": 0, "core": 0}
        for l in lines:
            start = text.index(l.text, pos) if l.text else pos
            pos = start + len(l.text)
            for a in l.anns:
                q = a.q
                if q is None:
                    mm = LEAD.match(l.text)
                    q = l.text[mm.end():] if mm and a.kind_ != "N" else l.text
                if q not in l.text:
                    err(f"{p.name}: quote not in line: {q[:60]!r}")
                    continue
                if text.count(q) != 1:
                    err(f"{p.name}: quote occurs {text.count(q)} times: {q[:60]!r}")
                s0 = start + l.text.index(q)
                sp = (s0, s0 + len(q))
                if a.kind_ == "N":
                    for t in a.tables.split(";"):
                        if t not in ("commitments", "funding", "statistics", "all"):
                            err(f"{p.name}: bad negative table {t}")
                    negs.append((sp, a.tables, q))
                    rows["negatives"].append([fname, q, a.tables, a.why])
                    c["negatives"] += 1
                    continue
                tab = TMAP[a.kind_]
                spans[tab].append((sp, q))
                c[tab] += 1
                if a.conf not in ("core", "borderline"):
                    err(f"{p.name}: confidence {a.conf}")
                if a.kind_ == "C":
                    actor_ok(a.actor, q[:40])
                    if a.theme not in THEMES: err(f"{p.name}: theme {a.theme}")
                    if a.modality not in MODAL: err(f"{p.name}: modality {a.modality}")
                    if a.dl and a.dl not in q: err(f"{p.name}: deadline_text not in quote: {a.dl!r}")
                    if a.dd and not a.dl: err(f"{p.name}: deadline_date without text")
                    iso(a.dd, q[:40])
                    rows["commitments"].append([fname, q, a.actor, a.theme, a.modality, a.dl, a.dd, a.conf, a.note])
                elif a.kind_ == "F":
                    if a.currency not in CURR or (a.altc and a.altc not in CURR): err(f"{p.name}: currency")
                    if a.kind not in KINDS: err(f"{p.name}: kind {a.kind}")
                    actor_ok(a.donor, "donor " + q[:30])
                    if (a.alt is None) != (a.altc is None): err(f"{p.name}: alt pair")
                    if a.per_year:
                        if not a.years or a.years < 2: err(f"{p.name}: per_year needs years")
                    elif a.years != 1:
                        err(f"{p.name}: years must be 1 when not per_year")
                    total = float(a.amount) * (a.years if a.per_year else 1)
                    if a.period and a.period not in q: err(f"{p.name}: period_text not in quote {a.period!r}")
                    iso(a.ps, q[:30]); iso(a.pe, q[:30])
                    rows["funding"].append([fname, q, float(a.amount), a.currency, a.alt, a.altc, a.per_year,
                                            a.years, total, a.period, a.ps, a.pe, a.donor, a.recipient,
                                            a.kind, a.purpose, a.conf, a.note])
                else:
                    if a.unit not in UNITS: err(f"{p.name}: unit {a.unit}")
                    if a.qualifier not in QUAL: err(f"{p.name}: qualifier {a.qualifier}")
                    if a.direction not in DIRS: err(f"{p.name}: direction {a.direction}")
                    if a.period and a.period not in q: err(f"{p.name}: period_text not in quote {a.period!r}")
                    iso(a.ps, q[:30]); iso(a.pe, q[:30])
                    rows["statistics"].append([fname, q, float(a.value), a.unit, a.qualifier, a.metric, a.direction,
                                               a.period, a.ps, a.pe, a.loc, a.conf, a.note])
                if a.conf == "core":
                    c["core"] += 1
        for (ns, ne), tables, q in negs:
            named = ["commitments", "funding", "statistics"] if tables == "all" else tables.split(";")
            for t in named:
                for (gs, ge), gq in spans[t]:
                    if gq == q or q in gq or gq in q or (ns < ge and gs < ne):
                        err(f"{p.name}: negative {q[:50]!r} touches gold {t} quote {gq[:50]!r}")
        data = text.encode("utf-8")
        tp = ROOT / "texts" / fname
        tp.parent.mkdir(exist_ok=True)
        tp.write_bytes(data)
        title = " ".join(m.TITLE.split("\n"))
        rows["metadata"].append([fname, title, m.DATE, m.PARTIES, m.DOC_TYPE, m.PLACE])
        rows["documents"].append([fname, hashlib.sha256(data).hexdigest(), fname])
        counts.append((fname, nw, c))
    # stale files
    for f in (ROOT / "texts").iterdir():
        if f.name not in files:
            f.unlink()
            print("removed stale", f.name)
    dates = [f[:10] for f in files]
    if len(files) != 10: err(f"{len(files)} documents, want 10")
    for k, rs in rows.items():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(HEAD[k].split(","))
        for r in rs:
            w.writerow([fmt(x) for x in r])
        (ROOT / f"{k}.csv").write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO((ROOT / f"{k}.csv").read_text(encoding="utf-8"))))
        n = len(HEAD[k].split(","))
        if any(len(r) != n for r in back) or len(back) != len(rs) + 1:
            err(f"{k}.csv does not parse back")
    prog = []
    tot = {"commitments": 0, "funding": 0, "statistics": 0, "negatives": 0, "core": 0}
    table = ["| document | words | commitments | funding | statistics | negatives |", "|---|---|---|---|---|---|"]
    counts.sort()
    for fname, nw, c in counts:
        prog.append(f"done {fname} words={nw} C={c['commitments']} F={c['funding']} S={c['statistics']} N={c['negatives']}")
        table.append(f"| {fname} | {nw} | {c['commitments']} | {c['funding']} | {c['statistics']} | {c['negatives']} |")
        for k in tot: tot[k] += c[k]
    table.append(f"| **total** | {sum(x[1] for x in counts)} | {tot['commitments']} | {tot['funding']} | {tot['statistics']} | {tot['negatives']} |")
    (ROOT / "PROGRESS.txt").write_text("\n".join(prog) + "\n", encoding="utf-8")
    (HERE / "counts.md").write_text("\n".join(table) + "\n", encoding="utf-8")
    print("\n".join(table))
    bl = {k: sum(1 for r in rows[k] if r[-2] == "borderline") for k in ("commitments", "funding", "statistics")}
    print("borderline:", bl)
    if errors:
        print("\nERRORS:")
        for e in errors: print(" -", e)
        sys.exit(1)
    print("clean")


if __name__ == "__main__":
    main()
