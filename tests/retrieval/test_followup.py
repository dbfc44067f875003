"""The follow-up rule: a short question without a topic of its own, covered better with the
thread's topic, is searched with it; anything else on its own."""

from __future__ import annotations

from retrieval import followup
from retrieval.followup import combined, content_words, guard_text, read_in_thread, returns_to, specificity

TOPIC = "hvad koster uddannelsen i ledelse af psykisk arbejdsmiljø?"


def _margins(with_topic: float, alone: float):
    return lambda q: with_topic if q.startswith(TOPIC) else alone


def test_a_short_question_covered_better_with_the_topic_is_a_follow_up():
    r = read_in_thread("hvor lang tid tager uddannelsen?", TOPIC, _margins(9.0, 5.0), lambda q: 0.5)
    assert r.followup and r.query == f"{TOPIC} hvor lang tid tager uddannelsen?" and r.margin_gain == 4.0
    # (round 23) a question that continues or points back is read with the thread without the margins
    r = read_in_thread("og hvor lang er den?", TOPIC, _margins(4.0, 5.0), lambda q: 0.5)
    assert r.followup and r.query == f"{TOPIC} og hvor lang er den?" and r.margin_gain is None


def test_a_question_with_its_own_topic_or_many_words_stands_alone():
    # Names a topic of its own (specificity at or above the bound): searched alone.
    r = read_in_thread("hvordan foregår en senkarriere-samtale?", TOPIC, _margins(9.0, 5.0), lambda q: 2.5)
    assert not r.followup and r.query == "hvordan foregår en senkarriere-samtale?"
    # Long: more content words than the bound, whatever the margins.
    long_q = "hvad siger KL om at hente inspiration og viden i andre kommuner og regioner?"
    assert len(content_words(long_q)) > followup.MAX_CONTENT_WORDS
    assert not read_in_thread(long_q, TOPIC, _margins(9.0, 5.0), lambda q: 0.0).followup
    # The topic does not help and nothing points back: searched alone.
    assert not read_in_thread("hvad koster bogen?", TOPIC, _margins(4.0, 5.0), lambda q: 0.0).followup
    # No thread: nothing to read it with.
    assert read_in_thread("og hvorfor?", None, _margins(9.0, 1.0), lambda q: 0.0).query == "og hvorfor?"


def test_content_words_skip_danish_and_english_stop_words_and_numbers():
    assert content_words("og hvor lang er den?") == ["lang"]
    assert content_words("and the 2024 issue?") == ["issue"]


def test_specificity_weighs_the_corpus_own_vocabulary():
    df = {"senkarri": 1, "samtal": 3, "led": 150}
    rare = specificity("senkarriere-samtale", df, 174)
    common = specificity("ledere", df, 174)
    assert rare > 1.0 > common > 0.0
    assert specificity("quantum chromodynamics", df, 174) == 0.0  # words the corpus never uses


def test_the_topic_is_capped_and_the_guard_reads_the_last_turns():
    long_topic = " ".join(f"ord{i}" for i in range(200))
    assert len(combined(long_topic, "og så?").split()) == followup.MAX_TOPIC_WORDS
    assert guard_text(("a", "b", "c", "d"), "e") == "b\nc\nd\ne"


def test_a_question_pointing_back_is_read_with_the_thread_whatever_its_words():
    # Specific words, but "hun" points back to the person the thread is about.
    q = "hvilken konkret metode mod stress anbefaler hun så til familieafdelingen?"
    assert followup.points_back(q)
    r = read_in_thread(q, TOPIC, _margins(9.0, 5.0), lambda q: 3.0)
    assert r.followup
    # A name of its own: the pronoun refers to that person, not to the thread.
    named = "hvad siger Kasper Edwards om AI, og hvor arbejder han?"
    assert not followup.points_back(named)
    assert not read_in_thread(named, TOPIC, _margins(9.0, 5.0), lambda q: 3.0).followup
    # (round 23) Pointing back is read with the thread even where the margins do not say so.
    assert read_in_thread("hvad mener hun om det?", TOPIC, _margins(4.0, 5.0), lambda q: 0.0).followup


def test_round23_refers_back_continues_or_corrects():
    for q in (
        "hvem har skrevet den",
        "og frygten for jobs",
        "where do they come from",
        "hvad med dem der tager telefonerne",
        "the second one, what should the guidelines cover",
        "nej undskyld, jeg mente den anden fra nfa",
    ):
        assert followup.refers_back(q), q
    for q in ("hvad er trivselstrappen", "who is the DTU researcher", "hvad koster uddannelsen"):
        assert not followup.refers_back(q), q
    r = read_in_thread(
        "nej jeg mente lederen fra psykiatrien, hvad siger hun om regler", TOPIC, _margins(1.0, 5.0), lambda q: 4.0
    )
    assert r.followup and r.query.startswith(TOPIC)


def test_round23_a_question_naming_its_own_referent_starts_a_new_topic():
    names = frozenset({"Jeppe Ajslev", "Frederik Nordentoft"})
    for q in (
        "hvad siger lederen om ai",
        "who is the DTU researcher",
        "hvem er jeppe ajslev",
        "who is Frederik Nordentoft",
        "who wrote the home care article",
        "hvem er forfatter på poesiartiklen",
        "what's the Aarhus book called",
    ):
        assert followup.names_own_topic(q, names), q
        assert not read_in_thread(
            q, TOPIC, _margins(9.0, 5.0), lambda q: 0.5, lambda x: followup.names_own_topic(x, names)
        ).followup
    # a bare "the article" is the thread's; a continuation keeps the thread even with a rubric word
    for q in ("hvem har skrevet artiklen?", "who wrote the article", "hvem har skrevet den"):
        assert not followup.names_own_topic(q, names), q
    own = lambda x: followup.names_own_topic(x, names)  # noqa: E731
    assert read_in_thread(
        "og hvis lederen er dårlig til referater", TOPIC, _margins(4.0, 5.0), lambda q: 0.5, own
    ).followup


def test_round23_a_page_or_an_acronym_is_a_referent_of_its_own():
    assert followup.names_own_topic("hvem er interviewet på side 15")
    assert followup.names_own_topic("hvad skriver FH om seniorer")
    # topic words typed in capitals are no referent
    assert not followup.names_own_topic("og hvad med AI")
    # Norwegian and Swedish continuations
    assert followup.refers_back("hva med resten")
    assert followup.refers_back("och vad med cheferna")


def test_round23_a_bare_follow_up_is_covered_when_its_thread_is():
    from retrieval.answering import _bare_followup
    from retrieval.search import Signals

    sig = Signals(0.01, 0.8, 0.0, 0.0, (), False, True, False, True, False)
    assert _bare_followup("og underrubrikken?", True, sig)
    assert _bare_followup("hvem siger det", True, sig)
    assert not _bare_followup("hvem siger det", False, sig)  # not read as a follow-up
    assert not _bare_followup("kan jeg få den som lydbog", True, sig)  # asks something of its own
    priced = Signals(0.01, 0.8, 0.0, 0.0, (), True, False, False, True, False)
    assert not _bare_followup("hvad kostede det", True, priced)  # a price the text must state


def test_a_return_to_an_earlier_turn_takes_that_turn_as_the_topic() -> None:
    """(round 25) "tilbage til det første – …", "back to <word> – …": the earlier turn, not the last one."""
    previous = ("hvad skriver NFA om overvågning", "hvem har skrevet lederen")
    assert returns_to("tilbage til det første – hvad skal man undgå", previous) == (previous[0], "hvad skal man undgå")
    assert returns_to("Back to the first one: who said that?", previous) == (previous[0], "who said that?")
    assert returns_to("tilbage til lederen – hvad er hans pointe", previous) == (previous[1], "hvad er hans pointe")
    # a word no earlier turn used: the first turn ("back to" never means the one just before)
    assert returns_to("back to meetings: what matters most", previous) == (previous[0], "what matters most")
    assert returns_to("hvad skal man undgå", previous) is None
    assert returns_to("tilbage til det første – hvad skal man undgå", ()) is None
    assert returns_to("vender bladet tilbage til ledertrivsel?", previous) is None
