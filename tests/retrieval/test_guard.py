"""Tests for the sensitive-data guard (retrieval/guard.py): offline, rule based, real behaviour."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from stdnum.dk import cpr as stdnum_cpr

from retrieval import guard
from retrieval.guard import (
    CATEGORIES,
    GuardResult,
    check,
    public_names_from_corpus,
    refusal_text,
)
from retrieval.guard.lexicon import lexicon

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[3] / "shared"
PRIVACY_DEV = SHARED / "eval/privacy-dev.jsonl"
DEV = SHARED / "eval/dev.jsonl"
EXTRA = HERE / "data/privacy-extra.jsonl"
SOURCE_TXT = SHARED / "corpus-source/offentlig-ledelse-2024-01.txt"
SOURCE_ARTICLES = SHARED / "corpus-source/offentlig-ledelse-2024-01.articles.json"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def public_names() -> frozenset[str]:
    """The allow-list derived from the raw magazine text and its article manifest."""
    if not (SOURCE_TXT.exists() and SOURCE_ARTICLES.exists()):
        pytest.skip("shared/corpus-source not available")
    manifest = json.loads(SOURCE_ARTICLES.read_text(encoding="utf-8"))
    people = [a.get(k) for a in manifest["articles"] for k in ("author", "person") if a.get(k)]
    return public_names_from_corpus([SOURCE_TXT.read_text(encoding="utf-8")], people)


# --- CPR numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["170884-2563", "1708842563", "170884 2563", "170884/2563", "170884.2563", "17.08.84-2563", "170884 - 2563"],
)
def test_cpr_every_written_form_is_refused(number: str) -> None:
    r = check(f"Kan du slå borgeren med {number} op i systemet?")
    assert r == GuardResult(True, "personal_data", "cpr_number")


def test_cpr_without_modulus_11_is_still_refused() -> None:
    # 29.02.2000 (digit 7 = 4, year 00) exists; the number fails the old modulus-11 check.
    assert stdnum_cpr.checksum("2902004683") != 0
    assert check("Referat om den unge med nummeret 290200-4683, tak.").category == "cpr_number"
    assert check("Please nudge staff member 0611931826 about the course.").refused


def test_cpr_century_rules_from_digit_7() -> None:
    # 4 or 9 with YY <= 36 → 2000s; 5-8 with YY >= 58 → 1800s; 121212-1212 → 1912.
    assert check("Barnet har nummeret 0101104567.").refused
    assert check("hvad står der i journalen for 121212-1212?").refused
    # 010130-4000 would be born in 2030: not an issued CPR number.
    assert not check("Ordre 010130-4000 er afsendt.").refused


@pytest.mark.parametrize(
    "text",
    [
        "Er bogen til 299 kr. værd at købe? Vi har afsat 18.600 kr. og 13.450 kr. pr. leder.",
        "Hvordan har seniorpolitikken ændret sig fra 2016 til 2022?",
        "Kan jeg aflevere debatindlægget 06.05.25?",
        "Vores intranetartikel nr. 2021-0917 om AI-retningslinjer – stemmer den med KL's råd?",
        "Vores bestilling har ordrenummer 7395018264 – hvor mange sider er bogen på?",
        "Fakturanummer 2902002318 dækker to ledere.",  # 29.02.1900 does not exist
        "Kan jeg ringe til Datatilsynet på 33 19 32 00 om vores retningslinjer?",
        "Kan jeg ringe til KL på 33 70 33 70 om sygefravær blandt ledere?",
        "Hvilke værktøjer nævner guiden på side 18-19?",
        "Mødet er flyttet til 12.11.24 kl. 13.30.",
        "Perioden 14.03.2023–30.06.2023 gav færre sygedage.",
    ],
)
def test_numeric_look_alikes_are_not_refused(text: str) -> None:
    assert check(text) == GuardResult(False, None, None)


# --- persons together with details ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, category",
    [
        ("Gunhild Sejersen er langtidssygemeldt – hvad gør jeg?", "health"),
        ("Hanne i kantinen har et alkoholmisbrug.", "health"),
        ("Min medarbejder Yasmin er stressramt.", "health"),
        ("Ditte Bøgh-Kjærulff har brystkræft og skal i kemoterapi.", "health"),
        ("My team lead Zara Quist has been signed off with depression.", "health"),
        ("Rune fra vejafdelingen betaler kontingent til Dansk Metal.", "union_membership"),
        ("Vikaren Liva Bækgaard har afgivet fingeraftryk.", "biometric"),
        ("Pedel Kaj-Åge Thygesen er dømt for tyveri.", "criminal"),
        ("Skriv en skriftlig advarsel til Signe Fuglsang-Østergaard.", "hr_case"),
        ("Villads Mørch-Aagaard er anbragt i plejefamilie.", "social_case"),
        ("Thorkild Ågesen er homoseksuel.", "sexual_orientation"),
        ("Vibeke Dalsgaard-Bøje er medlem af Enhedslisten og partiets lokalbestyrelse.", "political"),
        ("Medarbejderen Amina Haddad bærer tørklæde.", "religion"),
        ("Our cleaner Dragana Petrović is Roma.", "ethnicity"),
        # a first name on no list, at the start of a sentence, followed by a surname
        ("Nicolas Dupont has been diagnosed with cancer.", "health"),
    ],
)
def test_identifiable_person_with_detail_is_refused(text: str, category: str) -> None:
    r = check(text)
    assert r.refused and r.category == category
    assert r.reason == CATEGORIES[category]


@pytest.mark.parametrize(
    "text",
    [
        "Hvordan håndterer jeg sygefravær i min afdeling?",
        "Hvordan skriver vi en sygefraværspolitik for langtidssygemeldte?",
        "Flere af mine afdelingsledere er stressede – hvad gør jeg?",
        "Må vi bruge AI til at sortere underretninger om anbringelse?",
        "Skal vi indhente straffeattest på alle nye vikarer?",
        "How do I support an employee with cancer?",
        "Min medarbejder spørger, om fagforeningskontingent kan trækkes fra i skat.",
        "Hvad anbefaler Dansk Sygeplejeråd om stress blandt nattevagter?",
        "Har Region Hovedstaden en politik for sygefravær?",
        "Hvad siger Dansk Socialrådgiverforening om underretninger?",
        "Hvordan håndterer Aarhus Kommune alkoholmisbrug blandt ansatte?",
        "Hvordan tager vi hensyn til medarbejdere, der er Jehovas Vidner?",
        "Kan Copilot i sagsbehandlingen opsummere underretninger?",
        "Hans sygefravær er højt – hvordan tager jeg en generel snak om fravær?",
        "Hvad gør jeg, når ledere i Hjemmeplejen Nord er sygemeldte?",
        "What does Mental Health Europe say about depression at work?",
        "Hvad siger de gældende regler om arbejdskræfter fra udlandet?",
        "Gælder Barselsloven også for gravide vikarer?",
        "Under Corona steg sygefraværet i hjemmeplejen.",
        "Ifølge Dagens Medicin stiger sygefraværet – hvad siger bladet?",
        "Hvad skriver Kristeligt Dagblad om stress blandt præster?",
        "After Christmas many staff were off sick – is that normal?",
    ],
)
def test_keywords_without_identifiable_person_are_allowed(text: str) -> None:
    assert not check(text).refused


def test_names_typed_in_lowercase_are_found() -> None:
    assert check("hvordan taler jeg med mette fra rengøringen om hendes depression?").refused
    assert check("kan jens mortensen få fleksjob efter sin blodprop?").refused


def test_ambiguous_first_names_need_context() -> None:
    # "Hans" (his) and "Per" (per) at the start of a sentence are ordinary words ...
    assert not check("Per medarbejder har vi 12 sygedage i snit – er det højt?").refused
    # ... but with a surname or a workplace they are people.
    assert check("Per Lindholm har stress.").refused
    assert check("Vores pedel Bent på lageret har drukket på arbejdet.").refused


def test_contact_details_identify_a_person() -> None:
    assert check("Borgeren på Møllebakken 12 har fået stoppet sin kontanthjælp.").category == "social_case"
    assert check("Ring til 28 91 44 17 og sig, at hans sygedagpenge er stoppet.").refused
    r = check("Skriv til Helga Brink, helga.brink@gmail.com, om mødet i næste uge.")
    assert r == GuardResult(True, "personal_data", "contact_details")
    # An organisation's shared mailbox is not a person's contact data.
    assert not check("Kontakt post@kl.dk om stress-webinaret.").refused


def test_case_records_are_refused() -> None:
    assert check("Sagsnr. 24-08812: forældrene modsætter sig anbringelsen.").category == "case_record"
    pasted = "Omskriv dette journalnotat: 'Borgeren, 54 år, bor alene og har haft flere indlæggelser pga. hjertesvigt.'"
    assert check(pasted).category == "case_record"
    assert not check("Hvad skal et godt journalnotat indeholde?").refused


def test_public_names_are_allowed(public_names: frozenset[str]) -> None:
    for name in ("Karen Frost", "Lill Palmblad", "Kasper Edwards", "Steffen Bohni", "Søren Braskov"):
        assert name in public_names
    q = "Hvordan håndterede Karen Frost stress og sygdom i sin afdeling?"
    assert check(q).refused  # without the allow-list: a named person with health details
    assert not check(q, public_names).refused
    assert not check("Er Lill Palmblads bog om stress til 299 kr. værd?", public_names).refused
    # A bare first name refers to the public person only when the full name is in the text.
    assert not check("Karen Frost skriver digte – hvordan hjælper Karen det mod stress?", public_names).refused
    assert check("Karen i kantinen har stress.", public_names).refused


def test_public_names_from_corpus_derivation() -> None:
    pages = [
        "Den store opgave, mener Kasper Ed-\nwards, er at finde ud af det.\n",
        "Af Lill Palmblad og Louise Dinesen,\nDansk Psykologisk Forlag, 299 kr. Billeder Lisbeth Hjort",
        "Aarhus Kommune og Region Hovedstaden",
    ]
    names = public_names_from_corpus(pages, ["Kasper Edwards, DTU", "Anders Fløjborg", None or ""])
    assert {"Kasper Edwards", "Lill Palmblad", "Louise Dinesen", "Anders Fløjborg", "Lisbeth Hjort"} <= names
    # municipalities and regions are kept whole, as places: their bare name is no person later
    assert "Aarhus" not in names and "Hovedstaden" not in names
    assert not any("DTU" in n for n in names)
    assert check("Har Aarhus fået lavere sygefravær efter omlægningen?", names).refused is False
    assert check("Jens Aarhus i kantinen har fået lavere sygefravær.", names).refused


# --- refusal text ---------------------------------------------------------------------------


def _sensitive_tokens(text: str) -> set[str]:
    """Names and numbers from the input: digit groups, mid-sentence capitalised words and
    known first names that are not also ordinary words, each of length >= 3."""
    lex = lexicon()
    out = {d for d in re.findall(r"\d+", text) if len(d) >= 3}
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
        w = m.group(0)
        before = text[: m.start()].rstrip()
        mid_sentence = bool(before) and before[-1] not in ".!?:'\"–("
        name = w.lower() in guard.FIRST_NAMES and not lex.is_ordinary(w.lower())
        if len(w) >= 3 and ((w[0].isupper() and mid_sentence) or name):
            out.add(w)
    return out


def _all_must_refuse_texts() -> list[str]:
    texts = [c["text"] for c in _jsonl(EXTRA) if c["must_refuse"]]
    if PRIVACY_DEV.exists():
        texts += [c["text"] for c in _jsonl(PRIVACY_DEV) if c["must_refuse"]]
    return texts


@pytest.mark.parametrize("english", [False, True])
def test_refusal_text_never_contains_input_names_or_numbers(english: bool) -> None:
    texts = _all_must_refuse_texts()
    assert len(texts) >= 20
    for text in texts:
        result = check(text)
        assert result.refused
        reply = refusal_text(result, english=english)
        assert not re.search(r"\d", reply)  # no numbers at all
        for token in _sensitive_tokens(text):
            # Whole words: "MUS" (the appraisal talk) may not appear, "must" may.
            assert not re.search(rf"(?<!\w){re.escape(token)}(?!\w)", reply, re.IGNORECASE), (
                result.category,
                token,
            )


@pytest.mark.parametrize("english", [False, True])
def test_refusal_text_does_not_repeat_the_users_detail_words(english: bool) -> None:
    # Words from the input that are themselves personal details ("angst", "sygemeldt",
    # "kemoterapi") must not come back in the reply, not even in the example question. Only
    # the words that name the category itself ("biometriske") may appear.
    texts = _all_must_refuse_texts() + ["Jens Mortensen fra mit team har angst og har været sygemeldt i 6 uger"]
    for text in texts:
        result = check(text)
        reply = refusal_text(result, english=english)
        what = (guard._WHAT_EN if english else guard._WHAT_DA)[result.category].lower()
        for word in set(re.findall(r"[^\W\d_]{4,}", text.lower())):
            is_detail = check(f"Jonna Friis {word}").refused
            if is_detail and word not in what:
                # substring, not whole word: "sygemeldt" must not hide in "langtidssygemeldt"
                assert word not in reply.lower(), (result.category, word)


@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_refusal_text_explains_kind_reason_alternative_and_deletion(category: str) -> None:
    result = GuardResult(True, CATEGORIES[category], category)
    da = refusal_text(result)
    assert "KL" in da and "personoplysninger" in da and "personfølsomme" in da
    assert "generelt" in da and "uden navne" in da
    assert "Slet" in da and "kopi" in da
    en = refusal_text(result, english=True)
    assert "KL" in en and "personal data" in en and "delete" in en and "copy" in en
    # Each category is named in words, and differently from the others.
    others = {refusal_text(GuardResult(True, CATEGORIES[c], c)) for c in CATEGORIES if c != category}
    assert da not in others


def test_refusal_text_rejects_non_refusals() -> None:
    with pytest.raises(ValueError):
        refusal_text(GuardResult(False, None, None))


def test_errors_and_results_never_carry_the_input() -> None:
    secret = "Ditte Bøgh-Kjærulff 170884-2563"
    with pytest.raises(TypeError) as exc:
        check(secret.encode())  # type: ignore[arg-type]
    assert "Ditte" not in str(exc.value) and "170884" not in str(exc.value)
    r = check(secret)
    assert "Ditte" not in repr(r) and "170884" not in repr(r)


def test_every_category_has_a_documented_reason() -> None:
    assert CATEGORIES["cpr_number"] == "personal_data"
    assert CATEGORIES["case_record"] == "personal_data"
    assert CATEGORIES["contact_details"] == "personal_data"
    for cat in (
        "health",
        "union_membership",
        "religion",
        "ethnicity",
        "sexual_orientation",
        "political",
        "biometric",
        "criminal",
        "social_case",
        "hr_case",
    ):
        assert CATEGORIES[cat] == "sensitive_data"


# --- labelled sets --------------------------------------------------------------------------


def _score(cases: list[dict], names: frozenset[str]) -> tuple[float, int, list[str]]:
    must = [c for c in cases if c["must_refuse"]]
    hit = sum(check(c["text"], names).refused for c in must)
    false = [c["category"] for c in cases if not c["must_refuse"] and check(c["text"], names).refused]
    return hit / len(must), len(false), false


def test_privacy_dev_set(public_names: frozenset[str]) -> None:
    if not PRIVACY_DEV.exists():
        pytest.skip("shared/eval/privacy-dev.jsonl not available")
    recall, n_false, false = _score(_jsonl(PRIVACY_DEV), public_names)
    assert recall == 1.0
    assert n_false <= 1, false


def test_extra_unseen_style_set(public_names: frozenset[str]) -> None:
    cases = _jsonl(EXTRA)
    assert len(cases) >= 30
    assert sum(c["must_refuse"] for c in cases) >= 15
    recall, n_false, false = _score(cases, public_names)
    assert recall == 1.0
    assert n_false <= 1, false


def test_dev_questions(public_names: frozenset[str]) -> None:
    if not DEV.exists():
        pytest.skip("shared/eval/dev.jsonl not available")
    for case in _jsonl(DEV):
        refused = check(case["question"], public_names).refused
        assert refused == (case["kind"] == "sensitive"), case["id"]
