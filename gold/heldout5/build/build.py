#!/usr/bin/env python3
"""Regenerate heldout5 (en) and heldout5-fr texts and CSVs from build/en/*.py and build/fr/*.py.

Each doc module defines META (file, title, date, parties, doc_type, place, dateline) and BODY:
a list whose entries are either a paragraph (list of sentences joined by a space) or a single
line (string or tuple). A sentence/line is a string or a tuple (text, *annotations); an
annotation's quote is the whole sentence unless it gives q= (a substring).
"""
import csv, datetime, hashlib, importlib.util, io, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from ann import A  # noqa

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODS = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
CURS = {"EUR", "GBP", "USD", "CHF"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CONFS = {"core", "borderline"}

HEAD = {
    "commitments": ["doc", "quote", "actor", "theme", "modality", "deadline_text", "deadline_date", "confidence", "note"],
    "funding": ["doc", "quote", "amount", "currency", "alt_amount", "alt_currency", "per_year", "years", "total_amount",
                "period_text", "period_start", "period_end", "donor", "recipient", "kind", "purpose", "confidence", "note"],
    "statistics": ["doc", "quote", "value", "unit", "qualifier", "metric", "direction", "period_text", "period_start",
                   "period_end", "location", "confidence", "note"],
    "negatives": ["doc", "text", "tables", "why"],
}
ERR = []


def err(m):
    ERR.append(m)


def isodate(s, ctx):
    if s == "":
        return
    try:
        datetime.date.fromisoformat(s)
    except ValueError:
        err(f"{ctx}: bad date {s!r}")


def num(x):
    if x == "" or x is None:
        return ""
    f = float(x)
    return str(int(f)) if f == int(f) else repr(f)


def is_item(s):
    return bool(re.match(r"^(- |• |\(?[a-z0-9]{1,3}\) |\d+\. |Article \d|ARTICLE )", s))


def render(mod):
    m = mod.META
    lines = [m["title"], m["dateline"]]
    text = m["title"] + "\n" + m["dateline"]
    pieces = []  # (sentence text, annotations)
    prev_item = False
    for entry in mod.BODY:
        if isinstance(entry, list):
            sents = [e if isinstance(e, tuple) else (e,) for e in entry]
            para = " ".join(s[0] for s in sents)
            sep, prev_item = "\n\n", False
        else:
            e = entry if isinstance(entry, tuple) else (entry,)
            sents, para = [e], e[0]
            item = is_item(para)
            sep = "\n" if (item and prev_item) or (item and pieces and pieces[-1][0].rstrip().endswith(":")) else "\n\n"
            prev_item = item
        text += sep + para
        pieces.extend((s[0], list(s[1:])) for s in sents)
    return text + "\n", pieces


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(lang, out):
    out = Path(out)
    (out / "texts").mkdir(parents=True, exist_ok=True)
    for old in (out / "texts").glob("*.txt"):
        old.unlink()
    rows = {k: [] for k in HEAD}
    meta_rows, doc_rows, stats = [], [], {}
    for path in sorted((HERE / lang).glob("d*.py")):
        mod = load(path)
        m = mod.META
        fn = m["file"]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h5-[a-z0-9-]+\.txt", fn) or fn[:10] != m["date"]:
            err(f"{fn}: file name does not match date {m['date']}")
        isodate(m["date"], fn)
        if m["doc_type"] not in DOCTYPES:
            err(f"{fn}: doc_type {m['doc_type']}")
        parties = set(m["parties"].split(";"))
        text, pieces = render(mod)
        (out / "texts" / fn).write_text(text, encoding="utf-8")
        b = text.encode("utf-8")
        doc_rows.append([fn, hashlib.sha256(b).hexdigest(), fn])
        meta_rows.append([fn, m["title"], m["date"], m["parties"], m["doc_type"], m["place"]])
        stats[fn] = len(re.findall(r"\w+", text))
        for sent, anns in pieces:
            for a in anns:
                q = a.q or sent
                if q not in sent or q not in text:
                    err(f"{fn}: quote not in text: {q[:60]}")
                kw = a.kw
                ctx = f"{fn}: {q[:50]}"
                if a.table == "negatives":
                    rows["negatives"].append([fn, q, kw["tables"], kw["why"]])
                    continue
                if kw["confidence"] not in CONFS:
                    err(f"{ctx}: confidence")
                if a.table == "commitments":
                    if kw["theme"] not in THEMES: err(f"{ctx}: theme {kw['theme']}")
                    if kw["modality"] not in MODS: err(f"{ctx}: modality {kw['modality']}")
                    isodate(kw["deadline_date"], ctx)
                    if kw["deadline_text"] and kw["deadline_text"] not in q and kw["deadline_text"] not in sent:
                        err(f"{ctx}: deadline_text not in quote")
                    for c in kw["actor"].split(";"):
                        if re.fullmatch(r"[A-Z]{2}", c) and c not in parties and c != "EU":
                            err(f"{ctx}: actor {c} not a party")
                elif a.table == "funding":
                    if kw["currency"] not in CURS: err(f"{ctx}: currency")
                    if kw["alt_currency"] and kw["alt_currency"] not in CURS: err(f"{ctx}: alt currency")
                    if kw["kind"] not in KINDS: err(f"{ctx}: kind")
                    exp = kw["amount"] * kw["years"] if kw["per_year"] == "true" else kw["amount"]
                    if abs(exp - kw["total_amount"]) > 1e-6: err(f"{ctx}: total_amount")
                    isodate(kw["period_start"], ctx); isodate(kw["period_end"], ctx)
                else:
                    if kw["unit"] not in UNITS: err(f"{ctx}: unit {kw['unit']}")
                    if kw["qualifier"] not in QUALS: err(f"{ctx}: qualifier")
                    if kw["direction"] not in DIRS: err(f"{ctx}: direction")
                    isodate(kw["period_start"], ctx); isodate(kw["period_end"], ctx)
                row = [fn, q] + [num(kw[h]) if h in ("amount", "alt_amount", "total_amount", "value") else kw[h]
                                 for h in HEAD[a.table][2:]]
                rows[a.table].append([str(x) for x in row])
    # negatives vs gold quotes
    for d, t, tabs, why in rows["negatives"]:
        names = ["commitments", "funding", "statistics"] if tabs == "all" else tabs.split(";")
        for n in names:
            if n not in ("commitments", "funding", "statistics"):
                err(f"{d}: negative table {n}")
                continue
            for r in rows[n]:
                if r[0] == d and (r[1] in t or t in r[1]):
                    err(f"{d}: negative overlaps {n} gold: {t[:60]}")
    for name, hdr in HEAD.items():
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f); w.writerow(hdr); w.writerows(rows[name])
    with open(out / "metadata.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["file", "title", "doc_date", "parties", "doc_type", "place"]); w.writerows(meta_rows)
    with open(out / "documents.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["doc", "sha256", "raw_file"]); w.writerows(doc_rows)
    # parse back
    for name in list(HEAD) + ["metadata", "documents"]:
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as f:
            rr = list(csv.reader(f))
        if len({len(r) for r in rr}) != 1:
            err(f"{out}/{name}.csv: column count not constant")
    for fn, sha, _ in doc_rows:
        if hashlib.sha256((out / "texts" / fn).read_bytes()).hexdigest() != sha:
            err(f"{fn}: sha mismatch")
    c = rows["commitments"]
    summary = {
        "docs": len(doc_rows), "words": sum(stats.values()),
        "min_words": min(stats.values()) if stats else 0, "max_words": max(stats.values()) if stats else 0,
        "commit_core": sum(r[7] == "core" for r in c), "commit_border": sum(r[7] == "borderline" for r in c),
        "funding": len(rows["funding"]), "statistics": len(rows["statistics"]), "negatives": len(rows["negatives"]),
        "funding_negs": sum("funding" in r[2] or r[2] == "all" for r in rows["negatives"]),
        "themes": {t: sum(r[3] == t for r in c) for t in sorted(THEMES)},
        "third_state_docs": sum(1 for r in meta_rows if set(r[3].split(";")) - {"GB", "FR"}),
        "doc_words": stats,
    }
    return summary


def main():
    root = HERE.parent
    s_en = build("en", root)
    s_fr = build("fr", root.parent / "heldout5-fr")
    for lang, s in (("en", s_en), ("fr", s_fr)):
        print(lang, {k: v for k, v in s.items() if k != "doc_words"})
        for d, w in s["doc_words"].items():
            print("   ", d, w)
    tpl = (HERE / "README.tpl.md")
    if tpl.exists():
        def tab(s):
            return (f"{s['docs']} | {s['words']} ({s['min_words']}–{s['max_words']}) | {s['commit_core']} | {s['commit_border']} | "
                    f"{s['funding']} | {s['statistics']} | {s['negatives']} ({s['funding_negs']} naming funding) | {s['third_state_docs']} |")
        themes = "| theme | EN | FR |\n| --- | --- | --- |\n" + "\n".join(
            f"| {t} | {s_en['themes'][t]} | {s_fr['themes'][t]} |" for t in sorted(THEMES))
        txt = tpl.read_text(encoding="utf-8").replace("{{EN}}", tab(s_en)).replace("{{FR}}", tab(s_fr)).replace("{{THEMES}}", themes)
        (root / "README.md").write_text(txt, encoding="utf-8")
    if ERR:
        print("ERRORS:"); print("\n".join(ERR)); sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
