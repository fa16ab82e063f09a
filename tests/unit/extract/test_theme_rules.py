"""Theme from the main action (#20): each class of theme error mended as a rule of the language,
tested on invented sentences (none from a development or held-out text), in English and French."""

import pytest

from pipeline.extract.commitments import theme_of

EN, FR = "en", "fr"


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        # a complementiser's clause holding the cue is the committing clause, not a relative clause
        (
            "The mayor has assured us that the town will open a night shelter for families.",
            EN,
            "reception_welfare",
        ),
        ("I can announce that the Home Office will publish the figures every month.", EN, "governance"),
        # a pronoun opening the sentence is a determiner, not a relative clause
        ("That grant will fund new medical tents at the camp.", EN, "funding"),
        # a true relative clause still counts less than the main action
        (
            "Both countries will install cameras at the port, which smugglers have used for years.",
            EN,
            "border_security",
        ),
    ],
)
def test_the_committing_clause_is_the_main_action(text, language, theme):
    assert theme_of(text, language=language) == theme
