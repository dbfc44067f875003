"""The answer-type checks abstention uses: does the question ask for an amount or a time, and
does the retrieved text hold one?"""

from __future__ import annotations

import pytest

from retrieval import answer_type as at
from retrieval.bilingual import lexical_query


@pytest.mark.parametrize(
    "question",
    [
        "Hvad koster en diplomuddannelse i ledelse?",
        "hvad er deltagergebyret for konferencen?",
        "Hvor meget tjener en kontorchef i en region?",
        "Hvad er startlønnen for en socialrådgiver?",
        "Hvilket løntrin starter en kontorchef på?",
        "How much does the course cost?",
        "What is the salary of a head nurse?",
        "What are the fees for the leadership programme?",
    ],
)
def test_price_and_pay_questions_ask_for_an_amount(question: str) -> None:
    assert at.asks_amount(question)


@pytest.mark.parametrize(
    "question",
    [
        # the verb in another sense, or pay as a topic rather than a figure asked for
        "Hvad mener lederen om, hvorvidt AI kommer til at koste stillinger?",
        "Hvordan forbereder jeg en lønsamtale med en medarbejder?",
        "Kan det betale sig at investere i trivsel?",
        "How do I keep senior staff motivated?",
    ],
)
def test_other_questions_ask_for_no_amount(question: str) -> None:
    assert not at.asks_amount(question)


def test_an_amount_is_found_as_a_sum_or_as_the_cost_of_the_asked_subject() -> None:
    assert at.amount_in("Hvad koster bogen?", ["Bogen om ledertrivsel. Dansk Psykologisk Forlag, 194 sider, 299 kr."])
    # a sum about something else answers no question about the price of an advert
    assert not at.amount_in(
        "Hvad koster en helsides annonce?", ["Uddannelsen består af tre dage. ■ Den koster 13.450 kr."]
    )
    assert at.amount_in("Hvad koster uddannelsen?", ["Uddannelsen består af tre dage. ■ Den koster 13.450 kr."])
    # the page states what the subject costs in other terms than money
    q = lexical_query("What does a long meeting cost?")
    assert at.amount_in(q, ["Et langt møde koster en hel arbejdsdag for en leder."])
    # "koster" about something else is no answer to the asked cost
    assert not at.amount_in("Hvad koster en lægesekretæruddannelse?", ["Frygten for AI kan koste stillinger."])


@pytest.mark.parametrize(
    "question, asks",
    [
        ("Hvornår udkommer næste nummer?", True),
        ("I hvilket år blev strategien vedtaget?", True),
        ("On which exact date was the tool launched?", True),
        ("When did the project start?", True),
        ("What happens when AI suspects a cardiac arrest?", False),
        ("Hvad gør jeg, når en medarbejder siger op?", False),
    ],
)
def test_time_questions(question: str, asks: bool) -> None:
    assert at.asks_time(question) is asks


@pytest.mark.parametrize(
    "question, found",
    [
        ("Hvor mange kommuner er med i partnerskabet?", True),
        ("How many calls a day does the coordinator get?", True),
        ("Hvor mange indbyggere har byen?", False),
    ],
)
def test_a_count_is_found_as_a_number_before_what_is_counted(question: str, found: bool) -> None:
    text = "Partnerskabet tæller 43 kommuner. Koordinatoren får nu tre opkald om dagen, før var det 40."
    assert at.asks_count(question)
    assert at.count_in(question, [text]) is found


def test_time_in_text() -> None:
    assert at.time_in(["Næste blad udkommer juni 2024."])
    assert at.time_in(["Mødet er den 12. okt."])
    assert not at.time_in(["Ledere skal tale med deres medarbejdere om AI."])


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Hvilket firma har leveret AI-systemet til alarmcentralen?", True),
        ("Hvilken leverandør står bag opgavetavlen?", True),
        ("Which vendor supplies the speech recognition?", True),
        ("Which printing company prints the magazine?", True),
        ("Hvem står bag konferencen om ledertrivsel?", False),
        ("Which municipality tested the task board?", False),
        ("Hvad siger forskeren om AI?", False),
    ],
)
def test_maker_questions(question: str, asks: bool) -> None:
    """(round 21) A question that asks which company, vendor or supplier made or supplies something."""
    assert at.asks_maker(question) is asks


def test_a_maker_is_found_in_a_credit_line_or_a_company_named() -> None:
    assert at.maker_in(["Tryk: Rosendahls A/S. Oplag 8.000."])
    assert at.maker_in(["Systemet er udviklet af en dansk virksomhed i samarbejde med regionen."])
    assert not at.maker_in(["Regionen bruger AI til at læse mammografier, og lægerne er glade for det."])


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Hvilke regler gælder for hviletid mellem to vagter?", True),
        ("Har en medarbejder krav på løn under et kursus?", True),
        ("Hvad er opsigelsesvarslet for en funktionær med seks års anciennitet?", True),
        ("Kan jeg lovligt flytte en medarbejder til en anden afdeling?", True),
        ("What does the collective agreement say about overtime for part-timers?", True),
        ("Hvad siger § 56 om kronisk syge?", True),
        ("Hvilke møder fik lov at komme tilbage i kalenderen?", False),  # an idiom: permission, no rule
        ("Hvordan lægger man en vagtplan, når nogen melder fra med kort varsel?", False),
        ("Who is the legally responsible editor of the magazine?", False),  # a person asked for
        ("Hvad siger lederen om AI?", False),
    ],
)
def test_rule_questions(question: str, asks: bool) -> None:
    """(round 32) A question that asks what a law, an agreement or a rule requires."""
    assert at.asks_rule(question) is asks


def test_a_rule_is_found_where_a_text_states_one() -> None:
    assert at.rule_in(["Ifølge arbejdsmiljøloven skal der være en arbejdsmiljøorganisation."])
    assert at.rule_in(["Overenskomsten giver ret til seniordage fra 60 år."])
    assert at.rule_in(["Kommunen har pligt til at tilbyde en samtale."])
    assert not at.rule_in(["Lederen holdt møde med medarbejderne om den nye vagtplan."])
