"""Annotation helpers: each text segment carries its gold annotations."""

def C(actor, theme, mod, dl="", dd="", conf="core", note=""):
    return ("c", dict(actor=actor, theme=theme, modality=mod, deadline_text=dl,
                      deadline_date=dd, confidence=conf, note=note))

def F(amount, cur, donor, recipient, kind, purpose, alt="", altcur="", per_year=False,
      years=1, period="", ps="", pe="", conf="core", note=""):
    total = amount * years if per_year else amount
    return ("f", dict(amount=amount, currency=cur, alt_amount=alt, alt_currency=altcur,
                      per_year=per_year, years=years, total_amount=total, period_text=period,
                      period_start=ps, period_end=pe, donor=donor, recipient=recipient,
                      kind=kind, purpose=purpose, confidence=conf, note=note))

def S(value, unit, qual, metric, direction, period="", ps="", pe="", loc="", conf="core", note=""):
    return ("s", dict(value=value, unit=unit, qualifier=qual, metric=metric, direction=direction,
                      period_text=period, period_start=ps, period_end=pe, location=loc,
                      confidence=conf, note=note))

def N(tables, why):
    return ("n", dict(tables=tables, why=why))
