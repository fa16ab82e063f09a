import datetime as dt

import pandas as pd
import pytest

from pipeline.extract.funding import extract_funding, gbp_per_eur
from pipeline.extract.money import find_money, parallel_figure
from pipeline.text.normalise import normalise


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a further investment of €62.7 million in 21/22", 62_700_000, "EUR"),
        ("the UK has contributed £63m towards", 63_000_000, "GBP"),
        ("a contribution of € 5 million funding", 5_000_000, "EUR"),
        ("EUR 5m for the port", 5_000_000, "EUR"),
        ("announcing today €22m for Calais", 22_000_000, "EUR"),
        ("some 3,500,000 euros were spent", 3_500_000, "EUR"),
        ("USD 2.5bn in total", 2_500_000_000, "USD"),
    ],
)
def test_money_in_every_written_form(text, amount, currency):
    (m,) = find_money(text)
    assert (m.amount, m.currency) == (amount, currency)
    assert text[m.start : m.end] == m.text


def test_latex_euro_sign_after_normalisation():
    text = normalise("a British contribution of $\\notin$ 5 million funding (£4m) per year").text
    found = find_money(text)
    assert [(m.amount, m.currency) for m in found] == [(5_000_000, "EUR"), (4_000_000, "GBP")]
    assert parallel_figure(text, found[0], found) == found[1]


def _segment(text: str) -> list[dict]:
    return [{"seg": 0, "kind": "sentence", "start": 0, "end": len(text), "text": text, "lead_in": None}]


def test_per_year_for_three_years_with_parallel_figure():
    text = (
        "Firstly, the two ministers agree on the creation of a joint intervention fund, including a British "
        "contribution of €5 million funding (£4m) per year for three years to:"
    )
    (row,) = extract_funding("d", dt.date(2014, 9, 20), text, _segment(text))
    assert (row["amount"], row["alt_amount"], row["alt_currency"]) == (5_000_000, 4_000_000, "GBP")
    assert (row["per_year"], row["years"], row["total_amount"]) == (True, 3, 15_000_000)
    assert (row["amount_gbp"], row["amount_eur"], row["fx_source"]) == (12_000_000, 15_000_000, "text")
    assert (row["donor"], row["kind"]) == ("GB", "pledge")


def test_disbursed_money_and_rate_table_conversion():
    text = "the UK has contributed £63m towards securing the Port and the Tunnel in the last year."
    (row,) = extract_funding("d", dt.date(2016, 3, 3), text, _segment(text))
    assert (row["kind"], row["donor"], row["per_year"], row["years"]) == ("disbursed", "GB", False, 1)
    rate, source = gbp_per_eur(2016)
    assert row["amount_eur"] == pytest.approx(63_000_000 / rate, abs=0.01)
    assert "ECB" in source and "2016" in row["fx_source"]


def test_financial_year_sets_period_and_rate_year():
    text = (
        "The UK has pledged to make a further financial investment of €62.7 million in 21/22 to help France."
    )
    (row,) = extract_funding("d", dt.date(2021, 7, 20), text, _segment(text))
    assert (row["period_start"], row["period_end"]) == (dt.date(2021, 4, 1), dt.date(2022, 3, 31))
    assert row["amount_gbp"] == pytest.approx(62_700_000 * gbp_per_eur(2021)[0], abs=0.01)
    assert (row["donor"], row["recipient"], row["kind"]) == ("GB", "FR", "pledge")


def test_rate_outside_the_table_uses_the_nearest_year():
    assert gbp_per_eur(1990) == gbp_per_eur(2009)
    assert gbp_per_eur(2100) == gbp_per_eur(2024)


@pytest.mark.parametrize(
    ("text", "language", "amounts"),
    [
        ("grants of £1\u202f250\u202f000 for ports", "en", [1_250_000]),
        ("grants of £1\u00a0250\u00a0000 for ports", "en", [1_250_000]),
        ("des subventions de 1\u2009250\u2009000 € pour les ports", "fr", [1_250_000]),
        ("an order of 10^6 pounds", "en", []),
        ("un ordre de 10^6 euros", "fr", []),
    ],
)
def test_space_grouped_digits_read_whole_and_a_power_is_no_amount(text, language, amounts):
    assert [m.amount for m in find_money(text, language)] == amounts


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        ("Switzerland will contribute CHF 5 million to the joint fund.", "en", 5_000_000, "CHF"),
        ("Norway pledged 20 million Norwegian kroner for reception.", "en", 20_000_000, "NOK"),
        ("a grant of 2 million Polish zlotys", "en", 2_000_000, "PLN"),
        ("La Suisse versera 3 millions de francs suisses.", "fr", 3_000_000, "CHF"),
        ("une aide de 10 millions de couronnes suédoises", "fr", 10_000_000, "SEK"),
    ],
)
def test_a_partner_state_currency_is_read_by_its_iso_code(text, language, amount, currency):
    (m,) = find_money(text, language)
    assert (m.amount, m.currency) == (amount, currency)


def test_a_bare_franc_is_no_currency_of_the_texts():
    """`francs` alone may be the French franc of a 2002 text: only the Swiss franc is named."""
    assert find_money("500 francs were paid before 2002.") == []


def test_a_currency_without_a_shipped_rate_keeps_its_amount_and_says_why():
    text = "Switzerland will contribute CHF 5 million to the joint fund in 2024."
    (row,) = extract_funding("d", dt.date(2024, 3, 1), text, _segment(text))
    assert (row["amount"], row["currency"], row["total_amount"]) == (5_000_000, "CHF", 5_000_000)
    assert pd.isna(row["amount_gbp"]) and pd.isna(row["amount_eur"])
    assert row["fx_source"].startswith("none: ") and "CHF" in row["fx_source"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The European Union will provide €20 million to Albania for reintegration.", "en"),
        ("L'Union européenne contribuera à hauteur de 3 millions d'euros au fonds commun.", "fr"),
    ],
)
def test_a_body_that_is_no_state_giving_the_money_is_the_donor(text, language):
    (row,) = extract_funding("d", dt.date(2020, 1, 1), text, _segment(text), language=language)
    assert row["donor"] == "European Union"


def test_a_body_named_after_the_giving_state_is_no_donor():
    text = "Under the EU programme, France will pay €3 million for reception."
    (row,) = extract_funding("d", dt.date(2020, 1, 1), text, _segment(text))
    assert row["donor"] == "FR"


def test_a_sum_with_a_parallel_figure_outside_gbp_and_eur_is_converted_by_its_own_currency():
    """`3 millions de francs suisses (environ 2,7 millions d'euros)`: the text gives no GBP figure, so
    the row's converted amounts say why they are empty instead of leaving one silently unset."""
    text = (
        "La Confédération contribuera à hauteur de 3 millions de francs suisses "
        "(environ 2,7 millions d'euros)."
    )
    (row,) = extract_funding("d", dt.date(2019, 11, 28), text, _segment(text), language="fr")
    assert (row["currency"], row["alt_currency"], row["alt_amount"]) == ("CHF", "EUR", 2_700_000)
    assert row["donor"] == "CH"  # Switzerland names itself the Confederation
    assert pd.isna(row["amount_gbp"]) and row["fx_source"].startswith("none: ")
