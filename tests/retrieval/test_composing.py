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
