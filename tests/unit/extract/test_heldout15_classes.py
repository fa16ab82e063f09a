"""Classes of error found on held-out set 15 (#20, studied in session 18 after set 16 was written),
each mended as a rule of the language or the genre and tested on invented sentences, never on a
held-out one, in English and French."""

import pytest

from pipeline.extract.commitments import extract_commitments
from pipeline.extract.parties import document_context
from pipeline.text.normalise import normalise
from pipeline.text.segment import segment
from tests.conftest import CLASS_DAY

EN, FR = "en", "fr"


def _segmented(raw: str, language: str) -> tuple[str, list[dict]]:
    """A whole invented text and its segment rows, normalised and segmented as `make data` does."""
    n = normalise(raw)
    return n.text, [s.as_dict() for s in segment(n.text, n.list_items, language)]


def _document(
    extract, raw: str, language: str, parties: str = "GB;FR", voice: str | None = None
) -> list[dict]:
    """The rows one extractor reads from a whole invented text, segmented as `make data` does."""
    text, rows = _segmented(raw, language)
    with document_context(parties, voice):
        return extract("d", CLASS_DAY, text, rows, language)


def _committed(
    raw: str, language: str, parties: str = "GB;FR", voice: str | None = None
) -> list[tuple[str, str]]:
    return [(r["text"], r["actor"]) for r in _document(extract_commitments, raw, language, parties, voice)]


# a declaration in the first person plural with no pronoun (`Nous, ministres ..., Décidons :`):
# a decision verb with a linking adverb opens its items; an opinion (`Estimons que ...`) is none
DECLARATION = {
    EN: (
        "Joint declaration\n"
        "We, the ministers of the interior of Belgium and France, meeting in Lille,\n"
        "Believe that only a collective response will end these tragedies;\n"
        "Decide therefore:\n"
        "(a) to set up a joint investigation team on the supply of boats;\n"
        "(b) to step up returns of people with no right to stay.\n"
    ),
    FR: (
        "Déclaration conjointe\n"
        "Nous, ministres chargés de l'intérieur de la Belgique et de la France, réunis à Lille,\n"
        "Estimons que seule une réponse collective permettra de mettre fin à ces drames ;\n"
        "Décidons en conséquence :\n"
        "a) de créer une équipe commune d'enquête sur la chaîne logistique des embarcations ;\n"
        "b) d'intensifier les retours des personnes qui n'ont pas le droit de séjourner.\n"
    ),
}


@pytest.mark.parametrize("language", [EN, FR])
def test_a_decision_with_a_linking_adverb_commits_its_items_and_an_opinion_does_not(language) -> None:
    found = _committed(DECLARATION[language], language, "BE;FR")
    assert len(found) == 2 and all(set(actor.split(";")) == {"BE", "FR"} for _, actor in found), found
    assert not any(t.startswith(("Believe", "Estimons")) for t, _ in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I am convinced that this settlement will break the business model of the gangs.", EN),
        ("We believe the new centre will reduce the number of crossings.", EN),
        ("Je suis convaincu que ce plan brisera le modèle économique des passeurs.", FR),
        ("Les ministres estiment que la nouvelle unité permettra de démanteler davantage de filières.", FR),
    ],
)
def test_an_opinion_about_what_will_happen_is_no_commitment(text, language) -> None:
    assert _committed(f"Statement\n{text}\n", language) == []


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        (
            "Statement\nWe have agreed to meet again in The Hague before the end of the year.\n",
            EN,
        ),
        (
            "Déclaration\nNous sommes convenus de nous réunir à nouveau à La Haye avant la fin de l'année.\n",
            FR,
        ),
    ],
)
def test_we_have_agreed_to_meet_is_agreed(raw, language) -> None:
    assert [a for _, a in _committed(raw, language)] == ["GB;FR"]


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        (
            "Record of the Cabinet\nThe Government has adopted the following guidelines:\n"
            "- stronger police presence around the ports of Calais and Dunkirk;\n"
            "- a day centre for unaccompanied minors in Steenvoorde by the summer.\n",
            EN,
        ),
        (
            "Compte rendu\nLe Gouvernement a arrêté les orientations suivantes :\n"
            "— le renforcement de la présence policière aux abords des ports de Calais et de Dunkerque ;\n"
            "— l'ouverture d'un accueil de jour pour les mineurs isolés à Steenvoorde d'ici l'été.\n",
            FR,
        ),
    ],
)
def test_guidelines_a_government_adopted_are_its_plan(raw, language) -> None:
    assert len(_committed(raw, language)) == 2


TREATY = {
    EN: (
        "ADDITIONAL PROTOCOL\nThe Parties have agreed as follows:\nArticle 1\n"
        "1. The liaison officers exchange information useful to the fight against smuggling networks.\n"
        "2. Asylum claims made in the control zones are examined by the Party on whose territory "
        "they are made.\n"
    ),
    FR: (
        "PROTOCOLE ADDITIONNEL\nLes Parties sont convenues de ce qui suit :\nArticle 1\n"
        "1. Les officiers de liaison échangent les informations utiles à la lutte contre les filières.\n"
        "2. Les demandes d'asile présentées dans les zones de contrôle sont examinées par la Partie sur le "
        "territoire de laquelle elles sont présentées.\n"
    ),
}


@pytest.mark.parametrize("language", [EN, FR])
def test_liaison_officers_and_a_party_named_by_its_role_bind_both_parties(language) -> None:
    found = _committed(TREATY[language], language)
    assert [a for _, a in found] == ["GB;FR", "GB;FR"], found


@pytest.mark.parametrize(
    ("raw", "language", "actor"),
    [  # a minister's circular speaks for its government (the voice the document's header gives)
        (
            "Déclaration\nLe Royaume-Uni s'est engagé, de son côté, à accueillir les mineurs isolés.\n",
            FR,
            "GB",
        ),
        (
            "Statement\nThe United Kingdom has agreed, for its part, to receive the unaccompanied minors.\n",
            EN,
            "GB",
        ),
        (
            "Circulaire\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets\n"
            "Il vous appartient de mobiliser les groupes d'intervention régionaux contre les passeurs.\n",
            FR,
            "FR",
        ),
    ],
)
def test_an_aside_inside_a_cue_and_a_task_that_falls_to_the_addressee(raw, language, actor) -> None:
    assert [a for _, a in _committed(raw, language, "GB;FR", voice="FR")] == [actor]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a total named after a yearly sum is that row's total; `financial years` count the years
        (
            "The United Kingdom will provide France with £141 million a year for the next three financial "
            "years, a total of £423 million, to reinforce the policing of the coast.",
            EN,
            [(141_000_000.0, 3, 423_000_000.0)],
        ),
        (
            "Le Royaume-Uni versera 35 millions d'euros par an pendant trois ans, un total de 105 millions "
            "d'euros, pour la surveillance du littoral.",
            FR,
            [(35_000_000.0, 3, 105_000_000.0)],
        ),
        # the sum set off after the salaries or running costs it measures is no funding
        (
            "The salaries of the 120 UK officers based in France, about £4.1 million a year, are met from "
            "the ordinary immigration budget. The UK will provide £5 million to France.",
            EN,
            [(5_000_000.0, 1, 5_000_000.0)],
        ),
        (
            "France continues to meet the running costs of the beach patrols, about €2 million a month, from "
            "its national budget. The UK will provide £5 million to France.",
            EN,
            [(5_000_000.0, 1, 5_000_000.0)],
        ),
        (
            "Les salaires des 120 agents britanniques, soit environ 4,1 millions d'euros par an, sont "
            "imputés sur le budget ordinaire. Le Royaume-Uni versera 5 millions d'euros à la France.",
            FR,
            [(5_000_000.0, 1, 5_000_000.0)],
        ),
    ],
)
def test_a_named_total_and_a_measured_salary(text, language, expected) -> None:
    from pipeline.extract.funding import extract_funding

    rows = _document(extract_funding, f"Statement\n{text}\n", language)
    assert [(r["amount"], r["years"], r["total_amount"]) for r in rows] == expected


@pytest.mark.parametrize(
    ("raw", "title", "doc_type"),
    [
        (
            "PRESS RELEASE – FOR IMMEDIATE USE\n\nTHE HAGUE, 7 November 2027 – Joint statement by the "
            "interior ministers of Belgium, France and the United Kingdom on boats\n\nThe ministers met.\n",
            "Joint statement by the interior ministers of Belgium, France and the United Kingdom on boats",
            "joint_statement",
        ),
        (
            "COMMUNIQUÉ DE PRESSE – POUR DIFFUSION IMMÉDIATE\n\nLA HAYE, le 7 novembre 2027 – Déclaration "
            "conjointe des ministres de l'intérieur de la Belgique, de la France et du Royaume-Uni\n\n"
            "Les ministres se sont réunis aujourd'hui.\n",
            "Déclaration conjointe des ministres de l'intérieur de la Belgique, de la France et du "
            "Royaume-Uni",
            "declaration",
        ),
    ],
)
def test_a_releases_handling_line_is_furniture_and_a_dateline_may_carry_the_title(
    raw, title, doc_type
) -> None:
    from pipeline.text.metadata import read_metadata

    meta = read_metadata(normalise(raw).text)
    assert (meta.title, meta.doc_type, "BE" in meta.parties) == (title, doc_type, True)


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        # a signature line names who signed for whom
        (
            "Protocol\nThe Parties have agreed as follows:\nArticle 1\nThe Parties shall cooperate.\n"
            "For the United Kingdom of Great Britain and Northern Ireland: Rhys Aldington, Minister of State "
            "for Borders\n",
            EN,
        ),
        (
            "Protocole\nLes Parties sont convenues de ce qui suit :\nArticle 1\nLes Parties coopèrent.\n"
            "Pour le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord : Rhys Aldington, ministre d'État "
            "chargé des frontières\n",
            FR,
        ),
        # agreeing a plan, named and no more, then what the plan holds
        (
            "Statement\nThe two Governments have agreed a joint plan. Under that plan, the Parties shall "
            "cooperate.\n",
            EN,
        ),
    ],
)
def test_signature_lines_and_agreeing_a_named_plan_commit_to_nothing(raw, language) -> None:
    found = [t for t, _ in _committed(raw, language)]
    assert len(found) == 1 and "coop" in found[0], found


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        (
            "Statement\nToday I am setting out the funding that the Government will provide to France.\n"
            "The settlement sets out what each country will contribute over several years.\n",
            EN,
        ),
    ],
)
def test_a_text_saying_what_it_sets_out_describes_itself(raw, language) -> None:
    assert _committed(raw, language) == []


@pytest.mark.parametrize(
    ("raw", "language"),
    [
        (
            "Press release\nThe ministers met today.\nThey agreed on a joint action plan to:\n"
            "- strengthen the surveillance of beaches before the end of the year;\n"
            "- set up, with Europol, a joint investigation team.\n",
            EN,
        ),
        (
            "Déclaration\nLes ministres se sont réunis à Lille.\nIls sont convenus d'un plan d'action commun "
            "visant à :\n- renforcer la surveillance des plages ;\n- créer une équipe commune d'enquête.\n",
            FR,
        ),
    ],
)
def test_a_lead_in_that_only_names_a_plan_introduces_its_items(raw, language) -> None:
    found = [t for t, _ in _committed(raw, language)]
    assert len(found) == 2 and not any(t.rstrip().endswith(":") for t in found), found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a share of a group written as a fraction or `one in N` is a percentage at its level
        ("Roughly half of those attempts were made at Calais.", EN, [(50.0, "approximately")]),
        ("Albanian nationals made up more than a quarter of arrivals in 2027.", EN, [(25.0, "more_than")]),
        ("Almost one in three departures now takes place from the Somme.", EN, [(33.0, "approximately")]),
        ("Plus de la moitié d'entre elles l'ont été grâce aux détecteurs.", FR, [(50.0, "more_than")]),
        ("Un éloignement sur cinq concerne désormais un ressortissant albanais.", FR, [(20.0, "exact")]),
        # a part of a period is none, and a fall by a fraction stays a change
        ("In the first half of the year the patrols were doubled at night.", EN, []),
        ("Au cours de la première moitié de l'année, les patrouilles ont été renforcées.", FR, []),
    ],
)
def test_a_share_written_as_a_fraction_is_a_percentage(text, language, expected) -> None:
    from pipeline.extract.statistics import find_statistics

    found = [
        (s.value, s.qualifier)
        for s, _, _ in find_statistics(text, CLASS_DAY, language)
        if s.unit == "percent"
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a level linked by `peaked at` or `stood at` counts the subject
        (
            "The number of people staying in the camp peaked at about 1,800 in the summer.",
            EN,
            [(1800.0, "people")],
        ),
        # a clause joined by a comma and a link has its own subject; one with none counts the sentence's
        (
            "French forces prevented 1,600 crossings, and attempts from the Belgian coast rose from 12 "
            "to 87.",
            EN,
            [(1600.0, "attempts"), (12.0, "attempts"), (87.0, "attempts")],
        ),
        (
            "Les forces françaises ont empêché environ 19 000 tentatives de départ, et les garde-côtes "
            "belges en ont empêché près de 700.",
            FR,
            [(19000.0, "attempts"), (700.0, "attempts")],
        ),
    ],
)
def test_a_level_verb_and_a_joined_clauses_own_subject(text, language, expected) -> None:
    from pipeline.extract.statistics import find_statistics

    assert [(s.value, s.unit) for s, _, _ in find_statistics(text, CLASS_DAY, language)] == expected


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        (
            "Report\nThe committee examined the figures.\nMobile police officers deployed each day in "
            "Calais\n2014: 620 | 2015: 1,130 | 2016 (January-September): 1,960\n",
            EN,
            [(620.0, "officers"), (1130.0, "officers"), (1960.0, "officers")],
        ),
        (
            "Rapport\nLe rapporteur a examiné les crédits.\nIndicateur 1.2 — Nombre d'éloignements "
            "forcés exécutés\n2024 : 22 840 | 2025 : 24 310\n",
            FR,
            [(22840.0, "people"), (24310.0, "people")],
        ),
    ],
)
def test_a_row_of_period_cells_counts_what_its_heading_names(raw, language, expected) -> None:
    from pipeline.extract.statistics import extract_statistics

    rows = extract_statistics("d", CLASS_DAY, *_segmented(raw, language), language=language)
    assert sorted((r["value"], r["unit"]) for r in rows) == sorted(expected)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # a letter's subject line, or its heading in capitals after the salutation, is its title
        (
            "MINISTÈRE DE L'INTÉRIEUR\nParis, le 22 avril 2027\nNOR : INTK2710457C\n"
            "Le ministre de l'intérieur\nà\nMesdames et Messieurs les préfets\n"
            "Objet : circulaire relative à la sûreté des ports.\n"
            "Je vous demande de renforcer les contrôles.\n",
            "Circulaire relative à la sûreté des ports",
        ),
        (
            "Home Office\n2 Marsham Street\nLondon SW1P 4DF\nDear Marjorie,\nJUXTAPOSED CONTROLS: FOLLOW-UP\n"
            "Thank you for your letter of 2 March 2027. The controls will continue.\n",
            "Juxtaposed controls: follow-up",
        ),
        # a web page's masthead stands above its breadcrumb trail; a print bar is furniture
        (
            "Sénat — Un site au service des citoyens\nAccueil > Travaux parlementaires > Questions\n"
            "Imprimer | Envoyer à un ami\nSituation des migrants sur le littoral\n"
            "M. Castagnède attire l'attention du ministre sur la situation.\n",
            "Situation des migrants sur le littoral",
        ),
        # a heading whose opening words only are in capitals: those words as running text writes them
        (
            "WORKING ARRANGEMENT between the National Crime Agency and the Office central\n"
            "This Working Arrangement sets the terms of the cooperation.\n",
            "Working Arrangement between the National Crime Agency and the Office central",
        ),
    ],
)
def test_a_letters_subject_a_masthead_and_a_capitalised_opening(raw, title) -> None:
    from pipeline.text.metadata import read_metadata

    assert read_metadata(normalise(raw).text).title == title


def _actors(raw: str, language: str, parties: str = "GB;FR") -> list[str]:
    """The actors of a whole text's commitments, its voice read from its header as `make data` does."""
    from pipeline.extract.document import _header
    from pipeline.extract.parties import voice_of

    text, rows = _segmented(raw, language)
    with document_context(parties, voice_of(_header(text), language, parties)):
        return [r["actor"] for r in extract_commitments("d", CLASS_DAY, text, rows, language)]


@pytest.mark.parametrize(
    ("raw", "language", "parties", "expected"),
    [
        # a letter's salutation below its sender's address makes the text the sender's
        (
            "Home Office\n2 Marsham Street\nLondon SW1P 4DF\nDear Marjorie,\nJUXTAPOSED CONTROLS\n"
            "We will respond formally to the Committee's report within two months.\n",
            EN,
            "GB;FR;BE",
            ["GB"],
        ),
        # a circular's subject line names the genre below its header
        (
            "MINISTÈRE DE L'INTÉRIEUR\nParis, le 22 avril 2027\nNOR : INTK2710457C\n"
            "Le ministre de l'intérieur\nObjet : circulaire relative à la sûreté des ports.\n"
            "Vous veillerez à renforcer les contrôles.\n",
            FR,
            "GB;FR",
            ["FR"],
        ),
        # a finance bill is its government's; its items done with a partner set off by commas are both's
        (
            "PROJET DE LOI DE FINANCES POUR 2028\nMission « Immigration, asile et intégration »\n"
            "En 2028, le programme financera :\n— l'acquisition de drones pour les unités du littoral ;\n"
            "— la création, avec le Royaume-Uni, d'un fonds commun pour la sécurisation des ports.\n",
            FR,
            "GB;FR",
            ["FR", "GB;FR"],
        ),
        # the speaker and a counterpart named by first name, or `we are both`, are both parties
        (
            "Speech\nPM's remarks at the summit\nJean-Marc and I will also write to the President of the "
            "Commission.\nAnd we are both committed to working with Italy and Greece.\n",
            EN,
            "GB;FR",
            ["GB;FR", "GB;FR"],
        ),
        # OLTIM is France's office against migrant smuggling
        (
            "Working arrangement\nThe NCA will post two liaison officers to Nanterre, and OLTIM will post "
            "one officer to London.\n",
            EN,
            "GB;FR",
            ["GB;FR"],
        ),
    ],
)
def test_whose_voice_and_who_acts_with_it(raw, language, parties, expected) -> None:
    assert _actors(raw, language, parties) == expected


@pytest.mark.parametrize(
    ("text", "language", "day", "deadline"),
    [
        # counted from the text's own signature, from the document for `the next N years`, the part
        # of the document's year, a span of years ended by its last, a split budget year
        (
            "Each Participant will name a contact point within thirty days of signature.",
            EN,
            "2027-10-14",
            "2027-11-13",
        ),
        (
            "The NCA will pay €240,000 a year for the next two years towards two posts.",
            EN,
            "2027-10-14",
            "2029-10-14",
        ),
        (
            "The Parties will agree a protocol on children in the third quarter.",
            EN,
            "2027-07-20",
            "2027-09-30",
        ),
        ("The UK will fund the centre from 2027 to 2029.", EN, "2027-01-10", "2029-12-31"),
        ("Le Royaume-Uni financera le plan par an sur la période 2027-2029.", FR, "2027-01-10", "2029-12-31"),
        (
            "La France consacrera 12 millions d'euros, de 2027 à 2029, au développement solidaire.",
            FR,
            "2027-01-10",
            "2029-12-31",
        ),
        (
            "Le Home Office financera la cellule au titre de l'exercice budgétaire 2027-2028.",
            FR,
            "2027-01-10",
            "2028-03-31",
        ),
    ],
)
def test_deadlines_counted_from_signature_spans_of_years_and_budget_years(
    text, language, day, deadline
) -> None:
    import datetime as dt

    with document_context("GB;FR"):
        rows = extract_commitments(
            "d", dt.date.fromisoformat(day), *_segmented(f"Statement\n{text}\n", language), language
        )
    assert [str(r["deadline_date"]) for r in rows] == [deadline]


def test_a_header_sentence_reporting_another_texts_signature_does_not_date_the_text() -> None:
    from pipeline.text.metadata import read_metadata

    raw = (
        "Compte rendu du Conseil des ministres du mercredi 3 mars 2027\nPROJET DE LOI\n"
        "Le ministre a présenté un projet de loi autorisant l'approbation de l'accord entre la France et la "
        "Belgique, signé à Tournai le 18 novembre 2026.\n"
    )
    assert str(read_metadata(normalise(raw).text).doc_date) == "2027-03-03"


@pytest.mark.parametrize(
    ("text", "language", "amounts"),
    [
        # a sum restated in another currency after a comma and a hedge is the same money
        (
            "Le Royaume-Uni apportera 4 millions de livres, soit environ 5 millions d'euros, au programme.",
            FR,
            [4e6],
        ),
        # what migrants send home, and an agency's travel costs, are no party's funding
        (
            "Les transferts de fonds des migrants vers le Maroc ont atteint 5,7 milliards d'euros en 2026.",
            FR,
            [],
        ),
        (
            "Les frais de déplacement de vos agents restent imputés sur vos crédits, dans la limite de "
            "45 000 euros.",
            FR,
            [],
        ),
    ],
)
def test_a_restated_sum_remittances_and_travel_costs(text, language, amounts) -> None:
    from pipeline.extract.funding import extract_funding

    assert [r["amount"] for r in _document(extract_funding, f"Discours\n{text}\n", language)] == amounts


@pytest.mark.parametrize(
    "text",
    [
        "We are committed to the principle that those in genuine need receive protection.",
        "The Government is committed to the juxtaposed model as the best means of keeping the border secure.",
    ],
)
def test_committed_to_a_principle_or_a_model_is_a_stance(text) -> None:
    assert _committed(f"Statement\n{text}\n", EN) == []


def test_a_bracketed_sum_in_another_currency_at_the_end_of_its_clause_is_the_same_money() -> None:
    from pipeline.extract.funding import extract_funding

    text = (
        "The Home Office will provide £2 million a year for the next three years to maintain the search "
        "equipment at those sites (around €2.9 million a year)."
    )
    rows = _document(extract_funding, f"Letter\n{text}\n", EN)
    assert [(r["amount"], r["alt_amount"]) for r in rows] == [(2e6, 2.9e6)]


@pytest.mark.parametrize(
    ("raw", "language", "count"),
    [
        # a preamble recalling the parties' commitment restates it
        (
            "PROTOCOL\nRecalling their commitment, made at Brussels on 2 June 2024, to develop joint "
            "controls,\n"
            "The Parties have agreed as follows:\nArticle 1\nThe Parties shall cooperate.\n",
            EN,
            2,
        ),
        # a text reported to hold a commitment by its parties
        (
            "Press notice\nThe declaration also contains a commitment by all three countries to tackle "
            "fraud.\n",
            EN,
            1,
        ),
        # `for the purposes of this Protocol` opening a definition commits no one; inside an obligation it
        # does not stop it
        (
            "PROTOCOL\nThe Parties have agreed as follows:\nArticle 4\n1. For the purposes of this Protocol, "
            "officer means a member of the border police.\n2. Personal data shall be processed only for the "
            "purposes of this Protocol.\n",
            EN,
            1,
        ),
    ],
)
def test_recalled_and_contained_commitments_and_where_definitions_open(raw, language, count) -> None:
    assert len(_committed(raw, language)) == count


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("People in the camp according to the prefecture: between 350 and 450;", EN),
        ("personnes présentes dans le Calaisis selon la préfecture : entre 350 et 450 ;", FR),
    ],
)
def test_a_label_rows_range_gives_both_bounds(text, language) -> None:
    from pipeline.extract.statistics import find_statistics

    assert [(s.value, s.unit) for s, _, _ in find_statistics(text, CLASS_DAY, language)] == [
        (350.0, "people"),
        (450.0, "people"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Assisted voluntary returns (target: 600 persons) | IOM | 2027–2028", EN),
        ("Retours volontaires aidés (objectif : 600 personnes) | OIM | 2027-2028", FR),
    ],
)
def test_a_figure_after_a_targets_label_is_no_report(text, language) -> None:
    from pipeline.extract.statistics import find_statistics

    assert [s.value for s, _, _ in find_statistics(text, CLASS_DAY, language) if s.value == 600] == []


def test_a_plan_of_ones_own_in_french_is_an_intention() -> None:
    rows = _document(extract_commitments, "Communiqué\nLa France prévoit de déployer 200 gendarmes.\n", FR)
    assert [(r["actor"], r["modality"]) for r in rows] == [("FR", "intend")]


@pytest.mark.parametrize(
    ("raw", "date", "place"),
    [
        # a closing formula above an annex places and dates the text
        (
            "MEMORANDUM OF UNDERSTANDING between the Participants\n1. The Participants will cooperate.\n"
            "Signed at Rabat on 18 October 2027 in three originals.\n"
            + "".join(f"Annex line {i}: budget item {i}\n" for i in range(1, 11)),
            "2027-10-18",
            "Rabat",
        ),
        # a year written in words after `in the year`
        (
            "WORKING ARRANGEMENT between the agencies\n1. The agencies will exchange information.\n"
            "Done at Paris on the fourteenth day of October in the year two thousand and twenty-seven, "
            "in two originals.\n",
            "2027-10-14",
            "Paris",
        ),
    ],
)
def test_a_closing_formula_above_an_annex_and_a_year_in_words_after_in_the_year(raw, date, place) -> None:
    from pipeline.text.metadata import read_metadata

    meta = read_metadata(normalise(raw).text)
    assert (str(meta.doc_date), meta.place) == (date, place)
