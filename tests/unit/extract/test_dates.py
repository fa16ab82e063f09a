import datetime as dt

import pytest

from pipeline.extract.dates import find_deadline, find_periods
from tests.conftest import assert_grows_linearly

D2010 = dt.date(2010, 7, 13)
D2014 = dt.date(2014, 9, 20)


@pytest.mark.parametrize(
    ("text", "doc_date", "phrase", "last"),
    [
        (
            "to be completed by March 2011, and by the next UK-France summit.",
            D2010,
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


D_SPRING = dt.date(2023, 3, 14)
D_AUTUMN = dt.date(2023, 10, 9)


@pytest.mark.parametrize(
    ("text", "doc_date", "language", "phrase", "last"),
    [
        (
            "The ministers will sign the protocol before the summer.",
            D_SPRING,
            "en",
            "before the summer",
            "2023-05-31",
        ),
        (
            "The ministers will sign the protocol before the summer.",
            D_AUTUMN,
            "en",
            "before the summer",
            "2024-05-31",
        ),
        ("Patrols will be doubled this summer.", D_SPRING, "en", "this summer", "2023-08-31"),
        ("Drones will be delivered by the summer.", D_SPRING, "en", "by the summer", "2023-08-31"),
        ("A review will take place in the autumn.", D_SPRING, "en", "in the autumn", "2023-11-30"),
        ("A review will take place in the spring.", D_AUTUMN, "en", "in the spring", "2024-05-31"),
        (
            "The works will finish by the end of the winter.",
            D_AUTUMN,
            "en",
            "by the end of the winter",
            "2024-02-29",
        ),
        ("Les ministres signeront le protocole avant l'été.", D_SPRING, "fr", "avant l'été", "2023-05-31"),
        (
            "Les ministres se verront avant l'été prochain.",
            D_AUTUMN,
            "fr",
            "avant l'été prochain",
            "2024-05-31",
        ),
        ("Les drones seront livrés d'ici l'automne.", D_SPRING, "fr", "d'ici l'automne", "2023-11-30"),
        ("Un bilan sera dressé au printemps.", D_AUTUMN, "fr", "au printemps", "2024-05-31"),
        ("Les patrouilles seront doublées cet été.", D_SPRING, "fr", "cet été", "2023-08-31"),
    ],
)
def test_seasons_end_on_their_meteorological_last_day(text, doc_date, language, phrase, last):
    deadline = find_deadline(text, doc_date, language)
    assert (deadline.text, deadline.last) == (phrase, dt.date.fromisoformat(last))


@pytest.mark.parametrize(
    ("text", "language", "last"),
    [
        ("Funding will be paid in the next financial year.", "en", "2025-03-31"),
        ("Funding will be paid by the end of this financial year.", "en", "2024-03-31"),
        ("£2m will be paid in each of the financial years 2023/24 and 2024/25.", "en", "2025-03-31"),
        ("£2m will be paid over the financial years 2023-24 to 2025-26.", "en", "2026-03-31"),
        ("Les fonds seront versés au cours du prochain exercice budgétaire.", "fr", "2024-12-31"),
        ("Les fonds seront versés au titre de l'exercice budgétaire 2024.", "fr", "2024-12-31"),
    ],
)
def test_financial_years(text, language, last):
    """UK financial years run April to March; the French budget year is the calendar year."""
    deadline = find_deadline(text, D_AUTUMN, language)
    assert deadline is not None and deadline.last == dt.date.fromisoformat(last)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ministers will build on the plan adopted in March 2021.", "en"),
        ("The ministers will meet again in 2021.", "en"),
        ("Building on the patrols launched in May, the two countries will add drones.", "en"),
        ("The centre, which opened in December, will receive more staff.", "en"),
        ("Les ministres se réuniront de nouveau en 2021.", "fr"),
        ("Le centre, qui a ouvert en décembre, recevra plus de personnel.", "fr"),
    ],
)
def test_past_dates_and_past_clauses_are_no_deadline(text, language):
    """A date before the document's date, or in a clause that reports the past, bounds nothing."""
    assert find_deadline(text, D_AUTUMN, language) is None


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        ("The two services will share the data without delay.", "en", "without delay"),
        ("A new arrangement will be signed soon.", "en", "soon"),
        ("The camp will be cleared as soon as possible.", "en", "as soon as possible"),
        ("Les deux services partageront les données sans délai.", "fr", "sans délai"),
        ("Le camp sera évacué dès que possible.", "fr", "dès que possible"),
    ],
)
def test_urgency_keeps_its_text_without_date(text, language, phrase):
    deadline = find_deadline(text, D_AUTUMN, language)
    assert (deadline.text, deadline.last) == (phrase, None)


def test_an_anchor_wins_over_urgency_and_a_past_verb_with_to_stays_future():
    deadline = find_deadline("They will start talks, without delay, by the next summit.", D_AUTUMN)
    assert deadline.text == "by the next summit"
    assert find_deadline("The ministers agreed to meet again in December.", D_AUTUMN).text == "in December"
    assert (
        find_deadline("Les ministres ont décidé de se revoir en décembre.", D_AUTUMN, "fr").text
        == "en décembre"
    )


def test_impossible_dates_are_no_dates():
    assert find_deadline("The plan will be ready by 2020-13-45.", D_AUTUMN) is None
    assert find_deadline("The plan will be ready by 31 February.", D_AUTUMN).last is None
    assert find_deadline("Le plan sera prêt d'ici le 31 février.", D_AUTUMN, "fr").last is None


@pytest.mark.parametrize(
    ("text", "language", "phrase", "last"),
    [
        ("The new cameras will be installed at the end of March.", "en", "at the end of March", "2024-03-31"),
        ("The new cameras will be installed at the end of 2025.", "en", "at the end of 2025", "2025-12-31"),
        (
            "Les caméras seront installées à la fin du mois de mars.",
            "fr",
            "à la fin du mois de mars",
            "2024-03-31",
        ),
        ("Les caméras seront installées à la fin de l'année.", "fr", "à la fin de l'année", "2023-12-31"),
    ],
)
def test_at_the_end_of_bounds_an_action(text, language, phrase, last):
    deadline = find_deadline(text, D_AUTUMN, language)
    assert (deadline.text, deadline.last) == (phrase, dt.date.fromisoformat(last))


@pytest.mark.parametrize(
    ("phrase", "language"), [("it was in the summer ", "en"), ("il avait lieu avant l'été ", "fr")]
)
def test_many_periods_in_one_long_clause_are_judged_in_linear_time(phrase, language):
    assert_grows_linearly(lambda t: find_deadline(t, D_AUTUMN, language), lambda n: phrase * n, 400)
