#!/usr/bin/env python3
"""Regenerate held-out set 4 (English: the folder above this one, French: its sibling heldout4-fr) and check it.

Every text line is built from sentences that carry their own gold rows (see dsl.py),
so each quote is verbatim by construction; the checks below verify it anyway.
usage: python3 build/build.py
"""
import csv
import datetime as dt
import hashlib
import io
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from dsl import (C, F, T, N, THEMES, MODALITIES, UNITS, QUALIFIERS, DIRECTIONS, KINDS,  # noqa: E402
                 CURRENCIES, DOC_TYPES)
import en_a, en_b, en_c, en_d, en_e, en_f, fr_a, fr_b, fr_c, fr_d  # noqa: E402
from extras import EXTRA  # noqa: E402

SETS = {
    "en": (HERE.parent, en_a.DOCS + en_b.DOCS + en_c.DOCS + en_d.DOCS + en_e.DOCS + en_f.DOCS),
    "fr": (HERE.parent.parent / "heldout4-fr", fr_a.DOCS + fr_b.DOCS + fr_c.DOCS + fr_d.DOCS),
}
H_COM = "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(",")
H_FUN = ("doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,"
         "period_start,period_end,donor,recipient,kind,purpose,confidence,note").split(",")
H_STA = ("doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,location,"
         "confidence,note").split(",")
H_META = "file,title,doc_date,parties,doc_type,place".split(",")
H_NEG = "doc,text,tables,why".split(",")
H_DOCS = "doc,sha256,raw_file".split(",")
TABLES = {"commitments", "funding", "statistics"}
errors = []


def err(msg):
    errors.append(msg)


def num(x):
    if x == "" or x is None:
        return ""
    f = float(x)
    return str(int(f)) if f == int(f) else repr(f)


def iso(d, where):
    if d == "":
        return
    try:
        if dt.date.fromisoformat(d).isoformat() != d:
            raise ValueError
    except ValueError:
        err(f"{where}: bad date {d!r}")


def code_ok(actor):
    return all(re.fullmatch(r"[A-Z]{2}", a) for a in actor.split(";"))


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    back = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    if back[0] != header:
        err(f"{path}: header mismatch")
    if any(len(r) != len(header) for r in back):
        err(f"{path}: non-constant column count")
    if len(back) - 1 != len(rows):
        err(f"{path}: row count changes on read-back")


def build(lang, out, docs):
    (out / "texts").mkdir(parents=True, exist_ok=True)
    for old in (out / "texts").glob("*.txt"):
        old.unlink()
    com, fun, sta, neg, meta, dox = [], [], [], [], [], []
    stats = {"docs": 0, "words": 0, "core": 0, "borderline": 0, "funding": 0, "statistics": 0,
             "negatives": 0, "themes": {}, "per_doc": {}}
    seen_files = set()
    for d in docs:
        where = d.file
        if d.file in EXTRA and not getattr(d, "_extra", False):
            for item in EXTRA[d.file]:
                if isinstance(item[1], tuple):
                    anchor, para = item
                    if anchor == "END":
                        d.body.append(para)
                        continue
                    idx = [i for i, (_, segs) in enumerate(d.body) if segs and segs[0].text.startswith(anchor)]
                    if len(idx) != 1:
                        err(f"{d.file}: extras anchor {anchor!r} found {len(idx)} times")
                        continue
                    d.body.insert(idx[0] + 1, para)
                else:
                    d.body.insert(len(d.body) - 1, item)
            d._extra = True
        if d.file in seen_files:
            err(f"duplicate file {d.file}")
        seen_files.add(d.file)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h4-[a-z0-9-]+\.txt", d.file) or not d.file.startswith(d.date):
            err(f"{where}: file name does not match date")
        iso(d.date, where)
        if d.doc_type not in DOC_TYPES:
            err(f"{where}: doc_type {d.doc_type}")
        if not code_ok(d.parties):
            err(f"{where}: parties {d.parties}")
        text = d.text()
        (out / "texts" / d.file).write_text(text, encoding="utf-8")
        if text.splitlines()[0] != d.title:
            err(f"{where}: title is not line 1")
        nwords = len(re.findall(r"\w+", text))
        stats["docs"] += 1
        stats["words"] += nwords
        gold_quotes = {t: [] for t in TABLES}
        negs = []
        pd_ = {"words": nwords, "c": 0, "f": 0, "s": 0, "n": 0}
        for s in d.sentences():
            q = s.text
            if q not in text:
                err(f"{where}: quote not in text: {q[:60]}")
            if q != q.strip() or "\n" in q:
                err(f"{where}: untidy quote {q[:60]!r}")
            for a in s.anns:
                w = f"{where}: {q[:50]}"
                if isinstance(a, C):
                    if a.theme not in THEMES: err(f"{w}: theme {a.theme}")
                    if a.modality not in MODALITIES: err(f"{w}: modality {a.modality}")
                    if not code_ok(a.actor): err(f"{w}: actor {a.actor}")
                    if not set(a.actor.split(";")) <= set(d.parties.split(";")): err(f"{w}: actor not a party")
                    if a.dd and not a.dl: err(f"{w}: deadline date without text")
                    if a.dl and a.dl not in q: err(f"{w}: deadline text not in quote")
                    iso(a.dd, w)
                    if a.dd and a.dd < d.date: err(f"{w}: deadline before document date")
                    if a.conf not in ("core", "borderline"): err(f"{w}: confidence")
                    com.append([d.file, q, a.actor, a.theme, a.modality, a.dl, a.dd, a.conf, a.note])
                    gold_quotes["commitments"].append(q)
                    stats[a.conf] += 1
                    stats["themes"][a.theme] = stats["themes"].get(a.theme, 0) + 1
                    pd_["c"] += 1
                elif isinstance(a, F):
                    if a.currency not in CURRENCIES: err(f"{w}: currency")
                    if a.altcur and a.altcur not in CURRENCIES: err(f"{w}: alt currency")
                    if bool(a.alt) != bool(a.altcur): err(f"{w}: alt amount/currency pair")
                    if a.kind not in KINDS: err(f"{w}: kind")
                    if not isinstance(a.years, int) or a.years < 1: err(f"{w}: years")
                    exp = a.amount * a.years if a.per_year else a.amount
                    if abs(a.total - exp) > 1e-6: err(f"{w}: total_amount")
                    if not a.per_year and a.years != 1: err(f"{w}: years must be 1 when not per_year")
                    if a.ptext and a.ptext not in q: err(f"{w}: period text not in quote")
                    iso(a.pstart, w); iso(a.pend, w)
                    if a.conf not in ("core", "borderline"): err(f"{w}: confidence")
                    fun.append([d.file, q, num(a.amount), a.currency, num(a.alt), a.altcur,
                                str(a.per_year).lower(), a.years, num(a.total), a.ptext, a.pstart, a.pend,
                                a.donor, a.recipient, a.kind, a.purpose, a.conf, a.note])
                    gold_quotes["funding"].append(q)
                    stats["funding"] += 1
                    pd_["f"] += 1
                elif isinstance(a, T):
                    if a.unit not in UNITS: err(f"{w}: unit")
                    if a.qual not in QUALIFIERS: err(f"{w}: qualifier")
                    if a.direction not in DIRECTIONS: err(f"{w}: direction")
                    if a.ptext and a.ptext not in q: err(f"{w}: period text not in quote")
                    iso(a.pstart, w); iso(a.pend, w)
                    if a.pstart and a.pend and a.pstart > a.pend: err(f"{w}: period reversed")
                    if a.conf not in ("core", "borderline"): err(f"{w}: confidence")
                    sta.append([d.file, q, num(a.value), a.unit, a.qual, a.metric, a.direction, a.ptext,
                                a.pstart, a.pend, a.loc, a.conf, a.note])
                    gold_quotes["statistics"].append(q)
                    stats["statistics"] += 1
                    pd_["s"] += 1
                elif isinstance(a, N):
                    negs.append((q, a))
        for q, a in negs:
            names = TABLES if a.tables == "all" else set(a.tables.split(";"))
            if not names <= TABLES: err(f"{where}: negative tables {a.tables}")
            for t in names:
                for g in gold_quotes[t]:
                    if g == q or g in q or q in g:
                        err(f"{where}: negative overlaps a {t} gold quote: {q[:60]}")
            neg.append([d.file, q, a.tables, a.why])
            stats["negatives"] += 1
            pd_["n"] += 1
        meta.append([d.file, d.title, d.date, d.parties, d.doc_type, d.place])
        sha = hashlib.sha256((out / "texts" / d.file).read_bytes()).hexdigest()
        dox.append([d.file, sha, d.file])
        stats["per_doc"][d.file] = pd_
    write_csv(out / "commitments.csv", H_COM, com)
    write_csv(out / "funding.csv", H_FUN, fun)
    write_csv(out / "statistics.csv", H_STA, sta)
    write_csv(out / "negatives.csv", H_NEG, neg)
    write_csv(out / "metadata.csv", H_META, meta)
    write_csv(out / "documents.csv", H_DOCS, dox)
    return stats


def main():
    known = {d.file for _, docs in SETS.values() for d in docs}
    for f in EXTRA:
        if f not in known:
            err(f"extras: unknown document {f}")
    all_stats = {}
    for lang, (out, docs) in SETS.items():
        all_stats[lang] = build(lang, out, docs)
    for lang, st in all_stats.items():
        print(f"[{lang}] docs={st['docs']} words={st['words']} commitments core={st['core']} "
              f"borderline={st['borderline']} funding={st['funding']} statistics={st['statistics']} "
              f"negatives={st['negatives']}")
        print(f"[{lang}] themes: " + ", ".join(f"{k}={v}" for k, v in sorted(st["themes"].items())))
        for f, p in st["per_doc"].items():
            print(f"    {f}: words={p['words']} c={p['c']} f={p['f']} s={p['s']} n={p['n']}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
