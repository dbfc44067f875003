"""Detect messages that ask the bot to make a personnel, case or organisational decision.

The bot may share what the magazine says, but the decision stays with the leader (KL's guidance
and municipal AI rules: no automated decisions or assessments). This detector only recognises
the *request*; the caller decides how to answer (material plus a reminder that the decision is
the leader's own). The rule (docs/privacy.md, "Decision requests"):

A message is a decision request when, in one clause,
1. it asks for a verdict outright — "beslut for mig", "ja eller nej", "sig det ligeud",
   "din klare anbefaling", "hvad ville du gøre", "hvis du var mig", "what's your call",
   "am I right", "decide for me", "yes or no" — in a message that is about an action, or in
   any message for the strongest forms ("beslut det for mig", "bare ja eller nej"); or
2. a modal or evaluative frame — "skal/bør/burde jeg/vi/X …", "er det ok/i orden/fair/rigtigt/
   bedst at …", "kan du anbefale om …", "ville du …", "should/shall I/we …", "is it OK/fine/
   right/wise to …", "would you …", "do we … or not" — governs a personnel, case or
   organisational action (fyre, afskedige, opsige, sige op, lade gå, advarsel, ansætte,
   forfremme, afslå, bevilge, godkende, lukke, nedlægge, udlicitere, anbringe, sanktionere …;
   fire, dismiss, let go, hire, promote, deny, approve, grant, close, cut, outsource …); or
3. it asks to choose between people or units — "hvem af de to skal …", "hvilken medarbejder
   skal jeg …", "which of the candidates should …", "vælg den bedste kandidat", "pick the
   best applicant".

Not decision requests: how-to, rules and research questions (a question word — hvordan,
hvornår, hvorfor, hvad, how, when, why, what — before the frame in the same clause, or a
generic subject "man"), permission questions ("må jeg …"), statements of decisions already
made ("vi har besluttet at lukke …"), questions about the asker's own reading or courses, and
questions about the bot itself.
"""
from __future__ import annotations

import re

__all__ = ["is_decision_request"]

# --- actions -------------------------------------------------------------------------------
# Danish verb stems (infinitive, present, passive and participle forms all start with them).
_ACTION_DA = (
    r"fyr(?:e|er|es|et)\b|afskedig(?:e|er|es|et|ede)\b|opsig(?:e|er|es)\b|opsagt\b|"
    r"sige (?:\w+ )?op\b|sig(?:er)? \w+ op\b|siges op|lade \w+ gå|lader \w+ gå|"
    r"bortvis(?:e|er|es|t)\b|suspender(?:e|er|es|et)\b|fritstil(?:le|ler|les|let)\b|"
    r"hjemsend(?:e|er|es|t)\b|degrader(?:e|er|es|et)\b|forflyt(?:te|ter|tes|tet)\b|"
    r"omplacer(?:e|er|es|et)\b|forfrem(?:me|mer|mes|met)\b|(?:gen)?ansæt(?:te|ter|tes)\b|"
    r"udpeg(?:e|er|es)\b|afslå(?:r|s)?\b|afslog\b|afvis(?:e|er|es)\b|bevilg(?:e|er|es|et)\b|"
    r"godkend(?:e|er|es)\b|tildel(?:e|er|es)\b|fratag(?:e|er|es)\b|standse(?:r|s)?\b|"
    r"sanktioner(?:e|er|es)\b|anbring(?:e|er|es)\b|hjemgiv(?:e|er|es)\b|"
    r"tvangsfjern(?:e|er|es)\b|politianmeld(?:e|er|es)\b|underret(?:te|ter|tes)\b|"
    r"luk(?:ke|ker|kes)\b|nedlæg(?:ge|ger|ges)\b|udlicit(?:ere|erer|eres)\b|"
    r"hjemtag(?:e|er|es)\b|sammenlæg(?:ge|ger|ges)\b|omstrukturer(?:e|er|es)\b|"
    r"skære? (?:\w+ )?(?:ned|i)\b|skærer (?:\w+ )?(?:ned|i)\b|"
    r"flytte (?:\w+ )?(?:beboerne|borgerne|børnene|afdelingen)|"
    r"sende \w+ (?:hjem|videre)|sender \w+ (?:hjem|videre)|trække \w+ i løn|"
    r"give (?:\w+ )?(?:\w+ )?(?:en )?(?:skriftlig |mundtlig |sidste |anden )?advarsel|"
    r"give (?:\w+ )?(?:afslag|lønforhøjelse\w*|tillæg\w*|stillingen|jobbet)|"
    r"have (?:en )?(?:skriftlig |mundtlig )?(?:advarsel|afslag|stillingen|jobbet|lønforhøjelse\w*|tillæg\w*)|"
    r"overtage \w+|forlænge (?:\w+ )?prøvetid\w*|stoppe (?:\w+ )?(?:\w+ )?(?:udbetaling\w*|"
    r"ydelse\w*|\w*hjælp\w*|støtte\w*|samarbejde\w*|forløb\w*|behandling\w*|bevilling\w*|"
    r"aftale\w*|kontrakt\w*)|gå (?:direkte |videre |straks )?til (?:en )?(?:advarsel|"
    r"afskedigelse|opsigelse|bortvisning)|lukke sagen|beholde (?:ham|hende|dem)"
)
_ACTION_EN = (
    r"fire|fired|firing|dismiss(?:es|ed|ing)?|terminat(?:e|es|ed|ing)|sack(?:s|ed|ing)?|"
    r"lay (?:\w+ )?off|laying (?:\w+ )?off|let (?:\w+ )?(?:\w+ )?go\b(?! of)|letting \w+ go|"
    r"hire|hiring|rehire|promot(?:e|es|ed|ing)|demot(?:e|es|ed|ing)|deny|denying|"
    r"reject(?:s|ed|ing)?|refuse|approv(?:e|es|ed|ing)|grant(?:s|ed|ing)?|"
    r"sanction(?:s|ed|ing)?|suspend(?:s|ed|ing)?|disciplin(?:e|ed|ing)|close|closing|"
    r"shut (?:down)?|cut|cutting|outsourc(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|"
    r"restructur(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|appoint(?:s|ed|ing)?|"
    r"keep (?:him|her|them)|place (?:\w+ )?in (?:foster )?care|"
    r"remove (?:the |this )?child|give (?:\w+ )?(?:a |an |the )?(?:written |verbal |final )?"
    r"(?:warning|raise|pay rise|job|post|role)|get (?:the|a) (?:\w+ )?(?:job|post|role|raise|position)|"
    r"take over (?:the )?\w+|stop (?:\w+ )?(?:\w+ )?(?:payments?|benefits?|support|allowance|contract)|"
    r"report (?:\w+ )?to the police|close (?:the|this) case"
)
_ACTION = re.compile(r"\b(?:" + _ACTION_DA + "|(?:" + _ACTION_EN + r")\b)")
# Choosing only counts when the choice is about people, posts or units.
_CHOOSE = re.compile(r"\b(?:vælg\w*|pick\w*|choos\w*|select\w*)\b")
_CHOICE_OBJECT = re.compile(
    r"kandidat|ansøger|medarbejder|souschef|leder|person|hvem|mellem|af de (?:to|tre|fire)|"
    r"candidate|applicant|employee|person|who|between|of the (?:two|three|four)"
)

# --- frames -----------------------------------------------------------------------------------
_SUBJECT_DA = r"(?:jeg|vi|i|hun|han|de|den \w+|det \w+|de \w+|[a-zæøå-]+(?:en|et|ne|erne)|[A-ZÆØÅ]\w+)"
_MODAL_DA = re.compile(r"\b(?i:skal|bør|burde|må vi ikke bare|skulle)\s+" + _SUBJECT_DA + r"\b")
_EVAL_DA = re.compile(
    r"\b(?:er det|ville det være|var det|vil det være|holder det)\s+(?:\w+\s+){0,3}?"
    r"(?:ok|okay|i orden|fair|rimeligt|rigtigt|rigtig|korrekt|klogt|forkert|bedst|en god idé|"
    r"forsvarligt|det rigtige|juridisk|menneskeligt)\b"
    r"|\bhvad er (?:det rigtige|bedst|det bedste|det klogeste)\b"
    r"|\b(?:kan|vil) du (?:anbefale|afgøre|beslutte)\b|\banbefaler du\b|\bsynes du\b|\bmener du\b|"
    r"\bville du\b"
)
_MODAL_EN = re.compile(r"\b(?:should|shall|ought)\s+(?:i|we|he|she|they|[a-z]+(?: [a-z]+)?)\b")
_EVAL_EN = re.compile(
    r"\b(?:is it|would it be|was it|will it be)\s+(?:\w+\s+){0,2}?(?:ok|okay|fine|right|fair|wise|"
    r"correct|acceptable|reasonable|best|a good idea)\b"
    r"|\bwould you\b|\bdo you (?:think|recommend|advise)\b|\b(?:do|should) (?:i|we) \w+.*\bor not\b"
    r"|\b(?:can|could|will) you decide\b"
)
# Verdict phrases: asking the bot to give the answer.
_VERDICT_STRONG = re.compile(
    r"beslut (?:det |dig |sagen )?for (?:mig|os)|\bbeslut for (?:mig|os)|tag (?:beslutningen|stilling) for (?:mig|os)|"
    r"træf (?:beslutningen|afgørelsen)(?: for (?:mig|os))?|afgør (?:det|sagen) for (?:mig|os)|"
    r"(?:bare|blot|kun) (?:sig |svar )?ja eller nej|svar (?:bare |blot )?(?:med )?ja eller nej|"
    r"(?:giv|give) (?:mig|os) et (?:klart|entydigt|kort og klart|endeligt) (?:svar|ja eller nej)"
    r"(?! på,? (?:hvor|hvad|hvem|hvilk|hvornår|hvordan|om bladet))|et klart ja eller nej|"
    r"hvad ville du (?:gøre|have gjort|beslutte|vælge)(?: i mit sted)?|hvad ville du selv beslutte|"
    r"decide (?:it |this )?for (?:me|us)|make the (?:decision|call) for (?:me|us)|"
    r"(?:just|simply) (?:say|tell me|answer) yes or no|answer (?:with )?(?:a )?(?:simple )?yes or no|"
    r"give (?:me|us) a (?:clear|straight|definite|simple) (?:answer|yes or no)"
    r"(?! (?:to|on|about) (?:how|what|when|where|who|which))|"
    r"what would you do (?:in my (?:place|shoes)|if you were me)|your verdict"
)
_VERDICT = re.compile(
    r"\bja eller nej\b|\bja/nej\b|\byes or no\b|\byes/no\b|sig det ligeud|sig det lige ud|"
    r"\b(?:din|jeres) (?:klare |ærlige )?anbefaling\b|\bhvis du var mig\b|\bi mit sted\b|"
    r"\bhar jeg ret\b|\bwhat'?s your call\b|\byour call\b|\bif you were me\b|\bin my shoes\b|"
    r"\bam i right\b|\bhonest answer\b|\bstraight answer\b|\btell me (?:who|which) to\b|"
    r"\bhvad er (?:det rigtige|det bedste) at gøre\b"
)
# A choice between people, posts or units. "Hvem skal jeg kontakte?" and "Which article should
# I read?" are no choices of that kind: the clause must also hold an action or a person/unit noun.
_CHOICE = re.compile(
    r"\b(?:hvem|hvilken|hvilket|hvilke)\s+af\b[^.?!]{0,40}?\b(?:skal|bør|burde)\b"
    r"|\b(?:which|who)\s+of\b[^.?!]{0,40}?\b(?:should|shall)\b"
    r"|\b(?:hvem|hvilken \w+|hvilket \w+|hvilke \w+)\s+(?:skal|bør|burde)\s+(?:jeg|vi)\b"
    r"|\b(?:who|which \w+)\s+(?:should|shall)\s+(?:i|we)\b"
    r"|\b(?:which|what) \w+ should (?:get|have|be)\b"
)
_WHO_GETS = re.compile(
    r"\b(?:hvem|who)\s+(?:skal|bør|should)\s+(?:have|få|get|overtage|take over|lede|lead)\b"
)
_CHOICE_NOUN = re.compile(
    r"kandidat|ansøger|medarbejder|souschef|leder|afdeling|stilling|enhed|team|institution|"
    r"skole|tilbud|candidat|applicant|employee|deput|manager|unit|office|department|post|"
    r"position|school|site|staff|worker"
)
_IMPERATIVE_CHOICE = re.compile(
    r"(?:^|[.:!?] )(?:vælg|pick|choose|select|afgør|udpeg)\b"
)
# Choices ("hvem skal jeg ansætte") are judged by _CHOICE; here a question word of any kind
# turns a frame into a question about something else ("Hvem skal jeg kontakte om …?").
_QUESTION_WORD = re.compile(
    r"\b(?:hvordan|hvornår|hvorfor|hvad|hvor|hvorledes|hvem|hvilken|hvilket|hvilke|how|when|"
    r"why|what|where|who|which)\b",
    re.IGNORECASE,
)
# Generic "man" asks about norms or rules, not for a verdict on the asker's case.
_GENERIC = re.compile(r"\b(?:skal|bør|burde|kan|må) man\b|\bshould one\b", re.IGNORECASE)
# "Er det rigtigt, at man skal partshøre …?" asks whether something is true, not for a verdict.
_FACT_THAT = re.compile(r"^(?:er|var) det \w+,? at (?:man|der|det|loven|reglerne)\b|^(?:is|was) it true\b")
_HOW_WHEN = re.compile(r"\b(?:hvornår|hvordan|hvorfor|when|how|why)\b")
_CLAUSE_SPLIT = re.compile(r"(?<=[.?!;:])\s+|\s+[-–—]\s+|,\s+(?=(?:men|but|og|and|eller|or)\b)")


def _is_choice(m: re.Match[str], low: str) -> bool:
    """The choice names people/posts/units ("hvilken medarbejder", "hvem af mine souschefer")
    or its verb is a personnel/organisational action ("hvem skal jeg ansætte")."""
    if _CHOICE_NOUN.search(m.group(0)):
        return True
    verb_phrase = " ".join(low[m.end() :].split()[:5])
    return bool(_ACTION.match(verb_phrase) or _CHOOSE.match(verb_phrase)) or bool(
        re.match(r"(?:\w+ ){0,2}(?:" + _ACTION_DA + "|" + _ACTION_EN + r")", verb_phrase)
    )


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(text) if c.strip()]


def _frame_then_action(clause: str) -> bool:
    """A modal/evaluative frame whose scope (the rest of the clause) holds an action."""
    for rx in (_MODAL_DA, _EVAL_DA, _MODAL_EN, _EVAL_EN):
        for m in rx.finditer(clause):
            before = clause[: m.start()]
            if _QUESTION_WORD.search(before):
                continue
            scope = clause[m.start():]
            if _GENERIC.match(scope) or _FACT_THAT.match(scope.lower()):
                continue
            if _ACTION.search(scope) or (_CHOOSE.search(scope) and _CHOICE_OBJECT.search(scope)):
                return True
    return False


def is_decision_request(text: str) -> bool:
    """True if `text` asks the bot to make a personnel/case/organisational decision.

    Examples that are True: "skal jeg fyre den medarbejder …?", "beslut det for mig",
    "er det ok at opsige en medarbejder …?", "Which of the two candidates should get the job?".
    Examples that are False: "Hvordan skal jeg afskedige korrekt?", "Hvornår må jeg give en
    advarsel?", "Vi har besluttet at lukke afdelingen – hvordan …?".
    Never raises on ordinary strings and keeps no copy of the text.
    """
    if not isinstance(text, str):
        raise TypeError("is_decision_request expects a str")
    cased = " ".join(text.split())
    t = cased.lower()
    if not t:
        return False
    if _VERDICT_STRONG.search(t):
        return True
    if _IMPERATIVE_CHOICE.search(t) and (_CHOICE_OBJECT.search(t) or _ACTION.search(t)):
        return True
    has_action = bool(_ACTION.search(t))
    for clause in _clauses(cased):
        low = clause.lower()
        verdict = _VERDICT.search(low)
        if (
            verdict
            and not _HOW_WHEN.search(low[: verdict.start()])
            and (has_action or _CHOOSE.search(t))
        ):
            return True
        if not _GENERIC.search(low) and any(_is_choice(m, low) for m in _CHOICE.finditer(low)):
            return True
        if _WHO_GETS.search(low):
            return True
        # Modal frames need the case of the original text to tell "skal Jørn" from "skal vælge".
        if _frame_then_action(clause) or _frame_then_action(low):
            return True
    return False
