"""Annotation helpers: each line of a document carries its own annotations."""
import re

MARKER = re.compile(r"^(?:[•\-–—▪◦*>]\s+|\d+\.\d+\.?\s+|\(?[0-9]{1,2}[.)°]\s+|\(?[a-z][.)]\s+|[IVX]+\.\s+|Art(?:icle|\.)\s+[0-9]+(?:er)?\s*[.:–-]\s+)")


class C:
    """Commitment. quote=None -> the whole line minus its list marker."""
    def __init__(self, actor, theme, modality, deadline_text="", deadline_date="",
                 conf="core", note="", quote=None):
        self.__dict__.update(actor=actor, theme=theme, modality=modality,
                             deadline_text=deadline_text, deadline_date=deadline_date,
                             conf=conf, note=note, quote=quote)


class F:
    """Funding row."""
    def __init__(self, amount, currency, donor, recipient, kind, purpose,
                 alt_amount="", alt_currency="", per_year=False, years=1,
                 period_text="", period_start="", period_end="",
                 conf="core", note="", quote=None):
        self.__dict__.update(amount=amount, currency=currency, donor=donor,
                             recipient=recipient, kind=kind, purpose=purpose,
                             alt_amount=alt_amount, alt_currency=alt_currency,
                             per_year=per_year, years=years, period_text=period_text,
                             period_start=period_start, period_end=period_end,
                             conf=conf, note=note, quote=quote)


class S:
    """Statistic row."""
    def __init__(self, value, unit, qualifier, metric, direction, period_text="",
                 period_start="", period_end="", location="", conf="core", note="",
                 quote=None):
        self.__dict__.update(value=value, unit=unit, qualifier=qualifier, metric=metric,
                             direction=direction, period_text=period_text,
                             period_start=period_start, period_end=period_end,
                             location=location, conf=conf, note=note, quote=quote)


class N:
    """Negative: this sentence (or the quote given) must give no row in `tables`."""
    def __init__(self, tables, why, quote=None):
        self.__dict__.update(tables=tables, why=why, quote=quote)


def strip_marker(line):
    return MARKER.sub("", line, count=1)
