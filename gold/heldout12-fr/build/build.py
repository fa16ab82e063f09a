#!/usr/bin/env python3
"""Regenerate texts/ and the gold CSVs of this folder from build/docs/*.py, and check them."""
import csv
import hashlib
import importlib.util
import io
import re
import sys
from datetime import date
from pathlib import Path

BUILD = Path(__file__).resolve().parent
ROOT = BUILD.parent
sys.path.insert(0, str(BUILD))

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF", "MAD", "ALL"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CONF = {"core", "borderline"}
ISO2 = {"GB", "FR", "BE", "NL", "DE", "IT", "ES", "MA", "AL", "PL", "GR", "IE", "LU", "PT", "RO", "VN", "IQ"}
BODIES = {"EU", "Frontex", "Europol", "UNHCR", "IOM", "OFII"}

H_C = ["doc", "quote", "actor", "theme", "modality", "deadline_text", "deadline_date", "confidence", "note"]
H_F = ["doc", "quote", "amount", "currency", "alt_amount", "alt_currency", "per_year", "years", "total_amount",
       "period_text", "period_start", "period_end", "donor", "recipient", "kind", "purpose", "confidence", "note"]
H_S = ["doc", "quote", "value", "unit", "qualifier", "metric", "direction", "period_text", "period_start",
       "period_end", "location", "confidence", "note"]
H_M = ["file", "title", "doc_date", "parties", "doc_type", "place"]
H_N = ["doc", "text", "tables", "why"]
H_D = ["doc", "sha256", "raw_file"]

errors = []
# list markers (bullets, dashes, "a)", "1.") are not part of a quote
MARKER = re.compile(r"^(?:[•—–]|[a-z]\)|\d+\.)\s+")


def err(msg):
    errors.append(msg)


def iso(s, where):
    if s in ("", None):
        return
    try:
        date.fromisoformat(s)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", s)
    except Exception:
        err(f"{where}: bad ISO date {s!r}")


def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "" if v is None else str(v)


def load_docs():
    mods = []
    for p in sorted((BUILD / "docs").glob("d*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        mods.append(m)
    return mods


def parties_ok(s):
    return all(x in ISO2 for x in s.split(";"))


def actor_ok(s):
    return all(x in ISO2 or x in BODIES for x in s.split(";"))


def main():
    rows = {"C": [], "F": [], "S": [], "N": []}
    meta, docs_rows, counts = [], [], []
    (ROOT / "texts").mkdir(exist_ok=True)
    for old in (ROOT / "texts").glob("*.txt"):
        old.unlink()
    for m in load_docs():
        M = m.META
        fname = f"{M['date']}_h12-{M['slug']}.txt"
        iso(M["date"], fname)
        if M["doc_type"] not in DOCTYPES:
            err(f"{fname}: doc_type {M['doc_type']}")
        if not parties_ok(M["parties"]):
            err(f"{fname}: parties {M['parties']}")
        lines = []
        anns = []
        for entry in m.LINES:
            if isinstance(entry, str):
                text, a = entry, []
            else:
                text, a = entry
            lines.append(text)
            for kind, d, q in a:
                quote = MARKER.sub("", text, count=1) if q is None else q
                if quote not in text:
                    err(f"{fname}: quote not in its line: {quote[:60]!r}")
                anns.append((kind, d, quote))
        body = "\n".join(lines).rstrip("\n") + "\n"
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", M["date"]):
            err(f"{fname}: date")
        (ROOT / "texts" / fname).write_bytes(body.encode("utf-8"))
        ncore = {"C": 0, "B": 0, "F": 0, "S": 0, "N": 0}
        for kind, d, quote in anns:
            if quote not in body:
                err(f"{fname}: quote not in text {quote[:60]!r}")
            w = f"{fname}: {quote[:50]!r}"
            if kind == "C":
                if d["theme"] not in THEMES: err(f"{w} theme {d['theme']}")
                if d["modality"] not in MODALITIES: err(f"{w} modality")
                if not actor_ok(d["actor"]): err(f"{w} actor {d['actor']}")
                iso(d["deadline_date"], w)
                if d["deadline_date"] and not d["deadline_text"]: err(f"{w} date without text")
                if d["deadline_text"] and d["deadline_text"] not in quote: err(f"{w} deadline_text not in quote")
                ncore["C" if d["confidence"] == "core" else "B"] += 1
                rows["C"].append([fname, quote] + [d[k] for k in H_C[2:]])
            elif kind == "F":
                if d["currency"] not in CURRENCIES: err(f"{w} currency")
                if d["alt_currency"] and d["alt_currency"] not in CURRENCIES: err(f"{w} alt currency")
                if d["kind"] not in KINDS: err(f"{w} kind")
                exp = d["amount"] * d["years"] if d["per_year"] else d["amount"]
                if abs(exp - d["total_amount"]) > 1e-6: err(f"{w} total_amount {d['total_amount']} != {exp}")
                if not d["per_year"] and d["years"] != 1: err(f"{w} years must be 1 when not per_year")
                iso(d["period_start"], w); iso(d["period_end"], w)
                if not actor_ok(d["donor"]): err(f"{w} donor {d['donor']}")
                ncore["F"] += 1
                rows["F"].append([fname, quote] + [fmt(d[k]) if not isinstance(d[k], str) else d[k] for k in H_F[2:]])
            elif kind == "S":
                if d["unit"] not in UNITS: err(f"{w} unit")
                if d["qualifier"] not in QUALS: err(f"{w} qualifier")
                if d["direction"] not in DIRS: err(f"{w} direction")
                iso(d["period_start"], w); iso(d["period_end"], w)
                ncore["S"] += 1
                rows["S"].append([fname, quote] + [fmt(d[k]) if not isinstance(d[k], str) else d[k] for k in H_S[2:]])
            elif kind == "N":
                ncore["N"] += 1
                rows["N"].append([fname, quote, d["tables"], d["why"]])
            if kind in "CFS" and d["confidence"] not in CONF:
                err(f"{w} confidence")
        # negatives vs gold quotes of named tables
        tabmap = {"commitments": "C", "funding": "F", "statistics": "S"}
        for kind, d, quote in anns:
            if kind != "N":
                continue
            tabs = d["tables"].split(";")
            for t in tabs:
                if t not in ("all",) and t not in tabmap:
                    err(f"{fname}: negative tables {t}")
            names = set("CFS") if "all" in tabs else {tabmap[t] for t in tabs if t in tabmap}
            for k2, d2, q2 in anns:
                if k2 in names and (q2 == quote or q2 in quote or quote in q2):
                    err(f"{fname}: negative overlaps gold {k2}: {quote[:60]!r}")
        meta.append([fname, M["title"], M["date"], M["parties"], M["doc_type"], M["place"]])
        if body.split("\n")[0] != M["title"]:
            err(f"{fname}: first line is not the title")
        sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
        docs_rows.append([fname, sha, fname])
        counts.append((fname, len(body.split()), ncore))
    # duplicate quotes within a table
    for k in "CFS":
        seen = set()
        for r in rows[k]:
            key = (r[0], r[1], r[2] if k != "C" else "")
            if k == "C" and (r[0], r[1]) in seen:
                err(f"duplicate commitment quote {r[1][:60]!r}")
            seen.add((r[0], r[1]))
    out = {"commitments.csv": (H_C, rows["C"]), "funding.csv": (H_F, rows["F"]),
           "statistics.csv": (H_S, rows["S"]), "negatives.csv": (H_N, rows["N"]),
           "metadata.csv": (H_M, meta), "documents.csv": (H_D, docs_rows)}
    for name, (hdr, rs) in out.items():
        buf = io.StringIO()
        wr = csv.writer(buf, lineterminator="\n")
        wr.writerow(hdr)
        for r in rs:
            wr.writerow([fmt(x) for x in r])
        (ROOT / name).write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO((ROOT / name).read_text(encoding="utf-8"))))
        if back[0] != hdr:
            err(f"{name}: header")
        if any(len(r) != len(hdr) for r in back):
            err(f"{name}: column count")
    # headers vs challenge gold (read-only format check)
    ch = Path("/work/shared/challenge/gold")
    for name, hdr in (("commitments.csv", H_C), ("funding.csv", H_F), ("statistics.csv", H_S)):
        p = ch / name
        if p.exists():
            h = p.read_text(encoding="utf-8").split("\n")[0].split(",")
            if h != hdr:
                err(f"{name}: header differs from challenge gold: {h}")
    # counts
    tot = {"docs": len(counts), "words": sum(c[1] for c in counts)}
    for k in "CBFSN":
        tot[k] = sum(c[2][k] for c in counts)
    table = ["| doc | words | commitments core | borderline | funding | statistics | negatives |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for f, wds, n in counts:
        table.append(f"| {f} | {wds} | {n['C']} | {n['B']} | {n['F']} | {n['S']} | {n['N']} |")
    table.append(f"| **French total ({tot['docs']} docs)** | {tot['words']} | {tot['C']} | {tot['B']} | {tot['F']} | {tot['S']} | {tot['N']} |")
    themes = {}
    for r in rows["C"]:
        themes[r[3]] = themes.get(r[3], 0) + 1
    theme_line = ", ".join(f"{t} {themes.get(t, 0)}" for t in sorted(THEMES))
    money_neg = sum(1 for r in rows["N"] if "funding" in r[2].split(";") or r[2] == "all")
    tmpl = BUILD / "README.template.md"
    if tmpl.exists():
        txt = tmpl.read_text(encoding="utf-8").replace("{COUNTS}", "\n".join(table)).replace("{THEMES}", theme_line)
        (ROOT / "README.md").write_text(txt, encoding="utf-8")
    print("\n".join(table))
    print("themes:", theme_line)
    print("negatives naming funding or all:", money_neg)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
