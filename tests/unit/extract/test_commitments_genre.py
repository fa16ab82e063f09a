"""Issue 20 classes 1-4: uncued lead-ins, a treaty's present of obligation, commitments as nouns,
and themes from the main action (invented sentences, each with a French twin)."""

import datetime as dt

import pytest

from pipeline.extract.commitments import extract_commitments, operative_start, present_obligation, theme_of
from pipeline.extract.cues import is_committing

DAY = dt.date(2024, 1, 10)


def doc(*parts: tuple[str, str, int | None]) -> tuple[str, list[dict]]:
    """Segments laid out one per line, with offsets into the joined text."""
    segments, text = [], ""
    for i, (kind, body, lead_in) in enumerate(parts):
        segments.append(
            {
                "seg": i,
                "kind": kind,
                "start": len(text),
                "end": len(text) + len(body),
                "text": body,
                "lead_in": lead_in,
            }
        )
        text += body + "\n"
    return text, segments


def rows_of(language: str, *parts: tuple[str, str, int | None]) -> list[tuple[str, str, str]]:
    text, segments = doc(*parts)
    return [
        (r["text"], r["actor"], r["modality"])
        for r in extract_commitments("d", DAY, text, segments, language)
    ]


@pytest.mark.parametrize(
    ("language", "committing", "lead", "items"),
    [
        (
            "en",
            "France will open a new maritime coordination post in Calais.",
            "Its three missions are:",
            ["guiding rescue boats at night;", "keeping a log of sightings."],
        ),
        (
            "fr",
            "La France ouvrira un nouveau poste de coordination maritime à Calais.",
            "Ses trois missions sont :",
            ["guider les bateaux de secours la nuit ;", "tenir un registre des observations."],
        ),
    ],
)
def test_items_of_an_uncued_lead_in_after_a_committing_sentence_are_its_commitments(
    language: str, committing: str, lead: str, items: list[str]
) -> None:
    rows = rows_of(
        language,
        ("sentence", committing, None),
        ("sentence", lead, None),
        *(("list_item", i, 1) for i in items),
    )
    assert rows == [(committing, "FR", "will"), *((i, "FR", "will") for i in items)]


@pytest.mark.parametrize(
    ("language", "before", "lead", "item"),
    [
        ("en", "The ministers looked at the coast.", "The main tasks they saw were:", "clearing the dunes;"),
        ("fr", "Les ministres ont examiné la côte.", "Les tâches relevées étaient :", "nettoyer les dunes ;"),
    ],
)
def test_an_uncued_lead_in_after_a_descriptive_sentence_gives_no_rows(
    language: str, before: str, lead: str, item: str
) -> None:
    assert (
        rows_of(language, ("sentence", before, None), ("sentence", lead, None), ("list_item", item, 1)) == []
    )


@pytest.mark.parametrize(
    ("language", "lead", "item"),
    [
        ("en", "Since March, the following measures have been delivered:", "a new radar at Gravelines;"),
        ("fr", "Depuis mars, les mesures suivantes ont été réalisées :", "un nouveau radar à Gravelines ;"),
    ],
)
def test_a_lead_in_reporting_the_past_gives_no_commitments(language: str, lead: str, item: str) -> None:
    assert rows_of(language, ("sentence", lead, None), ("list_item", item, 0)) == []


@pytest.mark.parametrize(
    ("language", "heading", "lead", "items", "expected"),
    [
        (
            "en",
            "Article 2",
            "The Parties agree as follows:",
            [
                "the United Kingdom funds a mobile team to assist the French police;",
                "the Parties share flight logs.",
            ],
            ["GB", "GB;FR"],
        ),
        (
            "fr",
            "Article 2",
            "Les Parties conviennent de ce qui suit :",
            ["la France affecte des gendarmes aux ports ;", "les Parties partagent les relevés de vol."],
            ["FR", "GB;FR"],
        ),
    ],
)
def test_items_of_agree_as_follows_are_agreed_by_their_subject(
    language: str, heading: str, lead: str, items: list[str], expected: list[str]
) -> None:
    rows = rows_of(
        language, ("heading", heading, None), ("sentence", lead, None), *(("list_item", i, 1) for i in items)
    )
    assert rows == [(i, a, "agree") for i, a in zip(items, expected, strict=True)]


@pytest.mark.parametrize(
    ("language", "obligations", "permissions"),
    [
        (
            "en",
            [
                ("The United Kingdom pays the rent of the liaison office.", "GB"),
                ("France provides two patrol vessels.", "FR"),
                ("The running costs are met by the United Kingdom.", "GB"),
            ],
            ["France may ask for further officers.", "The United Kingdom provided a boat in 2020."],
        ),
        (
            "fr",
            [
                ("Le Royaume-Uni paie le loyer du bureau de liaison.", "GB"),
                ("La France fournit deux navires de patrouille.", "FR"),
                ("Les frais de fonctionnement sont pris en charge par le Royaume-Uni.", "GB"),
            ],
            [
                "La France peut demander des officiers supplémentaires.",
                "Le Royaume-Uni fournissait un bateau.",
            ],
        ),
    ],
)
def test_a_treaty_present_is_an_obligation_and_may_is_not(
    language: str, obligations: list[tuple[str, str]], permissions: list[str]
) -> None:
    parts = [("heading", "Article 4", None)]
    parts += [("sentence", t, None) for t, _ in obligations] + [("sentence", t, None) for t in permissions]
    assert rows_of(language, *parts) == [(t, a, "will") for t, a in obligations]


def test_the_present_is_no_obligation_outside_a_treaty() -> None:
    assert rows_of("en", ("sentence", "France provides two patrol vessels.", None)) == []
    assert present_obligation("Agreement between the Government of France and the United Kingdom") is None


def test_a_treaty_is_told_by_its_article_headings() -> None:
    _, segments = doc(("heading", "Article 12", None), ("sentence", "The Parties cooperate.", None))
    assert operative_start(segments) is not None
    assert operative_start([{**segments[0], "text": "Article premier"}], "fr") is not None
    assert operative_start([{**segments[0], "text": "Articles of interest"}]) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ministers expressed their firm commitment to faster returns."),
        ("en", "Both sides share a joint commitment to protecting children."),
        ("en", "The two ministers share an unwavering commitment to ending the crossings."),
        ("en", "The Minister endorsed both governments’ commitment to joint training."),
        ("fr", "Les ministres expriment leur ferme engagement en faveur des retours."),
        ("fr", "Le Royaume-Uni confirme son engagement à financer des caméras."),
        ("fr", "La France accepte de prolonger les patrouilles."),
    ],
)
def test_commitments_as_nouns_are_cues(language: str, text: str) -> None:
    assert is_committing(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "As nations committed to open trade, the leaders met in Lille."),
        ("en", "The funds committed to the harbour scheme in 2021 were all used."),
        ("en", "The leaders praised the commitment of the lifeboat crews."),
        ("en", "By March, £3 million had been spent on or committed to new radars."),
        ("fr", "En tant que nations attachées au libre-échange, les dirigeants se sont réunis."),
        ("fr", "Les crédits engagés en 2021 ont été consommés."),
    ],
)
def test_committed_as_a_value_or_money_spent_is_no_commitment(language: str, text: str) -> None:
    assert not is_committing(text, language)


@pytest.mark.parametrize(
    ("language", "text", "theme"),
    [
        (
            "en",
            "France will build new fences at the port, which gangs have used to hide migrants.",
            "border_security",
        ),
        ("fr", "La France construira des clôtures au port, dont les passeurs se servent.", "border_security"),
        ("en", "The two countries will deepen co-operation on asylum casework.", "asylum"),
        ("en", "The coastguard will watch the crossing route at night.", "border_security"),
        ("en", "The United Kingdom will cover the costs of the vans, which will carry patrols.", "funding"),
        (
            "fr",
            "Le Royaume-Uni remboursera les frais des fourgons qui transportent les patrouilles.",
            "funding",
        ),
        ("en", "The minister will report to Parliament on the plan every quarter.", "governance"),
        ("en", "A joint unit will fight document fraud at the ferry terminals.", "policing_intelligence"),
        (
            "en",
            "Both governments will amend the criminal code to punish the sale of engines.",
            "legal_framework",
        ),
        ("fr", "Le gouvernement modifiera le code pénal pour punir la vente de moteurs.", "legal_framework"),
    ],
)
def test_the_theme_comes_from_the_main_action(language: str, text: str, theme: str) -> None:
    assert theme_of(text, (), language) == theme


def test_a_text_naming_itself_carries_no_theme() -> None:
    assert theme_of("The Parties meet each year under this Agreement.") == "governance"
    assert (
        theme_of("Les Parties se réunissent chaque année en application du présent accord.", (), "fr")
        == "governance"
    )
    assert theme_of("The Parties will negotiate a new agreement.") == "legal_framework"


@pytest.mark.parametrize(
    ("language", "text", "theme"),
    [
        ("en", "The radar masts at the harbour will be paid for by France.", "funding"),
        ("fr", "La France s'engage à financer la sécurisation des quais du port.", "funding"),
        ("en", "The Parties will evaluate the results of the beach patrols.", "governance"),
        ("en", "France will lend Belgium two radar vans for the coast road.", "border_security"),
        (
            "fr",
            "La France prêtera à la Belgique deux fourgons radar pour la route côtière.",
            "border_security",
        ),
    ],
)
def test_the_action_right_after_the_cue_weighs_more_than_its_objects(
    language: str, text: str, theme: str
) -> None:
    assert theme_of(text, (), language) == theme


@pytest.mark.parametrize(
    ("language", "text", "committing"),
    [
        ("en", "The minister announced £4 million for new shelters.", True),
        ("en", "We are also announcing today €2 million for the mobile units.", True),
        ("en", "The police announced 40 arrests.", False),
        ("fr", "Le ministre annonce également 4 millions d'euros pour de nouveaux abris.", True),
        ("fr", "La police a annoncé 40 interpellations.", False),
    ],
)
def test_announcing_new_money_is_a_pledge_and_announcing_a_count_is_not(
    language: str, text: str, committing: bool
) -> None:
    assert is_committing(text, language) is committing


@pytest.mark.parametrize(
    "text",
    [
        "Both the Home Secretary and the Interior Minister agreed to meet monthly.",
        "The Home Secretary and Mr Laurent reaffirmed their shared commitment to faster returns.",
    ],
)
def test_a_coordinated_or_shared_subject_is_every_party(text: str) -> None:
    assert [actor for _, actor, _ in rows_of("en", ("sentence", text, None))] == ["GB;FR"]
