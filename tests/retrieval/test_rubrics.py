"""How questions name rubric kinds and people's roles (Danish and English), and the English word map."""

from __future__ import annotations

import pytest

from retrieval.bilingual import EN_DA, danish_equivalents, lexical_query, looks_english
from retrieval.rubrics import (
    question_kinds,
    question_roles,
    role_head,
    strip_rubric_words,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Hvad står der på forsiden?", "forside"),
        ("Hvad lover omslaget af bladet?", "forside"),
        ("According to the front page, who publishes it?", "forside"),
        ("On the cover, which pages does the theme cover?", "forside"),
        ("Hvem er ansvarshavende redaktør?", "kolofon"),
        ("When does the next issue come out?", "kolofon"),
        ("Hvad står der i indholdsfortegnelsen?", "indhold"),
        ("Hvad skriver lederen om rekruttering?", "leder"),
        ("Hvem har skrevet lederen i 03/2024?", "leder"),
        ("What does the editorial say about jobs?", "leder"),
        ("According to the leader column, what do new jobs require?", "leder"),
        ("Hvad anbefaler lederskribenten?", "leder"),
        ("Hvad står der i bladets leder om AI?", "leder"),
        ("Hvor kommer værktøjerne fra ifølge seniorintroen?", "tema_intro"),
        ("Hvad siger introen til temaet?", "tema_intro"),
        ("Hvad siger seniortemaet om deltid?", "tema"),
        ("Hvem har skrevet boguddraget?", "boguddrag"),
        ("In the book review, what does it cost?", "boganmeldelse"),
        ("Hvad er kilden til faktaboksen?", "faktaboks"),
        ("Hvad står der på bagsiden?", "bagside"),
        ("Hvad handler nummeret om ifølge 'Til læseren'?", "til_laeseren"),
    ],
)
def test_question_names_a_rubric_kind(question: str, kind: str):
    assert kind in question_kinds(question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Hvad siger lederen fra Middelfart om AI?", "leder"),  # a person, not the editorial
        ("What is the editorial team's goal?", "leder"),
        ("Which three aspects did the problems cover?", "forside"),  # 'cover' as a verb
        ("Hvilket område er oplagt for AI?", "kolofon"),  # 'oplagt' is not 'oplag'
        ("Hvad er det værste i det første digt-uddrag?", "boguddrag"),  # a poem excerpt
    ],
)
def test_words_that_only_look_like_a_rubric(question: str, kind: str):
    assert kind not in question_kinds(question)


def test_role_heads_cover_unseen_compound_titles():
    assert role_head("distriktslederen") == "leder"
    assert role_head("erhvervsforskeren") == "forsker"
    assert role_head("NFA-direktøren") == "direktør"
    assert role_head("redaktionsmedlemmet") == "medlem"
    assert role_head("røntgenbilleder") is None  # pictures, not a leader
    assert role_head("ledelse") is None and role_head("ledere") is None


def test_specific_roles_are_found_bare_ones_are_not():
    (dtu,) = question_roles("Hvad siger seniorforskeren fra DTU om AI?")
    assert dtu.head == "forsker" and {"senior", "dtu"} <= set(dtu.qualifiers)
    (kl,) = question_roles("Does the KL head of office think AI can solve it?")
    assert kl.head == "chef" and kl.token == "kontorchef" and "kl" in kl.qualifiers
    (nfa,) = question_roles("Which perspective does the NFA director describe?")
    assert nfa.head == "direktør" and nfa.qualifiers == ("nfa",)
    assert question_roles("Kan lyrik dæmpe chefens følelse af at stå alene?") == ()
    assert question_roles("Which journalist wrote the article?") == ()


def test_rubric_words_do_not_count_as_content():
    assert "lederartiklen" not in strip_rubric_words("Hvad siger lederartiklen om AI?")


def test_language_guess():
    assert looks_english("Who founded OpenAI?")
    assert looks_english("Would some seniors benefit from a clear end date?")
    assert not looks_english("hvad er skyggearbejde?")
    assert not looks_english("link til KLs ai guide?")


def test_english_questions_get_danish_equivalents_for_the_lexical_rankers():
    q = "Does the KL head of office think recruitment is hard?"
    lq = lexical_query(q)
    assert "kontorchef" in lq and "rekruttering" in lq
    assert " the " not in f" {lq} " and " does " not in f" {lq} "
    assert lexical_query("hvad er skyggearbejde?") == "hvad er skyggearbejde?"
    assert danish_equivalents("the work environment") == EN_DA["work environment"]
