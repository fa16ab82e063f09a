"""Annotation helpers: each text segment carries its own gold rows."""


class S:
    """A sentence (or list item) of the text with its annotations."""

    def __init__(self, text, *anns):
        self.text = text
        self.anns = list(anns)


class Ann:
    def __init__(self, table, fields, q=None):
        self.table = table
        self.fields = fields
        self.q = q  # optional sub-quote; default the whole segment


def C(actor, theme, modality, dl="", dld="", conf="core", note="", q=None):
    return Ann("commitments", dict(actor=actor, theme=theme, modality=modality,
                                   deadline_text=dl, deadline_date=dld,
                                   confidence=conf, note=note), q)


def F(amount, currency, donor, recipient, kind, purpose, alt="", altcur="",
      per_year=False, years=1, period_text="", ps="", pe="", conf="core", note="", q=None):
    total = amount * years if per_year else amount
    return Ann("funding", dict(amount=amount, currency=currency, alt_amount=alt,
                               alt_currency=altcur, per_year=per_year, years=years,
                               total_amount=total, period_text=period_text,
                               period_start=ps, period_end=pe, donor=donor,
                               recipient=recipient, kind=kind, purpose=purpose,
                               confidence=conf, note=note), q)


def T(value, unit, metric, direction="level", qualifier="exact", period_text="",
      ps="", pe="", location="", conf="core", note="", q=None):
    return Ann("statistics", dict(value=value, unit=unit, qualifier=qualifier,
                                  metric=metric, direction=direction,
                                  period_text=period_text, period_start=ps,
                                  period_end=pe, location=location,
                                  confidence=conf, note=note), q)


def N(tables, why, q=None):
    return Ann("negatives", dict(tables=tables, why=why), q)
