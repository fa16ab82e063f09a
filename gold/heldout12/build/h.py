"""Annotation helpers: each returns a dict attached to a text line."""
def C(actor, theme, modality, dl="", dd="", conf="core", note="", q=None):
    return dict(t="c", actor=actor, theme=theme, modality=modality, deadline_text=dl,
                deadline_date=dd, confidence=conf, note=note, q=q)
def F(amount, currency, donor, recipient, kind, purpose, alt=None, altc="", per_year=False,
      years=1, period="", ps="", pe="", conf="core", note="", q=None):
    return dict(t="f", amount=amount, currency=currency, alt_amount=alt, alt_currency=altc,
                per_year=per_year, years=years, period_text=period, period_start=ps,
                period_end=pe, donor=donor, recipient=recipient, kind=kind, purpose=purpose,
                confidence=conf, note=note, q=q)
def S(value, unit, qual, metric, direction, period="", ps="", pe="", loc="", conf="core",
      note="", q=None):
    return dict(t="s", value=value, unit=unit, qualifier=qual, metric=metric,
                direction=direction, period_text=period, period_start=ps, period_end=pe,
                location=loc, confidence=conf, note=note, q=q)
def N(tables, why, q=None):
    return dict(t="n", tables=tables, why=why, q=q)
