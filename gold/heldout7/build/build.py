#!/usr/bin/env python3
"""Regenerate held-out set 7 (English): texts and CSVs from build/docs/*.py.

Each document module defines META (dict) and BODY (list of blocks). A block is
H(text) (a line), P(sentence, ...) (a paragraph: sentences joined by a space),
L(prefix, sentence) (a list line; the prefix is not part of the quote), or
BLANK. A sentence is S_(text, *annotations). Annotations: C(...) commitment,
F(...) funding, ST(...) statistic, N(tables, why) negative. Quotes are the
sentence text (or an explicit sub-quote), so they are verbatim by construction.
"""
import csv, hashlib, importlib.util, io, re, sys, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALS = {"exact", "more_than", "less_than", "approximately"}
DIRS = {"increase", "decrease", "level"}
CURR = {"EUR", "GBP", "USD"}
KINDS = {"pledge", "disbursed"}
DOCTYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}
CONF = {"core", "borderline"}
ISO2 = {"GB", "FR", "BE", "NL", "DE", "IT", "ES", "AL", "MA", "PL", "GR", "IE"}


class Sent:
    def __init__(self, text, anns):
        self.text, self.anns = text, anns


def S_(text, *anns):
    return Sent(text, list(anns))


class Ann:
    def __init__(self, akind, **kw):
        self.kind, self.kw = akind, kw


def C(actor, theme, modality, dl_text="", dl_date="", conf="core", note="", quote=None):
    return Ann("c", actor=actor, theme=theme, modality=modality, deadline_text=dl_text,
               deadline_date=dl_date, confidence=conf, note=note, quote=quote)


def F(amount, currency, donor, recipient, kind, purpose, alt_amount="", alt_currency="", per_year=False,
      years=1, period_text="", ps="", pe="", conf="core", note="", quote=None):
    total = amount * years if per_year else amount
    return Ann("f", amount=amount, currency=currency, alt_amount=alt_amount, alt_currency=alt_currency,
               per_year=per_year, years=years, total_amount=total, period_text=period_text,
               period_start=ps, period_end=pe, donor=donor, recipient=recipient, kind=kind,
               purpose=purpose, confidence=conf, note=note, quote=quote)


def ST(value, unit, qualifier, metric, direction, period_text="", ps="", pe="", location="",
       conf="core", note="", quote=None):
    return Ann("s", value=value, unit=unit, qualifier=qualifier, metric=metric, direction=direction,
               period_text=period_text, period_start=ps, period_end=pe, location=location,
               confidence=conf, note=note, quote=quote)


def N(tables, why, quote=None):
    return Ann("n", tables=tables, why=why, quote=quote)


class Block:
    def __init__(self, kind, sents, prefix=""):
        self.kind, self.sents, self.prefix = kind, sents, prefix


def _s(x):
    return x if isinstance(x, Sent) else Sent(x, [])


def H(x):
    return Block("H", [_s(x)])


def P(*xs):
    return Block("P", [_s(x) for x in xs])


def L(prefix, x):
    return Block("L", [_s(x)], prefix)


BLANK = Block("B", [])

HELPERS = dict(S_=S_, C=C, F=F, ST=ST, N=N, H=H, P=P, L=L, BLANK=BLANK)

C_HDR = "doc,quote,actor,theme,modality,deadline_text,deadline_date,confidence,note".split(",")
F_HDR = ("doc,quote,amount,currency,alt_amount,alt_currency,per_year,years,total_amount,period_text,"
         "period_start,period_end,donor,recipient,kind,purpose,confidence,note").split(",")
S_HDR = ("doc,quote,value,unit,qualifier,metric,direction,period_text,period_start,period_end,"
         "location,confidence,note").split(",")


def num(v):
    if v == "" or v is None:
        return ""
    f = float(v)
    return str(int(f)) if f == int(f) else repr(f)


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def main():
    errors = []
    rows = {"c": [], "f": [], "s": [], "n": []}
    meta_rows, doc_rows, stats = [], [], []
    mods = sorted((ROOT / "build" / "docs").glob("d*.py"))
    for mp in mods:
        spec = importlib.util.spec_from_file_location(mp.stem, mp)
        m = importlib.util.module_from_spec(spec)
        m.__dict__.update(HELPERS)
        spec.loader.exec_module(m)
        meta = m.META
        fname = meta["file"]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}_h7-[a-z0-9-]+\.txt", fname) or fname[:10] != meta["doc_date"]:
            errors.append(f"{fname}: bad file name / date")
        if meta["doc_type"] not in DOCTYPES:
            errors.append(f"{fname}: doc_type {meta['doc_type']}")
        if not set(meta["parties"].split(";")) <= ISO2:
            errors.append(f"{fname}: parties {meta['parties']}")
        lines = []
        for b in m.BODY:
            if b.kind == "B":
                lines.append("")
            elif b.kind == "P":
                lines.append(" ".join(s.text for s in b.sents))
            elif b.kind == "L":
                lines.append(b.prefix + b.sents[0].text)
            else:
                lines.append(b.sents[0].text)
        text = "\n".join(lines).rstrip("\n") + "\n"
        (ROOT / "texts" / fname).write_text(text, encoding="utf-8")
        nwords = len(re.findall(r"\w+", text))
        cc = {"core": 0, "borderline": 0}
        nf = ns = nn = 0
        for b in m.BODY:
            for s in b.sents:
                for a in s.anns:
                    q = a.kw.get("quote") or s.text
                    if q not in s.text or q not in text:
                        errors.append(f"{fname}: quote not in text: {q[:60]}")
                    k = dict(a.kw)
                    k.pop("quote", None)
                    if a.kind != "n" and k["confidence"] not in CONF:
                        errors.append(f"{fname}: confidence {k['confidence']}")
                    if a.kind == "c":
                        if k["theme"] not in THEMES or k["modality"] not in MODALITIES:
                            errors.append(f"{fname}: theme/modality {k['theme']} {k['modality']}")
                        if not set(k["actor"].split(";")) <= ISO2:
                            errors.append(f"{fname}: actor {k['actor']}")
                        if k["deadline_date"] and not is_date(k["deadline_date"]):
                            errors.append(f"{fname}: deadline date {k['deadline_date']}")
                        if k["deadline_date"] and not k["deadline_text"]:
                            errors.append(f"{fname}: deadline date without text")
                        if k["deadline_text"] and k["deadline_text"] not in q:
                            errors.append(f"{fname}: deadline text not in quote: {k['deadline_text']}")
                        cc[k["confidence"]] += 1
                        rows["c"].append([fname, q, k["actor"], k["theme"], k["modality"], k["deadline_text"],
                                          k["deadline_date"], k["confidence"], k["note"]])
                    elif a.kind == "f":
                        if k["currency"] not in CURR or (k["alt_currency"] and k["alt_currency"] not in CURR):
                            errors.append(f"{fname}: currency")
                        if k["kind"] not in KINDS:
                            errors.append(f"{fname}: kind {k['kind']}")
                        exp = k["amount"] * k["years"] if k["per_year"] else k["amount"]
                        if abs(exp - k["total_amount"]) > 1e-6 or (not k["per_year"] and k["years"] != 1):
                            errors.append(f"{fname}: total_amount")
                        for d in ("period_start", "period_end"):
                            if k[d] and not is_date(k[d]):
                                errors.append(f"{fname}: {d}")
                        if k["period_text"] and k["period_text"] not in q:
                            errors.append(f"{fname}: funding period text not in quote")
                        nf += 1
                        rows["f"].append([fname, q, num(k["amount"]), k["currency"], num(k["alt_amount"]),
                                          k["alt_currency"], "true" if k["per_year"] else "false", str(k["years"]),
                                          num(k["total_amount"]), k["period_text"], k["period_start"],
                                          k["period_end"], k["donor"], k["recipient"], k["kind"], k["purpose"],
                                          k["confidence"], k["note"]])
                    elif a.kind == "s":
                        if k["unit"] not in UNITS or k["qualifier"] not in QUALS or k["direction"] not in DIRS:
                            errors.append(f"{fname}: stat enums {k}")
                        for d in ("period_start", "period_end"):
                            if k[d] and not is_date(k[d]):
                                errors.append(f"{fname}: stat {d}")
                        if k["period_text"] and k["period_text"] not in q:
                            errors.append(f"{fname}: stat period text not in quote: {k['period_text']}")
                        ns += 1
                        rows["s"].append([fname, q, num(k["value"]), k["unit"], k["qualifier"], k["metric"],
                                          k["direction"], k["period_text"], k["period_start"], k["period_end"],
                                          k["location"], k["confidence"], k["note"]])
                    else:
                        t = k["tables"]
                        if t != "all" and not set(t.split(";")) <= {"commitments", "funding", "statistics"}:
                            errors.append(f"{fname}: negative tables {t}")
                        nn += 1
                        rows["n"].append([fname, q, t, k["why"]])
        meta_rows.append([fname, meta["title"], meta["doc_date"], meta["parties"], meta["doc_type"], meta["place"]])
        if not text.startswith(meta["title"] + "\n"):
            errors.append(f"{fname}: first line is not the title")
        stats.append((fname, nwords, cc["core"], cc["borderline"], nf, ns, nn, meta))
        if not 450 <= nwords <= 900:
            errors.append(f"{fname}: {nwords} words")
    # negatives vs gold quotes
    tabmap = {"commitments": "c", "funding": "f", "statistics": "s"}
    for doc, q, t, why in rows["n"]:
        tabs = ["c", "f", "s"] if t == "all" else [tabmap[x] for x in t.split(";")]
        for tb in tabs:
            for r in rows[tb]:
                if r[0] == doc and (q == r[1] or q in r[1] or r[1] in q):
                    errors.append(f"{doc}: negative overlaps gold {tb}: {q[:60]}")
    # write CSVs
    def write(name, hdr, rs):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(hdr)
        w.writerows(rs)
        (ROOT / name).write_text(buf.getvalue(), encoding="utf-8")
        back = list(csv.reader(io.StringIO((ROOT / name).read_text(encoding="utf-8"))))
        if {len(r) for r in back} != {len(hdr)} or len(back) != len(rs) + 1:
            errors.append(f"{name}: column count / row count")
    write("commitments.csv", C_HDR, rows["c"])
    write("funding.csv", F_HDR, rows["f"])
    write("statistics.csv", S_HDR, rows["s"])
    write("negatives.csv", ["doc", "text", "tables", "why"], rows["n"])
    write("metadata.csv", ["file", "title", "doc_date", "parties", "doc_type", "place"], meta_rows)
    for f in sorted((ROOT / "texts").glob("*.txt")):
        if f.name not in {m[0] for m in meta_rows}:
            errors.append(f"stray text {f.name}")
        doc_rows.append([f.name, hashlib.sha256(f.read_bytes()).hexdigest(), f.name])
    write("documents.csv", ["doc", "sha256", "raw_file"], doc_rows)
    # report
    print(f"{'doc':48} words  c_core c_bord fund stats neg")
    tot = [0] * 6
    for fname, nw, c1, c2, nf, ns, nn, _ in stats:
        print(f"{fname:48} {nw:5} {c1:6} {c2:6} {nf:4} {ns:5} {nn:3}")
        for i, v in enumerate((nw, c1, c2, nf, ns, nn)):
            tot[i] += v
    print(f"{'TOTAL (' + str(len(stats)) + ' docs)':48} " + " ".join(f"{v:5}" for v in tot))
    th = {}
    for r in rows["c"]:
        th[r[3]] = th.get(r[3], 0) + 1
    print("themes:", dict(sorted(th.items())))
    fneg = sum(1 for r in rows["n"] if r[2] in ("all", "funding") or "funding" in r[2].split(";"))
    print("negatives naming funding:", fneg)
    if errors:
        print("ERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
