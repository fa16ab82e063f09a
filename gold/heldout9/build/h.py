"""Annotation helpers: each sentence of a document carries its own annotations."""

def C(actor, theme, modality, dl_text="", dl_date="", conf="core", note="", quote=None):
    return dict(t="c", actor=actor, theme=theme, modality=modality, deadline_text=dl_text,
                deadline_date=dl_date, confidence=conf, note=note, quote=quote)

def F(amount, currency, donor, recipient, kind, purpose, alt="", altcur="", per_year=False, years=1,
      period_text="", ps="", pe="", conf="core", note="", quote=None):
    return dict(t="f", amount=amount, currency=currency, alt_amount=alt, alt_currency=altcur,
                per_year=per_year, years=years, period_text=period_text, period_start=ps,
                period_end=pe, donor=donor, recipient=recipient, kind=kind, purpose=purpose,
                confidence=conf, note=note, quote=quote)

def S(value, unit, qualifier, metric, direction, period_text="", ps="", pe="", loc="",
      conf="core", note="", quote=None):
    return dict(t="s", value=value, unit=unit, qualifier=qualifier, metric=metric,
                direction=direction, period_text=period_text, period_start=ps, period_end=pe,
                location=loc, confidence=conf, note=note, quote=quote)

def N(tables, why, quote=None):
    return dict(t="n", tables=tables, why=why, quote=quote)
