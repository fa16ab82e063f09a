"""Annotation helpers: each text line carries its annotations."""


def C(actor, theme, modality, dl_text="", dl_date="", conf="core", note="", q=None):
    return ("C", dict(actor=actor, theme=theme, modality=modality, deadline_text=dl_text,
                      deadline_date=dl_date, confidence=conf, note=note), q)


def F(amount, currency, donor, recipient, kind, purpose, per_year=False, years=1, alt="", altcur="",
      period_text="", ps="", pe="", conf="core", note="", q=None, total=None):
    if total is None:
        total = amount * years if per_year else amount
    return ("F", dict(amount=amount, currency=currency, alt_amount=alt, alt_currency=altcur,
                      per_year=per_year, years=years, total_amount=total, period_text=period_text,
                      period_start=ps, period_end=pe, donor=donor, recipient=recipient, kind=kind,
                      purpose=purpose, confidence=conf, note=note), q)


def S(value, unit, metric, qual="exact", dir="level", period_text="", ps="", pe="", loc="",
      conf="core", note="", q=None):
    return ("S", dict(value=value, unit=unit, qualifier=qual, metric=metric, direction=dir,
                      period_text=period_text, period_start=ps, period_end=pe, location=loc,
                      confidence=conf, note=note), q)


def N(tables, why, q=None):
    return ("N", dict(tables=tables, why=why), q)


def L(text, *anns):
    return (text, list(anns))
