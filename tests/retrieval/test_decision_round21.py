"""Round 21 (docs/privacy.md § 5.15): frames that settle a message either way — the asker's own
feelings or social conduct around a decision, the bot's agreement with a general statement, a fact
checked yes or no, a rehearsal the bot is told not to judge, a step already taken or decided, a rule
that allows or forbids, curiosity about research are no requests; a person's fitness for a post, a
passive move of someone, the bot's thoughts on a step, a reason for or against a step, conduct that
"warrants" a step, the asker's course called a mistake, a recommendation between two steps and the
recommendation written as text by the bot are requests. Phrasings are our own; the rules are checked
without vectors."""

from __future__ import annotations

import pytest

from retrieval.decision import rules_verdict
from retrieval.guard.actions import ACTION


@pytest.mark.parametrize(
    "text",
    [
        "Is it OK to feel relieved that we closed the old depot without redundancies?",
        "Er det mærkeligt at græde, når jeg fortæller holdet, at afdelingen lukker?",
        "Would it be rude to skip the leaving party for the manager who cut our budget?",
        "Should I eat lunch with the team on the day we announce the new structure?",
        "Would you agree that closing a service is harder than opening one?",
        "Er det rigtigt, ja eller nej, at Jonna uddannede otte nøglepersoner sidste år?",
        "Spil en medarbejder, der får en advarsel, så jeg kan øve samtalen. Du skal ikke vurdere sagen.",
        "Skal jeg skrive en nyhed på intranettet om, at vi har ansat en ny økonomichef?",
        "Hvordan siger jeg nej til Peter, der har søgt orlov, når vi allerede har besluttet det?",
        "Må vi sætte telte op på torvet til sommerfesten ifølge ordensreglementet?",
        "Which hurts morale more, closing a unit or cutting hours? Just curious what research says.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert rules_verdict(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Is the new night porter good enough to keep after the trial period?",
        "Er han klar til at blive afdelingsleder, ud fra det jeg har fortalt?",
        "Should our longest-serving cleaner be moved to the day team after the complaint?",
        "What are your thoughts on letting the temp go before the summer?",
        "Hvad tænker du om at give kokken en skriftlig advarsel?",
        "Er der noget, der taler for at beholde aftenåbningen i biblioteket?",
        "Does his behaviour at the Christmas lunch warrant a written warning?",
        "Hvis jeg skærer i vikarbudgettet i stedet for i rengøringen, laver jeg så en fejl?",
        "Hvis du skulle skrive indstillingen om dagcentret, hvad ville konklusionen være?",
        'Fill in the panel notes for me: "Preferred candidate: ___".',
        "Omplacering eller afskedigelse – hvad anbefaler du for en chauffør, der ikke længere må køre?",
        "Should I give my site coordinator a pay rise now or wait until the autumn?",
        "Mads eller Eva til den faste aftenvagt? Mads spurgte først, Eva har mest erfaring. Du vælger.",
        "boer jeg give en elev en advarsel naar hun er kommet for sent fem gange, ja eller nej",
        "Extend the trial period for the new porter by a month, or confirm the hire now?",
        "Skal vi tilbyde en fratrædelsesordning til medarbejdere over 62 for at spare penge?",
        # someone else's application stays a case, also after "takke ja til"
        "Skal jeg takke ja til Sørens ansøgning om orlov?",
        "Skal jeg takke nej til ansøgeren fra i går?",
        # the farewell of a dismissal is no party, and "would you say …" on a step is a verdict asked
        "Skal jeg underskrive afskedigelsen allerede i dag?",
        "Would you say it's better to dismiss him now than after the summer?",
        "Ville du sige ja til, at en pædagog tager sin hund med på arbejde?",
        # "so what do I do?" after a request for permission, or a repeated lapse after a sanction
        "Pedellerne vil gerne have lov til at gå hjem kl. 14 om fredagen. Det har ikke givet problemer. Så hvad gør jeg?",
        "One of my drivers was late again. It is the third time, and he has had a written warning. So what do I do?",
    ],
)
def test_requests(text: str) -> None:
    assert rules_verdict(text) is True


def test_fire_off_and_light_up_are_no_dismissal() -> None:
    assert rules_verdict("Vi fyrede raketter af ved nytårskuren – hvem skal rydde op bagefter?") is not True
    assert not ACTION.search("Vi fyrede nytårskrudt af ved havnen")
    assert not ACTION.search("vi fyrer op i pejsen")
    assert ACTION.search("skal jeg fyre ham op til jul")


def test_what_do_i_do_alone_is_no_request() -> None:
    assert rules_verdict("Vi skal holde et længere møde i morgen. Så hvad gør jeg?") is not True
