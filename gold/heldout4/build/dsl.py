"""Tiny DSL: every sentence of a held-out text carries its own gold annotations."""
import re

THEMES = {"border_security", "policing_intelligence", "returns", "asylum", "reception_welfare",
          "information_campaigns", "upstream_cooperation", "eu_international", "funding",
          "legal_framework", "governance"}
MODALITIES = {"will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other"}
UNITS = {"people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other"}
QUALIFIERS = {"exact", "more_than", "less_than", "approximately"}
DIRECTIONS = {"increase", "decrease", "level"}
KINDS = {"pledge", "disbursed"}
CURRENCIES = {"EUR", "GBP", "USD"}
DOC_TYPES = {"declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other"}


class C:
    """Commitment row."""
    def __init__(self, actor, theme, modality, dl="", dd="", conf="core", note=""):
        self.actor, self.theme, self.modality = actor, theme, modality
        self.dl, self.dd, self.conf, self.note = dl, dd, conf, note


class F:
    """Funding row."""
    def __init__(self, amount, currency, donor, recipient, kind, purpose, alt="", altcur="",
                 per_year=False, years=1, ptext="", pstart="", pend="", conf="core", note=""):
        self.amount, self.currency, self.donor, self.recipient = amount, currency, donor, recipient
        self.kind, self.purpose, self.alt, self.altcur = kind, purpose, alt, altcur
        self.per_year, self.years, self.ptext, self.pstart, self.pend = per_year, years, ptext, pstart, pend
        self.conf, self.note = conf, note
        self.total = amount * years if per_year else amount


class T:
    """Statistic row."""
    def __init__(self, value, unit, qual, metric, direction, ptext="", pstart="", pend="", loc="",
                 conf="core", note=""):
        self.value, self.unit, self.qual, self.metric, self.direction = value, unit, qual, metric, direction
        self.ptext, self.pstart, self.pend, self.loc, self.conf, self.note = ptext, pstart, pend, loc, conf, note


class N:
    """This sentence must give no row in the named tables."""
    def __init__(self, tables="all", why=""):
        self.tables, self.why = tables, why


class S:
    """A sentence (or list item) and its annotations; the quote is the sentence text itself."""
    def __init__(self, text, *anns):
        self.text, self.anns = text, anns


def P(*segs, pre=""):
    """A paragraph / line of the text: a marker prefix plus sentences joined by one space."""
    segs = [s if isinstance(s, S) else S(s) for s in segs]
    m = re.match(r"(\d+\. )(.+)$", segs[0].text) if segs and not pre else None
    if m:  # numbered paragraph: the number is a marker, not part of the quote
        pre, segs[0].text = m.group(1), m.group(2)
    return (pre, segs)


class Doc:
    def __init__(self, date, slug, title, header, parties, doc_type, place, body):
        self.date, self.slug, self.title, self.header = date, slug, title, header
        self.parties, self.doc_type, self.place, self.body = parties, doc_type, place, body
        self.file = f"{date}_h4-{slug}.txt"

    def text(self):
        lines = [self.title, self.header, ""]
        for pre, segs in self.body:
            lines.append(pre + " ".join(s.text for s in segs))
        return "\n".join(lines) + "\n"

    def sentences(self):
        for pre, segs in self.body:
            for s in segs:
                yield s
