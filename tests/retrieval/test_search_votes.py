"""Ranking mechanisms on a small synthetic two-issue index (fake embedder, no model):
rubric-kind, role and issue votes, cover damping, and page-diverse citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import search as S
from retrieval.citations import select_citations
from retrieval.corpus import Article, Issue, Page, Segment
from retrieval.index import SearchIndex, build_index

from fakes import HashEmbedder

NO_VOTES = S.Params(kind_vote=0.0, role_vote=0.0, issue_vote=0.0, cover_weight=1.0)


def _issue(number: str, leader_topic: str) -> Issue:
    pages = {
        1: [
            (
                "Forside",
                (
                    f"Offentlig Ledelse {number}\n\nRobotter i plejen gør hverdagen lettere for "
                    "medarbejderne i plejen, siger forskeren.\nSIDE 4"
                ),
            )
        ],
        2: [
            (
                "Kolofon og indhold",
                (
                    f"Offentlig Ledelse {number}\nISSN 1111-2222\nOplag\n3.000 eksemplarer\n"
                    "Ansvarshavende redaktør\nBo Berg\n\nINDHOLD\n3 Lederen: Tid til ledelse\n"
                    "4 DTU-forsker: Robotter i plejen\n"
                ),
            )
        ],
        3: [
            (
                "Lederen: Tid til ledelse",
                (
                    f"LEDEREN\n\nTid til ledelse\n\nAf Eva Holm, formand for Fiktiv Forening\n\n"
                    f"Vi skal tale om {leader_topic} i hverdagen. Robotter i plejen er et "
                    "eksempel, men ledelse handler om mennesker."
                ),
            )
        ],
        4: [
            (
                "Robotter i plejen",
                (
                    "Robotter i plejen\n\nRobotter i plejen gør hverdagen lettere for medarbejderne "
                    "i plejen, siger seniorforsker Jonas Krog fra DTU.\n\n– Robotterne løfter "
                    "borgerne, så ryggen skånes, siger Jonas Krog."
                ),
            )
        ],
        5: [
            (
                "Robotter i plejen",
                (
                    "Robotterne kræver oplæring. Medarbejderne lærer robotterne at kende på et kursus "
                    "på to dage, og kurset gentages hvert år for nye medarbejdere i plejen."
                ),
            )
        ],
    }
    arts = [
        Article("Forside", (1,)),
        Article("Kolofon og indhold", (2,)),
        Article("Lederen: Tid til ledelse", (3,)),
        Article("Robotter i plejen", (4, 5)),
    ]
    return Issue(number, arts, [Page(n, tuple(Segment(a, t) for a, t in segs)) for n, segs in pages.items()])


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    d: Path = tmp_path_factory.mktemp("votes")
    return build_index(
        d, [_issue("05/2030", "robotter og tid"), _issue("06/2030", "robotter og tillid")], HashEmbedder()
    )


def _top(index: SearchIndex, q: str, params: S.Params) -> S.Hit:
    hits = S.rank(index, S.components(index, HashEmbedder(), q, params), params, 10)
    return hits[0]


def test_a_named_rubric_votes_for_its_article(index: SearchIndex):
    q = "Hvad mener lederartiklen om robotterne og oplæring af medarbejderne?"
    assert _top(index, q, NO_VOTES).passage.article == "Robotter i plejen"
    assert _top(index, q, NO_VOTES.with_(kind_vote=1.0)).passage.article == "Lederen: Tid til ledelse"


def test_a_named_role_votes_for_the_article_of_that_person(index: SearchIndex):
    q = "Hvad mener seniorforskeren fra DTU om ledelse og tid?"
    assert _top(index, q, NO_VOTES).passage.article == "Lederen: Tid til ledelse"
    # the vote as such, with the role words also in the lexical query (the question's topic words
    # are the other article's here)
    top = _top(index, q, NO_VOTES.with_(role_vote=1.0, role_words_lexical=True))
    assert top.passage.article == "Robotter i plejen"


def test_a_named_issue_votes_for_that_issue(index: SearchIndex):
    params = NO_VOTES.with_(kind_vote=1.0)
    assert _top(index, "Hvad skriver lederen i 06/2030?", params.with_(issue_vote=1.0)).passage.issue == "06/2030"
    assert _top(index, "Hvad skriver lederen i 05/2030?", params.with_(issue_vote=1.0)).passage.issue == "05/2030"
    assert S.mentioned_issues("forsiden 05/30 og nummer 6", ["05/2030", "06/2030"]) == {"05/2030", "06/2030"}


def test_cover_teasers_rank_below_the_article_they_restate_unless_asked(index: SearchIndex):
    q = "Robotter i plejen gør hverdagen lettere for medarbejderne"
    damped = S.Params(cover_weight=0.5)
    assert _top(index, q, NO_VOTES).passage.article == "Forside"  # the teaser repeats the words
    assert _top(index, q, damped).passage.article == "Robotter i plejen"
    assert _top(index, f"Ifølge forsiden: {q}", damped.with_(kind_vote=1.0)).passage.article == "Forside"


def test_votes_only_pick_among_passages_a_ranker_found(index: SearchIndex):
    comp = S.components(index, HashEmbedder(), "lederen", NO_VOTES)
    fused = S.fuse(index, comp, NO_VOTES.with_(kind_vote=5.0))
    assert (fused >= 0).all()
    unfound = (comp.char <= 0) & (comp.stem <= 0) & comp.dense_missing
    assert not fused[unfound].any()


def test_citations_are_page_diverse_verified_and_ranked(index: SearchIndex):
    q = "Hvordan hjælper robotter medarbejderne i plejen?"
    hits = S.rank(index, S.components(index, HashEmbedder(), q), S.DEFAULT_PARAMS, 10)
    cands = select_citations(q, hits, index.page_text, limit=3, floor=0.0)
    pages = [(c.issue, c.page) for c in cands]
    assert len(cands) == 3 and len(set(pages)) == 3
    assert [c.hit.score for c in cands] == sorted((c.hit.score for c in cands), reverse=True)
    for c in cands:
        assert c.quote and c.quote.rstrip("…").split()[0] in index.page_text(c.issue, c.page)
    # A page whose text does not hold the quote yields no citation.
    assert select_citations(q, hits, lambda issue, page: "en helt anden tekst", limit=3) == []


def test_citation_floor_and_relevance(index: SearchIndex):
    q = "Hvordan hjælper robotter medarbejderne i plejen?"
    hits = S.rank(index, S.components(index, HashEmbedder(), q), S.DEFAULT_PARAMS, 10)
    assert len(select_citations(q, hits, index.page_text, floor=1.0)) == 1  # nothing scores like the best
    assert len(select_citations(q, hits, index.page_text, floor=0.0, limit=1)) == 1
    # A further citation must share a word with the question; an unrelated question keeps only the first.
    few = select_citations("Hvad er opskriften på æblekage?", hits, index.page_text, floor=0.0)
    assert len(few) == 1


def test_an_issue_named_by_its_month_is_named() -> None:
    issues = ["01/2024", "03/2024", "05/2024"]
    for q, want in [
        ("Hvem har skrevet lederen i januarnummeret?", {"01/2024"}),
        ("hvem trykker egentlig januar-udgaven af bladet?", {"01/2024"}),
        ("What was the print run of the January 2024 issue?", {"01/2024"}),
        ("Who on the January issue's editorial team answers letters?", {"01/2024"}),
        ("forsiden i marts lover noget om møder", {"03/2024"}),
        ("the cover from March 2024", {"03/2024"}),
        ("the May issue", {"05/2024"}),
        ("What was the print run of the January 2023 issue?", set()),
    ]:
        assert S.mentioned_issues(q, issues) == want, q


def test_a_month_in_the_question_s_content_names_no_issue() -> None:
    issues = ["01/2024", "03/2024", "05/2024"]
    for q in [
        "Hvad besluttede lederne i marts om møderne?",
        "Which meetings did Lyngholm cut in January 2024?",
        "Hvad skete der i maj?",
        "Which topics may cover AI?",
    ]:
        assert S.mentioned_issues(q, issues) == set(), q


def test_a_matched_role_leaves_the_lexical_query_but_keeps_its_vote(index: SearchIndex):
    q = "Hvad mener seniorforskeren fra DTU om robotter?"
    kept = S.components(index, HashEmbedder(), q, S.Params(role_words_lexical=True))
    dropped = S.components(index, HashEmbedder(), q, S.Params())
    assert kept.lexical_query == q
    assert "seniorforskeren" not in dropped.lexical_query.lower() and "dtu" not in dropped.lexical_query.lower()
    assert "robotter" in dropped.lexical_query
    assert dropped.votes.role.max() > 0  # the role still points at the researcher's article
    # a role word that also names a rubric stays, and no match leaves the query whole
    assert "lederen" in S.components(index, HashEmbedder(), "Hvem skrev lederen?", S.Params()).lexical_query
    assert (
        S.components(index, HashEmbedder(), "Hvad koster en robot?", S.Params()).lexical_query
        == "Hvad koster en robot?"
    )


def test_a_named_page_ranks_its_passages_first(index: SearchIndex):
    # the leader's page (3) repeats the robots' words, but the reader names page 4 of issue 06/2030
    q = "Artiklen på side 4 i 06/2030 – hvad siger lederen om robotter og tid?"
    top = _top(index, q, NO_VOTES)
    assert (top.passage.issue, top.passage.page) == ("06/2030", 4)
    without = _top(index, q.replace("på side 4 ", ""), NO_VOTES)
    assert (without.passage.issue, without.passage.page) != ("06/2030", 4)


def test_named_pages_are_numbers_of_printed_pages():
    assert S.named_pages("Boksen på side 10 – hvad er trin 3?") == {10}
    assert S.named_pages("the article on page 17 and s. 8") == {17, 8}
    assert S.named_pages("side 3-5, page 01/2024, 2,5 side, hvilken side?") == set()


def test_a_page_the_contents_or_cover_points_to_is_not_lifted(index: SearchIndex):
    comp = S.components(index, HashEmbedder(), "Hvad står der på side 4 ifølge indholdsfortegnelsen?", NO_VOTES)
    assert comp.page_mask is None
    assert S.components(index, HashEmbedder(), "Hvad står der på side 40?", NO_VOTES).page_mask is None  # no such page
