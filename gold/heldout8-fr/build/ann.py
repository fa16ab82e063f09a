"""Annotation records attached to text segments."""
from dataclasses import dataclass

@dataclass
class C:  # commitment
    actor: str
    theme: str
    modality: str = "will"
    dt: str = ""      # deadline_text
    dd: str = ""      # deadline_date
    conf: str = "core"
    note: str = ""

@dataclass
class F:  # funding
    amount: float
    currency: str
    donor: str
    recipient: str
    kind: str
    purpose: str
    per_year: bool = False
    years: int = 1
    alt_amount: float = None
    alt_currency: str = ""
    period_text: str = ""
    ps: str = ""
    pe: str = ""
    conf: str = "core"
    note: str = ""

@dataclass
class S:  # statistic
    value: float
    unit: str
    metric: str
    direction: str = "level"
    qualifier: str = "exact"
    period_text: str = ""
    ps: str = ""
    pe: str = ""
    location: str = ""
    conf: str = "core"
    note: str = ""

@dataclass
class N:  # negative
    tables: str = "all"
    why: str = ""
