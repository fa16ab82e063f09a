"""Annotation helpers for held-out set 22 (English)."""


class Ann:
    table = None

    def __init__(self, q=None, conf="core", note="", **kw):
        self.q = q
        self.conf = conf
        self.note = note
        self.kw = kw


class C(Ann):
    """Commitment: C(actor, theme, modality, deadline_text=None, deadline_date=None, q=, conf=, note=)"""

    table = "commitments"

    def __init__(self, actor, theme, modality, deadline_text="", deadline_date="", **kw):
        super().__init__(**kw)
        self.f = dict(
            actor=actor,
            theme=theme,
            modality=modality,
            deadline_text=deadline_text,
            deadline_date=deadline_date,
        )


class F(Ann):
    """Funding row."""

    table = "funding"

    def __init__(
        self,
        amount,
        currency,
        donor,
        recipient,
        kind,
        purpose,
        alt_amount="",
        alt_currency="",
        per_year=False,
        years=1,
        total_amount=None,
        period_text="",
        period_start="",
        period_end="",
        **kw,
    ):
        super().__init__(**kw)
        if total_amount is None:
            total_amount = amount * years if per_year else amount
        self.f = dict(
            amount=amount,
            currency=currency,
            alt_amount=alt_amount,
            alt_currency=alt_currency,
            per_year=per_year,
            years=years,
            total_amount=total_amount,
            period_text=period_text,
            period_start=period_start,
            period_end=period_end,
            donor=donor,
            recipient=recipient,
            kind=kind,
            purpose=purpose,
        )


class S(Ann):
    """Statistic row."""

    table = "statistics"

    def __init__(
        self,
        value,
        unit,
        qualifier,
        metric,
        direction,
        period_text="",
        period_start="",
        period_end="",
        location="",
        **kw,
    ):
        super().__init__(**kw)
        self.f = dict(
            value=value,
            unit=unit,
            qualifier=qualifier,
            metric=metric,
            direction=direction,
            period_text=period_text,
            period_start=period_start,
            period_end=period_end,
            location=location,
        )


class N(Ann):
    """Negative: N(tables, why, q=)  tables = 'all' or 'commitments;funding' ..."""

    table = "negatives"

    def __init__(self, tables, why, **kw):
        super().__init__(**kw)
        self.f = dict(tables=tables, why=why)


class L:
    def __init__(self, text, *anns):
        self.text = text
        self.anns = list(anns)
