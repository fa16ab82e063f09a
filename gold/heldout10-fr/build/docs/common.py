"""Annotation helpers: every text segment carries its own gold rows."""


class Ann:
    def __init__(self, table, row, q=None):
        self.table, self.row, self.q = table, row, q


def C(actor, theme, modality, dl="", dd="", conf="core", note="", q=None):
    return Ann("commitments", dict(actor=actor, theme=theme, modality=modality,
                                   deadline_text=dl, deadline_date=dd,
                                   confidence=conf, note=note), q)


def F(amount, currency, kind, donor, recipient, purpose, alt="", altcur="",
      per_year=False, years=1, period="", ps="", pe="", conf="core", note="", q=None, total=None):
    if total is None:
        total = amount * years if per_year else amount
    return Ann("funding", dict(amount=amount, currency=currency, alt_amount=alt,
                               alt_currency=altcur, per_year=per_year, years=years,
                               total_amount=total, period_text=period, period_start=ps,
                               period_end=pe, donor=donor, recipient=recipient, kind=kind,
                               purpose=purpose, confidence=conf, note=note), q)


def T(value, unit, qualifier, metric, direction, period="", ps="", pe="", loc="",
      conf="core", note="", q=None):
    return Ann("statistics", dict(value=value, unit=unit, qualifier=qualifier, metric=metric,
                                  direction=direction, period_text=period, period_start=ps,
                                  period_end=pe, location=loc, confidence=conf, note=note), q)


def N(tables, why, q=None):
    return Ann("negatives", dict(tables=tables, why=why), q)


class Seg:
    def __init__(self, text, *anns):
        self.text, self.anns = text, list(anns)


def S(text, *anns):
    """One segment (sentence or list item) with its annotations."""
    return Seg(text, *anns)


class Para:
    def __init__(self, *segs, sep=" "):
        self.segs, self.sep = segs, sep


def P(*segs):
    """A paragraph: segments joined by a space on one line."""
    return Para(*segs)
