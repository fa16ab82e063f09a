import datetime as dt

import pytest

from pipeline.extract.statistics import find_statistics


def stats(text, doc_date=dt.date(2016, 3, 3)):
    return [(s.value, s.unit, s.qualifier, s.direction) for s, _, _ in find_statistics(text, doc_date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France has doubled the number of interceptions, preventing more than 7,500 people from going.",
            [(2, "factor", "exact", "increase"), (7500, "people", "more_than", "level")],
        ),
        ("thus saving twice as many lives as in 2020.", [(2, "factor", "exact", "increase")]),
        (
            "Two British liaison magistrates have been seconded, one of whom is in Calais.",
            [(2, "people", "exact", "level")],
        ),
        (
            "during the first half of 2010 there were 85% fewer attempts, and 54% fewer through the Tunnel.",
            [(85, "percent", "exact", "decrease"), (54, "percent", "exact", "decrease")],
        ),
        ("the number of attempts has reduced by 75%.", [(75, "percent", "exact", "decrease")]),
        (
            "leading to the dismantling of 28 networks in 2015 in Calais (14 in 2014).",
            [(28, "networks", "exact", "level"), (14, "networks", "exact", "level")],
        ),
        (
            "It has made available more than 2000 additional places in 102 reception and guidance centres.",
            [(2000, "places", "more_than", "increase"), (102, "centres", "exact", "level")],
        ),
        (
            "Thus, 1700 migrants were expelled from the French territory in 2015.",
            [(1700, "people", "exact", "level")],
        ),
        (
            "500 places are available and 500 more will be offered in the coming weeks.",
            [(500, "places", "exact", "level")],
        ),
    ],
)
def test_hard_cases(text, expected):
    assert stats(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Ministerial G6 meeting organised at Varese on 28 May 2010.",
        "the principles underpinning the Dublin III Regulation",
        "a further financial investment of €62.7 million in 21/22",
        "the two ministers agree on increased efforts",
        "the DCPAF will send each month two officers to Folkestone",
        "UK-France Summit 2010 in London",
    ],
)
def test_not_statistics(text):
    assert stats(text) == []


def test_comparison_period_per_figure():
    found = find_statistics("28 networks in 2015 in Calais (14 in 2014).", dt.date(2016, 3, 3))
    assert [p.text for _, p, _ in found] == ["in 2015", "in 2014"]
