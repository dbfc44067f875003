"""The refusal reply: what kind of data was found (never the value), why, how to ask instead,
and a reminder that the chat platform keeps its own copy. Built only from fixed text."""

from __future__ import annotations

from .result import CATEGORIES, GuardResult

__all__ = ["refusal_text"]

# Category names and example questions avoid the trigger vocabulary on purpose: the reply
# names the kind of data in general words and never repeats words the user may have written
# ("sygemeldt", "angst", a diagnosis).
_WHAT_DA = {
    "cpr_number": "et CPR-nummer",
    "contact_details": "navn og kontaktoplysninger på en bestemt person",
    "case_record": "et uddrag af en sag om en bestemt person",
    "health": "helbredsoplysninger om en bestemt person",
    "union_membership": "oplysninger om en bestemt persons fagforeningsforhold",
    "religion": "oplysninger om en bestemt persons religiøse overbevisning",
    "ethnicity": "oplysninger om en bestemt persons etniske oprindelse",
    "sexual_orientation": "oplysninger om en bestemt persons seksuelle orientering eller kønsidentitet",
    "political": "oplysninger om en bestemt persons politiske overbevisning",
    "biometric": "biometriske oplysninger om en bestemt person",
    "criminal": "oplysninger om strafbare forhold for en bestemt person",
    "social_case": "detaljer fra en social sag om en bestemt person",
    "hr_case": "detaljer fra en personalesag om en bestemt medarbejder",
    "sensitive_detail": "følsomme oplysninger om en bestemt persons private forhold",
    "thread_context": "en fortsættelse af din forrige besked, som jeg afviste, fordi den handlede om en bestemt person",
}
_WHAT_EN = {
    "cpr_number": "a CPR number (Danish personal identification number)",
    "contact_details": "a specific person's name together with their contact details",
    "case_record": "an extract of a case file about a specific person",
    "health": "health information about a specific person",
    "union_membership": "information about a specific person's trade union membership",
    "religion": "information about a specific person's religious beliefs",
    "ethnicity": "information about a specific person's ethnic origin",
    "sexual_orientation": "information about a specific person's sexual orientation or gender identity",
    "political": "information about a specific person's political opinions",
    "biometric": "biometric data about a specific person",
    "criminal": "information about criminal matters concerning a specific person",
    "social_case": "details from a social services case about a specific person",
    "hr_case": "details from an HR case about a specific employee",
    "sensitive_detail": "sensitive information about a specific person's private life",
    "thread_context": "a continuation of your previous message, which I declined because it was about a specific person",
}
_EXAMPLE_DA = {
    "cpr_number": "Hvordan sikrer vi gode rutiner for databeskyttelse i sagsbehandlingen?",
    "contact_details": "Hvordan skriver jeg et godt og klart brev til en borger?",
    "case_record": "Hvad kendetegner et godt notat i en sag?",
    "health": "Hvordan støtter jeg som leder en medarbejder, der har det svært?",
    "union_membership": "Hvordan samarbejder jeg godt med tillidsrepræsentanten?",
    "religion": "Hvordan skaber jeg plads til forskellighed på arbejdspladsen?",
    "ethnicity": "Hvordan skaber jeg et inkluderende arbejdsmiljø?",
    "sexual_orientation": "Hvordan sikrer jeg en respektfuld tone i teamet?",
    "political": "Hvordan håndterer jeg uenighed og holdninger i teamet?",
    "biometric": "Hvilke regler gælder for adgangssystemer på arbejdspladsen?",
    "criminal": "Hvilke generelle regler gælder for attester ved ansættelse?",
    "social_case": "Hvordan understøtter jeg mine socialrådgivere i svære sager?",
    "hr_case": "Hvordan forbereder jeg en svær samtale med en medarbejder?",
    "sensitive_detail": "Hvordan støtter jeg en medarbejder, der står i en svær privat situation?",
    "thread_context": "Hvordan griber jeg generelt en svær personalesituation an?",
}
_EXAMPLE_EN = {
    "cpr_number": "How do we build good data-protection routines in case work?",
    "contact_details": "How do I write a clear and friendly letter to a citizen?",
    "case_record": "What makes a good case note?",
    "health": "How do I, as a manager, support an employee who is struggling?",
    "union_membership": "How do I work well with the shop steward?",
    "religion": "How do I make room for diversity in the workplace?",
    "ethnicity": "How do I build an inclusive work environment?",
    "sexual_orientation": "How do I keep a respectful tone in the team?",
    "political": "How do I handle disagreement and differing views in the team?",
    "biometric": "What rules apply to access systems at work?",
    "criminal": "What general rules apply to background certificates when hiring?",
    "social_case": "How do I support my social workers in difficult cases?",
    "hr_case": "How do I prepare for a difficult conversation with an employee?",
    "sensitive_detail": "How do I support an employee who is going through a difficult private situation?",
    "thread_context": "How do I approach a difficult staff situation in general?",
}


def refusal_text(result: GuardResult, english: bool = False) -> str:
    """The reply to send instead of an answer when `check` refused.

    Says which kind of data was found (never the value), why (KL's guidance on generative AI),
    how to ask instead, and asks the user to delete the message because the chat platform keeps
    its own copy. Built only from fixed text: it cannot contain anything the user wrote.

    Raises:
        ValueError: if `result` is not a refusal.
    """
    if not result.refused or result.category not in CATEGORIES:
        raise ValueError("refusal_text needs a refused GuardResult with a known category")
    cat = result.category
    # (round 20) a message read as a continuation may be a new question: say how to start one
    # (followup.announces_new_topic reads these words)
    new_topic_en = 'If it is a new question, start it with "New question:".\n' if cat == "thread_context" else ""
    new_topic_da = 'Er det et nyt spørgsmål, så skriv "Nyt spørgsmål:" foran.\n' if cat == "thread_context" else ""
    if english:
        kind = "sensitive personal data" if result.reason == "sensitive_data" else "personal data"
        return (
            f"I can't answer this message: it appears to contain {_WHAT_EN[cat]} ({kind}).\n"
            "Why: KL's guidance on generative AI says that personal data (personoplysninger) and "
            "sensitive personal data (personfølsomme oplysninger) must not be entered into AI "
            "tools, because we cannot be sure where the data ends up.\n"
            "Ask in general terms instead, without names, numbers, contact details or other "
            f'details that point to a specific person — for example: "{_EXAMPLE_EN[cat]}"\n'
            f"{new_topic_en}"
            "Please also delete your message from this chat: the chat platform keeps its own "
            "copy of it."
        )
    kind = "personfølsomme oplysninger" if result.reason == "sensitive_data" else "personoplysninger"
    return (
        f"Jeg kan ikke svare på denne besked, fordi den ser ud til at indeholde {_WHAT_DA[cat]} "
        f"({kind}).\n"
        "Hvorfor: KL's vejledning om generativ AI siger, at man ikke må skrive personoplysninger "
        "eller personfølsomme oplysninger ind i AI-værktøjer, fordi vi ikke ved, hvor "
        "oplysningerne ender.\n"
        "Stil i stedet spørgsmålet generelt, uden navne, numre, kontaktoplysninger eller "
        f'andre detaljer, der peger på en bestemt person – fx: "{_EXAMPLE_DA[cat]}"\n'
        f"{new_topic_da}"
        "Slet også gerne din besked her i chatten: chatplatformen gemmer sin egen kopi af den."
    )
