"""Annotation helpers: each text line carries its annotations."""
class A:
    def __init__(self, table, q=None, **kw):
        self.table, self.q, self.kw = table, q, kw

def C(actor, theme, mod="will", dl=None, dd=None, conf="core", note="", q=None):
    return A("commitments", q, actor=actor, theme=theme, modality=mod, deadline_text=dl or "",
             deadline_date=dd or "", confidence=conf, note=note)

def F(amount, cur, kind, donor, recipient, purpose, alt=None, altcur=None, per_year=False, years=1,
      period=None, ps=None, pe=None, conf="core", note="", q=None):
    total = amount * years if per_year else amount
    return A("funding", q, amount=amount, currency=cur, alt_amount=alt if alt is not None else "",
             alt_currency=altcur or "", per_year="true" if per_year else "false", years=years,
             total_amount=total, period_text=period or "", period_start=ps or "", period_end=pe or "",
             donor=donor, recipient=recipient, kind=kind, purpose=purpose, confidence=conf, note=note)

def S(value, unit, metric, qual="exact", d="level", period=None, ps=None, pe=None, loc=None,
      conf="core", note="", q=None):
    return A("statistics", q, value=value, unit=unit, qualifier=qual, metric=metric, direction=d,
             period_text=period or "", period_start=ps or "", period_end=pe or "", location=loc or "",
             confidence=conf, note=note)

def N(tables="all", why="", q=None):
    return A("negatives", q, tables=tables, why=why)

BS, PI, RT, AS, RW, IC, UP, EU, FU, LF, GV = ("border_security", "policing_intelligence", "returns", "asylum",
    "reception_welfare", "information_campaigns", "upstream_cooperation", "eu_international", "funding",
    "legal_framework", "governance")
B = "borderline"
