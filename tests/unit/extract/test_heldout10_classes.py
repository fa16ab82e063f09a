"""Classes of error found on held-out set 10 (#20, studied in sessions 13 and 14 after set 11, then
set 12, was written),
each mended as a rule of the language or the genre and tested on invented sentences, never on a
held-out one, in English and French."""

from dataclasses import asdict

import pytest

from pipeline.extract.commitments import extract_commitments
from pipeline.extract.dates import find_deadline
from pipeline.extract.funding import extract_funding
from pipeline.extract.parties import document_context, voice_of
from pipeline.extract.statistics import extract_statistics
from pipeline.text.normalise import normalise
from pipeline.text.segment import segment
from tests.conftest import CLASS_DAY, segment_rows

EN, FR = "en", "fr"


@pytest.mark.parametrize(
    ("header", "language", "parties", "voice"),
    [
        # a state's adjective before a capitalised office names who writes
        (
            ["Letter from the Spanish Minister of the Interior to the Home Secretary", "Madrid, 3 May 2022"],
            EN,
            "GB;ES",
            "ES",
        ),
        # Germany's federal offices name no state
        (
            ["Interview with the Federal Minister of the Interior on smuggling", "Berlin, 4 May 2024"],
            EN,
            "GB;DE",
            "DE",
        ),
        (["Entretien avec le ministre fédéral de l'Intérieur", "Berlin, le 4 mai 2024"], FR, "FR;DE", "DE"),
        # a select committee's report speaks of its own Government
        (
            ["Home Affairs Committee: Border controls at the Belgian ports", "London, 3 May 2011"],
            EN,
            "GB;BE",
            "GB",
        ),
    ],
)
def test_the_office_a_header_names_speaks(header, language, parties, voice) -> None:
    assert voice_of(header, language, parties) == voice


def test_a_capital_giving_money_is_its_state() -> None:
    text = "For 2026 alone, Madrid will transfer €12 million to the Moroccan authorities."
    with document_context("ES;MA", "MA"):
        rows = extract_funding("d", CLASS_DAY, text, segment_rows(text), EN)
    assert [(r["donor"], r["recipient"]) for r in rows] == [("ES", "MA")]


@pytest.mark.parametrize(
    ("text", "language", "parties", "voice", "actor"),
    [
        # a speaker's act done jointly or together is every party's
        (
            "We will jointly fund projects in Niger to create work for young people.",
            EN,
            "GB;ES",
            "GB",
            "GB;ES",
        ),
        ("We will also work together in the Sahel with the European Union.", EN, "GB;ES", "GB", "GB;ES"),
        ("Nous financerons ensemble deux centres d'accueil.", FR, "FR;ES", "FR", "FR;ES"),
        # a speaker's act alone stays the speaker's
        ("We will fund new patrol boats.", EN, "GB;ES", "GB", "GB"),
    ],
)
def test_a_speakers_joint_act_is_every_partys(text, language, parties, voice, actor) -> None:
    with document_context(parties, voice):
        rows = extract_commitments("d", CLASS_DAY, text, segment_rows(text), language)
    assert [r["actor"] for r in rows] == [actor]


@pytest.mark.parametrize(
    ("lead", "rows", "language", "parties", "expected"),
    [
        # an action plan's table under a committing lead-in: each row is an action, led by the
        # states its lead cell names, bounded by its deadline cell
        (
            "The three States will carry out these measures:",
            (
                "Measure A | Fit cameras at the ferry terminal | Lead: NL, GB | By: Q3 2031",
                "Measure B | Train harbour staff | Lead: Belgium | By: end of 2031",
            ),
            EN,
            "GB;BE;NL",
            [("GB;NL", "2031-09-30"), ("BE", "2031-12-31")],
        ),
        (
            "Les trois États mettront en œuvre les mesures suivantes :",
            ("Mesure 1 | Former les agents portuaires | Pilote : BE | Échéance : d'ici T2 2032",),
            FR,
            "FR;BE;NL",
            [("BE", "2032-06-30")],
        ),
    ],
)
def test_an_action_plans_rows_are_actions_of_their_lead_states(
    lead, rows, language, parties, expected
) -> None:
    segs = segment_rows(lead, *rows, kinds=("sentence",) + ("list_item",) * len(rows), lead_in=0)
    with document_context(parties):
        found = extract_commitments("d", CLASS_DAY, " ".join([lead, *rows]), segs, language)
    assert [(r["actor"], str(r["deadline_date"])) for r in found if r["lead_in"]] == expected


@pytest.mark.parametrize(
    ("text", "language", "last"),
    [
        ("Scanners will be fitted by Q2 2031.", EN, "2031-06-30"),
        ("The review will report in H1 2030.", EN, "2030-06-30"),
        ("Le centre ouvrira d'ici T4 2030.", FR, "2030-12-31"),
        ("Patrols will begin | By: end of November 2030", EN, "2030-11-30"),
        # a quarter's code with no year, or a fifth quarter, is no date
        ("Scanners will be fitted by Q5 2031.", EN, None),
    ],
)
def test_a_part_of_a_year_written_as_a_code_and_a_labelled_deadline_bound_the_action(
    text, language, last
) -> None:
    found = find_deadline(text, CLASS_DAY, language)
    assert (str(found.last) if found and found.last else None) == last


@pytest.mark.parametrize(
    ("text", "language", "parties", "amounts"),
    [
        # a party's spending on itself is no money given for the cooperation
        ("Last year Spain spent €40 million on reception centres across Spain.", EN, "GB;ES", []),
        ("Poland already spends €9 million a year on its eastern border guard.", EN, "GB;PL", []),
        ("Italy spent €3 million of its own funds on new fencing at Bari.", EN, "FR;IT", []),
        ("L'Espagne a consacré 12 millions d'euros à ses propres centres de rétention.", FR, "FR;ES", []),
        # spending on the other party's side, or a spender named after the amount, is funding
        ("The UK has spent £7 million on fencing at the port of Ostend.", EN, "GB;BE", [7_000_000.0]),
        (
            "This adds to the £3 million the UK has spent since 2020 on reintegration in Tirana.",
            EN,
            "GB;AL",
            [3_000_000.0],
        ),
        # what a migrant or a family pays smugglers is a price, not funding
        ("A Syrian family pays a smuggler up to £9,000 for a place in a lorry.", EN, "GB;FR", []),
        ("Chaque migrant verse environ 2 500 euros aux passeurs.", FR, "FR;BE", []),
        ("Une traversée coûterait entre 1 000 et 3 000 euros.", FR, "FR;BE", []),
    ],
)
def test_money_a_party_spends_on_itself_or_a_migrant_pays_is_no_funding(
    text, language, parties, amounts
) -> None:
    with document_context(parties):
        rows = extract_funding("d", CLASS_DAY, text, segment_rows(text), language)
    assert [r["amount"] for r in rows] == amounts


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [
        # `by a factor of N` is a factor, like `multiplied by N`
        (
            "Boardings were checked at Hull.",
            "Detections there were up by a factor of three in 2020.",
            EN,
            [(3.0, "factor", "increase")],
        ),
        # `N of whom` is a part of the count before it
        (
            "The camp was cleared.",
            "In all, 190 people were taken to reception centres, 64 of whom were minors.",
            EN,
            [(190.0, "people", "level"), (64.0, "people", "level")],
        ),
        # an elliptical list goes on after its link (`and the rest at ...`)
        (
            "In 2020, 8,000 stowaways were detected at the ports.",
            "Of these, 5,100 were found at Zeebrugge, 1,900 at Ostend and the rest at Antwerp.",
            EN,
            # stowaways detected before they crossed count attempts (guideline; set 20's study)
            [(8000.0, "attempts", "level"), (5100.0, "attempts", "level"), (1900.0, "attempts", "level")],
        ),
        # but `two and a half times` is no list of counts
        (
            "Arrivals were counted.",
            "Arrivals rose from 1,200 to 3,100, more than two and a half times the level of 2019.",
            EN,
            [(1200.0, "people", "level"), (3100.0, "people", "increase")],
        ),
    ],
)
def test_factors_parts_and_lists_of_counts(first, second, language, expected) -> None:
    text = f"{first} {second}"
    rows = extract_statistics("d", CLASS_DAY, text, segment_rows(first, second), language=language)
    assert [(r["value"], r["unit"], r["direction"]) for r in rows] == expected


def test_a_lead_in_after_a_heading_does_not_carry_the_last_sections_undertaking() -> None:
    raw = (
        "Circulaire relative aux ports du littoral\n\nParis, le 3 mars 2031\n\n"
        "Le ministre de l'Intérieur à Mesdames et Messieurs les préfets\n\n"
        "I. CONTEXTE\n\nLe Royaume-Uni s'est engagé à financer de nouveaux scanners.\n\n"
        "II. INSTRUCTIONS\n\nJ'attends de vous que vous mettiez en œuvre les mesures suivantes :\n"
        "– vous renforcerez les patrouilles sur les plages ;\n– vous installerez les scanners avant l'été."
    )
    n = normalise(raw)
    segs = [asdict(s) for s in segment(n.text, n.list_items, FR)]
    with document_context("GB;FR", "FR"):
        rows = extract_commitments("d", CLASS_DAY, n.text, segs, FR)
    assert [(r["actor"], r["text"][:20]) for r in rows] == [
        ("GB", "Le Royaume-Uni s'est"),
        ("FR", "vous renforcerez les"),
        ("FR", "vous installerez les"),
    ]
