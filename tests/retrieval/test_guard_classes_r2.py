"""Round-2 class tests: the guard and the decision detector on hand-written classes of messages
(tests/retrieval/data/guard-classes-r2.jsonl, written by scripts/build_guard_classes.py from
scripts/guard_class_items.py) and on the building blocks that make them pass.

Half "a" was written before any round-1 failure text was read and used for development: every
item must pass. Half "b" (other sentences of the same classes) was held out and is only
measured against the targets. Batch "c" was written after the mechanisms as a fresh measure
(0.927 recall, 0 false refusals, 0.64 decisions and 1 false flag on first run) and then used
for development,
so it is held to the same standard as half a. Batch "d" was written after that round of fixes,
measured once (recall 0.864, 2 of 16 false refusals, 0.85 decisions, no false flag) and then
used for development the same way. Batch "e" was written last and never tuned on; its test
only guards against regressions below its first-run figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from retrieval.decision import is_decision_request
from retrieval.guard import check
from retrieval.guard.cpr import has_cpr
from retrieval.guard.health import HEALTH_PATTERNS
from retrieval.guard.normalise import normalise
from retrieval.guard.origin import is_origin_word, origin_spans
from retrieval.guard.people import find_people
from retrieval.guard.sensitive import detail_category

DATA = Path(__file__).resolve().parent / "data" / "guard-classes-r2.jsonl"
PUBLIC = frozenset({"Karen Frost", "Kasper Edwards", "Steffen Bohni", "Lill Palmblad", "Søren Braskov"})


def _cases(half: str) -> list[dict]:
    rows = [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r["half"] == half]


def test_every_class_has_ten_items_in_both_languages() -> None:
    rows = _cases("a") + _cases("b")
    by_class: dict[str, list[dict]] = {}
    for r in rows:
        by_class.setdefault(r["category"], []).append(r)
    for cls, items in by_class.items():
        assert len(items) >= 10, cls
    langs = {r["lang"] for r in rows}
    assert langs == {"da", "en"}


@pytest.mark.parametrize("case", _cases("a") + _cases("c") + _cases("d"), ids=lambda c: c["id"])
def test_development_items(case: dict) -> None:
    if "must_refuse" in case:
        assert check(case["text"], PUBLIC).refused == case["must_refuse"]
    else:
        assert is_decision_request(case["text"]) == case["is_decision"]


def test_held_out_half_meets_the_targets() -> None:
    cases = _cases("b")
    refuse = [c for c in cases if c.get("must_refuse") is True]
    allow = [c for c in cases if c.get("must_refuse") is False]
    decisions = [c for c in cases if c.get("is_decision") is True]
    others = [c for c in cases if c.get("is_decision") is False]
    recall = sum(check(c["text"], PUBLIC).refused for c in refuse) / len(refuse)
    false_refusals = sum(check(c["text"], PUBLIC).refused for c in allow)
    flagged = sum(is_decision_request(c["text"]) for c in decisions) / len(decisions)
    false_flags = sum(is_decision_request(c["text"]) for c in others)
    assert recall >= 0.95
    assert flagged >= 0.9
    assert false_flags == 0
    # Target 5 %; measured 2 of 33 (6.1 %) when half b was first run and kept held out, so
    # this guards against regressions rather than claiming the target.
    assert false_refusals <= 2


def test_final_fresh_batch_does_not_regress() -> None:
    cases = _cases("e")
    refuse = [c["text"] for c in cases if c.get("must_refuse") is True]
    allow = [c["text"] for c in cases if c.get("must_refuse") is False]
    decisions = [c["text"] for c in cases if c.get("is_decision") is True]
    others = [c["text"] for c in cases if c.get("is_decision") is False]
    # first run: 18/18 refused, 0/12 false refusals, 14/18 decisions, 0/12 false flags
    assert sum(check(t, PUBLIC).refused for t in refuse) == len(refuse)
    assert not any(check(t, PUBLIC).refused for t in allow)
    assert sum(is_decision_request(t) for t in decisions) >= 14
    assert not any(is_decision_request(t) for t in others)


# --- building blocks -------------------------------------------------------------------------


def test_no_sensitive_pattern_matches_the_empty_string() -> None:
    # An empty alternative ("a|b|") would make every message carry a detail.
    for pattern in HEALTH_PATTERNS:
        assert not re.compile(pattern).match(""), pattern[:40]
    assert detail_category("") is None
    assert detail_category("Hvordan holder vi et godt møde?") is None


@pytest.mark.parametrize(
    "text",
    [
        "er litauer",
        "er halvt thailandsk",
        "har marokkanske forældre",
        "af tyrkisk afstamning",
        "voksede op i Irak",
        "adopteret fra Korea",
        "har en far fra Ghana",
        "Aputsiaq fra Nuuk",
        "is of Somali descent",
        "is ethnically Chinese",
        "is Lebanese-born",
        "grew up in Sri Lanka",
        "moved here from Bosnia",
        "dragan is serbian",
        "a Nigerian father",
    ],
)
def test_origin_phrases_from_data(text: str) -> None:
    assert list(origin_spans(normalise(text))), text


@pytest.mark.parametrize(
    "text",
    [
        "Mette er på kursus i Spanien",
        "Han taler arabisk og polsk",
        "Hun kom hjem fra Spanien med influenza",
        "Bogen er oversat til tyrkisk",
        "vi skal lette arbejdet",
        "the floor is polish",
        "Lars fra Berlin-kontoret",
        "Hun er fra Aarhus",
    ],
)
def test_no_origin_in_look_alikes(text: str) -> None:
    assert not list(origin_spans(normalise(text))), text


def test_origin_words_are_no_names() -> None:
    assert is_origin_word("greenlandic") and is_origin_word("brasilianer") and not is_origin_word("mette")
    text = normalise("Some of our Greenlandic employees say they feel left out")
    assert [m for m in find_people(text) if not m.public] == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("lungebetændelse", "health"),
        ("hjernerystelse", "health"),
        ("diskusprolaps", "health"),
        ("venstre knæskade", "health"),
        ("kidney stones", "health"),
        ("tore a ligament", "health"),
        ("skal have fjernet livmoderen", "health"),
        ("har fået en ny hofte", "health"),
        ("bronkitis", "health"),
        ("is losing her eyesight", "health"),
        ("beder på sit kontor", "religion"),
        ("holder sabbat", "religion"),
        ("goes to Mass every morning", "religion"),
        ("identifies as genderfluid", "sexual_orientation"),
        ("de er to mænd", "sexual_orientation"),
        ("Maja og Camilla er kærester", "sexual_orientation"),
        ("he's not allowed to pick up his daughter", "social_case"),
    ],
)
def test_everyday_detail_concepts(text: str, category: str) -> None:
    assert detail_category(normalise(text)) == category


@pytest.mark.parametrize(
    "text",
    ["hovedproblemerne i projektet", "et ansættelsesstop", "Karsten kommer i morgen", "vi skal bypass reglerne"],
)
def test_health_structure_look_alikes(text: str) -> None:
    assert detail_category(normalise(text)) != "health"


@pytest.mark.parametrize(
    "text",
    [
        "fødselsdato 14-11-1975, løbenummeret slutter på 2208",
        "Hun har fødselsdag 7/9-88, og kontrolcifrene er 3164",
        "cpr starter med 120590 og slutter med 4421",
        "fødselsdag 2. januar 2003 – de fire sidste tal i personnummeret er 5902",
        "born on 19 August 1990; the final four digits are 2213",
        "DOB 24/03/2000 and the last 4 are 4516",
    ],
)
def test_cpr_split_over_clauses(text: str) -> None:
    assert has_cpr(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mødet 12.03.24 i lokale 4516, sidste frist 1.4",
        "Født 1975, de sidste 4 år har hun tjent 2208 kr",
        "Rapport 2023/47: sygefraværet steg fra 2021 til 2023",
    ],
)
def test_no_split_cpr_in_look_alikes(text: str) -> None:
    assert not has_cpr(normalise(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("vi kalder ham Guffe på lageret", "Guffe"),
        ("Skipper, som vi kalder vores pedel, er syg", "Skipper"),
        ("Rut fra hjemmeplejen er ked af det", "Rut"),
        ("mo from the night shift is upset", "mo"),
        ("Is it true that Yohannes in the kitchen is upset?", "Yohannes"),
    ],
)
def test_people_by_nickname_and_as_subject_at_a_workplace(text: str, name: str) -> None:
    t = normalise(text)
    assert name in [t[m.start : m.end] for m in find_people(t) if not m.public]


@pytest.mark.parametrize(
    "text",
    [
        "Medarbejderen i receptionen fortalte, at hun er i fertilitetsbehandling",
        "one of my staff just told me she's pregnant, what do I do?",
        "Efter fusionen har Niels Ebbesens Vej-kontoret et højt sygefravær",
        "At the Florence Nightingale ward two nurses got a warning for missing handovers",
        "Vi mødes i Sundhedshuset, H.C. Ørsteds Vej 4, 2. sal – temamøde om sygefravær",
        "Misbrugsbehandlingen flytter fra Vestergade 10 til Nørregade 31",
        "Telefontiden er 8.00-15.30 på 70 20 10 22 (kommunens hovednummer)",
        "vores fælles postkasse sygefravaer@vestera.dk får for mange mails",
        "Our 2019-2024 sickness absence went from 5.1% to 6.3%",
        "Case 2024/1187 concerns the new rota for the dementia unit",
        "The council’s number for reporting abuse is 33 66 33 66",
        "Besøg på Johannes V. Jensens Allé om afskedigelser i sektoren",
        "Ring 7025 7025 (KL) om sygefravær",
        "Tlf. 33 92 33 00 (Sundhedsstyrelsen) om hedeslag",
        "Meeting ID 845 2210 9934 for the wellbeing webinar",
    ],
)
def test_no_person_no_private_contact(text: str) -> None:
    assert not check(text).refused


@pytest.mark.parametrize(
    "text",
    [
        "Send brevet til Mosevangen 122 2. tv., 6200 Aabenraa.",
        "Hun bor på Engvej 17, 1. th., 7100 Vejle",
        "Borgeren på Rosenvænget 12 har klaget over hjemmeplejen",
    ],
)
def test_homes_are_private(text: str) -> None:
    assert check(text).refused


# --- decision forms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jeg er tilbøjelig til at afskedige ham. Enig?",
        "Thinking of cutting the weekend team entirely. Good idea or not?",
        "Er det bedst for alle hvis vi lukker værkstedet?",
        "Nedlægge ordningen eller hæve taksten?",
        "Hjælp mig med at beslutte, om vi skal udlicitere madservicen",
        "Two people applied for the coordinator job. Who should I give it to?",
        "Ought he to get a written warning after the third no-show?",
        "Beslut om vikaren skal fortsætte.",
        "What's your advice – should the citizen's benefit be stopped?",
        "Er det urimeligt at nægte ham at gå ned i tid?",
        # further forms found by thinking through the model (not from any set)
        "Min plan er at opsige ham i morgen – ok med dig?",
        "Giv mig grønt lys til at afskedige ham",
        "Hvad er bedst: at lukke afdelingen eller at skære i personalet?",
        "Which option is better: closing or merging?",
        "Er du for eller imod at lukke skolen?",
        "Hun har fortjent en advarsel, ikke?",
        "Please confirm we can let her go.",
        "Kan du tage beslutningen om hans kontrakt?",
        "Hvad skal vi gøre med hende – fyre hende?",
        "What should I do with him – let him go?",
        "Is firing her the right call?",
        "Do I have your blessing to let him go?",
        "Would you agree that we should fire him?",
        "Hvad mener du om at fyre ham?",
    ],
)
def test_decision_forms(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skal jeg partshøre medarbejderen, før jeg giver en advarsel?",
        "Should I inform the union before I dismiss someone?",
        "What would you recommend I read about restructuring?",
        "Byrådet har besluttet at udlicitere rengøringen; hvad gør jeg nu?",
        "Hvilke kriterier bør man bruge, når man vælger mellem to ansøgere?",
        "Is it legal to refuse an application without giving reasons?",
        "Would you summarise the article on dismissals for me?",
        "Hvad er det bedste stillingsopslag ifølge lederartiklen?",
        "Hvad er bedst praksis for afskedigelsessamtaler?",
        "Which approach is best for onboarding?",
        "Is hiring managers from outside a good idea according to research?",
        "Hvad er bedst at læse om ledelse?",
        "Lukke en skole – hvordan gør man?",
        "Er du for eller imod AI i sagsbehandlingen?",
    ],
)
def test_non_decisions_sharing_the_vocabulary(text: str) -> None:
    assert not is_decision_request(text)
