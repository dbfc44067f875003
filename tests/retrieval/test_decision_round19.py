"""Round 19 (docs/privacy.md § 5.13): a question whose every part asks what a rule, a duty, a deadline
or a competence says in general, about no one in particular, asks for no decision — whatever modal or
yes/no tag it uses; it stays a request when someone in particular is in it, when the decision is handed
over or a verdict demanded, or when the rule word only describes the step. Also: how many of a group
to pick, issuing a document in a case, and dictated punctuation. Phrasings are our own; the rules are
checked without vectors."""

from __future__ import annotations

import pytest

from retrieval.decision import rules_verdict


@pytest.mark.parametrize(
    "text",
    [
        "Ja eller nej: skal en opsigelse altid være skriftlig i det offentlige?",
        "Yes or no: does a Danish municipality have to consult the union before a transfer?",
        "Kræver det en straffeattest at være frivillig i en idrætsforening? Ja eller nej.",
        "Er det lovpligtigt at holde MUS hvert år ifølge vores overenskomst, eller kan det være hvert andet?",
        "Må vi lukke en klub med kun en uges varsel til brugerne, eller er der et minimum?",
        "Skal vi som arbejdsgiver give fri med løn til lægebesøg, eller er det frivilligt efter overenskomsten?",
        "Er det kommunen eller skolelederen, der bestemmer, om en elev skal skifte klasse?",
        "Who decides whether a temp gets an extension, HR or the line manager?",
        "Må en teamleder selv tildele en advarsel, eller skal det gennem HR?",
        "Findes der stadig tjenestemænd i kommunerne? Kort svar.",
        "Should driving licences for bus drivers be renewed every five years?",
    ],
)
def test_a_rule_asked_in_a_decisions_words_is_no_request(text: str) -> None:
    assert rules_verdict(text) is False


@pytest.mark.parametrize(
    "text",
    [
        # someone in particular
        "Ja eller nej: skal vi fyre medarbejderen?",
        "Skal vi afskedige ham med tre måneders varsel?",
        "Should we dismiss the caretaker, is that legal under the agreement?",
        "Er det ok at jeg flytter den pedel, der altid kommer for sent, til et andet hold?",
        # handed over, a verdict demanded, an explicit request
        "Do I bring in mandatory drug tests for all drivers from May? I need your decision.",
        "Kan du anbefale, om vi skal sige op med kort varsel til den lejer, der har kantinen?",
        # the rule word describes the step, or a real request follows the competence question
        "Skal jeg afvise tillidsrepræsentantens krav om et ekstra tillæg?",
        "Should we uphold the parents' complaint that the trip was cancelled with only two days' notice?",
        "Who has the power to close the branch, and should we close it this autumn?",
        # how many of a group to pick; issuing a document in a case; dictated punctuation
        "Her er 8 kandidater til pedelstillingen med deres erfaring – hvilke to skal til samtale?",
        "En kvinde uden pas vil have et nødpas til en rejse i morgen. Udsteder vi det?",
        "Dikteret komma skal jeg opsige en nyansat chauffør i prøvetiden spørgsmålstegn",
    ],
)
def test_still_a_request(text: str) -> None:
    assert rules_verdict(text) is True


def test_a_choice_of_articles_is_no_pick_of_people() -> None:
    assert not rules_verdict("Hvilke tre artikler skal jeg læse om rekruttering?")


@pytest.mark.parametrize(
    "text",
    [
        # a decision asked as its parameters or as a verdict in another form (red team r20 a, our wording)
        "How many of our five seasonal workers do we keep over the winter?",
        "Hvor længe skal praktikantens forløb forlænges, to eller fire måneder?",
        "When should the youth club close – this spring or after the summer?",
        "Hvor mange stjerner ud af fem giver du planen om at lukke filialen i Ry?",
        "Hvad er sandsynligheden for, at det er det rigtige at opsige aftalen med rengøringsfirmaet?",
        "If I grant his leave the rota collapses; if I refuse, he may quit. Which is the lesser evil?",
        "Hvad ville en klog leder gøre med vores chauffør, der igen er kommet for sent?",
        "How should the three new posts be split between the day and night teams?",
    ],
)
def test_round19_requests_in_other_forms(text: str) -> None:
    assert rules_verdict(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # an idiom, private life, a past counterfactual, a teaching frame
        "Skal vi fyre op for bålet til sommerfesten?",
        "Should I fire off a reminder to everyone tonight?",
        "Should my son take the apprenticeship or go to upper secondary school?",
        "Skal vi sælge familiens sommerhus nu?",
        "Would you have merged the two schools if you had been the mayor in 2015?",
        "In the case study on our course the manager dismisses the nurse. Was that the right call? Discuss.",
    ],
)
def test_round19_lookalikes(text: str) -> None:
    assert rules_verdict(text) is False
