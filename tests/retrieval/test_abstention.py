"""Abstention ("the magazine does not cover that") and the topics a no-answer reply suggests.

Unit tests use hand-made signals; the behaviour tests use the real model on the bundled issue and
on a new issue added from the sample PDF the way an admin does (`index add`)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from retrieval.abstention import DEFAULT_MODEL, FEATURES, LEXICAL_MODEL, AbstentionModel, features, model_for
from retrieval.answering import Answerer
from retrieval.index import build_index
from retrieval.search import Signals, asked_part, question_entities, question_names
from retrieval.settings import Settings

from fakes import HashEmbedder, make_issue

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDF = ROOT.parent / "shared" / "samples" / "offentlig-ledelse-2024-03.pdf"
DATA = Path(__file__).resolve().parent / "data"

COVERED = Signals(
    margin=0.06,
    best_cosine=0.88,
    vocab_share=0.9,
    top_share=0.8,
    unknown_entities=(),
    asks_amount=False,
    amount_in_top=False,
    asks_time=False,
    time_in_top=False,
    english=False,
)


def test_features_follow_the_declared_order():
    assert len(features(COVERED)) == len(FEATURES) == len(DEFAULT_MODEL.weights)
    assert features(COVERED)[FEATURES.index("margin")] == pytest.approx(6.0)


def test_a_well_covered_question_is_answered():
    assert DEFAULT_MODEL.covered(COVERED)
    assert not DEFAULT_MODEL.covered(None)


@pytest.mark.parametrize(
    "change",
    [
        {"unknown_entities": ("funktionærloven",)},  # a law the magazine never names
        {"asks_amount": True, "amount_in_top": False},  # a price the top passages do not state
    ],
)
def test_strong_out_of_scope_evidence_wins_over_topical_words(change: dict):
    assert not DEFAULT_MODEL.covered(replace(COVERED, **change))


def test_the_model_is_monotone_in_its_evidence():
    weak = replace(COVERED, margin=0.03, vocab_share=0.3, top_share=0.2)
    assert DEFAULT_MODEL.probability(weak) < DEFAULT_MODEL.probability(COVERED)
    m = AbstentionModel(bias=0.0, weights=(0.0,) * len(FEATURES), threshold=0.5)
    assert m.covered(COVERED) and m.probability(COVERED) == 0.5


@pytest.mark.parametrize(
    ("question", "entities"),
    [
        ("Hvad siger funktionærlovens § 2 om opsigelse?", {"funktionærlovens", "§ 2"}),
        ("Hvad mener Steffen Bohni om AI?", {"Steffen", "Bohni", "AI"}),
        ("link til KLs ai guide?", {"KL"}),
        ("Hvad er grundlønnen efter OK24?", {"OK24"}),
        ("Who founded OpenAI?", {"OpenAI"}),
        ("Where can I get the Danish Agency for Digital Government's guide?", set()),
        ("hvad er skyggearbejde?", set()),
        # (round 9) a year and an issue of the magazine are specific too
        ("Hvad var temaet i nummer 01/2023?", {"01/2023"}),
        ("How did the project go in 2025?", {"2025"}),
        # (round 22) the English pronoun, also contracted, is no name; an English word the map translates neither
        ("Where would I'd fit in, and who set up the Senior Partnership?", set()),
    ],
)
def test_question_entities(question: str, entities: set[str]):
    english = question.startswith(("Who", "Where"))
    assert set(question_entities(question, english)) == entities


@pytest.mark.parametrize(
    ("question", "english", "names"),
    [
        ("Hvad siger Aarhus Universitetshospital om AI?", False, [["Aarhus", "Universitetshospital"]]),
        # an article opens no name; a genitive closes one; general English words are no part of one
        ("The Middelfart secretariat leader compares AI to what?", True, []),
        ("How many hours did the leaders in Lyngholm's Børn og Familie spend in meetings?", True, []),
        ("How many people are on Aarhus Municipality's payroll?", True, []),
        # acronyms side by side, also compounded, are checked one by one
        ("Hvem udtaler sig om KL's AI-guide?", False, []),
    ],
)
def test_question_names(question: str, english: bool, names: list[list[str]]):
    assert question_names(question, english) == names


# -- behaviour with the real model ------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Hvad siger funktionærloven om opsigelsesvarsel?",  # a law the magazine never names
        "Hvad siger ferieloven om overførsel af feriedage?",
        "Hvad tjener en kommunaldirektør om året?",  # pay asked, no amount in the top passages
        "Hvad koster et abonnement på Microsoft Copilot?",  # a product, and a price
        "Hvordan laver jeg en pivottabel i Excel?",
        "Hvornår blev KL stiftet?",  # 'when', and no date in the top passages
        "Who won the 2024 European Football Championship?",
        # (round 9) an issue that is not in the index, a year the magazine never mentions
        "Hvad var hovedtemaet i Offentlig Ledelse 01/2019?",
        "Hvordan gik det med sygefraværet i hjemmeplejen i 1997?",
    ],
)
def test_out_of_scope_questions_sharing_the_magazines_words_are_not_covered(answerer: Answerer, question: str):
    ans = answerer.answer(question)
    assert ans.status == "no_answer" and ans.reason == "not_covered" and not ans.citations


def test_the_no_answer_reply_suggests_topics_from_the_live_index(answerer: Answerer):
    ans = answerer.answer("Hvad siger funktionærloven om opsigelsesvarsel?")
    topics = answerer.live_index().snapshot().topics
    assert topics and "AI i offentlig velfærdsledelse" in topics and "Seniorledelse" in topics
    assert f"«{topics[0]}»" in ans.text
    en = answerer.answer("Under the Danish Holiday Act, how many days of paid holiday does one accrue?")
    assert en.status == "no_answer" and "Its topics include" in en.text


def test_topics_of_a_tiny_index_are_its_own(tmp_path: Path):
    build_index(tmp_path / "ix", [make_issue("05/2030")], HashEmbedder())
    a = Answerer(Settings(index_dir=tmp_path / "ix"), embedder=HashEmbedder())
    assert set(a.snapshot().topics) == {"Mødekultur i kommunen", "Trivsel for ledere"}


@pytest.fixture(scope="module")
def with_new_issue(request: pytest.FixtureRequest, session_index: Path, embedder) -> Answerer:
    """The bundled index plus 03/2024 imported from the sample PDF (what `index add` does);
    cached between runs with the same key as the CLI tests' copy."""
    if not SAMPLE_PDF.is_file():
        pytest.skip("sample PDF not available")
    import shutil

    from retrieval.index import add_issue
    from retrieval.pdf_import import build_issue, extract_pages

    from index_cache import cached_index, index_key

    def build(directory: Path) -> None:
        shutil.copytree(session_index, directory)
        add_issue(directory, build_issue(extract_pages(SAMPLE_PDF), "03/2024"), embedder)

    d = cached_index(request, "index-with-sample", index_key(embedder.id, SAMPLE_PDF), build)
    return Answerer(Settings(index_dir=d), embedder=embedder)


def test_answerable_questions_about_a_newly_added_issue_are_answered(with_new_issue: Answerer):
    """Every tune question about 03/2024 (never the holdout) gets an answer after `index add`,
    and at least 11 in 12 cite a right page of 03/2024 first."""
    cases = [
        json.loads(line)
        for line in (DATA / "questions-2024-03-tune.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    first = 0
    for c in cases:
        ans = with_new_issue.answer(c["question"])
        assert ans.status == "answered", c["id"]
        first += ans.citations[0].issue == "03/2024" and ans.citations[0].page in c["gold_pages"]
    assert first / len(cases) >= 11 / 12


def test_the_new_issues_theme_is_suggested_first(with_new_issue: Answerer):
    assert with_new_issue.snapshot().topics[0] == "mødekultur"


def test_the_model_follows_the_embedders_cosine_scale(embedder):
    # The default model weighs e5 cosines; any other embedder gets the fit without dense signals,
    # so its cosines (another scale) cannot decide.
    assert model_for(embedder.id) is DEFAULT_MODEL
    assert model_for(HashEmbedder().id) is LEXICAL_MODEL
    assert model_for("st:intfloat/multilingual-e5-small") is LEXICAL_MODEL
    dense = FEATURES.index("margin"), FEATURES.index("best_cosine")
    assert all(LEXICAL_MODEL.weights[i] == 0.0 for i in dense)
    low_cosines = replace(COVERED, margin=0.001, best_cosine=0.1)
    assert LEXICAL_MODEL.covered(low_cosines) and not DEFAULT_MODEL.covered(low_cosines)
    assert not LEXICAL_MODEL.covered(replace(low_cosines, unknown_entities=("OK24",), top_share=0.2))


def test_norwegian_function_words_are_not_missing_topics(answerer: Answerer):
    """(round 17) A question written with Norwegian or Swedish words Danish does not use ("hva",
    "sier", "blir", "vad", "hur") scores its vocabulary like the Danish wording: those words are the
    language, not topics the magazine lacks (retrieval/data/nordic_words.txt)."""
    from retrieval.bilingual import concepts, nordic_words
    from retrieval.search import _shares

    assert {"hva", "sier", "blir", "vad", "hur"} <= nordic_words()
    assert not {"hvad", "siger", "bliver", "ledelse"} & nordic_words()
    index = answerer.live_index()
    danish = _shares(index, "Hvad siger bladet om seniorledelse?", False, [])[0]
    norwegian = _shares(index, "Hva sier bladet om seniorledelse?", False, [])[0]
    assert danish == norwegian == 1.0
    # a question made only of such words keeps them: the share never divides by nothing
    assert _shares(index, "hva blir det", False, []) == (0.0, 0.0)
    # an English question is read by its own word map, untouched
    assert concepts("the leaders' book", True) == concepts("the leaders book", True)
    assert answerer.answer("Hva sier bladet om seniorledelse?").status == "answered"


def test_danish_letters_typed_as_two_letters_are_read_as_the_corpus_spells_them(answerer: Answerer):
    """(round 18) "ae", "oe", "aa" for æ, ø, å on a keyboard without them: a word the corpus does not
    use is read with the Danish letter when that spelling is a corpus word; a word the corpus uses
    as typed (or an English one) is left alone."""
    from retrieval.search import restore_danish_letters

    index = answerer.live_index()
    assert restore_danish_letters(index, "kan man vaere leder paa deltid") == "kan man være leder på deltid"
    assert restore_danish_letters(index, "Does the article say so?") == "Does the article say so?"
    assert restore_danish_letters(index, "hvad siger bladet om boern") == "hvad siger bladet om børn"


def test_norwegian_and_swedish_spellings_are_read_as_the_corpus_spells_them(answerer: Answerer):
    """(round 20) In a question that uses a Norwegian or Swedish word Danish does not ("hva", "vad"), a
    word the corpus does not use is read in its Danish spelling when the corpus uses that: the
    consonants Danish softened after a vowel (k, t, p → g, d, b), å for o, ä and ö for æ and ø. A
    Danish question is left as typed, however its words are spelled."""
    from retrieval.search import restore_nordic_spelling

    index = answerer.live_index()
    assert restore_nordic_spelling(index, "Hva gjør store språkmodeller?") == "Hva gjør store sprogmodeller?"
    assert restore_nordic_spelling(index, "Hva sier direktøren om sykehusene?") == "Hva sier direktøren om sygehusene?"
    assert restore_nordic_spelling(index, "Hvad siger bladet om sykehusene?") == "Hvad siger bladet om sykehusene?"
    assert restore_nordic_spelling(index, "Does the article mention språk?") == "Does the article mention språk?"


def test_capitals_for_emphasis_and_a_verb_before_a_name_are_no_unknown_names(answerer: Answerer):
    """(round 18) A stopword typed in capitals ("will NOT fix") is emphasis, not an acronym; a run of
    capitalised words that opens with a function word or a present-tense verb at the sentence start
    ("Nævner NFA-direktøren …", "Has NFA …") names what follows it. A real unknown name stays one."""
    from retrieval.search import _unknown

    index = answerer.live_index()

    def unknown(q: str, english: bool) -> tuple[str, ...]:
        return _unknown(index, question_entities(q, english), question_names(q, english))

    assert unknown("What will NOT fix recruitment, according to the leader?", True) == ()
    assert unknown("Nævner NFA-direktøren noget om robotter?", False) == ()
    assert unknown("Has NFA published the study yet?", True) == ()
    assert unknown("Hvad mener Dansk Sygeplejeråd om robotter?", False) != ()
    assert unknown("How much is ChatGPT Plus a month?", True) != ()


def test_a_name_written_out_whose_acronym_the_corpus_prints_is_known(answerer: Answerer):
    """(round 21) "Danmarks Tekniske Universitet" where the magazine prints "DTU" names something the
    corpus knows; a written-out name whose initials it never prints stays unknown."""
    from retrieval.search import _unknown

    index = answerer.live_index()

    def unknown(q: str) -> tuple[str, ...]:
        return _unknown(index, question_entities(q, False), question_names(q, False))

    assert unknown("Hvad siger eksperten fra Danmarks Tekniske Universitet om sprogmodeller?") == ()
    assert unknown("Hvad siger eksperten fra Syddansk Erhvervsakademi Odense om sprogmodeller?") != ()


@pytest.mark.parametrize(
    ("question", "english", "asked"),
    [
        # the asker's own situation before the question is dropped …
        (
            "Jeg er afdelingsleder på Hvidovre Hospital. Hvad siger lederen om AI?",
            False,
            "Hvad siger lederen om AI?",
        ),
        (
            "We run three depots in Ribe. Our staff are tired. What does the magazine say about rest?",
            True,
            "What does the magazine say about rest?",
        ),
        # … not a sentence that asks, nor one that is about something else, nor the last sentence
        (
            "Min chef spurgte: hvad er policy-entreprenørskab? Forklar det kort.",
            False,
            "Min chef spurgte: hvad er policy-entreprenørskab? Forklar det kort.",
        ),
        ("Aarhus har syv vilde problemer. Hvilke?", False, "Aarhus har syv vilde problemer. Hvilke?"),
        ("Jeg vil gerne vide, hvad forsiden handler om.", False, "Jeg vil gerne vide, hvad forsiden handler om."),
    ],
)
def test_asked_part_drops_the_askers_own_situation(question: str, english: bool, asked: str) -> None:
    assert asked_part(question, english) == asked
