"""Annotation helpers used by the per-document modules in build/docs/.

A document body is a list of paragraphs; a paragraph is a list of sentences;
a sentence is either a plain string or a tuple (text, ann, ann, ...).
Each ann is made by C (commitment), F (funding), S (statistic) or N (negative).
Unless q= is given, an annotation's quote is the sentence itself with any
leading list marker removed, so quotes are verbatim by construction.
"""


def C(actor, theme, modality, dl="", dld="", conf="core", note="", q=None):
    return dict(table="commitments", q=q, actor=actor, theme=theme, modality=modality,
                deadline_text=dl, deadline_date=dld, confidence=conf, note=note)


def F(amount, currency, donor, recipient, kind, purpose, alt=None, altc="", per_year=False,
      years=1, period="", ps="", pe="", conf="core", note="", q=None):
    total = amount * years if per_year else amount
    return dict(table="funding", q=q, amount=amount, currency=currency,
                alt_amount=alt, alt_currency=altc, per_year=per_year, years=years,
                total_amount=total, period_text=period, period_start=ps, period_end=pe,
                donor=donor, recipient=recipient, kind=kind, purpose=purpose,
                confidence=conf, note=note)


def S(value, unit, qualifier, metric, direction, period="", ps="", pe="", location="",
      conf="core", note="", q=None):
    return dict(table="statistics", q=q, value=value, unit=unit, qualifier=qualifier,
                metric=metric, direction=direction, period_text=period, period_start=ps,
                period_end=pe, location=location, confidence=conf, note=note)


def N(tables, why, q=None):
    return dict(table="negatives", q=q, tables=tables, why=why)
