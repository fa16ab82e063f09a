"""Annotation helpers: each text line carries its own annotations."""


class L:
    """One line of text with its annotations (C, F, S, N objects)."""

    def __init__(self, text, *anns):
        self.text = text
        self.anns = list(anns)


class _Ann:
    table = None

    def __init__(self, q=None, **kw):
        self.q = q
        self.kw = kw


class C(_Ann):
    table = "commitments"

    def __init__(self, actor, theme, modality, dl_text="", dl_date="", conf="core", note="", q=None):
        super().__init__(q, actor=actor, theme=theme, modality=modality, deadline_text=dl_text,
                         deadline_date=dl_date, confidence=conf, note=note)


class F(_Ann):
    table = "funding"

    def __init__(self, amount, currency, donor, recipient, kind, purpose, alt_amount="", alt_currency="",
                 per_year=False, years=1, period_text="", ps="", pe="", conf="core", note="", q=None):
        total = amount * years if per_year else amount
        super().__init__(q, amount=amount, currency=currency, alt_amount=alt_amount, alt_currency=alt_currency,
                         per_year="true" if per_year else "false", years=years, total_amount=total,
                         period_text=period_text, period_start=ps, period_end=pe, donor=donor,
                         recipient=recipient, kind=kind, purpose=purpose, confidence=conf, note=note)


class S(_Ann):
    table = "statistics"

    def __init__(self, value, unit, qualifier, metric, direction, period_text="", ps="", pe="", location="",
                 conf="core", note="", q=None):
        super().__init__(q, value=value, unit=unit, qualifier=qualifier, metric=metric, direction=direction,
                         period_text=period_text, period_start=ps, period_end=pe, location=location,
                         confidence=conf, note=note)


class N(_Ann):
    table = "negatives"

    def __init__(self, tables, why, q=None):
        super().__init__(q, tables=tables, why=why)
