"""Funding rules of issue 20 (class 6): donor by role, kind by tense, one row per sum however many
currencies or restatements write it, per-year spreads, and amounts that are no party's money.
Invented sentences, each with a French twin."""

import datetime as dt

import pytest

from pipeline import vocab
from pipeline.extract.funding import extract_funding
from tests.conftest import segment_rows

EN, FR = "en", "fr"
DAY = dt.date(2024, 6, 1)


def _rows(text: str, language: str = EN, kind: str = "sentence") -> list[dict]:
    return extract_funding("d", DAY, text, segment_rows(text, kinds=(kind,)), language)


def _one(text: str, language: str = EN) -> dict:
    (row,) = _rows(text, language)
    return row


@pytest.mark.parametrize(
    ("text", "language", "donor"),
    [
        ("Belgium will receive €9 million from the United Kingdom for port scanners.", EN, "GB"),
        ("France will receive €9 million for port scanners, funded by the United Kingdom.", EN, "GB"),
        ("La France recevra 9 millions d'euros du Royaume-Uni pour des scanners.", FR, "GB"),
        ("France will match the British grant with €3 million for the same scanners.", EN, "FR"),
        ("La France complétera l'aide britannique par 3 millions d'euros pour ces scanners.", FR, "FR"),
        ("£4m for French gendarmes on the dunes will be released this autumn.", EN, "GB"),
        ("The Government has provided £40 million to France since 2022.", EN, "GB"),
        ("I am announcing today £6 million for reception centres.", EN, "GB"),
        ("The Prime Minister announced £25 million for coastal policing.", EN, "GB"),
        ("Le Premier ministre a annoncé 25 millions d'euros pour la police du littoral.", FR, "FR"),
    ],
)
def test_donor_is_the_giver_never_the_beneficiary(text: str, language: str, donor: str) -> None:
    row = _one(text, language)
    assert (row["donor"], row["recipient"]) == (donor, "FR" if donor == "GB" else "GB")


@pytest.mark.parametrize("language", [EN, FR])
def test_pronoun_subject_is_the_previous_donor(language: str) -> None:
    first, second = {
        EN: ("The United Kingdom will pay £2 million for drones.", "It will also fund £1 million of radars."),
        FR: (
            "Le Royaume-Uni versera 2 millions d'euros pour des drones.",
            "Il financera aussi 1 million d'euros de radars.",
        ),
    }[language]
    text = f"{first} {second}"
    segments = segment_rows(first, second)
    rows = extract_funding("d", DAY, text, segments, language)
    assert [r["donor"] for r in rows] == ["GB", "GB"]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("A further €3 million was paid in 2022 for the new fence.", EN, "disbursed"),
        ("By March, £1.2 million had been spent or committed on dog teams.", EN, "disbursed"),
        ("The UK has provided £8 million for patrols.", EN, "disbursed"),
        ("The UK has pledged £8 million for patrols.", EN, "pledge"),
        ("The UK will provide £8 million for patrols.", EN, "pledge"),
        ("En 2022, 3 millions d'euros ont été versés par le Royaume-Uni pour la clôture.", FR, "disbursed"),
        ("Le Royaume-Uni a fourni 8 millions d'euros pour les patrouilles.", FR, "disbursed"),
        ("Le Royaume-Uni fournira 8 millions d'euros pour les patrouilles.", FR, "pledge"),
        # a fronted adverbial of past time governs the sentence's sum when nothing promises it
        ("Depuis 2009, la contribution britannique aux clôtures s’élève à 15 M€.", FR, "disbursed"),
        ("Since 2015, the British contribution to the fences amounts to £15 million.", EN, "disbursed"),
    ],
)
def test_kind_by_tense(text: str, language: str, kind: str) -> None:
    assert _one(text, language)["kind"] == kind


def test_year_labelled_data_line_is_a_row_and_past_money_is_disbursed() -> None:
    (row,) = _rows("2019: £15 million (fencing and lighting at Coquelles)", EN, kind="list_item")
    assert (row["amount"], row["kind"], row["purpose"]) == (
        15_000_000,
        "disbursed",
        "fencing and lighting at Coquelles",
    )
    (row,) = _rows("2019 : 15 millions d'euros (clôtures à Coquelles)", FR, kind="list_item")
    assert (row["amount"], row["kind"]) == (15_000_000, "disbursed")


@pytest.mark.parametrize(
    ("text", "language", "alt"),
    [
        ("The UK will give £2 million (about €2.3 million) for boats.", EN, (2_300_000, "EUR")),
        ("The UK will give £2 million (€2.3 million, US$2.5 million) for boats.", EN, (2_300_000, "EUR")),
        (
            "Le Royaume-Uni versera 2 millions de livres (environ 2,3 millions d'euros) pour des bateaux.",
            FR,
            (2_300_000, "EUR"),
        ),
    ],
)
def test_hedged_or_multi_currency_parallel_figure_is_one_row(text: str, language: str, alt: tuple) -> None:
    row = _one(text, language)
    assert (row["amount"], row["currency"], (row["alt_amount"], row["alt_currency"])) == (
        2_000_000,
        "GBP",
        alt,
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The UK will pay €3 million per year over three years, i.e. €9 million in total, for the fund.", EN),
        ("Le Royaume-Uni versera 3 M€ par an sur trois ans, soit 9 M€ au total, pour le fonds.", FR),
    ],
)
def test_restated_total_is_the_rows_total_not_a_row(text: str, language: str) -> None:
    row = _one(text, language)
    assert (row["amount"], row["per_year"], row["years"], row["total_amount"]) == (
        3_000_000,
        True,
        3,
        9_000_000,
    )


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("France will give €1 million annually for the next five years to the fund.", EN, 5),
        ("La France versera 1 million d'euros par an pendant les cinq prochaines années au fonds.", FR, 5),
        (
            "The UK will provide £4 million for each of the financial years 2025/26, 2026/27 and 2027/28.",
            EN,
            3,
        ),
        ("Le Royaume-Uni versera 4 millions de livres pour chacune des années 2025, 2026 et 2027.", FR, 3),
    ],
)
def test_per_year_for_the_next_years_or_each_listed_year(text: str, language: str, years: int) -> None:
    row = _one(text, language)
    assert (row["per_year"], row["years"], row["total_amount"]) == (True, years, row["amount"] * years)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The new scanners should save the taxpayer £12 million a year.", EN),
        ("Les nouveaux scanners devraient économiser 12 millions d'euros par an.", FR),
        ("Queues at the border cost hauliers £2 million a day.", EN),
        ("Les files d'attente coûtent 2 millions d'euros aux transporteurs.", FR),
        ("Officers on the coast get an allowance of €45 per day.", EN),
        ("Les agents perçoivent une indemnité de 45 euros par jour.", FR),
        ("Migrants are asked for £2,000 each for a seat in a dinghy.", EN),
        ("Les passeurs réclament 2 000 euros par personne.", FR),
        # what a thing costs, what crime earns, a body's standing budget: no word gives the money
        ("The cost of a mobile scanner is about €1.8 million.", EN),
        ("Le coût d'une opération de Frontex a atteint 28 millions d'euros en 2009.", FR),
        ("Smuggling gangs earned an estimated £60 million from the trade in 2010.", EN),
        ("The agency's annual budget is €845 million.", EN),
        ("Le budget annuel de l'agence est de 845 millions d'euros.", FR),
    ],
)
def test_savings_costs_allowances_and_prices_are_not_funding(text: str, language: str) -> None:
    assert _rows(text, language) == []


@pytest.mark.parametrize("language", [EN, FR])
@pytest.mark.parametrize("space", ["\u202f", "\u00a0", "\u2009", " "])
def test_amount_grouped_by_spaces_reads_whole(language: str, space: str) -> None:
    text = {
        EN: "The UK will pay £2{s}345{s}678 for cameras.",
        FR: "Le Royaume-Uni versera 2{s}345{s}678 € pour des caméras.",
    }
    assert _one(text[language].format(s=space), language)["amount"] == 2_345_678


@pytest.mark.parametrize(
    ("text", "language"), [("The model uses 10^6 euros.", EN), ("Le modèle suppose 10^6 euros.", FR)]
)
def test_a_power_of_ten_is_no_amount(text: str, language: str) -> None:
    assert _rows(text, language) == []


def test_money_vocabularies_have_the_same_keys() -> None:
    assert set(vocab.load_for("money", EN)) == set(vocab.load_for("money", FR))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The UK will meet the costs of £3 million for the fence.", EN),
        ("Le coût de 3 millions d'euros sera pris en charge par le Royaume-Uni.", FR),
        ("The UK will provide up to £3 million to save lives at sea.", EN),
    ],
)
def test_a_shared_cost_or_a_capped_grant_stays_funding(text: str, language: str) -> None:
    assert _one(text, language)["donor"] == "GB"


def test_an_amounts_clause_is_bounded_when_no_comma_ends_it():
    """A sentence of thousands of amounts joined by `and` has no comma to end a clause: each
    amount's clause stops ``MAX_CLAUSE_CHARS`` either side (scanning the whole sentence for each
    amount took the square of its length: 4,999 amounts, over a minute)."""
    from pipeline.extract.funding import MAX_CLAUSE_CHARS, _clause_around
    from pipeline.extract.money import find_money

    text = "The United Kingdom will provide " + " and ".join(f"£{i} million" for i in range(1, 3000)) + "."
    found = find_money(text, EN)
    assert len(found) == 2999
    middle = found[1500]
    clause = _clause_around(text, middle)
    assert text[middle.start : middle.end] in clause
    assert len(clause) <= 2 * MAX_CLAUSE_CHARS + (middle.end - middle.start) < len(text) // 10
    assert "provide" not in clause  # the sentence's start is far away
    assert (
        _clause_around(
            "It was paid, £5 million in 2019, by France.",
            find_money("It was paid, £5 million in 2019, by France.", EN)[0],
        )
        == " £5 million in 2019"
    )
    assert (
        len(_rows(" and ".join(f"£{i} million" for i in range(1, 40)).join(("The UK will provide ", "."))))
        == 39
    )


def test_each_amount_of_a_huge_sentence_quotes_a_bounded_window_around_itself():
    """Thousands of amounts in one sentence: each row quotes at most MAX_PASSAGE_CHARS of it, its
    amount included, at exact offsets (the whole sentence per row was output of its length squared)."""
    from pipeline.extract.passages import MAX_PASSAGE_CHARS

    text = "The United Kingdom will provide " + " and ".join(f"£{i} million" for i in range(1, 400)) + "."
    rows = _rows(text)
    assert len(rows) == 399
    for i, row in enumerate(rows, start=1):
        assert len(row["text"]) <= MAX_PASSAGE_CHARS
        assert text[row["char_start"] : row["char_end"]] == row["text"]
        assert f"£{i} million" in row["text"]
    assert len({r["funding_id"] for r in rows}) == 399
    longest = max(len(v) for r in rows for v in r.values() if isinstance(v, str))
    assert longest <= 2 * MAX_PASSAGE_CHARS  # no field (purpose, period) quotes the whole sentence


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("From 2016 to 2019 the UK paid an average of £7 million a year to the fund.", EN, 4),
        ("De 2016 à 2019, le Royaume-Uni a versé en moyenne 7 millions d'euros par an au fonds.", FR, 4),
        ("For the years 2026 and 2027, France will pay €3 million a year to the fund.", EN, 2),
        ("Pour les années 2026 et 2027, la France versera 3 millions d'euros par an au fonds.", FR, 2),
    ],
)
def test_yearly_sum_runs_over_the_span_of_years_its_sentence_names(
    text: str, language: str, years: int
) -> None:
    row = _one(text, language)
    assert (row["per_year"], row["years"], row["total_amount"]) == (True, years, row["amount"] * years)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The United Kingdom will give £6 million to the fund, with Belgium contributing €2 million.", EN),
        ("Le Royaume-Uni versera 6 millions de livres et la Belgique 2 millions d'euros au fonds.", FR),
    ],
)
def test_a_coordinated_second_amount_has_its_own_giver(text: str, language: str) -> None:
    assert [r["donor"] for r in _rows(text, language)] == ["GB", "BE"]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "La France versera 2 millions d'euros au programme de retours volontaires depuis Marseille.",
            FR,
            "pledge",
        ),
        (
            "France will pay €2 million to the voluntary return scheme run since 2019 from Marseille.",
            EN,
            "pledge",
        ),
        ("Depuis 2019, la France a versé 2 millions d'euros au programme.", FR, "disbursed"),
    ],
)
def test_a_past_marker_after_a_promised_amount_leaves_it_a_pledge(
    text: str, language: str, kind: str
) -> None:
    assert _one(text, language)["kind"] == kind


@pytest.mark.parametrize(
    "text, language",
    [
        ("Police also seized cars and flats owned by the gang members to a value of £2 million.", EN),
        (
            "La police a confisqué des voitures et des appartements des passeurs pour une valeur de 2 M€.",
            FR,
        ),
    ],
)
def test_seized_goods_valued_far_from_the_verb_are_not_funding(text: str, language: str) -> None:
    assert _rows(text, language) == []
