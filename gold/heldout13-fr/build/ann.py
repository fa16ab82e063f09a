class Ann:
    def __init__(self, akind, q=None, **d):
        self.kind, self.q, self.d = akind, q, d

def C(actor, theme, modality, dt="", dd="", conf="core", note="", q=None):
    return Ann("C", q, actor=actor, theme=theme, modality=modality, deadline_text=dt, deadline_date=dd, confidence=conf, note=note)

def F(amount, currency, donor, recipient, kind, purpose, alt=None, altc="", per_year=False, years=1,
      pt="", ps="", pe="", conf="core", note="", q=None):
    return Ann("F", q, amount=amount, currency=currency, alt_amount=alt, alt_currency=altc, per_year=per_year,
               years=years, period_text=pt, period_start=ps, period_end=pe, donor=donor, recipient=recipient,
               kind=kind, purpose=purpose, confidence=conf, note=note)

def S(value, unit, qualifier, metric, direction, pt="", ps="", pe="", loc="", conf="core", note="", q=None):
    return Ann("S", q, value=value, unit=unit, qualifier=qualifier, metric=metric, direction=direction,
               period_text=pt, period_start=ps, period_end=pe, location=loc, confidence=conf, note=note)

def N(tables, why, q=None):
    return Ann("N", q, tables=tables, why=why)

def insert_after(body, prefix, para):
    for i, p in enumerate(body):
        first = p if isinstance(p, str) else p[0]
        first = first if isinstance(first, str) else first[0]
        if first.startswith(prefix):
            body.insert(i + 1, para); return
    raise ValueError("prefix not found: " + prefix)
