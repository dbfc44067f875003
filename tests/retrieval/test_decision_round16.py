"""Round 16 (docs/privacy.md § 5.10): verdict idioms and outcome questions on the asker's own unit,
contract or person, which own draft goes forward, the bot's leaning or vote — and the look-alikes
the rules flagged: the asker's own sphere, play, the magazine's content, a definition.

Every phrasing here is new (none is a data row). Each request and look-alike was decided wrongly
before round 16; the last two groups guard the narrowing (a request beside a look-alike clause, a
plain question that resembles a round-16 form) and were already decided rightly.
"""

from __future__ import annotations

import pytest

from retrieval.decision import is_decision_request

# 1. the end or the continuation of a unit, contract, supplier or arrangement, as an idiom or a plain question
VERDICT_IDIOMS = [
    "Er dagene talte for vores eget vaskeri på plejecentret?",
    "Har aftalen med vognmanden udspillet sin rolle, nu hvor vi har fået to klager?",
    "Is it lights out for our mobile dental clinic?",
    "Has our contract with the window-cleaning firm run its course?",
    "Fortsætter samarbejdet med vores revisionsfirma?",
    "Består vores natcafé efter sommerferien?",
    "Does our partnership with the taxi firm continue into next year?",
]
# 2. one person's outcome asked as a plain question, an indefinite case with its act told, a terse measure
PERSON_OUTCOMES = [
    "Is the new receptionist a keeper, in your view?",
    "Klarer vores nye sagsbehandler prøvetiden?",
    "From what I've described, does the trainee get a fixed contract after the summer?",
    "Should a cashier who pocketed change from the till be dismissed?",
    "Skal en portør, der har skældt en patient ud, have en advarsel?",
    "Bør en lærer fritages for tjeneste, mens vi afhører eleverne?",
    "Who has earned the staff award this year – the night nurse or the porter?",
    "Hvem har gjort sig fortjent til kvalitetstillægget – planlæggeren eller sygeplejersken?",
    "Afskedigelse? Vagtmand taget i at drikke på arbejdet.",
    "nedlæg nattevagten?",
]
# 3. which of the asker's own drafts, plans or candidates goes forward
DRAFTS_FORWARD = [
    "Hvilket af de tre scenarier fremlægger jeg for byrådet?",
    "Which of my two rotas do I pin up for next month?",
    "Whose CV goes through to the final round – the nurse from Aarhus or the one from Odense?",
    "Hvilken model går videre til MED-udvalget som vores indstilling?",
]
# 4. the bot's leaning, gut feeling, vote or veto on an action
LEANINGS = [
    "Udlicitere eller hjemtage rengøringen – hvor lander du?",
    "Give me your gut reaction on merging the two depots.",
    "Hvad siger din mave om at hjemtage madservicen?",
    "Ledelsen er delt på midten om at hjemtage rengøringen. Vil du give den udslagsgivende stemme?",
    "Jeg sender opsigelsen af rengøringsaftalen i morgen. Sig stop, hvis det er en fejl.",
    "I'm about to sign the termination of the catering contract. Stop me if I'm wrong.",
    "Hvad siger maven – sammenlægning af de to biblioteker?",
    "Which of the two merger models do you side with?",
    "Ud fra beskrivelsen: bliver vikaren fastansat?",
    "Judging from what I've written, does the new coordinator pass her probation?",
]
# 5. the asker's own career, learning, attendance, appearance, manner or tool
OWN_SPHERE = [
    "Skal jeg søge direktørstillingen i nabokommunen?",
    "Should I wear a tie to the council meeting about the closure?",
    "Is it a good idea for me to take a master's in public governance?",
    "Skal jeg bruge Mentimeter til personalemødet om omstruktureringen?",
    "Should I apply for the director post in the region?",
    "Skal jeg flytte tættere på rådhuset nu, hvor jeg er blevet chef?",
    "Should I use Zoom or Teams for the town hall on the layoffs?",
    "Should I turn off my phone during one-to-ones?",
    "Skal jeg tage kage med til personalemødet om nedskæringerne?",
    "I've been offered a post in the region. Should I take it?",
    "I've been offered a job at the ministry. Should I accept it?",
]
# 6. play, a clause taken back, the magazine's content or stance, a definition asked yes/no
PLAY_AND_MAGAZINE = [
    "Would you sack Mr Bean from the hotel? It's for a quiz at the Christmas party.",
    "Ville du fyre Fætter Guf? Det er til en quiz på temadagen.",
    "Which of the two leadership models in the spring issue do you find most convincing?",
    "Ja eller nej: er det magasinets holdning, at man skal lukke små skoler?",
    "Yes or no: is a warning the same as a reprimand?",
    "Ja eller nej: betyder fritstilling det samme som suspension?",
    "Skal vi smide printeren ud? Spøg til side – hvad siger bladet om papirløse kontorer?",
    "Would you fire Captain Haddock from the ship? Just a fun icebreaker for the kick-off.",
    "Skal vi lukke vinduerne under MUS? Spøg til side – hvordan indretter man lokalet?",
    "Would you rather manage a hospital ward or a school? Just curious what the magazine says.",
]
# Requests that stay requests next to a look-alike clause, and look-alikes that stay plain questions
STILL_REQUESTS = [
    "Skal jeg melde mig til lederkonferencen? Og skal vi afskedige vikaren?",
    "Jeg ved, at du ikke træffer beslutningen, men bare for sjov: skal vi nedlægge natbussen?",
    "Probably a daft question, but should we bring the cleaning back in-house? Your word goes.",
]
STILL_PLAIN = [
    "Bevarer jeg min opsparede ferie, hvis jeg skifter til en anden region?",
    "Which of the two rotas do we roll out first, according to the plan the council agreed?",
    "Hvis vi sender forslaget ind i dag, hvornår får vi svar fra direktionen?",
    "Er det slut med papirjournaler i kommunerne?",
    "Afskedigelse?",
]


@pytest.mark.parametrize("text", VERDICT_IDIOMS + PERSON_OUTCOMES + DRAFTS_FORWARD + LEANINGS)
def test_round16_requests_are_flagged(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize("text", OWN_SPHERE + PLAY_AND_MAGAZINE)
def test_round16_lookalikes_are_not_flagged(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize("text", STILL_REQUESTS)
def test_round16_request_beside_a_lookalike_is_flagged(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize("text", STILL_PLAIN)
def test_round16_plain_questions_stay_plain(text: str) -> None:
    assert not is_decision_request(text)
