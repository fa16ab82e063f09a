"""Annotation helpers: each segment of text carries its annotations."""


class A:
    def __init__(self, atype, **kw):
        self.kind = atype
        self.kw = kw


def C(actor, theme, modality, dl=None, dd=None, conf="core", note="", q=None):
    return A("c", actor=actor, theme=theme, modality=modality, deadline_text=dl,
             deadline_date=dd, confidence=conf, note=note, q=q)


def F(amount, currency, donor, recipient, kind, purpose, alt=None, alt_cur=None,
      per_year=False, years=1, pt=None, ps=None, pe=None, conf="core", note="", q=None):
    return A("f", amount=amount, currency=currency, alt_amount=alt, alt_currency=alt_cur,
             per_year=per_year, years=years, period_text=pt, period_start=ps, period_end=pe,
             donor=donor, recipient=recipient, kind=kind, purpose=purpose,
             confidence=conf, note=note, q=q)


def S(value, unit, qualifier, metric, direction, pt=None, ps=None, pe=None, loc=None,
      conf="core", note="", q=None):
    return A("s", value=value, unit=unit, qualifier=qualifier, metric=metric,
             direction=direction, period_text=pt, period_start=ps, period_end=pe,
             location=loc, confidence=conf, note=note, q=q)


def N(tables="all", why="", q=None):
    return A("n", tables=tables, why=why, q=q)
