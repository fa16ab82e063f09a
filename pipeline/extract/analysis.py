"""One reading of a sentence that the three extractors share.

Commitments, funding and statistics read the same sentences and used to find in each, on their
own, its cues, amounts of money, periods, figures and parties, case-folding it for every finder's
literal pre-filter. A :class:`SentenceAnalysis` holds those spans for one sentence (or list item),
each found at most once, when first read, and a document's :class:`Analyses` hands every extractor
the same one for the same text.

Plain frozen dataclasses of character spans rather than a spaCy ``Doc`` with span groups: spaCy
is a dependency (it splits sentences), but every finder here is a regular expression over
characters, and its spans (`€5m`, `21/22`, `s'engagent à`) need not fall on spaCy's token
boundaries (``Doc.char_span`` returns None for those), so a ``Doc`` could not hold them as they
are without a second, alignment-dependent reading; building one per sentence would also cost
more than the finders it saves. The spans are the finders' own frozen records (:class:`Money`,
:class:`Figure`, :class:`Period`, :class:`Cue`, :class:`Mention`), so the rows stay those the
finders always gave.

Each kind is computed lazily, on first reading (:class:`_Once`): a sentence with no figure never
has its periods resolved for statistics, as before, and nothing is found that no extractor reads.
The finders keep their own memo by text, which still serves a sentence repeated in another
document or run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar, overload

from pipeline import vocab
from pipeline.extract.cues import Cue, cues_in, reports_in
from pipeline.extract.dates import Period, periods_in
from pipeline.extract.money import Money, money_in
from pipeline.extract.numbers import Figure, find_figures
from pipeline.extract.parties import leading_parties, mentions
from pipeline.extract.prefilter import fold
from pipeline.text.states import Mention

_T = TypeVar("_T")


class _Once(Generic[_T]):
    """A span kind of an analysis, computed on first reading and then stored on the instance
    (which the instance's own attribute then answers): :func:`functools.cached_property` without
    the lock Python 3.11 takes on every first reading, which cost more than the finders' memo
    lookups it replaces (an analysis belongs to one document's extraction, in one thread)."""

    def __init__(self, compute: Callable[[SentenceAnalysis], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _Once[_T]: ...

    @overload
    def __get__(self, instance: SentenceAnalysis, owner: type | None = None) -> _T: ...

    def __get__(self, instance: SentenceAnalysis | None, owner: type | None = None) -> _T | _Once[_T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass(frozen=True)
class SentenceAnalysis:
    """The spans of one sentence in one language, for a document dated ``doc_date`` (periods
    resolve against it). Each span kind is found once, the first time it is read."""

    text: str
    language: str = vocab.DEFAULT_LANGUAGE
    doc_date: dt.date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "language", vocab.language_of(self.language))

    @_Once
    def folded(self) -> str:
        """The text as every literal pre-filter reads it (:func:`~pipeline.extract.prefilter.fold`)."""
        return fold(self.text)

    @_Once
    def money(self) -> tuple[Money, ...]:
        """Every plausible amount of money, in order."""
        return money_in(self.text, self.folded, self.language)

    @_Once
    def figures(self) -> tuple[Figure, ...]:
        """Every figure in digits or words, in order."""
        return tuple(find_figures(self.text, self.language, self.folded))

    @_Once
    def periods(self) -> tuple[Period, ...]:
        """Every period or deadline phrase, resolved against the document's date, in order."""
        return periods_in(self.text, self.folded, self.doc_date, self.language)

    @_Once
    def cues(self) -> tuple[Cue, ...]:
        """Commitment cues, in order."""
        return cues_in(self.text, self.folded, self.language)

    @_Once
    def reports(self) -> bool:
        """A `not_commitment` rule applies: the sentence welcomes, reports or describes."""
        return reports_in(self.text, self.folded, self.language)

    @_Once
    def mentions(self) -> tuple[Mention, ...]:
        """Every party named: states, and institutions no state qualifies, in order."""
        return tuple(mentions(self.text, self.language))

    @_Once
    def leading(self) -> str:
        """The parties the sentence opens with as its subject (`La France a déployé ...`), joined;
        read by the commitments' and the funding's pronouns alike."""
        return leading_parties(self.text, self.language, self.mentions)


@dataclass
class Analyses:
    """The analyses of one document's sentences, one per text: the analysis is a function of the
    text alone within a document (its language and date are the document's), so a sentence read
    as a passage, as a lead-in and as a list item's context is analysed once."""

    language: str = vocab.DEFAULT_LANGUAGE
    doc_date: dt.date | None = None
    _by_text: dict[str, SentenceAnalysis] = field(default_factory=dict, repr=False)

    def of(self, text: str) -> SentenceAnalysis:
        """The analysis of ``text``, made on first asking."""
        found = self._by_text.get(text)
        if found is None:
            found = self._by_text[text] = SentenceAnalysis(text, self.language, self.doc_date)
        return found
