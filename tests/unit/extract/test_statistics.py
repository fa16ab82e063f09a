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


def stats_in(text: str, language: str, doc_date: dt.date = dt.date(2024, 6, 1)) -> list[tuple]:
    return [
        (s.value, s.unit, s.qualifier, s.direction) for s, _, _ in find_statistics(text, doc_date, language)
    ]


def test_grammar_words_are_per_language():
    """A report after a committing clause is a statistic in French as in English (clause links and
    finite verbs come from each language's vocabulary, not from Python)."""
    english = "The two countries will cooperate, and 500 migrants were returned in 2015."
    french = "Les deux pays coopéreront, et 500 migrants ont été renvoyés en 2015."
    assert stats_in(english, "en") == stats_in(french, "fr") == [(500, "people", "exact", "level")]


def test_vocabularies_have_the_same_keys():
    from pipeline import vocab

    for name in ("statistics", "numbers"):
        en, fr = vocab.load_for(name, "en"), vocab.load_for(name, "fr")
        assert set(en) == set(fr)
        assert set(en["metric"] if name == "statistics" else {}) == set(
            fr["metric"] if name == "statistics" else {}
        )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Since the start of 2019, both services have shared one register.", "en"),
        ("Depuis le début de 2019, les deux services partagent un registre.", "fr"),
    ],
)
def test_a_year_is_never_a_count(text, language):
    assert stats_in(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Seizures of engines are four times higher than in 2021.",
            "en",
            [(4, "factor", "exact", "increase")],
        ),
        (
            "Les saisies de moteurs sont quatre fois plus nombreuses qu'en 2021.",
            "fr",
            [(4, "factor", "exact", "increase")],
        ),
        ("Radar coverage has grown tenfold since 2020.", "en", [(10, "factor", "exact", "increase")]),
        ("Air patrols have increased a hundredfold.", "en", [(100, "factor", "exact", "increase")]),
        (
            "The number of checks was multiplied by 3.5 in a year.",
            "en",
            [(3.5, "factor", "exact", "increase")],
        ),
        (
            "Le nombre de contrôles a été multiplié par 3,5 en un an.",
            "fr",
            [(3.5, "factor", "exact", "increase")],
        ),
        # a factor measured against the thing's own size or number (`times its`, `times their`)
        (
            "The reception centre is now three times its size in 2019.",
            "en",
            [(3, "factor", "exact", "increase")],
        ),
    ],
)
def test_factors_around_a_figure(text, language, expected):
    assert stats_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Registered boats went from 300 in 2019 to 9,000 in 2022.",
            "en",
            [(300, "other", "exact", "level"), (9000, "other", "exact", "level")],
        ),
        (
            "The new radars have cut the number of landings by 35%.",
            "en",
            [(35, "percent", "exact", "decrease")],
        ),
        (
            "Les nouveaux radars ont réduit le nombre de débarquements de 35 %.",
            "fr",
            [(35, "percent", "exact", "decrease")],
        ),
        ("Landings recorded a fall of 12%.", "en", [(12, "percent", "exact", "decrease")]),
        ("Les débarquements enregistrent une baisse de 12 %.", "fr", [(12, "percent", "exact", "decrease")]),
        ("Moins de 8 % des bateaux atteignent la côte.", "fr", [(8, "percent", "less_than", "level")]),
    ],
)
def test_changes_and_their_direction(text, language, expected):
    assert stats_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Border guards intercepted 1,200 crossings at sea.", "en", "attempts"),
        ("Joint patrols helped, preventing 1,200 crossings at sea.", "en", "attempts"),
        ("Les gendarmes ont empêché 1 200 traversées en mer.", "fr", "attempts"),
        ("1,200 crossings took place in the spring.", "en", "people"),
        ("1 200 traversées ont eu lieu au printemps.", "fr", "people"),
    ],
)
def test_crossings_that_did_not_happen_are_attempts(text, language, unit):
    assert [row[1] for row in stats_in(text, language)] == [unit]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Officers seized 25 boats in May and nearly 70 in June.",
            "en",
            [(25, "other", "exact", "level"), (70, "other", "approximately", "level")],
        ),
        (
            "Les enquêteurs ont démantelé 8 réseaux en 2021 et 15 en 2022.",
            "fr",
            [(8, "networks", "exact", "level"), (15, "networks", "exact", "level")],
        ),
        ("500 places are open and 300 more will follow.", "en", [(500, "places", "exact", "level")]),
    ],
)
def test_elliptical_second_figure_takes_the_first_noun(text, language, expected):
    assert stats_in(text, language) == expected


def test_elliptical_metric_is_the_counted_noun():
    found = find_statistics("Officers seized 25 boats in May and nearly 70 in June.", dt.date(2024, 6, 1))
    assert [s.metric for s, _, _ in found] == ["boats", "boats"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The five victims were found near Dieppe.", "en", [(5, "people", "exact", "level")]),
        ("Les trois survivants ont été soignés à Calais.", "fr", [(3, "people", "exact", "level")]),
        ("The three ministers met in Lille.", "en", []),
        ("Six countries signed the text.", "en", []),
        ("Les deux pays ont signé le texte.", "fr", []),
    ],
)
def test_determiner_and_number_word(text, language, expected):
    assert stats_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly 300 facilitators were identified.", [(300, "people", "approximately", "level")]),
        ("Over 90 networks were disrupted.", [(90, "networks", "more_than", "level")]),
        ("The agency handled 7,300 reports in 2022.", [(7300, "other", "exact", "level")]),
    ],
)
def test_qualifiers_and_plain_plural_nouns(text, expected):
    assert stats_in(text, "en") == expected


def test_metric_is_a_bounded_noun_phrase():
    text = "Arrivals at the northern ports fell by 14% in the second half of the year."
    ((stat, _, _),) = find_statistics(text, dt.date(2024, 6, 1))
    assert stat.metric == "Arrivals at the northern ports"
    assert stat.metric != text


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u2007", "\u200a"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_unicode_spaces_separate_thousands(space, language):
    noun = {"en": "people", "fr": "personnes"}[language]
    found = stats_in(f"12{space}500 {noun}", language)
    assert found[0][0] == 12500


def test_huge_values_give_no_row():
    assert stats_in("99999999999999999999999 migrants arrived.", "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Around 2.4 million passengers were checked.", "en"),
        ("Environ 2,4 millions de passagers ont été contrôlés.", "fr"),
    ],
)
def test_a_scale_word_multiplies_its_figure(text, language):
    assert [row[0] for row in stats_in(text, language)] == [2_400_000]


def test_french_elliptical_figure_after_a_preposition():
    text = "Les gendarmes ont saisi 25 bateaux en mai et à près de 70 en juin."
    assert [row[:2] for row in stats_in(text, "fr")] == [(25, "other"), (70, "other")]


def test_subject_metric_ends_at_its_verb():
    found = find_statistics("The number of removals has climbed from 900 to 1,400.", dt.date(2024, 6, 1))
    assert [s.metric for s, _, _ in found] == ["removals", "removals"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("From the end of 2017 refugees have slept near the port.", "en", []),
        ("Depuis la fin de 2017 des réfugiés dorment près du port.", "fr", []),
        ("More than 2000 refugees slept near the port.", "en", [(2000, "people", "more_than", "level")]),
        ("Plus de 2000 réfugiés dorment près du port.", "fr", [(2000, "people", "more_than", "level")]),
    ],
)
def test_a_year_after_a_preposition_of_time_is_a_date(text, language, expected):
    assert stats_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The action plan contains 14 measures.", "en"),
        ("Le plan d'action comporte 14 mesures.", "fr"),
        ("Over 3 decades the port has grown.", "en"),
    ],
)
def test_plural_nouns_of_structure_and_duration_count_nothing(text, language):
    assert stats_in(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Detected landings have nearly halved.", "en", [(0.5, "factor", "approximately", "decrease")]),
        ("Le nombre de patrouilles a décuplé.", "fr", [(10, "factor", "exact", "increase")]),
        ("Officers logged 900 attempted crossings.", "en", [(900, "attempts", "exact", "level")]),
    ],
)
def test_multipliers_qualifiers_and_attempted_crossings(text, language, expected):
    assert stats_in(text, language) == expected


def test_metric_of_a_multiplier_with_nothing_after_is_its_subject():
    ((stat, _, _),) = find_statistics("The use of thermal cameras has doubled.", dt.date(2024, 6, 1))
    assert stat.metric == "use of thermal cameras"


def test_range_shares_the_noun_of_its_second_figure():
    found = find_statistics("Between 150 and 200 migrants were moved.", dt.date(2024, 6, 1))
    assert [(s.value, s.unit, s.metric) for s, _, _ in found] == [
        (150, "people", "migrants moved"),
        (200, "people", "migrants moved"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Two hundred and forty officers arrived.", "en", 240),
        ("Vingt et un policiers sont arrivés.", "fr", 21),
    ],
)
def test_number_words_join_with_the_language_link(text, language, value):
    assert [row[0] for row in stats_in(text, language)] == [value]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officers seized 20 boats in 2021, 35 in 2022 and over 50 in 2023.", "en"),
        ("Les policiers ont saisi 20 bateaux en 2021, 35 en 2022 et plus de 50 en 2023.", "fr"),
    ],
)
def test_a_list_of_elliptical_figures(text, language):
    assert [row[:3] for row in stats_in(text, language)] == [
        (20, "other", "exact"),
        (35, "other", "exact"),
        (50, "other", "more_than"),
    ]


def test_a_figure_after_a_comma_with_more_than_a_period_is_no_ellipsis():
    assert [row[0] for row in stats_in("Officers seized 20 boats in 2021, 3 near Calais.", "en")] == [20]


def test_a_space_never_joins_a_year_to_the_next_figure():
    """A separator groups three digits after one to three: `2015 500` is a year and a count."""
    assert stats_in("In 2015\u202f500 people were moved.", "en") == [(500, "people", "exact", "level")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Des centaines de familles dorment dehors.", "fr", []),
        ("Hundreds of families sleep outside.", "en", []),
        ("Une dizaine de passeurs ont été interpellés.", "fr", [(10, "people", "approximately", "level")]),
    ],
)
def test_vague_plural_number_nouns_state_no_figure(text, language, expected):
    assert stats_in(text, language) == expected


def test_each_figure_of_a_huge_sentence_quotes_a_bounded_window_and_no_field_is_the_sentence():
    from pipeline.extract.passages import MAX_PASSAGE_CHARS
    from pipeline.extract.statistics import extract_statistics
    from tests.conftest import segment_rows

    text = "In 2023, " + " and ".join(f"{i} people" for i in range(1, 400)) + " were returned to France."
    rows = extract_statistics("d", dt.date(2024, 1, 1), text, segment_rows(text), set(), "en")
    assert len(rows) > 300
    for row in rows:
        assert text[row["char_start"] : row["char_end"]] == row["text"]
        assert row["figure_text"] in row["text"]
    longest = max(len(v) for r in rows for v in r.values() if isinstance(v, str))
    assert longest <= 2 * MAX_PASSAGE_CHARS


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a counted noun after one modifier word (a compound noun that no unit names)
        (
            "Customs officers seized 40 mobile phones and 12 satellite phones.",
            "en",
            [(40, "other", "exact", "level"), (12, "other", "exact", "level")],
        ),
        ("It took 20 working days.", "en", []),
        ("200 were accepted under the rules.", "en", []),
        (
            "Six smugglers were sentenced to a total of 40 years.",
            "en",
            [(6, "people", "exact", "level"), (40, "other", "exact", "level")],
        ),
        # a change's figure after `an average of`
        (
            "The number of migrants held in each camp fell from an average of 80 in 2020 to 45 in 2023.",
            "en",
            [(80, "people", "exact", "level"), (45, "people", "exact", "level")],
        ),
        # detections, like interceptions, are intercepted crossings: attempts
        (
            "Detections of stowaways at the port rose from 300 in 2019 to 450 in 2020.",
            "en",
            [(300, "attempts", "exact", "level"), (450, "attempts", "exact", "level")],
        ),
        # an elliptical figure ended by an adverb of time
        (
            "Police made 40 arrests in 2023 and 25 so far.",
            "en",
            [(40, "people", "exact", "level"), (25, "people", "exact", "level")],
        ),
        (
            "La police a interpellé 40 passeurs en 2023 et 25 depuis le début de l'année.",
            "fr",
            [(40, "people", "exact", "level"), (25, "people", "exact", "level")],
        ),
    ],
)
def test_nouns_further_on(text, language, expected):
    assert stats_in(text, language) == expected


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        (
            ["Last year 300 networks were dismantled.", "Of these, almost 40 were Albanian."],
            "en",
            [(300, "networks"), (40, "networks")],
        ),
        (
            ["L'an dernier, 300 familles ont été relogées.", "Parmi elles, plus de 40 ont obtenu l'asile."],
            "fr",
            [(300, "people"), (40, "people")],
        ),
        # no partitive opening: a bare figure counts nothing
        (["Last year 300 networks were dismantled.", "In all, 40 were Albanian."], "en", [(300, "networks")]),
    ],
)
def test_partitive_opening_counts_what_the_sentence_before_counted(sentences, language, expected):
    from pipeline.extract.statistics import extract_statistics

    text = " ".join(sentences)
    segments, at = [], 0
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, at)
        segments.append(
            {"seg": i, "kind": "sentence", "text": sentence, "start": start, "end": start + len(sentence)}
        )
        at = start + len(sentence)
    rows = extract_statistics("d", dt.date(2024, 6, 1), text, segments, language=language)
    assert [(r["value"], r["unit"]) for r in rows] == expected
