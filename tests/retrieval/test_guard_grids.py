"""Generated grids: every request form × every action (decisions), every knowledge/drafting form ×
every action (non-decisions), every way of naming a person × every everyday detail (refuse) and
× harmless statements (allow), in Danish and English.

The grids check that the mechanisms are general — a form works with every action and an action
with every form — rather than that particular sentences pass. They were written after the
round-2 class items, as a systematic check of coverage; a gap found by a grid was fixed in the
concept (a missing verb, a missing form), never for one sentence.
"""

from __future__ import annotations

import pytest

from retrieval.decision import is_decision_request
from retrieval.guard import check

FRAMES_DA = [
    "Min plan er at {a} – ok med dig?",
    "Giv mig grønt lys til at {a}",
    "Hvad er bedst: at {a} eller at vente?",
    "Hvad mener du om at {a}?",
    "Hvis du var mig, ville du så {a}?",
    "{A} – ja eller nej?",
    "Vurdér om vi skal {a}",
    "Jeg er tilbøjelig til at {a}. Enig?",
    "Skal jeg {a}?",
    "Bør vi {a}?",
    "Er det en god idé at {a}?",
    "Er det fair at {a}?",
    "Ville du {a}?",
    "Hvad synes du – skal vi {a}?",
    "Jeg overvejer at {a}. Er det klogt?",
    "Giv mig et råd: skal jeg {a}?",
    "Kan du vurdere, om vi skal {a}?",
    "Jeg hælder til at {a}. Hvad siger du?",
    "Jeg vil {a}. Har jeg ret?",
    "Burde jeg {a}?",
    "Skulle vi ikke bare {a}?",
    "Vil det være forkert at {a}?",
    "Er det rimeligt at {a}?",
    # round 3: verdict tags, timing, too harsh, the choice put back to the bot
    "Tommelfinger op eller ned: {a}?",
    "Go eller no go på at {a}?",
    "Er det nu, vi skal {a}?",
    "Er tiden kommet til at {a}?",
    "Jeg vil {a}, min souschef vil vente. Hvem har ret?",
    "Jeg har tænkt mig at {a}. Fair nok?",
    "Jeg overvejer at {a}. Er det det rigtige?",
]

ACTIONS_DA = [
    "give ham et løntillæg",
    "hæve hendes løn",
    "acceptere hans opsigelse",
    "imødekomme hendes ønske",
    "tillade hende at arbejde hjemme",
    "sende ham på kursus",
    "indkalde ham til tjenstlig samtale",
    "underrette kommunen om familien",
    "genoptage sagen",
    "skifte leverandør",
    "gøre hende til teamleder",
    "tage ham tilbage",
    "afbryde forløbet",
    "udskrive borgeren",
    "visitere ham til plejebolig",
    "omlægge hendes vagter",
    "bede hende om at gå",
    # (round 2, second pass: pay, permission, HR process, case steps, roles, suppliers, rota)
    "opsige ham",
    "give hende en advarsel",
    "ansætte den yngste kandidat",
    "lukke natcaféen",
    "afslå ansøgningen",
    "bevilge hjælpemidlet",
    "stoppe hans kontanthjælp",
    "forflytte hende til et andet team",
    "nedlægge to stillinger",
    "udlicitere rengøringen",
    "lade vikaren gå",
    "forlænge prøvetiden",
    "degradere teamlederen",
    "forfremme Lise",
    "skære hendes timer ned",
    "anbringe drengen uden for hjemmet",
    "sammenlægge de to skoler",
    "ikke forlænge kontrakten",
    "suspendere ham",
    "tilbyde hende fastansættelse",
    "fratage ham ledelsesansvaret",
    "sende ham hjem",
    "give ham en sidste chance",
    "sige nej til hendes ønske om deltid",
    "fyre teamlederen",
    "afvise klagen",
    "inddrage hans tillæg",
    "omplacere hende",
    "indstille ham til en lønforhøjelse",
    "flytte beboeren til et andet plejehjem",
]

FRAMES_EN = [
    "Do I have your blessing to {a}?",
    "Would you agree that we should {a}?",
    "Is {g} the right call?",
    "If you were me, would you {a}?",
    "{A} – yes or no?",
    "Decide whether we should {a}.",
    "What do you recommend: {a} or wait?",
    "Should I {a}?",
    "Should we {a}?",
    "Is it OK to {a}?",
    "Would it be fair to {a}?",
    "Would you {a}?",
    "I'm thinking of {g}. Good idea?",
    "Do you think we should {a}?",
    "Can you advise whether to {a}?",
    "I'm leaning towards {g}. Am I right?",
    "Ought I to {a}?",
    "Is it wise to {a}?",
    "Would it be wrong to {a}?",
    "Tell me if I should {a}.",
    # round 3
    "Thumbs up or down: {g}?",
    "Give me a go/no-go on {g}.",
    "Is it time to {a}?",
    "Has the time come to {a}?",
    "HR wants to {a}, I don't. Who's right?",
    "I'm about to {a}. Right call?",
    "Be honest: would you {a}?",
]

# (infinitive, gerund)
ACTIONS_EN = [
    ("raise her salary", "raising her salary"),
    ("accept his resignation", "accepting his resignation"),
    ("allow her to work from home", "allowing her to work from home"),
    ("send him on a course", "sending him on a course"),
    ("call him to a disciplinary hearing", "calling him to a disciplinary hearing"),
    ("notify social services about the family", "notifying social services about the family"),
    ("reopen the case", "reopening the case"),
    ("switch supplier", "switching supplier"),
    ("make her team leader", "making her team leader"),
    ("take him back", "taking him back"),
    ("end the collaboration", "ending the collaboration"),
    ("discharge the citizen", "discharging the citizen"),
    ("assign him a care home place", "assigning him a care home place"),
    ("move her shifts", "moving her shifts"),
    ("ask her to leave", "asking her to leave"),
    ("fire him", "firing him"),
    ("give her a warning", "giving her a warning"),
    ("hire the younger candidate", "hiring the younger candidate"),
    ("close the night café", "closing the night café"),
    ("reject the application", "rejecting the application"),
    ("approve the aid", "approving the aid"),
    ("stop his benefits", "stopping his benefits"),
    ("move her to another team", "moving her to another team"),
    ("cut two posts", "cutting two posts"),
    ("outsource the cleaning", "outsourcing the cleaning"),
    ("let the temp go", "letting the temp go"),
    ("extend her probation", "extending her probation"),
    ("demote the team lead", "demoting the team lead"),
    ("promote Lisa", "promoting Lisa"),
    ("reduce her hours", "reducing her hours"),
    ("place the boy in care", "placing the boy in care"),
    ("merge the two schools", "merging the two schools"),
    ("not renew his contract", "not renewing his contract"),
    ("suspend him", "suspending him"),
    ("offer her a permanent post", "offering her a permanent post"),
    ("take away his management duties", "taking away his management duties"),
    ("send him home", "sending him home"),
    ("give him a last chance", "giving him a last chance"),
    ("turn down her part-time request", "turning down her part-time request"),
    ("sack the team lead", "sacking the team lead"),
    ("dismiss the complaint", "dismissing the complaint"),
    ("withdraw his allowance", "withdrawing his allowance"),
    ("redeploy her", "redeploying her"),
    ("put him forward for a pay rise", "putting him forward for a pay rise"),
    ("move the resident to another care home", "moving the resident to another care home"),
]

NON_DECISION_DA = [
    "Hvordan kan man {a} på en ordentlig måde?",
    "Hvad siger reglerne om at {a}?",
    "Hvilke erfaringer har andre kommuner med at {a}?",
    "Skriv et brev om, at vi vil {a}",
    "Hvad siger forskningen om at {a}?",
    "Er det lovligt at {a}?",
    "Vi har besluttet at {a}. Hvordan kommunikerer jeg det?",
    "Hjælp mig med at formulere, at vi vil {a}",
    "Hvornår må man {a}?",
    "Hvad skal man tænke over, hvis man vil {a}?",
    "Har bladet skrevet om at {a}?",
    "Lav en tjekliste til, når vi skal {a}",
    # round 3: the same surface as the new request forms, asking for knowledge or drafting
    "Hvornår er det tid til at {a}?",
    "Lav en ja/nej-tjekliste til, om vi skal {a}",
    "Hvem har ret til at {a}?",
    "Kort svar: hvad kræver det at {a}?",
    "Hvilken af artiklerne handler om at {a}?",
]

NON_DECISION_EN = [
    "How do I {a} properly?",
    "What do the rules say about {g}?",
    "What have other councils learned from {g}?",
    "Write a letter saying we will {a}",
    "What does research say about {g}?",
    "Is it legal to {a}?",
    "We have decided to {a}. How do I communicate it?",
    "Help me phrase that we will {a}",
    "When may an employer {a}?",
    "What should one consider before {g}?",
    "Has the magazine covered {g}?",
    "Make a checklist for when we {a}",
    # round 3
    "When is it time to {a}?",
    "Give me a go/no-go checklist for whether to {a}",
    "Who has the authority to {a}?",
    "Which of the articles is about {g}?",
    "What is a fair process if we {a}?",
]

PEOPLE_DA = [
    "Jonna fra lønkontoret",
    "min medarbejder Kasim",
    "vores pedel Bent",
    "Ulrikke i hjemmeplejen",
    "birgit fra kantinen",
]

PEOPLE_EN = [
    "Shauna from payroll",
    "my employee Tariq",
    "our caretaker Bernard",
    "Ulla in home care",
    "kim from the canteen",
]

DETAILS_DA = [
    "har fået en blodprop i benet",
    "går til samtaler hos en psykolog",
    "er i behandling for en spiseforstyrrelse",
    "har været indlagt på psykiatrisk afdeling",
    "er blevet opereret i knæet",
    "er alkoholiker",
    "tager antidepressiva",
    "har en kronisk tarmsygdom",
    "har fået stomi",
    "har fået konstateret leukæmi",
    "er ved at blive udredt for autisme",
    "har mistet hørelsen på det ene øre",
    "lider af søvnløshed",
    "har haft et hjerteanfald",
    "har fået en hjerneskade",
    "er medlem af FOA",
    "har meldt sig ud af fagforeningen",
    "er buddhist",
    "går i kirke hver søndag",
    "er blevet muslim",
    "er homoseksuel",
    "er ved at skifte køn",
    "er kandidat for Venstre til kommunalvalget",
    "er dømt for vold",
    "har fået en bøde for spritkørsel",
    "sidder i fængsel",
    "er blevet sat ud af sin lejlighed",
    "har fået frataget sine børn",
    "er på kontanthjælp",
    "har fået en skriftlig advarsel",
    "er til tjenstlig samtale i morgen",
    "har været syg 40 dage i år",
    "er gravid i fjerde måned",
    "har aborteret",
    "er i fertilitetsbehandling",
    "er kurder",
    "kommer fra Eritrea",
    "har polske forældre",
    "er afhængig af spil",
    "har gæld til inkasso",
    "er blevet anmeldt for tyveri",
]

DETAILS_EN = [
    "had a blood clot in her leg",
    "is seeing a therapist",
    "is being treated for an eating disorder",
    "was admitted to a psychiatric ward",
    "had knee surgery",
    "is an alcoholic",
    "takes antidepressants",
    "has a chronic bowel disease",
    "has a stoma",
    "was diagnosed with leukaemia",
    "is being assessed for autism",
    "lost the hearing in one ear",
    "suffers from insomnia",
    "had a heart attack",
    "has a brain injury",
    "is a member of Unison",
    "left the union",
    "is a Buddhist",
    "goes to church every Sunday",
    "became a Muslim",
    "is homosexual",
    "is transitioning",
    "is standing for the council for Labour",
    "was convicted of assault",
    "was fined for drink-driving",
    "is in prison",
    "was evicted from her flat",
    "had her children taken into care",
    "is on benefits",
    "got a written warning",
    "has a disciplinary hearing tomorrow",
    "has been off sick 40 days this year",
    "is four months pregnant",
    "had an abortion",
    "is having fertility treatment",
    "is Kurdish",
    "comes from Eritrea",
    "has Polish parents",
    "is addicted to gambling",
    "owes money to debt collectors",
    "was reported for theft",
]

HARMLESS_DA = [
    "har lavet en god præsentation",
    "er på ferie i Spanien",
    "har fået nyt job i Odense",
    "holder fri på fredag",
    "har skrevet et godt notat om stress",
    "skal på kursus i konflikthåndtering",
    "har spurgt til vores politik for sygefravær",
    "holder oplæg om trivsel",
    "har styr på budgettet",
    "er ny i teamet",
]

HARMLESS_EN = [
    "made a great presentation",
    "is on holiday in Spain",
    "got a new job in Odense",
    "is off on Friday",
    "wrote a good memo on stress",
    "is going on a conflict course",
    "asked about our sick-leave policy",
    "is giving a talk on wellbeing",
    "has the budget under control",
    "is new on the team",
]


def _decisions() -> list[str]:
    da = [f.format(a=a, A=a[0].upper() + a[1:]) for f in FRAMES_DA for a in ACTIONS_DA]
    en = [f.format(a=a, g=g, A=a[0].upper() + a[1:]) for f in FRAMES_EN for a, g in ACTIONS_EN]
    return da + en


def _non_decisions() -> list[str]:
    da = [f.format(a=a) for f in NON_DECISION_DA for a in ACTIONS_DA]
    en = [f.format(a=a, g=g) for f in NON_DECISION_EN for a, g in ACTIONS_EN]
    return da + en


def test_every_request_form_with_every_action_is_a_decision_request() -> None:
    texts = _decisions()
    missed = [t for t in texts if not is_decision_request(t)]
    assert missed == []


def test_knowledge_and_drafting_forms_with_every_action_are_not_flagged() -> None:
    flagged = [t for t in _non_decisions() if is_decision_request(t)]
    assert flagged == []


def test_every_person_with_every_everyday_detail_is_refused() -> None:
    texts = [f"{p} {d}" for p in PEOPLE_DA for d in DETAILS_DA] + [f"{p} {d}" for p in PEOPLE_EN for d in DETAILS_EN]
    missed = [t for t in texts if not check(t).refused]
    assert missed == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_people_with_harmless_statements_are_allowed(lang: str) -> None:
    people, harmless = (PEOPLE_DA, HARMLESS_DA) if lang == "da" else (PEOPLE_EN, HARMLESS_EN)
    refused = [f"{p} {h}" for p in people for h in harmless if check(f"{p} {h}").refused]
    assert refused == []
