"""Article cards derived from an issue: from the corpus manifest + page text, from a PDF import,
and from a made-up issue that neither the code nor the tests were written against."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.cards import (
    ArticleCard,
    Person,
    derive_cards,
    extract_people,
    topic_suggestions,
)
from retrieval.corpus import Article, Issue, Page, Segment, load_issue

ROOT = Path(__file__).resolve().parents[2]
CORPUS_0124 = ROOT / "corpus" / "offentlig-ledelse-2024-01"
SAMPLE_PDF = ROOT.parent / "shared" / "samples" / "offentlig-ledelse-2024-03.pdf"


@pytest.fixture(scope="module")
def cards_0124() -> dict[str, ArticleCard]:
    return {c.title: c for c in derive_cards(load_issue(CORPUS_0124))}


@pytest.fixture(scope="module")
def cards_0324() -> dict[str, ArticleCard]:
    if not SAMPLE_PDF.is_file():
        pytest.skip("sample PDF not available")
    from retrieval.pdf_import import build_issue, extract_pages

    return {c.title: c for c in derive_cards(build_issue(extract_pages(SAMPLE_PDF), "03/2024"))}


def _card(cards: dict[str, ArticleCard], prefix: str) -> ArticleCard:
    (card,) = [c for t, c in cards.items() if t.startswith(prefix)]
    return card


def _roles(card: ArticleCard) -> dict[str, str]:
    return {p.name: p.role for p in card.people}


# -- the corpus issue (manifest + page text) -------------------------------------------------------
def test_structural_kinds_of_the_corpus_issue(cards_0124):
    assert "forside" in _card(cards_0124, "Forside").kinds
    assert {"kolofon", "indhold"} <= set(_card(cards_0124, "Kolofon og indhold").kinds)
    assert "bagside" in _card(cards_0124, "Derfor får du").kinds
    assert "bagside" not in _card(cards_0124, "Lederen").kinds


def test_marked_kinds_come_from_titles_contents_labels_and_kickers(cards_0124):
    assert "leder" in _card(cards_0124, "Lederen:").kinds  # kicker LEDEREN / title prefix
    assert "boguddrag" in _card(cards_0124, "Boguddrag:").kinds
    assert "guide" in _card(cards_0124, "Find vej i AI-junglen").kinds  # contents label "Guides: …"
    assert "guide" in _card(cards_0124, "Guide: Nyttige").kinds
    assert "boganmeldelse" in _card(cards_0124, "Hvem passer på chefen").kinds  # "194 sider, 299 kr."
    # "Leder: …" on the contents page labels an interview with a leader, not the editorial.
    four = _card(cards_0124, "4 skarpe")
    assert "leder" not in four.kinds and "interview" in four.kinds


def test_themes_and_their_intros(cards_0124):
    intro_ai = _card(cards_0124, "Kunstig intelligens i offentlig velfærd")
    assert "tema_intro" in intro_ai.kinds and intro_ai.theme == "AI i offentlig velfærdsledelse"
    assert intro_ai.label == "Intro: Naviger med fornuft og nysgerrighed"
    intro_senior = _card(cards_0124, "Seniorledelse:")
    assert "tema_intro" in intro_senior.kinds and intro_senior.theme == "Seniorledelse"
    assert _card(cards_0124, "Vi har kun set").theme == "AI i offentlig velfærdsledelse"
    assert _card(cards_0124, "Tag den ærlige snak").theme == "Seniorledelse"
    # The theme ends with the last entry whose pages carry a TEMA kicker: not the book excerpt.
    assert _card(cards_0124, "Boguddrag:").theme == ""


def test_people_with_roles_as_the_page_states_them(cards_0124):
    edwards = _roles(_card(cards_0124, "Vi har kun set"))["Kasper Edwards"]
    assert "seniorforsker" in edwards and "DTU" in edwards
    assert _card(cards_0124, "Vi har kun set").label.startswith("DTU-forsker:")
    bohni = _roles(_card(cards_0124, "Kunstig intelligens bør skærpe"))["Steffen Bohni"]
    assert bohni.startswith("direktør i Det Nationale Forskningscenter for Arbejdsmiljø")
    assert _roles(_card(cards_0124, "Find vej"))["Frederik Nordentoft"] == "kontorchef i KL"
    # An all-caps byline: "AF ANDERS FLØJBORG, DIREKTØR I FONDEN FJORDHUSENE RINGKØBING, …"
    leder = _roles(_card(cards_0124, "Lederen:"))
    assert leder["Anders Fløjborg"].startswith("direktør i Fonden Fjordhusene Ringkøbing")
    assert "Fjordhusene Ringkøbing" not in leder  # an organisation is not a person


def test_card_context_is_indexed_with_every_passage(cards_0124):
    from retrieval.chunking import chunk_issue

    issue = load_issue(CORPUS_0124)
    passages = chunk_issue(issue)
    card = _card(cards_0124, "Vi har kun set")
    mine = [p for p in passages if p.article == card.title]
    assert mine and all(p.context == card.context() for p in mine)
    assert "DTU-forsker" in card.context() and "Kasper Edwards" in card.context()


# -- a new issue from the PDF import ---------------------------------------------------------
def test_cards_of_a_pdf_imported_issue(cards_0324):
    leder = _card(cards_0324, "Lederen:")
    assert "leder" in leder.kinds and leder.kicker == "LEDEREN"
    assert _roles(leder)["Lone Dalsgaard Winther"] == "formand for Fiktivt Lederforum"
    meetings = _card(cards_0324, "Færre møder")
    assert meetings.theme == "mødekultur" and "tema" in meetings.kinds
    roles = _roles(meetings)
    assert roles["Nanna Østergaard Lind"] == "centerchef for Børn og Familie i Lyngholm Kommune"
    assert roles["Morten Skov Iversen"].startswith("erhvervsforsker fra Fiktivt Handelsinstitut")
    tools = _card(cards_0324, "Digitale værktøjer")
    assert tools.kicker == "DIGITALE VÆRKTØJER" and _roles(tools)["Signe Krogh Damgaard"] == "distriktsleder"
    assert {"kolofon", "indhold", "til_laeseren"} <= set(_card(cards_0324, "Kolofon og indhold").kinds)
    assert "forside" in _card(cards_0324, "Forside").kinds


# -- an issue nobody has seen ----------------------------------------------------------------
def _made_up_issue() -> Issue:
    pages = {
        1: [("Forside", "Offentlig Ledelse 07/2031\nTEMA: TILLID\nTillid i praksis\nSIDE 4")],
        2: [
            (
                "Kolofon og indhold",
                (
                    "ISSN 1234-5678\nOplag\n4.000 eksemplarer\nAnsvarshavende redaktør\nBo Berg\n\nINDHOLD\n"
                    "3 Lederen: Tid til tillid\nTEMA: Tillid\n4 Intro: Hvad er tillid?\n5 Klummen: Mødet der aldrig sluttede\n"
                ),
            )
        ],
        3: [
            (
                "Lederen: Tid til tillid",
                (
                    "LEDEREN\n\nTid til tillid\n\nAf Eva Holm, forperson for Fiktiv Lederforening\n\n"
                    "Tillid er ledelsens vigtigste valuta. Den bygges langsomt og rives hurtigt ned."
                ),
            )
        ],
        4: [
            (
                "Intro: Hvad er tillid?",
                (
                    "TEMA: TILLID\n\nHvad er tillid?\n\nTillid er en forventning om velvilje, siger professor "
                    "Jonas Krog fra Fiktivt Universitet. Ifølge ham kan tillid måles.\n\n"
                    "– Tillid handler om at give slip, siger Jonas Krog."
                ),
            )
        ],
        5: [
            (
                "Klummen: Mødet der aldrig sluttede",
                "KLUMME\n\nMødet der aldrig sluttede\n\nAf Pia Lund\n\nVi har alle siddet i det møde.",
            )
        ],
    }
    titles = {
        "Forside": (1,),
        "Kolofon og indhold": (2,),
        "Lederen: Tid til tillid": (3,),
        "Intro: Hvad er tillid?": (4,),
        "Klummen: Mødet der aldrig sluttede": (5,),
    }
    articles = [Article(t, p) for t, p in titles.items()]
    page_objs = [Page(n, tuple(Segment(a, t) for a, t in segs)) for n, segs in pages.items()]
    return Issue("07/2031", articles, page_objs)


def test_cards_of_an_issue_nobody_has_seen():
    cards = {c.title: c for c in derive_cards(_made_up_issue())}
    assert "forside" in cards["Forside"].kinds
    assert {"kolofon", "indhold"} <= set(cards["Kolofon og indhold"].kinds)
    assert "leder" in cards["Lederen: Tid til tillid"].kinds
    assert _roles(cards["Lederen: Tid til tillid"])["Eva Holm"] == "forperson for Fiktiv Lederforening"
    intro = cards["Intro: Hvad er tillid?"]
    assert "tema_intro" in intro.kinds and intro.theme == "Tillid"
    assert _roles(intro)["Jonas Krog"] == "professor fra Fiktivt Universitet"
    column = cards["Klummen: Mødet der aldrig sluttede"]
    assert {"klumme", "bagside"} <= set(column.kinds) and _roles(column)["Pia Lund"] == "skribent"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Det siger Mette Fisker, chefkonsulent i Region Nord, hvor hun arbejder med data.",
            "Mette Fisker",
            "chefkonsulent i Region Nord",
        ),
        (
            "Ole Dam er områdeleder for ældreplejen i Vejby Kommune.",
            "Ole Dam",
            "områdeleder for ældreplejen i Vejby Kommune",
        ),
        (
            "Det fortæller teamleder Sara Ali fra Jobcenter Vest om sin hverdag.",
            "Sara Ali",
            "teamleder fra Jobcenter Vest",
        ),
        ("AF KIM HOLT, DIREKTØR I FIKTIV FOND", "Kim Holt", "direktør i Fiktiv Fond"),
    ],
)
def test_extract_people_patterns(text: str, name: str, role: str):
    assert Person(name, role) in extract_people(text)


def test_an_organisation_before_a_role_is_not_a_person():
    assert extract_people("Aarhus Kommune, der er arbejdsgiver for mange, har en ny direktør.") == []


def test_card_round_trips_through_dict(cards_0124):
    card = _card(cards_0124, "Vi har kun set")
    assert ArticleCard.from_dict(card.to_dict()) == card


def test_topic_suggestions_come_from_the_cards_newest_issue_first(cards_0124):
    made_up = derive_cards(_made_up_issue())
    topics = topic_suggestions(list(cards_0124.values()) + made_up, limit=6)
    assert topics[0] == "Tillid"  # the newest issue's theme
    assert "AI i offentlig velfærdsledelse" in topics and "Seniorledelse" in topics
    assert not {"Forside", "Kolofon og indhold"} & set(topics)
    assert len(topics) == len({t.lower() for t in topics}) <= 6
