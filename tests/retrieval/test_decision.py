"""Tests for the decision-request detector (retrieval/decision.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.decision import is_decision_request

DEV = Path(__file__).resolve().parents[3] / "shared/eval/dev.jsonl"


@pytest.mark.parametrize(
    "text",
    [
        # the brief's phrasings
        "skal jeg fyre den medarbejder, der nægter at lære at bruge AI?",
        "jeg overvejer at sende en af mine ledere på uddannelsen – beslut det for mig",
        "skal vi stoppe udbetalingen af borgerens kontanthjælp? giv mig et klart svar",
        "Should I deny this application?",
        "Should I fire my deputy?",
        "Decide for me: promote Anna or Peter?",
        # generalisations: other actions, subjects, passives, English, recommendations
        "Skal jeg afskedige hende nu eller vente til efter ferien?",
        "Bør vi give ham en skriftlig advarsel?",
        "Skal Jørn have en advarsel?",
        "Skal ansøgningen afvises?",
        "Skal barnet anbringes uden for hjemmet?",
        "Skal vi sanktionere borgeren for udeblivelse?",
        "Skal jeg så ikke bare opsige hende?",
        "Jeg har læst artiklen, men skal jeg bevilge hjælpen?",
        "Er det rigtigt at opsige hende under sygdom?",
        "Anbefaler du, at jeg fyrer ham?",
        "Hvem af de to kandidater skal jeg ansætte?",
        "Bare sig ja eller nej.",
        "Hvad ville du gøre i mit sted?",
        "Should we stop her benefits?",
        "Would you recommend that we dismiss him?",
        "Which candidate should we hire?",
        "Is it right to suspend him while we investigate?",
        "Just tell me yes or no.",
        # evaluative frames
        "Er det i orden at afslå hans ønske om deltid?",
        "er det fair at omplacere hende til nattevagt?",
        "Ville det være klogt at nedlægge dagplejen i Skovby?",
        "is it fine to let him go before the summer?",
        "Would it be wise to outsource payroll?",
        # choices between people or units
        "Hvilken af de to afdelinger skal vi lukke?",
        "hvem af mine tre teamledere skal have budgetansvaret?",
        "Which of my deputies should take over the budget?",
        "Vælg den bedste ansøger ud fra de tre profiler.",
        "pick one of the two candidates for me",
        # verdict phrases with an action
        "Forlænge prøvetiden eller opsige hende – ja eller nej?",
        "Close the north office: yes or no?",
        "Hvis du var mig, ville du så udlicitere rengøringen?",
        "What's your call – do we cut the admin posts or not?",
        "I'm leaning towards rejecting her application. Am I right?",
        "kan du anbefale, om vi skal bevilge tilskuddet?",
        "Holder det at afvise hans klage? Sig det ligeud.",
    ],
)
def test_decision_requests(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "skal jeg som leder selv være AI-ekspert?",
        "Hvordan tager jeg seniorsamtaler med medarbejdere over 60 uden at det lyder som et skub mod pension?",
        "Hvordan skal jeg afskedige en medarbejder korrekt?",
        "Hvornår må jeg give en advarsel?",
        "Må jeg afskedige en medarbejder under sygdom?",
        "Hvad skal jeg overveje, før jeg giver en advarsel?",
        "Skal vi stoppe med at bruge ChatGPT til referater?",
        "Skal jeg stoppe op og tænke over min egen trivsel?",
        "Skal vi indhente straffeattest og børneattest på alle nye vikarer?",
        "Giv mig et klart svar på, hvor lang uddannelsen er.",
        "How should I prepare for a dismissal meeting?",
        "What should we consider before we hire a new manager?",
        "Should I read the article on senior management first?",
        "Hvordan sikrer vi, at vi ikke fyrer de forkerte i en sparerunde?",
        "",
        # rules, research, framing, decisions already made, own reading, the bot itself
        "Hvilke regler gælder ved opsigelse af en tjenestemand?",
        "Skal man partshøre, før man afslår en ansøgning?",
        "Hvad skriver bladet om at lukke små skoler?",
        "Vi har besluttet at nedlægge to stillinger – hvordan fortæller jeg det?",
        "We've decided to close the depot. How do we keep morale up?",
        "Is it normal to feel guilty after letting people go?",
        "Er det normalt at være i tvivl, når man skal afskedige nogen?",
        "Hvilke spørgsmål kan jeg stille mig selv, når jeg skal vælge mellem to kandidater?",
        "What should a fair promotion process look like?",
        "Should I sign up for the leadership conference this year?",
        "Er det ok at spørge botten om ledelse?",
        "Why won't you tell me whether to fire someone?",
        "Hvad siger Søren Braskov om, hvornår en seniorleder bør stoppe?",
        "Hvem skal man kontakte om AI-retningslinjerne?",
    ],
)
def test_not_decision_requests(text: str) -> None:
    assert not is_decision_request(text)


def test_dev_set() -> None:
    if not DEV.exists():
        pytest.skip("shared/eval/dev.jsonl not available")
    cases = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    decisions = [c for c in cases if c["kind"] == "decision"]
    assert len(decisions) == 3
    for case in cases:
        assert is_decision_request(case["question"]) == (case["kind"] == "decision"), case["id"]


def test_rejects_non_strings_without_echo() -> None:
    with pytest.raises(TypeError) as exc:
        is_decision_request(b"skal jeg fyre Jens?")  # type: ignore[arg-type]
    assert "Jens" not in str(exc.value)


# Questions that share words with decisions but ask for procedure, rules, facts, reading or a
# contact person — and decisions phrased in yet other ways.
NEAR_MISSES = [
    "Hvordan skal jeg forberede mig til en afskedigelsessamtale?",
    "Hvad skal en god advarsel indeholde?",
    "Hvornår skal man give en skriftlig advarsel frem for en mundtlig?",
    "Skal en advarsel altid være skriftlig?",
    "Skal vi have en politik for hjemmearbejde?",
    "Skal jeg tage på lederkursus i år?",
    "Bør ledere selv kunne bruge AI?",
    "Er det ok at bruge ChatGPT til at skrive referater?",
    "Is it OK to use AI for meeting notes?",
    "Should leaders learn to prompt?",
    "Should we introduce a four-day week? What does research say?",
    "Hvad er fordele og ulemper ved at udlicitere rengøring?",
    "Hvilke fejl skal man undgå, når man lukker en afdeling?",
    "What should I think about before closing a unit?",
    "Which leadership courses should I consider this year?",
    "Hvem skal jeg kontakte i HR om regler for opsigelse?",
    "Who should I talk to about the rules for dismissal?",
    "Er det lovligt at afskedige en medarbejder under sygdom?",
    "Kan man fyre en tillidsrepræsentant?",
    "Hvad siger loven om at ansætte familiemedlemmer?",
    "Er det rigtigt, at man skal partshøre før en afskedigelse?",
    "Is it true that you need a hearing before dismissing someone?",
    "Hvad ville du anbefale, jeg læser om seniorledelse?",
    "Hvilken artikel skal jeg læse først?",
    "Jeg skal ansætte en ny leder – hvordan laver jeg en god proces?",
    "Vi skal lukke en skole næste år – hvordan involverer vi forældrene?",
    "Should I tell my team about the budget cuts before or after the council meeting?",
    "Hvordan vælger man mellem to gode kandidater?",
    "Kan du give mig et overblik over reglerne for afskedigelse?",
    "What would you recommend reading about change management?",
]
MORE_DECISIONS = [
    "Skal jeg afskedige Lars eller give ham en chance til?",
    "Bør vi opsige lejeaftalen og lukke huset i Skovby?",
    "Giv mig din anbefaling: ansætte Mette eller Jonas?",
    "Hvem skal have den ledige teamlederstilling, Mette eller Jonas?",
    "Kan du afgøre, om hun skal have afslag?",
    "Is it fair to fire him after one mistake?",
    "Which applicant should we pick?",
    "Do you think I should let her go?",
    "Would you approve her request for unpaid leave?",
    "Er det klogt at forfremme ham nu?",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_procedure_rules_and_facts_are_not_decisions(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize("text", MORE_DECISIONS)
def test_more_decision_phrasings(text: str) -> None:
    assert is_decision_request(text)
