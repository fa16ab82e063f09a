"""Extractors never crash and every row's text slices the document exactly, on arbitrary text."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.document import extract_document
from pipeline.text.normalise import normalise
from pipeline.text.segment import segment
from tests.conftest import examples

# Words that exercise the rules (cues, money, numbers, units, dates) mixed with arbitrary text.
VOCAB = [
    "We will:",
    "France",
    "the UK",
    "will",
    "agree to",
    "pledged",
    "€5 million",
    "(£4m)",
    "per year",
    "for three years",
    "more than",
    "7,500",
    "people",
    "85%",
    "fewer",
    "doubled",
    "twice as many",
    "Two",
    "networks",
    "in 2015",
    "(14 in 2014)",
    "by March 2011",
    "in 21/22",
    "before the end of the year",
    "G6",
    "Dublin III",
    "•",
    "-",
    "a.",
    "1.",
    ":",
    ";",
    ",",
    ".",
    "\n",
    "\n\n",
    "EUR 5m",
    "£63m",
    "places",
]
TEXT = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=12)), max_size=60).map(" ".join)


def _run(raw: str, doc_date: dt.date | None):
    n = normalise(raw)
    segments = [s.as_dict() for s in segment(n.text, n.list_items)]
    return n.text, extract_document("doc", doc_date, n.text, segments)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))))
def test_extractors_never_crash_and_offsets_slice_exactly(raw, doc_date):
    text, tables = _run(raw, doc_date)
    for name, rows in tables.items():
        ids = [
            r[{"commitments": "commitment_id", "funding": "funding_id", "statistics": "statistic_id"}[name]]
            for r in rows
        ]
        assert len(ids) == len(set(ids)), name
        for r in rows:
            assert text[r["char_start"] : r["char_end"]] == r["text"], name


@settings(max_examples=examples(50), deadline=None)
@given(TEXT)
def test_ids_do_not_depend_on_other_documents(raw):
    _, alone = _run(raw, dt.date(2016, 3, 3))
    _, again = _run(raw, dt.date(2016, 3, 3))
    assert alone == again


# French words that exercise the French rules, with the typography of the sources (no-break
# spaces before `:;?!` and inside numbers, « » quotes, `1er`).
VOCAB_FR = [
    "Les deux ministres s'engagent à :",
    "la France",
    "le Royaume-Uni",
    "renforceront",
    "décident de",
    "Les Parties coopèrent",
    "5 millions d'euros",
    "15 M€",
    "2,5 millions de livres",
    "par an pendant trois ans",
    "plus de",
    "340\u00a0000",
    "2.000",
    "migrants",
    "près de",
    "deux",
    "trois cents",
    "d'ici la fin de l'année",
    "avant le 31 juillet",
    "dès le mois de septembre",
    "« la jungle »",
    "\u00a0:",
    "1er",
    "M.",
    "Mme",
    "[...]",
    "-",
    ";",
    ".",
    "\n",
]
TEXT_FR = st.lists(st.one_of(st.sampled_from(VOCAB_FR), st.text(max_size=12)), max_size=60).map(" ".join)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT_FR, st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1))))
def test_french_extraction_never_crashes_and_offsets_slice_exactly(raw, doc_date):
    n = normalise(raw, "fr")
    segments = [s.as_dict() for s in segment(n.text, n.list_items, "fr")]
    tables = extract_document("doc", doc_date, n.text, segments, "fr")
    for rows in tables.values():
        for r in rows:
            assert n.text[r["char_start"] : r["char_end"]] == r["text"]


# Shortcuts that skip work must find exactly what the plain rule finds.
@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é1_ .,;-\n"), max_size=400), st.integers(1, 40))
def test_last_word_from_the_tail_is_the_whole_texts_last_word(body, tail):
    from pipeline.extract.passages import LAST_WORD, _last_word

    fast, plain = _last_word(body, tail), LAST_WORD.search(body)
    assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1)))


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([*VOCAB, "officers", "persons", "of whom", "years", "%", "-"]), max_size=12))
def test_unit_after_matches_trying_each_unit_noun_in_turn(words):
    from pipeline.extract.statistics import _unit_noun_re, _unit_nouns

    text = " ".join(words)
    nouns, units = _unit_noun_re("en")
    for at in range(len(text)):
        combined = nouns.match(text, at)
        one_by_one = next(((p.match(text, at), u) for p, u in _unit_nouns("en") if p.match(text, at)), None)
        assert (combined and (units[combined.lastindex - 1], combined.end())) == (
            one_by_one and (one_by_one[1], one_by_one[0].end())
        )
