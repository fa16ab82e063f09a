"""Document metadata read from the text alone, and the documents table built from it."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.documents import build_documents
from pipeline.text.dates import find_dates
from pipeline.text.metadata import is_page_furniture, make_doc_id, read_metadata, slugify
from pipeline.text.normalise import normalise
from tests.conftest import assert_grows_linearly, examples

EXPECTED = {
    # file: (doc_date, date source, place, doc_type, parties, published_date)
    "2010-07-13_besson-green-communique.txt": (
        "2010-07-13",
        "dateline",
        "Paris",
        "communique",
        "GB;FR",
        "2010-07-19",
    ),
    "2010-11-02_uk-france-summit-declaration-on-immigration.txt": (
        "2010-11-02",
        "signature",
        "London",
        "declaration",
        "GB;FR",
        "2010-11-02",
    ),
    "2014-09-20_cazeneuve-may-joint-declaration-calais.txt": (
        "2014-09-20",
        "dateline",
        "Paris",
        "declaration",
        "GB;FR",
        None,
    ),
    "2016-03-03_uk-france-summit-annex-on-migration.txt": (
        "2016-03-03",
        "title",
        None,
        "annex",
        "GB;FR",
        None,
    ),
    "2021-07-20_uk-france-joint-statement-small-boats.txt": (
        "2021-07-20",
        "signature",
        None,
        "joint_statement",
        "GB;FR",
        "2021-07-20",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata_is_read_from_the_text(seed_texts, name):
    meta = read_metadata(normalise(seed_texts[name]).text)
    date, source, place, doc_type, parties, published = EXPECTED[name]
    assert meta.doc_date == dt.date.fromisoformat(date)
    assert meta.doc_date_source == source
    assert meta.place == place
    assert meta.doc_type == doc_type
    assert meta.parties == parties
    assert meta.published_date == (dt.date.fromisoformat(published) if published else None)
    assert meta.title


def test_signatories_from_a_signature_block():
    text = (
        "A statement.\n\nFor the French Government:\n\nGérald Darmanin\n\nMinistre de l’Intérieur\n\n"
        "For the Government of the United Kingdom of Great Britain and Northern Ireland:\n\nPriti Patel\n\n"
        "Home Secretary"
    )
    meta = read_metadata(text)
    assert (
        meta.signatories == "Gérald Darmanin (Ministre de l’Intérieur, FR); Priti Patel (Home Secretary, GB)"
    )


def test_signatories_from_a_declaration_by_line():
    meta = read_metadata(
        "Joint declaration by M. Bernard Cazeneuve, Minister of the Interior, and Mrs Theresa "
        "May, Home Secretary of the United Kingdom\n\nParis, 20 September 2014"
    )
    assert meta.signatories == (
        "Bernard Cazeneuve (Minister of the Interior, FR); "
        "Theresa May (Home Secretary of the United Kingdom, GB)"
    )


def test_a_text_without_any_date_is_flagged_not_guessed():
    meta = read_metadata("A note on cooperation\n\nThe two countries will continue to cooperate.")
    assert meta.doc_date is None and meta.doc_date_source == "missing"
    assert make_doc_id(meta.doc_date, meta.title) == "undated-note-cooperation"


def test_published_date_is_a_fallback_only():
    meta = read_metadata("Statement on borders\n\nPublished 4 May 2019\n\nThe UK will act.")
    assert (meta.doc_date, meta.doc_date_source) == (dt.date(2019, 5, 4), "published")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 2 November 2010.", dt.date(2010, 11, 2)),
        ("Paris, July 13 , 2010", dt.date(2010, 7, 13)),
        ("Summit 3rd March 2016", dt.date(2016, 3, 3)),
        ("le 5 février 2018", dt.date(2018, 2, 5)),
        ("2021-07-20", dt.date(2021, 7, 20)),
    ],
)
def test_find_dates_reads_written_dates(text, expected):
    assert [d.date for d in find_dates(text)] == [expected]


def test_find_dates_ignores_impossible_dates():
    assert find_dates("31 February 2016") == []


def test_slug_drops_dates_and_stop_words():
    assert (
        slugify("UK-France joint statement: next phase – 20 July 2021")
        == "uk-france-joint-statement-next-phase"
    )


@pytest.mark.parametrize(
    ("typographic", "plain"),
    [
        ("UK–France joint statement", "UK-France joint statement"),  # en dash
        ("UK—France joint statement", "UK-France joint statement"),  # em dash
        ("UK‑France joint statement", "UK-France joint statement"),  # non-breaking hyphen
        ("Déclaration sur l’immigration", "Déclaration sur l'immigration"),
        ("« Calais » accord", "Calais accord"),
    ],
)
def test_one_slug_rule_whatever_the_typography(typographic, plain):
    assert slugify(typographic) == slugify(plain)
    assert "ukfrance" not in slugify(typographic)


def test_manifest_overrides_what_the_text_says(seed_texts):
    name = "2016-03-03_uk-france-summit-annex-on-migration.txt"
    raw = seed_texts[name]
    n = normalise(raw)
    normalised = pd.DataFrame(
        [{"sha256": "x" * 64, "source_file": name, "text": n.text, "n_chars": len(n.text)}]
    )
    manifest = pd.DataFrame(
        [
            {
                "file": name,
                "place": "Amiens",
                "doc_date": "2016-03-03",
                "source_url": "https://example.org/annex",
            }
        ]
    )
    doc = build_documents(normalised, manifest).iloc[0]
    assert (doc["place"], doc["doc_date_source"], doc["source_url"]) == (
        "Amiens",
        "manifest",
        "https://example.org/annex",
    )
    assert doc["doc_id"] == "2016-03-03-uk-france-summit-annex-migration"


def test_colliding_doc_ids_are_disambiguated_without_renaming_the_first():
    text = "Statement on borders\n\nLondon, 4 May 2019\n\nThe UK will act."
    normalised = pd.DataFrame(
        [
            {"sha256": "a" * 64, "source_file": "a.txt", "text": text, "n_chars": len(text)},
            {"sha256": "b" * 64, "source_file": "b.txt", "text": text + " Again.", "n_chars": len(text) + 7},
        ]
    )
    ids = build_documents(normalised, pd.DataFrame()).set_index("source_file")["doc_id"]
    assert ids["a.txt"] == "2019-05-04-statement-borders"
    assert ids["b.txt"] == "2019-05-04-statement-borders-bbbbbbbb"


# --- every text in the corpus, from its text and file name alone --------------------------------

CORPUS_EXPECTED = {
    # file: (doc_date, doc_type, title_source, place, language)
    "2002-06-25_sarkozy-blunkett-joint-communique-fr.txt": (
        "2002-06-25",
        "communique",
        "filename",
        None,
        "fr",
    ),
    "2003-11-24_uk-france-summit-home-office-jha-conclusions.txt": (
        "2003-11-24",
        "communique",
        "heading",
        None,
        "en",
    ),
    "2009-07-06_evian-besson-communique-fr.txt": ("2009-07-06", "communique", "heading", None, "fr"),
    "2009-07-06_evian-declaration-immigration-fr.txt": ("2009-07-06", "declaration", "filename", None, "fr"),
    "2011-05-24_agreement-service-weapons-uk-border-agency-en.txt": (
        "2011-05-24",
        "treaty",
        "heading",
        "Paris",
        "en",
    ),
    "2014-08-30_cazeneuve-may-joint-statement.txt": (
        "2014-08-30",
        "joint_statement",
        "heading",
        "Paris",
        "en",
    ),
    "2015-07-02_cazeneuve-may-joint-communique.txt": ("2015-07-02", "communique", "filename", "Paris", "en"),
    "2015-07-30_may-cazeneuve-joint-communique-fr.txt": (
        "2015-07-30",
        "communique",
        "heading",
        "London",
        "fr",
    ),
    "2015-08-20_french-interior-ministry-communique-calais-agreement.txt": (
        "2015-08-20",
        "communique",
        "heading",
        "Paris",
        "en",
    ),
    "2015-08-20_joint-ministerial-declaration-calais-fr.txt": (
        "2015-08-20",
        "declaration",
        "heading",
        "Calais",
        "fr",
    ),
    "2015-11-02_cazeneuve-may-london-meeting-summary.txt": (
        "2015-11-02",
        "communique",
        "heading",
        "London",
        "en",
    ),
    "2016-08-30_rudd-cazeneuve-joint-statement.txt": (
        "2016-08-30",
        "joint_statement",
        "heading",
        "Paris",
        "en",
    ),
    "2016-10-10_rudd-cazeneuve-joint-press-statement.txt": (
        "2016-10-10",
        "joint_statement",
        "filename",
        "London",
        "en",
    ),
}


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTED))
def test_every_corpus_text_gets_date_type_title_and_both_parties(name):
    from tests.conftest import CORPUS

    text = normalise((CORPUS / name).read_text(encoding="utf-8-sig")).text
    meta = read_metadata(text, name)
    date, doc_type, title_source, place, language = CORPUS_EXPECTED[name]
    assert meta.doc_date == dt.date.fromisoformat(date)
    assert (meta.doc_type, meta.title_source, meta.place, meta.language) == (
        doc_type,
        title_source,
        place,
        language,
    )
    assert meta.parties == "GB;FR"
    assert len(meta.title.split()) <= 80 and not meta.title.endswith((".", "¹"))


# --- title ---------------------------------------------------------------------------------------


def test_title_is_the_heading_with_footnote_marks_stripped():
    meta = read_metadata("Joint statement by the two ministers¹\n\nLondon, 3 May 2019\n\nThe UK will act.")
    assert (meta.title, meta.title_source) == ("Joint statement by the two ministers", "heading")


def test_a_text_without_a_heading_takes_its_title_from_the_file_name():
    text = "The Home Secretary met her French counterpart today. They agreed to act together."
    meta = read_metadata(text, "2019-05-03_patel-castaner-joint-press-statement-en.txt")
    assert (meta.title, meta.title_source) == ("Patel Castaner Joint Press Statement", "filename")
    assert meta.doc_type == "joint_statement"


@pytest.mark.parametrize(
    "title",
    [
        '"We will not give up the coast": interview with the Belgian Minister of the Interior',
        "« Nous tiendrons la frontière » – Entretien avec le ministre de l'Intérieur, compte rendu",
        "Speech by the Home Secretary to border officers at Dover, followed by a communiqué",
        "Discours du ministre de l'Intérieur devant les gendarmes de Calais",
        "Circulaire relative à la mise en œuvre du traité franco-italien dans les Alpes-Maritimes",
    ],
)
def test_a_ministers_speech_interview_or_instruction_is_no_joint_type(title):
    assert read_metadata(f"{title}\n\nParis, 3 May 2024\n\nWe will act.").doc_type == "other"


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        # a bracketed note after the date ends the dateline
        ("Lille – lundi 3 mars 2025 (seul le prononcé fait foi)", "Lille"),
        # the place, then the venue in it, then the date
        ("La Haye, ministère de la Sécurité et de la Justice, mardi 4 mars 2025", "The Hague"),
        # a chamber of a parliament sits in its capital
        ("Sénat, session ordinaire 2024-2025, enregistré à la présidence le 3 mars 2025", "Paris"),
    ],
)
def test_a_datelines_place_after_a_venue_a_note_or_a_chamber(dateline, place):
    assert (
        read_metadata(f"Réunion sur les ports de la mer du Nord\n{dateline}\n\nNous agirons.").place == place
    )


def test_a_paragraph_is_never_a_title():
    text = (
        "The ministers met in London and reviewed the cooperation between both countries on the "
        "border, the return of migrants and the fight against the networks that exploit them.\n\n"
        "They will meet again."
    )
    assert read_metadata(text).title_source != "heading"


def test_a_series_label_is_skipped_for_the_treaty_title():
    text = (
        "Treaty Series No. 7 (2019)\n\nAgreement between the Government of the United Kingdom and the "
        "Government of the French Republic concerning the Cooperation of their Border Forces at the "
        "Ports of Both Countries\n\nLondon, 4 March 2019\n\nThe Parties agree as follows."
    )
    meta = read_metadata(text)
    assert meta.title.startswith("Agreement between the Government")
    assert (meta.doc_type, meta.place, meta.doc_date) == ("treaty", "London", dt.date(2019, 3, 4))


def test_french_heading_line_with_an_embedded_dateline():
    text = (
        "Ministère de l’Intérieur Lille, le 3 mars 2017 DÉCLARATION COMMUNE DES MINISTRES FRANÇAIS ET "
        "BRITANNIQUE SUR LA FRONTIÈRE\n\nLes deux ministres se félicitent de la coopération."
    )
    meta = read_metadata(text)
    # set in capitals, the heading is given back the case of running text
    assert meta.title == "Déclaration commune des ministres français et britannique sur la frontière"
    assert (meta.doc_date, meta.doc_date_source, meta.place) == (dt.date(2017, 3, 3), "dateline", "Lille")
    assert (meta.doc_type, meta.parties, meta.language) == ("declaration", "GB;FR", "fr")


# --- date ----------------------------------------------------------------------------------------


def test_a_day_name_completes_a_date_written_without_its_year():
    text = "Statement on borders\n\nThe ministers met in Dover on Monday 15 November. Since 2020 they act."
    meta = read_metadata(text, "2021-11-15_statement.txt")
    assert (meta.doc_date, meta.doc_date_source, meta.place) == (dt.date(2021, 11, 15), "header", "Dover")


def test_a_yearless_title_date_takes_the_texts_own_year():
    text = "UK-FRENCH SUMMIT, 24 NOVEMBER\n\nIn the first nine months of 2003 they stopped 6300 people."
    assert read_metadata(text).doc_date == dt.date(2003, 11, 24)


@pytest.mark.parametrize(
    ("text", "date", "source", "place"),
    [
        (
            "Déclaration commune\n\nParis, le 20 août 2015\n\nLes ministres agissent.",
            "2015-08-20",
            "dateline",
            "Paris",
        ),
        ("Communiqué\n\nPublié le 4 mai 2019\n\nLe Royaume-Uni agira.", "2019-05-04", "published", None),
        (
            "Accord entre la France et le Royaume-Uni\n\nLes Parties conviennent.\n\n"
            "Fait à Londres, le 10 juillet 2023, en deux exemplaires.",
            "2023-07-10",
            "signature",
            "London",
        ),
        (
            "Agreement between France and the United Kingdom\n\nThe Parties agree.\n\n"
            "Done at London on 10 July 2023 in duplicate.",
            "2023-07-10",
            "signature",
            "London",
        ),
        (
            "Communiqué de presse\n\nLes ministres se sont réunis à Calais le mardi 3 mars 2020.",
            "2020-03-03",
            "header",
            None,
        ),
    ],
)
def test_french_and_english_date_cues(text, date, source, place):
    meta = read_metadata(text)
    assert (meta.doc_date, meta.doc_date_source) == (dt.date.fromisoformat(date), source)
    if place:
        assert meta.place == place


def test_the_file_name_date_is_the_last_resort():
    meta = read_metadata("Les ministres ont parlé de la frontière.", "2002-06-25_communique-fr.txt")
    assert (meta.doc_date, meta.doc_date_source) == (dt.date(2002, 6, 25), "filename")


def test_an_impossible_date_is_never_moved_to_a_real_one():
    meta = read_metadata("Statement\n\nLondon, 31 February 2020\n\nThe UK will act.", "statement.txt")
    assert meta.doc_date is None and meta.doc_date_source == "missing"


# --- place, type, parties ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The Home Secretary visited Paris today to meet her counterpart.", "Paris"),
        ("The two ministers met in London on 3 May.", "London"),
        ("Les ministres se sont entretenus aujourd’hui à Londres de la crise.", "London"),
        ("The ministers discussed the situation in Calais.", None),
    ],
)
def test_place_from_meeting_phrases(sentence, place):
    assert read_metadata(f"Statement\n\n{sentence}").place == place


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("Ministers sign cooperation agreement\n\nThe UK and France signed it.", "communique"),
        ("Press statement\n\nThe ministers recalled the Amiens agreement of 2016.", "joint_statement"),
        ("Meeting of ministers\n\nThe ministers recalled the Amiens agreement of 2016.", "other"),
        ("Communiqué de presse commun\n\nLes ministres se sont réunis.", "communique"),
        ("Accord relatif à la frontière\n\nLes Parties conviennent.", "treaty"),
        ("Meeting of ministers\n\nThis declaration sets out what the UK and France will do.", "declaration"),
    ],
)
def test_doc_type_from_the_title_never_from_a_mention(text, doc_type):
    assert read_metadata(text).doc_type == doc_type


@pytest.mark.parametrize(
    "sentence",
    [
        "Les Gouvernements français et britannique agissent.",
        "La France et le Royaume Uni agissent.",
        "The British and French ministers met.",
        "LES MINISTRES FRANÇAIS ET BRITANNIQUE",
        "La République française et le Royaume-Uni agissent.",
    ],
)
def test_both_parties_from_names_and_adjectives_in_either_language(sentence):
    assert read_metadata(f"Note\n\n{sentence}").parties == "GB;FR"


def test_other_countries_mentioned_in_passing_are_not_parties():
    meta = read_metadata("UK-France statement\n\nThe UK and France worked with police in Belgium.")
    assert meta.parties == "GB;FR"


def test_manifest_language_and_completeness_override(seed_texts):
    name = "2016-03-03_uk-france-summit-annex-on-migration.txt"
    n = normalise(seed_texts[name])
    normalised = pd.DataFrame(
        [{"sha256": "x" * 64, "source_file": name, "text": n.text, "n_chars": len(n.text)}]
    )
    doc = build_documents(
        normalised, pd.DataFrame([{"file": name, "language": "fr", "completeness": "full"}])
    ).iloc[0]
    assert (doc["language"], doc["completeness"], doc["title_source"]) == ("fr", "full", "heading")
    doc = build_documents(normalised, pd.DataFrame()).iloc[0]
    assert doc["language"] == "en" and pd.isna(doc["completeness"])


def test_a_web_page_publication_date_on_the_line_after_its_cue():
    text = "Joint Declaration\n\nThe ministers spoke.\n\nPublished\n\n10 March 2023\n\nThe UK will act."
    meta = read_metadata(text)
    assert (meta.doc_date, meta.doc_date_source, meta.published_date) == (
        dt.date(2023, 3, 10),
        "published",
        dt.date(2023, 3, 10),
    )


def test_an_unambiguous_office_names_its_party():
    text = (
        "Call with the French Interior Minister\n\nThe Home Secretary spoke to the French Interior Minister."
    )
    assert read_metadata(text).parties == "GB;FR"


def test_a_meeting_still_to_come_is_not_the_place():
    assert read_metadata("Readout\n\nThe ministers agreed to meet in Calais next month.").place is None


# --- bounded work: crafted first lines that made metadata quadratic --------------------------------

BODY = "\n\nThe United Kingdom will provide £5 million to France.\n"


def _read(text: str):
    return read_metadata(normalise(text, "en").text, "2020-01-01_crafted.txt", "en")


@pytest.mark.parametrize(
    "first_line",
    [
        pytest.param(lambda n: "X" * (5 * n), id="one capitalised token"),
        pytest.param(lambda n: " ".join(["Word"] * n) + " 1, le 20 août 2015", id="capitalised words"),
        pytest.param(lambda n: " ".join(["France"] * n) + ", le 20 août 2015", id="country names"),
        pytest.param(
            lambda n: "Joint Statement" + "\u0085" * (5 * n) + "20 August 2015", id="U+0085 in a heading"
        ),
    ],
)
def test_a_crafted_first_line_is_read_in_linear_time(first_line):
    assert_grows_linearly(_read, lambda n: first_line(n) + BODY, 2_000)


def test_the_linear_patterns_read_headings_and_datelines_as_before():
    md = read_metadata("Joint Statement\n\nCalais, le 20 août 2015\n\nThe UK will help. Yes.", "x.txt", "fr")
    assert (md.place, md.doc_date) == ("Calais", dt.date(2015, 8, 20))
    md = read_metadata(
        "Déclaration commune du Royaume-Uni Calais, le 20 août 2015\n\nLe texte.", "x.txt", "fr"
    )
    assert (md.place, md.doc_date) == ("Calais", dt.date(2015, 8, 20))
    md = read_metadata("Joint Statement. Second Sentence here\n\n20 August 2015\n\nText.", "x.txt", "en")
    assert md.title_source != "heading"  # a sentence break inside the line: not a title


HOSTILE_CHARS = st.sampled_from(
    [
        "\u0085",
        "\u2028",
        "\x0c",
        "\u00a0",
        "\u202f",
        "\u200b",
        "\u202e",
        "\x00",
        "\x1b[31m",
        "e\u0301",
        "’",
        "“",
    ]
)
HOSTILE_TEXT = st.lists(
    st.one_of(
        HOSTILE_CHARS,
        st.sampled_from(
            ["Joint Statement", "Calais", "le 20 août 2015", "20 August 2015", "France", "UK", "\n\n", "."]
        ),
        st.text(max_size=10),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE_TEXT)
def test_metadata_of_hostile_text_is_well_formed(raw):
    n = normalise(raw, "en")
    md = read_metadata(n.text, "2020-01-01_hostile.txt", "en")
    assert isinstance(md.title, str) and md.title
    assert md.doc_date is None or isinstance(md.doc_date, dt.date)
    # a place printed in capitals is given in its case (`UKUK, le 20 août` -> `Ukuk`): still the text's words
    assert md.place is None or md.place.casefold() in n.text.casefold()
    assert make_doc_id(md.doc_date, md.title)


@pytest.mark.parametrize(
    "url",
    ['https://example.org/a"onmouseover="alert(1)', "https://example.org/x'y", "https://example.org/`x`"],
)
def test_a_source_url_read_from_the_text_is_validated_like_the_manifest_s(url):
    text = f"Joint statement\n\n14 March 2012\n\nThe UK will help France.\n\nSource: {url}\n"
    n = normalise(text, "en")
    normalised = pd.DataFrame(
        [
            {
                "sha256": "a" * 64,
                "source_file": "x.txt",
                "text": n.text,
                "n_chars": len(n.text),
                "language": "en",
            }
        ]
    )
    documents = build_documents(normalised, pd.DataFrame())
    assert documents["source_url"].isna().all() or not any(
        c in documents["source_url"].iloc[0] for c in "\"'`"
    )
    good = text.replace(url, "https://www.gov.uk/government/news/joint-statement")
    n = normalise(good, "en")
    documents = build_documents(normalised.assign(text=n.text, n_chars=len(n.text)), pd.DataFrame())
    assert documents["source_url"].iloc[0] == "https://www.gov.uk/government/news/joint-statement"


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        (
            "Agreement between the two Governments on harbour patrols\n\n"
            "Signed at Dover on 3 April 2023 and at Lille on 11 April 2023\n\n"
            "Article 1\nThe Parties cooperate.",
            "2023-04-11",
            "Lille",
        ),
        (
            "Accord entre les deux Gouvernements relatif aux patrouilles portuaires\n\n"
            "Signé à Lille le 3 avril 2023 et à Douvres le 11 avril 2023\n\n"
            "Article 1\nLes Parties coopèrent.",
            "2023-04-11",
            "Dover",
        ),
    ],
)
def test_a_text_signed_on_two_dates_is_dated_and_placed_by_the_last(text, date, place):
    meta = read_metadata(text)
    assert (meta.doc_date, meta.place) == (dt.date.fromisoformat(date), place)


def test_a_statement_to_parliament_is_other_and_placed_by_its_dateline():
    meta = read_metadata(
        "Oral Ministerial Statement: harbour security\n\nHouse of Lords, London, 4 March 2023\n\n"
        "The Minister made the following statement. The Government will fund new scanners."
    )
    assert (meta.doc_type, meta.place, meta.doc_date) == ("other", "London", dt.date(2023, 3, 4))
    assert (
        read_metadata("Statement to Parliament on the Channel\n\nLondon, 4 March 2023\n\nText.").doc_type
        == "other"
    )


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "Jane Roe, Home Secretary, and Jean Dupont, French Minister of the Interior, met in Dover today.",
            "Jane Roe (Home Secretary, GB); Jean Dupont (French Minister of the Interior, FR)",
        ),
        (
            "M. Jean Dupont, ministre de l'Intérieur, et Mme Jane Roe, ministre britannique de l'Intérieur, "
            "se sont réunis à Calais.",
            "Jean Dupont (ministre de l'Intérieur, FR); Jane Roe (ministre britannique de l'Intérieur, GB)",
        ),
    ],
)
def test_signatories_from_an_opening_that_names_who_met(opening, expected):
    meta = read_metadata(
        f"Joint statement on harbour security\n\nDover, 3 March 2023\n\n{opening}\n\nMore text."
    )
    assert meta.signatories == expected


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a title naming a third state names all the parties; a state named in passing is none
        (
            "Joint communiqué of the United Kingdom and Moldova on returns\nChisinau, 4 March 2024\n\n"
            "Moldova will issue travel documents. Both countries will work with France and Romania.",
            "GB;MD",
        ),
        (
            "Communiqué conjoint du Royaume-Uni et de la Moldavie sur les retours\n"
            "Chisinau, le 4 mars 2024\n\n"
            "La Moldavie délivrera des documents de voyage. Les deux pays coopéreront avec la France.",
            "GB;MD",
        ),
        # by adjective, in the title's order after the UK and France
        (
            "Joint statement by the Austrian, French and British ministers\nVienna, 4 March 2024\n\n"
            "The ministers will meet again.",
            "GB;FR;AT",
        ),
        # a UK-France text that mentions a third state in passing keeps its two parties
        (
            "UK-France joint statement on the coast\nLondon, 4 March 2024\n\n"
            "The two countries will work with Belgian and Dutch police.",
            "GB;FR",
        ),
    ],
)
def test_parties_beyond_the_uk_and_france(text: str, parties: str) -> None:
    assert read_metadata(text).parties == parties


def test_a_file_name_names_the_parties_of_a_text_without_heading() -> None:
    text = "Moldova will issue travel documents. The United Kingdom will fund two projects with France."
    assert read_metadata(text, "2024-03-04_uk-moldova-joint-communique.txt").parties == "GB;MD"


def test_a_state_that_is_a_main_subject_is_a_party() -> None:
    body = (
        "Joint statement on the Baltic route\nRiga, 4 March 2024\n\n"
        "Latvia will open a liaison office. The Latvian border guard will share data. "
        "The United Kingdom will fund training."
    )
    assert read_metadata(body).parties == "GB;LV"
    twin = (
        "Déclaration commune sur la route balte\nRiga, le 4 mars 2024\n\n"
        "La Lettonie ouvrira un bureau de liaison. Les garde-frontières lettons partageront des données. "
        "La Lettonie renforcera ses contrôles. Le Royaume-Uni financera des formations."
    )
    assert read_metadata(twin).parties == "GB;LV"
    # named once as a subject, in a text the UK and France lead: in passing
    passing = (
        "UK-France statement\nLondon, 4 March 2024\n\n"
        "France will patrol the coast. The United Kingdom will fund drones. Latvia will be consulted."
    )
    assert read_metadata(passing).parties == "GB;FR"


# --- web captures, parliamentary statements and signature blocks (#20, held-out set 2) ------------


def test_page_furniture_is_read_as_absent_from_a_web_capture() -> None:
    # cookie banner, skip link and breadcrumb above the genre label: the headline is the title, and
    # the header that names the meeting's place starts after them
    text = (
        "Cookies on this site\nWe use some cookies to make the site work.\nSkip to main content\n"
        "Home > World > Spain\nNews story\nUK and Spain step up work on Atlantic crossings\n"
        "The two ministers set out new steps.\nFrom: Home Office\nPublished 9 May 2024\n\n"
        "The Home Secretary met her Spanish counterpart in Madrid today.\nThey agreed to act."
    )
    meta = read_metadata(text)
    assert (meta.title, meta.place) == ("UK and Spain step up work on Atlantic crossings", "Madrid")
    twin = (
        "Accueil › Presse › Communiqués\nCommuniqué franco-espagnol sur la frontière\n"
        "Publié le 9 mai 2024\n\nRéunis à Madrid le 8 mai 2024, les deux ministres ont adopté un plan."
    )
    meta = read_metadata(twin)
    assert (meta.title, meta.place) == ("Communiqué franco-espagnol sur la frontière", "Madrid")


def test_a_publisher_line_is_no_part_of_the_title() -> None:
    text = (
        "Press release\nNew checks at the ports\nFrom: Home Office\nPublished 2 May 2024\n\nThe UK will act."
    )
    assert read_metadata(text).title == "New checks at the ports"


def test_a_statement_to_parliament_is_typed_other_and_placed_where_parliament_sits() -> None:
    text = (
        "Written statements\nSmall boats: update\nStatement made on 4 June 2024\nStatement UIN HCWS99\n\n"
        "The Home Secretary signed a plan with her French counterpart in Lille on 3 May.\n"
        "The Government will act."
    )
    meta = read_metadata(text)
    assert (meta.title, meta.doc_type, meta.place) == ("Small boats: update", "other", "London")
    assert meta.doc_date == dt.date(2024, 6, 4)
    question = (
        "Question écrite n° 123 de M. Paul Martin\n\nM. Paul Martin attire l'attention du ministre.\n\n"
        "Réponse du ministère de l'Intérieur\npubliée dans le JO Sénat du 2 avril 2021\n\n"
        "Le Gouvernement agira."
    )
    assert read_metadata(question, "2021-04-02_question.txt").place == "Paris"


def test_the_signature_block_dates_and_places_a_treaty_not_its_recitals() -> None:
    text = (
        "Agreement between the Parties on port controls\n\n"
        "Recalling the Treaty signed at Canterbury on 12 February 1986,\nHave agreed as follows:\n\n"
        "Article 1\nThe Parties shall cooperate.\n\nArticle 2\nThe Parties shall meet each year.\n\n"
        "Article 3\nThis Agreement shall enter into force on signature.\n\n"
        "Done in duplicate at London on 3 May 2011 and at Paris on 9 May 2011, in English and French."
    )
    meta = read_metadata(text)
    assert (meta.doc_date, meta.doc_date_source, meta.place) == (dt.date(2011, 5, 9), "signature", "Paris")


def test_a_closing_dateline_and_a_signing_place_the_text() -> None:
    closing = "JOINT STATEMENT ON THE BORDER\n\nThe two ministers will meet again.\n\nDublin, 5 June 2013"
    assert read_metadata(closing).place == "Dublin"
    signed = (
        "News story\nUK and Jordan sign returns deal\nThe minister signed a joint statement with the "
        "Jordanian minister in Amman.\nPublished 2 May 2024\n\nThe UK will act."
    )
    assert read_metadata(signed).place == "Amman"


def test_a_parliamentary_question_is_dated_by_its_answer() -> None:
    text = (
        "Question écrite n° 512 de Mme Claire Dubois\npubliée dans le JO Sénat du 04/02/2021 – page 700\n\n"
        "Mme Claire Dubois attire l'attention du ministre sur les contrôles depuis le 1er janvier 2021.\n\n"
        "Réponse du ministère de l'Intérieur\npubliée dans le JO Sénat du 22/04/2021 – page 2710\n\n"
        "Le Gouvernement a renforcé les contrôles."
    )
    meta = read_metadata(text, "2021-04-22_question-ecrite.txt")
    assert (meta.doc_date, meta.place, meta.doc_type) == (dt.date(2021, 4, 22), "Paris", "other")


def test_an_embassy_line_above_the_title_is_no_part_of_it() -> None:
    text = (
        "Ambassade de France au Maroc\nDéclaration conjointe sur la mobilité\nRabat, le 3 mai 2022\n\n"
        "Les deux ministres se sont réunis à Rabat."
    )
    meta = read_metadata(text)
    assert (meta.title, meta.place) == ("Déclaration conjointe sur la mobilité", "Rabat")


def test_a_parliaments_name_and_session_are_no_title_of_its_report() -> None:
    text = (
        "ASSEMBLÉE NATIONALE\nSESSION ORDINAIRE DE 2019-2020\nEnregistré à la présidence de l'Assemblée "
        "nationale le 4 mars 2020\nRAPPORT D'INFORMATION N° 27\nfait au nom de la commission des lois\n\n"
        "Les rapporteurs se sont rendus à Calais."
    )
    meta = read_metadata(text)
    assert (meta.title, meta.doc_date, meta.place) == (
        "Rapport d'information n° 27",
        dt.date(2020, 3, 4),
        "Paris",
    )


@pytest.mark.parametrize(
    "heading",
    [
        "UK-Spain Joint Action Plan on Atlantic crossings",
        "Plan d'action commun franco-espagnol sur la frontière",
    ],
)
def test_a_joint_action_plan_is_a_joint_statement(heading: str) -> None:
    assert (
        read_metadata(f"{heading}\nMadrid, 4 March 2024\n\nThe two ministers will act.").doc_type
        == "joint_statement"
    )


# --- held-out set 3: classes of the genre (#20) ------------------------------------------------


def test_a_share_bar_and_a_breadcrumb_trail_are_no_title() -> None:
    text = (
        "Partager : Facebook | X | Courriel\n\n"
        "Accueil > Actualités > Déclaration franco-belge sur la sécurité des ports de la mer du Nord\n\n"
        "Bruxelles, le 2 février 2024\n\nLes ministres se sont réunis à Bruxelles."
    )
    assert read_metadata(text).title == "Déclaration franco-belge sur la sécurité des ports de la mer du Nord"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("DOSSIER DE PRESSE\n\nBilan des contrôles aux frontières", "Bilan des contrôles aux frontières"),
        (
            "Ministère de l'Intérieur – Communiqué de presse\n\nDéclaration commune sur les ports",
            "Déclaration commune sur les ports",
        ),
        (
            "Press release 17/24 3 March 2024 09:30\n\nMinisters agree a port plan",
            "Ministers agree a port plan",
        ),
        ("Border security at the ports\n\nThird Report of Session 2022–23", "Border security at the ports"),
    ],
)
def test_genre_labels_ministries_and_report_series_are_no_title(header: str, title: str) -> None:
    assert read_metadata(header + "\n\nThe ministers met on 3 March 2024.").title == title


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Joint statement on ports\n\nOslo, 4 May 2023 – The two ministers met today.", "Oslo"),
        ("Discours du ministre\n\nDunkerque – Jeudi 3 mars 2011\n\nMesdames et Messieurs,", "Dunkerque"),
        (
            "Ports statement\n\nPublished 2 May 2023\n\nThe ministers visited the new centre in Dunkirk.",
            "Dunkirk",
        ),
        (
            "Ports statement\n\nPublished 2 May 2023\n\nThe ministers signed a plan in The Hague today.",
            "The Hague",
        ),
        (
            "Small boats\n\nSecond Report of Session 2022–23\n\nPublished 2 May 2023\n\nWe took evidence.",
            "London",
        ),
    ],
)
def test_datelines_visits_and_a_parliament_report_place_the_text(text: str, place: str) -> None:
    assert read_metadata(text).place == place


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("Factsheet: the returns arrangement", "other"),
        ("House of Lords Hansard, Volume 12", "other"),
        # a meeting's record of its conclusions is typed other in 7 of the 10 annotated
        ("Comité mixte – relevé de conclusions", "other"),
    ],
)
def test_one_governments_factsheet_or_record_and_a_committees_conclusions(title: str, doc_type: str) -> None:
    assert read_metadata(title + "\n\nPublished 2 May 2023\n\nThe ministers met.").doc_type == doc_type


@pytest.mark.parametrize(
    "label",
    ["Council of the EU", "National Audit Office", "Cour des comptes", "Home Office"],
)
def test_a_publishing_bodys_line_above_the_title_is_no_part_of_it(label: str) -> None:
    text = (
        f"{label}\n\nPress release 4/25 6 May 2025\n\n"
        "Ministers of Spain and Portugal agree a port plan\n\nText."
    )
    assert read_metadata(text).title == "Ministers of Spain and Portugal agree a port plan"


def test_the_states_whose_ministers_the_opening_says_met_are_parties() -> None:
    text = (
        "Joint declaration of the North Sea Group\n\nOslo, 4 May 2023\n\n"
        "The interior ministers of Denmark, France, Norway and the United Kingdom met in Oslo today.\n\n"
        "They will meet again next year."
    )
    assert sorted(read_metadata(text).parties.split(";")) == ["DK", "FR", "GB", "NO"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the body's own case, a state's name as CLDR writes it, an institution's capital
            "COMMUNIQUÉ CONJOINT FRANCE–MAROC SUR LA COOPÉRATION MIGRATOIRE À TANGER\n\n"
            "Paris, le 3 mai 2027\n\nLes ministres se sont réunis à Tanger sur la coopération migratoire.",
            "Communiqué conjoint France–Maroc sur la coopération migratoire à Tanger",
        ),
        (
            "ACCORD ENTRE LE GOUVERNEMENT DE LA RÉPUBLIQUE FRANÇAISE ET LE GOUVERNEMENT DU ROYAUME-UNI DE "
            "GRANDE-BRETAGNE ET D'IRLANDE DU NORD\n\nLes Parties conviennent de ce qui suit.",
            "Accord entre le Gouvernement de la République française et le Gouvernement du Royaume-Uni de "
            "Grande-Bretagne et d'Irlande du Nord",
        ),
        (
            "JOINT STATEMENT ON THE PORT OF DOVER, 3 MAY\n\nThe UK and France met in Dover on 3 May 2027.",
            "Joint statement on the port of Dover, 3 May",
        ),
        # a heading in mixed case is kept as written
        ("UK-France Joint Statement\n\nLondon, 3 May 2027", "UK-France Joint Statement"),
    ],
)
def test_a_heading_set_in_capitals_takes_the_case_of_running_text(text: str, title: str) -> None:
    assert read_metadata(text).title == title


def test_a_heading_signed_in_two_places_is_dated_by_the_last_and_keeps_its_title():
    meta = read_metadata(
        "ACCORD ENTRE LA FRANCE ET LE ROYAUME-UNI RELATIF AUX PORTS, SIGNÉ ÀLONDRES LE 29 JUILLET 2027 "
        "ET À PARIS LE 30 JUILLET 2027\n\nLES PARTIES,\n\nArticle 1er\n\nLa France réadmet les personnes."
    )
    assert (meta.title, meta.doc_date, meta.place, meta.doc_type) == (
        "Accord entre la France et le Royaume-Uni relatif aux ports",
        dt.date(2027, 7, 30),
        "London",
        "treaty",
    )


def test_a_heading_in_capitals_is_recased_in_time_linear_in_its_body():
    """Each word of the body looks back only a few characters for what opens its sentence: the whole
    paragraph before it, read for each word, took 80 s on a 200 KB body."""
    assert_grows_linearly(
        lambda text: read_metadata(text).title,
        lambda n: "JOINT STATEMENT ON THE PORTS\n\n" + "the ports will be secured " * n + ".",
        500,
    )


def test_a_written_statements_number_and_delivery_lines_are_no_title():
    """Parliament's page of a written statement: its label with the statement's number and its
    `Made on` / `Made by` lines say what the page is; the subject line after them is the title,
    whose states name the parties (the body's France, met in passing, is none)."""
    meta = read_metadata(
        "Written statement HCWS812\n\nMade on: 4 May 2027\n\nMade by: The Minister for Immigration\n\n"
        "UK–Netherlands cooperation at Rotterdam\n\nI met my Dutch counterpart. France was informed."
    )
    assert (meta.title, meta.parties) == ("UK–Netherlands cooperation at Rotterdam", "GB;NL")


def test_a_long_title_naming_a_written_question_is_the_title() -> None:
    """A ministry's answer to a written question is titled at length (question number, asker, subject)."""
    title = (
        "Réponse du ministère de l'Intérieur à la question écrite n° 04412 de Mme Claire Vautrin, sénatrice, "
        "sur la coopération migratoire avec l'Espagne et le Portugal dans le golfe de Gascogne"
    )
    meta = read_metadata(
        f"{title}\nJournal officiel du Sénat, 3 mars 2022\n\nLa question porte sur les ports.", language="fr"
    )
    assert (meta.title, meta.doc_type) == (title, "other")


def test_a_state_named_as_a_destination_in_a_title_is_no_party() -> None:
    text = (
        "Arrangement administratif entre le ministre de l'Intérieur de la République française et "
        "le ministre de l'Intérieur du Royaume d'Espagne relatif aux filières d'immigration irrégulière "
        "à destination du Royaume-Uni\nHendaye, le 4 mai 2015\n\nLes Parties renforcent leurs patrouilles."
    )
    assert read_metadata(text, language="fr").parties == "FR;ES"


def test_a_dateline_below_the_title_may_name_who_it_is_for_before_its_place() -> None:
    text = (
        "Joint Working Group on the Common Travel Area: Annual Report 2021\n"
        "Presented to the Home Secretary and the Irish Minister for Justice, Belfast, 9 March 2022\n\n"
        "The Group met four times."
    )
    meta = read_metadata(text, language="en")
    assert (meta.place, meta.doc_date.isoformat()) == ("Belfast", "2022-03-09")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a body named instead of a place is at its seat
        (
            "Written Ministerial Statement: Returns to Spain\nHome Office, 4 May 2011\n\nThe Minister said.",
            "London",
        ),
        # a dateline parted by dashes, its place last
        ("UK and Spain agree patrols\nPress release — Home Office — Dover, 2 May 2021\n\nThe two.", "Dover"),
        # a place set in capitals is given back its case
        (
            "Joint communiqué on the ports\n\nROTTERDAM, 8 October 2014 — The ministers met today.",
            "Rotterdam",
        ),
        # where a speech was delivered or an interview conducted
        (
            "Speech by the Home Secretary on the ports\nDelivered in Antwerp on 22 March 2018\n\nThank you.",
            "Antwerp",
        ),
        (
            "Interview with the Spanish minister\nInterview conducted in Madrid on 10 March 2026.\n\nHi.",
            "Madrid",
        ),
    ],
)
def test_a_header_names_where_a_text_was_made(text: str, place: str) -> None:
    assert read_metadata(text, language="en").place == place


def test_greece_by_its_official_name_and_a_statement_to_the_commons_is_the_uks() -> None:
    mou = (
        "Memorandum of Understanding between the Government of the United Kingdom and the Government of "
        "the Hellenic Republic on migration\nAthens, 23 May 2016\n\nThe Hellenic Coast Guard will patrol."
    )
    assert read_metadata(mou, language="en").parties == "GB;GR"
    statement = (
        "Oral statement to Parliament: illegal migration from Georgia\nHouse of Commons, 3 May 2023\n\n"
        "I met my French counterpart in Paris last week, and Georgia will accept more returns."
    )
    assert read_metadata(statement, language="en").parties == "GB;GE"


def test_a_title_opening_with_a_french_quotation_is_no_breadcrumb() -> None:
    """`« … » – Entretien …`: the closing guillemet is no crumb's mark; the credit line gives the place."""
    text = (
        "« Nous tiendrons nos engagements » – Entretien avec la ministre de l'Intérieur\n"
        "Propos recueillis par Paul Durand – Bayonne, publié le 4 mai 2025\n\nMadame la ministre, bonjour."
    )
    meta = read_metadata(text, language="fr")
    assert (meta.title, meta.place) == (
        "« Nous tiendrons nos engagements » – Entretien avec la ministre de l'Intérieur",
        "Bayonne",
    )
    assert is_page_furniture("Accueil » Actualités » Communiqués")  # a trail is still one


def test_a_run_together_code_and_date_is_no_place():
    # hypothesis found it: a dateline's `UK20` (a code run into a date) was read as the place `Uk20`
    n = normalise("UK20 August 201520 August 2015", "en")
    assert read_metadata(n.text, "2020-01-01_hostile.txt", "en").place is None
