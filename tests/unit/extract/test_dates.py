import datetime as dt

import pytest

from pipeline.extract.dates import find_deadline, find_periods

D2014 = dt.date(2014, 9, 20)


@pytest.mark.parametrize(
    ("text", "doc_date", "phrase", "last"),
    [
        (
            "to be completed by March 2011, and by the next UK-France summit.",
            D2014,
            "by March 2011",
            "2011-03-31",
        ),
        ("These measures should be worked out before the end of the year.", D2014, None, "2014-12-31"),
        ("France and the United Kingdom will pursue their efforts in 2016.", D2014, "in 2016", "2016-12-31"),
        ("Information campaigns will begin in October.", D2014, "in October", "2014-10-31"),
        ("Campaigns will begin in March.", D2014, "in March", "2015-03-31"),
        ("an investment of €62.7 million in 21/22 to help France", D2014, "in 21/22", "2022-03-31"),
        ("an investment in 2021/22 to help", D2014, "in 2021/22", "2022-03-31"),
    ],
)
def test_deadline_resolves_to_last_day(text, doc_date, phrase, last):
    deadline = find_deadline(text, doc_date)
    assert deadline is not None and deadline.last == dt.date.fromisoformat(last)
    if phrase:
        assert deadline.text == phrase


def test_relative_anchor_keeps_text_without_date():
    deadline = find_deadline("in order to conclude, by the next UK-France summit, an agreement", D2014)
    assert deadline.text == "by the next UK-France summit" and deadline.last is None


def test_reference_to_a_past_date_is_no_deadline():
    assert find_deadline("they recall their commitments of 2 November 2015 on cooperation", D2014) is None


def test_financial_year_period_spans_april_to_march():
    (p,) = find_periods("in 21/22", D2014)
    assert (p.first, p.last) == (dt.date(2021, 4, 1), dt.date(2022, 3, 31))


def test_periods_of_statistics():
    spans = {
        p.text: (p.first, p.last)
        for p in find_periods(
            "between January and September 2010; during the first half of 2010; "
            "since the beginning of the year",
            dt.date(2010, 7, 13),
        )
    }
    assert spans["between January and September 2010"] == (dt.date(2010, 1, 1), dt.date(2010, 9, 30))
    assert spans["during the first half of 2010"] == (dt.date(2010, 1, 1), dt.date(2010, 6, 30))
    assert spans["since the beginning of the year"] == (dt.date(2010, 1, 1), dt.date(2010, 7, 13))


def test_labels_that_are_not_financial_years_are_ignored():
    assert find_periods("a ratio of 21/30", D2014) == []
