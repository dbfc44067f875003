"""The word map's Danish side as synonyms for the abstention shares (round 10)."""

from __future__ import annotations

import pytest

from retrieval import bilingual
from retrieval.bilingual import _danish_synonyms, concepts


def test_danish_words_that_translate_one_english_word_are_alternatives() -> None:
    syn = _danish_synonyms()
    assert "medarbejdere" in syn["ansatte"] and "ansatte" in syn["medarbejdere"]
    # a question's "ansatte" is found where the page says "medarbejdere"
    alts = {a[0]: a for a in concepts("hvor mange ansatte er der i distriktet", english=False)}
    assert "medarbejdere" in alts["ansatte"]


def test_phrase_translations_are_not_synonyms() -> None:
    # "new employee" → "nyansat medarbejder": parts of a phrase, not alternatives for each other
    assert "nyansat" not in _danish_synonyms().get("medarbejder", frozenset())


def test_english_questions_keep_their_danish_equivalents() -> None:
    alts = concepts("how many employees does the district have", english=True)
    assert any(a[0] == "employees" and "medarbejdere" in a for a in alts)


def test_an_inflected_english_word_is_looked_up_by_its_base_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """(round 24) "studies", "recruited", "meetings" find the map's "study", "recruit", "meeting"."""
    assert bilingual._english_bases("studies")[0] == "study"
    assert "recruit" in bilingual._english_bases("recruited")
    assert "stop" in bilingual._english_bases("stopped")
    assert "plan" in bilingual._english_bases("planning")
    assert bilingual._english_bases("boss") == []  # too short to strip, and "ss" is no plural
    key = next(k for k in bilingual.EN_DA if " " not in k and len(k) > 4 and not k.endswith(("s", "e", "y")))
    inflected = key + "ed"
    assert inflected not in bilingual.EN_DA
    assert bilingual.danish_equivalents(inflected) == bilingual.EN_DA[key]
    monkeypatch.setattr(bilingual, "ENGLISH_BASES", False)
    bilingual._aligned.cache_clear()
    assert bilingual.danish_equivalents(inflected) == ""
    bilingual._aligned.cache_clear()
