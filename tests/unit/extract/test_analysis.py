"""A sentence is analysed once (pipeline/extract/analysis.py): its spans are those the finders
give, each kind is found once however often it is read, and the three extractors read a
document's sentences through one shared analysis instead of running the finders again."""

import collections
import datetime as dt
import functools

import pytest

import pipeline.extract.analysis as analysis
import pipeline.extract.cues as cues
import pipeline.extract.dates as dates
import pipeline.extract.money as money
import pipeline.extract.parties as parties
import pipeline.extract.prefilter as prefilter
from pipeline.extract.analysis import Analyses, SentenceAnalysis
from pipeline.extract.cues import find_cues, reports
from pipeline.extract.dates import find_periods
from pipeline.extract.document import extract_document
from pipeline.extract.money import find_money
from pipeline.extract.numbers import find_figures
from pipeline.extract.parties import mentions
from tests.conftest import segment_rows

DOC_DATE = dt.date(2023, 6, 1)
SENTENCES = {
    "en": [
        "The United Kingdom will provide €5 million to France by March 2024 to fund 40 officers.",
        "In 2022, 1,200 migrants were returned, twice as many as in 2021.",
        "France will deploy more officers on the beaches before the end of the year.",
    ],
    "fr": [
        "Le Royaume-Uni versera 10 millions d'euros à la France d'ici mars 2024.",
        "En 2022, 1 200 migrants ont été renvoyés, deux fois plus qu'en 2021.",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"), [(lang, text) for lang, texts in SENTENCES.items() for text in texts]
)
def test_spans_are_the_finders(language, text):
    a = SentenceAnalysis(text, language, DOC_DATE)
    assert a.folded == prefilter.fold(text)
    assert list(a.money) == find_money(text, language)
    assert list(a.figures) == find_figures(text, language)
    assert list(a.periods) == find_periods(text, DOC_DATE, language)
    assert list(a.cues) == find_cues(text, language)
    assert a.reports == reports(text, language)
    assert list(a.mentions) == mentions(text, language)


def test_every_kind_is_found_in_the_first_sentence():
    a = SentenceAnalysis(SENTENCES["en"][0], "en", DOC_DATE)
    assert [m.amount for m in a.money] == [5_000_000]
    assert [c.modality for c in a.cues] == ["will"]
    assert [p.last for p in a.periods if p.kind == "dated"] == [dt.date(2024, 3, 31)]
    assert 40 in [f.value for f in a.figures]
    assert [m.code for m in a.mentions] == ["GB", "FR"]


def _counting(counts, kind, fn):
    @functools.wraps(fn)
    def wrapper(text, *args, **kwargs):
        counts[kind][text] += 1
        return fn(text, *args, **kwargs)

    return wrapper


def test_each_kind_is_found_once_however_often_it_is_read(monkeypatch):
    counts = collections.defaultdict(collections.Counter)
    for name in ("money_in", "cues_in", "periods_in", "reports_in", "find_figures", "mentions", "fold"):
        monkeypatch.setattr(analysis, name, _counting(counts, name, getattr(analysis, name)))
    text = SENTENCES["en"][0]
    a = Analyses("en", DOC_DATE).of(text)
    for _ in range(3):
        assert a.money and a.cues and a.periods and a.figures and a.mentions and a.folded
        assert not a.reports
    assert {kind: c[text] for kind, c in counts.items()} == dict.fromkeys(
        ("money_in", "cues_in", "periods_in", "reports_in", "find_figures", "mentions", "fold"), 1
    )


def test_a_document_analyses_each_text_once():
    analyses = Analyses("en", DOC_DATE)
    text = SENTENCES["en"][1]
    assert analyses.of(text) is analyses.of(text)
    assert analyses.of(text).doc_date == DOC_DATE


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_extractors_read_each_sentence_through_one_analysis(monkeypatch, language):
    """Every finder runs once per sentence for all three extractors (before the analysis, one
    committing sentence with an amount had its money found five times, its cues up to ten times
    and was folded six times): the finders are counted wherever a module calls them, the
    analysis's own calls included."""
    counts = collections.defaultdict(collections.Counter)
    patched = {
        "money_in": (analysis, money),
        "cues_in": (analysis, cues),
        "periods_in": (analysis, dates),
        "reports_in": (analysis, cues),
        "find_figures": (analysis,),
        "mentions": (analysis, parties),
    }
    for name, modules in patched.items():
        wrapper = _counting(counts, name, getattr(modules[0], name))
        for module in modules:
            monkeypatch.setattr(module, name, wrapper)
    fold = _counting(counts, "fold", prefilter.fold)
    for module in list(__import__("sys").modules.values()):
        if getattr(module, "__name__", "").startswith("pipeline.extract") and hasattr(module, "fold"):
            monkeypatch.setattr(module, "fold", fold)

    texts = SENTENCES[language]
    tables = extract_document("doc", DOC_DATE, " ".join(texts), segment_rows(*texts), language, "GB;FR")

    assert tables["commitments"] and tables["funding"] and tables["statistics"]  # all three read them
    for kind in ("money_in", "cues_in", "fold"):
        assert [counts[kind][t] for t in texts] == [1] * len(texts), kind
    for kind in ("periods_in", "reports_in", "find_figures", "mentions"):  # read where needed only
        assert all(counts[kind][t] <= 1 for t in texts), (kind, counts[kind])
    assert counts["periods_in"][texts[0]] == 1  # the deadline and the funding period: one reading
