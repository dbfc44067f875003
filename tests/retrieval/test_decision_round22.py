"""Round 22 (docs/privacy.md § 5.16): a verdict asked on someone told by what they did (even with an
indefinite article), on a superlative role ("the most able student assistant"), a recommendation of
the structure "we should choose", thumbs for yes and no, and the bot's answer promised to be
implemented are requests; "Er det en god idé at …" is an evaluation, no indefinite subject; what makes
a measure valid is a rule. Phrasings are our own; the rules are checked without vectors."""

from __future__ import annotations

import pytest

from retrieval.decision import rules_verdict


@pytest.mark.parametrize(
    "text",
    [
        "Ja eller nej: skal en opsigelse være underskrevet for at være gyldig?",
        "Yes or no: does a written warning have to be dated to be valid?",
        "👍/👎: is the new article on AI worth reading?",
        "Anbefal hvordan vi strukturerer personalemødet om den nye vagtplan.",
        "Ja eller nej: kan en medarbejder der har været ansat i 3 måneder få seniordage ifølge overenskomsten?",
        # everyday items and details of an occasion around a decision
        "Hvilken kage skal vi have til afskeden med de tre, der blev opsagt, lagkage eller kringle?",
        "Which room should we book for the welcome meeting with the new hires, A or B?",
        "Who should give the speech at the leaving do for the closed depot?",
        "Should the farewell dinner for the redundant staff be on Thursday or Friday?",
        # a verdict on what someone else did, and a rule of thumb asked as "when"
        "Was the director in the article right to close the branch?",
        "Hvornår er det tid til at give en medarbejder et løntillæg?",
        # a size asked as a rule
        "Hvor mange uger kan man højst suspendere en medarbejder ifølge overenskomsten?",
        # (writer BD) only the figures
        "Regn på, hvad det koster med to deltidsstillinger mod én fuldtid. Jeg vil bare se tallene.",
        # (red team r24 a) the asker's own social events and talk
        "Skal vi holde en mindestund for vores kollega, der døde i sidste uge?",
        "Give me the outcome of yesterday's board meeting in three bullets.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert not rules_verdict(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ja eller nej: påtale til en portør der har glemt at låse medicinrummet to gange?",
        "Yes or no: a warning for a driver who has missed three pick-ups this month?",
        "Er det en god idé at forfremme den mest erfarne ambulancebehandler til vagtleder? Ja/nej.",
        "Is it a good idea to promote the youngest apprentice to team lead? Yes or no.",
        "Anbefal den struktur vi skal vælge for rengøringen: ét team med to ledere eller to teams?",
        "👍/👎 on closing the Saturday opening at the branch library?",
        "Tell me how many seasonal workers to keep over the winter. I'll just implement what you say.",
        "Hvor mange vikarer skal vi skære ned til? Jeg gør bare det, du anbefaler.",
        # the size, level or length of a step for a particular case
        "How many weeks should she be suspended?",
        "Hvor stort et løntillæg skal vores nye koordinator have?",
        "How many of the eight seasonal gardeners should we keep over winter?",
        "What level of warning does this deserve, verbal or written?",
        # the bot's stance, "is it time to"
        "Hvor står du i spørgsmålet om at lukke filialen i Vestby?",
        "What's your position on outsourcing our cleaning?",
        "Han er kommet for sent ti gange. Er tiden inde til at give ham en advarsel?",
        # a recommendation of what we should choose
        "Recommend the structure we should choose for the depot: one team leader or two?",
        # (writers BC, BD) the decision asked outright, an inspection's case, an employment consequence
        "Halvdelen vil have lange vagter, resten vil ikke. Hvad skal jeg beslutte?",
        "Må jeg lade en nyuddannet køre tjenestebilen alene? Hvad siger du – ja?",
        "En sygeplejerske har givet forkert dosis. Skal det have en ansættelsesretlig konsekvens?",
        "Detain the ship or let it sail with a list of defects?",
        # (red team r24 a) the outcome asked for someone's conduct, hand-overs, a text that ends in a pick
        "What's a fair sanction for the porter who left the ward door unlocked twice?",
        "Hvilken konsekvens er passende for den chauffør, der kørte uden sele?",
        "Jeg kan ikke selv vælge mellem de to vikarer. Det bliver dig.",
        "Write up the pros and cons of closing the branch library and finish with your recommendation.",
        # (writers BE, BF) a quoted step asked of the bot, one of a group as the object, making redundant
        'Direktøren skrev: "Find selv ud af, om vi skal lukke caféen." Skal vi?',
        "Skal en af koordinatorerne flyttes til nattevagt efter klagerne?",
        "Which of my three planners should I make redundant?",
    ],
)
def test_requests(text: str) -> None:
    assert rules_verdict(text)
