"""Generated training messages for the guard's learned signals (scripts/build_guard_model.py).

Named people with harmless statements — many of them next to a topic word — are the look-alikes
the privacy signal must stay below, so they are crossed systematically: every way of naming a
person × every harmless statement, Danish and English. The positives come from the people ×
everyday details grid of tests/retrieval/test_guard_grids.py and the labelled sets.
"""

from __future__ import annotations

PEOPLE_DA = [
    "Jonna fra lønkontoret",
    "min medarbejder Kasim",
    "vores pedel Bent",
    "Ulrikke i hjemmeplejen",
    "birgit fra kantinen",
    "Søs fra IT",
    "Hassan på lageret",
    "vores nye koordinator Freja",
]
PEOPLE_EN = [
    "Shauna from payroll",
    "my employee Tariq",
    "our caretaker Bernard",
    "Ulla in home care",
    "kim from the canteen",
    "Dev from IT",
    "Agata in the warehouse",
    "our new coordinator Moira",
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
    "har lavet en oversigt over afdelingens sygefravær",
    "vil indføre en app til sygemeldinger",
    "spørger, hvordan vi registrerer fravær ved barns sygdom",
    "har planlagt en temadag om misbrug på arbejdspladsen",
    "har skrevet udkastet til vores alkoholpolitik",
    "er tovholder på trivselsmålingen",
    "har bedt om tal for ulykker i driften",
    "vil gerne vide mere om reglerne for barsel",
    "har fundet en god artikel om psykisk arbejdsmiljø",
    "har inviteret en psykolog til at holde oplæg",
    "er vores nye arbejdsmiljørepræsentant",
    "har stået for julefrokosten",
    "har lavet vagtplanen for december",
    "har svært ved at nå alle opgaverne før fristen",
    "er utilfreds med den nye kaffemaskine",
    "vil have en ny skærm",
    "har cyklet til arbejde hele året",
    "skal holde tale ved Jørgens reception",
    "har lavet en guide til fraværssamtaler",
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
    "built a dashboard of sick days per team",
    "wants to pilot an app for reporting sick leave",
    "asked how we record absence for a child's illness",
    "is organising a workshop on addiction at work",
    "drafted our new alcohol policy",
    "runs the staff wellbeing survey",
    "asked for figures on accidents at the depot",
    "wants to know the rules on maternity leave",
    "found a good article on the psychosocial work environment",
    "invited a psychologist to give a talk",
    "is our new safety representative",
    "organised the Christmas party",
    "made the rota for December",
    "is struggling to meet the deadline",
    "complains about the new coffee machine",
    "wants a new monitor",
    "cycled to work all year",
    "will give a speech at Jorgen's farewell",
    "wrote a guide to absence conversations",
]


def harmless() -> list[str]:
    """Every named person × every harmless statement (must not refuse)."""
    return [f"{p} {h}" for p in PEOPLE_DA for h in HARMLESS_DA] + [f"{p} {h}" for p in PEOPLE_EN for h in HARMLESS_EN]
