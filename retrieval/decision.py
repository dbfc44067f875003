"""Detect questions that ask the bot to make a personnel or case decision, or to give a verdict.

The bot may share what the magazine says, but the decision stays with the leader (KL's guidance
and municipal AI rules: no automated decisions or assessments). This detector only recognises
the *request*; the caller decides how to answer (e.g. relevant material plus a reminder that
the decision is the leader's own).

Rules, in plain words:
1. an explicit request for a verdict: "beslut det for mig", "bare sig ja eller nej", "giv mig et
   klart svar", "decide for me", "just tell me yes or no", "hvad ville du gøre i mit sted";
2. a yes/no question with a modal of obligation — "skal/bør/burde jeg/vi", "should/shall I/we",
   "er det rigtigt at" — whose verb is a personnel or case action (fyre, afskedige, opsige, give
   en advarsel, ansætte, afslå, bevilge, stoppe udbetalingen, sanktionere, anbringe; fire,
   dismiss, hire, deny, approve, sanction, ...), also in the passive ("skal han fyres?");
3. "anbefaler du, at jeg …" / "would you recommend that I …" with such an action.

How-to questions ("Hvordan skal jeg afskedige korrekt?", "Hvornår må jeg give en advarsel?")
ask about procedure, not for a verdict, and are not flagged: a question word before the modal
in the same clause turns rule 2 off. Permission questions ("må jeg …?", "kan jeg …?") ask what
the rules allow and are not flagged either.
"""
from __future__ import annotations

import re

__all__ = ["is_decision_request"]

# Rule 1: explicit verdict requests.
_VERDICT = re.compile(
    r"beslut (?:det|dig|sagen)?\s*for (?:mig|os)|tag (?:beslutningen|stilling) for (?:mig|os)|"
    r"træf (?:beslutningen|afgørelsen)(?: for (?:mig|os))?|afgør (?:det|sagen) for (?:mig|os)|"
    r"(?:bare|blot|kun) (?:sig|svar) ja eller nej|svar (?:bare |blot )?(?:med )?ja eller nej|"
    r"(?:giv|give) (?:mig|os) et (?:klart|entydigt|kort og klart|endeligt) (?:svar|ja eller nej)"
    # "giv mig et klart svar på, hvor lang uddannelsen er" asks for a fact, not a verdict.
    r"(?! på,? (?:hvor|hvad|hvem|hvilk|hvornår|hvordan|om bladet))|"
    r"et klart ja eller nej|hvad ville du (?:gøre|have gjort|beslutte) i mit sted|"
    r"hvad ville du (?:selv )?beslutte|"
    r"decide (?:it |this )?for (?:me|us)|make the (?:decision|call) for (?:me|us)|"
    r"(?:just|simply) (?:say|tell me|answer) yes or no|answer (?:with )?(?:a )?(?:simple )?yes or no|"
    r"give (?:me|us) a (?:clear|straight|definite|simple) (?:answer|yes or no)(?! (?:to|on|about) (?:how|what|when|where|who|which))|"
    r"what would you do (?:in my (?:place|shoes)|if you were me)|your verdict"
)

_CASE_OBJECT_DA = (
    r"(?:\w*udbetaling\w*|\w*ydelse\w*|\w*hjælp\w*|\w*støtte\w*|sag\w*|forløb\w*|"
    r"\w*behandling\w*|\w*bevilling\w*|\w*pension\w*|\w*penge\w*|\w*tilskud\w*|"
    r"\w*aftale\w*|ansættelse\w*)"
)
_CASE_OBJECT_EN = (
    r"(?:payments?|benefits?|support|allowance|assistance|the case|(?:his|her|their) case|"
    r"treatment|pension|contract|employment)"
)

# Personnel and case actions, Danish stems (active and -es passive) and English verbs.
_ACTION_DA = (
    r"fyre|fyres|afskedige|afskediges|opsige|opsiges|bortvise|bortvises|suspendere|suspenderes|"
    r"fritstille|fritstilles|degradere|degraderes|forflytte|forflyttes|forfremme|forfremmes|"
    r"ansætte|ansættes|genansætte|afslå|afslås|afvise|afvises|bevilge|bevilges|godkende|godkendes|"
    r"tildele|tildeles|fratage|fratages|standse|standses|sanktionere|sanktioneres|anbringe|"
    r"anbringes|hjemgive|hjemgives|tvangsfjerne|tvangsfjernes|politianmelde|politianmeldes|"
    r"underrette|sende (?:\w+ )?hjem|trække (?:\w+ )?i løn|"
    r"give (?:\w+ )?(?:\w+ )?(?:en )?(?:skriftlig |mundtlig |sidste )?advarsel|give (?:\w+ )?afslag|"
    r"have (?:en )?(?:skriftlig |mundtlig )?advarsel|have afslag|"
    # "stoppe" only with a case object ("stoppe udbetalingen"), not "stoppe med at bruge AI".
    r"(?:stoppe|standse) (?:\w+ )?(?:\w+ )?" + _CASE_OBJECT_DA + r"|"
    r"gå (?:direkte |videre |straks )?til (?:en )?(?:advarsel|afskedigelse|opsigelse|bortvisning)|"
    r"lukke sagen|forlænge (?:\w+ )?prøvetid\w*"
)
_ACTION_EN = (
    r"fire|be fired|dismiss|be dismissed|terminate|sack|lay (?:\w+ )?off|let (?:\w+ )?go(?! of)|"
    r"hire|rehire|deny|reject|refuse|approve|grant|sanction|suspend|discipline|demote|promote|"
    r"place (?:\w+ )?in (?:foster )?care|remove (?:the |this )?child|cut (?:\w+ )?(?:benefits|pay)|"
    r"stop (?:\w+ )?(?:\w+ )?" + _CASE_OBJECT_EN + r"|withdraw|give (?:\w+ )?(?:a |an )?(?:written |verbal |final )?warning|"
    r"report (?:\w+ )?to the police|close (?:the|this) case"
)

_WORDS_BETWEEN = r"(?:[\w'’-]+,? ){0,5}?"  # a few words: "skal jeg så ikke bare fyre ..."

# Rule 2: modal of obligation + subject + (a few words) + action.
_MODAL_DA = re.compile(
    # Any one-word subject: "skal jeg", "skal Jørn", "skal ansøgningen (afvises)".
    r"(?P<pre>[^.?!]*?)\b(?:skal|bør|burde)\s+[\w-]+\s+" + _WORDS_BETWEEN
    + r"(?:" + _ACTION_DA + r")"
)
_MODAL_DA_RIGHT = re.compile(
    r"(?P<pre>[^.?!]*?)\b(?:er det|ville det være|var det) (?:rigtigt|rigtig|korrekt|klogt|"
    r"forkert|en god idé|bedst) (?:af (?:mig|os) )?at\s+" + _WORDS_BETWEEN
    + r"(?:" + _ACTION_DA + r")"
)
_MODAL_EN = re.compile(
    r"(?P<pre>[^.?!]*?)\b(?:should|shall|ought)\s+[\w-]+\s+(?:to\s+)?"
    + _WORDS_BETWEEN + r"(?:" + _ACTION_EN + r")\b"
    r"|(?P<pre2>[^.?!]*?)\b(?:is it|would it be) (?:right|wise|correct|best|a good idea) "
    r"(?:for (?:me|us) )?to\s+" + _WORDS_BETWEEN + r"(?:" + _ACTION_EN + r")\b"
)
# Rule 3: asking the bot for a recommendation on an action.
_RECOMMEND = re.compile(
    r"(?:anbefaler du|vil du anbefale|synes du|mener du),? (?:at )?(?:jeg|vi)\s+"
    + _WORDS_BETWEEN + r"(?:skal |bør )?(?:" + _ACTION_DA + r"|fyrer|afskediger|opsiger|"
    r"ansætter|afslår|bevilger|stopper|sanktionerer|anbringer)"
    r"|(?:would|do) you (?:recommend|advise|suggest)(?: that)? (?:i|we)\s+" + _WORDS_BETWEEN
    + r"(?:" + _ACTION_EN + r")"
)

# "Hvem af de to skal jeg ansætte?" / "Which candidate should we hire?": a choice between
# people is a decision even though it starts with a question word.
_CHOICE = re.compile(
    r"\b(?:hvem|hvilken|hvilke|which|who)\b (?:(?:af|of) (?:\w+ ){1,3}|\w+ )?(?:skal|bør|should)"
    r" (?:jeg|vi|i|we) (?:\w+ )?(?:ansætte|fyre|afskedige|opsige|forfremme|vælge|hire|fire|"
    r"dismiss|promote|pick|choose|let go)"
)

# A question word before the modal in the same clause makes it a how-to question.
_QUESTION_WORD = re.compile(
    r"\b(?:hvordan|hvornår|hvorfor|hvilke|hvilken|hvilket|hvad|hvor|hvem|how|when|why|what|which|"
    r"where|who)\b"
)


def _modal_hit(rx: re.Pattern[str], text: str) -> bool:
    for m in rx.finditer(text):
        pre = m.group("pre") if "pre" in rx.groupindex and m.group("pre") is not None else None
        if pre is None and "pre2" in rx.groupindex:
            pre = m.group("pre2")
        # Only the current clause counts: "Jeg har læst artiklen, men skal jeg fyre ham?"
        clause = re.split(r"[,;:–—-]\s", pre or "")[-1]
        if not _QUESTION_WORD.search(clause):
            return True
    return False


def is_decision_request(text: str) -> bool:
    """True if `text` asks the bot to make a personnel/case decision or give a verdict.

    Examples that are True: "skal jeg fyre den medarbejder …?", "beslut det for mig",
    "skal vi stoppe udbetalingen …? giv mig et klart svar", "Should I deny this application?".
    Examples that are False: "skal jeg som leder selv være AI-ekspert?",
    "Hvordan skal jeg afskedige korrekt?", "Hvornår må jeg give en advarsel?".
    Never raises on ordinary strings and keeps no copy of the text.
    """
    if not isinstance(text, str):
        raise TypeError("is_decision_request expects a str")
    t = " ".join(text.lower().split())
    if not t:
        return False
    if _VERDICT.search(t):
        return True
    if _RECOMMEND.search(t) or _CHOICE.search(t):
        return True
    return (
        _modal_hit(_MODAL_DA, t) or _modal_hit(_MODAL_DA_RIGHT, t) or _modal_hit(_MODAL_EN, t)
    )
