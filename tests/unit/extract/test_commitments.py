import datetime as dt

from pipeline.extract.commitments import actor_of, extract_commitments, theme_of
from pipeline.extract.cues import find_cues, is_committing


def seg(i, text, start, kind="sentence", lead_in=None):
    return {
        "seg": i,
        "kind": kind,
        "start": start,
        "end": start + len(text),
        "text": text,
        "lead_in": lead_in,
    }


def doc(*parts):
    """Segments laid out one per line, with offsets into the joined text."""
    segments, text = [], ""
    for i, (kind, body, lead_in) in enumerate(parts):
        segments.append(seg(i, body, len(text), kind, lead_in))
        text += body + "\n"
    return text, segments


def test_lead_in_items_are_commitments_and_bare_lead_in_is_not():
    text, segments = doc(
        ("sentence", "We will:", None),
        ("list_item", "Continue to adapt detection technology at the port of Calais.", 0),
        ("list_item", "Increase joint activity in the field of enforced returns.", 0),
    )
    rows = extract_commitments("d", dt.date(2010, 11, 2), text, segments)
    assert [r["text"] for r in rows] == [segments[1]["text"], segments[2]["text"]]
    assert [r["seq"] for r in rows] == [1, 2]
    assert all(r["actor"] == "GB;FR" and r["lead_in"] == "We will:" for r in rows)
    assert [r["theme"] for r in rows] == ["border_security", "returns"]
    for r in rows:
        assert text[r["char_start"] : r["char_end"]] == r["text"]


def test_items_of_a_report_are_not_commitments():
    text, segments = doc(
        (
            "sentence",
            "We welcome the implementation of the package of commitments agreed at the Evian Summit:",
            None,
        ),
        ("list_item", "Border controls at the port of Calais have been further strengthened.", 0),
    )
    assert extract_commitments("d", None, text, segments) == []


def test_reports_beliefs_and_relative_clauses_are_not_commitments():
    assert not is_committing("France has doubled the number of successful interceptions.")
    assert not is_committing(
        "We agree that the fight against illegal immigration cannot be limited to our territories."
    )
    assert not is_committing("Attention was given to those who agree to be relocated in another region.")
    assert is_committing("The two ministers agree that their officials will work together.")
    assert is_committing(
        "France and the United Kingdom recall their commitments of 2 November 2015, which aims at:"
    )


def test_actor_from_the_subject():
    for text, actor in [
        ("With this increase, France will patrol wider areas of coastline.", "FR"),
        ("The UK has pledged to make a further financial investment to help France.", "GB"),
        (
            "As a first step the NCA will second an officer to Paris and the DCPAF will send two officers.",
            "GB;FR",
        ),
        ("In order to deter attempts to enter Britain, the two countries agree on joint campaigns.", "GB;FR"),
        ("France and the United Kingdom will pursue their efforts in 2016.", "GB;FR"),
    ]:
        assert actor_of(text, find_cues(text), "GB;FR") == actor, text


def test_deadline_and_money_theme():
    text, segments = doc(("sentence", "The UK has pledged €62.7 million in 21/22 to help France.", None))
    (row,) = extract_commitments("d", dt.date(2021, 7, 20), text, segments)
    assert (row["actor"], row["theme"], row["modality"]) == ("GB", "funding", "pledge")
    assert (row["deadline_text"], row["deadline_date"]) == ("in 21/22", dt.date(2022, 3, 31))


def test_theme_vocabulary():
    assert (
        theme_of("Implementing jointly dissuasive information campaigns in Afghanistan.")
        == "information_campaigns"
    )
    assert theme_of("We will open negotiations on data exchange and legislation.") == "legal_framework"


def test_ids_are_stable_and_distinct():
    text, segments = doc(("sentence", "We will act.", None), ("sentence", "We will act.", None))
    first = extract_commitments("d", None, text, segments)
    again = extract_commitments("d", None, text, segments)
    assert [r["commitment_id"] for r in first] == [r["commitment_id"] for r in again]
    assert len({r["commitment_id"] for r in first}) == 2


def test_unnamed_reception_is_french_and_other_unnamed_actions_joint():
    text, segments = doc(
        ("sentence", "Ces mesures comportent trois volets :", None),
        ("list_item", "La création d’un centre d’accueil et d’un point de distribution des repas.", 0),
        ("list_item", "Le renforcement des contrôles à la frontière.", 0),
    )
    rows = extract_commitments("d", dt.date(2009, 7, 6), text, segments, language="fr")
    assert [(r["theme"], r["actor"]) for r in rows] == [
        ("reception_welfare", "FR"),
        ("border_security", "GB;FR"),
    ]
    # a subject that names the parties wins over the theme
    text, segments = doc(
        ("sentence", "The United Kingdom will fund 500 more places in reception centres.", None)
    )
    assert [r["actor"] for r in extract_commitments("d", None, text, segments)] == ["GB"]
    # `we` is the signatories: joint, whatever the theme
    text, segments = doc(("sentence", "We will provide accommodation for vulnerable people.", None))
    assert [r["actor"] for r in extract_commitments("d", None, text, segments)] == ["GB;FR"]


def test_a_subject_pointing_back_takes_the_previous_commitment_actor():
    text, segments = doc(
        ("sentence", "The UK will contribute to the costs of the new fences at the port.", None),
        ("sentence", "This will include support for shelters for vulnerable people.", None),
    )
    rows = extract_commitments("d", None, text, segments)
    assert [r["actor"] for r in rows] == ["GB", "GB"]
    # only right after that commitment: otherwise the unnamed default applies
    text, segments = doc(
        ("sentence", "The UK will contribute to the costs of the new fences at the port.", None),
        ("sentence", "Crossings fell sharply last year.", None),
        ("sentence", "This will include more patrols.", None),
    )
    assert [r["actor"] for r in extract_commitments("d", None, text, segments)] == ["GB", "GB;FR"]


def test_a_minister_and_the_counterpart_act_together():
    for text, language in [
        ("The Home Secretary and her French counterpart will meet every month.", "en"),
        ("Le ministre de l’Intérieur et son homologue britannique renforceront la coopération.", "fr"),
    ]:
        assert actor_of(text, find_cues(text, language), "", language) == "GB;FR", text
