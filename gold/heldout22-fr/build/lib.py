"""Annotation helpers for held-out set 22 (French).

Texts are written with ordinary spaces; fr() applies French typography:
  '  -> ’ (apostrophe)            ~ -> thousands separator (U+202F by default, per-document)
  ' ;' ' !' ' ?' -> U+202F + sign   ' :' -> U+00A0 + ':'
  '« ' ' »' -> with U+00A0          ' %' ' €' -> U+00A0
The same function is applied to line texts, quotes, deadline_text and period_text, so quotes stay
verbatim substrings of the written text.
"""

CFG = {"num": "\u202f"}


def reset():
    CFG["num"] = "\u202f"


def config(num=None):
    if num is not None:
        CFG["num"] = num


def fr(s):
    if s is None or s == "":
        return s
    s = s.replace("'", "\u2019").replace("~", CFG["num"])
    for p in (";", "!", "?"):
        s = s.replace(" " + p, "\u202f" + p)
    s = s.replace(" :", "\u00a0:")
    s = s.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    s = s.replace(" %", "\u00a0%").replace(" €", "\u00a0€")
    return s


class Ann:
    table = None

    def __init__(self, q=None, conf="core", note="", **kw):
        self.q = fr(q)
        self.conf = conf
        self.note = note
        self.kw = kw


class C(Ann):
    """Commitment: C(actor, theme, modality, deadline_text='', deadline_date='', q=, conf=, note=)"""

    table = "commitments"

    def __init__(self, actor, theme, modality, deadline_text="", deadline_date="", **kw):
        super().__init__(**kw)
        self.f = dict(
            actor=actor,
            theme=theme,
            modality=modality,
            deadline_text=fr(deadline_text),
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
            period_text=fr(period_text),
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
            period_text=fr(period_text),
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
        self.text = fr(text)
        self.anns = list(anns)


def P(*items):
    """A paragraph of sentences: each item is a str or a tuple (sentence, *anns).
    Annotations without q= quote their whole sentence."""
    raws, anns = [], []
    for it in items:
        if isinstance(it, str):
            raws.append(it)
            continue
        sent, *aa = it
        raws.append(sent)
        for a in aa:
            if a.q is None:
                a.q = fr(sent)
            anns.append(a)
    return L(" ".join(raws), *anns)


def B(text, *anns, mark="- "):
    """A bullet line: annotations without q= quote the item without its bullet mark."""
    body = text[len(mark) :] if text.startswith(mark) else text
    for a in anns:
        if a.q is None:
            a.q = fr(body)
    return L(text, *anns)
