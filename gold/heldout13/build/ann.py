"""Annotation helpers for the set-13 build (English)."""


class _A:
    pass


def C(actor, theme, mod, dl=None, dd=None, conf="core", note="", q=None):
    a = _A()
    a.kind = "C"
    a.actor, a.theme, a.mod, a.dl, a.dd, a.conf, a.note, a.q = actor, theme, mod, dl, dd, conf, note, q
    return a


def F(amount, cur, donor, recipient, kindf, purpose, alt=None, altcur=None, per_year=False, years=1,
      period=None, ps=None, pe=None, conf="core", note="", q=None):
    a = _A()
    a.kind = "F"
    a.amount, a.cur, a.donor, a.recipient, a.kindf, a.purpose = float(amount), cur, donor, recipient, kindf, purpose
    a.alt = float(alt) if alt is not None else None
    a.altcur, a.per_year, a.years = altcur, per_year, years
    a.period, a.ps, a.pe, a.conf, a.note, a.q = period, ps, pe, conf, note, q
    return a


def S(value, unit, qual, metric, dir, period=None, ps=None, pe=None, loc=None, conf="core", note="", q=None):
    a = _A()
    a.kind = "S"
    a.value, a.unit, a.qual, a.metric, a.dir = float(value), unit, qual, metric, dir
    a.period, a.ps, a.pe, a.loc, a.conf, a.note, a.q = period, ps, pe, loc, conf, note, q
    return a


def N(tables, why, q=None):
    a = _A()
    a.kind = "N"
    a.tables, a.why, a.q = tables, why, q
    return a


class L:
    def __init__(self, text, *anns):
        self.text = text
        self.anns = anns
