"""Annotation helpers for held-out set 14 (French)."""


class Ann:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def C(actor, theme, modality, q=None, dl=None, dd=None, conf="core", note=""):
    return Ann(kind_="C", actor=actor, theme=theme, modality=modality, q=q, dl=dl, dd=dd, conf=conf, note=note)


def F(amount, currency, donor, recipient, kind, purpose, q=None, alt=None, altc=None,
      per_year=False, years=1, period=None, ps=None, pe=None, conf="core", note=""):
    return Ann(kind_="F", amount=amount, currency=currency, donor=donor, recipient=recipient, kind=kind,
               purpose=purpose, q=q, alt=alt, altc=altc, per_year=per_year, years=years, period=period,
               ps=ps, pe=pe, conf=conf, note=note)


def S(value, unit, qualifier, metric, direction, q=None, period=None, ps=None, pe=None, loc=None,
      conf="core", note=""):
    return Ann(kind_="S", value=value, unit=unit, qualifier=qualifier, metric=metric, direction=direction,
               q=q, period=period, ps=ps, pe=pe, loc=loc, conf=conf, note=note)


def N(tables, why, q=None):
    return Ann(kind_="N", tables=tables, why=why, q=q)


class L:
    def __init__(self, text, *anns):
        self.text = text
        self.anns = list(anns)
