"""Annotation helpers: each sentence of a document carries its annotations."""


class A:
    table = None

    def __init__(self, **kw):
        self.kw = kw
        self.q = kw.pop("q", None)  # optional sub-quote; default = the sentence


class C(A):
    table = "commitments"

    def __init__(self, actor, theme, modality, dl=None, date=None, conf="core", note="", q=None):
        super().__init__(actor=actor, theme=theme, modality=modality, deadline_text=dl or "",
                         deadline_date=date or "", confidence=conf, note=note, q=q)


class F(A):
    table = "funding"

    def __init__(self, amount, currency, donor, recipient, kind, purpose, alt=None, altcur=None,
                 per_year=False, years=1, period=None, ps=None, pe=None, conf="core", note="", q=None):
        total = amount * years if per_year else amount
        super().__init__(amount=amount, currency=currency, alt_amount=alt if alt is not None else "",
                         alt_currency=altcur or "", per_year=per_year, years=years, total_amount=total,
                         period_text=period or "", period_start=ps or "", period_end=pe or "",
                         donor=donor, recipient=recipient, kind=kind, purpose=purpose,
                         confidence=conf, note=note, q=q)


class S(A):
    table = "statistics"

    def __init__(self, value, unit, qualifier, metric, direction, period=None, ps=None, pe=None,
                 loc=None, conf="core", note="", q=None):
        super().__init__(value=value, unit=unit, qualifier=qualifier, metric=metric, direction=direction,
                         period_text=period or "", period_start=ps or "", period_end=pe or "",
                         location=loc or "", confidence=conf, note=note, q=q)


class N(A):
    table = "negatives"

    def __init__(self, tables, why, q=None):
        super().__init__(tables=tables, why=why, q=q)
