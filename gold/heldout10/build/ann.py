"""Annotation helpers: each body line of a document carries its own annotations."""


class Ann:
    table = None

    def __init__(self, **kw):
        self.__dict__.update(kw)


class C(Ann):
    table = "commitments"

    def __init__(self, actor, theme, modality, dl="", dd="", q=None, conf="core", note=""):
        super().__init__(actor=actor, theme=theme, modality=modality, deadline_text=dl,
                         deadline_date=dd, q=q, confidence=conf, note=note)


class F(Ann):
    table = "funding"

    def __init__(self, amount, currency, donor, recipient, kind, purpose, alt="", altcur="",
                 per_year=False, years=1, period="", ps="", pe="", q=None, conf="core", note=""):
        super().__init__(amount=amount, currency=currency, donor=donor, recipient=recipient,
                         kind=kind, purpose=purpose, alt_amount=alt, alt_currency=altcur,
                         per_year=per_year, years=years, period_text=period, period_start=ps,
                         period_end=pe, q=q, confidence=conf, note=note)


class S(Ann):
    table = "statistics"

    def __init__(self, value, unit, qualifier, metric, direction, period="", ps="", pe="",
                 loc="", q=None, conf="core", note=""):
        super().__init__(value=value, unit=unit, qualifier=qualifier, metric=metric,
                         direction=direction, period_text=period, period_start=ps,
                         period_end=pe, location=loc, q=q, confidence=conf, note=note)


class N(Ann):
    table = "negatives"

    def __init__(self, tables, why, q=None):
        super().__init__(tables=tables, why=why, q=q)
