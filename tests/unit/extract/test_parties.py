"""Parties beyond the UK and France (issue 20, class 8): any state as actor, donor or recipient,
offices by title, a joint subject as every party of the text, one government's voice. Invented
sentences, each with a French twin where French has the phenomenon."""

from __future__ import annotations

import pytest

from pipeline.extract.commitments import actor_of, extract_commitments
from pipeline.extract.cues import find_cues
from pipeline.extract.funding import donor_and_recipient
from pipeline.extract.money import find_money
from pipeline.extract.parties import (
    document_context,
    joined,
    joint_actor,
    named_parties,
    party_codes,
    subject_parties,
    voice_of,
)
from tests.conftest import assert_grows_linearly, segment_rows


def actor(text: str, language: str = "en", parties: str | None = None, voice: str | None = None) -> str:
    with document_context(parties, voice):
        return actor_of(text, find_cues(text, language), "", language)


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("Portugal will open two new reception centres.", "en", "PT"),
        ("Le Portugal ouvrira deux nouveaux centres d'accueil.", "fr", "PT"),
        ("The Austrian police will step up checks on coaches.", "en", "AT"),
        ("Les autorités autrichiennes renforceront les contrôles des autocars.", "fr", "AT"),
        ("The Netherlands will share passenger data.", "en", "NL"),
        ("Les Pays-Bas partageront les données des passagers.", "fr", "NL"),
    ],
)
def test_any_state_by_name_or_adjective_is_the_actor(text: str, language: str, code: str) -> None:
    assert actor(text, language) == code


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("The Greek Minister of Citizen Protection will chair the working group.", "en", "GR"),
        ("The Prime Minister of Greece will open the conference.", "en", "GR"),
        ("The Greek Prime Minister will open the conference.", "en", "GR"),
        ("Le ministère de l'Intérieur grec présidera le groupe de travail.", "fr", "GR"),
        ("The Prime Minister will open the conference.", "en", "GB"),
        ("The Minister for Safeguarding will publish guidance.", "en", "GB"),
        ("The President of the Republic will visit the coast.", "en", "FR"),
        ("Le Président de la République se rendra sur le littoral.", "fr", "FR"),
    ],
)
def test_offices_belong_to_the_state_that_qualifies_them(text: str, language: str, code: str) -> None:
    assert actor(text, language) == code


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The three countries will pool their patrol boats.", "en"),
        ("The Participants will meet again in the autumn.", "en"),
        ("Les trois pays mettront en commun leurs patrouilleurs.", "fr"),
        ("Les Parties se réuniront à l'automne.", "fr"),
    ],
)
def test_a_joint_subject_is_every_party_of_the_text(text: str, language: str) -> None:
    assert actor(text, language, parties="GB;FR;PT") == "GB;FR;PT"
    assert actor(text, language, parties="GB;GR") == "GB;GR"


def test_joint_default_and_order() -> None:
    assert joint_actor() == "GB;FR"  # no document: the UK and France
    with document_context("GB;FR;DE;NL"):
        assert joint_actor() == "GB;FR;DE;NL"
        assert joined(["NL", "FR", "GB"]) == "GB;FR;NL"
        assert party_codes()[:4] == ["GB", "FR", "DE", "NL"]


def test_places_and_partners_are_no_subject() -> None:
    assert subject_parties("Cooperation with Portugal will") == []
    assert subject_parties("La coopération avec le Portugal", "fr") == []
    # a compound of two states names a body of both
    assert actor("The results will be reviewed by the UK-Portugal working group.") == "GB;PT"


def test_nationals_are_not_the_state() -> None:
    assert named_parties("Moroccan nationals will be returned.") == []
    assert named_parties("Les ressortissants marocains seront renvoyés.", "fr") == []


@pytest.mark.parametrize(
    ("header", "language", "voice"),
    [
        (["Press release: Home Office sets out new measures", "London, 3 May 2023"], "en", "GB"),
        (["Written Ministerial Statement: border cooperation", "House of Commons"], "en", "GB"),
        (["Communiqué de presse du ministère de l'Intérieur", "Paris, le 3 mai 2023"], "fr", "FR"),
        (["UK-Portugal joint press release"], "en", None),
        (["Communiqué de presse commun"], "fr", None),
        (["Joint declaration on returns"], "en", None),
    ],
)
def test_one_governments_statement_has_its_voice(header: list[str], language: str, voice: str | None) -> None:
    assert voice_of(header, language) == voice


def test_the_voice_speaks_for_unnamed_and_first_person_subjects() -> None:
    texts = ["We will publish the figures every month.", "New guidance will be issued to officers."]
    with document_context("GB;FR", voice="GB"):
        rows = extract_commitments("d", None, " ".join(texts), segment_rows(*texts))
    assert [r["actor"] for r in rows] == ["GB", "GB"]
    twins = ["Nous publierons les chiffres chaque mois.", "De nouvelles consignes seront données aux agents."]
    with document_context("GB;FR", voice="FR"):
        rows = extract_commitments("d", None, " ".join(twins), segment_rows(*twins), "fr")
    assert [r["actor"] for r in rows] == ["FR", "FR"]


def test_a_subject_that_receives_money_is_not_the_actor() -> None:
    text = "Portugal will receive €3 million from the United Kingdom for coastal radar."
    assert extract_commitments("d", None, text, segment_rows(text))[0]["actor"] == "GB"


def test_donor_and_recipient_read_any_state() -> None:
    text = "The United Kingdom will give €400,000 to the Portuguese coastguard."
    with document_context("GB;PT"):
        assert donor_and_recipient(text, find_money(text)[0]) == ("GB", "PT")
    twin = "Le Royaume-Uni versera 400 000 euros aux garde-côtes portugais."
    with document_context("GB;PT"):
        assert donor_and_recipient(twin, find_money(twin, "fr")[0], "fr") == ("GB", "PT")


def test_one_governments_statement_gives_its_own_money() -> None:
    text = "The Department has set aside £2 million for shelters in northern France."
    with document_context("GB;FR", voice="GB"):
        assert donor_and_recipient(text, find_money(text)[0])[0] == "GB"
    twin = "Le ministère a réservé 2 millions d'euros pour des abris au Royaume-Uni."
    with document_context("GB;FR", voice="FR"):
        assert donor_and_recipient(twin, find_money(twin, "fr")[0], "fr")[0] == "FR"


def test_subject_parties_grow_linearly_on_hostile_windows() -> None:
    """A long subject of names behind prepositions (each one tried as an owner's) stays linear."""
    assert_grows_linearly(subject_parties, lambda n: "in the UK, of Portugal, " * n + "will", 1000)
    assert_grows_linearly(
        lambda w: subject_parties(w, "fr"), lambda n: "au Portugal, de la Belgique, " * n + "renforcera", 1000
    )


def test_a_readout_or_a_speech_is_its_speakers_government() -> None:
    assert voice_of(["Readout: Home Secretary's call with the Belgian interior minister"]) == "GB"
    assert voice_of(["Compte rendu de l'entretien du Président de la République"], "fr") == "FR"
    assert voice_of(["Joint readout of the ministers' meeting"]) is None


def test_the_themes_party_only_among_the_texts_parties() -> None:
    text = "Additional emergency accommodation will be opened near the coast."
    with document_context("GB;FR"):
        assert extract_commitments("d", None, text, segment_rows(text))[0]["actor"] == "FR"
    with document_context("GB;BE"):
        assert extract_commitments("d", None, text, segment_rows(text))[0]["actor"] == "GB;BE"
