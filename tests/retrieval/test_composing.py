"""The composer seam: any composer's citations pass the quote check before an answer leaves the
core, and the core exposes a public, immutable index snapshot."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from retrieval.answering import Answerer
from retrieval.composing import Composition, CompositionRequest, ExtractiveComposer
from retrieval.index import IndexSnapshot, build_index
from retrieval.models import Citation
from retrieval.settings import Settings

from fakes import HashEmbedder, make_issue

ON_PAGE_1 = "Mødekultur handler om færre og bedre møder."
FABRICATED = "Lederen skal altid fyre medarbejderen med det samme."


class RecordingComposer:
    """Returns a fixed composition and remembers what it was asked."""

    def __init__(self, composition: Composition) -> None:
        self.composition = composition
        self.requests: list[CompositionRequest] = []

    def compose(self, request: CompositionRequest) -> Composition:
        self.requests.append(request)
        return self.composition


@pytest.fixture
def tiny_index(tmp_path: Path) -> Path:
    build_index(tmp_path / "index", [make_issue("05/2030")], HashEmbedder())
    return tmp_path / "index"


def _answerer(index_dir: Path, composer: object | None = None) -> Answerer:
    return Answerer(Settings(index_dir=index_dir), embedder=HashEmbedder(), composer=composer)  # type: ignore[arg-type]


def test_an_unverifiable_quote_from_any_composer_never_leaves(tiny_index: Path, caplog) -> None:
    dishonest = RecordingComposer(
        Composition(
            text=f"Bladet siger: «{FABRICATED}» — Mødekultur i kommunen, s. 1",
            citations=(
                Citation("05/2030", "Mødekultur i kommunen", 1, FABRICATED, 1.0),
                Citation("05/2030", "Mødekultur i kommunen", 1, ON_PAGE_1, 0.9),
            ),
        )
    )
    with caplog.at_level(logging.WARNING, logger="retrieval.answering"):
        ans = _answerer(tiny_index, dishonest).answer("Hvordan får vi en bedre mødekultur?")
    assert dishonest.requests, "the composer was asked"
    assert ans.status == "no_answer" and ans.reason == "not_covered" and ans.citations == []
    assert FABRICATED not in ans.text and "Det dækker Offentlig Ledelse ikke" in ans.text
    assert "answer withheld" in caplog.text and FABRICATED not in caplog.text


def test_a_citation_of_a_page_that_does_not_exist_is_withheld(tiny_index: Path) -> None:
    wrong_page = RecordingComposer(
        Composition(
            text=f"«{ON_PAGE_1}»", citations=(Citation("05/2030", "Mødekultur i kommunen", 99, ON_PAGE_1, 1.0),)
        )
    )
    ans = _answerer(tiny_index, wrong_page).answer("Hvordan får vi en bedre mødekultur?")
    assert ans.status == "no_answer" and ans.citations == [] and ON_PAGE_1 not in ans.text


def test_a_verified_composition_is_returned_as_composed(tiny_index: Path) -> None:
    honest = RecordingComposer(
        Composition(
            text=f"Kort sagt: «{ON_PAGE_1}»",
            citations=(Citation("05/2030", "Mødekultur i kommunen", 1, ON_PAGE_1, 0.5),),
        )
    )
    ans = _answerer(tiny_index, honest).answer("Hvordan får vi en bedre mødekultur?")
    assert ans.status == "answered" and ans.text == f"Kort sagt: «{ON_PAGE_1}»"
    assert [c.quote for c in ans.citations] == [ON_PAGE_1]
    assert ans.index_version and ans.embedder_id == HashEmbedder.id
    (request,) = honest.requests
    assert request.question == "Hvordan får vi en bedre mødekultur?" and not request.english
    assert request.snapshot.issues[0].issue == "05/2030"
    assert request.page_text("05/2030", 1) and ON_PAGE_1 in request.page_text("05/2030", 1)


def test_extractive_composer_without_hits_writes_the_not_covered_reply(tiny_index: Path) -> None:
    answerer = _answerer(tiny_index)
    index = answerer.live_index()
    request = CompositionRequest(
        question="Hvad er opskriften på æblekage?",
        hits=(),
        decision_request=True,
        english=False,
        snapshot=index.snapshot(),
        page_text=index.page_text,
    )
    out = ExtractiveComposer(Settings(decision_contacts="HR")).compose(request)
    assert out.citations == ()
    assert "Jeg kan ikke træffe beslutningen for dig" in out.text and "fx HR" in out.text
    assert "numre (05/2030)" in out.text


def test_snapshot_is_public_and_immutable(tiny_index: Path) -> None:
    snap = _answerer(tiny_index).snapshot()
    assert isinstance(snap, IndexSnapshot)
    assert snap.embedder_id == HashEmbedder.id and snap.version.startswith("v-") and snap.created_at
    assert [s.issue for s in snap.issues] == ["05/2030"] and snap.passages == snap.issues[0].passages > 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        snap.version = "other"  # type: ignore[misc]


# -- the extractive composer's reply ----------------------------------------------------------
from retrieval import composing  # noqa: E402
from retrieval.chunking import Passage  # noqa: E402
from retrieval.quotes import quote_problems  # noqa: E402
from retrieval.search import Hit  # noqa: E402

PAGES = {
    ("05/2030", 1): "Møder\n\nEt godt møde har en dagsorden. Dagsordenen sendes ud i god tid før mødet.",
    ("05/2030", 2): "■ Et møde slutter til tiden\nEt godt møde slutter til tiden, og beslutninger skrives ned.",
    ("05/2030", 3): "Trivsel\n\nEt godt møde med en klar dagsorden giver ledere mere tid til trivsel.",
}


def _hit(pid: int, page: int, score: float) -> Hit:
    text = PAGES[("05/2030", page)]
    return Hit(Passage(pid, "05/2030", page, f"Artikel {page}", text, (text,)), score, 0.5, 1.0)


def _request(hits, *, decision=False, english=False, url=None) -> CompositionRequest:
    snap = IndexSnapshot("v-1", "hash", "2030-01-01T00:00:00Z", (), 3)
    return CompositionRequest(
        question="Hvad kendetegner et godt møde med en dagsorden?",
        hits=hits,
        decision_request=decision,
        english=english,
        snapshot=snap,
        page_text=lambda issue, page: PAGES.get((issue, page)),
        page_url=url,
    )


def test_lead_first_then_supporting_quotes_from_other_pages_then_the_reminder():
    settings = Settings()
    hits = [_hit(0, 1, 0.030), _hit(1, 1, 0.029), _hit(2, 2, 0.028), _hit(3, 3, 0.027)]
    comp = ExtractiveComposer(settings).compose(_request(hits))
    pages = [(c.issue, c.page) for c in comp.citations]
    assert pages == [("05/2030", 1), ("05/2030", 2), ("05/2030", 3)]  # never one page twice
    paras = comp.text.split("\n\n")
    assert paras[0] == composing.LEAD_LABEL
    assert paras[1] == f"«{comp.citations[0].quote}»\n— Artikel 1, Offentlig Ledelse 05/2030, s. 1"
    assert paras[2] == composing.SUPPORT_LABEL
    assert paras[3].startswith(f"«{comp.citations[1].quote}»") and paras[4].startswith(f"«{comp.citations[2].quote}»")
    assert paras[-1] == settings.reminder_text and len(paras) == 6
    for c in comp.citations:
        assert not quote_problems(c.quote), c.quote


def test_a_single_citation_has_no_supporting_label_and_english_framing():
    comp = ExtractiveComposer(Settings()).compose(_request([_hit(0, 1, 0.03)], english=True))
    paras = comp.text.split("\n\n")
    assert paras[0] == composing.LEAD_LABEL_EN and composing.SUPPORT_LABEL_EN not in comp.text
    assert ", p. 1" in paras[1] and paras[-1] == Settings().reminder_text_en


def test_a_decision_request_keeps_its_note_before_the_lead():
    settings = Settings()
    comp = ExtractiveComposer(settings).compose(_request([_hit(0, 1, 0.03)], decision=True))
    paras = comp.text.split("\n\n")
    assert paras[0].startswith("Jeg kan ikke træffe beslutningen for dig") and settings.decision_contacts in paras[0]
    assert paras[2].startswith("«") and paras[-1] == settings.reminder_text


def test_the_link_follows_the_source_line():
    url = lambda issue, page: f"https://arkiv.example/{page}"  # noqa: E731
    comp = ExtractiveComposer(Settings()).compose(_request([_hit(0, 1, 0.03)], url=url))
    assert "— Artikel 1, Offentlig Ledelse 05/2030, s. 1\nhttps://arkiv.example/1" in comp.text


def test_the_answerer_puts_a_url_on_every_citation(tiny_index: Path) -> None:
    template = "https://arkiv.example/{issue_id}/side-{page}"
    a = Answerer(Settings(index_dir=tiny_index, source_url=template), embedder=HashEmbedder())
    ans = a.answer("Hvordan får vi en bedre mødekultur med færre møder?")
    assert ans.status == "answered" and ans.citations
    for c in ans.citations:
        assert c.url == f"https://arkiv.example/offentlig-ledelse-2030-05/side-{c.page}"
        assert c.to_dict()["url"] == c.url
    assert _answerer(tiny_index).answer("Hvordan får vi en bedre mødekultur?").citations[0].url is None
