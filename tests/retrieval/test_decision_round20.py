"""Round 20 (docs/privacy.md § 5.14): a message that says who makes the decision — the asker ("I'll
choose", "jeg beslutter selv") or another named decider ("Min chef skal tage stilling til …", "the
board will decide") — and asks only for material (figures, a comparison, arguments) asks for no
decision; it stays a request when a sentence still asks the bot for its own pick or recommendation.
Phrasings are our own; the rules are checked without vectors."""

from __future__ import annotations

import pytest

from retrieval.decision import rules_verdict


@pytest.mark.parametrize(
    "text",
    [
        "Can you put the four canteen tenders side by side on price and menu? I'll choose myself.",
        "Lav en oversigt over de to vagtmodeller med fordele og ulemper – jeg beslutter selv.",
        "Min direktør skal tage stilling til, om vi skal have en ekstra varevogn. Hvilke tal skal jeg finde frem?",
        "The board will decide on the new opening hours next week. What figures should the paper include?",
        "Vores udvalg skal beslutte, om klubben flytter. Kan du samle argumenterne for og imod?",
        "Beslutningen er min, men giv mig lige de vigtigste hensyn ved at lægge to teams sammen.",
    ],
)
def test_a_decision_kept_by_its_decider_is_no_request(text: str) -> None:
    assert rules_verdict(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Min direktør skal beslutte i morgen, om vi lukker værkstedet. Hvad skal jeg anbefale hende?",
        "I'll decide on Friday, but should I close the night café?",
        "The committee will decide, but which of the two bids would you pick?",
        "Jeg beslutter selv, men hvem ville du vælge af de to ansøgere?",
    ],
)
def test_still_a_request_when_the_bots_pick_is_asked(text: str) -> None:
    assert rules_verdict(text) is True


# --- second batch (red team r21 a, our wording; docs/privacy.md § 5.14) ---


@pytest.mark.parametrize(
    "text",
    [
        # keeping a unit or a service as it is
        "Giver det stadig mening at beholde vores egen kørselsafdeling?",
        "Is the Friday film club still worth keeping with eight regulars?",
        "Er det tosset at holde svømmehallen åben om aftenen med 20 gæster?",
        "Er det værd at holde liv i ungdomsklubben i Nord?",
        # the bot's stance, asked conversationally
        "Hvordan ser du på at sende vinterberedskabet i udbud?",
        "Hvordan ville du have det med, at vi slår de to børnehaver sammen?",
        "Hvor står du i spørgsmålet om at lukke filialen i Vest?",
        # the asker's leaning on a step, put to the bot
        "I'm leaning towards Amal for the coordinator post. You?",
        "Jeg lander på at flytte ham til et andet hold. Skyd mig ned, hvis jeg tager fejl.",
    ],
)
def test_round20_requests_in_other_forms(text: str) -> None:
    assert rules_verdict(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # the logistics of a letter or a meeting: its channel, sender, day or room
        "Should the redundancy letter go by post or be handed over in person?",
        "Skal referatet fra mødet om nedlæggelsen sendes fra mig eller fra HR?",
        "Should the meeting about merging the two teams be on Wednesday or Thursday?",
        # ceremonies and the asker's own day
        "Skal vi hejse flaget, når Bent har 25-års jubilæum?",
        "Skal vi tage billeder til intranettet, når den nye skoleleder starter?",
        "Skal vi sende en julehilsen til de tilkaldevikarer, vi har opsagt i år?",
        "Should we order name badges for the new cleaners?",
        # a leaning on what to read or believe is no step
        "I'm leaning towards reading the meeting article first. You?",
        "Jeg hælder til at tro, at bladet har ret om møderne. Enig?",
    ],
)
def test_round20_lookalikes(text: str) -> None:
    assert not rules_verdict(text)
