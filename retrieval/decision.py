"""Detect messages that ask the bot to make a personnel, case or organisational decision.

The bot may share what the magazine says, but the decision stays with the leader (KL's guidance
and municipal AI rules: no automated decisions or assessments). This detector only recognises
the *request*; the caller decides how to answer (material plus a reminder that the decision is
the leader's own). The model (docs/privacy.md, "Decision requests"):

A message is a decision request when a sentence of it is (1) **a request for the bot's
verdict, recommendation, choice or ranking** in any grammatical form, about (2) **a concrete
action on a person, case, application or unit**:

(1) the request forms —
    a. a modal yes/no question or an embedded one: "skal/bør/burde jeg/vi/X …?", "should/shall/
       ought I/we/X …?", "do I … or not?", "… om jeg skal …", "whether to …", "do you think I
       should …";
    b. an evaluative question: "er det ok/rimeligt/forsvarligt/klogt/en god idé/forkert at …",
       "is it OK/fair/wise/wrong to …", "would it be a mistake to …", "kan det forsvares at …";
    c. an explicit request: "anbefal", "rådgiv mig", "vurdér/afgør/beslut om …", "vælg",
       "rangér", "giv mig et ja eller nej / din anbefaling", "tag stilling til", "recommend",
       "advise me whether", "decide/determine whether", "tell me whether/who", "make the call",
       "what's your advice/call", "hvad anbefaler du", "what do you recommend";
    d. agreement sought for a stated intent: "Jeg hælder til at … . Enig? / Har jeg ret? /
       Bakker du op? / Hvad siger du?", "I'm inclined to … . Do you agree? / Am I wrong?";
    e. the bot put in the leader's place: "ville du …", "would you …", "hvad ville du gøre",
       "if you were me", "i mit sted";
    f. a choice or ranking between people, posts, units or suppliers: "hvem/hvilken af …",
       "which of …", "who deserves …", "A eller B til …", "which school should we close".
(2) the action concept — verbs with their Danish inflections (fyre, afskedige, opsige, lade gå,
    ikke forlænge, advare, suspendere, degradere, forfremme, forflytte, skære i timer, ansætte,
    bevilge, afslå, godkende, stoppe en ydelse, sanktionere, anbringe, lukke, sammenlægge,
    udlicitere, nedlægge stillinger, vælge leverandør/kandidat …; fire, let go, not renew, warn,
    suspend, demote, promote, transfer, cut hours, hire, grant, deny, approve, stop a benefit,
    place a child, close, merge, outsource …) and, for the explicit and agreement forms, the
    same concepts as nouns ("din anbefaling om afskedigelse", "her probation").

Not decision requests: questions for knowledge, rules, process, research, framing or the
magazine's content — a how/when/why/what-does-X-say question, legality ("er det lovligt",
"is it allowed"), a generic subject ("man", "an employer"), an action only inside a
subordinate clause ("skal jeg partshøre, før jeg giver en advarsel?"), reading or courses
("anbefal en artikel om afskedigelser"), drafting ("skriv et afslag"), decisions already made,
and questions about the bot itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.guard.actions import ACTION, ACTION_NOUN, ACTION_VERB_EN
from retrieval.guard.learned import Embedding, resolve
from retrieval.guard.learned import score as learned_score
from retrieval.guard.lexicon import lexicon
from retrieval.guard.normalise import normalise, spoken_punctuation
from retrieval.guard.patterns import UNIT_RE, is_org, is_role
from retrieval.guard.people import find_people
from retrieval.guard.requests import (
    AGREE,
    ALTERNATIVE,
    CHOICE_HEAD,
    CHOICE_NOUN,
    CHOICE_OF,
    DECIDE_WHETHER,
    EMBEDDED_MODAL,
    EVAL_ADJ,
    EVAL_Q,
    GENERIC_SUBJ,
    GERUND_EVAL,
    MODAL_Q,
    OTHER_RECOMMENDS,
    PERSON_OR_UNIT,
    POLITE,
    RANK,
    READING,
    READING_SET,
    REQUEST,
    RULES_Q,
    STRONG,
    VERDICT_TAG,
    WHAT_WOULD_YOU,
    WHICH_X,
    WHO_BEST,
    WHO_SHOULD,
    WOULD_YOU,
)
from retrieval.guard.rule import once as _once
from retrieval.guard.text_model import decision_model

__all__ = ["is_decision_request"]

# --- guards ------------------------------------------------------------------------------------
# Knowledge questions: a question word that opens the sentence asks about something else.
_KNOWLEDGE_OPEN = re.compile(
    r"^(?:og |men |and |but |so |så )?(?:hvordan(?! ser du på| (?:ville|vil) du have det med)|hvornår|hvorfor|hvorledes|"
    r"how(?! (?:would|do) you feel about)|when|why|"
    r"hvad (?:siger|skriver|mener|sagde|skrev|er reglerne|kræver|betyder|skal|bør|gør)(?! du\b)|"
    r"what (?:does|do|did|are|is|should|shall|must)(?! you (?:recommend|think|advise|say))|"
    r"hvilke (?:regler|trin|kriterier|argumenter|spørgsmål|erfaringer|overvejelser|fejl|faldgruber|"
    r"fordele|ulemper|krav|hensyn|muligheder|faktorer|forhold)|which (?:rules|steps|questions|criteria|arguments|"
    r"mistakes|collective|factors|considerations)|what (?:factors|criteria|considerations)|hvem skal (?:man|jeg|vi) (?:kontakte|spørge|tale med|ringe til)|"
    r"who should (?:i|we) (?:contact|talk to|ask|call)|har bladet|does the magazine|findes der|"
    r"is there|are there|kan man|can one|can a|kan en|må man|may one|"
    r"find|summari[sz]e|opsummér|opsummer|lav|skriv|write|draft|"
    r"(?:can you |could you |kan du )?(?:list|nævn|opregn|outline|skitsér|skitser|opstil|opstille|lay out|set out)\b|"
    r"(?:giv|give) (?:mig|me|os|us) (?:en |et |a |an )?(?:[\w/-]+[- ])?(?:tjekliste|checklist|liste|list|oversigt|"
    r"overview|skabelon|template|guide|framework|eksempel|example)|"
    r"hjælp (?:mig|os)(?! (?:med at |til at )?(?:vælge|beslutte|afgøre|træffe))|"
    r"help (?:me|us)(?! (?:to )?(?:decide|choose|pick|make the call)))\b",
    re.IGNORECASE,
)
# A subordinate clause ends the frame's scope: "skal jeg partshøre, før jeg giver en advarsel?"
# "… according to research?", "ifølge bladet": a question about what a source says.
# A few words may name the source ("according to the Nordic NFA survey", "ifølge KL's nye rapport").
_ACCORDING_TO = re.compile(
    r"\b(?:according to|ifølge|based on what) (?:the |den |det |de )?(?:[\w'’\-]+ ){0,3}?(?:research|"
    r"forskning\w*|bladet|magazine|artikl\w*|articles?|stud(?:y|ies)|undersøgelse\w*|experts?|eksperter\w*|kl|"
    r"surveys?|reports?|rapport\w*|analys[ei]s|analyse\w*|lederen|editorial|interview\w*|guide\w*|forsiden|"
    r"front page|tema\w*|theme)\b",
    re.IGNORECASE,
)
# Who may do what under the rules: "can employees vote yes or no on a restructuring?"
_PERMISSION_Q = re.compile(
    r"\b(?:can|may|kan|må)\s+(?:the\s+)?(?:employees|staff|workers|medarbejdere|medarbejderne|ansatte|de ansatte|"
    r"the union|fagforeningen|tillidsrepræsentanten|the shop steward|an employer|arbejdsgiveren|the committee|"
    r"udvalget|med-udvalget)\b",
    re.IGNORECASE,
)
_SELF_DECIDES = re.compile(
    r"\b(?:i'll|i will|i'm going to|jeg vil|jeg) (?:make the call|decide|take the decision|træffe beslutningen|"
    r"beslutte|tage beslutningen)\s*(?:myself|selv)|\bi'll make the call\b|\bjeg træffer selv\b",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    r",?\s+\b(?:før|inden|når|efter at|efter|hvis|mens|indtil|fordi|så længe|before|when|after|"
    r"once|until|while|because|so that|as long as)\b",
    re.IGNORECASE,
)
_TEMPORAL = re.compile(
    r",?\s+\b(?:før|inden|når|efter at|efter|mens|indtil|before|when|after|once|until|while)\b",
    re.IGNORECASE,
)
_WHAT_IS_RIGHT = re.compile(
    r"\bhvad er (?:det )?(?:rigtige|bedste|klogeste|mest fornuftige)(?: at gøre\b| her\b| nu\b|\s*[:?])|"
    r"\bhvad er (?:mest )?(?:fair|retfærdigt|rimeligt)\s*[:?]|"
    r"\bwhat(?:'s| is) (?:most )?(?:fair|fairest)\s*[:?]|"
    r"\bwhat(?:'s| is) the (?:right|best|wisest) (?:thing to do|call|move|decision)\b|"
    r"\bhvad er (?:bedst|bedre|klogest|klogt)(?=\s*[:?,–-]|\s+at\b)|"
    r"\b(?:hvilken|hvilket) (?:\w+ )?er (?:bedst|bedre)(?=\s*[:?,–-]|\s+at\b)|"
    r"\bwhat(?:'s| is| would be) (?:best|better|wiser)(?=\s*[:?,–-]|\s+to\b)|"
    r"\bwhich (?:\w+ )?is (?:best|better|wiser)(?=\s*[:?,–-]|\s+to\b)|"
    r"\ber du for eller imod\b|\bare you for or against\b",
    re.IGNORECASE,
)
# A period ends a sentence unless it closes an ordinal or an abbreviation read on in lower case
# ("før 1. maj", "nr. 2 på listen", "ca. 40 ansatte"); before a capital it always does.
_SENTENCE_SPLIT = re.compile(
    r"(?<=[?!:;])\s+|(?<=\d{4}\.)\s+|(?<=\.)\s+(?=(?-i:[A-ZÆØÅ\"“'(]))|"
    r"(?<=[^\d\s.]\.)(?<!\bnr\.)(?<!\bca\.)(?<!\bfx\.)(?<!\bkl\.)(?<!\bkr\.)(?<!\bmio\.)(?<!\bmia\.)"
    r"(?<!\bpkt\.)(?<!\bjf\.)(?<!\bevt\.)(?<!\bbl\.a\.)(?<!\bf\.eks\.)(?<!\bno\.)(?<!\bapprox\.)\s+(?![\d(])|"
    r"\s+[–—-]\s+|,\s+(?=(?:men|og|eller|så|but|and|or|so)\s+(?:skal|bør|burde|should|"
    r"shall|er det|is it|would|ville|do|does)\b)",
    re.IGNORECASE,
)


def _scope_end(sentence: str, start: int, temporal_only: bool = False) -> int:
    """Where the part of the sentence a frame governs ends: at the first subordinate clause (for
    an evaluative frame only a temporal one: "is it OK *if* I …" evaluates the if-clause)."""
    rx = _TEMPORAL if temporal_only else _SUBORDINATE
    m = rx.search(sentence, start + 3)
    return m.start() if m else len(sentence)


class _Spans:
    """The action concept's matches in one sentence, found once: every frame then asks whether
    an action (verb) or an object (verb or noun) lies inside its own stretch of the sentence."""

    def __init__(self, low: str) -> None:
        self.low = low
        self._actions: list[tuple[int, int]] | None = None
        self._objects: list[tuple[int, int]] | None = None

    @property
    def actions(self) -> list[tuple[int, int]]:
        if self._actions is None:  # most sentences never need it: found on first use only
            self._actions = [(m.start(), m.end()) for m in ACTION.finditer(self.low)]
        return self._actions

    @property
    def objects(self) -> list[tuple[int, int]]:
        if self._objects is None:
            self._objects = self.actions + [(m.start(), m.end()) for m in ACTION_NOUN.finditer(self.low)]
        return self._objects

    def action(self, a: int = 0, b: int | None = None) -> bool:
        end = len(self.low) if b is None else b
        return any(a <= x and y <= end for x, y in self.actions)

    def object(self, a: int = 0, b: int | None = None) -> bool:
        end = len(self.low) if b is None else b
        return any(a <= x and y <= end for x, y in self.objects)


_PERSON_PRONOUN = re.compile(r"(?:hun|han|ham|hende|he|she|him|her)$", re.IGNORECASE)


def _names_person_or_unit(low: str) -> bool:
    """A word of the sentence is a person or a unit: a pronoun for one person, or a word whose
    compound head is a person or unit noun ("medarbejderen", "the department" — not
    "lederuddannelsen")."""
    return any(_PERSON_PRONOUN.match(w) or CHOICE_HEAD.search(w) for w in re.findall(r"[\w'-]+", low))


def _has_object(text: str) -> bool:
    return bool(ACTION.search(text) or ACTION_NOUN.search(text))


# (round 12) Someone else will make the choice: "my boss will decide between the two plans",
# "direktionen skal vælge mellem …" — the asker prepares, the bot is not asked to choose.
_SOMEONE_ELSE_PICKS = re.compile(
    r"\b(?:my|our|the|min|mit|vores|hans|hendes|his|her)\s+[\w-]+\s+(?:will|is going to|is to|has to|must|skal|vil|må)\s+"
    r"(?:decide|choose|pick|vælge|beslutte|afgøre)\b"
)


_V1_OWN = re.compile(
    r"^(?:og |så |men |and |so )?(?P<v>[a-zæøå-]+) (?:vi|jeg)\b(?! (?:ikke|aldrig|altid|ofte|typisk|normalt)\b)"
)


def _sentence_is_request(
    s: str,
    message_object: bool,
    message_choice: bool,
    message_verdict: bool = False,
    message_alt: bool = False,
    message_magazine: bool = False,
) -> bool:
    s = s.strip()
    low = s.lower()
    if not low:
        return False
    if _DECLINED.search(low):
        return False  # "don't decide for me – just tell me the criteria": the asker keeps it
    if STRONG.search(low) or _HANDED_OVER_WHETHER.search(low):
        return True
    if _DECIDED.search(low) and "?" not in low:
        return False  # "Byrådet har vedtaget, at skolen skal lukke.": a decision reported, not asked
    # the question posed in words: "Nu er spørgsmålet, om jeg skal gå videre med en advarsel."
    posed = _POSED.search(low)
    if (
        posed
        and re.search(r"\b(?:om|whether|if)\s+(?:jeg|vi|i|we)\b", low[posed.start() :])
        and _object_after(low, posed.end())
    ):
        return True
    sp = _Spans(low)
    knowledge = bool(_KNOWLEDGE_OPEN.match(low) or _ACCORDING_TO.search(low) or _PERMISSION_Q.search(low))
    if _SELF_DECIDES.search(low):
        return False  # "I'll make the call myself": the asker keeps the decision
    # f. choices and rankings (their question word is the choice itself)
    reading = bool(READING.search(low))
    reading_topic = reading and (not sp.action() or bool(_TOPIC_ACTION.search(low))) and not VERDICT_TAG.search(low)
    for m in CHOICE_OF.finditer(low):
        tail = low[m.start() :]
        if READING_SET.match(low[m.end() :]):
            continue  # "Hvilken af artiklerne handler om at lukke institutioner?"
        if _ACCORDING_TO.search(low) and not _MODALISH.search(tail):
            continue  # "Which group of workers retires early, according to the survey?"
        if CHOICE_NOUN.search(tail) and not reading_topic:
            return True
        if sp.object(m.start()) and _MODALISH.search(tail):
            return True
    if WHO_BEST.search(low) and (CHOICE_NOUN.search(low) or sp.object()):
        return True
    for m in WHO_SHOULD.finditer(low):
        end = _scope_end(low, m.end())
        scope = low[m.end() : end]
        if _GENERIC_AFTER.match(low[m.end() :]):
            continue
        # "Hvem skal have stillingen?", or a plain choosing verb when the message is about a
        # choice between people: "To ansøgere … Hvem skal jeg tage?", "Who should I give it to?"
        if sp.action(m.end(), end) or (_CHOOSE_VERB.search(scope) and message_choice):
            return True
        if _PICK_PERSON.match(scope):
            return True  # "Hvem skal jeg vælge?", "Who should we hire?": the pick is the question
        nxt = re.match(r"\s*(?:(?:jeg|vi|i|we)\s+)?([\w'-]+)", low[m.end() :])
        if (re.search(r"\b(?:eller|or)\b", low[m.end() :]) or message_alt) and not (
            nxt and _ASK_OR_TELL.match(nxt.group(1))
        ):
            return True  # "Hvem skal have lønstigningen, koordinatoren eller sagsbehandleren?"
    for m in WHICH_X.finditer(low):
        if CHOICE_HEAD.search(m.group("x")):
            return True
    if RANK.search(low) and (CHOICE_NOUN.search(low) or sp.action()):
        return True
    # "Hvem har ret?" after two positions on an action; "Who gets it?" after a choice; (round 18, writers
    # AS, AT) also between two named parties or in a conflict: "Hvem har ret, hende eller forældrene?"
    if _WHO_RIGHT.search(low) and (message_object or message_alt or _CONFLICT.search(low)):
        return True
    if _WHO_GETS.search(low) and (message_choice or message_alt):
        return True
    # "Which one should get the job?" after two candidates; "Hvem af de to skal have vagten – A eller B?"
    if _WHICH_GETS.search(low):
        return True  # the partitive itself poses the choice
    if _WHICH_N.search(low) and message_choice and not READING.search(low):
        return True  # (round 19) a number of a group to pick
    # "Skal det være Lene eller Ahmed, der får ansvaret?", "Should it be A or B?"
    if _BE_A_OR_B.search(low):
        return True
    # "Is it a yes or a no to a four-day week pilot in our department?"
    if _VERDICT_ON.search(low) and not knowledge and not RULES_Q.search(low):
        return True
    if _WHAT_DO_I_DO.search(low) and message_choice:
        return True  # "Intern eller ekstern kandidat til chefstillingen – hvad gør jeg?"
    if (
        not knowledge
        and (_PICK_BETWEEN.search(low) or (_PICK_ONE.search(low) and ALTERNATIVE.search(low)))
        and not _SOMEONE_ELSE_PICKS.search(low)
    ):
        return True  # "Vælg for mig mellem de to konsulentfirmaer", "Pick one: X or Y?"
    for m in _WHICH_ONE_ACT.finditer(low):
        if _NOT_A_CHOICE.match(m.group("x") or ""):
            continue
        if any(x == m.start("v") for x, _ in sp.actions):
            return True  # "Which one should I hire …, candidate A or candidate B?"
        which_one = m.group(0).lower().startswith(("which one", "hvilken en", "hvilket et"))
        if (message_alt or message_choice or message_verdict or which_one) and _CHOOSE_VERB.match(low, m.start("v")):
            return True  # "New IT system or three extra care workers? Which one should we pick?"
    if _DO_IT.search(low) and message_object:
        return True  # "… insource the cleaning again? And should we do it?"
    # g. the leader's own course as a yes/no question, with alternatives or a verdict demanded
    own = _OWN_COURSE.match(low)
    if own and _everyday_step(_AS_ROLE.sub("", low[own.start("v") :])):
        return False  # (round 18) an everyday practicality or the asker's own job
    if own and not reading and not _NOT_A_COURSE.match(own.group("v")):
        alternatives = re.search(r"\b(?:eller|or)\b", low[own.start("v") :])
        if message_verdict or (alternatives and _names_person_or_unit(low)):
            return True
        step0 = _AS_ROLE.sub("", low[own.start("v") :])
        if alternatives and not knowledge and not _NOT_A_STEP.search(step0) and not message_magazine:
            return True  # (round 8) our step between alternatives, also typed without "?" ("skal jeg give vagten til rikke eller til hans peter")
        # (round 7) any next step of ours asked as a yes/no question — whatever the action is
        # called — unless the step is the asker's own learning, a step of communication,
        # documentation or procedure, or a feeling (docs/privacy.md § 5.1)
        step = _AS_ROLE.sub("", low[own.start("v") :])
        if low.rstrip().endswith("?") and not knowledge and not _NOT_A_STEP.search(step) and not message_magazine:
            return True
    if knowledge:
        return False
    # c. explicit requests
    for m in REQUEST.finditer(low):
        rest = low[m.start() :]
        if reading_topic:
            continue  # "anbefal en artikel om afskedigelser", "recommend I read about restructuring"
        if _REQUEST_CHOICE.search(rest[:60]) and not re.search(
            r"\b(?:kontakte|contact|spørge|ask|ringe|call)\b", rest[:60]
        ):
            return True  # "Anbefal mig hvem der skal være brandansvarlig", "sig hvem af de tre der skal med"
        if DECIDE_WHETHER.match(rest) and PERSON_OR_UNIT.search(rest):
            return True  # "beslut om vikaren skal fortsætte"
        if OTHER_RECOMMENDS.search(low[: m.end()]):
            continue
        if re.match(
            r"\S+(?: \S+)?,? (?:på|on|about),? (?:hvor|hvad|hvem|hvilk|hvornår|hvordan|how|what|when|where)\b", rest
        ):
            continue  # "giv mig et klart svar på, hvor lang uddannelsen er"
        if sp.object(m.start()) or sp.object(0, m.start()) or (message_object and len(low) < 60):
            return True
    # e. the bot in the leader's place
    if not POLITE.search(low) and not reading_topic:
        for m in WOULD_YOU.finditer(low):
            end = _scope_end(low, m.end())
            scope = low[m.end() : end]
            if sp.action(m.end(), end) or (ALTERNATIVE.search(scope) and CHOICE_NOUN.search(scope)):
                return True
    if WHAT_WOULD_YOU.search(low) and (message_object or sp.object()):
        return True
    # b. evaluative questions (not legality); "is it OK if …" evaluates the if-clause
    if not RULES_Q.search(low):
        if _NOUN_EVAL.search(low):
            return True  # "Er en advarsel for hård?", "Would dismissal be too harsh?"
        for m in _TIMING.finditer(low):
            if sp.action(m.end(), _scope_end(low, m.end(), temporal_only=True)):
                return True  # "Is it time to let my team lead go?", "Er det nu, vi skal lukke …?"
        for m in EVAL_Q.finditer(low):
            if sp.action(m.end(), _scope_end(low, m.end(), temporal_only=True)):
                return True
        if _WHAT_IS_RIGHT.search(low) and message_object:
            return True
        for m in GERUND_EVAL.finditer(low):
            if sp.action(m.start("g"), m.end()):
                return True  # "Is firing her the right call?"
    # a. modal yes/no questions and embedded ones
    mq = MODAL_Q.match(s)
    first_verb = (
        re.match(r"\s*(?:(?:så|ikke|not|then|just|bare|really|virkelig)\s+)?([\w'-]+)", s[mq.end() :]) if mq else None
    )
    if (
        mq
        and not (first_verb and _TELL_OR_LEARN.match(first_verb.group(1)))
        and not GENERIC_SUBJ.match(mq.group("s"))
        and not (
            mq.group("m").lower() in ("do", "does")
            and not (mq.group("s").lower() in ("i", "we") and re.search(r"\b(?:or|eller)\b", low))
        )
        and sp.action(mq.start("s"), _scope_end(low, mq.start("s")))
        # (round 32, writer CR) not the asker's own everyday practicality: "hvad skal jeg selv tage i kantinen i dag?"
        and not (mq.group("s").lower() in ("jeg", "i") and _everyday_step(low[mq.end() :]))
    ):
        return True
    # a'. a question that opens with the action itself and offers alternatives: "Nedlægge
    # ordningen eller hæve taksten?", "Giver vi tillægget til den ene eller deler vi det?"
    # … or proposes it bare after a question about what to do: "Hvad gør jeg med ham – fyre
    # ham?", "What do I do with her – let her go?"
    if low.endswith("?") and (re.search(r"\b(?:eller|or)\b", low) or len(low.split()) <= 6):
        first = ACTION.match(low)
        if first and first.start() == 0:
            return True
    # (round 18, red team r18) the Danish yes/no question on our own step, verb first in the present
    # tense: "Sammenlægger vi de to dagplejegrupper i Hørby?" (as "Do we merge …?")
    v1 = _V1_OWN.match(low)
    if v1 and low.endswith("?") and ACTION.fullmatch(v1.group("v")) and not knowledge and not reading:
        return True
    for m in EMBEDDED_MODAL.finditer(s):
        subj = m.group("s") or ""
        if GENERIC_SUBJ.match(subj):
            continue
        if sp.action(m.end(), _scope_end(low, m.end())):
            return True
    # d. agreement sought for an intent stated in the message — not a fact checked ("Am I right
    # that probation is usually three months?": a that-clause with no step of ours in it)
    return bool(AGREE.search(low) and message_object and not _FACT_CHECK.search(low))


_WHO_RIGHT = re.compile(
    r"\b(?:(?:who|which(?: \w+)?) (?:goes|stays|gets cut|has to go)|(?:hvem|hvilke[nt]?(?: \w+)?) (?:ryger|skal gå|skal ud|"
    r"bliver skåret|skal skæres væk|skal spares væk))\s*\?|"
    r"\bhvem (?:af (?:os|dem|jer) )?har (?:mest )?ret\b(?! til)|\bhar (?:hun|han|de|vedkommende) ret\s*\?|"
    # (round 24, writer BK) the complainant named by a definite noun: "Har forælderen ret?", "Is the parent right?"
    r"\bhar (?:[a-zæøå]{3,}(?:en|et|ren|nen|ne))\s+ret(?: i (?:sin |sit |klagen|kritikken)\w*)?\s*\?|"
    r"\b(?:is the \w+|are the \w+s) right\s*\?|"
    r"\b(?:is (?:she|he)|are they) right\s*\?|\bwho(?:'s| is) right\b|\bwhich (?:of us|one of us) is right\b",
    re.IGNORECASE,
)
_WHO_GETS = re.compile(
    r"\b(?:hvem|who)\s+(?:goes|should go|går|skal med|skal af sted)\s*\?|"
    r"\b(?:hvem|who)\s+(?:af (?:dem|de \w+) )?(?:får|skal have|bør få|gets?|should get|will get|is getting)\s+"
    # (round 18, writer AT) … also a kind of job in between: "who gets the mentor job?", "hvem får mentorjobbet?"
    r"(?:det|den|dem|it|them|the (?:[\w-]+ )?(?:job|post|role|offer|position|promotion|raise|place|contract|week|slot|shift)|"
    r"\w*(?:jobbet|stillingen|posten|pladsen|pladserne|tillægget|lønforhøjelsen|tilbuddet|ugen|vagten)|the places|the spots)\s*[?.!]|"
    r"\b(?:which one|hvilken en|hvem af dem|which of them)\s*\?",
    re.IGNORECASE,
)
_NOUN_EVAL = re.compile(
    r"\b(?:er|is|would|ville|vil|will|was|var)\s+(?:(?:en|et|a|an|the|det|at|to)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:afskedigelse|opsigelse|bortvisning|fyring|advarsel|påtale|degradering|forflyttelse|suspension|"
    r"sanktion|lukning|dismissal|firing|termination|warning|demotion|suspension|sanction|transfer|closure)\w*"
    r"\s+(?:[\w-]+\s+){0,2}?(?:be\s+|være\s+)?(?:" + EVAL_ADJ + r")\b",
    re.IGNORECASE,
)
_TIMING = re.compile(
    r"\b(?:er det nu,? (?:vi|jeg|at)|er tiden (?:kommet|inde) til at|er det tid til at|er det på tide at|"
    r"is it time to|is now the time to|has the time come to|is it high time)\b",
    re.IGNORECASE,
)
_PICK_BETWEEN = re.compile(
    r"\b(?:vælg|beslut|afgør|choose|pick|decide|select)\s+(?:for (?:mig|os|me|us)\s+)?(?:mellem|between)\b",
    re.IGNORECASE,
)
_PICK_ONE = re.compile(r"\b(?:pick|choose|select|vælg) (?:one|en|et|én|the better one|den bedste)\b", re.IGNORECASE)
_WHICH_ONE_ACT = re.compile(
    r"\b(?:which one|which|hvilken|hvilket|hvilke|hvem|hvad|what)\s+(?:(?P<x>\w+)\s+)?(?:should|shall|skal|bør|do)\s+(?:i|we|jeg|vi)\s+(?P<v>\w+)",
    re.IGNORECASE,
)
# "which article/questions/steps should I …": asking for reading or a method, not a choice
_NOT_A_CHOICE = re.compile(
    r"(?:artik\w*|article\w*|questions?|spørgsmål|criteria|kriterier|steps?|trin|tekst\w*|text\w*|bog|book\w*|"
    r"kursus|course\w*|model\w*|metode\w*|methods?|tools?|værktøj\w*|things?|ting|factors?|faktorer)$"
)
_DO_IT = re.compile(
    r"\b(?:should|shall) (?:we|i) do (?:it|that|this)\b|\b(?:skal|bør) (?:vi|jeg) gøre det\b|"
    r"\b(?:gør|gør) (?:vi|jeg) det(?:,)? eller (?:ej|ikke)\b|\bdo (?:we|i) do it(?:,)? or not\b|"
    r"\b(?:should|shall) (?:we|i) go ahead\b|\b(?:skal|bør) (?:vi|jeg) (?:gå videre med det|køre det igennem)\b",
    re.IGNORECASE,
)
# A request put to the asker by someone in the case: to be granted or refused.
_ASKED_OF_ME = re.compile(
    r"\b(?:bedt om|søgt om|anmodet om|ansøgt om|spurgt om|asked for|asked to|applied for|requested|put in for|"
    r"vil gerne|ønsker at|ønsker|wants to|would like to)\b[^.?!]{0,40}\b(?:orlov|fri\b|ned i tid|deltid|nedsat tid|færre timer|"
    r"forflyttelse|overflytning|lønforhøjelse|løntillæg|tillæg|hjemmearbejde|arbejde hjemme|fritagelse|undtagelse|"
    r"leave|time off|days? off|part-time|reduced hours|fewer hours|go down to|transfer|a raise|pay rise|exemption|"
    r"work from home|remote work|sabbatical)",
    re.IGNORECASE,
)
_WHAT_DO_I_DO = re.compile(
    r"\b(?:hvad gør (?:jeg|vi)|what do (?:i|we) do|hvad skal (?:jeg|vi) gøre|what should (?:i|we) do)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# g. the leader's own course put as a yes/no question ("Should we scrap …?", "Skal jeg matche
# tilbuddet eller lade hende gå?"): a decision when the sentence offers alternatives or the message
# demands a verdict ("Yes or no?", "Your recommendation please:"), whatever the action is called.
_OWN_COURSE = re.compile(
    r"^(?:(?:hej|hey|hi|okay|ok|so|så|og|men|and|then|but|spørgsmål|question|quick|kort|bot)[,:!]?\s+){0,4}"
    r"(?:skal|ska|bør|burde|should|shall|do)\s+"
    r"(?:jeg|vi|i|we|(?:min|mit|mine|vores|my|our)\s+[\w-]+)\s+(?:(?:så|ikke|not|then|just|bare|hellere|rather|"
    r"now|nu|stadig|still)\s+)?(?P<v>[\w'-]+)",
    re.IGNORECASE,
)
# … but not how to tell, ask, learn or prepare: those are questions of method, not of the decision.
_NOT_A_COURSE = re.compile(
    r"(?:know|tell|inform|announce|say|write|call|contact|ask|read|learn|prepare|think|consider|worry|be|have|"
    r"need|expect|care|mention|include|involve|talk|speak|explain|vide|fortælle|informere|meddele|sige|skrive|"
    r"ringe|kontakte|spørge|læse|lære|forberede|tænke|overveje|bekymre|være|have|nævne|inddrage|tale|forklare|"
    r"huske|remember|bruge tid)$",
    re.IGNORECASE,
)
# … nor a step that is the asker's own learning, communication, documentation or procedure, or a
# feeling: "Skal jeg tage en master?", "Should I document the warning?", "Skal vi holde et fællesmøde
# eller sende en mail?", "Should I bring HR into the meeting?" (round 7).
_NOT_A_STEP = re.compile(
    r"^(?:\w+\s+)?(?:document|dokumentere|print|printe|cite|citere|log|logge|abonnere|subscribe|sign|tilmelde|attend|"
    r"deltage|get better|blive bedre|practi[sc]e|øve|partshøre|høre|invitere|invite|orientere|brief|share|dele (?:den|det|linket|"
    r"artiklen|guiden)|sende (?:en |et )?(?:mail|e-mail|brev|sms|link|besked)|send (?:a |an )?(?:mail|e-mail|email|letter|"
    r"message|link|note)|holde (?:et |en )?(?:møde|fællesmøde|oplæg|tale|personalemøde)|hold (?:a |an )?(?:meeting|talk)|"
    r"ask|spørge|be|være|feel|føle|frygte|fear|worry|bekymre|tage hensyn|take (?:it |that |this )?into account|"
    r"consider|overveje|stoppe op|stop and|pause|tænke|think|reflektere|reflect|indhente|obtain|tjekke|check)\b|"
    # (round 22, red team r24 a) the order or the form of the asker's own talk: "starte personalemødet med de gode
    # nyheder", "open with the why", "start the one-to-ones with …", "record my video message"
    r"^(?:\w+\s+)?(?:start(?:e)?|begin|begynde|open|åbne|indlede)\s+(?:the |my |mit |min |det |den |de )?(?:[\w-]+\s+){0,2}?"
    r"(?:with|med)\b|^(?:\w+\s+)?(?:record|optage)\s+(?:my |mit |min )?(?:[\w-]+\s+)?(?:video|message|besked)|"
    r"^(?:use|bruge) (?:the |a |an |den |det |en |et )?(?:[\w-]+ ){0,4}?(?:tool|værktøj\w*|template|skabelon\w*|method|"
    r"metode\w*|guide\w*|model)\b|"
    r"\b\w*(?:kursus|kurset|course|uddannelse\w*|master\w*|diplom\w*|konference\w*|conference|webinar\w*|"
    r"nyhedsbrev\w*|newsletter|mentor\w*|coach\w*|lederuddannelse\w*|efteruddannelse\w*|"
    r"hr|tr|tillidsrepræsentant\w*|shop steward|union rep|fagforening\w*|referat\w*|minutes|"
    r"the (?:bot|magazine)|botten|bladet)\b",
    re.IGNORECASE,
)
# (round 18, red team r17; docs/privacy.md § 5.12) … nor an everyday practicality of the asker's
# own: food and drink, a gift or a celebration, a room or a venue, the asker's travel, device or
# slides ("Skal vi fejre 10-året med kage eller morgenbrød?", "Should we use the big meeting room or
# the canteen for the briefing?") — unless an action of the concept is the step ("lukke kantinen").
_EVERYDAY = re.compile(
    r"\b(?:kage\w*|morgenbrød\w*|frokost\w*|brunch|pizza\w*|kaffe\w*|sandwich\w*|boller|bolle|slik|frugt\w*|"
    r"middag\w*|aftensmad|buffet\w*|vin|øl|drinks?|cakes?|breakfast|lunch(?:es)?|coffee|dinner|snacks?|fruit|"
    r"wine|beer|gave\w*|blomster\w*|buket\w*|gifts?|presents?|flowers|bouquet|vouchers?|watch|fejre\w*|fejring\w*|"
    r"fest(?:en)?|julefrokost\w*|sommerfest\w*|reception\w*|celebrat\w*|party|parties|mødelokale\w*|"
    r"auditori\w*|meeting rooms?|venue|præsentation\w*|slides?|dias|powerpoint|presentations?|"
    r"pc(?:'en)?|computer\w*|laptop\w*|ipad\w*|tablet\w*|projektor\w*|projector|tog(?:et)?|bil(?:en)?|fly(?:et)?|"
    r"cykl\w*|cykel|taxa\w*|taxi|train|car|plane|bike|flight|hotel\w*|weekend trip|weekendtur\w*|"
    # … the asker's own invitations and templates, holidays and leave, and the asker's own job
    r"invitation\w*|invites?|template\w*|skabelon\w*|outlook|aula|ferie\w*|holiday\w*|vacation|annual leave|"
    r"afspadsering\w*|time off|selv sige op|quit my job|resign|"
    # (round 20, red team r21 a) ceremonies, dress and the asker's own day: the flag, badges, photos, a
    # greeting, an interpreter booked, a jacket, a day off after a hard week
    r"flag(?:et|get)?|hejse\w*|navneskilt\w*|name ?badges?|badges?|billeder|photos?|pictures|foto\w*|"
    r"\w*hilsen\w*|greetings?|cards?|julekort\w*|tolk\w*|interpreters?|jakke\w*|jacket|tie|slips|suit|jakkesæt|"
    r"tøj|dress|outfit|morgenmad\w*|\w*morgenmad|day off|fridag\w*|a day of leave|"
    # (round 22, red team r24 a) memorials, games and music, a farewell, the asker's own day off, video and
    # social media, a quiet room
    r"mindeplade\w*|mindestund\w*|memorial\w*|mindeord|musik|music|playliste\w*|playlist\w*|bowling|minigolf|"
    r"secret santa|pakkeleg\w*|afslutning|farewell|teamdag\w*|team day|tage fri|take (?:a day|time) off|"
    r"video ?message|videobesked\w*|linkedin|stillerum\w*|quiet room|"
    # (round 23, red team r25 a) the asker's own meetings and tools, and a talk the asker is asked to give
    r"\w*møde(?:t|r|rne)?|meetings?|huddles?|stand-?ups?|webinar\w*|facebook\w*|intranet\w*|nyhedsbrev\w*|newsletters?|"
    r"fax\w*|blanket\w*|papirblanket\w*|paper forms?|shared drive|fællesdrev\w*|sharepoint|teams-?invitation\w*|"
    r"oplæg\w*|keynote|barbecue|grill\w*|"
    # (round 32, writers CQ, CR, released) the asker's own lunch, rain gear and desk equipment
    r"frikadelle\w*|fiskefilet\w*|madpakke\w*|salat\w*|suppe\w*|paraply\w*|umbrella|regntøj\w*|"
    r"regnjakke\w*|raincoat|gummistøvle\w*|bærbar(?:e|en)?|skærm(?:en|e)?|tastatur\w*|headset\w*|monitor|keyboard)\b",
    re.IGNORECASE,
)
# (round 20, red team r21 a) The logistics of a letter, a message or a meeting — its channel, its sender, its
# day or its room — asked as "should the … be/go/come/happen …": "Should the dismissal letter go by post or by
# hand?", "Should the meeting about closing the day centre be on Monday or Tuesday?". The action that names
# the letter or the meeting ("dismissal", "closing") is its topic, not the asked step.
_LOGISTICS_Q = re.compile(
    r"^(?:should|shall|skal|bør)\s+(?:the|our|my|vores|min|mit|det|den)?\s*(?:[\w-]+\s+){0,5}?"
    r"(?:letter|e-?mail|mail|meeting|interview|notice|invitation|minutes|message|"
    # (round 22, red team r23 a) … or of a social event or a sign: "Should the welcome lunch be in the garden?"
    r"lunch|dinner|party|reception|ceremony|sign|poster|\w*frokost(?:en)?|\w*middag(?:en)?|\w*fest(?:en)?|"
    r"\w*reception(?:en)?|ceremoni(?:en)?|skilt(?:et)?|plakat(?:en)?|"
    r"\w*brev(?:et)?|\w*mail(?:en)?|\w*møde(?:t)?|\w*samtale(?:n)?|invitation(?:en)?|referat(?:et)?|besked(?:en)?)\b"
    r"[^?]{0,60}?\b(?:be|go|come|happen|take place|arrive|be sent|sendes|gå|komme|ligge|holdes|foregå|afholdes|være|"
    r"afleveres|udsendes|say|read|stå)\b(?P<rest>[^?]*)",
    re.IGNORECASE,
)


def _logistics_question(low: str) -> bool:
    """(round 20) "Should the … letter/meeting be/go/come …?" with no action after its verb (_LOGISTICS_Q)."""
    m = _LOGISTICS_Q.match(low.strip())
    return m is not None and not ACTION.search(m.group("rest")) and not _PICK_FOR_ME.search(low)


# The asker's own job: "Skal jeg selv sige op, hvis …?", "Should I hand in my notice?"
_OWN_JOB = re.compile(
    r"^(?:\w+ )?(?:selv sige op|sige (?:min stilling|mit job) op|opsige min (?:egen )?stilling|quit my (?:own )?job|"
    r"resign(?! \w+ from)|hand in my notice|søge (?:et )?(?:nyt job|andet arbejde)|look for (?:a )?(?:new|another) job|"
    # (round 23, red team r25 a) "Skal jeg sige op og tage jobbet i regionen?", "apply for the role myself"
    r"sige op(?=\s*(?:$|[,.?!]|og\b|and\b|nu\b|now\b))|tage (?:imod )?(?:jobbet|stillingen)|take the job|"
    r"accept the job|apply for (?:the |a |that )?(?:[\w-]+ ){0,4}(?:role|job|post|position)(?= myself| or\b|\?|$)|"
    r"søge (?:stillingen|jobbet|den stilling)(?: selv)?)\b"
)
# The topic of an event or a text is no step: "frokost til personalemødet om fusionen", "the slides on
# the restructuring", "the invitation to the restructuring workshop".
_TOPIC_PHRASE = re.compile(
    r"\b(?:om|on|about|regarding|vedrørende|angående|til|to|for|efter|after|before|før|inden|når|when|hvis|if)\s+"
    r"[^,.?!]*",
    re.IGNORECASE,
)


def _everyday_step(step: str) -> bool:
    """The asker's step is an everyday practicality (see `_EVERYDAY`), with no action of the concept
    (an action named as the topic or the time of the event does not count)."""
    low = step.lower()
    if _OWN_JOB.search(low):
        return True
    if not _EVERYDAY.search(low):
        return False
    # (round 20) a relative clause that says what was done to the people ("de vikarer, vi har opsagt i år",
    # "the staff we have let go") describes them, it is no step of this question
    core = _TOPIC_PHRASE.sub(" ", _DONE_TO_THEM.sub(" ", low))
    # (round 23, red team r25 a) an action done to the everyday item itself is the item's practicality:
    # "lukke Facebook-gruppen", "cancel Thursday's team meeting", "afskedige den gamle fax"
    on_item = _ACTION_ON_EVERYDAY.search(core) is not None
    core = _ACTION_ON_EVERYDAY.sub(" ", core)
    if on_item and (_FOR_GOOD.search(low) or _UNIT_WIDE.search(low)):
        return False
    if on_item and not (ACTION.search(core) or ACTION_NOUN.search(core) or _definite_person(core)):
        return True
    if not _EVERYDAY.search(core) or ACTION.search(core) or ACTION_NOUN.search(core) or _SERVICE_OR_BUDGET.search(low):
        return False
    # someone else's leave or travel is theirs to be granted; a gift or a party is for someone
    someone = _names_person_or_unit(core) or _definite_person(core)
    return not (someone and not _FOR_SOMEONE_EVERYDAY.search(core))


# (round 23) the asker's own meetings, channels and office tools — not a staff benefit ("scrap the Friday
# breakfast for the whole unit" stays the unit's decision)
_MEETINGS_AND_TOOLS = (
    r"\b(?:\w*møde(?:t|r|rne)?|meetings?|huddles?|stand-?ups?|webinar\w*|facebook\w*|intranet\w*|nyhedsbrev\w*|"
    r"newsletters?|fax\w*|blanket\w*|papirblanket\w*|paper forms?|shared drive|fællesdrev\w*|sharepoint|"
    r"teams-?invitation\w*|invites?|invitation\w*|linkedin|outlook|aula|slides?|template\w*|skabelon\w*)\b"
)
# … but a standing meeting or tool abolished for good is the unit's: "cancel the Friday meeting for good"
_FOR_GOOD = re.compile(
    r"\b(?:for good|permanently|for altid|fremover|for fremtiden|from now on|fra nu af)\b", re.IGNORECASE
)
# … and so is a change for a whole unit: "flytte morgenmødet fra 8 til 9 for hele driften"
_UNIT_WIDE = re.compile(r"\bfor (?:hele|alle|the whole|the entire|all (?:the |of the )?)\b", re.IGNORECASE)
_ACTION_ON_EVERYDAY = re.compile(
    r"(?:"
    + ACTION.pattern
    + r")\s+(?:(?:the|a|an|our|my|den|det|de|vores|min|mit|gamle|old|nye|new|[\w'-]+['’]s)\s+){0,3}"
    r"(?:[\w'-]+\s+)?(?=" + _MEETINGS_AND_TOOLS + ")",
    re.IGNORECASE,
)
_DONE_TO_THEM = re.compile(
    r",?\s*(?:som |der |who |whom |that )?(?:vi|we|jeg|i) (?:har|have|had|havde|'ve)\s+(?:[\w'-]+\s+){0,2}?"
    r"[\w'-]+(?:\s+(?:i år|this year|sidste år|last year|i dag|today))?(?=\s*[,.?!]|$)",
    re.IGNORECASE,
)
# A service to citizens or a saving is the organisation's decision: "stoppe med at tilbyde gratis kaffe til borgerne".
_SERVICE_OR_BUDGET = re.compile(
    r"\b(?:borger\w*|beboer\w*|bruger\w*|citizens?|residents?|users?|patients?|patienter\w*|spare|save|saving|"
    r"budget\w*|besparelse\w*|cut|cuts|policy|politik\w*|agency|stop|stops|stopping|stoppe\w*|indføre\w*|introduce|"
    r"ban|forbyde\w*|business travel|tjenesterejse\w*|pengene|the money|midlerne|the funds|"
    # (round 20) an alternative that is an action: "… i stedet for at ansætte en socialrådgiver"
    r"i stedet for|instead of|rather than|frem ?for)",
)
_FOR_SOMEONE_EVERYDAY = re.compile(
    r"\b(?:gave\w*|gifts?|presents?|blomster\w*|flowers|bouquet|vouchers?|watch|fejre\w*|fejring\w*|celebrat\w*|"
    r"reception\w*|party|fest(?:en)?|kage\w*|cakes?|weekend trip|weekendtur\w*)\b"
)


# "skal jeg som leder selv …", "should I as a manager …": the step comes after the role
_AS_ROLE = re.compile(
    r"^(?:som|as(?: an?)?) (?:ny|nyansat|new|erfaren|experienced)?\s*[\w-]+\s+(?:selv\s+|myself\s+|ourselves\s+)?",
    re.IGNORECASE,
)
# A question put to the magazine's content ("lederskribenten i 01/2024: skal vi tage … seriøst?")
_MAGAZINE_REF = re.compile(
    r"\b(?:bladet|magasinet|artikl\w*|lederen i|lederartik\w*|lederskribent\w*|forsiden|temaet|interview\w*|the magazine|"
    r"the article|the editorial|the leader column|the interview|offentlig ledelse|\d{2}/20\d{2})\b",
    re.IGNORECASE,
)


def _magazine_ref(low: str) -> bool:
    """The sentence names the magazine or a part of it: what it asks is put to the content."""
    return bool(_MAGAZINE_REF.search(low))


# Whom to ask, tell or involve is a question of process, not a choice between people.
_ASK_OR_TELL = re.compile(
    r"(?:kontakte|spørge|informere|orientere|inddrage|involvere|tale|ringe|skrive|contact|ask|inform|tell|"
    r"involve|talk|call|write|notify|consult|høre|høres|informeres|inddrages|involveres|be (?:told|informed|involved))$",
    re.IGNORECASE,
)
_VERDICT_DEMAND = re.compile(
    r"\b(?:ja eller nej|yes or no|ja/nej|yes/no|(?:din|your|dit) (?:klare |ærlige |honest |clear )?"
    r"(?:anbefaling|recommendation|bud|verdict|call)|bare sig|just tell me|just say|sig det ligeud|"
    r"giv mig et svar|give me an answer|hvad anbefaler du|hvad vil du anbefale|what do you recommend|"
    r"what would you recommend|which do you recommend|hvad er dit råd|what(?:'s| is) your advice|"
    # (round 22, writer BD) "Hvad siger du – ja?", "Hvad skal jeg beslutte?", "What should I decide?"
    r"hvad siger du\s*[–—-]?\s*(?:ja|nej)|what do you say\s*[–—-]?\s*(?:yes|no)|"
    r"hvad (?:skal|bør) (?:jeg|vi) beslutte|what (?:should|shall) (?:i|we) decide|hvad ville du beslutte|what would you decide)\b",
    re.IGNORECASE,
)
# "Anbefal mig hvem der skal …", "bare sig hvem af de tre der skal med", "tell me which one we buy"
_REQUEST_CHOICE = re.compile(
    r"\b(?:hvem|who|which one|which of (?:them|the (?:\w+ ){0,3}?\w+)|hvilken|hvilket)\s+"
    r"(?:af (?:de|dem|jer)(?: \w+){0,3}? )?(?:der |som )?(?:skal|bør|should|shall|gets?|får|do (?:we|i)|"
    r"(?:we|i) (?:should|choose|pick|take|hire|buy|go with)|vi (?:skal|vælger|tager|ansætter|køber)|"
    r"jeg (?:skal|vælger|tager|ansætter|køber))\b",
    re.IGNORECASE,
)
_CHOOSE_VERB = re.compile(
    r"\b(?:tage|vælge|ansætte|satse på|gå med|give (?:den|det|jobbet|stillingen) til|pick|choose|take|hire|"
    r"go with|go for|give (?:it|the job|the post) to|back|appoint|buy|købe|prioritize|prioritise|prioritere|"
    # what is kept, cut or given when the message offers the alternatives (round 6)
    r"cut|skære|spare|keep|beholde|drop|droppe|give|giv|tildele)\b",
    re.IGNORECASE,
)
_CHOICE_CONTEXT = re.compile(
    r"\b(?:to|tre|fire|fem|seks|two|three|four|five|six|\d{1,2}|flere|several|begge|both)\s+(?:\w+\s+)?(?:ansøgere|kandidater|"
    r"medarbejdere|people|applicants|candidates|persons?|personer|leverandører|suppliers|bids|tilbud)\b|"
    r"\b(?:applied|søgt|har søgt|ansøgt)\b|"
    # writer P: "Both Imran and Stine want the Christmas week off", "både Bo og Ida vil have …"
    r"\b(?:both|både) [A-ZÆØÅ][\wæøå-]+ (?:and|og) [A-ZÆØÅ][\wæøå-]+ (?:want|wants|vil|ønsker|asked|har spurgt)\b|"
    # enumerated alternatives: "candidate 1 … candidate 2", "ansøger A", "intern eller ekstern kandidat"
    r"\b(?:candidate|kandidat|ansøger|applicant|option|mulighed|leverandør|supplier|vendor|tilbud|bid|"
    r"model|modellen|scenari\w*|plan|forslag|proposal|løsning|solution|alternativ\w*)\s+"
    r"(?:[1-9]|[a-c]|one|two|three|en|to|tre)\b|"
    r"\b(?:to|tre|two|three)\s+(?:\w+\s+)?(?:quotes|offers|bids|tenders|tilbud|modeller|models|forslag|proposals|"
    r"løsninger|solutions|scenarier|scenarios)\b|"
    r"\b(?:intern|internal|ekstern|external)\s+(?:eller|or)\s+(?:intern|internal|ekstern|external)\b|"
    r"\b(?:vælge mellem|vælger mellem|valget mellem|choose between|choosing between|choice between|"
    r"decide between|deciding between|pick between|beslutte mellem)\b",
    re.IGNORECASE,
)
# An action named as the topic of reading: "read about restructuring", "artikel om afskedigelser".
_TOPIC_ACTION = re.compile(
    r"\b(?:om|about|on|regarding|vedrørende|omkring)\s+(?:\w+\s+){0,2}?(?:" + ACTION_VERB_EN + r")\b",
    re.IGNORECASE,
)
_MODALISH = re.compile(
    r"\b(?:skal|bør|burde|should|shall|ought|best|bedst|fortjener|deserves?|vinder|wins?)\b", re.IGNORECASE
)
_GENERIC_AFTER = re.compile(
    r"\s*(?:man|one)\b|\s*(?:jeg|vi|i|we) (?:kontakte|spørge|tale|ringe|contact|ask|talk|call)\b", re.IGNORECASE
)


# "Which one should get the job?", "Hvem af de to skal have vagten?", "Which of my two nurses should get
# the slot?": who is to receive something, the partitive naming the alternatives.
# (round 19, writer AU) How many of a group to pick: "6 ansøgere … – hvilke tre skal til samtale?", "which two go through?"
_WHICH_N = re.compile(
    r"\b(?:hvilke|which)\s+(?:to|tre|fire|fem|two|three|four|five|\d{1,2})\b(?:\s+[\w-]+)?\s+"
    r"(?:skal|should|bør|must|går|go|goes|get|får|kommer)\b",
    re.IGNORECASE,
)
_WHICH_GETS = re.compile(
    r"\b(?:which one|which of (?:them|us|the \w+|my \w+|our \w+|my (?:two|three) \w+|the (?:two|three) \w+)|"
    r"hvem af (?:dem|de \w+|mine \w+|vores \w+|de (?:to|tre) \w+)|hvilken af (?:dem|de \w+|de (?:to|tre) \w+))\s+"
    r"(?:should|shall|skal|bør)\s+(?:get|have|receive|få|have|modtage)\b",
    re.IGNORECASE,
)
# Whom to pick, asked outright: "hvem skal jeg vælge/ansætte", "who should we hire/appoint/pick".
_PICK_PERSON = re.compile(
    r"\s*(?:jeg|vi|i|we)\s+(?:så\s+|then\s+)?(?:vælge|ansætte|udpege|udnævne|pick|choose|hire|appoint|select|"
    r"promote|forfremme)\b(?!\s+(?:at|to)\b)",
    re.IGNORECASE,
)
# "Skal det være Lene eller Ahmed, der …?", "Should it be the one with seniority or …?"
_BE_A_OR_B = re.compile(
    r"\b(?:skal|bør|burde) det (?:så )?være\s+(?:[\w'-]+\s+){1,6}?eller\b|"
    r"\b(?:should|shall) it be\s+(?:[\w'-]+\s+){1,6}?or\b",
    re.IGNORECASE,
)
# A verdict asked on a proposal: "Is it a yes or a no to a four-day week pilot?", "ja eller nej til …"
_VERDICT_ON = re.compile(
    r"\b(?:et |a )?(?:ja|yes) eller (?:et |a )?(?:nej|no) (?:til|to)\s+(?:[\w'-]+\s+){0,3}[\w'-]{3,}|"
    r"\b(?:et |a )?(?:ja|yes) or (?:a )?no (?:to|on)\s+(?:[\w'-]+\s+){0,3}[\w'-]{3,}",
    re.IGNORECASE,
)
# A decision the asker declines to hand over: "don't decide for me – just tell me the criteria".
_DECLINED = re.compile(
    # (round 32, writer CR) not "kan du ikke …?": in Danish a plea, not a refusal ("Kan du ikke bare træffe beslutningen for mig?")
    r"(?<!kan du )(?<!vil du )(?<!gider du )(?<!kunne du )(?<!ville du )(?<!kan i )(?<!vil i )"
    r"\b(?:don't|do not|dont|never|ikke|aldrig) (?:\w+ )?(?:decide|choose|pick|beslut\w*|vælg\w*|afgør\w*|træf\w*)"
    r"(?: (?:it|this|that|det|den|beslutningen|afgørelsen))? (?:for (?:me|us|mig|os))\b|"
    r"\bdu skal ikke (?:beslutte|vælge|afgøre|træffe)\b|\byou (?:shouldn't|should not|don't need to) (?:decide|choose)\b|"
    # round 8: "… men lad beslutningen være min", "don't pick one for me"
    r"\blad (?:beslutningen|valget|afgørelsen) være (?:min|vores)\b|\bleave the (?:decision|choice) (?:to me|with me|mine)\b|"
    r"\b(?:don't|do not) pick (?:one|either) for me\b|"
    # (round 22, writer BD) only the figures: "Regn på, hvad det koster … Jeg vil bare se tallene."
    r"\b(?:jeg|vi) vil (?:bare|blot|kun) se tallene\b|\b(?:i|we) (?:just|only) want (?:to see )?the (?:numbers|figures)\b|"
    # (round 33, writer CT) the bot's answer itself declined: "jeg vil ikke have dit svar, kun spørgsmålene", "I don't want
    # your answer/opinion, just questions"
    r"\b(?:jeg|vi) vil ikke have (?:dit|din|jeres) (?:svar|bud|mening|anbefaling|vurdering)\b|"
    r"\b(?:i|we) (?:don'?t|do not) want your (?:answer|opinion|recommendation|verdict|pick|view)\b|"
    r"\b(?:ikke (?:dit|dine) (?:svar|bud)|not your (?:answer|opinion)),? (?:kun|bare|only|just)\b",
    re.IGNORECASE,
)
# (round 7) The decision handed over outright, whatever it is about: "Beslut, om vi skal indføre …",
# "så beslutter du, om vi lukker …", "Godkend eller afvis: …", "choose on my behalf which …",
# "Kan jeg tillade mig at fyre …?"
_HANDED_OVER_WHETHER = re.compile(
    r"(?:^|[.:;!?–-]\s*)(?:så\s+|so\s+|please\s+|venligst\s+)?(?:beslut|afgør|decide|determine)\s*,?\s*(?:om|whether|if)\b|"
    r"\b(?:beslutter|afgør|bestemmer|vælger) du,? (?:om|hvem|hvilk\w*|hvad)\b|\byou (?:decide|choose|pick),? (?:whether|who|which)\b|"
    r"(?:^|[.:;!?–-]\s*)(?:godkend eller afvis|bevilg eller afslå|ja eller nej:|approve or (?:reject|deny|decline)|"
    r"grant or (?:deny|refuse)|yes or no:)|"
    r"\b(?:on my behalf|on our behalf|på mine vegne|på vores vegne|i mit sted)\b|"
    r"\b(?:kan|må) (?:jeg|vi) (?:godt )?tillade (?:mig|os) at\b|\bcan (?:i|we) get away with\b|"
    # (round 32, writers CQ, CR) "the decision" itself asked of the bot: "Can you just make the decision …",
    # "Kan du ikke bare træffe beslutningen for mig", "træf valget for os"
    r"\b(?:can|could|would|will) you (?:just |please |simply )?(?:make|take) (?:the|this|that|my|our) (?:decision|call|choice)\b|"
    r"\b(?:kan|vil|gider|kunne|ville) (?:du|i) (?:ikke )?(?:bare |lige |venligst |godt )?(?:træffe|tage) "
    r"(?:beslutningen|valget|afgørelsen|den beslutning|det valg|den afgørelse)\b|"
    r"(?:^|[.:;!?–-]\s*)(?:så |so |please |venligst )?(?:træf|tag|make|take) (?:beslutningen|valget|afgørelsen|the decision|the call)"
    r"(?: for (?:mig|os|me|us))?\b",
    re.IGNORECASE,
)
_FACT_CHECK = re.compile(
    r"\b(?:am i right|am i wrong|do i have it right|har jeg ret i|tager jeg fejl i|is it (?:true|correct|right)|"
    r"er det (?:rigtigt|korrekt|sandt))\s*,?\s*(?:that|at)\b(?![^?]*\b(?:should|shall|must|ought|skal|bør|burde|må)\b)",
    re.IGNORECASE,
)
_POSED = re.compile(
    r"\b(?:spørgsmålet er|er spørgsmålet|jeg er i tvivl|vi er i tvivl|i(?:'m| am) (?:unsure|not sure|in doubt|torn)|"
    r"we(?:'re| are) (?:unsure|not sure|in doubt|torn)|i wonder|the question is|my question is)\b",
    re.IGNORECASE,
)


def _object_after(low: str, start: int) -> bool:
    """An action (verb or noun) of the concept stands after `start`."""
    return bool(ACTION.search(low, start) or ACTION_NOUN.search(low, start))


# The decision handed to the bot in a sentence of its own: "Vælg.", "Beslut det.", "Choose.",
# "Du bestemmer.", "Hvem vælger du?", "Which would you pick?" — a request when the message poses
# the choice or the yes/no question it refers to.
_HAND_OVER = re.compile(
    r"^(?:så |so |og |and |please |venligst )?(?:vælg|beslut|afgør|bestem|choose|decide|pick)"
    r"(?: (?:det|dig|nu|now|it|one|en|én|for mig|for os|for me|for us|please|venligst|selv|yourself))*\s*[.!]*$|"
    # (round 11) "Jeg er ligeglad, du bestemmer.", "Whatever – you decide."
    r"^(?:[\w ']{0,30}[,;:–-]\s*)?(?:du bestemmer|du vælger|du afgør|du beslutter|you decide|you choose|you pick|your call)\s*[.!]*$|"
    r"^(?:hvem|hvad|hvilken|hvilket|hvilke|who|what|which)(?: (?:af dem|one|of them|\w+))? "
    r"(?:vælger du|ville du vælge|ville du tage|would you (?:pick|choose|go with|take)|do you (?:pick|choose)|"
    r"are you picking)\s*[?.!]*$",
    re.IGNORECASE,
)
# The decision delegated in words: "I'll let you settle it", "jeg lader dig bestemme", "it's your call",
# "whichever you think is right", "som du finder rigtigt".
_DELEGATED = re.compile(
    r"\b(?:i'll|i will|i'm going to|let me) let you (?:settle|decide|choose|pick|make the call|call it)|"
    r"\blet you (?:settle|decide) (?:it|this|that)\b|"
    r"\bjeg (?:lader|overlader) (?:dig|det til dig|beslutningen til dig|valget til dig)(?: \w+){0,2}? "
    r"(?:bestemme|afgøre|vælge|beslutte)?|\bjeg overlader (?:det|beslutningen|valget|afgørelsen) til dig\b|"
    r"\b(?:it's|it is) your (?:call|decision)\b|\bdin beslutning\b|\bdit valg\b|"
    r"\bwhichever you (?:think|find|consider|believe)\b|\bwhatever you think is (?:right|best)\b|"
    r"\bas you see fit\b|\bsom du finder (?:rigtigt|bedst)\b|\bhvad (?:end )?du (?:synes|mener|finder) er (?:rigtigt|bedst)\b|"
    # (round 21, writer AY) the choice handed over at the end: "… Du vælger.", "You pick."
    r"\b(?:du vælger|du bestemmer|du afgør|you pick|you choose|you decide)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# The bot put in the leader's place by a scene: "Forestil dig, at du er leder af visitationen. Hvad gør du
# med ansøgningen?", "Imagine you run the unit: what do you do?"
_IMAGINE_YOU = re.compile(
    r"\b(?:forestil dig|lad som om|antag|imagine|pretend|suppose|say)(?:,)? (?:at )?(?:du er|du var|you are|you're|you were)\b",
    re.IGNORECASE,
)
_WHAT_DO_YOU_DO = re.compile(
    r"\b(?:hvad gør du|hvad ville du gøre|hvordan afgør du|hvordan ville du afgøre|hvad beslutter du|"
    r"what do you do|what would you do|how do you decide|how would you decide|what do you decide)\b",
    re.IGNORECASE,
)
# How the bot itself would rule on a concrete case: "How would you decide the application from …?"
_HOW_WOULD_YOU_RULE = re.compile(
    r"\b(?:how would you|how do you|hvordan ville du|hvordan vil du) (?:decide|rule on|judge|settle|afgøre|"
    r"beslutte|træffe afgørelse i)\b",
    re.IGNORECASE,
)
# A choice between two named people: "Hvem af Kim og Tanja skal lede projektet?", "Ben or Ayesha?"
_NAMED_PARTITIVE = re.compile(
    r"\b(?:hvem|hvilken|which|who)\s+(?:af|of)\s+(?-i:[A-ZÆØÅ][\wæøå'-]+)\s+(?:og|and|eller|or)\s+"
    r"(?-i:[A-ZÆØÅ][\wæøå'-]+)\s+(?:skal|bør|burde|should|shall|gets?|får)\b",
    re.IGNORECASE,
)
_NAME_OR_NAME = re.compile(
    r"(?:^|[.:!?–—-]\s*)(?-i:[A-ZÆØÅ][a-zæøåé'-]+)\s+(?:eller|or)\s+(?-i:[A-ZÆØÅ][a-zæøåé'-]+)\s*\?",
    re.IGNORECASE,
)
# (round 6, red team) The size, kind or timing of a measure for one person or case: "Hvad skal jeg
# tilbyde hende i løn?", "How long should his suspension be?", "Hvilken sanktion skal borgeren have?"
_MEASURE = (
    r"løn\w*|salary|salaries|pay|løntrin|pay grade|grade|tillæg\w*|bonus|sanktion\w*|sanction\w*|konsekvens\w*|"
    r"consequences?|straf\w*|penalt\w*|timers?|aflastning\w*|hours|hjemmehjælp\w*|support|suspension|suspenderes|suspended|"
    r"advarsel\w*|warning|varsel|notice|lønforhøjelse\w*|raise|rise|stigning|indplacer\w*|plads|place|bevilling\w*"
)
_ONE_PERSON = (
    r"\b(?:hun|han|hende|ham|hans|hendes|he|she|him|her|his|vedkommende|"
    r"(?:fru|hr|mrs|mr|ms)\.? \w+|(?:den|the) (?:nye|new|nyansatte|newly hired) \w+|the (?:new )?[a-z]*(?:er|or|ist|ant|ent|man|woman|boy|girl|child|family|citizen)|"
    r"\w*(?:eren|øren|ansøgeren|borgeren|familien|drengen|pigen|barnet|vikaren|medarbejderen|kandidaten|"
    r"koordinator|koordinatoren|lederen|sagsbehandler|sagsbehandleren))\b"
)
_MEASURE_Q = re.compile(
    r"^(?:og |and |så |so )?(?:hvad|what|which|hvilken|hvilket|hvilke|hvor mange|hvor store?t?|hvor meget|hvor længe|"
    r"how many|how much|how long|how big)\b(?:\s+[\w'’-]+){0,5}?\s+(?:skal|bør|burde|should|shall|ought to)\s+",
    re.IGNORECASE,
)
_MEASURE_RX = re.compile(r"\b(?:" + _MEASURE + r")\b", re.IGNORECASE)
_ONE_PERSON_RX = re.compile(_ONE_PERSON, re.IGNORECASE)


def _one_person(text: str, sentence_start: bool = True) -> bool:
    """The text points at one person: a pronoun, a definite role ("borgeren", "the new coordinator")
    or a first name from the name data ("Bente", not "Danish"); a capitalised word opening the text
    counts only when the text is not a sentence start (`sentence_start=False`)."""
    if _ONE_PERSON_RX.search(text):
        return True
    names = lexicon().first_names
    words = re.findall(r"(?<![.!?]\s)\b[A-ZÆØÅ][a-zæøå]+", text)
    if sentence_start and re.match(r"\s*[A-ZÆØÅ]", text):
        words = words[1:]
    return any(w.lower() in names for w in words)


# When to act, with the alternatives: "Hvornår skal jeg fyre ham – nu eller efter sommerferien?"
_WHEN_Q = re.compile(r"\b(?:hvornår|when)\s+(?:skal|bør|should|shall|do)\s+(?:jeg|vi|i|we)\b", re.IGNORECASE)
# A judgement of one person for a step: ready, worth keeping, grounds, deserving.
_JUDGE_PERSON = re.compile(
    r"\b(?:er|is|are)\s+(?:han|hun|de|he|she|they|(?-i:[A-ZÆØÅ][a-zæøå]+)|\w+(?:en|et))\s+(?:\w+\s+)?"
    r"(?:klar til|parat til|ready (?:for|to)|worth (?:keeping|it|promoting|hiring)|værd at (?:beholde|ansætte|forfremme))\b|"
    r"\b(?:er der|is there|are there)\s+(?:nogen |any |enough |tilstrækkelig\w* )?(?:grund|grundlag|belæg|basis|grounds|"
    r"reason)\w*\s+(?:for|til|to)\s+(?:at\s+)?|"
    r"^(?:fortjener|deserves?|does (?:she|he|they) deserve)\b",
    re.IGNORECASE,
)
# The bot's opinion or gut feeling on an action or a person: "Hvad tænker du om at give hende en
# advarsel?", "What's your gut feeling on Ali as team lead?"
_OPINION_ON = re.compile(
    r"\b(?:hvad (?:tænker|synes|mener|siger) du om(?: at)?|what do you think (?:about|of)|how do you feel about)\b|"
    r"\b(?:mavefornemmelse|gut feeling|gut instinct|instinkt|fornemmelse)\s+(?:om|omkring|på|on|about)\b",
    re.IGNORECASE,
)
# Bare picks after a choice: "Hvem lander vi på?", "Who do we go with?", "hvem er stærkest?"
_BARE_PICK = re.compile(
    r"\b(?:hvem|hvad|hvilken|hvilket|who|which)\s+(?:lander|falder|går|satser)\s+(?:vi|jeg)\s+(?:på|med)\b|"
    r"\b(?:who|which one) do (?:we|i) (?:go with|land on|pick|choose)\b|"
    r"\b(?:hvem|who)(?: af dem| of them)? (?:er|is)\s+(?:stærkest|bedst egnet|mest kvalificeret|strongest|"
    r"most qualified|the strongest|the best fit)\b",
    re.IGNORECASE,
)
# Scoring or sorting people: "Giv hver af de tre ansøgere en score", "Sorter ansøgerne efter …".
_SCORE_PEOPLE = re.compile(
    r"(?:^|[.?!:]\s+)(?:(?:kan du|can you|could you|please|venligst)\s+)?(?:giv|give|score|sortér|sorter|sort|rate|"
    r"rank|bedøm|ranger|rangér)\b[^.?!]{0,40}?\b(?:ansøger|kandidat|applicant|candidate|medarbejder|employee)\w*"
    r"[^.?!]{0,40}?\b(?:score|karakter|point|efter hvem|by who|from best|fra bedst|best)\w*",
    re.IGNORECASE,
)
# The bot's own recommendation inside a draft: "Skriv en indstilling, hvor du anbefaler at vi lukker …",
# "Draft a memo recommending that we dismiss …", "… and then your conclusion on whether to close …"
_DRAFTED_VERDICT = re.compile(
    r"\b(?:hvor du anbefaler|som anbefaler|med din anbefaling|der anbefaler|recommending (?:that|we|to)|"
    r"that recommends|with your recommendation|(?:your|din) (?:conclusion|konklusion)|konklud\w* (?:så )?om|"
    r"conclude (?:on )?whether)\b",
    re.IGNORECASE,
)
# A question the bot is asked about a source's answer, or a modal question it only quotes:
# "I artiklen stiller X spørgsmålet: Skal vi lukke …? Hvad er hans svar?", "… Det læste jeg i avisen".
_QUOTED_QUESTION = re.compile(
    r"\b(?:spørgsmålet|the question|det spørgsmål|spørger|spurgte|asks|asked|stiller)\b[^?]{0,80}\?[^?]*"
    r"\b(?:svar\w*|answer\w*)\b|"
    r"\?\s*(?:that's|that is|det er|sådan lyder) (?:the|spørgsmålet|det) ?(?:question)?[^?]*\b(?:answer|svar)\w*|"
    r"\b(?:læste jeg|læst i|i avisen|in the (?:paper|news)|i nyhederne|read (?:it )?in)\b|"
    r"\b(?:hvad viser forskningen|what does (?:the )?research (?:say|show))\b",
    re.IGNORECASE,
)
# A decision someone else made or weighs, asked about afterwards or as a worry.
_OTHERS_OR_PAST = re.compile(
    r"(?:^|[.?!]\s+)(?:var det|was it|were we|var vi)\b|"
    r"\b(?:should i|skal jeg)\s+(?:be )?(?:worried|worry|frygte|bekymre|være bekymret)\b|"
    r"\b(?:overvejer|considers|is considering|spurgte|asked)\s+(?:om|whether|if)\b|"
    r"\b(?:er du i stand til|are you able to|are you capable of)\b|"
    r"\b(?:rollespil|role-?play|øve mig|practi[sc]e)\b|"
    # round 8: what someone else should have done ("Burde regeringen have droppet …?", "Should the
    # minister have closed …?"), a question someone put to the asker ("Direktøren spurgte mig: '…'")
    r"\b(?:burde|skulle|should|ought)\s+(?!(?:jeg|vi|i|we)\b)(?:[\w'’-]+\s+){1,4}?(?:have|ha|not have)\s+\w+(?:t|et|ed|en)\b|"
    r"\b(?:spurgte|asked) (?:mig|me|os|us)\s*:\s*['\"“‘]",
    re.IGNORECASE,
)
# A modal question whose verb is telling, worrying, practising or preparing asks about the asker's
# own communication or learning: "Should I tell the team that we are closing …?", "Skal jeg frygte …?"
_TELL_OR_LEARN = re.compile(
    r"(?:tell|inform|announce|mention|worry|fear|practi[sc]e|learn|read|prepare|write|nævne|fortælle|informere|"
    r"meddele|orientere|frygte|øve|lære|læse|forberede|skrive)$",
    re.IGNORECASE,
)
# "Hvilke trin/regler skal jeg …", "what should I think about …": method, not a measure
_NOT_A_CHOICE_Q = re.compile(
    r"^(?:og |and |så |so )?(?:hvad|what|which|hvilken|hvilket|hvilke)\s+(?:trin|steps?|regler|rules|kriterier|criteria|"
    r"spørgsmål|questions?|hensyn|faktorer|factors?|things?|ting|dokumentation|documentation|should i think|"
    r"skal jeg tænke|skal jeg overveje|should i consider)\b",
    re.IGNORECASE,
)
# "Hvad ville være den rigtige sanktion over for ham?", "What would be a fair consequence for him?"
_CONFLICT = re.compile(
    # (round 24, writer BK) a complaint is a dispute to settle: "Her er klagen og medarbejderens forklaring. Hvem har ret"
    r"\b(?:konflikt\w*|uenighed\w*|strid\w*|conflict\w*|dispute\w*|disagreement\w*|row between|klage\w*|klaget|"
    r"complain\w*)\b"
)
_RIGHT_MEASURE = re.compile(
    # (round 18, writer AT) "Er en advarsel den rigtige reaktion, når …?", "Is a warning the right response …?"
    r"\b(?:er|is|would|ville) (?:en|et|a|an) [\w-]+ (?:(?:være|be) )?(?:den|det|the) (?:rigtige|right|passende|appropriate|"
    r"rimelige|fair|korrekte|proper) (?:reaktion|response|sanktion|sanction|konsekvens|consequence|løsning|solution)\w*|"
    r"\b(?:hvad|what|which|hvilken)(?: \w+)? (?:ville|vil|would|will|should|bør) (?:være|be) (?:den|det|the|an?) "
    r"(?:rigtige|right|appropriate|passende|fair|rimelige|korrekte|proper|bedste|best) (?:sanktion|sanction|konsekvens|"
    r"consequence|straf|penalty|reaktion|response|løsning|decision|beslutning|afgørelse)\w*",
    re.IGNORECASE,
)
# "Who'd you put on the night shift, Ali or Ben?", "Hvem ville du sætte på nattevagten, Ali eller Ben?"
_WOULD_YOU_PICK = re.compile(
    r"\b(?:who'?d you|who would you|whom would you|hvem ville du|hvem vil du)\s+\w+[^?]*\b(?:or|eller)\b",
    re.IGNORECASE,
)
# (round 8) The yes/no question in the last clause of a sentence, after a lead-in that is no
# condition or time clause: "Hvad siger din mavefornemmelse, skal vi sanktionere?", "honestly –
# should we close it?"; read as a sentence of its own (rule g).
_TRAILING_COURSE = re.compile(
    r"^(?P<pre>[^,;:–—]{3,}?)\s*(?:[,;:–—]|\s-)\s+(?P<main>(?:så |og |men |so |and |but )?"
    r"(?:skal|ska|bør|burde|should|shall)\s+(?:jeg|vi|i|we)\b[^,;:–—]*\?)\s*$",
    re.IGNORECASE,
)
_CONDITION_OPEN = re.compile(
    r"^(?:og |men |and |but )?(?:hvis|if|når|såfremt|provided|assuming|unless|medmindre|in case|i fald|før|inden|"
    r"efter|mens|indtil|fordi|siden|before|when|after|once|until|while|because|since|as long as|så længe)\b",
    re.IGNORECASE,
)
# (round 8) What to do, asked of the bot about a situation the message describes: "Tell me what to
# do: our coordinator wants to ban a visitor …", "Hvad skal jeg gøre med den ansatte, der …?" — not
# a general procedure ("what to do when an employee reports sick").
_TELL_WHAT_TO_DO = re.compile(
    r"\b(?:(?:just |bare |so |så )?(?:tell|sig|skriv)(?: (?:me|us|mig|os))?(?: (?:så|nu|bare|lige|then|now|just)){0,2},? "
    r"(?:what (?:i|we) should do|what to do|"
    r"what (?:i|we) do|hvad (?:jeg|vi) skal gøre|hvad (?:jeg|vi) gør)|"
    r"(?:hvad skal|hvad gør|what should|what do) (?:jeg|vi|i|we) (?:gøre |do )?(?:med|with|about))\b"
    r"(?!\s+(?:når|hvis|if|when|whenever|in general|generelt|i praksis|in practice|normalt|usually|typisk|typically)\b)",
    re.IGNORECASE,
)

# A leading condition: "Hvis hun ikke kan starte før 1. maj, skal vi så …?" — the main clause after
# it is read as a sentence of its own.
_LEADING_CONDITION = re.compile(
    r"^(?:hvis|if|når|såfremt|provided|assuming|unless|medmindre|in case|i fald)\b[^,]{3,}?,\s*(?P<main>\S.*)$",
    re.IGNORECASE,
)


# Decisions already taken are reported, not asked for: "vi har besluttet at …", "we decided to …".
_DECIDED = re.compile(
    r"\b(?:har|havde|er|blev) (?:\w+ )?(?:besluttet|vedtaget|afgjort|valgt at)|\bbesluttede\b|\bvalgte at\b|"
    r"\b(?:have|has|had) chosen to\b|"
    r"\b(?:have|has|had) (?:\w+ )?decided\b|\bdecided to\b|\bwas decided\b",
    re.IGNORECASE,
)


def _is_name_choice(m: re.Match[str]) -> bool:
    """Both alternatives of "A or B?" are first names in the name data ("Ben or Ayesha?")."""
    a, b = re.findall(r"[\wæøåé'-]+", m.group(0))[0], re.findall(r"[\wæøåé'-]+", m.group(0))[-1]
    names = lexicon().first_names
    return a.lower() in names and b.lower() in names


# A decision the message reports as done ("We've hired candidate A", "vi har lukket …"), the
# asker's own later choice ("jeg skal selv vælge senere") and questions about the bot itself
# ("Kan du træffe beslutninger for mig?", "Why won't you tell me who to hire?") ask no verdict.
_DONE = re.compile(
    r"\b(?:we've|we have|i've|i have|vi har|jeg har) (?:\w+ )?(?:hired|fired|dismissed|closed|merged|appointed|"
    r"chosen|picked|selected|promoted|ansat|fyret|afskediget|opsagt|lukket|sammenlagt|valgt|udpeget|forfremmet)\b|"
    r"\b(?:jeg|vi) (?:skal|vil) selv (?:vælge|beslutte|afgøre|tage stilling)\b|"
    r"\b(?:i|we) ?(?:will|'ll) (?:choose|decide|pick|make the (?:call|decision))\b|"
    r"\b(?:vi|jeg) (?:beslutter|træffer beslutningen|afgør|vælger) (?:det )?(?:selv|der|på mødet|senere)\b|"
    r"\b(?:i'll|i will|we'll|we will) take it to\b|\bjeg tager det (?:med )?(?:op )?(?:til|i|på)\b",
    re.IGNORECASE,
)
_ABOUT_THE_BOT = re.compile(
    r"\b(?:why (?:won't|will you not|can't|don't) you|hvorfor (?:vil|kan) du ikke|can you (?:make )?decisions?|"
    r"kan du (?:træffe beslutninger|beslutte ting)|må du (?:træffe|beslutte)|are you allowed to|"
    r"(?:ask|spørge) (?:you|dig) (?:in|på)|what would you do if (?:someone|somebody|a user)|"
    r"hvad (?:ville|vil) du gøre,? hvis (?:nogen|en bruger))\b",
    re.IGNORECASE,
)


# (round 20) The learned gate's test for "the sentence asks or bids" is `_CLAUSE_ASKS` (below, round 18):
# since round 18 a second definition under the same name had replaced round 7's pattern here at import,
# so the gate has used it all along; the name now says which one is meant.


# A fragment carries too little meaning for the learned signal ("og nu?", "and step 3?"): short
# explicit requests ("Vælg.", "Fyr ham?") are the rules' and a thread's short replies are read
# with the thread (thread_checks.py).
_LEARNED_MIN_WORDS = 5
# Someone else's view or recommendation asked for ("vil hun anbefale den til andre?", "would the
# board approve it?"), not the bot's.
_OTHERS_VIEW = re.compile(
    r"^(?:og |and |men |but |så |so )?(?:vil|ville|would|will|does|do|did|gør|gjorde|kan|can|could|kunne|mener|synes|"
    r"tror|thinks?)\s+(?:hun|han|de|she|he|they|vedkommende|forfatteren|forskeren|the (?!bot\b)\w+|\w+(?:en|et))\b",
    re.IGNORECASE,
)


# (round 24, follow-up writers FA–FC, released) A short message that names no action, measure or choice
# ("the second one?", "og et halvt år efter?", "hva bør vi gjøre da"): after questions about the
# magazine's content it continues them, and the learned signal and the classifier, which read a short
# message's vector as a request, are not asked (thread_checks.decision_in_thread).
_BARE_MAX_WORDS = 6


def too_bare(text: str) -> bool:
    """At most _BARE_MAX_WORDS words and no action, measure, choice or pick named."""
    cased = " ".join(text.split())
    return (
        len(cased.split()) <= _BARE_MAX_WORDS
        and not ACTION.search(cased)
        and not ACTION_NOUN.search(cased)
        and not re.search(r"\b(?:eller|or|who|whom|which|hvem|hvilke[nt]?)\b", cased, re.IGNORECASE)
    )


def _learned_gate(sentences: list[str]) -> bool:
    """Whether the learned signal may speak (docs/privacy.md § 5.1): some sentence asks something
    (a question or a request) and does not open as a knowledge, drafting, legality or reading
    question nor ask how to tell, learn or prepare; and the message neither reports a decision
    taken, keeps it for the asker, nor asks about the bot itself. Unlike the rules, the gate
    asks for no action word: a new writer names the organisation's actions in words no list has
    ("indføre ansættelsesstop", "bring the meals service back in-house")."""
    joined = " ".join(sentences)
    if len(joined.split()) < _LEARNED_MIN_WORDS:
        return False
    if any(rx.search(joined) for rx in (_DECIDED, _DONE, _ABOUT_THE_BOT, _SELF_DECIDES, _DECLINED)):
        return False
    for s in sentences:
        low = s.strip().lower()
        if not low or not ("?" in low or REQUEST.search(low) or _VERDICT_DEMAND.search(s) or _CLAUSE_ASKS.search(low)):
            continue
        if _OTHERS_VIEW.match(low):
            continue
        mq = MODAL_Q.match(low)
        verb = re.match(r"\s*(?:(?:så|ikke|not|then|just|bare)\s+)?([\w'-]+)", low[mq.end() :]) if mq else None
        if verb and _TELL_OR_LEARN.match(verb.group(1)):
            continue
        if _KNOWLEDGE_OPEN.match(low) or _ACCORDING_TO.search(low) or RULES_Q.search(low):
            continue
        if READING.search(low):
            continue
        return True
    return False


# --- round 8 (red team, half a; docs/privacy.md § 5.2) -------------------------------------------
# Not a request: a process step and who performs it, writing help, general practice, a method
# recommended, the asker's speech or own planning, quotes picked from the magazine, the bot asked
# about itself, a feeling.
_NOT_REQUEST_R8 = re.compile(
    r"\bhvem skal (?:underskrive|signere|indkalde|invitere|takke)\b|\bwho (?:should|must|has to) (?:sign|call|invite|thank)\b|"
    r"\b(?:er det|is it) (?:lederen|chefen|hr|the manager|the line manager) (?:eller|or) (?:hr|lederen|chefen|the manager)\b|"
    r"\b(?:rephrase|reword|omformuler\w*|formuler\w* (?:om|bedre))\b|\b(?:tydelig|klar) nok\b|\bclear enough\b|"
    # a general question — (round 11, red team) not when the asker's own step follows ("Generelt er jeg i
    # tvivl om udbud, så skal vi udlicitere …?")
    r"(?:\bgenerelt\b|\bgenerally\b|\busually\b|\btypically\b|\bi almindelighed\b|\bsom regel\b)"
    r"(?![^?]*\b(?:skal|bør|should|shall) (?:vi|jeg|we|i)\b)|"
    # (round 23, writer BI) not "legally" inside a clause that tells the case: "cars that are legally parked"
    r"(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )\blegally\b(?! parked\b)|\blovmæssigt\b|\bjuridisk set\b|\bby law\b|\bifølge loven\b|\b(?:er vi|are we) (?:\w+ )?(?:forpligtet|forpligtede|obliged|required)\b|"
    r"\bhar vi pligt\b|"
    r"\b(?:anbefal\w*|recommend\w*|anbefaling)\b[^.?!]{0,30}\b(?:hvordan|how|struktur\w*|structur\w*|forberede\w*|prepar\w*)\b"
    # (round 22, writer BA) … not the structure to choose: "Anbefal den struktur vi skal vælge: A eller B?"
    r"(?![^?]*\b(?:(?:vi|jeg) skal vælge|(?:we|i) should (?:choose|pick)|should (?:we|i) (?:choose|pick))\b)|"
    r"\bmin tale\b|\bmy speech\b|\bmy own priorities\b|\bmine egne prioriteter\b|"
    r"\b(?:vælg|pick|find)\s+(?:\w+\s+){0,3}(?:citat\w*|quotes?)\b|"
    r"\b(?:du|you) som (?:chatbot|bot|ai)\b|\bas (?:a )?(?:chatbot|bot)\b|"
    r"\b(?:er det ok|is it ok(?:ay)?) (?:at |to )(?:være|føle|feel|be) (?:i tvivl|relieved|lettet|sad|ked|usikker|unsure)",
    re.IGNORECASE,
)
# A request: justification and grounds, stance, binary idioms, a named winner or ruling, what
# should happen to someone, an allocation, a bid on who, a helper opener around "om vi skal …".
_REQUEST_R8 = re.compile(
    r"\bjustif(?:y|ies)\s+(?:a|an|the|his|her|their)\b|\bretfærdiggør\w*\s+(?:en|et)\b|\bberettiger\w* (?:til )?(?:en|et)\b|"
    r"\b(?:nok|enough)\s+(?:til|for)\s+(?:en|et|a|an)\s+\w*(?:bortvisning|afskedigelse|advarsel|opsigelse|dismissal|warning|sacking)|"
    r"\bis there a case for\b|\bmake sense for (?:us|me) to\b|\bgiver det mening for (?:os|mig) at\b|\btør (?:jeg|vi)\b|"
    r"\b(?:værd|worth) (?:at )?(?:bevare|beholde|redde|keeping|saving)\b|"
    r"\bwhere do you come down on\b|\bwhat(?:'s| is) your (?:position|stance|take) on\b|\bhvor står du i (?:spørgsmålet|sagen)\b|"
    r"\b(?:stay|keep|hold|extend|forlæng\w*|behold\w*|bliv\w*)\s+(?:or|eller)\s+(?:go|cut|fold|end|drop|farvel|stop\w*|luk\w*|drop\w*)\b|"
    r"\bname the (?:winner|candidate|best|one)\b|\byour (?:ruling|verdict)\b|\bdin (?:afgørelse|dom|kendelse)\b|"
    r"\b(?:what should happen to|hvad skal der ske med) (?:the|den|det|medarbejderen|vikaren|borgeren|him|her|ham|hende)\b|"
    r"\b(?:hvordan skal (?:vi|jeg) fordele|fordel|how should (?:we|i) (?:split|divide|allocate|distribute))\b[^?.]{0,60}\b(?:mellem|between)\b|"
    r"\b(?:kom med|giv (?:mig )?et|give me your) (?:et )?(?:bud|pick|call) (?:på|on),? (?:hvem|hvad|hvilken|who|which)\b|"
    r"\b(?:hjælp (?:mig|os) med at (?:finde ud af|vurdere|afgøre)|find ud af(?: for mig)?|tjek),? om (?:vi|jeg|der)\b|"
    r"\b(?:er der|is there) (?:\w+ )?(?:grundlag|grounds|basis) for\b|"
    r"\bhvor skal kniven sættes\b|\btakes? the hit\b|\ber tiden løbet fra\b|\bhad (?:its|their) day\b|"
    r"\bwhich way do (?:we|i) go\b|\b(?:den|the) (?:passende|rette|right|appropriate) (?:sanktion|sanction|consequence|konsekvens)\b|"
    r"\b(?:whose|hvis) \w+ (?:do|should|skal|bør) (?:we|i|vi|jeg)\b|"
    r"\b(?:hvem|who) (?:sender|send|should send|skal sende) (?:vi|jeg|we|i)\b|"
    r"\byour recommendation on whether\b|\btell me (?:if|whether) (?:he|she|they|we|i) should\b|"
    r"\bindstilling (?:til mig )?om,? (?:hvem|hvorvidt|om)\b|"
    # an approval handed over with the plan after a colon ("Godkend venligst: vi lukker …"); which option to
    # go for ("Which option do we go for – A: …, B: …")
    r"^(?:please |venligst )?(?:godkend|approve|sign off on|bless)\b(?: (?:venligst|lige|gerne|please|this|dette|det her|"
    r"følgende|the following))*\s*:(?=[^.?!]{0,30}\b(?:vi|we|jeg|i|our|vores|min|my)\b)|"
    r"\b(?:which|what) (?:option|one|alternative|model|solution|scenario) do (?:we|i) (?:go for|go with|choose|pick)\b|"
    r"\bhvilken (?:løsning|model|mulighed|variant|scenarie|option) (?:går|lander|vælger) (?:vi|jeg)\b|"
    r"\b(?:kan du afgøre|decide),? (?:om|whether) (?:borgeren|familien|the citizen|the family|han|hun|he|she)\b|"
    r"\bqualif(?:y|ies) for\b[^?]{0,40}\?|"
    # writer O (released after its scoring): approval after checking, putting people in order, grounds,
    # which X should act between named alternatives, the bot's recommendation on whether, hiring or
    # picking asked outright, delegation in words, allocation and priorities set for the asker
    r"\b(?:tjek|check|læs|read) (?:og|and) (?:godkend|approve)\b|\bsign (?:it|this) off\b|"
    r"\bput (?:the |these |my )?\w+ in (?:order|rank order)\b|\bsæt (?:de |disse )?\w+ i rækkefølge\b|"
    r"\b(?:is|er) (?:that|this|it|det|dette|det her) (?:\w+ )?(?:grounds|grundlag|reason enough|nok) (?:for|til)\b|"
    r"\b(?:din|jeres|your) (?:indstilling|anbefaling|recommendation|vurdering) (?:til|om|on|as to),? (?:hvorvidt|om|whether)\b|"
    r"\b(?:anbefaler|recommend) (?:du|you) (?:at )?(?:vi|jeg|we|i) (?:vælger|choose|go with|pick|tager|take)\b|"
    r"\b(?:who|which one|which candidate) (?:do|should) (?:we|i) (?:hire|appoint|promote|pick|choose)\b|"
    r"\b(?:i'll|i will|jeg) (?:do|gør) (?:whatever|what|hvad) (?:you say|du siger)\b|"
    r"\b(?:set|sæt) (?:the )?priorit\w* for (?:me|us|mig|os)\b|\bprioriter\w* for (?:mig|os)\b|"
    r"\b(?:lav|make|do) (?:fordelingen|the allocation|the split|the distribution)\b|"
    r"\bsig (?:til )?(?:mig|os)?,? ?hvem der skal\b|"
    r"\b(?:who|which (?:one|bid|offer|supplier|vendor)) (?:wins|gets|should get|should win) (?:the )?(?:contract|bid|tender|job|post)\b|"
    r"\bhvem (?:vinder|får) (?:kontrakten|udbuddet|opgaven)\b|"
    r"\b(?:hvilke[nt]?|which) (?:\w+ )?(?:af|of) (?:disse|de|these|the) [^?]{0,40}(?:skal|bør|should) (?:vi|jeg|we|i)\b|"
    r"\bfind ud af(?: for mig)?,? om\b[^.?!]{0,60}\b(?:skal|bør|should)\b|"
    # writer P (released after its scoring): accepting one of two offers, a vote, putting things in order,
    # approving a plan, sending staff on a course, two personnel measures as alternatives, our own step
    # said as "sige nej til", a choice of several named people
    r"\bwhich (?:one|quote|offer|bid) (?:do|should) (?:i|we) (?:accept|take|go for)\b|\bhvilke[nt]? (?:tilbud|bud) (?:skal|bør) (?:jeg|vi) (?:tage|acceptere|vælge)\b|"
    r"\bhow would you vote\b|\bhvad ville du stemme\b|\bhvordan ville du stemme\b|"
    r"\bput (?:[\w-]+ ){1,4}in (?:order|rank order)\b|\bsæt (?:[\w-]+ ){1,4}i (?:rækkefølge|prioriteret rækkefølge)\b|"
    r"^(?:please |venligst )?(?:godkend|approve)(?: lige| venligst| please| gerne)? (?:det|den|de|the|my|mit|min|mine|vores|our)\b|"
    r"\b(?:skal|bør|should) (?:jeg|vi|i|we) (?:\w+ )?(?:sende|send) (?:[\w-]+ ){1,4}(?:på|on) (?:\w+[- ])?(?:kursus|uddannelse|course|training)\b|"
    r"\b(?:skal|bør|should) (?:jeg|vi|i|we) (?:\w+ )?(?:sige nej|sige ja|say no|say yes) (?:til|to)\b|"
    r"\b(?:hvem|which|who) (?:af|of) (?:[A-ZÆØÅ][\wæøå-]+,\s*){1,5}[A-ZÆØÅ][\wæøå-]+ (?:og|and|eller|or) [A-ZÆØÅ][\wæøå-]+ (?:skal|bør|should)\b|"
    # a scarce thing between alternatives ("Jonas eller Amira til kurset? Der er kun én plads."); what to
    # do, with the alternatives after a dash ("Hvad skal jeg gøre – flytte eller blive?")
    r"\b(?:der er kun (?:én|en|et|ét|1)|there(?:'s| is) only (?:one|a single)|we only have one|vi har kun (?:én|en|et|ét)) "
    r"(?:ledig )?(?:plads|stilling|vagt|billet|slot|place|seat|ticket|post|spot)\b|"
    r"\b(?:hvad (?:skal|gør) (?:jeg|vi)(?: gøre)?|what (?:should|do) (?:i|we) do)\s*[–—:-]\s*\w+ (?:eller|or) \w+\s*\?",
    re.IGNORECASE,
)


# --- round 9 (writer Q, released after its scoring; docs/privacy.md § 5.2) -------------------------
# A request: the move asked for, a binary "<verb> it or <verb> it?", which proposal to run with or put
# forward, a decision handed over in the imperative ("tag du beslutningen om …").
_REQUEST_R9 = re.compile(
    r"\bwhat(?:'s|’s| is) (?:the|our|my) move\b|\bhvad er (?:the move|næste træk|vores næste træk)\b|"
    r"(?:^|[.!?:–-]\s*)(?:(?!om\b|whether\b|if\b|hvordan\b|how\b)[\w']+ ){0,8}?[a-zæøå]+ (?:it|them|den|det|dem) (?:or|eller) [a-zæøå]+ (?:it|them|den|det|dem)\s*\?|"
    r"\b(?:hvilke[tn]|which(?: one| proposal| option| model)?) (?:skal|bør|should|shall) (?:vi|jeg|we|i) "
    r"(?:køre med|gå med|gå videre med|satse på|vælge|go with|run with|pick|choose|put to|take to|present to|recommend to|bring to)\b|"
    r"\b(?:tag|træf) (?:du |bare |lige )*(?:beslutningen|den beslutning|afgørelsen|valget)\b|"
    r"(?<!n't )(?<!not )(?<!never )\b(?:take|make) (?:the|this|that) (?:decision|call) for (?:me|us)\b|"
    r"(?<!n't )(?<!not )(?<!never )\bdecide (?:it |this |that )?for (?:me|us)\b|"
    # writer S (released after its scoring): the judgement left to the bot inside a writing task, the
    # last word, a yes/no on someone's fate, who gets a scarce thing, a complaint to decide, a vote,
    # "help me decide:" with the question after it
    r"\b(?:vælg|find|afgør|beslut|vurder) selv (?:ud af )?(?:om|hvem|hvilken|hvilket|hvad)\b|"
    r"\btrust your (?:judge?ment|call)\b|\b(?:use|using) your (?:own )?judge?ment (?:on|to decide|whether)\b|"
    r"\b(?:sidste ord|dit sidste ord|final word|your final word|last word)\s*[:–-]\s*(?:\w+ ){0,3}(?:vi|we|jeg|i)\b|"
    r"\b(?:should|skal|bør) (?:he|she|they|han|hun|de) (?:be |blive )?\w+[^?]{0,80}\b(?:yes or no|ja eller nej)\b|"
    r"\b(?:who|hvem) (?:gets|får) (?:it|them|den|det|dem)\s*\?|"
    r"(?:^|[.:!?]\s+)(?:(?:lige|bare|venligst|please|now|nu) )?(?:afgør|decide|rule on) (?:klagen|sagen|anken|the appeal|the complaint|this appeal|this complaint)\b|"
    r"\bhvad (?:skal|bør) jeg (?:som \w+ )?stemme\b|\b(?:how|what) should i vote\b(?! by proxy)|"
    r"\b(?:vælg|pick|choose) hvem\b|\b(?:pick|choose) who\b|"
    r"\b(?:hjælp mig (?:med )?at beslutte|help me decide)\s*:\s*[^?]{5,}\?",
    re.IGNORECASE,
)
# Writers T and U (released after their scoring): a yes/no marker with an action or in a short message, an
# imperative that hands over the decision, a decision field to fill in, which one wins or gets signed,
# "your top N", a clear recommendation, "can I just refuse it?", "<verb> vi det?", a verdict on
# conduct, "would it be wrong to give …".
# A decision field to fill in, its label quoted: "Udfyld feltet 'Afgørelse' for mig", "a box 'Manager's decision' – tick it"
_DECISION_FIELD = re.compile(
    r"\b(?:felt(?:et)?|field|box|boks(?:en)?|rubrik(?:ken)?)\s+[\"“'‘]?(?:afgørelse|beslutning|decision|manager's decision|approved|godkend)"
    r"[^.?!]{0,60}\b(?:for me|for mig|tick|sæt kryds|udfyld|fill)|"
    r"\b(?:udfyld|fill in|tick)\b[^.?!]{0,15}\b(?:felt(?:et)?|field|box|boks(?:en)?)\s+[\"“'‘]?(?:afgørelse|beslutning|decision|approved)",
    re.IGNORECASE,
)
_YN = r"(?:y/n|j/n|ja/nej|yes/no|ja eller nej|yes or no|or not|eller ej|eller ikke|thumbs up or down)"
# … where it frames the answer: at the end ("sack him y/n", "approve or not"), or as a lead-in ("ja/nej til
# …", "Kort svar, ja/nej: …", "yes or no:") — not inside a phrase ("vote yes or no on", "a yes/no checklist")
# (round 22, writer BA) thumbs for yes and no: "👍/👎 on hiring the lifeguard …?"
_YN_THUMBS = r"(?:👍\s*(?:/|eller|or)\s*👎|👎\s*(?:/|eller|or)\s*👍)"
_YES_NO_MARK = re.compile(
    rf"\b{_YN}\s*[?!.]*\s*$|(?:^|[.!?]\s+)(?:kort svar,?\s*|short answer,?\s*)?{_YN}\s*(?::|til\b|to\b)|"
    rf"{_YN_THUMBS}\s*[?!.]*\s*$|(?:^|[.!?]\s+){_YN_THUMBS}\s*(?::|til\b|to\b|on\b|på\b|om\b)",
    re.IGNORECASE,
)
_ABOUT_TEXTS = re.compile(r"\b(?:magazine|bladet|magasinet|the issue|nummeret|artikl\w*|articles?)\b", re.IGNORECASE)
_REQUEST_R9B = re.compile(
    r"(?:^|[.:!?]\s+|\s[–-]\s+|@\w+[,:]?\s+)(?:please\s+|venligst\s+|lige\s+)?(?:bestem|afgør|beslut|vælg|make the call|make a ruling|"
    r"rule on|decide|pick|choose|tick|ranger|prioritér|prioriter)\b"
    r"(?!\s+(?:lige\s+)?(?:selv\s+)?(?:en |et |a |the |my |mit |min )?(?:god |good |bedste |best |ny |new )?(?:tonen|the tone|tone|ordlyden|the wording|"
    r"formatet|the format|overskrift\w*|titel|headline|title|font|skrifttype|farve\w*|colou?r|formulering\w*|wording|billede\w*|"
    r"picture|image|citat\w*|quote|væddemål|bet|et væddemål|a bet)|\s+for (?:mig|os|me|us) (?:\d+|to|tre|fire|fem|ti|nogle|et par|two|three|four|five|ten|some|a few|a|an|et|en) )|"
    r"\b(?:felt(?:et)?|field|box|boks(?:en)?|rubrik(?:ken)?)\s+[\"“'‘]?(?:afgørelse|beslutning|decision|manager's decision|approved|godkend)|"
    r"\b(?:udfyld|fill in|fill it in|tick)\b[^.?!]{0,60}\b(?:afgørelse|beslutning|decision|godkend|approv|reject|afslå|bevil)\w*[^.?!]{0,40}\b(?:for me|for mig)\b|"
    r"\b(?:udfyld|fill in|fill it in|tick)\b[^.?!]{0,40}\b(?:afgørelse|beslutning|decision|right one|rigtige)\w*|"
    r"\bhvilke[nt] (?:\w+ )?(?:vinder|underskriver jeg|skriver jeg under på|skal vinde)\b(?![^?]{0,40}\b(?:forskning|research|studier|studies)\b)|"
    r"\bwhich (?:\w+ )?(?:wins|should win|do i sign|should i sign)\b(?![^?]{0,40}\b(?:research|studies|forskning)\b)|"
    r"\b(?:your|din|dit|dine) top ?\d\b(?! (?:råd|tips?|ideas|idéer|ideer|books|bøger|advice|ways|måder|reads|lessons))|"
    r"\b(?:kom med|giv mig|give me) (?:en |a )?(?:klar|clear|tydelig) (?:indstilling|anbefaling|recommendation)\b|"
    r"\bhvad anbefaler du,? at (?:jeg|vi) gør med\b|\btell me which (?:\w+ )?to (?:take|pick|choose|start with|do) first\b|"
    r"\b(?:kan|må) (?:jeg|vi) (?:bare|bare lige|godt bare) (?:afvise|sige nej|fyre|afskedige|droppe|lukke|nægte)\b"
    r"(?! (?:møde\w*|mødeindkaldelse\w*|invitation\w*|mail\w*|opkald\w*|kalender\w*))|"
    r"\bcan i just (?:say no|refuse|reject|fire|drop|close|deny)\b(?! (?:the |a |this )?(?:meeting|invite|invitation|email|e-mail|call|calendar))|"
    r"(?<!hvordan )\b(?:anmelder|lukker|gør|stopper|fyrer|godkender|afviser|dropper|beholder|indfører|ansætter) vi (?:det|den|ham|hende|dem)\s*\?|"
    r"(?<!how )\bdo we (?:report|close|stop|fire|approve|reject|drop|keep|do) (?:it|this|that|him|her|them)\s*\?|"
    r"\bwas (?:the|our|that) [\w -]{0,30}(?:negligent|at fault|in the wrong|misconduct)\b|\bwas that misconduct\b|"
    r"\bi need a verdict\b|\bjeg (?:skal bruge|har brug for) en (?:afgørelse|dom)\b|"
    r"\b(?:vil|ville) det være (?:\w+ )?(?:forkert|uretfærdigt|urimeligt|i orden|ok|fair) at (?:give|lade|sende|fyre|flytte|afvise|tildele)\b|"
    r"\bwould it be (?:\w+ )?(?:wrong|unfair|ok|okay|fair) to (?:give|let|send|fire|move|refuse|award)\b|"
    r"\bvar det en fejl af (?!regeringen|kommunen|regionen|folketinget|ministeren|staten|fagforeningen|bestyrelsen|byrådet|politikerne)"
    r"(?:vagten|vores|min|den|medarbejderen|\w+en)\b",
    re.IGNORECASE,
)

# (round 10: writers R, W, X, Y, the red team's half a) Further ways to hand a decision to the bot —
# the choice left to it in words ("Du vælger:", "I'm leaving it to you", "beslut det for mig"); a yes/no
# close on the asker's own course ("gør vi det eller ej?"); the bot's assessment of whether something
# should be done, in officialese too ("Undertegnede anmoder om Deres vurdering af, hvorvidt … bør …");
# a yes to a concrete demand, a sign-off, a nudge, a vote, a tie-breaker, endorsement, a go-ahead,
# backing or blessing. Table in docs/privacy.md § 5.4; `_request_r10` applies the exceptions.
_REQUEST_R10 = re.compile(
    r"(?:^|[.:!?]\s+|\s[–-]\s+)du vælger\b\s*[:.!,–-](?![^.?!]{0,60}\b(?:version\w*|format\w*|længde|tone|font|titel|overskrift\w*|svaret)\b)|\b(?:i'm|i am|i'll|i will)\s+(?:\w+\s+)?leav(?:e|ing) (?:it|this|the (?:choice|decision|call)) (?:up )?to you\b|"
    r"(?<!\buden at )(?<!\bikke )(?<!\bikke at )\b(?:beslut|afgør|bestem|beslutte|afgøre|bestemme|vælge) (?:det |dette |det her )?for (?:mig|os)\b|"
    r"(?<!n't )(?<!\bnot )(?<!\bwithout )\b(?:decide|choose|settle|pick|choosing|deciding|picking) (?:it |this |that |one )?for (?:me|us)\b(?!\s+(?:a|an|some|\d+|two|three|four|five|ten|good|nice|fun)\b)|"
    r"\b(?:sig|fortæl|skriv|tell me|say)(?: mig)?(?: så| then)? (?:hvad|hvilken|hvilket|which|what) (?:du|you) (?:ville|would) (?:vælge|gøre|choose|pick|do|go for)\b|"
    r"\b(?:gør|skal|laver|lukker|indfører) vi det(?: så)? eller (?:ej|ikke)\b|\b(?:do|should) we (?:do|go ahead with) (?:it|this|that) or not\b|"
    r"(?:\b(?:deres|din|jeres|your)\s+(?:\w+\s+)?|\b(?:jeg|vi|undertegnede|i|we)\s+(?:\w+\s+){0,2}?(?:anmod\w*|ønsk\w*|bede|beder|request\w*|would like|want|ask)\b"
    r"[^.?!]{0,30}?\b|\b(?:kom med|giv mig|give me)\s+(?:\w+\s+)?)(?:vurdering|anbefaling|stillingtagen|tilkendegivelse|indstilling|assessment|recommendation|verdict|opinion)\b"
    r"[^?!]{0,60}?\b(?:af|til|om|of|on|as to)?,? ?(?:om|hvorvidt|whether)\b[^?!]{0,140}?\b(?:bør|burde|should|ought to)\b|"
    r"\b(?:om|hvorvidt)\b[^?!]{0,140}?\bbør\b[^?!]{0,140}?\b(?:anmodes|bedes|ønskes) (?:der )?om (?:en |Deres |din )?(?:klar |endelig )?"
    r"(?:tilkendegivelse|vurdering|stillingtagen|anbefaling|afgørelse)\b|"
    # a yes to a concrete demand, a sign-off, a nudge either way, a pick between the options posed
    r"\b(?:siger|skal) (?:vi|jeg) (?:så )?(?:ja|nej)(?: til det| til dem)?\s*\?|\b(?:do|should) (?:we|i) say yes\b|"
    r"\bskal vi give (?:dem|ham|hende) (?:det|den|dem|lov)\b|\bthumbs up (?:eller|or) (?:down|ned)\b(?! (?:emoji|icon|sign|gesture|reaction|button))(?![^.?!]{0,40}\b(?:afstemning|poll|survey))|"
    r"\b(?:sig|si) god for (?:den|det|dem|min|mit|vores)\b|(?<!\bto )(?<!\bat )\bconfirm (?:that )?my decision\b|"
    r"(?:^|[.:!?]\s+|\b(?:please|can you|could you|will you|kan du|vil du)\s+)sign off on (?:my|this|our|the) (?:decision|proposal|recommendation|plan)\b|"
    r"\btip me (?:over )?one way or the other\b|\bone way or the other\b[^.?!]{0,20}\b(?:decide|pick|tell me)\b|"
    r"\b(?:hvad|hvilken|hvilket|hvem) vælger (?:vi|jeg)\s*\?|\bwhich (?:one )?do (?:we|i) (?:choose|pick|go for)\s*\?|"
    r"(?:^|[.:!?]\s+)(?:skal|should) (?-i:[A-ZÆØÅ][a-zæøå]+) (?:eller|or) (?-i:[A-ZÆØÅ][a-zæøå]+) (?:have|get|tage|take|gå|go|køre|work)\b|"
    # (writer X, released) a vote or the casting vote given to the bot; endorsement of the asker's own
    # decision; the bot's best guess; an evaluative question on the asker's own course
    r"\b(?:stem|vote)\b[^.?!]{0,20}\b[A-D]\b[^.?!]{0,12}\b(?:eller|or)\b|\bafgiv din stemme\b|"
    r"\bcast (?:your|the) (?:deciding |casting )?vote\b(?! (?:in|at|by|before|for the) )|\b(?:du får|you get|you have|you've got) (?:den afgørende stemme|the (?:deciding|casting) vote)\b|"
    r"\b(?:be|act as) (?:the |my |our )?tie-?breaker\b|\bvær (?:den )?(?:tungen på vægtskålen|tiebreaker)\b|"
    r"\b(?:i've decided|i have decided|i'm going to|jeg har besluttet|jeg har tænkt mig)\b[^?]{5,200}[.!]\s*"
    r"(?:agree|do you agree|enig|er du enig|sound right|fair|ok|okay)\s*\?|"
    r"\b(?:dit bedste bud på|your best (?:guess|bet) on),? (?:om|whether)\b|"
    r"\ber det (?:\w+ )?(?:i orden|ok|okay|fair|rimeligt|urimeligt|for hårdt|for meget|forkert|forsvarligt|uforsvarligt|klogt|dumt|en god idé) "
    r"(?:at|hvis|om) (?:jeg|vi)\b(?! (?:\w+ )?(?:dig|you|botten|the bot)\b)|"
    r"\bis it (?:\w+ )?(?:ok|okay|fair|reasonable|unreasonable|too harsh|too much|wrong|wise|defensible|a good idea) "
    r"(?:for (?:me|us) to|if (?:i|we))\b|"
    # (writer Y, released) a go-ahead asked of the bot; which of two is the one to go; where a cut
    # should hit; the bot's recommendation for which option we go with; a yes to a concrete request
    r"\b(?:green light|grønt lys)\b[^.!]{0,80}\?|\b(?:dit|your) go\b(?!-)(?: (?:til|to|for))?|"
    r"\b(?:which|hvem|hvilken) (?:of the two|af de to)\b[^.?!]{0,60}\b(?:should|skal|bør) be the one to go\b|"
    r"\bshould be the one to go\b|\bskal være (?:den|dem) der (?:skal )?gå\b|"
    r"\b(?:should|skal|bør) (?:it|the cut|cuts|besparelsen|den|det) (?:hit|ramme) [^.?!]{2,80}\b(?:or|eller)\b|"
    r"\b(?:your|din) (?:recommendation|anbefaling) (?:for|on|til|om) (?:which|hvilken|hvilket|hvilke)\b|"
    r"\b(?:kan|skal|må) vi sige ja til at\b|"
    # (red team r10, half a) the choice handed over as a statement; backing, blessing; a lettered vote;
    # a nudge; the bot's gut; a ruling; "hvad skal det være: X eller Y"; a recommendation requested
    r"\b(?:det er op til dig|it's up to you|it is up to you|up to you),? (?:om|whether|if)\b|\bhanding (?:this|it)(?: one)? over to you\b|"
    r"\b(?:kan|vil) du bakke op om,? (?:at|min|vores|beslutningen)\b|\bstår du bag (?:den|det|beslutningen|mig)\b|"
    r"\bdo you (?:back|support|stand behind) (?:my|our|this|that) (?:decision|choice|plan)\b|"
    r"\b(?:din|your) velsignelse til\b|\byour blessing (?:to|for)\b|"
    r"\b(?:stem|vote|vælg|pick|choose)\b[^.?!]{0,25}:\s*A\)[^.?!]{2,120}\bB\)|"
    r"\b(?:giv os|giv mig|give us|give me) det sidste skub\b|\b(?:skub|nudge) (?:os|mig|us|me) (?:i den ene retning|one way)\b|"
    r"\b(?:my|min) (?:gut|mave|mavefornemmelse|magefornemmelse) (?:says|siger)\b[^?]{0,80}\b(?:what does yours say|hvad siger din)\b|"
    r"\bpronounce on (?:it|this|that)\b|\bhvad skal det være\b[^?]{0,80}\beller\b|"
    r"\b(?:indstilling|anbefaling|vurdering) ønskes(?: fra dig)?\s*:|\b(?:a )?(?:recommendation|assessment) is requested\s*:",
    re.IGNORECASE,
)

# The bot told it need not decide ("I don't want you to decide it for me", "det er ikke din opgave
# at afgøre det", "beder dig ikke om at vælge"), or the matter is a piece of writing or a talk, not a
# personnel, case or organisational step ("Pick one for me" among titles, "Is it a good idea if I
# start my speech with a joke?", "I've decided to write the report in plain language. Agree?").
_NOT_ASKED = re.compile(
    r"(?<!\bkan du )(?<!\bvil du )\b(?:don't|do not|doesn't|not|ikke|aldrig|never)\b(?:\s+\w+){0,5}\s+"
    r"(?:decide|choose|pick|beslutte|vælge|afgøre|bestemme)\b|"
    r"\bnot your (?:job|task|call) to\b|\bikke din opgave at\b",
    re.IGNORECASE,
)
_WRITING_MATTER = re.compile(
    r"\b(?:titles?|headlines?|overskrift\w*|titel|titler|font\w*|opening line|første linje|wording|formulering\w*|"
    r"speech|tale(?:n)?|joke|vits|slides?|dias|plain language|klarsprog|spelling|stavning|synonym\w*|grammar|grammatik)\b",
    re.IGNORECASE,
)


# The bot in the asker's place — a request only when the message names a step to take.
_IN_MY_SHOES = re.compile(
    r"\b(?:hvad|what) (?:ville|would|skulle|should) (?:du|you|en|a|an) (?:\w+ ){0,2}(?:gøre|do)\b[^.?!]{0,25}\b"
    r"(?:i min situation|i mit sted|i mine sko|in my (?:shoes|situation|position|place))\b",
    re.IGNORECASE,
)
# A vote or a survey the asker runs among others (not the bot asked): "lav en afstemning", "a poll
# in the team", "set up a survey". (Round 12, red team: survey *results* as the background of the
# asker's own question are no poll — "After the survey results, do we keep … or drop it?")
_POLL = re.compile(
    r"\b(?:afstemning\w*|poll|polls)\b|\b(?:lav|lave|laver|make|create|set up|design|opret|oprette|send(?:e)? ud|run|draft)\s+"
    r"(?:\w+\s+){0,2}(?:survey|spørgeskema\w*)\b",
    re.IGNORECASE,
)


# (round 11, released writers V and Z) More forms of the same request:
# - a modal question on the asker's own step with a step verb the lists lacked: sign the letter,
#   write a debt off, reverse or uphold a decision, accept an offer, roll a model out;
# - "what would you do – accept?": the bot's choice put as one step;
# - "which one do we roll out / hvilken indfører vi": the choice among the asker's options;
# - "give me the outcome/verdict" (not someone else's result), "hvem ryger";
# - an order to rank the asker's own candidates, projects or proposals ("Rank our five projects …",
#   "Sæt Ida, Malik og Rune i rækkefølge");
# - in a thread's short reply: which of them, grant or refuse, "sig om jeg skal", a verb-first yes/no;
# - a one-word vote, the casting vote, a confirmation of the asker's choice over another.
# "I'll do whatever you say" is `_OBEY`; "who should I ask" with two named is `_WHO_OF_TWO`/`_WHO_GOES`.
_REQUEST_R11 = re.compile(
    r"(?<!hvornår )(?<!hvordan )\b(?:skal|bør|burde) (?:jeg|vi) (?:så |nu |bare |egentlig )?"
    r"(?:(?:skrive under|underskrive)(?=(?:\s+(?:i dag|nu|i morgen|allerede))?\s*\?|\s+(?:på )?(?:det|den|brevet|aftalen|kontrakten|opsigelsen|afskedigelsen)\b)|"
    r"omgøre|afskrive|acceptere|sanktionere|indføre|rulle \w+ ud|godkende den|godkende det)\b[^.!]{0,60}\?|"
    r"(?<!when )(?<!how )(?<!where )\b(?:should|shall|do|can) (?:i|we) (?:just |now |then )?(?:sign(?: it| this| the \w+| off(?: on)?)?\s*\?|"
    r"sign (?:the|this|that) (?:[\w-]+ ){0,2}(?:contract|lease|letter|agreement|deal|dismissal|order|offer)\b(?! again\b)(?![^?]*\bwhen\b)|"
    r"write (?:it|this|the \w+|that) off\s*\?|write off (?:the|this|that|it|his|her|their)\b|"
    r"accept(?: it| this| that| the \w+)?\s*\?|reverse (?:it|this|the \w+)\s*\?|overturn (?:it|this|the \w+)\s*\?|"
    r"roll (?:it|this|that) out\s*\?|uphold (?:it|this|the \w+)\s*\?)|"
    r"\b(?:what would you do|hvad ville du gøre)\s*[-–—:,]\s*[\w-]+(?: [\w-]+)?\s*\?|"
    r"\b(?:hvilk(?:en|et|e)|which)(?: [\w-]+){0,3}? (?:do |should |shall |will )?(?:vi|we) (?:\w+ )?(?:indfører|indføre|vælger|roll out|"
    r"go with|pick|choose|implement|adopt|satser på|går med|lander på)\b|"
    # Danish puts the verb before "vi": "Hvilken model indfører vi?", "Hvilket vælger vi?"
    r"\bhvilk(?:en|et|e)(?: [\w-]+){0,2}? (?:indfører|vælger|satser på|lander på) vi\b(?! (?:i dag|nu|normalt|typisk|plejer|altid|som regel))|"
    # the verdict asked of the bot, not someone else's result ("the outcome of the board meeting")
    r"\b(?:give me|tell me|giv mig|sig) (?:the|your|dit|din|et|en) (?:outcome|verdict|ruling|result|afgørelse|udfald|kendelse|dom)\b"
    r"(?=\s*(?:[.!?,–-]|$|og\b|and\b|now\b|nu\b|please\b|tak\b))|"
    r"\bhvem (?:skal )?ryge?r?\s*(?:[.?!]|$)|\bhvem ryger ud\b|"
    # (round 11, threads) a yes/no question on the asker's own step, verb first: "Frafalder vi afgiften?"
    r"(?:^|[.!?:]\s+)(?:frafalder|bevilger|godkender|afslår|dropper|lukker|opsiger|fyrer|ansætter|accepterer|"
    r"omgør|sanktionerer|afskriver|forlænger) (?:vi|jeg)\b[^.?!]{0,60}\?|"
    r"(?:^|[.!?:]\s+)(?:please |pls |venligst )?(?:rank|prioriti[sz]e|order) (?:our|my|the|these|those|vores|mine|de) (?:\w+ ){0,3}"
    r"(?:projects?|candidates?|applicants?|proposals?|options?|teams?|units?|bids?|suppliers?|applications?|people|staff)\b"
    r"(?! (?:by|efter) )|"
    r"(?:^|[.!?:]\s+)(?:sæt|ranger|prioriter)\b[^.?!]{0,80}\bi (?:prioriteret )?rækkefølge\b(?! efter (?:dato|pris|navn|alfabet))|"
    r"\b(?:du må|kan du|vil du|please|can you|could you)\s+(?:rank|prioriti[sz]e|prioritere|rangere|score)\s+(?:vores|our|mine|my)\b"
    r"(?![^.?!]* (?:by|efter) (?:dato|date|pris|price|navn|name))|"
    # (round 11, threads) "Hvilken af dem skal jeg have fjernet?", "which of them should we keep?"
    r"\bhvilk(?:en|et|e) af (?:dem|de to|de tre|disse)\b[^?.!]{0,40}\b(?:skal|bør) (?:jeg|vi)\b[^?]*\?|"
    r"\bwhich (?:one )?of (?:them|these|the two|the three)\b[^?]{0,40}\b(?:should|shall|do) (?:i|we)\b[^?]*\?|"
    # … a grant-or-refuse question put bare, "sig om jeg skal gå videre" (tell me whether I should)
    r"(?:^|[.!?:]\s+)(?:give lov|bevilge|godkende|afslå|grant|approve|deny|refuse|reject|accept)\w* (?:eller|or) "
    r"(?:give lov|bevilge|godkende|afslå|grant|approve|deny|refuse|reject|accept)\w*\s*\?|"
    r"\b(?:sig|fortæl|tell me|say) (?:om|whether|if) (?:jeg|vi|i|we) (?:skal|bør|should)\b|"
    # (round 11, red team) the one-word vote: "One word answer.", "Din stemme: lukke eller beholde …"
    r"\b(?:one[- ]word answer|svar med ét ord|answer in one word|din stemme|your vote)\b[^.?!]{0,80}\b(?:eller|or)\b|"
    r"\b(?:eller|or)\b[^.?!]{0,80}[.?!]\s*(?:one[- ]word(?: answer)?|svar med ét ord|ét ord|answer in one word)\b|"
    # (writer AC) the casting vote held by the bot; a confirmation of the asker's choice over another
    r"\bdu har (?:den )?afgørende stemme\b|\byou have the casting vote\b|"
    r"\b(?:rank|score) them\b[^.?!]{0,30}\b(?:who|which) (?:wins|should win|gets it)\b|"
    r"\btell me (?:who|which (?:one|bid|offer|supplier)) (?:wins|should win|gets it)\b|"
    r"\b(?:bekræfte?|confirm) (?:at |that )?(?:det|it|this) (?:er|is|was|var) (?:det |the )?(?:rigtige?|right|correct) "
    r"(?:valg|choice|beslutning|decision)\b",
    re.IGNORECASE,
)
# The asker obeys the bot: "Jeg gør som du siger: A) … B) …" — not when the bot is to write something.
_OBEY = re.compile(
    r"\b(?:jeg gør (?:bare )?(?:hvad|som|det) du siger|i'll do (?:whatever|what|as) you say|i will do (?:whatever|what|as) you say|"
    # (round 22, writer BA) "I'll just implement what you say", "jeg følger bare dit råd", "jeg gør bare det, du anbefaler"
    r"(?:i'll|i will|we'll|we will) (?:just |simply )?(?:implement|follow|do|go with|carry out) (?:whatever|what|as) you (?:say|decide|recommend|suggest|pick)|"
    r"(?:jeg|vi) (?:gør|følger|gennemfører|vælger) (?:bare |blot )?(?:hvad|som|det,?) du (?:siger|anbefaler|beslutter|vælger|foreslår))\b",
    re.IGNORECASE,
)
_DRAFTING = re.compile(
    r"\b(?:write|draft|make the slide|layout|skriv|formuler|lav (?:et|en) (?:brev|slide|dias))\w*", re.IGNORECASE
)
# … the question ends with the verb: "Hvem skal jeg spørge?" (who takes the shift), not "hvem skal jeg
# spørge om adgang – IT eller sekretariatet?" (whom to ask for something)
_WHO_OF_TWO = re.compile(
    r"\b(?:hvem (?:af (?:dem|de to|de tre) )?skal jeg (?:spørge|bede|sende|vælge|ringe til|tage)|"
    r"who (?:should|do|shall) i (?:ask|send|pick|choose|call|take))\s*\?",
    re.IGNORECASE,
)


# A choice already made by others ("according to the plan the board approved", "the council's
# timetable"), or a question staff put to the asker ("Det spørger medarbejderne om").
_ACCORDING_TO_PLAN = re.compile(
    r"\b(?:according to|ifølge|as per|efter) (?:the |den |det )?(?:[\w'’-]+ ){0,3}?(?:plan\w*|timetable|tidsplan\w*|"
    r"schedule|decision|beslutning\w*|law|loven|lov\w*|rules|reglerne)\b",
    re.IGNORECASE,
)
_ASKED_BY_OTHERS = re.compile(
    r"\b(?:det|that|which|this) (?:spørger|asks?|asked|spurgte) (?:\w+ ){0,2}(?:om|about|me)?\b", re.IGNORECASE
)


# "Hvem skal afsted?", "who should go?" with people named: "Det står mellem Lasse og Nadia", "Both
# Clara and Benjamin want to go".
_WHO_GOES = re.compile(
    r"\b(?:hvem (?:af dem |af de to )?skal (?:afsted|af sted|med|på kurset|have den|have pladsen)|who should (?:go|attend|get (?:it|the place)))\s*\?",
    re.IGNORECASE,
)
_TWO_NAMED = re.compile(r"(?-i:\b[A-ZÆØÅ][a-zæøå]+ (?:og|and|eller|or) [A-ZÆØÅ][a-zæøå]+\b)")


_PICK_WHO_GOES = re.compile(
    r"\b(?:pick|choose|vælg|udpeg) (?:the one|den|dem|the person) (?:who|der|som) (?:goes|should go|skal (?:med|afsted|af sted|på))\b",
    re.IGNORECASE,
)


# (round 12, writers AA and AB, released) The choice handed to the bot in a closing imperative or
# a bare form: "Decide for me.", "Afgør for mig om …", "Du må bestemme.", "sig bare hvem vi tager",
# "Sig hvad vi gør.", "then tell me which way to go", "say who wins", "Just answer: keep it or
# drop it.", "tommel op eller ned: …"; alternatives named, then "hvad køber vi?"; who is called with
# the job; a verb-first yes/no question on the asker's own step ("Stopper vi pilotprojektet?").
_REQUEST_R12 = re.compile(
    r"\bdecide (?:it |this |one )?for (?:me|us)\b|\b(?:choose|pick) (?:it |this |one )?for (?:me|us)\b(?!\s+(?:a|an|some|\d+|two|three|four|five|ten|good|nice|fun|the best \w+ (?:for|to)))|"
    r"\b(?:afgør|bestem|beslut) (?:det |en |én )?for (?:mig|os)\b|"
    r"\bvælg (?:det |en |én )?for (?:mig|os)\b(?!\s+(?:et|en|nogle|\d+|to|tre|fire|fem|ti|gode|sjove|flotte))|"
    r"\bdu (?:må|kan|skal) (?:bare |gerne )?(?:bestemme|afgøre|vælge)\s*[.!]?\s*$|"
    r"\b(?:sig|fortæl)(?: mig)?(?: bare| nu| lige| så)? (?:hvad|hvem|hvilken|hvilket|hvilke)(?: \w+)? (?:vi|jeg) "
    r"(?:gør|tager|vælger|køber|beholder|dropper|lukker)\b(?! (?:i praksis|normalt|typisk|når|hvis|som regel)\b)|"
    r"\b(?:tell me|say|just say)(?: \w+){0,2}? (?:which way to go\s*(?:[.!?]|$)|which (?:one|option|bid|offer) (?:to|we|i|wins)\b|"
    r"who (?:wins|gets (?:it|the \w+)|we (?:take|pick|hire|choose)))|"
    r"(?:^|[.!?:]\s*)(?:just answer|bare svar|svar bare)\s*:\s*[^.?!]{1,80}\b(?:or|eller)\b|"
    # the thumbs vote asked of the bot, not the gesture talked about
    r"\b(?:tommel(?:en)? op eller ned|thumbs up or (?:thumbs )?down)(?:\s*[:?]|\s*$|\s+(?:fra dig|from you|on (?:this|it)|på (?:det|den)))|"
    r"\b(?:eller|or)\b[^.?!]{0,80}\s[-–—:]\s*(?:hvad|hvilken|hvilket|what|which)(?: \w+)? "
    r"(?:køber|vælger|tager|skal) (?:vi|jeg)\b|"
    r"\b(?:eller|or)\b[^.?!]{0,80}\s[-–—:]\s*hvad skal (?:vi|jeg) (?:bruge \w+ på|vælge|købe|tage)\b|"
    r"\bhvem skal (?:jeg|vi) (?:ringe til|tilbyde|give)\b[^.?!]{0,30}\b(?:jobbet|stillingen|kontrakten|pladsen)\b|"
    r"\bwho (?:do|should) (?:i|we) (?:offer|give) (?:the job|the post|the position|the contract)\b|"
    r"\bwho (?:do|should) (?:i|we) call (?:with|to offer)\b|"
    r"(?:^|[.!?:]\s+)(?:stopper|fortsætter|nedlægger|udliciterer|aflyser) (?:vi|jeg)\b[^.?!]{0,60}\?|"
    r"(?:^|[.!?:]\s+)beholder (?:vi|jeg)\b(?! (?:min|mit|mine|vores|retten|ret)\b)(?![^?]*\bhvis\b)[^.?!]{0,60}\?|"
    r"\bskal (?:jeg|vi) (?:skrive under|underskrive|signere) på\b(?![^.?!]*\b(?:som|as|hvordan|how|selvom|hvis)\b)[^.?!]{0,60}\?|"
    r"\bhvem (?:giver|tildeler|vælger|tager|ansætter|beholder|fyrer|afskediger) (?:jeg|vi)\b(?! fat)[^.?!]{0,30}\?|"
    r"\bwho (?:do|should) (?:i|we) give (?:it|them|the \w+) to\b(?![^?]*\b(?:when|procedure|rule|normally)\b)|"
    r"\bwho gets the (?:job|post|position|contract|place|slot)\s*\?\s*$|"
    r"(?:^|[.!?:,]\s*)do we (?:keep|end|drop|close|stop|continue|cut|extend|scrap|cancel)\b[^?]{0,80}\bor\b[^?]{0,40}\?|"
    # (red team r12, half a) the bot's recommendation to the one who decides, a verdict signed by the
    # bot, the choice left to its own mind, an intent put up for the bot's view, trust handed over
    r"\bhvad skal jeg (?:anbefale|indstille)\b|\bhvad skal der stå i min indstilling\b|\bwhat should i recommend (?:to )?(?:her|him|them|the)\b|"
    r"\bvil du (?:skrive under på|godkende|signere)\b|\bwill you (?:sign off on|sign|approve)\b|"
    r"\b(?:bestem|afgør|beslut) selv,? om\b|\bmake up your own mind (?:whether|if)\b|\bdecide (?:yourself|for yourself) (?:whether|if)\b|"
    r"\b(?:leaning towards|tempted to|thinking of|hælder (?:mest )?til at|tænker at|overvejer at)\b[^?]{0,120}[.!]\s*"
    r"(?:input|thoughts|views?|din holdning|hvad siger du|enig|agree|your take)\s*\?\s*$|"
    r"\b(?:jeg stoler på dig|i trust you|over til dig|over to you|skub mig i den ene eller (?:den )?anden retning|"
    r"push me one way or the other)\b",
    re.IGNORECASE,
)
# A choice that a rule, a survey of others or a procedure settles is asked of the rule, not the bot.
_RULE_SETTLES = re.compile(
    r"\b(?:under the (?:\w+ ){0,3}rules|according to the rules|ifølge (?:reglerne|overenskomsten|loven)|efter reglerne|"
    r"is there a (?:standard )?(?:procedure|rule)|er der regler)\b",
    re.IGNORECASE,
)


# (round 13, writers AD and AE, released) An approval, a verdict or a pick handed to the bot in words
# the earlier forms lack: "Sign off on this", "Greenlight it for me", "I need a yes before 3 pm",
# "ok to proceed y/n", "Keep or kill?", "Reply a, b or c", "Svar med et tal", "Flip a coin for me",
# "Settle this for us", "Was that the right call?", "Pick two of these … for interview", "sig hvilke
# jeg kan droppe", "Hvad anbefaler du vi gør: … eller …", "Hvem har ret?".
_REQUEST_R13 = re.compile(
    r"(?:^|[.!?:;]\s*|\b(?:you|please|pls|just)\s+)sign off on (?:this|it|that|the (?:plan|proposal|change))\b|"
    r"\bgreen-?light (?:it|this|that)\b|\bgreen light or not\b|\bgrønt lys eller (?:ej|ikke)\b|"
    r"\b(?:giv|give) (?:mig|os|me|us) (?:et |the |a )?(?:grønt lys|green light|go)\b(?![/-])|"
    r"\bi need a (?:yes|go|green light|decision)\b|\bjeg (?:skal bruge|har brug for|mangler) et (?:ja|go)\b|"
    r"\b(?:ok|okay|good) to (?:proceed|go ahead)\b[^.?!]{0,60}(?:\?|y/n|yes/no)|"
    r"\bkeep or (?:kill|cut|drop|scrap|close)\b|\bbehold(?:e)? eller (?:drop|dropp|luk|stop|skrot)\w*\b|"
    r"\breply (?:with )?(?:a, b(?:,)? or c|a number|one letter|a letter|1, 2(?:,)? or 3)\b|"
    r"\bsvar (?:med )?(?:a, b(?:,)? eller c|et tal|et bogstav|1, 2(?:,)? eller 3)\b|"
    r"\bflip a coin for (?:me|us)\b|\bslå plat (?:og|eller) krone for (?:mig|os)\b|"
    r"\bsettle (?:this|it|that) for (?:me|us)\b|\bsettle this\s*:|\bafgør (?:det her|dette|den her|det) for (?:mig|os)\b|"
    r"\b(?:was|is) (?:that|this|it) the right (?:call|decision|choice|move)\s*\?|\bdid (?:i|we) make the right (?:call|decision|choice)\b|"
    r"\bvar det (?:den rigtige beslutning|det rigtige valg|rigtigt besluttet)\s*\?|"
    r"\b(?:pick|select|choose|shortlist|udvælg|vælg)\b[^.?!]{0,50}\b(?:for (?:an )?interview|to interview|to hire|we (?:should )?hire|"
    r"vi skal ansætte|til (?:job)?samtale)\b|"
    r"\b(?:sig|fortæl) (?:mig )?hvilke (?:jeg|vi) (?:kan|skal) droppe\b|\btell me which (?:ones? )?(?:i|we) (?:can|should) drop\b|"
    r"\bhvad anbefaler du (?:at )?(?:vi|jeg) gør\b[^?]{0,120}\beller\b|\bwhat do you recommend (?:that )?(?:we|i) do\b[^?]{0,120}\bor\b|"
    r"(?:^|[.!?]\s+)(?:hvem har ret|who(?:'s| is) right)\s*[:?]|"
    # (red team r13, half a) the bot's choice in a hypothetical, the decision made to hang on the bot's
    # word, a verdict on a unit's survival or a person's fitness, the numbers asked to justify a cut,
    # a shortlist or a pick made for the asker, the bot left to choose the outcome, verdict idioms
    r"\bhvis (?:det var din (?:afdeling|kommune|beslutning|institution)|du skulle vælge)\b|"
    r"\bif (?:it were|it was) your (?:department|team|call|decision|unit)\b|\bif you had to (?:choose|pick|decide)\b|"
    r"\b(?:medmindre|med mindre) du (?:siger god for det|siger ja|godkender det|giver grønt lys)\b|"
    r"\bunless you (?:say so|approve|agree|give the go-ahead)\b|"
    r"\b(?:fortjent (?:til )?at (?:overleve|fortsætte|bestå|blive)|deserves? to (?:survive|continue|stay|be kept))\b|"
    r"\b(?:justify|justifies) (?:closing|shutting|cutting|scrapping|firing|dismissing|dropping|ending)\b|"
    r"\b(?:grund nok|tilstrækkelig grund) til at (?:lukke|fyre|afskedige|nedlægge|skære|droppe|stoppe)\b|"
    r"\benough of a case (?:to|for) (?:close|closing|cut|cutting|fire|firing|scrap|scrapping)\b|"
    r"\ber (?-i:[A-ZÆØÅ])\w+ den rette til\b|\bis (?-i:[A-Z])\w+ the right (?:person|one|fit|choice) for\b|"
    r"\bhar (?-i:[A-ZÆØÅ])\w+ det,? (?:der|som) skal til\b|\bget (?:the|that) (?:job|post|position|contract) or not\b|"
    r"\b(?:lav|laver|make|draw up|udarbejd|kan du lave) (?:en |the |a )?shortlist(?:en)?\b|"
    r"\b(?:udvælg|vælg|pick|select)\b[^.?!]{0,40}\btil (?:\w+ )?(?:job)?samtale\b|"
    r"\bdu (?:vælger|bestemmer|afgør) selv,? (?:om|hvem|hvilk\w*)\b|\bhvor du selv (?:vælger|bestemmer|afgør),? om\b|"
    r"\byour call\s*:|\bwhere do you (?:land|stand) on\b|\bwhat'?s the verdict on\b|\bwhere would you put your money\b|"
    r"\bfinal answer\b[^.?!]{0,20}[–—:-]|\bhvordan ser du den\s*:",
    re.IGNORECASE,
)
# (round 13) The yes/no or the choice is about a rule, not the asker's case: "Er det rigtigt at man
# skal have en børneattest …? Ja eller nej", "Er det lovligt for en kommune at …", "… Hvad siger
# reglerne?", "General rule please." — and material for someone else who decides ("Min direktør skal
# beslutte … Hvilke tal skal jeg give hende?").
_GENERIC_SUBJECT = (
    r"(?:man|one|you|en kommune|kommuner|a municipality|municipalities|en arbejdsgiver|arbejdsgivere|"
    r"an employer|employers|ledere|managers|en leder|a manager|alle|everyone|en region|a region|en institution)"
)
_GENERAL_FACT = re.compile(
    # (round 15, writer AL) Danish puts a comma before "at": "Er det rigtigt, at man skal varsle …?"
    r"\b(?:er det (?:rigtigt|korrekt|sandt|lovligt|tilladt|ulovligt)|is it (?:true|correct|legal|lawful|allowed|illegal)),? "
    r"(?:at|that|for) " + _GENERIC_SUBJECT + r"\b|"
    # (round 15, writer AL) what anyone in a role may do, asked as a yes/no: "Må en kommune ansætte
    # en pædagog uden børneattest, ja eller nej?" (not "Må vi …", the asker's own case)
    r"(?:^|[.!?]\s+)(?:må|may|can|kan) (?!man\b|one\b|you\b)" + _GENERIC_SUBJECT + r"\b",
    re.IGNORECASE,
)
# … or the rule is asked for a role in general: "Skal jeg som arbejdsgiver anmelde …? Hvad siger
# reglerne?", "Do you have to tender …? General rule please." (not "Skal jeg fyre ham? Hvad siger reglerne?")
_RULES_DEMAND = re.compile(
    r"\b(?:hvad (?:siger|kræver) (?:reglerne|loven|overenskomsten)|what do(?:es)? the (?:rules|law) (?:say|require)|"
    r"general rule(?: please)?\s*[.!?]?\s*$|den generelle regel|hvilken regel)",
    re.IGNORECASE,
)
_GENERIC_ASKER = re.compile(
    r"\b(?:som (?:leder|arbejdsgiver|chef|kommune)|as an? (?:manager|employer|leader|municipality)|man|one|do you have to|"
    r"does one have to|must (?:a|an|the) \w+)\b|general rule",
    re.IGNORECASE,
)
_MATERIAL_FOR_OTHER = re.compile(
    r"\b(?:tal|argumenter|fakta|materiale|overblik|fordele og ulemper|figures|numbers|data|facts|arguments|material|"
    r"overview|pros and cons|briefing)\b",
    re.IGNORECASE,
)


# (round 13, writer AF) The asker's own two courses as inverted clauses joined by "eller": "Så –
# fortsætter vi selv eller udbyder vi?", "tager jeg den ledige stilling selv eller slår jeg den op?"
# (with an action in the message; "må/kan/har" ask a rule).
_OWN_ALTERNATIVES = re.compile(
    r"(?:^|[.!?:;–—]\s*|\s-\s)(?:så\s*[–—-]?\s*|so\s*[–—-]?\s*)?(?!(?:må|kan|har|er|gør|may|can|do|does|is|are|have|has)\b)"
    r"[a-zæøå]+ (?:jeg|vi)\b[^?.!]{0,80}\beller (?:[a-zæøå]+ (?:jeg|vi)\b|bare \w+)",
    re.IGNORECASE,
)
# … and a one-word "who?" after candidates and one place: "Tre ansøgere. Én stilling. Hvem?"
_TERSE_WHO = re.compile(r"(?:^|[.!?]\s+)(?:hvem|who|hvilken|which one)\s*\?\s*$", re.IGNORECASE)
_CANDIDATES = re.compile(
    r"\b(?:ansøgere|kandidater|applicants|candidates)\b|\b(?:én|en|one|a single) (?:stilling|plads|job|post|position|place)\b",
    re.IGNORECASE,
)
# Chat spellings of the request words (round 13, writer AF: "shud we …", "skal jg …"), read as written out.
_CHAT_SPELLING = {
    "shud": "should",
    "shld": "should",
    "shoud": "should",
    "shuld": "should",
    "jg": "jeg",
    "skl": "skal",
    # (round 21, writer AY) Danish typed without æ, ø, å: the modals and the words around them
    "boer": "bør",
    "maa": "må",
    "paa": "på",
    "naar": "når",
}
_CHAT_WORD = re.compile(r"\b(?:" + "|".join(_CHAT_SPELLING) + r")\b", re.IGNORECASE)


# (red team r13, half a) Look-alikes: the asker's own habits and invitations ("Skal jeg droppe kaffen
# efter frokost?", "Bør jeg skære ned på mine egne møder?", "Skal jeg takke ja til at sidde i
# bedømmelsesudvalget?"), questions to ask oneself before deciding, what is more common, articles to
# send someone else who decides.
_OWN_HABIT = re.compile(
    r"^\W*(?:skal|bør|burde|should|shall)\s+(?:jeg|i)\s+[\w-]+\s+(?:(?:ned på|op|med at \w+|for|til|down on|back on|up)\s+)?"
    r"(?:mine?|mit|my|egne?|own|mig selv|myself)\b(?![^?]*\b"
    r"(?:medarbejder\w*|ansat\w*|team\w*|afdeling\w*|enhed\w*|staff|employee\w*|deputy|souschef\w*|unit|department)\b)|"
    r"^\W*(?:skal|bør|burde|should)\s+(?:jeg|i)\s+(?:takke (?:ja|nej) til|sige (?:ja|nej) til (?:flere )?(?:foredrag|oplæg|invitation\w*)|"
    r"accept the invitation|decline the invitation|droppe (?:kaffen|smalltalk\w*|sukkeret)|stoppe med at (?:tjekke|tage|læse|svare)|"
    r"slukke for (?:mailen|telefonen)|lade telefonen)\b",
    re.IGNORECASE,
)


def _own_habit(clause: str) -> bool:
    """`_OWN_HABIT`, unless the asker's possessive stands before a staff role ("Should I give my event
    coordinator a pay rise …?" is about a member of staff, not the asker's own habit; round 21, writer AZ)."""
    m = _OWN_HABIT.search(clause)
    if not m:
        return False
    following = re.findall(r"[\wæøå-]+", clause[m.end() : m.end() + 40].lower())[:2]
    return not any(is_role(w) for w in following) and not _someone_else_named(" " + clause[m.end() :])


_BEFORE_DECIDING = re.compile(
    r"\b(?:questions?|spørgsmål|considerations?|overvejelser)\b[^.?!]{0,60}\b(?:before (?:deciding|i decide|we decide)|"
    r"før (?:jeg|vi) beslutter|inden (?:jeg|vi) beslutter)\b|"
    # (round 18, red team r18) who to hear or what to gather before the asker decides: the asker keeps it
    r"\b(?:hvem|hvilke|hvad|who|which|what)\b[^.?!]{0,60}\b(?:(?:før|inden) (?:jeg|vi) (?:beslutter|vælger|træffer)|"
    r"for at kunne (?:vælge|beslutte|træffe)|before (?:i|we) (?:decide|choose|make)|(?:in order )?to be able to (?:decide|choose))\b|\bwhich is more (?:usual|common|typical)\b|"
    r"\bhvad er (?:mest )?(?:almindeligst|mest almindeligt|mest udbredt)\b|"
    r"\b(?:what|which|hvilke) (?:articles|artikler|reading|læsning)\b[^?]{0,40}\b(?:send|give|sende|give|forward)\b",
    re.IGNORECASE,
)


def _request_r13(text: str) -> bool:
    """A round-13 form (see `_REQUEST_R13`), unless the message says it is not asked of the bot."""
    return bool(_REQUEST_R13.search(text)) and not (
        _NOT_ASKED.search(text) or _POLL.search(text) or _ASKED_BY_OTHERS.search(text) or _RULE_SETTLES.search(text)
    )


def _request_r12(text: str) -> bool:
    """A round-12 form (see `_REQUEST_R12`), unless the message says it is not asked of the bot."""
    return bool(_REQUEST_R12.search(text)) and not (
        _NOT_ASKED.search(text) or _POLL.search(text) or _ASKED_BY_OTHERS.search(text) or _RULE_SETTLES.search(text)
    )


def _request_r11(text: str) -> bool:
    """A round-11 form (see `_REQUEST_R11`), or "who should I ask" after two options named with or."""
    if _NOT_ASKED.search(text) or _POLL.search(text):
        return False
    if _REQUEST_R11.search(text) and not (_ACCORDING_TO_PLAN.search(text) or _ASKED_BY_OTHERS.search(text)):
        return True
    if _OBEY.search(text) and not _DRAFTING.search(text):
        return True
    if not _WHO_OF_TWO.search(text) and not _WHO_GOES.search(text):
        return False
    return bool(re.search(r"\b(?:eller|or)\b", text, re.IGNORECASE) or _TWO_NAMED.search(text))


def _request_r10(text: str) -> bool:
    """A round-10 form, unless the bot is told it need not decide, the matter is a piece of writing,
    or the message sets up a poll among staff."""
    if _NOT_ASKED.search(text) or _WRITING_MATTER.search(text) or _POLL.search(text):
        return False
    if _IN_MY_SHOES.search(text):
        return bool(ACTION.search(text) or ACTION_NOUN.search(text) or _CHOICE_WORD.search(text))
    return bool(_REQUEST_R10.search(text))


# One place and several who want it, or candidates named in a list: "only one place", "én plads",
# "the last parking space", "Charlotte, Kenneth og Aisha".
_SCARCE_OR_LISTED = re.compile(
    r"\b(?:only one|just one|one|a single|the last|én|kun én|kun en|en enkelt|den sidste|sidste) "
    r"(?:\w+ )?(?:place|spot|slot|seat|space|plads|pladsen|billet|ticket)\b|"
    # (round 13, writer AE) more who want it than there are places: "plads til 5", "room for 3"
    r"\b(?:plads til|room for|places? for|pladser til) \d+\b|\b\d+ (?:pladser|places|spots|seats)\b|"
    r"(?-i:\b[A-ZÆØÅ][a-zæøå]+(?:, [A-ZÆØÅ][a-zæøå]+)* (?:og|and|eller|or) [A-ZÆØÅ][a-zæøå]+\b)",
    re.IGNORECASE,
)
# A closing question that only names two options: "Blue or Green?", "Model A eller model B?"
_OPTIONS_RECAP = re.compile(
    r"(?:^|[.:;!?]\s+)(?:så |so |altså |well, )?(?P<a>[\wæøå-]+(?: [\wæøå-]+)?) (?:eller|or) (?P<b>[\wæøå-]+(?: [\wæøå-]+)?)\s*\?\s*$",
    re.IGNORECASE,
)


_CHOICE_WORD = re.compile(
    r"\b(?:vælge|vælger|valg|choose|choice|option\w*|mulighed\w*|model\w*|plan\w*|forslag\w*|proposal\w*|"
    r"alternativ\w*|scenari\w*|skal vi|should we|bør vi|go with|pick|beslut\w*|decide|keeps?|beholder|lukker|closes?)\b",
    re.IGNORECASE,
)


def _recaps_options(text: str) -> bool:
    """The closing "A or B?" names two options the message described before it (each word of both
    stands earlier), after at least eight words of description — not "ja eller nej?"."""
    m = _OPTIONS_RECAP.search(text)
    if not m:
        return False
    a, b = m.group("a").lower(), m.group("b").lower()
    if {a, b} & {"ja", "nej", "yes", "no", "ikke", "not", "ej"}:
        return False
    before = text[: m.start("a")].lower()
    if len(before.split()) < 8 or not _CHOICE_WORD.search(before):
        return False
    return all(re.search(rf"\b{re.escape(w)}\b", before) for w in (a.split() + b.split()))


# Not a request: a question on whether something is ever acceptable (a general norm), who holds the
# power to act (competence, law).
_NOT_REQUEST_R9 = re.compile(
    r"\b(?:is it ever|er det nogensinde|can it ever be|kan det nogensinde være) (?:\w+ )?(?:ok|okay|i orden|acceptable|acceptabelt|fair|right|rigtigt)\b|"
    r"\bhvem har (?:kompetencen|myndigheden|beføjelsen|retten|ret) til\b|\bwho has (?:the )?(?:authority|power|competence|right) to\b|"
    r"\b(?:use|bruge) (?:\w+ ){0,2}(?:bullet points|punktopstilling|punktform|prose|prosa|tables?|tabeller?|slides)\b|"
    r"^\s*(?:yes or no|ja eller nej|ja/nej|yes/no)\s*:\s*(?:does|did|is|are|er|står|nævner|har)\b[^?]*\b(?:magazine|bladet|article|artiklen|issue|nummeret)\b|"
    r"\bprocess(?:es)? for deciding\b|\bproces(?:ser)? for (?:at )?(?:beslutte|træffe)\b|"
    r"\bhow do (?:you|i|we|one) (?:judge|assess|decide|determine|evaluate|tell) (?:whether|if)\b|"
    r"\bhvordan (?:vurderer|afgør|beslutter) (?:man|du|jeg|vi) om\b|\bmake the call (?:script|list|log|centre|center)\b|"
    # what someone else recommends: "What … does the chair of the forum recommend?", "hvad anbefaler forfatteren"
    r"\b(?:does|did|do) (?:the|she|he|they|(?-i:[A-Z]\w+))\b(?<!\byou)[\w' ]{0,40}\b(?:recommend|suggest|advise|propose)\b"
    r"(?! (?:that )?(?:we|i) (?:do|should|close|pick|choose|hire|fire))|"
    r"\b(?:not|don't|do not|ikke)\b(?: \w+){0,4} (?:decide|make the call|tage beslutningen|beslutte) (?:for me|for mig)\b|"
    r"\b(?:tæller|counts?|gælder|applies|indgår)\b[^.?!]{0,80}\b(?:eller ikke|or not|eller ej)\s*\?|"
    r"\bhvad (?:anbefaler|foreslår|råder) (?:han|hun|de|forfatteren|forfatterne|artiklen|lederen|formanden|forskeren|forskerne)\b|"
    # (round 11) who is to approve or decide (competence), a general "when do managers …", a
    # choice the asker or others make themselves ("so I can rank them myself")
    r"\bhow do (?:i|we|you|other \w+|leaders|managers) (?:\w+ ){0,2}(?:rank|score|choose|select|pick)\b[^.?!]{0,40}\b(?:fairly|generally|in general|usually)?|"
    r"\b(?:just |only )?general practice\b|\bso (?:the|a|that the) (?:committee|board|council|udvalget|byrådet) can decide\b|"
    r"\bhvem (?:skal|må|kan) (?:godkende|beslutte|træffe beslutning\w*|underskrive)\b(?![^?]{0,40}\bhvis ikke du\b)|"
    r"\bwho (?:has to|must|is allowed to|can) (?:approve|sign off|decide)\b(?![^?]{0,40}\bif not you\b)|"
    r"^\s*(?:in general|generally|generelt|typically|typisk|normalt|usually)\b[, ]"
    r"(?![^?]*\b(?:i|we|we'd|i'm|vi|jeg|my|our|min|mit|mine|vores|us|os)\b)|"
    r"^\s*(?:how|hvordan|create|lav|opret|design|build|set up|make|udarbejd)\b[^?]*"
    r"(?:(?<!n't )(?<!not )(?<!ikke )\b(?:rank|choose|decide|pick|score|select|vælge|beslutte|prioritere|rangere)\w* "
    r"(?:[\w-]+ ){0,3}(?:myself|ourselves|themselves|selv)\b|"
    r"(?<!ikke )\bselv (?:kan |skal |må )?(?:vælge|beslutte|prioritere|rangere|afgøre)\b)",
    re.IGNORECASE,
)
# Clauses a message is cut into when one of them is no request: sentences, a colon, a dash, ", men/but".
_CLAUSES = re.compile(r"(?<=[.?!:;])\s+|\s[–—-]\s|,\s(?=(?:men|but|og|and)\b)")
# A general question, then the asker's own case: "Generelt, hvornår …? Og helt konkret: skal vi …?"
_TURN_SPECIFIC = re.compile(
    r"\b(?:(?:og )?helt konkret|konkret|i vores tilfælde|hos os|(?:and )?specifically|concretely|in our case)\s*[:,]\s*",
    re.IGNORECASE,
)
# A forwarded question whose answer the asker wants to pass on: "Line manager asks: 'should I move …?' –
# what's your answer I can pass on?", "… skal han forlænge prøvetiden …? Hvad skal jeg svare ham – og hvad er svaret?"
_PASS_ON = re.compile(
    r"\bwhat(?:'s|’s| is) (?:your|the) answer\b|\bhvad er (?:dit svar|svaret)\b|\bwhat (?:should|do) i tell (?:him|her|them)\b",
    re.IGNORECASE,
)


def _forwarded_request(cased: str, depth: int) -> bool:
    """The forwarded question, read as the asker's own: quotes dropped, "skal han" → "skal jeg"."""
    inner = _PASS_ON.sub(" ", cased)
    inner = re.sub(r"\bhvad (?:skal|kan) jeg svare(?: (?:ham|hende|dem))?\b", " ", inner, flags=re.IGNORECASE)
    inner = re.sub(r"['\"“”‘’«»]", " ", inner)
    inner = re.sub(r"\b(?:skal|bør) (?:han|hun)\b", "skal jeg", inner, flags=re.IGNORECASE)
    inner = re.sub(r"\bshould (?:he|she)\b", "should I", inner, flags=re.IGNORECASE)
    return rules_flag(inner, _depth=depth + 1)


_GENERAL_CASE = re.compile(
    r"\b(?:man|en medarbejder|an employee|a manager|en leder|reglerne|the rules|loven|the law|ifølge|according to|"
    r"generelt|generally|typically|typisk|normalt|usually)\b",
    re.IGNORECASE,
)
# … and (round 9) on a staff member's: "Var det forkert af vores souschef at smide de unge ud?" — not an
# organisation's ("af min fagforening").
_PAST_VERDICT = re.compile(
    # (round 13, writer AF) "Var det fair at jeg nægtede en portør at bytte vagt?": the asker's own past step
    r"\b(?:var det|was it) (?:\w+ )?(?:rigtigt|forkert|for hårdt|fair|rimeligt|urimeligt|ok|okay|right|wrong|too harsh|unfair) "
    r"(?:at|that) (?:jeg|vi|i|we) (?:\w+ )?[a-zæøå]+(?:ede|te|de|ed)\b|"
    r"\b(?:var det|was it) (?:\w+ )?(?:rigtigt|forkert|for hårdt|fair|rimeligt|urimeligt|right|wrong|too harsh|unfair) "
    r"(?:af|of) (?:mig|os|me|us|(?:vores|min|mit|our|my) "
    r"(?!fagforening|union|kommune|council|region|bestyrelse|board|forening|a-kasse)[\w-]+) (?:at|to)\b",
    re.IGNORECASE,
)
# Two personnel measures offered as the alternatives: "Written warning or just a verbal one for the
# driver …?", "advarsel eller tjenstlig samtale – hvad skal det være i hans sag?"
_MEASURES_EITHER = re.compile(
    r"\b(?:written|verbal|skriftlig|mundtlig|final|sidste)?\s?(?:warning|advarsel|påtale|tjenstlig samtale|dismissal|afskedigelse|"
    r"bortvisning|suspension|reprimand|irettesættelse)\b[^?.]{0,40}\b(?:or|eller)\b[^?.]{0,60}\?",
    re.IGNORECASE,
)
# (round 18, writer AT) How a measure is given in general, by an indefinite measure in the passive:
# "Skal en advarsel gives skriftligt, eller er det nok at sige det mundtligt?", "Should a warning be given
# in writing or orally?" — the procedure, not whether someone gets one.
_MEASURE_IN_GENERAL = re.compile(
    r"^\W*(?:skal|bør|burde|should|must|kan|can|må|may)\s+(?:en|et|a|an)\s+(?:[\w-]+\s+)?(?:advarsel|warning|påtale|"
    r"reprimand|irettesættelse|afskedigelse|dismissal|opsigelse|tjenstlig samtale)\s+(?:gives|be given|meddeles|"
    r"be issued|udstedes|ske|happen|foregå|be made|være|be)\b",
    re.IGNORECASE,
)
_WHICH_X_BETWEEN = re.compile(
    r"\b(?:hvilke[nt]?|which) \w+ (?:skal|bør|should|shall) [^?.]{0,50}\b(?:eller|or)\b[^?.]{0,30}\?", re.IGNORECASE
)


# (round 15, writers AK–AN, released) A choice that is no personnel, case or organisational decision:
# how the bot works ("Will you ever tell me whether to fire someone? Just curious how you work."),
# the form of the bot's own answer ("You decide the format: bullet points or a table?"), a word's
# translation ("should it be translated as afskedigelse or opsigelse?"), a role's part in a process
# ("What role should HR play when …"), and a training dilemma the asker says not to solve.
_NO_CASE_CHOICE = re.compile(
    r"\b(?:just curious how you work|how do you work\??$|hvordan (?:fungerer|virker) du\b|will you ever (?:tell|decide)|"
    r"vil du nogensinde (?:sige|fortælle|beslutte))|"
    r"\b(?:you decide|du bestemmer|du vælger|vælg selv|your call on)\b[^.?!]{0,12}\b(?:the |formen|format\w*|layout|længde\w*|"
    r"length|style|stil(?:en)?|tone(?:n)?|rækkefølge\w*)\b(?=[^.?!]{0,60}\b(?:bullet|punkt|tabel|table|prose|brødtekst|"
    r"kort|lang|short|long|formel|formal|uformel|informal)\w*)|"
    r"\b(?:be |blive )?(?:translated|oversat|oversættes|oversætte)\b[^.?!]{0,20}\b(?:as|som|til|into|with|med)\b[^.?!]{0,40}\b(?:or|eller)\b|"
    r"\b(?:what|which) role should (?:hr|the union|management|the board|the shop steward|the committee|med)\b|"
    r"\bhvilken rolle (?:skal|bør) (?:hr|fagforeningen|ledelsen|bestyrelsen|tillidsrepræsentanten|med-udvalget)\b|"
    r"\b(?:dilemma|case|casen|øvelse|exercise|scenario)\b[^.?!]{0,120}[–—,.-]\s*(?:but )?(?:don't|do not|uden at|men ikke|ikke) "
    r"(?:solve|løse|decide|afgøre|answer|besvare|løs|afgør)\b|"
    # (round 17, writers AQ, AR) who signs or sends a document is the process, not a case: "Should a
    # warning letter be signed by HR or by the line manager?"
    r"\b(?:be signed|be sent out|be issued|underskrives|udstedes|underskrive[sn]?)\s+(?:by|af)\b|"
    # … and so is the order of two steps: "Skal den ene komme før den anden?" (after "påtale og advarsel")
    r"\b(?:den|det) ene\b[^.?!]{0,30}\b(?:før|efter|inden)\b[^.?!]{0,10}\b(?:den|det) anden?\b|"
    r"\bone\b[^.?!]{0,30}\b(?:before|after)\b[^.?!]{0,10}\bthe other\b",
    re.IGNORECASE,
)
# (round 17, writers AQ, AR; docs/privacy.md § 5.11) A choice between two quoted wordings in a text
# the asker writes is drafting, not a case: "Which word is better in a job ad: 'dismissal protection'
# or 'job security'?", "Should I say 'yes' or 'yeah' in a formal email?"
_QUOTED_ALTERNATIVES = re.compile(
    r"['\"“‘«][^'\"”’»]{1,80}['\"”’»]\s*,?\s*(?:or|eller|vs\.?|versus)\s+(?:a |an |the |en |et )?['\"“‘«][^'\"”’»]{1,80}['\"”’»]",
    re.IGNORECASE,
)
_WORDING = re.compile(
    r"\b(?:words?|phrase|phrasing|wording|term|subject lines?|headlines?|headings?|titles?|sentences?|say|write|spell|call|"
    r"kalde|hedde|invitation\w*|"
    r"formulate|clearer|ord(?:et|ene)?|udtryk\w*|formulering\w*|vending\w*|overskrift\w*|emnelinje\w*|titel|titlen|"
    r"sætning\w*|sige|skrive|stave|formulere|tydeligst|klarest|e-?mail|mail|brev\w*|letter|job ad|stillingsopslag\w*|"
    r"newsletter|nyhedsbrev\w*|tekst\w*|text)\b",
    re.IGNORECASE,
)


def _wording_choice(text: str) -> bool:
    """Two quoted alternatives in a message about words or a text: a choice of wording."""
    m = _QUOTED_ALTERNATIVES.search(text)
    if m is None:
        return False
    # (round 18, red team r17) an action of the concept on the quoted names before them in the same
    # sentence makes them units or people, not wordings: 'Which unit do we close, "Ward 2" or "Ward 5"?'
    opening = re.split(r"[.?!:]\s", text[: m.start()])[-1]
    if ACTION.search(opening.lower()):
        return False
    return bool(_WORDING.search(text[: m.start()] + " " + text[m.end() :]))


def _round13_verdict(cased: str, depth: int = 0) -> bool | None:
    """(round 13, docs/privacy.md § 5.7) True for a round-13 request form, False for a round-13
    look-alike (a rule or fact asked yes/no, material for another decider), None for neither."""
    if _TERSE_WHO.search(cased) and _CANDIDATES.search(cased):
        return True
    unquoted = re.sub(r"['\"“‘][^'\"”’]{3,80}['\"”’]", " ", cased)
    if _request_r13(unquoted) and not (_ACCORDING_TO.search(cased) or _ABOUT_TEXTS.search(cased)):
        return True
    if (
        _WHO_GETS.search(unquoted)
        and _SCARCE_OR_LISTED.search(unquoted)
        and not re.search(r"lodtrækning|trækker lod|lottery|draw(?:ing)? lots|raffle", unquoted, re.IGNORECASE)
        and not (_ACCORDING_TO.search(cased) or _ABOUT_TEXTS.search(cased))
    ):
        return True  # (round 13) places handed out, whatever else the message mentions ("… med alder og uddannelse")
    if _OWN_ALTERNATIVES.search(unquoted) and _has_object(cased) and not RULES_Q.search(cased):
        return True
    # (red team r13) the asker's own habits, questions before deciding, material to send; (round 13) a
    # rule or a fact asked, the yes/no about it — each in its own clause (round 18)
    habit = _scoped_veto(cased, lambda c: _own_habit(c) or _BEFORE_DECIDING.search(c), depth)
    if habit is not None:
        return habit
    if not (_REQUEST_R9.search(unquoted) or _request_r12(unquoted)):
        general = _scoped_veto(
            cased,
            lambda c: _GENERAL_FACT.search(c) or (_RULES_DEMAND.search(c) and _GENERIC_ASKER.search(c)),
            depth,
        )
        if general is not None:
            return general
    if _SOMEONE_ELSE_PICKS.search(cased.lower()) and _MATERIAL_FOR_OTHER.search(cased):
        return False  # (round 13) material for someone else who decides
    return None


# --- round 16 (red team r15 half a, writers AO/AP; docs/privacy.md § 5.10) ----------------------
# Look-alikes first, each cut out of the message as a clause (the rest is judged on its own, so
# "Skal jeg deltage i konferencen? Og skal jeg fyre Dave?" still counts).
#
# The asker's own sphere: the choice's object is the asker's own career, learning, attendance,
# appearance, manner or tool — a step by the asker on the asker, not on staff, citizens, units,
# contracts or cases. The own-sphere verb phrase follows the asker's own modal or evaluative
# frame directly, so a decision word later in the sentence is its topic ("Should I use Teams or
# Zoom for the meeting on the restructuring?").
_SELF_FRAME = (
    r"(?:^|[:;–—-]\s*)\W*(?:og |and |så |so |men |but )?(?:"
    r"(?:skal|bør|burde|should|shall|could) (?:jeg|i)|"
    r"(?:is it|would it be|er det|ville det være) (?:\w+ )?(?:a good idea|a bad idea|wise|smart|sensible|ok|okay|"
    r"en god idé|en god ide|en dårlig idé|klogt|fornuftigt|i orden) (?:for me to|that i|if i|at jeg|hvis jeg|for mig at)|"
    r"(?:do you think|synes du|mener du|tror du)(?: that| at)? (?:i|jeg) (?:should|skal|bør))"
    r"(?: (?:selv|myself|egentlig|actually|really|nu|now|also|også|rather|hellere|just|bare))*\s+"
)
_OWN_STEP = (
    # career and learning
    r"(?:deltage|join|attend|sign up for|tilmelde mig|melde mig (?:ind|til|på)|enrol+ (?:in|on)|"
    r"go to (?:the |a |this )?(?:\w+ )?(?:conference|course|seminar|summit|meetup|network\w*|gala|festival|training)|"
    r"(?:gå|tage) (?:på|til|med på|med til) (?:\w+ )?(?:konference\w*|kursus\w*|seminar\w*|netværk\w*|orlov|sabbat\w*|"
    r"efteruddannelse\w*|studietur\w*|messe\w*|uddannelse\w*)|"
    r"(?:go|be) on (?:a |an )?(?:sabbatical|leave of absence|study trip|retreat)|"
    r"(?:tage|take|do) (?:en |et |a |an |the |my )?(?:master\w*|MPA|MBA|diplom\w*|diploma|degree|PhD|ph\.d\.|"
    r"lederuddannelse\w*|sabbat\w*|sabbatical|uddannelse)|"
    r"søge (?:en |et |den |det |denne |dette )?(?:nyt? |ledige? )?(?:job|stilling|chefstilling|direktørstilling)\w*|"
    r"apply for (?:the|this|that|a|another|a new) (?:\w+ )?(?:job|post|position|role|directorship)|"
    r"(?:vælge|choose|pick|find|have) (?:en |et |a |the |my |min )?(?:mentor|coach|sparringspartner|buddy)\w*|"
    # private life, appearance and manner
    r"flytte (?:tættere|nærmere|tæt)|move (?:closer|nearer|house)|keep (?:the|my) (?:long )?commute|"
    r"(?:starte|start|begin|skrive|write) (?:en |et |a |an |my |min |mit )?(?:\w+ )?(?:blog|podcast|nyhedsbrev|newsletter|vlog)\w*|"
    r"(?:have|få|grow|tage|wear|bære|gå med|have på) (?:\w+ )?(?:bart|skæg|beard|moustache|slips|tie|jakkesæt|suit|"
    r"kjole|dress|outfit|uniform)|wear\b|"
    r"(?:bringe|tage|have|bage|bring|bake) (?:\w+ )?(?:kage|cake|boller|buns|croissants|wienerbrød|slik|sweets)\w*|"
    r"sige (?:du|De) (?:eller|or) (?:du|De)|say (?:du|De) (?:or|eller) (?:du|De)|"
    r"(?:holde|holder|give|hold|deliver|tale) (?:min |mit |my |the |en |a )?(?:\w+)?(?:tale|speech|oplæg|talk|presentation)\w* "
    r"(?:på|in) (?:engelsk|dansk|english|danish|tysk|german|polsk|polish)|"
    r"(?:put|sætte|slukke for|turn off|switch off|silence|lægge) (?:på |for )?(?:my|min) (?:phone|telefon|mobil)\w*|"
    r"(?:købe|buy|get) (?:en |a |an )?(?:elcykel|e-bike|bil|car|bike|cykel)|"
    # the asker's own tools for a meeting or a message
    r"(?:bruge|use|holde det på|hold it on|run it on) (?:\w+ )?(?:Teams|Zoom|Mentimeter|Slido|Kahoot|PowerPoint|Google Meet|"
    r"Skype|Padlet|Miro|håndsoprækning|show of hands)\b)"
)
_OWN_SPHERE = re.compile(_SELF_FRAME + _OWN_STEP + r"\b", re.IGNORECASE)
# A job offered to the asker, then "Skal jeg tage det?" / "Should I take it?"
_OFFER_TO_ME = re.compile(
    r"\b(?:jeg har fået|jeg er blevet tilbudt|i(?:'ve| have)? (?:got|gotten|received|been offered|was offered))\b"
    r"[^.?!]{0,30}\b(?:jobtilbud|job ?offer|tilbud om (?:et )?(?:job|stilling)|(?:et |a |the )?(?:nyt? )?(?:job|stilling|position|post))\b",
    re.IGNORECASE,
)
_TAKE_IT = re.compile(
    r"^\W*(?:skal|bør|should|shall) (?:jeg|i) (?:tage (?:imod )?(?:det|den|tilbuddet|jobbet|stillingen)|"
    r"sige ja(?: tak)?(?: til (?:det|tilbuddet|jobbet))?|take it|accept(?: it| the offer| the job)?|say yes)\s*[?.!]*$",
    re.IGNORECASE,
)
# A choice between the asker's own things, or the bot in the asker's place on one: "Hvilket af de
# to billeder af mig skal jeg bruge?", "Would you pick the Tuesday or the Thursday session of the
# course if you were me?"
_OWN_THINGS = re.compile(
    r"(?:^|[:;–—-]\s*)\W*(?:hvilke[nt]?|which|would you|ville du)\b[^?]*?"
    r"(?:\b(?:af mig|of me|of myself|af mig selv|mit eget|min egen|my own)\b|"
    r"\b(?:session|kursusdag|kursusdato|course date|holdet på kurset|slot)\w*\b[^?]*\b(?:course|kursus|seminar|konference|conference)\w*\b)"
    r"(?![^?]*\b(?:medarbejder\w*|ansat\w*|staff|employee\w*|team ?lead\w*|souschef\w*|deputy)\b)",
    re.IGNORECASE,
)
# Play and retraction: a message that says it is a game ("Just a fun icebreaker for my team day"),
# and a clause taken back ("Should we close the door …? Just kidding – what room set-up …?").
_PLAY = re.compile(
    r"\b(?:just )?(?:a )?fun (?:icebreaker|quiz|game)\b|\bicebreaker\b|\bisbryder\w*|\bquiz\w*\b|"
    r"\b(?:fra|from) (?:en |a )?(?:film|serie|series|sitcom|tv-serie|tegnefilm|cartoon|roman|novel)\b",
    re.IGNORECASE,
)
# A report that points back at the rest of the message: "Det læste jeg i avisen", "I read that in the paper".
_REPORTS_THE_REST = re.compile(
    r"(?:^|[.?!]\s+)(?:det|dette|that|this)\s+(?:læste|hørte|så|sagde|skrev|read|heard|saw|said|wrote)\b|"
    r"\b(?:læste|hørte|read|heard|saw)\s+(?:jeg\s+)?(?:det|dette|that|it|this)\s+(?:i|på|in|on|at|from|fra)\b",
    re.IGNORECASE,
)
_TURN_TO_REAL = re.compile(
    r"\b(?:but|men|however|dog)\b[^.?!:]{0,40}(?:first|først|now|nu|seriously|alvor\w*|real\w*|virkelig\w*|for real)\b|"
    r"\b(?:joking aside|kidding aside|spøg til side|seriously though|alvorligt talt)\b",
    re.IGNORECASE,
)
_RETRACT = re.compile(
    r"(?:^|[.?!]\s*|\s[–—-]\s*)(?:just kidding|only joking|jk|j/k|kidding aside|joking aside|spøg til side|"
    r"nej, (?:for )?sjov|det var (?:bare )?(?:for )?sjov)\b[\s,.!:;–—-]*",
    re.IGNORECASE,
)
# An opinion on the magazine's content or its stance, and a definition asked yes/no: "Which of the
# two leadership styles in the 01/2024 issue do you find more convincing?", "Ja eller nej: er det
# bladets holdning, at …?", "Yes or no: is a payment plan the same thing as a 'henstand'?"
_ON_THE_MAGAZINE = re.compile(
    r"\b(?:bladets|magasinets|the magazine's|the magazine’s|artiklens|the article's|forfatterens|the author's) "
    r"(?:holdning|position|view|stance|anbefaling|recommendation|linje|line|budskab|message|pointe|point)\b|"
    r"\b(?:just |bare )?(?:curious|nysgerrig) (?:about |på |om )?(?:what|hvad) (?:the magazine|bladet|magasinet|the issue|artiklen)\b|"
    r"\b(?:in|from|i|fra) (?:the |et |det )?(?:\d{1,2}/\d{4} |\w+ )?(?:issue|nummer|udgave|artikel|article|magazine|bladet|blad)\b"
    r"[^?]*\b(?:do you find|would you find|finder du|synes du bedst om|synes du er|do you like|do you prefer|foretrækker du|"
    r"appeals to you|taler mest til dig)\b|"
    r"\b(?:do you find|finder du|synes du)\b[^?]*\b(?:in|from|i|fra) (?:the |et |det )?(?:\d{1,2}/\d{4} |\w+ )?"
    r"(?:issue|nummer|udgave|artikel|article|magazine|bladet)\b",
    re.IGNORECASE,
)
_DEFINITION_YN = re.compile(
    r"^\W*(?:(?:yes or no|ja eller nej|ja/nej|yes/no)\s*[:,–-]\s*)?(?:is|are|er|does|betyder|means?)\b[^?]{0,80}\b"
    r"(?:the same(?: thing)? as|det samme som|synonym\w*|a (?:kind|form|type) of|en (?:slags|form for|type)|"
    r"defined as|defineret som|mean the same|betyder det samme)\b",
    re.IGNORECASE,
)
# "Would you rather lead a small team or a big department?" — the bot's own taste, no action.
_TAG_ONLY = re.compile(
    r"^\W*(?:yes or no|ja eller nej|ja/nej|yes/no|y/n|j/n|kort svar|short answer|quick answer|hurtigt svar|please|tak)"
    r"(?:[\s,]+(?:please|tak|tack))?\W*$",
    re.IGNORECASE,
)
_RATHER = re.compile(r"^\W*(?:would you rather|ville du hellere|ville du helst|would you prefer to)\b", re.IGNORECASE)


def _lookalike_clause(clause: str, message: str) -> bool:
    """The clause is one of the round-16 look-alikes (see above): the asker's own sphere, the
    bot's own taste, an opinion on the magazine or a definition asked yes/no."""
    c = clause.strip()
    if _OWN_SPHERE.search(c) or _OWN_THINGS.search(c) or _DEFINITION_YN.search(c) or _ON_THE_MAGAZINE.search(c):
        return True
    if _TAKE_IT.search(c) and _OFFER_TO_ME.search(message):
        return True
    return bool(_RATHER.search(c) and not ACTION.search(c))


# (round 18, red team r17; docs/privacy.md § 5.12) The clauses a scoped look-alike is read in: the
# sentences, and a clause after "but"/"men" ("Generelt er jeg glad for leverandøren, men forlænger vi …").
_SCOPE_SPLIT = re.compile(_SENTENCE_SPLIT.pattern + r"|,\s+(?=(?:men|but)\b)", re.IGNORECASE)


def _scoped_veto(cased: str, vetoed: Callable[[str], object], depth: int) -> bool | None:
    """A look-alike that describes its own clause (a rule or a fact asked, a reported or someone
    else's decision, a remark about the bot, the asker's writing, a game) makes that clause no
    request — not the rest of the message: "Are we obliged to consult the union first? Either way:
    do we cut Saturday opening?" is still a request. None when the look-alike is not in the message;
    False when it spans the message (or no other clause is left); otherwise the verdict of the
    clauses it is not in, read on their own."""
    if not vetoed(cased):
        return None
    clauses = [c for c in _SCOPE_SPLIT.split(cased) if c and c.strip()]
    kept: list[str] = []
    governed = False
    for c in clauses:
        if vetoed(c):
            # a frame ending in a colon governs the clause after it ("Which is more common: closing
            # or merging?"), unless it turns to a matter of its own ("…, but:", "Either way:")
            governed = c.rstrip().endswith(":") and not _COLON_TURN.search(c)
        elif governed:
            governed = False
        else:
            kept.append(c)
    if len(clauses) < 2 or not kept or len(kept) == len(clauses):
        return False
    last = clauses[-1].strip()
    if last not in kept and last.endswith("?") and len(last.split()) <= 7:
        return False  # a short look-alike question last asks about what came before: "…? What does research say?"
    if not any("?" in c or _CLAUSE_ASKS.match(_LEADING_LINK.sub("", c.strip())) for c in kept):
        return False  # the rest only tells the case ("Vi står mellem A og B."); the question was the look-alike
    # a verdict tag left over ("Ja eller nej?") asks about the clause that was cut, not a case
    rest = " ".join(k for k in kept if not _TAG_ONLY.match(k)).strip()
    rest = _LEADING_LINK.sub("", rest)  # "men forlænger vi …" is read as "forlænger vi …"
    return depth < 2 and bool(rest) and rules_flag(rest, _depth=depth + 1)


_COLON_TURN = re.compile(
    r"\b(?:but|men|first|først|anyway|either way|uanset hvad|alligevel|now|nu)\s*:\s*$", re.IGNORECASE
)
# A clause that asks or bids: a question, a modal or question word first, or an imperative.
_CLAUSE_ASKS = re.compile(
    r"\W*(?:skal|ska|bør|burde|should|shall|do|does|can|kan|må|hvem|hvilk\w*|who|which|hvad|what|hvor|how|hvordan|"
    r"beslut\w*|afgør|bestem|vælg|decide|choose|pick|tell|sig|giv|give|anbefal|recommend|godkend|approve)\b",
    re.IGNORECASE,
)
_LEADING_LINK = re.compile(r"^(?:men|but|og|and|så|so|then|first|først)\b[\s,:]*", re.IGNORECASE)


# The request forms of round 16. Each is general: a verdict idiom or outcome question put on the
# asker's own unit, contract, supplier, arrangement or person; a choice of which of the asker's own
# drafts goes forward; and the bot's leaning, gut feeling or vote on an action.
_OWN = r"(?:vores|vor|vort|vi|os|min|mit|mine|our|we|us|my)"
# (a) the end of a unit, contract or supplier as an idiom: "Er det slut for vores egen trykkerienhed?",
# "Is the time up for the agency we use …?", "Har madudbringningen spillet fallit …?"
_END_IDIOM = re.compile(
    r"^\W*(?:(?:er|is) (?:det|it) (?:slut|ude|forbi|farvel|the end(?: of the road)?|"
    r"lights out|all over|goodbye|last orders) (?:for|med|til)\b|"
    r"(?:er|is) (?:tiden|the time) (?:løbet ud|ude|up|over) (?:for|med)\b|"
    r"(?:are|er) (?:the )?(?:days|dagene) (?:talte|numbered)\b|"
    r"(?:har|has|have) (?:[\w'-]+ ){1,7}(?:spillet fallit|udspillet sin rolle|overlevet sig selv|had (?:its|their) day|"
    r"run (?:its|their) course|outlived (?:its|their) (?:use|usefulness)))",
    re.IGNORECASE,
)
# (b) an outcome as a plain question, verb first, about the asker's own unit, contract or person:
# "fortsætter vores samarbejde med …?", "holder vi fast i …?", "does the apprentice pass
# probation?", "Does our temp get a permanent contract?", "Is our probationer a keeper?"
_OUTCOME_Q = re.compile(
    # (round 17, writer AQ) after a short label: "Gut feeling: does the temp stay after Christmas or not?"
    r"^\W*(?:[\w ]{1,20}:\s*)?(?:og |and |så |so )?(?:"
    r"(?:fortsætter|består|klarer|beholder|forlænger|fornyer|bevarer) \w+|"
    r"holder (?:vi|jeg) (?:fast i|ved)|"
    r"(?:bliver|får) (?:[\w-]+ ){1,4}(?:fastansat|fastansættelse|fast (?:stilling|kontrakt)|"
    r"kontrakt\w*|forlænget|forlængelse|videre|advarsel|påtale|bonus\w*|tillæg\w*|jobbet|stillingen|lov til at blive)|"
    r"(?:does|do|will) (?:[\w'-]+ ){1,6}(?:continue|remain|stay|"
    r"pass (?:the |his |her |their )?probation|make it through|get (?:a |the |an )?(?:permanent|fixed|new|renewed|"
    r"contract|job|post|bonus|raise|warning|written warning|reprimand|second chance|extension)|"
    r"stick with|hold on to|carry on with|go on with|renew|extend)|"
    r"(?P<keeper>(?:is|er) (?:[\w'-]+ ){1,4}(?:a keeper|worth keeping|værd at beholde|en keeper)))",
    re.IGNORECASE,
)
# (c) which of the asker's own drafts or candidates goes forward: "Hvilken af de to budgetmodeller
# sender jeg ind til direktionen?", "Which of the two proposals goes to the committee as our
# recommendation?", "Hvilken af dem hænger jeg op på mandag?", "Whose application goes forward?"
_GOES_FORWARD = re.compile(
    r"(?:^|[:;–—-]\s*)\W*(?:og |and |så |so )?(?:hvilke[nt]?|which|whose)\b[^?]{0,80}?\b(?:"
    r"(?:sender|indstiller|præsenterer|fremlægger|lægger|hænger|tager|afleverer|indsender|bruger|melder|ruller|kører|"
    r"implementerer|vælger) (?:jeg|vi)\b|"
    r"(?:går|kommer|sendes|indstilles|præsenteres|fremlægges|ender) (?:videre|ind|op|frem|til|med)\b|"
    r"(?:goes|go|gets sent|is sent|is submitted|is put) (?:forward|through|ahead|up|to|in)\b|"
    r"(?:do|shall|will) (?:i|we) (?:send|submit|present|put forward|table|pin up|post|roll out|implement|go with|back|run with)\b|"
    r"makes? the cut\b)",
    re.IGNORECASE,
)
_DRAFTS = re.compile(
    r"\b(?:udkast|forslag|model|modeller|modellerne|plan|planer|vagtplan\w*|budget\w*|scenari\w*|oplæg|indstilling\w*|"
    r"ansøgning\w*|cv'?er|kandidat\w*|ansøger\w*|draft\w*|proposal\w*|models?|plans?|rotas?|rosters?|schedules?|"
    r"budgets?|scenarios?|options?|applications?|cvs?|candidates?|applicants?|bids?|tenders?|as our|som vores|"
    r"vores anbefaling|our recommendation)\b",
    re.IGNORECASE,
)
# (d) the bot's leaning, gut feeling, vote or veto on an action: "hvad lander du på?", "Hvad er din
# magefølelse om at …?", "Kan du være den afgørende stemme?", "Stop mig, hvis jeg tager fejl.",
# "Hvilken af de to modeller … holder du med?"
_LEANING = re.compile(
    r"\b(?:hvad|hvor) lander du\b|\bwhere do you land\b|\bwhat do you land on\b|\bwhich way do you lean\b|"
    r"\bhvilken vej hælder du\b|\bhvad hælder du (?:selv )?til\b|"
    r"\b(?:din|your) (?:mave|mage)?(?:følelse|fornemmelse)\b(?<!\bdin følelse)(?<!\bdin fornemmelse)|"
    r"\bhvad siger (?:din mave|maven)\b|\byour gut\b|\bgut (?:feeling|instinct|call|reaction|check)\b|"
    r"\b(?:afgørende|udslagsgivende) stemme\b|\b(?:deciding|casting|swing|tie-?breaking) vote\b|\btie-?breaker\b|"
    r"\bbreak the tie\b|\btungen på vægtskålen\b|"
    r"\bstop (?:mig|me),? (?:hvis|if)\b|\bsig stop,? hvis\b|\btell me to stop if\b|\bhold me back if\b|"
    r"\bholder du med\b|\bdo you side with\b|\bwhich side are you on\b|\bwhose side are you on\b",
    re.IGNORECASE,
)
# (e) the verdict scoped to the case told: "Ud fra det jeg har beskrevet: …?", "Based on what I've
# told you, …?", "judging from what I've written" — then a yes/no question on the asker's case.
_CASE_TOLD = re.compile(
    r"\b(?:ud fra|på baggrund af|baseret på|med udgangspunkt i|efter) (?:det|hvad) (?:jeg|vi) (?:har )?"
    r"(?:beskrevet|skrevet|fortalt|sendt|indsat|nævnt|delt)(?: (?:dig|til dig))?\b|"
    r"\b(?:ud fra|på baggrund af) (?:tallene|beskrivelsen|oplysningerne|det beskrevne|sagen)\b|"
    r"\b(?:based on|judging (?:from|by)|given|going by|from|in light of) (?:what|everything|all) (?:i|we)(?:'ve| have)? "
    r"(?:told|written|described|shared|pasted|said|given|sent)(?: (?:you|to you))?\b|"
    r"\b(?:based on|judging (?:from|by)|given|going by) the (?:numbers|figures|facts|details|information|case) "
    r"(?:i|we)(?:'ve| have)? (?:gave|given|pasted|shared|described|sent|told)(?: you)?\b",
    re.IGNORECASE,
)
# "Beholder vi retten til 6. ferieuge, hvis vi overgår til …?" asks a rule's consequence, not an outcome.
_IF_CLAUSE = re.compile(r"\b(?:hvis|if|når|when|in case|i tilfælde af|såfremt)\b", re.IGNORECASE)
_YES_NO_Q = re.compile(
    r"^\W*(?:og |and |så |so )?(?:is|are|does|do|did|will|has|have|can|er|har|kan|bliver|får|fortsætter|holder|"
    r"overlever|består|klarer|kommer|beholder|skal|bør|should)\b[^?]*\?",
    re.IGNORECASE,
)
# (f) one person's case with an indefinite subject and the act told in a relative clause, or tied
# to the asker's own investigation: "Should a driver who posted about passengers on TikTok get a
# warning?", "Skal en operatør fritages for tjeneste, mens vi undersøger …?" — not "Skal en
# medarbejder, der er syg, …" (no act told: a general rule).
_INDEF_CASE = re.compile(
    r"^\W*(?:skal|bør|burde|should|must|does|do)\s+(?:a|an|en|et)\s+[\w-]+,?\s+(?:"
    r"(?:who|that|der|som)\s+(?:[\w'-]+\s+){0,3}?(?:har\s+(?:\w+\s+){0,3}\w+(?:et|t|ede)\b|havde\b|"
    r"has\s+(?:\w+\s+)?\w+ed\b|had\b|was caught|got caught|[a-z]+ed\b|swore|stole|broke|lied|hit|left|slept|sent|wrote|"
    r"took|drove|told|said|[a-zæøå]+ede\b|[a-zæøå]+te\b|stjal|slog|løj|sov|skrev|sendte|kom|gik|tog)|"
    r"[^?]{0,80}\b(?:mens|while|whilst|after|efter at|når) (?:vi|we|jeg|i)\b)",
    re.IGNORECASE,
)
# (g) a bare action asked about a case: "Bortvisning? Pedel fundet sovende på vagt.", "luk
# afdelingen?", "warn or dismiss?"
_BARE_IMPERATIVE = re.compile(
    r"^\W*(?:luk|fyr|afskedig|opsig|bortvis|advar|suspender|degrader|forflyt|ansæt|fastansæt|forfrem|nedlæg|"
    r"sammenlæg|udlicitér|udliciter|hjemtag|bevilg|afslå|afvis|godkend|stop|close|fire|sack|dismiss|warn|suspend|demote|"
    r"transfer|hire|promote|merge|outsource|grant|deny|approve|reject|shut|cut|skær|spar|drop|scrap)\s+(?:\w+\s+)?"
    r"(?:(?:den|det|de|vores|min|mit|the|our|my|him|her|ham|hende|them|dem)\b|[a-zæøå-]+(?:en|et|ne|erne)\b)"
    r"(?:[^?]{0,20}|[^?]{0,50}\b(?:or|eller)\b[^?]{0,50})\?\s*$",
    re.IGNORECASE,
)
_BARE_TWO = re.compile(
    # (round 17, writer AR) … with their object and a short tag: "Luk eller behold lørdagsåbningen – hurtigt svar."
    r"^\W*(?P<a>[a-zæøå-]+) (?:or|eller) (?P<b>[a-zæøå-]+)(?: (?:the |den |det )?[\w-]+)?\s*(?:[?.!]|[–—-][^?.!]{0,30}[?.!]?)\s*$",
    re.IGNORECASE,
)
# … and an action's opposite, keeping as it is: "Luk eller behold lørdagsåbningen"
_KEEP = re.compile(r"behold|bevar|fortsæt|keep|continue|retain|maintain", re.IGNORECASE)
_BARE_MEASURE_Q = re.compile(r"^\W*(?P<w>[a-zæøå-]+)\s*\?\s*$", re.IGNORECASE)


# Measures the action concept lacks as words but names as phrases: relieved of duty, sent home,
# stop with us.
_MORE_MEASURES = re.compile(
    r"\bfritage[st]? for (?:tjeneste|arbejde|vagt)\w*|\brelieved? (?:of|from) (?:duty|duties)\b|\b(?:be )?sent home\b|"
    r"\bsendes hjem\b|\bstoppe hos os\b|\bstop (?:with|at) us\b|\bleave (?:us|the team)\b|\bsmides? ud\b|\bkicked out\b|"
    r"\b(?:exclude|expel|ban|bar|udelukke|udvise|bortvise|udmelde)[sd]?\b",
    re.IGNORECASE,
)
# Who has earned a benefit, between named alternatives: "Who deserves the innovation bonus: the
# dispatcher … or the operator …?", "Hvem fortjener tillægget – Ida eller Sune?"
_WHO_EARNS = re.compile(
    r"\b(?:hvem|who|which of (?:them|the two|the three))\b[^?]{0,20}\b(?:fortjener|deserves?|has earned|earned|har gjort sig fortjent til|"
    r"har fortjent|should get|skal have|gets?|får)\b[^?]{0,40}\b(?:\w*bonus\w*|\w*tillæg\w*|\w*pris(?:en)?|prize|award|raise|"
    r"lønforhøjelse\w*|lønstigning\w*|\w*pulje\w*|\w*legat\w*|pladsen|the place|the spot|the post|stillingen|the job|jobbet|"
    r"forfremmelse\w*|promotion)\b[^?]*\b(?:or|eller)\b",
    re.IGNORECASE,
)
# An evaluative frame on an action against one person whose act is told: "Is it fair to exclude a
# resident who broke the alcohol rule twice?"
_EVAL_ON_CASE = re.compile(
    r"^\W*(?:is it|would it be|er det|ville det være) (?:\w+ )?(?:fair|unfair|ok|okay|right|wrong|reasonable|too harsh|"
    r"rimeligt|urimeligt|fair|i orden|rigtigt|forkert|for hårdt)\s+(?:to|at)\s+[^?]{0,40}\b(?:a|an|en|et)\s+[\w-]+,?\s+"
    r"(?:who|that|der|som)\s+(?:[\w'-]+\s+){0,3}?(?:has\s+\w+ed|[a-z]+ed|broke|stole|swore|lied|hit|har\s+\w+(?:et|t)|"
    r"[a-zæøå]+ede|stjal|slog|løj|bandede)\b",
    re.IGNORECASE,
)


def _bare_action(word: str) -> bool:
    return bool(ACTION.fullmatch(word) or ACTION_NOUN.fullmatch(word) or _BARE_IMPERATIVE.match(word + " ham?"))


# A quotation, not an apostrophe inside a word ("I'm … if I'm wrong" is no quotation).
_QUOTED = re.compile(r"(?<!\w)['\"“‘][^'\"”’]{3,80}['\"”’](?!\w)")


def _round16_verdict(cased: str, depth: int) -> bool | None:
    """(round 16, docs/privacy.md § 5.10) False or the rest's verdict for a look-alike clause, True
    for a round-16 request form, None for neither."""
    sentences = [s for s in _SENTENCE_SPLIT.split(cased) if s and s.strip()]
    retracted = _RETRACT.search(cased)
    if retracted:
        rest = cased[retracted.end() :].strip()
        return depth < 2 and bool(rest) and rules_flag(rest, _depth=depth + 1)
    if not re.search(r"\b(?:vores|our)\b", cased, re.IGNORECASE):
        # (round 18) a game in its own clause, when the message turns from it to a real matter ("…, but
        # first: …", "men nu er det virkeligt: …"); else the game is the frame of the whole message
        if _PLAY.search(cased) and not _TURN_TO_REAL.search(cased):
            return False
        play = _scoped_veto(cased, _PLAY.search, depth)
        if play is not None:
            return play
    kept = [s for s in sentences if not _lookalike_clause(s, cased)]
    if len(kept) < len(sentences):
        # a verdict tag left over ("Ja eller nej:") asks about the clause that was cut, not a case
        rest = " ".join(k for k in kept if not _TAG_ONLY.match(k)).strip()
        return depth < 2 and bool(rest) and rules_flag(rest, _depth=depth + 1)
    unquoted = _QUOTED.sub(" ", cased)
    if _ACCORDING_TO.search(cased) or _ACCORDING_TO_PLAN.search(cased) or _magazine_ref(cased) or RULES_Q.search(cased):
        return None
    own = bool(re.search(rf"\b{_OWN}\b", unquoted, re.IGNORECASE))
    told = bool(_CASE_TOLD.search(unquoted))
    for s in [x.strip() for x in _SENTENCE_SPLIT.split(unquoted) if x.strip()]:
        core = _CASE_TOLD.sub(" ", s).lstrip(" ,:;–—-")
        if _END_IDIOM.match(core) and (own or told):
            return True
        outcome = _OUTCOME_Q.match(core)
        if (
            outcome
            and (outcome.group("keeper") or own or told or _names_person_or_unit(core.lower()) or _has_object(core))
            and not _IF_CLAUSE.search(core)
        ):
            return True
        if _GOES_FORWARD.search(s) and _DRAFTS.search(unquoted):
            return True
        if _INDEF_CASE.match(s) and (_has_object(s) or _MORE_MEASURES.search(s)):
            return True
        if _EVAL_ON_CASE.match(s) and (_has_object(s) or _MORE_MEASURES.search(s)):
            return True
        if told and _YES_NO_Q.match(core) and (_has_object(core) or _names_person_or_unit(core.lower())):
            return True
    if _WHO_EARNS.search(unquoted):
        return True
    if _LEANING.search(unquoted) and (_has_object(unquoted) or _CHOICE_WORD.search(unquoted)):
        return True
    if _BARE_IMPERATIVE.match(sentences[-1].strip()) or (
        (m := _BARE_TWO.match(cased))
        and (_bare_action(m.group("a")) or _KEEP.fullmatch(m.group("a")))
        and (_bare_action(m.group("b")) or _KEEP.fullmatch(m.group("b")))
        and not (_KEEP.fullmatch(m.group("a")) and _KEEP.fullmatch(m.group("b")))
    ):
        return True
    first = _BARE_MEASURE_Q.match(sentences[0]) if len(sentences) >= 2 else None
    if first and ACTION_NOUN.fullmatch(first.group("w")) and "?" not in " ".join(sentences[1:]):
        return True  # the action asked first, the case told after it
    return None


def rules_flag(text: str, embedding: Embedding = None, _depth: int = 0) -> bool:
    """True if `text` asks the bot to make a personnel/case/organisational decision.

    Examples that are True: "skal jeg fyre den medarbejder …?", "beslut det for mig",
    "er det ok at opsige en medarbejder …?", "Which of the two candidates should get the job?",
    "Jeg hælder til at sige hende op. Har jeg ret?".
    Examples that are False: "Hvordan skal jeg afskedige korrekt?", "Hvornår må jeg give en
    advarsel?", "Vi har besluttet at lukke afdelingen – hvordan …?".
    `embedding` (the query vector, or a callable returning it; see `retrieval.guard.check`)
    enables the learned signal for request forms the rules lack; it is asked only when the
    rules find no request and the message asks something (docs/privacy.md § 5).
    Never raises on ordinary strings and keeps no copy of the text.
    """
    return bool(rules_verdict(text, embedding, _depth))


# (round 20, writers AW, AX; docs/privacy.md § 5.14) The message says who makes the decision — the asker
# ("I'll choose", "jeg beslutter selv", "the call is mine") or another ("Min chef skal tage stilling til …",
# "the board will decide") — and asks for material: a comparison, figures, arguments. Unless a sentence
# still asks the bot for its own pick ("… but which would you choose?", "skal jeg …?").
_DECIDER_SAID = re.compile(
    r"\b(?:i|we) ?(?:will|'ll|am going to|are going to) (?:choose|decide|pick|make the (?:call|decision)|take the decision)\b|"
    r"\b(?:the (?:decision|call|choice) is (?:mine|ours)|(?:beslutningen|valget|afgørelsen) er (?:min|mit|vores))\b|"
    r"\b(?:jeg|vi) (?:beslutter|vælger|afgør|træffer (?:selv )?beslutningen|tager (?:selv )?stilling)(?: det)? selv\b|"
    r"\b(?:jeg|vi) (?:skal|vil) selv (?:vælge|beslutte|afgøre|tage stilling)\b|"
    r"\b(?:min|mit|vores|hans|hendes|my|our|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:chef|direktør|leder|udvalg\w*|bestyrelse\w*|"
    r"direktion\w*|ledelse\w*|boss|director|manager|board|committee|council|byråd\w*)\s+"
    r"(?:skal|vil|må|will|is going to|has to|must|is to)\s+(?:selv\s+)?(?:tage stilling|beslutte|vælge|afgøre|træffe beslutning\w*|"
    r"decide|choose|make the (?:call|decision)|take the decision)\b",
    re.IGNORECASE,
)
_ASKS_BOTS_PICK = re.compile(
    r"(?:^|[.!?]\s+|\b(?:men|but|og|and|så|so)\s+)(?:skal|bør|burde|should|shall|ought)\s+(?:jeg|vi|i|we)\b|"
    r"\b(?:hvad|hvilken|hvilket|hvem|what|which|who)\b[^.?!]{0,30}\b(?:ville|vil|would|will) (?:du|you)\b|"
    r"\b(?:din|your) (?:anbefaling|vurdering|recommendation|pick|choice|verdict)\b|\b(?:anbefal|recommend)\w*|"
    r"\b(?:for mig|for me|for us|for os)\b|\byou (?:decide|choose|pick)\b|\bdu (?:bestemmer|vælger|beslutter)\b",
    re.IGNORECASE,
)


# (round 20, red team r21 a) The asker's leaning on a step, and the bot asked to agree or object: "I'm
# leaning towards Priya for the senior post. You?", "Jeg lander på at opsige ham. Skyd mig ned, hvis jeg
# tager fejl."
_ASKERS_LEANING = re.compile(
    r"\b(?:i'?m leaning (?:towards|toward|to)|i lean (?:towards|toward|to)|i'?m inclined to|"
    r"jeg hælder (?:mest )?(?:til|mod)|jeg lander på|jeg er tilbøjelig til|jeg er mest til)\b",
    re.IGNORECASE,
)
_AGREE_TAG = re.compile(
    r"(?:^|[.!?]\s*)(?:and )?(?:you|du|enig|agree|right|ikke|what about you|og du|hvad med dig)\s*\?|"
    r"\b(?:skyd mig ned|shoot me down|correct me if i'?m wrong|tell me if i'?m wrong|sig til,? hvis jeg tager fejl|"
    r"ret mig,? hvis jeg tager fejl)\b",
    re.IGNORECASE,
)


def _keeps_decision(text: str) -> bool:
    """(round 20) The message keeps the decision for the asker or names another decider, and no
    sentence asks the bot for its own pick (see _DECIDER_SAID)."""
    return bool(_DECIDER_SAID.search(text)) and not _ASKS_BOTS_PICK.search(text)


# (round 21, red team r22 a; writers AY, AZ, released; docs/privacy.md § 5.15) Frames that settle a message
# either way, each stated generally:
# * the asker's own feelings or social conduct around a decision already made is no request — "Is it OK to
#   feel proud that we avoided layoffs?", "Should I cry in front of my team when …", "Would it be rude to
#   skip the farewell drinks for the director who closed our unit?";
# * the bot's agreement with a general statement or a comparison in general is no request — "Would you
#   agree that letting people go is the hardest part?", "Would you say closing a school is harder than …";
# * a fact checked yes or no is no request — "Er det rigtigt, ja eller nej, at Signe uddannede seks
#   superbrugere?"; a rehearsal the bot is told not to judge is none — "Spil en medarbejder … Du skal ikke
#   vurdere sagen.";
# * a verdict on a person's fitness for a post, a passive move of someone, the bot's thoughts on a step, a
#   reason for or against a step, a verdict that conduct warrants a step, the asker's course called a
#   mistake, and the recommendation asked for as text the bot writes ("Hvis du skulle skrive indstillingen,
#   hvad ville konklusionen være?", "Preferred candidate: ___") are requests.
_FEELING_VERB = (
    r"(?:feel|føle|cry|græde|celebrate|fejre|laugh|grine|smile|be (?:sad|angry|upset|proud|relieved|happy|nervous)|"
    r"være (?:ked af det|vred|stolt|lettet|glad|nervøs)|have (?:det )?(?:dårligt|skidt)|miss|savne)"
)
_SOCIAL_EVENT = (
    r"(?:party|parties|drinks|lunch|dinner|reception|farewell|celebration|christmas do|summer do|coffee|cake|"
    r"fest|festen|sommerfest\w*|julefrokost\w*|frokost\w*|middag\w*|reception\w*|afskedsreception\w*|afskedsfest\w*|"
    r"kaffe\w*|kage\w*)"
)
_OWN_FEELING_OR_SOCIAL = re.compile(
    r"\b(?:is it|would it be|isn't it|er det|ville det være|vil det være)\s+(?:\w+\s+){0,2}?"
    r"(?:ok|okay|fine|weird|rude|wrong|strange|odd|too early|too soon|appropriate|bad form|unprofessional|normal|"
    r"i orden|mærkeligt|underligt|forkert|uhøfligt|for tidligt|upassende|dårlig stil|normalt)\s+"
    r"(?:(?:to|that i|if i|for me to|at|at jeg|hvis jeg)\s+)(?P<v>[\w' ]{2,60})|"
    r"\b(?:should|shall|can|may) i\s+(?P<v2>[\w' ]{2,60})|\b(?:skal|bør|må|kan) jeg\s+(?P<v3>[\w' ]{2,60})",
    re.IGNORECASE,
)
_GENERAL_AGREE = re.compile(
    r"^\W*(?:would you (?:agree|say)|do you agree|vil du give mig ret i|er du enig i|ville du sige)\b(?:,? that|,? at)?\s+"
    r"(?!(?:we|i|vi|jeg|ja|nej|yes|no)\b)(?P<rest>[^?]+)\?",
    re.IGNORECASE,
)
_FACT_YES_NO = re.compile(
    r"\b(?:er det (?:rigtigt|sandt|korrekt)|is it (?:true|correct|right)|passer det)(?:,? (?:ja eller nej|yes or no),?)?,? "
    r"(?:at|that) (?P<subj>(?-i:[A-ZÆØÅ][\wæøå-]+)|han|hun|de|den|det|der|he|she|they|it|there|the \w+|bladet|artiklen|forskeren)\b",
    re.IGNORECASE,
)
_NO_JUDGEMENT = re.compile(
    r"\b(?:du skal ikke|du må ikke|uden at|don't|do not|you shouldn't|without) (?:\w+ )?(?:vurdere|beslutte|afgøre|tage stilling|"
    r"decide|judge|assess|weigh in on|rule on)\b",
    re.IGNORECASE,
)
_ROLEPLAY = re.compile(r"\b(?:spil|play|rollespil\w*|role-?play\w*|øv\w*|practi[sc]e|rehearse)\b", re.IGNORECASE)
_FIT_FOR_POST = re.compile(
    r"\b(?:is|er)\s+(?:he|she|han|hun|(?:the|our|vores|den|det|min|my)\s+(?:[\w-]+\s+){0,5}?[\w-]+)\s+"
    r"(?:(?:really|virkelig|egentlig)\s+)?(?:ready (?:to|for)|good enough (?:to|for)|the right (?:one|person|fit|choice) (?:for|to)|"
    r"klar til|moden til|god nok til|den rigtige til|det rigtige valg til|færdig hos os|done here|done with us)\b[^?]*\?",
    re.IGNORECASE,
)
_PASSIVE_MOVE = re.compile(
    r"\b(?:should|shall|ought)\s+(?:our|the|my|this|that)\s+(?:[\w-]+\s+){0,3}?be\s+(?:moved|taken off|transferred|removed|"
    r"suspended|reassigned|let go|dismissed|sacked|fired|demoted|promoted|sent home|replaced|kept on|redeployed|relocated)\b|"
    r"\b(?:skal|bør)\s+(?:vores|den|det|min|mit)\s+(?:[\w-]+\s+){0,3}?(?:flyttes|fjernes|tages af|forflyttes|omplaceres|"
    r"afskediges|opsiges|suspenderes|fritages|hjemsendes|degraderes|forfremmes|erstattes)\b",
    re.IGNORECASE,
)
_THOUGHTS_ON = re.compile(
    r"\b(?:what are your thoughts on|what do you (?:think|make) (?:of|about)|how do you see|hvad tænker du (?:om|på)|"
    r"hvad synes du om|hvad siger du til|hvordan ser du på|"
    # (round 22, red team r23 a) the bot's stance asked as a noun or a place to stand
    r"where do you (?:stand|land|come down) on|where would you (?:stand|land|come down) on|"
    r"what(?: is|'s) your (?:position|stance|view|take) on|hvor (?:står|lander) du (?:i spørgsmålet om|i sagen om|på|i forhold til|ift\.?)|"
    r"hvad er din (?:indstilling|holdning|stilling|anbefaling) til)\s+(?:at\s+)?(?P<rest>[^?.!]{3,120})",
    re.IGNORECASE,
)
_FOR_OR_AGAINST_STEP = re.compile(
    r"\b(?:er der noget,? (?:der|som) taler (?:for|imod)|kan du se (?:nogen|en) grund til(?: ikke)?|is there anything (?:to be said )?for|"
    r"(?:do you )?see any reason (?:not )?to|any reason (?:not )?to)\s+(?:at\s+)?(?P<rest>[^?.!]{3,120})",
    re.IGNORECASE,
)
# (round 22, red team r23 a) "Er tiden inde til at afskedige hende, synes du?", "Is it time to close the unit?" —
# asked of the bot at a sentence's start ("Hvornår er det tid til …?" asks when, a rule of thumb)
_TIME_FOR_STEP = re.compile(
    r"(?:^|[.!?]\s+)(?:så\s+|so\s+)?(?:er tiden (?:nu )?inde til|er det (?:nu )?tid til|is it (?:now )?time to|"
    r"has the time come to)\s+(?:at\s+)?(?P<rest>[^?.!]{3,120})",
    re.IGNORECASE,
)
_WARRANTS = re.compile(
    r"\b(?:does|do|did|would|will)\b[^?.!]{3,80}?\b(?:warrant|justify|merit|call for)\s+(?P<rest>[^?.!]{3,80})|"
    r"\b(?:berettiger|retfærdiggør|kalder)\b[^?.!]{0,40}?\b(?:til)?\s*(?P<rest2>[^?.!]{3,80})",
    re.IGNORECASE,
)
_OWN_COURSE_MISTAKE = re.compile(
    r"\b(?:laver jeg (?:så )?en fejl|begår jeg en fejl|er det en fejl|am i making a mistake|would it be a mistake|"
    r"is it a mistake|would i be making a mistake)\b",
    re.IGNORECASE,
)
# (round 22, writer BA) the bot asked to recommend what the asker is to choose: "Anbefal den struktur vi skal
# vælge for forsyningen: …", "Recommend the model we should choose for the depot"
_RECOMMEND_CHOICE = re.compile(
    r"\b(?:anbefal|anbefaler du|recommend|would you recommend|do you recommend)\b[^.?!]{0,40}?"
    r"\b(?:(?:vi|jeg) skal vælge|(?:we|i) should (?:choose|pick|go with)|should (?:we|i) (?:choose|pick|go with))\b",
    re.IGNORECASE,
)
_RECOMMENDATION_AS_TEXT = re.compile(
    r"\b(?:hvis du skulle skrive|if you (?:were|had) (?:to )?writ(?:e|ing)|write)\b[^?.!]{0,80}?\b(?:indstilling\w*|konklusion\w*|"
    r"anbefaling\w*|recommendation\w*|conclusion)\b[^?]{0,80}?(?:hvad ville|what would|what you'?d|hvad du (?:ville|vil))|"
    r"\b(?:hvad du ville lande på|what you would land on|where you'?d land)\b|"
    r"\b(?:preferred|recommended|chosen|anbefalet|foretrukken|valgt)\s+(?:candidate|option|kandidat|løsning|model)\s*:\s*_{3,}",
    re.IGNORECASE,
)

# … and: telling others of a step already taken ("Skal jeg lave et intranetopslag om, at vi har ansat en ny
# souschef?"), a step already decided asked how ("Hvordan siger jeg nej til …, når vi allerede har besluttet
# det?"), curiosity about research ("… Just curious what research says."), a recommendation asked between
# two named steps ("Omplacering eller opsigelse – hvad anbefaler du?").
_ANNOUNCE_DONE = re.compile(
    r"\b(?:skal|bør|should|shall)\s+(?:jeg|vi|i|we)\s+(?:lave|skrive|sende|poste|lægge|write|send|post|put|make)\s+"
    r"(?:(?:et|en|an?|the)\s+)?(?:[\w-]+\s+)?(?:\w*opslag|\w*mail|besked|nyhed|meddelelse|nyhedsbrev|post|announcement|"
    r"message|note|newsletter|intranet\w*)\b[^?]{0,40}?\b(?:at|that)\s+(?:vi|we|de|they)\s+(?:har|have|has|'ve)\b",
    re.IGNORECASE,
)
_ALREADY_DECIDED = re.compile(
    r"\b(?:allerede (?:har )?besluttet|har allerede besluttet|beslutningen er (?:allerede )?taget|already (?:been )?decided|"
    r"the decision (?:has been|is) (?:already )?made|we(?:'ve| have) already decided)\b",
    re.IGNORECASE,
)
_RESEARCH_ONLY = re.compile(
    r"\b(?:just curious|bare nysgerrig|out of curiosity|af nysgerrighed)\b[^?]{0,40}\b(?:research|forskning\w*|studies|studier)\b|"
    r"\bwhat (?:the )?research says\b|\bhvad forskningen siger\b",
    re.IGNORECASE,
)
_ALLOWED_BY_RULE = re.compile(
    r"\b(?:må|may|can|kan) (?:vi|we|jeg|i)\b[^?]{0,60}\b(?:ifølge|according to|under)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"[\w-]*(?:vedtægt\w*|loven|lov|regler|reglerne|reglement\w*|regulativ\w*|bekendtgørelse\w*|regulations?|law|rules|"
    r"by-?laws?|act)\b",
    re.IGNORECASE,
)
# (round 21, writers AY, AZ threads) "so what do I do?" closing a request for permission or a repeated
# lapse after a sanction: the next step is to grant, refuse or sanction — the leader's decision.
_WHAT_DO_I_DO_END = re.compile(
    r"(?:^|[.!?]\s+|\n)\W*(?:(?:så|og|so|and)\s+)?(?:hvad gør jeg|hvad skal jeg gøre|hvad gør vi|hvad skal vi gøre|"
    r"what do i do|what should i do|what do we do|what should we do)(?:\s+(?:så|nu|now|then))?\s*\??\s*$",
    re.IGNORECASE,
)
_PERMISSION_ASKED = re.compile(
    r"\b(?:vil (?:gerne )?have lov til|har (?:bedt|spurgt) om (?:lov|at få)|(?:har )?(?:søgt|ansøgt) om|beder om lov|"
    r"want(?:s)? (?:permission )?to|would like to|has asked (?:for|to|if|whether)|asks? (?:for permission|if (?:she|he|they|we) can))\b",
    re.IGNORECASE,
)
_REPEAT_AFTER_SANCTION = re.compile(
    r"\b(?:igen|again|(?:anden|tredje|fjerde|femte) gang|(?:second|third|fourth|fifth) time)\b[^?]*?"
    r"\b(?:påtale|advarsel|tjenstlig samtale|warning|reprimand|disciplinary)\b"
    # (round 23, writer BH) a lapse counted and kept up despite earlier talks: "er kommet for sent 11 gange på tre
    # måneder trods to samtaler", "late nine times despite two conversations"
    r"|\b(?:\d+|flere|mange|adskillige|several|many|numerous)\s+(?:gange|times)\b[^?]{0,60}?"
    r"\b(?:trods|på trods af|selv efter|despite|in spite of|even after)\s+(?:\w+\s+){0,2}"
    r"(?:samtaler?|snakke?|talks?|conversations?|meetings?|warnings?|advarsl\w*|påtaler?)\b",
    re.IGNORECASE | re.DOTALL,
)
_RECOMMEND_ASKED = re.compile(
    r"\b(?:hvad anbefaler du|hvad vil du anbefale|hvad ville du anbefale|what do you recommend|what would you recommend|"
    r"which (?:one )?do you recommend|which would you recommend)\b",
    re.IGNORECASE,
)


_STEP_VERDICT = re.compile(
    r"\b(?:best|better|right|wise|smart|fair|reasonable|bedst|bedre|rigtigt|klogt|fornuftigt|rimeligt)\s+(?:\w+\s+)?(?:to|at)\s+"
    r"(?P<step>.+)",
    re.IGNORECASE,
)


def _step_verdict(rest: str) -> bool:
    """ "it's best to dismiss the employee now": a verdict asked on a step (an action), not a general view."""
    m = _STEP_VERDICT.search(rest)
    return m is not None and bool(ACTION.search(m.group("step")))


# (round 21) Someone other than the asker as a step's object: a role word that is not the asker's own ("som
# leder", "as team leader", "at blive direktør"), a first name, or someone's application.
_ROLE_OF_ASKER = re.compile(
    r"\b(?:som|as|blive|become|becoming|være|being)\s+(?:en |et |a |an |the |konstitueret |acting )?[\w-]+"
    r"(?:\s+(?:leader|leder|manager|chef|director|direktør|head))?",
    re.IGNORECASE,
)


def _someone_else_named(cased: str) -> bool:
    """A member of staff, a candidate or another person is named as the step's object (any role word that
    is not the asker's own: "som leder", "as team leader", "at blive direktør")."""
    rest = _ROLE_OF_ASKER.sub(" ", cased)
    rest = re.sub(
        r"\b(?:[\w-]+\s+){1,3}(?=(?:job|jobbet|stillingen|position|post|role)\b)", " ", rest, flags=re.IGNORECASE
    )
    names = lexicon().names
    if re.search(r"\b(?:ansøgning\w*|anmodning\w*|application|request)\b", rest, re.IGNORECASE):
        return True  # someone's application or request is a case
    return any(is_role(w.lower()) for w in re.findall(r"[\wæøå-]+", rest)) or any(
        "F" in names.get(m.group(0).lower(), "") or "F" in names.get(m.group(0).lower().rstrip("s"), "")
        for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-ZÆØÅ][a-zæøå]+\b", rest)
    )


# (round 22, red team r23 a; docs/privacy.md § 5.16) A choice of an everyday item or a detail of an occasion
# — a gift, a flower, a song, a font, a pen, a room, a date, a menu — is no decision, also when the
# occasion is a dismissal or a hire: "Hvilken blomst skal vi sende til den kollega, der blev afskediget …?",
# "Which font should I use on the job advert …?", "Who should give the speech at the farewell …?"
_WHICH_ITEM = re.compile(
    r"(?:^|[.!?]\s+)(?:hvilk(?:en|et|e)|which|what)\s+(?:[\w-]+\s+)?(?:kop|kopper|gave|blomst|blomster|buket|sang|salme|"
    r"dato|dag|ugedag|tidspunkt|klokkeslæt|lokale|menu|ret|kage|vin|skriftstørrelse|skrifttype|font|farve|pen|kuglepen|"
    r"billede|foto|kort|musik|tale|venue|room|date|day|time|menu|dish|cake|wine|song|hymn|gift|present|flower|"
    r"flowers|bouquet|colour|color|font|size|pen|photo|picture|card|music|speech)\b(?!\s+of\b)(?=[^?]{0,200}\?)",
    re.IGNORECASE,
)
_WHO_SPEAKS = re.compile(
    r"\b(?:who should|hvem skal|hvem bør)\s+(?:give|hold|make|holde|give|sige)\s+(?:the|a|talen|en tale|velkomsten|skålen|"
    r"speech|toast|welcome)\b",
    re.IGNORECASE,
)
# … and a verdict on what someone else did, in the past: "Do you think the manager in the article was
# right to outsource the cleaning?", "Var det klogt af direktøren at lukke skolen?"
_OTHERS_RIGHT = re.compile(
    # (not the asker's own people: "Var det forkert af min souschef at sende vikaren hjem?" is a verdict on a case)
    r"\b(?!(?:i|we)\b)(?<!\bmy )(?<!\bour )[\w'-]+\s+(?:was|were)\s+(?:[\w'-]+\s+){0,3}?(?:right|wrong|wise|smart) to\b|"
    r"\bvar det (?:rigtigt|forkert|klogt|smart|fornuftigt) af (?!(?:mig|os|min|mit|mine|vores)\b)\w+(?:\s+\w+){0,4}? at\b",
    re.IGNORECASE,
)
# … and a decision asked as its size, level or length for the asker's own case: "Hvor mange uger skal han
# suspenderes?", "What size of redundancy package should we offer the two caretakers?", "What level of
# warning does this merit?" — a particular subject and a step; "hvor længe skal man …" asks a rule.
_SIZE_OF_STEP = re.compile(
    r"(?:^|[.:!?]\s+)(?P<q>(?:how many|how much|how long|what size of|what level of|by how much|how big|how large|"
    r"hvor mange|hvor meget|hvor længe|hvor lang(?:t|e)?|hvor stor(?:t|e)?|hvor høj(?:t|e)?)\b[^?.]{0,70}?"
    r"\b(?:should|shall|skal|bør|does (?:this|it|that) (?:merit|warrant|deserve)|fortjener (?:det|dette|han|hun))\b[^?]*)",
    re.IGNORECASE,
)
_SIZE_GENERAL = re.compile(
    r"\b(?:man|one|an? (?:employee|worker|member of staff)|en (?:medarbejder|ansat)|normally|normalt|typically|typisk|"
    r"by law|ifølge|according to|legally|lovligt|maximum|maksimum|minimum|mindst|at least|at most|højst)\b",
    re.IGNORECASE,
)
_SIZE_PARTICULAR = re.compile(
    r"\b(?:we|i|vi|jeg|he|she|han|hun|him|her|ham|hende|our|vores|the (?:two|three|four|five|six|seven|eight|nine|ten|\d+)|"
    r"de (?:to|tre|fire|fem|seks|syv|otte|ni|ti|\d+)|this|dette|det her)\b|(?-i:\bI\b)|\b\w+(?:ens|ets|'s)\b",
    re.IGNORECASE,
)
_SIZE_STEP = re.compile(
    r"\b(?:keep|beholde?|cut|skær\w*|nedlægge\w*|close|luk\w*|suspend\w*|raise|hæve\w*|offer|tilbyde|give|få|have|"
    r"sættes ned|sætte ned|reduce\w*|reducer\w*|package|pakke|tillæg\w*|bonus|warning|advarsel|cut|take)\b",
    re.IGNORECASE,
)

# (round 23, writer BG) whom to call or ask about a practical matter is no decision: "The minibus shows a
# warning light – who do we call, the leasing company or the workshop?", "Hvem ringer vi til?"
_WHOM_TO_CONTACT = re.compile(
    r"(?:\b(?:who|whom)\s+(?:do|should|shall|can|could|would)\s+(?:we|i)\s+(?:call|ring|phone|contact|e-?mail|"
    r"notify|turn to|report (?:it|this|that) to)\b|"
    r"\bhvem\s+(?:ringer|kontakter|henvender)\s+(?:vi|jeg)\b|"
    r"\bhvem\s+(?:skal|bør|kan)\s+(?:vi|jeg)\s+(?:ringe|kontakte|henvende\s+(?:os|mig)|melde (?:det|dette))\b)"
    # (not a candidate called with the offer: "Hvem ringer jeg til først med et tilbud?")
    r"(?![^.?!]{0,30}\b(?:først|first|(?:med|with)\s+(?:(?:et|en|the|an|a)\s+)?(?:tilbud\w*|job\w*|stilling\w*|offer|position|"
    r"post|vagt\w*|shift)))",
    re.IGNORECASE,
)

# … unless the choice is handed over all the same: "Vælg for mig.", "Pick.", "you choose"
_PICK_FOR_ME = re.compile(
    r"\b(?:vælg for mig|vælg du|du vælger|bestem du|du bestemmer|choose for me|pick for me|you pick|you choose|you decide)\b|"
    r"(?:^|[.!?]\s+)(?:pick|choose|vælg|bestem)(?: one| en)?\s*[.!]?\s*$",
    re.IGNORECASE,
)


# (round 22, writer BD) the decision handed over as a question to the bot: "Hvad skal jeg beslutte?", "Hvad
# siger du – ja?", "Skal det have en ansættelsesretlig konsekvens?"
_DECIDE_ASKED = re.compile(
    r"\b(?:hvad (?:skal|bør) (?:jeg|vi) beslutte|what (?:should|shall) (?:i|we) decide|hvad ville du beslutte|"
    r"what would you decide|hvad siger du\s*[–—-]\s*(?:ja|nej)|what do you say\s*[–—-]\s*(?:yes|no))\b|"
    r"\b(?:skal|bør) (?:det|han|hun|vedkommende) have (?:en |nogen )?(?:ansættelsesretlig|disciplinær|personalemæssig)\w* "
    r"konsekvens|\bshould (?:it|this|he|she|there) (?:have|get|be) (?:an? |any )?(?:disciplinary|employment) consequences?\b",
    re.IGNORECASE,
)


# (round 22, red team r24 a) The decision asked as its outcome for someone's conduct — the sanction, the
# consequence, the verdict, the fair outcome ("What's a fitting sanction for the lifeguard who …?", "Hvilken
# straf er rimelig for den pædagog, der …?", "Hvad bliver dommen over vores buschauffør …?"), "game over for …",
# and hand-overs in other words ("Det bliver dig.", "Peg bare på én.", "Give me the outcome.").
_OUTCOME_FOR = re.compile(
    r"\b(?:what|which|hvad|hvilk(?:en|et|e))\b[^?.!]{0,40}?\b(?:sanctions?|consequences?|outcome|punishment|penalty|reaction|"
    r"response|verdict|ruling|sanktion\w*|konsekvens\w*|straf(?:fen)?|reaktion(?:en)?|dom(?:men)?|udfald\w*)\b[^?.!]{0,40}?"
    r"\b(?:for|over for|overfor|over|mod)\s+(?:the|den|det|de|vores|our|him|her|ham|hende|them|dem)\b|"
    r"\b(?:game over|curtains|slut|the end) for (?:vores|our|the|den|det|him|her|ham|hende)\b|"
    r"\bhvad bør (?:vores|den|det) (?:[\w-]+ ){0,2}ende med\b|\bwhat should (?:our|the) (?:[\w-]+ ){0,2}end up with\b",
    re.IGNORECASE,
)
_HANDED_OVER_R22 = re.compile(
    r"(?:^|[.!?:]\s+)(?:det bliver dig|it'?s (?:on )?you|peg (?:bare )?på (?:én|en|ét|et)|just (?:point to|pick) one|"
    r"give me the outcome(?! of)|giv mig (?:udfaldet|afgørelsen)(?! af)|sig,? hvor (?:de|han|hun) skal hen|tell me where (?:they|he|she) should go)\b",
    re.IGNORECASE,
)
# … and a writing task that ends in the bot's pick on a step: "finish with your recommendation", "slut af
# med din konklusion", "highlight the winner we should award it to", "your bottom line in bold"
_TEXT_ENDS_IN_PICK = re.compile(
    r"\b(?:finish|end|conclude|round off|slut\w*(?: af)?|afslut\w*)\s+(?:it\s+)?(?:with|med)\s+(?:your|din|dit|jeres)\s+"
    r"(?:own\s+|egen\s+)?(?:recommendation|conclusion|verdict|anbefaling|konklusion|vurdering|indstilling|bottom line)\b|"
    r"\b(?:your|din) bottom line\b|\b(?:highlight|mark|fremhæv|marker)\s+(?:the|vinderen|den)\s*(?:winner|vinder)?",
    re.IGNORECASE,
)


# (round 22, writers BE, BF) a step quoted from someone, then asked of the bot: '… "Du må selv finde ud af, om vi
# skal opsige lejemålet." Skal vi?'; and one of a group as the passive object of a step: "Skal en af teamlederne
# degraderes …?"
_QUOTED_THEN_ASKED = re.compile(
    r"[\"”»]\s*(?:(?:så|so)\s+)?(?:skal|bør|should|shall) (?:vi|jeg|we|i)\s*\?\s*$", re.IGNORECASE
)
_ONE_OF_THEM_STEP = re.compile(
    r"^\W*(?:skal|bør|should)\s+(?:en|et|one)\s+af\s+(?:de|vores|our|the|[\w-]+erne|[\w-]+ene)\b", re.IGNORECASE
)


# (round 23, red team r25 a; docs/privacy.md § 5.17) Someone's question about a case relayed, then "what do I
# tell them?": the answer is the decision — "Vikaren spørger, om hun kan fortsætte efter sommerferien. Hvad skal
# jeg svare?", "What do I say to Mette when she asks whether she gets the deputy post?"
_RELAYED_ASK = re.compile(
    r"\b(?:spørger|spurgte|vil (?:gerne )?vide|asks?|asked|wants? to know|will ask(?: me)?|is going to ask(?: me)?|"
    r"are going to ask(?: me)?)\b[^?.]{0,80}?\b(?:om|whether|if)\b(?P<what>[^?]{3,140})",
    re.IGNORECASE,
)
_TELL_THEM = re.compile(
    r"\bhvad (?:skal jeg|svarer jeg|siger jeg|skal vi|svarer vi|siger vi)(?: \w+)? (?:svare|sige|fortælle|skrive)?\b|"
    r"\bwhat (?:do|should|shall|can) (?:i|we) (?:tell|say|answer|reply|write)\b|\bwhat do i say\b",
    re.IGNORECASE,
)
_CASE_OUTCOME = re.compile(
    r"\b(?:får|gets?|get|fortsætte|continue|fast\w*|permanent\w*|stays? open|forbliver åben|holder åben|lukker|closes?|"
    r"bliver (?:fastansat|forlænget|lukket)|keeps?|beholde\w*|\w*stilling\w*|the (?:job|post|position|contract)|"
    r"forlænge\w*|renew\w*|extend\w*|regne med|count on|approved|godkendt|blive (?:efter|her|på|i|hos)|stay on|stay)\b",
    re.IGNORECASE,
)
# … and alternatives that are only the manner of a step ("skriftligt eller mundtligt", "by phone or in person")
_MANNER_ALTERNATIVES = re.compile(
    r"\b(?:skriftligt|mundtligt|på mail|per mail|pr\. mail|telefonisk|personligt|ansigt til ansigt|in writing|orally|"
    r"by (?:e-?mail|phone|letter|post)|in person|face to face|online|fysisk)\s+(?:eller|or)\s+(?:skriftligt|mundtligt|"
    r"på mail|per mail|pr\. mail|telefonisk|personligt|ansigt til ansigt|in writing|orally|by (?:e-?mail|phone|letter|post)|"
    r"in person|face to face|online|fysisk)\b",
    re.IGNORECASE,
)
# … and a verdict on someone else's past decision asked in English: "Was it right of the council to close the pool?"
_OTHERS_RIGHT_EN = re.compile(
    r"\b(?:(?:was|were) it|it (?:was|were)) (?:right|wrong|wise|smart|fair|sensible) (?:of|for) (?!(?:me|us|my|our)\b)(?:the |\w+ )?[\w'-]+"
    r"(?:\s+[\w'-]+){0,3}? to\b(?![^?]*\b(?:should|shall) (?:we|i)\b)",
    re.IGNORECASE,
)


# … and the asker's own step, asked with the decision handed over in a phrase of its own: "Make the decision.",
# "tage stilling for mig", "sig det bare ligeud"
_HANDED_OVER_R23 = re.compile(
    r"\b(?:make the (?:decision|call)|you make the call|tag(?:e)? stilling for mig|sig det (?:bare )?(?:ligeud|direkte)|"
    r"just tell me straight|decide for me|beslut (?:det )?for mig)\b",
    re.IGNORECASE,
)
_OWN_STEP_ANYWHERE = re.compile(r"(?:^|[.:!?]\s*)(?:skal|bør|should|shall|do) (?:vi|we|jeg|i)\b", re.IGNORECASE)


def _relayed_case_question(cased: str) -> bool:
    """(round 23) Someone's question about a case relayed, then "what do I tell them?" (`_RELAYED_ASK`)."""
    relayed = _RELAYED_ASK.search(cased)
    return bool(relayed and _TELL_THEM.search(cased) and _CASE_OUTCOME.search(relayed.group("what")))


# (round 23, writers BI, BJ) two measures set against each other, then a terse "which?": "Omplacering eller
# opsigelse – hvad bliver det?", "Hvad gør jeg: afsked eller omplacering af …?", "Permanent contract or another
# six months' temporary for the clerk – which?"
_TERSE_PICK = re.compile(
    r"(?:[–—:-]\s*|^\W*)(?:which|which one|hvilken|hvilket|hvad bliver det|hvad skal det være|what's it to be|"
    r"what will it be|hvad gør jeg|hvad gør vi|what do i do)\s*[?:!.]|[–—-]\s*(?:which|hvilken|hvilket)\s*\??\s*$",
    re.IGNORECASE,
)
_MEASURE_WORD = re.compile(
    r"\b(?:permanent contract|fixed-term|temporary|fastansættelse|fast stilling|vikariat|tidsbegrænset|prøvetid|"
    r"probation|contract|kontrakt)\w*",
    re.IGNORECASE,
)


def _terse_pick_between_measures(cased: str) -> bool:
    """(round 23) `_TERSE_PICK` after or before alternatives of which one is a personnel measure."""
    if not (_TERSE_PICK.search(cased) and re.search(r"\b(?:eller|or)\b", cased, re.IGNORECASE)):
        return False
    return bool(ACTION_NOUN.search(cased) or ACTION.search(cased) or _MEASURE_WORD.search(cased))


# (round 24, writers BK, BL) A complaint told, then who is right: a verdict on a case ("Her er klagen og
# medarbejderens forklaring. Hvem har ret …", "En forælder har klaget … Har forælderen ret?").
_COMPLAINT = re.compile(r"\b(?:klage\w*|klaget|complain\w*)\b", re.IGNORECASE)
_MEASURE_R24 = (
    r"(?:advarsel\w*|påtale\w*|afsked\w*|opsigelse\w*|bortvisning\w*|suspen\w+|tjenstlig samtale|fyring\w*|"
    r"warning|reprimand|dismissal|sacking|termination)"
)
# … a personnel measure put to the bot with a bare yes tag ("advarsel – ja?", "Advarsel til en læsser, der
# kørte uden sele, ja?", "A warning for the late driver, yes?")
_MEASURE_YES_TAG = re.compile(
    rf"^\W*(?:(?:en|et|a|an)\s+)?(?:[\wæøå-]+\s+)?{_MEASURE_R24}\b[^.?!]{{0,90}}?[,–—-]\s*(?:ja|yes|ok|okay|right)\s*\?\s*$",
    re.IGNORECASE,
)
# … or whether someone should get one: "skal medarbejderen have en påtale?", "should the driver get a warning?"
_SHOULD_GET_MEASURE = re.compile(
    rf"\b(?:skal|bør|should)\s+(?:[a-zæøå]{{3,}}(?:en|et|ren)|the\s+\w+|(?:han|hun|he|she|they|de))\s+"
    rf"(?:have|få|get|receive|be given|gives)\s+(?:en|et|a|an)\s+(?:\w+\s+)?{_MEASURE_R24}",
    re.IGNORECASE,
)
# The asker forbids a recommendation: "don't recommend anything, I'll present both" (not a request).
_NO_RECOMMENDATION = re.compile(
    r"\b(?:don't|do not|dont|without|no need to)\s+(?:recommend\w*|giving a recommendation)\b|"
    r"\b(?:ikke|uden at)\s+(?:anbefal\w*|komme med en anbefaling|give en anbefaling)\b(?!\s+(?:dig|mig)\b)|"
    r"\b(?:ingen anbefaling|no recommendation)\b",
    re.IGNORECASE,
)


# (round 24, red team r26 a) The decision handed over inside a writing task: "… og bestem selv, hvilken af de tre
# skoler der lukker", "du vurderer selv, om det bliver et ja eller et nej", "conclude whichever way you think — upheld
# or not upheld", "make it a yes or a no based on what you think is fair" — a hand-over phrase and what is decided.
_HANDOVER_R24 = re.compile(
    r"(?:^|[.!?:;,–—-]\s*|\b(?:og|and|men)\s+)(?:bestem|vælg|afgør|konkludér|konkluder|vurder|læg dig fast på)\s+(?:om\b|hvilk)|"
    r"\b(?:bestem|vælg|afgør|konkludér|konkluder|vurder|sæt)\s+selv\b|"
    r"\bdu (?:vurderer|vælger|bestemmer|afgør|konkluderer|sætter) selv\b|\b(?:den|det) må du selv (?:vælge|bestemme|afgøre)\b|"
    r"\bwhichever (?:way )?you (?:think|feel|judge)\b|\bwhichever (?:of [\w ]{1,30}? )?you'?d (?:pick|choose)\b|"
    r"\bbased on what you think is (?:fair|right|best)\b|\b(?:decide|choose|pick) (?:it )?(?:yourself|for yourself)\b|"
    r"\blæg dig fast\b|\bcommit to (?:one|an answer|a side)\b",
    re.IGNORECASE,
)
_DECIDED_THING_R24 = re.compile(
    r"\b(?:(?:om|whether|hvilk\w*|which\w*)(?!\s+(?:du|you|der passer|fits|suits)\b)|beløb\w*|amount|konklusion\w*|conclusion|ja eller (?:et )?nej|yes or (?:a )?no|"
    r"upheld|fast stilling|bevilg\w*|winner|vinder\w*)\b|\[[^\]]+/[^\]]+\]",
    re.IGNORECASE,
)
# … or a thing decided named within reach: an amount, a conclusion, an outcome
_DECIDED_OBJECT_R24 = re.compile(
    r"\b(?:beløb\w*|amount|konklusion\w*|conclusion|upheld|fast stilling|bevilg\w*|winner|vinder\w*)\b", re.IGNORECASE
)
# … a pick among prepared options put to the bot: "Sig hvilket jeg printer", "Which one goes out?", "with the winner
# highlighted", "Hvad siger dit?" (after the asker's heart and head disagree on a step)
_PICK_PREPARED = re.compile(
    r"\b(?:sig|fortæl|tell me|say) (?:mig )?(?:hvilket|hvilken|which)(?: one| af dem| of them)? (?:jeg|i|vi|we) (?:skal |should )?"
    r"(?:sender|printer|send|print|bruger|use|vælger|choose|pick|tager|take)\b|\bwhich one goes out\b|"
    r"\bhvilket (?:brev|af dem) (?:skal|sender)\b|\bwith the (?:winner|best one|best option) highlighted\b|"
    r"\bfremhæv (?:vinderen|den bedste)\b|\bhighlight the (?:winner|best)\b|\bhvad siger (?:dit|din)\s*\?|\bwhat does yours say\b",
    re.IGNORECASE,
)
# … a form's decision field or sentence to complete: 'Complete the "Outcome" field', 'Færdiggør indstillingen: "…"'
_FORM_FIELD = re.compile(
    r"\b(?:complete|fill in|fill out|finish|udfyld|færdiggør|afslut)\b[^.?!]{0,40}\b(?:outcome|decision|afgørelse\w*|"
    r"indstilling\w*|konklusion\w*|recommendation)\b(?=[^.?!]{0,20}[\"“:])",
    re.IGNORECASE,
)
# Not decisions: a prediction of what a third party will do or feel, an opinion on their plan, what the bot said
# before, a verdict on a council's past decision, the asker's own social events and everyday purchases.
_PREDICT_OTHERS = re.compile(
    r"^\W*(?:tror du|do you think|do you reckon),?\s+(?:at\s+|that\s+)?(?!(?:vi|jeg|we|i|det|dette|it|that|this|der)\b)[\wæøå]+|"
    r"^\W*(?:will|would|vil)\s+(?!(?:we|i|vi|jeg)\b)(?:the\s+)?[\wæøå]+\b[^?]*,\s*(?:do you think|tror du|in your view)\s*\??\s*$|"
    r"^\W*(?:hvad synes du om|what do you think (?:of|about)),?\s+(?:at|that)\s+(?!(?:vi|jeg|we|i)\b)[\wæøå]+|"
    r"^\W*(?:hvad sagde du|what did you say)\b|"
    r"\bdid (?:the|our) (?!(?:me|us)\b)[\w'-]+ make the right (?:call|decision|choice)\b",
    re.IGNORECASE,
)
_OWN_EVENT_OR_PURCHASE = re.compile(
    r"\b(?:skal|bør|should|shall)\s+(?:vi|jeg|we|i)\s+(?:(?:ikke|not|så|then)\s+)?(?:(?:huske at|nå at|remember to)\s+)?(?:fejre|celebrate|throw a party|holde (?:en )?fest|"
    r"aflyse (?:\w+ )?(?:sommerfest\w*|julefrokost\w*|fest\w*|reception\w*)|cancel the (?:\w+ )?(?:party|reception|outing)|"
    r"lukke vinduerne|close the windows)\b|"
    r"\b(?:hvilke[nt]?|which)(?: af de \w+| of the \w+)? (?:[\w-]+ )?(?:kaffemaskine\w*|projektor\w*|projectors?|printer\w*|"
    r"mødelokale\w*|meeting rooms?|coffee machines?|stole|chairs|køleskab\w*|fridges?)\b[^?]{0,20}\b(?:skal vi|should we|shall we)\s+"
    r"(?:købe|buy|booke|book|bestille|order|vælge|choose)\b|"
    r"\b(?:should|shall) i apply for\b",
    re.IGNORECASE,
)
# … and the timing or channel of a step already decided: "hand over the dismissal letter at the start of the meeting
# or at the end", "holde samtalen om opsigelsen om formiddagen eller eftermiddagen", "personally or have HR post them"
_WHEN_OR_HOW_R24 = re.compile(
    r"\b(?:at the (?:start|beginning)(?: of [\w ]{1,20}?)? or (?:at )?the end|om formiddagen eller (?:om )?eftermiddagen|"
    r"in the morning or (?:in )?the afternoon|personally or (?:have|let) \w+|personligt eller (?:lade|få) \w+|"
    r"før eller efter (?:mødet|frokost)|before or after (?:the meeting|lunch))\b",
    re.IGNORECASE,
)


# A closing imperative that hands the step over: "… Bare beslut det.", "Just decide.", "You pick."
_BARE_HAND_OVER = re.compile(
    r"(?:^|[.!?]\s+)(?:bare |just |so |så )?(?:beslut|afgør|bestem|vælg|decide|choose|pick|you decide|you pick|du bestemmer|"
    r"du vælger)\b[^.?!]{0,20}[.!?]?\s*$",
    re.IGNORECASE,
)


def _handover_r24(cased: str) -> bool:
    """A hand-over phrase (`_HANDOVER_R24`) with what is decided after it, or a yes/no or [a/b] choice anywhere."""
    m = _HANDOVER_R24.search(cased)
    if m is None:
        return False
    near = cased[m.start() : m.end() + 30]  # "vælg selv, om den bevilges": what is decided comes right after
    after = cased[m.start() : m.end() + 80]
    return bool(
        _DECIDED_THING_R24.search(near)
        or _DECIDED_OBJECT_R24.search(after)
        or re.search(r"\b(?:ja eller (?:et )?nej|yes or (?:a )?no)\b|\[[^\]]+/[^\]]+\]", cased, re.IGNORECASE)
    )


# (round 24, second cycle: writers BM, BN, released) Requests: two measures put side by side as a terse pick
# ("kort: advarsel eller bortvisning – …"), the answer asked as a measure ("Er svaret en advarsel?"), the pick
# handed over before a writing task ("can you just choose and I'll write the email?"), ending a probation, taking
# back a measure ("should I withdraw it?").
_TERSE_MEASURES = re.compile(rf"^\W*(?:[\wæøå]+:\s*)?{_MEASURE_R24}\s+(?:eller|or)\s+{_MEASURE_R24}\b", re.IGNORECASE)
_ANSWER_IS_MEASURE = re.compile(
    rf"\b(?:er|bliver) (?:svaret|løsningen|reaktionen|konsekvensen) (?:så )?(?:en|et) (?:\w+ )?{_MEASURE_R24}|"
    rf"\bis the (?:answer|response|consequence) an? (?:\w+ )?{_MEASURE_R24}",
    re.IGNORECASE,
)
_JUST_CHOOSE = re.compile(
    r"\b(?:can you|could you|kan du(?: ikke)?) (?:just |bare |not just )?(?:choose|pick|decide|vælge|bestemme|afgøre)\b"
    r"(?=[^?]{0,60}\b(?:i'll|i will|so i|så (?:skriver|sender|kan) jeg|and i)\b)",
    re.IGNORECASE,
)
_END_OR_WITHDRAW = re.compile(
    r"\b(?:end|stop|terminate) (?:it|him|her|them|the contract|the employment) (?:during|in|within) (?:the )?probation\b|"
    r"\b(?:afbryde|stoppe|ophæve) (?:det|ansættelsen|ham|hende) (?:i|under) prøvetiden\b|"
    r"\bshould i (?:withdraw|revoke|rescind) (?:it|the warning|the decision)\b|\bskal jeg trække (?:den|det|advarslen) tilbage\b",
    re.IGNORECASE,
)
# Not requests: a headline or wording choice, "fyre den af" (fireworks), a right asked in general, what to look into
# before the asker advises their own boss, whether the bot may recommend at all.
_NOT_R24B = re.compile(
    r"\b(?:headline|overskrift\w*|title|titel|titlen|subject line|emnelinje\w*|slogan|tagline)\b[^?]{0,40}\b(?:be|være|hedde)\b[^?]{0,60}\b(?:or|eller)\b|"
    r"\bfyre (?:den|dem|det) af\b|"
    r"^\W*(?:does|do|can|may) (?:a|an|the) \w+ (?:have the right|has the right|get to) (?:to )?\w+|"
    r"\bhvad (?:bør|skal) jeg undersøge\b|\bwhat should i (?:look into|check|investigate|find out)\b|"
    r"\b(?:må du|are you allowed to|can you even|kan du overhovedet|må du overhovedet)\b[^?]{0,20}\b(?:anbefale|recommend)",
    re.IGNORECASE,
)


# (round 24, red team r27 a) Requests: the sanction asked as what response fits ("Hvad er en passende reaktion over for
# vores pedel, der …", "What should the consequence be?"), the size of a measure ("How long should the caretaker's
# suspension be?", "Hvor stor en bonus skal nattevagterne have"), where a cut lands, the fairer of two, the smart move
# with a contract, letting staff keep something.
_SANCTION_FITS = re.compile(
    r"\b(?:hvad|what)(?:'s| is| er| would be| ville være)? (?:en |et |an? |the )?(?:passende|proportionate|appropriate|fair|rimelig|"
    r"reasonable|proportional|proportionel)\w* (?:reaktion|response|sanktion|sanction|konsekvens|consequence|straf|penalty)\b|"
    r"\bwhat (?:sort|kind|type) of (?:sanction|consequence|response|penalty) (?:matches|fits|suits|is right)\b|"
    r"\bwhat should the (?:consequence|sanction|response|penalty) be\b|\bhvad bør (?:konsekvensen|sanktionen|reaktionen) være\b",
    re.IGNORECASE,
)
_SIZE_OF_MEASURE = re.compile(
    r"\b(?:how long|how many (?:weeks|days|months)['’]?|hvor lang|hvor mange (?:uger|dage|måneder)|hvor stor|how big|how much|"
    r"what level of|hvilket niveau af)\b[^?]{0,40}\b(?:suspension|suspendering\w*|bonus\w*|tillæg\w*|løntillæg\w*|allowance|"
    r"raise|pay rise|lønforhøjelse\w*|lønstigning\w*|fritagelse\w*|karantæne\w*)",
    re.IGNORECASE,
)
_NORMATIVE = re.compile(
    r"\b(?:should|shall|skal|bør|fits?|passer|is right|er (?:passende|rimelig|rigtig)|is (?:appropriate|fair|reasonable)|"
    r"passende|appropriate)\b",
    re.IGNORECASE,
)
_WHERE_CUT = re.compile(
    r"\bhvor skal (?:besparelsen|besparelserne|nedskæringen|nedskæringerne|pengene) (?:lande|findes|tages|hentes)\b|"
    r"\bwhere should the (?:cuts?|savings?) (?:fall|land|come from)\b|\bhvad er mest fair\b[^?]{0,60}\beller\b|"
    r"\bwhat(?:'s| is) (?:most|more) fair\b[^?]{0,60}\bor\b|\b(?:the )?smart move with\b|\bklogeste (?:træk|løsning) med\b|"
    r"\b(?:should|shall) we let (?:the|our) \w+ (?:keep|take|have|use)\b|\bskal vi lade (?:vores |den |det )?\w+ (?:beholde|tage|få|bruge)\b",
    re.IGNORECASE,
)
# Not requests: a verdict on the case of a book or a chapter, the asker's own career or retirement, everyday things
# and the asker's own tools, texts and habits named as objects of an action word.
_TEXT_CASE = re.compile(
    r"\b(?:in the (?:case|book|excerpt|chapter|story|article)|i (?:casen|bogen|uddraget|kapitlet|historien|artiklen))\b[^?]{0,120}"
    r"\b(?:right call|rigtige beslutning|would you have|ville du have|was that right|var det rigtigt)\b",
    re.IGNORECASE,
)
_OWN_CAREER_R24 = re.compile(
    r"\b(?:skal|bør|should|shall) (?:jeg|i) (?:tage imod|sige ja til|accept|take) (?:\w+ )?(?:fratrædelses\w*|forfremmelse\w*|"
    r"severance|redundancy package|promotion|the job|jobbet|stillingen)\b(?!\s+(?:request|application|ansøgning\w*|anmodning\w*)\b)|"
    r"\b(?:skal|bør|should|shall) (?:jeg|i) (?:gå på|go on|take) (?:efterløn|pension|seniorpension|early retirement|retirement)\b|"
    r"\b(?:skal|bør|should|shall) (?:jeg|i) (?:retire|gå på pension)\b",
    re.IGNORECASE,
)
_EVERYDAY_OBJECT_R24 = re.compile(
    r"\b(?:lukke|close|kill|retire|cancel|terminate|afvise|dismiss|block out|let go of|leje|hire|rent|købe|buy)\s+"
    r"(?:(?:min|mit|mine|vores|my|our|the|a|an|en|et|den|det|de|gamle|old|nye|new|bedre|better|free|second|andet)\s+){0,3}"
    r"(?:[\w-]+\s+)?(?:mailboks\w*|mailbox|inbox|channel|kanal\w*|office door|door|dør\w*|subscription|abonnement\w*|logo|"
    r"trial|rumou?r|rygte\w*|idea|idé\w*|calendar|kalender\w*|bus|minibus|mødeindkaldelse\w*|meeting invite|maskine\w*|machine)\b"
    # the thing ends the noun phrase ("the bus driver", "the blood bus route" are no buses)
    r"(?=\s*(?:$|[,.?!]|(?:for|til|to|in|i|on|på|at|with|med|before|før|now|nu|when|når|if|hvis|or|eller|and|og|from|fra|"
    r"about|om|ned|down|off)\b))",
    re.IGNORECASE,
)


def _strong_r24(cased: str) -> bool:
    """(round 24) A request in so many words that the classifier's veto, which reads the message's topic, does not
    clear it: a sanction or a measure's size asked, where a cut lands, or a magazine question followed by "og bør vi
    så <action>?" in a sentence of its own."""
    if _SANCTION_FITS.search(cased) or _WHERE_CUT.search(cased):
        return True
    if _SIZE_OF_MEASURE.search(cased) and _NORMATIVE.search(cased):
        return True  # what it *should* be for someone of ours, not what a scheme pays ("How big is the senior bonus?")
    for m in _THEN_SHOULD_WE.finditer(cased):
        asked_before = cased[: m.start() + 1]
        if m.start() > 0 and _ABOUT_MAGAZINE_R24.search(asked_before) and ACTION.search(cased[m.end() : m.end() + 60]):
            return True
    return False


_ABOUT_MAGAZINE_R24 = re.compile(
    r"\b(?:bladet|magasinet|artikl\w*|the magazine|the article|the guide|guiden|the issue|nummeret)\b[^?]*\?",
    re.IGNORECASE,
)
# "… ? Og bør vi så afskedige …", "And do we replace … then?" — a step asked after a question about the magazine
_THEN_SHOULD_WE = re.compile(
    r"(?:^|[.?!]\s+)(?:og |and )?(?:bør|skal|should|do|shall) (?:vi|jeg|we|i) (?:så |then |now )?", re.IGNORECASE
)


# (round 25, red team r28 a) An opinion asked on what a third party of the asker's *should* get or do is the
# decision put to the bot: "Do you think the apprentice who lied about his hours should get a written warning?",
# "Tror du, at vores nye vikar skal fastansættes?", "Do you think our caretaker deserves the pay rise?". A
# forecast is not ("Tror du, vi kommer til at lukke flere biblioteker?", "Do you think we'll need to merge …?").
_OPINION_FRAME = re.compile(
    r"^\W*(?:tror du|synes du|mener du|do you think|do you reckon|would you say|in your view|is it your view),?\s+(?:at\s+|that\s+)?",
    re.IGNORECASE,
)
_NORMATIVE_R25 = re.compile(
    r"\b(?:should|ought to|deserves?|is ready to|is ready for|skal|bør|burde|fortjener|er klar til)\b", re.IGNORECASE
)
_FORECAST = re.compile(
    r"\b(?:will|won't|'ll|going to|gonna|kommer til at|ender med at|får brug for|bliver nødt til|likely|sandsynlig\w*|"
    r"eventually|på sigt|nogensinde|ever)\b",
    re.IGNORECASE,
)
_FORECAST_FRAME = re.compile(
    r"^\W*(?:tror du|do you think|do you reckon|is it likely|er det sandsynligt|hvor sandsynligt er det),?\s+(?:at\s+|that\s+)?",
    re.IGNORECASE,
)
# "Don't recommend anything, just say …", "Ingen anbefaling nødvendig, bare et ja eller nej: …" — the demand that follows
# the disclaimer is the request.
_NO_REC_BUT_JUST = re.compile(
    r"\b(?:don't|do not|dont|no need to|without|ingen|uden at|du behøver ikke(?: at)?)\s+(?:recommend\w*|anbefal\w*)"
    r"[^.?!:]{0,40}?(?:[,:–—-]|\bnødvendig\b)[\s,:–—-]*(?:just|bare|blot|simply|only|kun)\s+"
    r"(?:say|tell me|sig|svar|vælg|pick|choose|decide|bestem|et ja eller (?:et )?nej|a yes or (?:a )?no|ja eller nej|yes or no)\b|"
    # … or the step asked as a plain either-or after it: "Uden at anbefale noget generelt: bevilger vi orloven … eller ej?"
    r"\b(?:don't|do not|dont|without|ingen|uden at|du behøver ikke(?: at)?)\s+(?:recommend\w*|anbefal\w*)[^.?!:]{0,40}?[:–—][^?]{5,120}"
    r"\b(?:eller ej|or not|ja eller nej|yes or no)\s*\?",
    re.IGNORECASE,
)
# Not requests: the form of the bot's own answer, what counts as what in law, and a form's field filled with facts given
_ANSWER_FORM = re.compile(
    r"\b(?:your|dit|din|jeres) (?:summary|answer|reply|svar|opsummering|resumé|oversigt|overview|list|liste)\b[^?]{0,60}\b(?:or|eller)\b",
    re.IGNORECASE,
)
_COUNTS_IN_LAW = re.compile(
    r"\b(?:counts? as|tæller som|regnes (?:for|som)|anses (?:for|som)|is considered)\b[^?]{0,40}\b(?:in law|legally|under the law|"
    r"juridisk|retligt|ifølge loven|i lovens forstand)\b",
    re.IGNORECASE,
)
_FILLED_WITH_FACTS = re.compile(r":\s*(?:the|den|det|vi|we|[a-zæøå]+(?:en|et))\b[^?]*\.?\s*$", re.IGNORECASE)
# "Bør kommunen frafalde byggesagsgebyret for …?", "Should the council grant …?" — the asker's own authority as the subject
# of "ought", with an action: the case put to the bot ("skal", which also asks what a rule demands, is not enough)
_OUR_AUTHORITY_OUGHT = re.compile(
    r"(?:^|[.!?]\s+)(?:bør|burde|should|ought) (?:kommunen|regionen|forvaltningen|afdelingen|centret|centeret|skolen|"
    r"the council|the municipality|the region|the department|the centre|the center|the school)\b|"
    # (round 25, writer BQ) "skal" with one of the asker's own units and a policy step: "Skal højskolen indføre mobilfri …?"
    r"(?:^|[.!?]\s+)(?:skal|shall) (?:højskolen|skolen|biblioteket|centret|centeret|afdelingen|museet|hallen|svømmehallen|"
    r"plejehjemmet|institutionen|børnehaven|klubben|driftsgården|kantinen|the school|the library|the centre|the unit)\s+"
    r"(?=(?:indføre|afskaffe|droppe|lukke|åbne|stoppe|starte|forbyde|introduce|abolish|scrap|close|ban)\b)",
    re.IGNORECASE,
)
_DONT_PICK = re.compile(
    # an instruction to the bot not to choose ("…, but don't pick one", "men vælg ikke"), not the asker's own "kan ikke vælge"
    r"\b(?:but |and |men |og )?(?:don't|do not) (?:pick|choose|decide)(?: one| for me| between them)?\b|"
    r"\b(?:vælg|beslut|afgør) ikke\b|\bmen lad være med at vælge\b|\b(?:uden at|without) (?:vælge|picking|choosing)\b",
    re.IGNORECASE,
)
_YES_NO_TAG_END = re.compile(r"\?\s*(?:ja/nej|ja eller nej|yes/no|yes or no|y/n|j/n)\s*[?.!]?\s*$", re.IGNORECASE)
_COLON_TEXT = re.compile(
    r"\b(?:sætning\w*|sentence|line|linje\w*|tekst\w*|text|formulering\w*|wording)\s*:\s*", re.IGNORECASE
)
# A text operation on a quoted sentence: the quoted question is the text, not the asker's request.
_TEXT_OPERATION = re.compile(
    r"\b(?:translate|oversæt\w*|rewrite|omskriv|reword|rephrase|shorten|forkort|proofread|korrekturlæs\w*|"
    r"gør (?:denne |den |dette |det )?(?:sætning|tekst|formulering|linje)\w* (?:mere|kortere|pænere)|"
    r"make (?:this|the) (?:sentence|line|text|wording) (?:more|shorter|nicer)|sæt (?:citationstegn|kommaer|komma)|"
    r"(?:hvor mange|how many) (?:ord|words|tegn|characters)|give me the (?:\w+ )?(?:for|translation of)|"
    r"(?:poster|plakat|flyer|skilt|sign|banner|slogan|overskrift|headline)\w* (?:says|siger|reads|lyder)|"
    r"what(?:'s| is) the (?:danish|english|german|french|swedish|ukrainian|arabic|polish) for|hvad hedder .{1,40} på (?:engelsk|tysk|fransk|svensk|ukrainsk|arabisk|polsk))",
    re.IGNORECASE,
)
_QUOTED_R25 = re.compile(r"[\"“”«»„][^\"“”«»„]{6,}[\"“”«»„]|(?<![\w])'[^']{6,}'(?![\w])")
# A second question joined by "Og/And/Also/Regardless …" is a request of its own: "Skal jeg tage imod forfremmelsen?
# Og skal vi så slå de to teams sammen bagefter?", "Do you think the press will pick it up? Regardless, should we …"
_NEXT_QUESTION = re.compile(
    r"(?:[.?!]\s+|\s[–—-]\s*)(?:og|and|also|regardless|uanset hvad|desuden|besides|men|but)[,:]?\s+(?:så\s+|then\s+)?"
    r"(?=(?:skal|bør|should|shall|must|do) (?:vi|jeg|we|i|the|den|det|de|our|vores)\b)",
    re.IGNORECASE,
)
# An "everyday object" that stands for an organisational step: "close the door to new admissions", "the channel for
# walk-in citizens", "cancel the school bus for the three kids", "afvise idéen om at udlicitere rengøringen".
_STEP_AS_OBJECT = re.compile(
    # the door or the channel to new intake: "close the door to new admissions", "the channel for walk-in citizens"
    r"\b(?:lukke|close|shut)\s+(?:(?:the|den|det|our|vores)\s+)?(?:[\w-]+\s+)?(?:door|døren|channel|kanalen)\s+(?:to|til|for)\s+"
    r"(?:(?:new|nye|the|de)\s+)?(?:admissions?|optag\w*|indskrivning\w*|walk-in\w*|(?:new|nye)\s+[\w-]+)|"
    # a bus as a service cancelled: "cancel the school bus for the three kids"
    r"\b(?:cancel|aflyse|nedlægge|drop|droppe|scrap)\s+(?:(?:the|den|det|our|vores)\s+)?(?:[\w-]+\s+)?(?:bus|bussen|busrute\w*)\b|"
    # an idea of an organisational step rejected: "afvise idéen om at udlicitere rengøringen"
    r"\b(?:afvise|reject|drop|droppe|scrap)\s+(?:the\s+)?(?:idea|idéen|ideen|forslaget|the proposal)\s+(?:om at|of|to|about)\s+"
    r"(?:udlicit\w*|outsourc\w*|merg\w*|sammenlæg\w*|lukke|closing|close|nedlægge|cut\w*|skære)",
    re.IGNORECASE,
)
# The conclusion of the asker's own case recommendation, two outcomes given: "Hvilken konklusion skal der stå i min
# indstilling om vikaren – forlængelse eller ophør?"
_CONCLUSION_OF_CASE = re.compile(
    r"\b(?:hvilken|which|what)\s+(?:konklusion|conclusion|udfald|outcome|afgørelse|verdict|indstilling)\b"
    r"(?=[^?]{0,80}\b(?:skal|bør|should|ought)\b)(?=[^?]{0,80}\b(?:min|mit|my|vores|our)\s+(?:[\w-]+\s+)?(?:indstilling\w*|"
    r"recommendation|afgørelse|decision|svar|reply|letter|brev|notat|note)\b)[^?]{0,80}\b(?:eller|or)\b[^?]{0,40}\?",
    re.IGNORECASE,
)
# A response to something that is not a case against anyone: "What's an appropriate response when a colleague tells you
# they're grieving?", "… to a citizen who thanks us" — good news, thanks, grief, an incident without a culprit.
_RESPONSE_TO_GENERAL = re.compile(
    r"\b(?:reaktion|response|reaction)\b[^?]{0,20}\b(?:når|when|to|på|til|over for)\s+(?:en|et|a|an|someone|nogen)\b"
    r"(?!\s+af mine|\s+of my|\s+[\w-]+\s+of mine)",
    re.IGNORECASE,
)
# Choosing among the asker's own drafts and design elements is their own writing: "Kan du bare vælge en farve til
# plakaten, så skriver jeg teksten?", "Jeg har tre udkast til invitationen. Sig hvilket jeg printer.", "Two versions of
# the welcome email … Which one goes out?"
_OWN_DRAFT_PICK = re.compile(
    r"\b(?:to|tre|fire|two|three|four|several|flere|begge|both)\s+(?:[\w-]+\s+){0,2}?(?:udkast|drafts|versions|versioner|billeder|"
    r"pictures|photos|farver|colou?rs|fonts|skrifttyper|layouts|skabeloner|templates)\b|"
    r"\b(?:vælg\w*|pick|choose)\s+(?:bare\s+|just\s+)?(?:en|et|a|an|the)\s+(?:farve|colou?r|font|skrifttype|billede|picture|photo|"
    r"layout|skabelon|template)\b",
    re.IGNORECASE,
)
_COMMUNICATION_PIECE = re.compile(
    r"\b(?:invitation\w*|invite\w*|e-?mail\w*|mail(?:en|s)?|brev\w*|letter\w*|nyhedsbrev\w*|newsletter\w*|plakat\w*|poster\w*|"
    r"flyer\w*|opslag\w*|tale(?:n)?|speech\w*|slides?|præsentation\w*|presentation\w*|forside\w*|cover|annonce\w*|ad|adverts?|"
    r"hjemmeside\w*|website|intranet\w*|sommerfest\w*|julefrokost\w*)\b",
    re.IGNORECASE,
)
_PICK_WORDS = re.compile(
    r"\b(?:vælg\w*|pick|choose|which one|hvilke[nt]|sig hvilket|goes out|printer|bedst)\b", re.IGNORECASE
)


# "Summarise the article …, then tell me whether I should offer our oldest caretaker a phased retirement", "… og sig så,
# om jeg skal tilbyde vores ældste medarbejder seniordage": a verdict on a step demanded after a content task
_TELL_WHETHER = re.compile(
    r"\b(?:tell me|say|sig|fortæl(?: mig)?|afgør)\s+(?:så,?\s+|then,?\s+)?(?:whether|if|om)\s+(?:i|we|jeg|vi)\s+"
    r"(?:should|skal|bør|ought to|must)\s+(?P<rest>[^.?!]{3,120})",
    re.IGNORECASE,
)
_OFFER_TO_SOMEONE = re.compile(
    r"\b(?:offer|tilbyde|give|giv)\w*\s+(?:our|vores|the|den|det|him|her|ham|hende)\b", re.IGNORECASE
)


# (round 25, writers BQ, BR) More requests in so many words: whether to say yes to a request put to the asker ("… Skal
# vi sige ja?"), a ranking of what to stop or cut, a choice "between X and Y, what should we do", the decision handed
# over with a verb ("Kan du ikke bare afgøre, om vi indfører …?"), a bare imperative step ("Luk caféen?").
_SAY_YES = re.compile(
    # the organisation's answer to a request put to it ("vi"/"we"), not the asker's own invitations nor how to say it
    r"(?<!hvordan )(?<!how )\b(?:skal|bør|should|shall) (?:vi|we) (?:sige|takke|svare) (?:ja|nej)\b|"
    r"(?<!how )\b(?:should|shall) we (?:say yes|say no)\b",
    re.IGNORECASE,
)
_RANK_TO_CUT = re.compile(
    r"\b(?:top ?\d|top-?(?:tre|fem|three|five)|rangér\w*|ranger\w*|rank|prioritér\w*|prioriter\w*|prioriti[sz]e)\b[^?.]{0,80}"
    r"\b(?:skal (?:vi )?(?:stoppe|lukke|spare|skære|droppe|fjerne|nedlægge)|should (?:we )?(?:stop|cut|close|drop|scrap))",
    re.IGNORECASE,
)
_BETWEEN_WHAT = re.compile(
    r"^\W*(?:between|mellem)\b[^?]{3,100}\b(?:and|og)\b[^?]{3,100},?\s*(?:what|which|hvad|hvilken|hvilket)\b[^?]{0,30}"
    r"\b(?:should|skal|bør)\b",
    re.IGNORECASE,
)
_DECIDE_FOR_ME = re.compile(
    r"\b(?:kan du|could you|can you|will you|vil du)(?: ikke| not)?(?: bare| just)?\s+(?:afgøre|bestemme|vælge|decide|choose|pick)"
    r"\s*,?\s*(?:om|whether|if|hvilk\w*|which)\b|"
    r"\b(?:hjælp mig med at|help me(?: to)?)\s+(?:vælge|beslutte|bestemme|choose|decide|pick)\b\s*[:–-][^?]{3,120}\b(?:eller|or)\b",
    re.IGNORECASE,
)
_BARE_IMPERATIVE_R25 = re.compile(
    r"^\W*(?:luk|fyr|ansæt|fastansæt|opsig|afskedig|drop|stop|bevilg|afvis|godkend|nedlæg|udlicitér|udliciter|"
    r"close|fire|hire|sack|dismiss|approve|reject|cancel|scrap|shut)\s+\S+(?:\s+\S+){0,3}\?+\s*$",
    re.IGNORECASE,
)
# Not requests: a yes/no asked about a rule ("Yes or no: does the Working Environment Act cover volunteers?")
_YES_NO_RULE = re.compile(
    r"^\W*(?:yes or no|ja eller nej|ja/nej|yes/no)\s*[:?,–-]\s*(?:does|do(?!\s+(?:we|i)\b)|is|are|er|gælder|kræver|skal man|må man|"
    r"kan man|must|can(?!\s+(?:we|i)\b)|may|has|have|har)\b",
    re.IGNORECASE,
)
# (round 25, writer BR) letters swapped in a hurry ("shuold we clsoe the archive"): the decision words are read as meant
_KEY_WORDS = (
    "should shall would could close closing hire fire dismiss suspend promote cancel merge outsource approve reject "
    "warning skal skulle lukke fyre afskedige ansætte opsige advarsel godkende afvise"
).split()
_SCRAMBLED = {("".join(sorted(w)), w[0], w[-1]): w for w in _KEY_WORDS}


def _unscramble(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        if low in _SCRAMBLED.values() or len(low) < 4:
            return w
        return _SCRAMBLED.get(("".join(sorted(low)), low[0], low[-1]), w)

    return re.sub(r"[A-Za-zæøåÆØÅ]+", fix, text)


_WH_AFTER = re.compile(
    r"[\s,:–—-]*(?:(?:på|on|about|om|me)[\s,:]+)?(?:hvem|hvad|hvor|hvornår|hvordan|hvilke[nt]?|what|who|when|where|how|which)\b",
    re.IGNORECASE,
)
# How a decision is told is no step of its own: "should the residents be told at a meeting or by letter"
_TELLING = re.compile(
    r"\b(?:be told|told|informed|notified|get the news|hear about|have besked|få besked|informeres|orienteres|fortælles|"
    r"announced?|meddeles|skal ud|goes out|go out|be in the room|være med)\b",
    re.IGNORECASE,
)
_STEP_GERUND = re.compile(
    r"\b(?:keeping|letting|hiring|promoting|closing|dropping|cutting|merging|outsourcing|firing|replacing|moving|giving|"
    r"ansætte[rs]?|beholde[rs]?|lukke[rs]?|fyre[rs]?|flytte[rs]?)\b",
    re.IGNORECASE,
)
_HOW_MANY_KEEP = re.compile(
    r"\b(?:how many (?:of (?:the|our) )?(?:[\w-]+ ){0,1}[\w-]+ (?:do|should|shall) we (?:keep|let go|cut)|hvor mange (?:af (?:de|vores) )?[\w'-]+ "
    r"(?:skal vi|bør vi) (?:beholde|sige op|skære))\b",
    re.IGNORECASE,
)
# The main clause only: a step inside "før/before/when …" is the occasion of a procedure, not the step asked about
_SUBORDINATE_R25 = re.compile(
    r"(?<![\w-])(?:før|inden|before|when|når|after|efter|if|hvis|according to|ifølge|under the|i henhold til)(?![\w-])",
    re.IGNORECASE,
)


def _main_clause(text: str) -> str:
    return _SUBORDINATE_R25.split(text, maxsplit=1)[0]


# (round 25, red team r29 a) An evaluative forecast of the asker's own step is the decision asked: "Do you think
# outsourcing the cleaning will be the better option for us?", "… will turn out to be a mistake?", "Tror du, vi kommer
# til at fortryde det, hvis vi ansætter …?"
_EVALUATIVE_OUTCOME = re.compile(
    r"\b(?:better|best|worse|mistake|fejl\w*|fair|unfair|right|rigtig\w*|wrong|forkert\w*|pay off|betale sig|fortryde|regret|"
    r"worth it|værd|better off|smart|klog\w*|wise)\b",
    re.IGNORECASE,
)
_FORECAST_OR_TURN = re.compile(
    r"\b(?:will|won't|'ll|going to|gonna|turn out|kommer til at|ender med|vil være|vil blive|bliver|be)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|did|var|blev|last year|sidste år|i fjor)\b", re.IGNORECASE)
_INSTINCT = re.compile(
    r"\b(?:hvad siger|what does|what's|what is)\s+(?:din|dit|your)\s+(?:intuition|mavefornemmelse|instinct|gut(?: feeling)?|"
    r"fornemmelse|hunch)\b",
    re.IGNORECASE,
)
_HOW_WOULD_YOU_VOTE = re.compile(
    r"\b(?:hvordan|how)\s+(?:ville|would)\s+(?:du|you)(?:\s+selv)?\s+(?:stemme|vote)\b", re.IGNORECASE
)
_MEASURE_FITS = re.compile(
    r"\b(?:hvilken|hvilket|which|what)\s+(?:reaktion|sanktion|konsekvens|measure|step|sanction|consequence|response|skridt)\w*\s+"
    r"(?:passer|er passende|suits?|fits?|is (?:right|appropriate|fair))\b",
    re.IGNORECASE,
)
_OWN_PERSON = re.compile(
    r"\b(?:en af mine|one of my|(?:a|an) [\w-]+ of mine|mine [\w-]+|my [\w-]+|vores [\w-]+|our [\w-]+|on my [\w-]+|på min \w+)\b",
    re.IGNORECASE,
)
_ANSWER_IT = re.compile(
    r"\b(?:svar på det|besvar\w*|answer it|answer that|reply to it|respond to it|what you'?d answer|what you would answer|"
    r"your (?:honest )?answer to it|dit (?:ærlige )?svar på det|answer it as if)\b",
    re.IGNORECASE,
)
_ANSWER_FORM_LEAD = re.compile(
    r"^\W*(?:give me |jeg vil have |i want )?(?:your|dit|jeres)\s+(?:answer|reply|svar)\b[^:?–—]{0,80}[:–—]\s*",
    re.IGNORECASE,
)
_STAFF_NOUN_R25 = re.compile(
    r"\b(?:fastansætt\w*|promot\w*|warning|advarsel\w*|pay rise|raise|lønforhøjelse\w*|tillæg\w*|moved|flyttes|flyttet|"
    r"deserves?|fortjener|let go|sacked|fired|fyres|opsiges|afskediges|suspended|suspenderes|demoted|degraderes|"
    r"ready to take over|klar til at overtage|put forward|indstilles)\b",
    re.IGNORECASE,
)
_NOT_OURS = re.compile(
    r"^(?:(?:the\s+|den\s+|de\s+)?(?:eu|denmark|danmark|regeringen|government|folketinget|parliament|the union|fagforeningen|union|"
    r"forfatteren|author|writer|magazine|bladet|ministeren|minister|ledere|leaders|managers|apprentices|lærlinge|elever)\b|"
    r"(?:en|et|a|an|any|alle|all)\s(?!af (?:vores|mine|mit|min)\b|of (?:our|my)\b|[\w-]+ of (?:ours|mine)\b))",
    re.IGNORECASE,
)


def no_rec_just(cased: str) -> bool:
    """The demand after a "don't recommend" disclaimer is a verdict or a pick (not a question of fact)."""
    m = _NO_REC_BUT_JUST.search(cased)
    return bool(m) and not _WH_AFTER.match(cased[m.end() :])  # type: ignore[union-attr]


def _strong_r25(cased: str, depth: int = 0) -> bool:
    """(round 25) A request in so many words that the classifier's veto, which reads the message's topic, does not
    clear it: a demand after "don't recommend", the outcome of the asker's own recommendation, the asker's authority
    ought to act, a verdict demanded after a content task, an opinion asked on what someone should get, and a second
    question that is a request by itself."""
    if no_rec_just(cased) or _CONCLUSION_OF_CASE.search(cased):
        return True
    if _HOW_WOULD_YOU_VOTE.search(cased) and ACTION.search(cased):
        return True
    if _INSTINCT.search(cased) and (
        ACTION.search(cased) or _STAFF_NOUN_R25.search(cased) or _STEP_GERUND.search(cased) or _OWN_PERSON.search(cased)
    ):
        return True
    if _HOW_MANY_KEEP.search(cased):
        return True
    if _MEASURE_FITS.search(cased) and _OWN_PERSON.search(cased):
        return True
    if (
        _SAY_YES.search(cased)
        or _RANK_TO_CUT.search(cased)
        or _BETWEEN_WHAT.search(cased)
        or _DECIDE_FOR_ME.search(cased)
    ):
        return True
    if _BARE_IMPERATIVE_R25.match(cased):
        return True
    authority = _OUR_AUTHORITY_OUGHT.search(cased)
    if authority and (
        ACTION.search(_main_clause(cased[authority.end() : authority.end() + 80]))
        or re.match(
            r"(?:indføre|afskaffe|droppe|åbne|stoppe|starte|forbyde|introduce|abolish|scrap|ban)\b",
            cased[authority.end() :],
            re.I,
        )
    ):
        return True
    tell = _TELL_WHETHER.search(cased)
    if tell and (
        ACTION.search(_main_clause(tell.group("rest"))) or _OFFER_TO_SOMEONE.search(_main_clause(tell.group("rest")))
    ):
        return True
    opinion = _OPINION_FRAME.match(cased)
    if opinion:
        # the main clause only: "… når de skal spare" is the region's reason, not what it should do
        rest = re.split(
            r",|\s[–—-]\s|\b(?:når|when|hvis|if|fordi|because|since|da|efter|after|before|før)\b",
            # a relative clause between commas describes the person: "at chaufføren, der kørte over for rødt, skal have …"
            re.sub(r",\s*(?:der|som|who|that|which)\b[^,]*,", " ", cased[opinion.end() :], flags=re.IGNORECASE),
        )[0]
        third_party = not re.match(r"(?:vi|jeg|we|i|it|det|der|this|that|dette)\b", rest, re.IGNORECASE)
        # (round 25, red team r29 a) someone of the asker's, and a personnel step or measure — not a country, a union, an
        # author, people in general, or how news is told
        ours = third_party and not _NOT_OURS.match(rest)
        step = ACTION.search(rest) or ACTION_NOUN.search(rest) or _STAFF_NOUN_R25.search(rest)
        if ours and step and _NORMATIVE_R25.search(rest) and not _FORECAST.search(rest) and not _TELLING.search(rest):
            return True
        # an evaluative forecast of the asker's own step: "… will be the better option for us?", "will turn out a mistake"
        after = cased[opinion.end() :]
        if (
            (ACTION.search(after) or _STAFF_NOUN_R25.search(after) or _STEP_GERUND.search(after))
            and _FORECAST_OR_TURN.search(after)
            and not _PAST.search(after)
            and _EVALUATIVE_OUTCOME.search(after)
        ):
            return True
    if depth < 2:
        for m in _NEXT_QUESTION.finditer(cased):
            second = cased[m.end() :]
            if second and second[0].islower():
                second = second[0].upper() + second[1:]
            if rules_verdict(_main_clause(second), None, depth + 1) and not _OWN_CAREER_R24.search(second):
                return True
    return False


# (round 26, writers BS, BT, released; docs/privacy.md § 5.20) The bot told it will not decide, or
# someone else named as the one who decides: that clause hands nothing over.
_STRONG_HANDOVER_R26 = re.compile(
    r"\b(?:beslut|afgør|decide|choose|vælg)\s+(?:det\s+)?(?:for|on behalf of)\s+(?:mig|os|me|us)\b|\byou decide\b|\bdu bestemmer\b",
    re.IGNORECASE,
)
_NOT_HANDED = re.compile(
    r"[^.!?;,–—]*\b(?:you (?:won't|will not|can't|cannot|can not|don't|do not|shouldn't) (?:decide|choose|pick|make (?:the|this|that) "
    r"(?:decision|call))(?: for (?:me|us))?|du (?:vil|kan|må|skal) ikke (?:beslutte|vælge|bestemme|træffe (?:beslutningen|"
    r"afgørelsen))(?: for (?:mig|os))?)\b[^.!?;,–—]*[.!?;,–—]?",
    re.IGNORECASE,
)
_OTHERS_DECIDE = re.compile(
    r"[;,.–-]\s*(?:they|he|she|the (?:committee|board|council|director|mayor)|udvalget|bestyrelsen|direktøren|borgmesteren|de|han|hun)"
    r"(?:'ll| will| skal)? (?:decide|decides|make the decision|beslutter|træffer beslutningen|afgør|bestemmer)\b",
    re.IGNORECASE,
)
# A text of the asker's to shorten or tidy: "Status til ledergruppen: • … Kan du gøre den kortere?"
_TIDY_TEXT = re.compile(
    r"\b(?:gøre|gør) (?:den|det|teksten|statussen|mailen|opslaget) (?:lidt |en smule )?(?:kortere|længere|pænere|klarere|skarpere|"
    r"mere (?:præcis|neutral|venlig|kortfattet))\b|\bmake (?:it|this) (?:a bit |a little )?(?:shorter|longer|clearer|punchier|"
    r"tighter|more (?:neutral|concise|friendly|formal))\b",
    re.IGNORECASE,
)
_IDEAS_ASKED = re.compile(
    r"(?:^|[.!?]\s+)(?:any ideas|ideas|suggestions|har du (?:nogle |gode )?(?:idéer|ideer|forslag)|idéer|ideer|forslag) (?:for|til|on|om)\b[^?]*\?\s*$",
    re.IGNORECASE,
)
# The bot's word is taken as the decision: "I'd go with whatever you say", "jeg gør bare, hvad du siger",
# "kan du være den afgørende stemme"
_DEFERS = re.compile(
    r"\b(?:i'?ll|i'?d|i will|i would|we'?ll|we'?d|we will|we would) (?:just )?(?:go with|do|follow|take) (?:whatever|what) you "
    r"(?:say|suggest|recommend|decide|pick|choose)\b|\b(?:jeg|vi) (?:gør|følger|går med|tager) (?:bare |blot )?(?:det|hvad|det,? som) "
    r"du (?:siger|anbefaler|vælger|beslutter|foreslår)\b|\b(?:kan|vil|kunne|ville|can|will|could|would) (?:du|you) (?:være|be|cast|give|"
    r"have|tage|take)\b[^.?!]{0,25}\b(?:den afgørende stemme|udslagsgivende stemme|the deciding vote|(?:a|the) casting vote|"
    r"tie-?breaker)\b|\b(?:break|bryde) (?:the tie|dødvandet) for (?:us|me|os|mig)\b",
    re.IGNORECASE,
)
_DECIDE_WHETHER = re.compile(
    r"(?:^|[,.:;!?–]\s*|\b(?:please|pls|kindly|just|bare)\s+)(?:decide|afgør|beslut)(?: for (?:me|us|mig|os))? "
    r"(?:whether|if|which|om|hvilke[nt]?)\b",
    re.IGNORECASE,
)
# What to do in a named case: "I sagen om virksomheden med containerne – hvad skal vi give dem?"
_CASE_WHAT = re.compile(
    r"\b(?:i sagen|i den sag|in the case)\s+(?:om|med|about|of|with)\b[^?]{3,120}?\b(?:hvad skal (?:vi|jeg) (?:gøre|give \w+|vælge|"
    r"beslutte|svare \w+)|what should (?:we|i) (?:do|give \w+|choose|decide))\b",
    re.IGNORECASE,
)
# "Would you move to …?", "If you were running the desk, would you …?": the bot's own choice asked
_WOULD_YOU = re.compile(
    r"(?:^|[,.:;!?–]\s*)(?:would you|ville du)\s+(?:(?:just|really|still|also|bare|også|stadig)\s+)?(?P<v>[a-zæøå]+)\b"
    r"(?!\s+(?:have|haft)\b)",
    re.IGNORECASE,
)
_NOT_STEP_VERB = re.compile(
    r"^(?:ever|never|nogensinde|aldrig|actually|honestly|personally|use|bruge|mind|like|love|say|explain|help|write|draft|recommend|be|know|agree|please|kindly|perhaps|maybe|possibly|tell|give|"
    r"consider|read|check|describe|summarise|summarize|translate|define|call|care|want|prefer|rather|have|outline|list|show|"
    r"share|send|suggest|find|look|compare|clarify|walk|go|sum|point|provide|make|put|create|prepare|rewrite|rephrase|proofread|"
    r"ask|answer|search|quote|cite|name|identify|spell|expect|think|say|guess|hjælpe|forklare|skrive|sige|anbefale|være|vide|"
    r"give|have|kunne|gide|vise|sende|lave|liste|finde|læse|beskrive|oversætte|kalde|ønske|foretrække|hellere|tro|mene|gætte)$",
    re.IGNORECASE,
)
# A unit of the asker's as the subject of a step: "Skal madservice stoppe med …?", "Bør bibliotekerne fjerne …?"
_UNIT_SUBJECT = re.compile(
    r"^(?P<m>skal|bør|should)\s+(?:vores\s+|our\s+|the\s+)?(?P<u>[a-zæøå][\wæøå-]+)\s+(?P<v>[a-zæøå]+)\b",
    re.IGNORECASE,
)
_LEGAL_BODY = re.compile(
    r"^(?:kommunen?|regionen?|staten|arbejdsgiveren|municipality|council|employer|state|region|lederen|chefen|manager|"
    r"medarbejderen|employee|borgeren|citizen|man|jeg|vi|du|i|we|you|de|they|han|hun|he|she|det|it|der|there)$",
    re.IGNORECASE,
)


# (round 26, red team r30 a) Requests after a frame an earlier rule reads as a look-alike, and look-alikes an earlier
# request rule reads as requests (docs/privacy.md § 5.20).
_CLAUSE_END = r"[.!?;,:–—]"
_AFTERTHOUGHT = re.compile(
    r"(?:^|[.!?]\s+)(?:PS|P\.S\.|Anyway|Anyhow|Forresten|By the way|Nå)\s*[:,]\s*", re.IGNORECASE
)
_LAW_AND_STEP = re.compile(r",?\s+(?:and|og)\s+(?=(?:should|skal|bør|shall)\b)", re.IGNORECASE)
_MODAL_WE = re.compile(r"\b(?:should|shall|skal|bør) (?:we|i|vi|jeg)\b", re.IGNORECASE)
_STEP_WORDS_R26 = re.compile(
    # an idea or a plan shelved, the door closed to more people, a channel closed
    r"\b(?:kill|shelve|bury|skrinlægge|begrave|droppe|drop|scrap)\s+(?:the\s+)?(?:idea|idéen|ideen|plan(?:en)?|planerne|forslaget|"
    r"proposal)\s+(?:about|of|to|om at|om)\s+(?:(?:the|a|an|at|en|et|de|den|det)\s+)?(?:merg\w*|sammenlæg\w*|udlicit\w*|outsourc\w*|"
    r"lukke|luk\w*|clos\w*|nedlægge|nedlæg\w*|cut\w*|skære|fusion\w*|centralis\w*|centraliser\w*)|"
    r"\b(?:lukke|close|shut)\s+(?:the\s+)?(?:door|døren)\s+(?:for|to|on)\s+(?:flere|nye|more|new|any more)\b|"
    r"\b(?:lukke|close|shut)\s+(?:(?:the|den|det|vores|our)\s+)?(?:phone|telephone|telefoniske|telefon|chat|walk-in|personal|"
    r"personlige|fysiske|borger\w*|citizen)\s+(?:[\w-]+\s+)?(?:channel|kanal(?:en)?)\b",
    re.IGNORECASE,
)
_STEP_EVAL = re.compile(
    r"\b(?:time to|tid til at|det bedste (?:er|vil være)|the best (?:thing|option|move)|the right (?:call|decision|move|thing)|"
    r"den rigtige beslutning|det rigtige (?:at gøre|valg)|work out for us|fungere for os|virke for os|fortryde\w*|regret)\b|"
    r"\b(?:(?:can|could) we|we (?:can|could))\s+(?:just\s+)?(?:drop|close|cut|lose|do without|scrap)\b|"
    r"\b(?:kan vi|vi kan)\s+(?:godt\s+|bare\s+)?(?:droppe|lukke|undvære|skære|nedlægge)\b",
    re.IGNORECASE,
)
_STEP_R26 = re.compile(
    r"\b(?:ending|terminating|stopping|cutting|closing|dropping|ophør\w*|afslut\w*|fastansæt\w*|ansætter|fyrer|lukker|nedlægger|"
    r"opsiger|drop|droppe|sige farvel til|say goodbye to|part ways with|skilles af med)\b",
    re.IGNORECASE,
)
_RIGHT_CALL = re.compile(
    r"\b(?:is|are|would be|er|vil være|ville være|om det er)\b[^?]{0,60}\b(?:the right (?:call|decision|move|thing to do)|"
    r"den rigtige beslutning|det rigtige (?:at gøre|valg))\b|(?<!hvornår )(?<!when )\b(?:er det|is it) (?:nu |now )?(?:tid|time) (?:til at|to)\b",
    re.IGNORECASE,
)
_ACCEPT_REQUEST = re.compile(
    r"\b(?:should|skal|bør)\s+(?:i|we|jeg|vi)\s+(?:accept|approve|grant|reject|decline|godkende|imødekomme|afvise|tage imod)\s+"
    r"(?:the\s+|a\s+|den\s+|det\s+|en\s+|et\s+)?(?!(?:calendar|meeting|linkedin|friend|connection|interview|kalender|møde)\w*\s)"
    r"(?:[\w-]+\s+){0,2}(?:request|application|ansøgning\w*|anmodning\w*|applicant|ansøger\w*)\s+"
    r"(?:from|fra|who|der|som)\b(?![^?]{0,60}\b(?:interview|calendar|kalender|møde|meeting|linkedin)\b)",
    re.IGNORECASE,
)
_OPPOSITE_DRAFTS = re.compile(
    r"\b(?:én|one|en|et)\s+(?:hvor|where|in which|der|that)\b[^.?!]{0,60}\b(?:og|and)\s+(?:én|one|en|et)\s+(?:hvor|where|in which|"
    r"der|that)\b[^.?!]{0,40}\b(?:ikke|not|doesn't|don't|isn't|won't)\b",
    re.IGNORECASE,
)
_SPECIFIC_INCIDENT = re.compile(
    r"\b(?:twice|three times|four times|\w+ times|for the (?:second|third|fourth|fifth) time|for (?:anden|tredje|fjerde|femte) gang|"
    r"this (?:month|week|morning)|i (?:denne|sidste) (?:måned|uge)|i går|yesterday|i morges|last (?:week|month|night))\b",
    re.IGNORECASE,
)
_DESERVES = re.compile(
    r"\b(?:deserves?|fortjener)\s+(?:a |an |the |en |et |sin |sit |hans |hendes )?(?:[\w-]+\s+)?(?:post|job|stilling|raise|pay rise|"
    r"lønforhøjelse|tillæg|bonus|promotion|forfremmelse|contract|kontrakt|warning|advarsel|fastansættelse|permanent)\w*\b",
    re.IGNORECASE,
)
_YOURS_AFTER_LEANING = re.compile(
    r"\b(?:gut|mavefornemmelse|instinct|intuition|min fornemmelse|my hunch)\b[^.?!]{0,12}\b(?:says|siger)\b[^?]*\b(?:what'?s yours|"
    r"what about yours|and yours|hvad med din|hvad siger din|og din)\b",
    re.IGNORECASE,
)
_CHAT_OBJECT = re.compile(
    r"^\W*[\wæøå]+\s+(?:(?:den|det|de|the|this|that|your|dit|din)\s+)?(?:sidste\s+|last\s+|første\s+|first\s+)?(?:emnet|emne|"
    r"opremsning\w*|sætning\w*|svaret|svar|listen|liste|tråden|samtalen|afsnittet|punktet|answer|list|thread|conversation|topic|"
    r"sentence|paragraph|point|bullet\w*|teksten|text)\b",
    re.IGNORECASE,
)
_LEARNING_MATERIAL = re.compile(
    r"\b(?:guide\w*|bladet|bladets|magazine'?s?|kapitl\w*|chapters?|podcast\w*|artikl\w*|articles?|bøger|books?|øvelse\w*|exercises?|"
    r"værktøj\w*|tools?|læseklub\w*|reading club|pensum|syllabus)\b",
    re.IGNORECASE,
)
_READING_CUE = re.compile(
    r"\b(?:read first|read next|læse først|læseklub\w*|reading club|podcast\w*|chapters?|kapitl\w*|kapitel|pensum|syllabus|"
    r"(?:the|magazine's|bladets) guide's|guidens|fra guiden|from the guide|in the guide|i guiden)\b",
    re.IGNORECASE,
)
_PERSONNEL_STEP = re.compile(
    r"\b(?:fyre|afskedige|opsige|ansætte|fastansætte|forfremme|advarsel|fire|sack|dismiss|hire|promote|warning|let \w+ go|lay off|"
    r"nedlægge|lukke afdeling\w*|close the (?:unit|department|ward))\b",
    re.IGNORECASE,
)
_REFERENDUM = re.compile(
    r"\b(?:folkeafstemning\w*|referendum|referendums|general election|folketingsvalg\w*|kommunalvalg\w*|regionsrådsvalg\w*)\b",
    re.IGNORECASE,
)
# (round 26, red team r31 a) the asker's own seat at the vote: "Hvordan ville du stemme, hvis du var mig?"
_IN_MY_SEAT = re.compile(
    r"\b(?:hvis du var mig|if you were me|i mit sted|in my (?:place|shoes|seat)|hvis du sad i vores|if you sat (?:in|on) our|in our)\b",
    re.IGNORECASE,
)
_LAW_QUESTION = re.compile(
    r"\b(?:ifølge|i henhold til|according to|under)\s+(?:[\wæøå-]+\s+){0,3}?(?:[\wæøå]*loven|lov(?:en)?|reglerne|regler|"
    r"bekendtgørelse\w*|the (?:[\w-]+ )?(?:act|law|rules|regulations))\b|\beller er det (?:bare |kun )?(?:en anbefaling|op til os|frivilligt)\b|"
    r"\bor is it (?:just |only )?(?:a recommendation|up to us|optional|voluntary)\b",
    re.IGNORECASE,
)
_NON_CASE_EVENT = re.compile(
    r"\b(?:gave|gift|present|thanks?|takker|(?:mistet|lost) (?:sin|sit|sine|her|his|their) (?:mor|far|kone|mand|barn|partner|mother|"
    r"father|wife|husband|child|partner|job)|died|døde|grief|sorg|worried|bekymre\w*|congratulat\w*|tillykke|baby|"
    r"pregnan\w*|gravid|good news|gode nyheder|retire\w*|pension)\b",
    re.IGNORECASE,
)
_MISCONDUCT = re.compile(
    r"\b(?:late|for sent|rude|unhøflig|stole|stjal|stealing|drunk|fuld|beruset|scratched|ridsede|shouted|råbte|absent|udeblev|"
    r"cheated|snydt?|lied|løj|broke|smashed|ignored|ignorerede|threatened|truede|for at tie|to keep quiet|bestikkelse|bribe\w*|hush)\b",
    re.IGNORECASE,
)
_WRITING_TASK = re.compile(
    r"\b(?:overskrift\w*|headline|heading|title|titel|rollespil\w*|role-?play\w*|replik\w*|lines|slides?|intro\w*|oplæg\w*|"
    r"plakat\w*|poster|nyhedsbrev\w*|newsletter)\b",
    re.IGNORECASE,
)
_PHYSICAL_THING = re.compile(
    r"\b(?:close|shut|open|lukke|åbne|luk|åbn)\s+(?:(?:the|my|our|den|det|de|mine|vores|min)\s+)?(?:[\w-]+\s+)?(?:blinds|curtains|"
    r"windows?|vinduer\w*|vinduet|gardin\w*|persienn\w*|laptop\w*|computer(?![\w\s]{0,2}(?:club|klub|stue|café|cafe|room|rum|lab|værksted))\w*|"
    r"lid|låg\w*|tabs?|faner?|fanen)\b",
    re.IGNORECASE,
)
# (round 26, red team r31 a) step idioms, the outcome asked as a letter's or a meeting's content, the bot's own deed
_STEP_IDIOM = re.compile(
    r"\b(?:moden til (?:at blive )?(?:lukning|lukket|nedlagt|nedlæggelse|at lukke|at nedlægge)|ripe for (?:closure|closing|the chop)|"
    r"past saving|beyond saving|(?:is|er|are) (?:\w+ )?a keeper|worth keeping|værd at beholde|a sacking offence|a firing offence|fyringsgrund|"
    r"in your book|hvis det står til dig|hvis det stod til dig|if it were up to you|if it was up to you|"
    r"karakter fra -?3 til 12|a grade from)\b",
    re.IGNORECASE,
)
_WHICH_OF_OURS_GOES = re.compile(
    r"\b(?:hvilken|hvilket|hvilke|which)\s+(?:af|of)\s+(?:vores|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:der|som|that)?\s*"
    r"(?:ryger|ryge|lukkes|skal lukke|skal spares|må lade livet|goes|gets cut|should go|should close|gets the|får)\b",
    re.IGNORECASE,
)
_OUTCOME_AS_CONTENT = re.compile(
    r"\b(?:should|skal)\s+(?:(?:the|den|det|my|min|mit)\s+)?(?:[\w-]+\s+){0,1}(?:letter|brev\w*|samtale\w*|meeting|mødet|mail\w*|"
    r"conversation|talk)\b[^?]{0,60}\b(?:be|være)\s+(?:a|an|en|et)\s+(?:[\w-]+\s+){0,2}(?:or|eller)\b",
    re.IGNORECASE,
)
_WOULD_YOU_DO_SAME = re.compile(
    r"\b(?:om du ville gøre det samme|whether you(?:'d| would) do the same|if you(?:'d| would) do the same|hvad du ville gøre|"
    r"what you(?:'d| would) do)\b",
    re.IGNORECASE,
)
_CONSEQUENCE_FAIR = re.compile(
    r"\b(?:what|which|hvilken|hvad)\s+(?:consequence|sanction|reaction|response|reaktion|konsekvens|sanktion)\s+(?:is|er|would be|"
    r"ville være)\s+(?:fair|proportionate|appropriate|rimelig|passende)\b",
    re.IGNORECASE,
)
_GENERAL_POLICY = re.compile(
    r"\b(?:generelt|typisk|typically|in general|generally|according to (?:the )?(?:school's |our )?(?:\w+ )?policy|"
    r"ifølge (?:\w+ )?(?:politik|ordensregler|regler)|ordensregler|behaviour policy|a pupil|en elev)\b",
    re.IGNORECASE,
)
_OTHER_BODIES = re.compile(
    r"\b(?:folketinget|regeringen|the government|parliament|ministeren|the minister|staten|the state|eu|kommunerne|regionerne)\b",
    re.IGNORECASE,
)
_MINE_SAID = re.compile(
    r"\b(?:mit|min|mine|vores|our|my)\s+(?:hold|team|afdeling|club|klub|unit)\b|\bI'?m its\b|\bthe call is mine\b|"
    r"\bdet er (?:mit|min|vores)\b",
    re.IGNORECASE,
)
# (round 26, red team r31 a) everyday senses of action words: things, apps and trivial choices
_THING_OBJECT = re.compile(
    r"\b(?:promote|promovere|godkende|approve|dismiss|afvise|transfer|flytte|overføre|install\w*|cancel|aflyse|hire|leje|include|"
    r"medtage|udpege)\s+(?:the\s+|den\s+|det\s+|de\s+|a\s+|an\s+|en\s+|et\s+)?(?:[\w-]+\s+){0,2}?(?:app|apps|update\w*|"
    r"opdatering\w*|reminder|pop-?up|photos?|fotos?|billeder|files?|filer|font|skrifttype|playlist\w*|playliste\w*|bouncy castle|"
    r"hoppeborg|sack race|sækkeløb|vinder|winner|(?:calendar|meeting|kalender|møde)\w*\s+(?:request|invitation|anmodning|invite))\b",
    re.IGNORECASE,
)
_TRIVIAL_CHOICE = re.compile(
    # an either-or between trivial things: food, drink, a colour, a font, a meeting tool
    r"\b(?:kage|cake|frugt|fruit|kaffe|coffee|te|tea|vin|wine|blomster|flowers|pizza|sandwich\w*|øl|beer)\s+(?:eller|or)\s+"
    r"(?:kage|cake|frugt|fruit|kaffe|coffee|te|tea|vin|wine|blomster|flowers|pizza|sandwich\w*|øl|beer)\b|"
    r"\b(?:plakat\w*|poster|farve\w*|colou?r|logo\w*|t-shirt\w*|kop\w*|mug|skilt\w*|sign|slides?|baggrund\w*|background)\b"
    r"[^?]{0,60}\b(?:gul|grøn|rød|blå|hvid|sort|yellow|green|red|blue|white|black)\s+(?:eller|or)\s+(?:gul|grøn|rød|blå|hvid|sort|"
    r"yellow|green|red|blue|white|black)\b|"
    r"\b(?:font|skrifttype)\b|\bthe left or the right\b|\bvenstre eller højre\b|\b(?:teams|zoom|mentimeter|slido|kahoot)\s+(?:eller|or)\s+"
    r"(?:teams|zoom|mentimeter|slido|kahoot)\b|\blukke året\b|\bclose the year\b",
    re.IGNORECASE,
)
_OWN_PERSON_STEP_R26 = re.compile(
    r"\b(?:fire|fyre|afskedige|opsige|dismissal|afsked|advarsel|warning|lukning|closure)\b", re.I
)
_OWN_HOURS = re.compile(
    r"\b(?:skal jeg|should i|bør jeg)\s+(?:selv\s+)?(?:gå ned|go down|cut down|reduce|drop down)\s+(?:på|to|til)\s+(?:\d+|four|three|"
    r"fire|tre)\s+(?:timer|hours|dage|days)\b",
    re.IGNORECASE,
)
_SETTLED_BEFORE_R26 = re.compile(
    r"\b(?:er (?:givet|endelig|besluttet|opsagt|vedtaget)|is (?:final|decided|settled|agreed)|has been (?:decided|agreed|given)|"
    r"er opsagt|blev vedtaget|som allerede er besluttet|already (?:decided|agreed))\b",
    re.IGNORECASE,
)
_COMMUNICATION_ASKED = re.compile(
    r"\b(?:brev\w*|letters?|overskrift\w*|headlines?|mail\w*|afskedsgave\w*|gave|gift|blomster|flowers|orientere|inform|announce\w*|"
    r"informationsmøde\w*|sounds? (?:kinder|better)|lyder)\b",
    re.IGNORECASE,
)
_OTHER_BODY_STEP = re.compile(
    r"^(?-i:[A-ZÆØÅ][\w&.'-]+)(?:\s+(?-i:[A-ZÆØÅ][\w&.'-]+))?\s+(?:should|bør|burde|skal|ought to)\b", re.IGNORECASE
)


# (round 26, writers BU, BV, released) the decision handed over in a "that you" clause; a policy step of the asker's;
# which unit gets a resource; the asker keeps the decision; only the arithmetic; material for someone who decides
_YOU_TAKE_DECISION = re.compile(
    r"\b(?:at du|you to|du skal|you should|you must)\s+(?:træffer|træffe|tager|tage|make|take)\s+(?:beslutningen|afgørelsen|"
    r"den beslutning|the decision|this decision|that decision|the call)\b|"
    # (round 26, red team r31 a) the answer named as the decision, the decision field of a case filled in
    r"\b(?:your answer|dit svar|din anbefaling|your recommendation|your reply)\s+(?:decides|afgør|bestemmer|will decide|settles)\b|"
    r"\b(?:complete|fill in|fill out|udfyld|færdiggør)\s+(?:the\s+)?(?:decision (?:box|field|section)|afgørelsesfelt\w*|"
    r"afgørelsen|indstillingen|beslutningsfelt\w*)\b|\b(?:fill in the blank|udfyld (?:det )?tomme felt)\b[^?]{0,80}"
    r"\b(?:decided to|besluttet at)\b|"
    # the bot's pick asked after the asker keeps the decision: "Jeg træffer selv beslutningen, men hvad er dit bud: …?"
    r"\b(?:hvad er dit bud|dit bud|where do you land|what'?s your pick|your pick|hvor lander du|hvad ville du vælge|"
    r"hvem ville du vælge|which would you (?:choose|pick)|who would you (?:choose|pick))\b",
    re.IGNORECASE,
)
_LEANING_UNSURE = re.compile(
    r"\b(?:i'?m leaning towards|i lean towards|jeg hælder (?:mest )?(?:til|mod)|i'?m inclined to|i'?m tempted to)\b[^?]{0,100}"
    r"\b(?:what should i do|what would you do|should i|hvad skal jeg gøre|hvad ville du gøre|skal jeg|what do you (?:think|say)|"
    r"hvad siger du|right\?|ikke\?)",
    re.IGNORECASE,
)
_EVIDENCE_ASKED = re.compile(
    r"\b(?:what does (?:the )?research say|hvad siger forskningen|what do (?:the )?studies (?:say|show)|hvad viser undersøgelser\w*|"
    r"evidence|evidens)\b",
    re.IGNORECASE,
)
_POLICY_STEP = re.compile(
    r"^\W*(?:skal|bør|should|shall) (?:jeg|vi|i|we) (?:indføre|afskaffe|forbyde|introduce|abolish|ban)\b", re.I
)
_WHICH_UNIT_GETS = re.compile(
    r"^\W*(?:hvilken|hvilket|hvilke|which)\s+(?P<u>[\wæøå-]+)\s+(?:skal|bør|should)\s+(?:have|få|get|receive)\b",
    re.IGNORECASE,
)
_I_DECIDE_MYSELF = re.compile(
    r"\b(?:i'?ll|i will|ah'?ll|i'?m going to) (?:decide|make the (?:decision|call)) (?:myself|masel|it myself|on my own)\b|"
    r"\b(?:jeg|vi) (?:beslutter|bestemmer|afgør|træffer beslutningen) (?:det )?selv\b|\bbeslutningen er min\b|\bthe decision is mine\b",
    re.IGNORECASE,
)
_JUST_ARITHMETIC = re.compile(
    r"\b(?:bare|blot|kun|just|only)\s+(?:regnestykket|udregningen|tallet|the (?:maths|math|arithmetic|calculation|sum|number))\b",
    re.IGNORECASE,
)
_BASIS_FOR_OTHER = re.compile(
    r"\b(?:så|so that|so)\s+(?:hun|han|de|direktøren|udvalget|chefen|she|he|they|the (?:director|committee|board))\s+"
    r"(?:har|kan|can|has|have)\b[^.?!]{0,40}\b(?:beslutte|afgøre|decide)\b",
    re.IGNORECASE,
)


def _without_clause(cased: str, m: re.Match[str]) -> str:
    """The message with the clause around match `m` left out (clause ends: . ! ? ; , : – —)."""
    start = max(cased.rfind(c, 0, m.start()) for c in ".!?;,:–—")
    ends = [i for i in (cased.find(c, m.end()) for c in ".!?;,:–—") if i >= 0]
    end = min(ends) + 1 if ends else len(cased)
    return (cased[: start + 1] + " " + cased[end:]).strip(" ,;:–—")


# (round 27, writers BW, BX, released; docs/privacy.md § 5.21) Requests: whom to call or offer the post among the
# candidates described; a job offer withdrawn; a step's verdict demanded ("Is it right to stop …? Give me the
# answer."); the bot's own choice "or not"; the bot named as the one who decides; a formal "der bedes taget stilling
# til, om …"; the choice after a step's pros and cons.
_CANDIDATES_TOLD = re.compile(
    r"\b(?:den ene|den anden|den første|den sidste|the one|the other|the first|the second|one|two|both|begge|to|tre|three) "
    r"(?:\w+ )?(?:ansøgere?|kandidat(?:er)?|applicants?|candidates?)\b|\b(?:ansøger|kandidat|applicant|candidate) (?:[a-d1-3]|nr\. ?\d)\b",
    re.IGNORECASE,
)
_WHOM_TO_OFFER = re.compile(
    r"\b(?:hvem|who|which one|hvilken af (?:dem|de to))\b[^?]{0,30}\b(?:ringer|ringe|call|ring|tilbyder|tilbyde|offer|giver|give|"
    r"sender|send|vælger|vælge|pick|choose|hire|ansætter|ansætte)\b[^?]*\?",
    re.IGNORECASE,
)
_OFFER_WITHDRAWN = re.compile(
    r"\b(?:take|taking|pull|pulling) (?:the |my |our )?(?:job )?offer off the table\b|\bwithdraw(?:ing)? (?:the|my|our|his|her|their) "
    r"(?:job )?offer\b|\btrække (?:\w+ )?(?:job|ansættelses)?tilbuddet tilbage\b",
    re.IGNORECASE,
)
_ANSWER_DEMANDED = re.compile(
    r"\b(?:give me the answer|giv mig svaret|just (?:tell me|answer)|svar (?:bare|blot)|bare sig det|yes or no|ja eller nej)\b",
    re.IGNORECASE,
)
_STEP_RIGHT_Q = re.compile(
    r"\b(?:is it right|is it ok(?:ay)?|is it fair|er det rigtigt|er det ok|er det i orden|er det fair) (?:to|at) (?:\w+ ){0,2}?"
    r"(?:stop|cut|close|end|drop|cancel|withdraw|scrap|stoppe|skære|lukke|droppe|aflyse|afskaffe|fjerne|opsige|fyre|afskedige)\b",
    re.IGNORECASE,
)
_WOULD_YOU_OR_NOT = re.compile(
    r"\bwould you (?:\w+ ){1,4}(?:or not|or wait)\b|\bville du (?:\w+ ){1,4}eller (?:ej|ikke|vente)\b|"
    r"\bwould you (?:give|issue|sack|fire|dismiss|hire|approve|grant|deny|refuse|close|keep|sign|extend|renew)\b[^?]*\b(?:or|eller)\b",
    re.IGNORECASE,
)
_BOT_DECIDES_SAID = re.compile(
    r"\b(?:AI'?en|botten|chatbotten|the AI|the bot|the chatbot) (?:bestemmer|beslutter|afgør|vælger|decides|picks|chooses|"
    r"gets to decide|får lov at bestemme)\b",
    re.IGNORECASE,
)
_FORMAL_DECIDE = re.compile(
    r"\b(?:der bedes (?:taget stilling til|truffet (?:en )?(?:afgørelse|beslutning))|tag(?:e)? stilling til|please (?:decide|determine|"
    r"rule on|take a (?:decision|position) on))\b,? (?:om|whether|if)\b[^.?!]*\b(?:imødekommes|bevilges|godkendes|gives|tildeles|"
    r"afslås|accepteres|be granted|be approved|be accepted|be refused)\b",
    re.IGNORECASE,
)
_CHOICE_AFTER_PROS_CONS = re.compile(
    r"\b(?:fordele og ulemper|pros and cons|for og imod|plusser og minusser)\b[^?]*\?.*\b(?:hvad|hvilken|hvilket|which|what) "
    r"(?:skal|bør|should|shall) (?:vi|jeg|we|i) (?:så |then |nu |now )?(?:vælge|gøre|go for|choose|pick|do)\b",
    re.IGNORECASE | re.DOTALL,
)
# … and look-alikes: what went right in the past; who may do what under a guidance or policy; what the bot would do
# to reach a goal, ideas asked; whether something is a good symbol, name or theme
_PAST_SUCCESS = re.compile(
    r"\b(?:hvad gjorde (?:vi|jeg) (?:rigtigt|godt|forkert)|what did (?:we|i) do (?:right|well|wrong)|hvad gik (?:godt|galt)|"
    r"what went (?:right|well|wrong))\b",
    re.IGNORECASE,
)
_RULE_SOURCE_Q = re.compile(
    r"\b(?:ifølge|i henhold til|according to|jf\.?|under|in line with) (?!på\b)(?:[\wæøå-]+ ){0,3}?(?:vejledning\w*|retningslinje\w*|overenskomst\w*|"
    r"cirkulære\w*|instruks\w*|politik(?:ken)?|guidance|guidelines?|policy|the agreement|procedure\w*|"
    # (round 28, red team r34 a) … also a law, the rules, a survey or the magazine as the answer's source: "under the new
    # national agreement", "efter forvaltningsloven", "according to the national survey", "ifølge forfatteren"
    r"agreement|regler(?:ne)?|rules|\w*loven|law|gdpr)\b|"
    r"\b(?:ifølge|i henhold til|according to) (?:[\wæøå'’-]+ ){0,3}?(?:survey|undersøgelse\w*|checklist|tjekliste\w*|bladet|"
    r"artiklen|forfatteren|the magazine\w*|the article|the author)\b|"
    r"\befter (?:de nye |de gældende |de )?(?:regler(?:ne)?|\w*loven|overenskomsten|aftalen)\b|"
    r"\b(?:what do the rules say|hvad siger reglerne|are we (?:legally )?required to|er vi (?:juridisk )?forpligtet til|"
    r"(?:have|has) i understood|i'?ve understood|i have understood|har jeg forstået)\b",
    re.IGNORECASE,
)
_GOAL_IDEAS = re.compile(
    r"\b(?:hvad ville du gøre|what would you do) (?:for at|to) (?:få|gøre|øge|mindske|skabe|tiltrække|styrke|get|attract|make|"
    r"increase|reduce|improve|create|boost|strengthen)\b",
    re.IGNORECASE,
)
_GOOD_SYMBOL = re.compile(
    r"\b(?:good|god|godt|fitting|passende) (?:symbol|billede|metafor|metaphor|image|logo|name|navn|motto|slogan|tema|theme|mascot|"
    r"maskot) (?:for|på|til|of)\b",
    re.IGNORECASE,
)


# (round 27, red team r32 a; docs/privacy.md § 5.21) More requests: the decision asked as a noun ("den rigtige beslutning
# om …", "the way forward for …"); a unit's or a case's fate or future ("what should happen with …", "har … en fremtid",
# "kan … stadig forsvares", "is there a case for keeping …", "how should the appeal be settled"); official or passive
# wording ("Råd ønskes vedr. …", "Recommendation requested re: …"); a plan put with a short tag ("Fornuftigt?", "Skub mig",
# "Tell me it's OK to …"); the decision hidden in a task (a blank to fill in, "tell me if it's the right call"); the
# pros and cons "ending with what we should do"; where the money comes from, staff or buildings.
_UNIT_NOUN_R27 = (
    r"(?:[\wæøå-]*klub\w*|club|[\wæøå-]*café\w*|cafe|[\wæøå-]*bus\w*|[\wæøå-]*afdeling\w*|filial\w*|branch|[\wæøå-]*skole\w*|school|"
    r"[\wæøå-]*shelter|[\wæøå-]*tilbud\w*|[\wæøå-]*ordning\w*|scheme|service|[\wæøå-]*opening|[\wæøå-]*åbning\w*|print shop|"
    r"trykkeri\w*|[\wæøå-]*center\w*|[\wæøå-]*centre|[\wæøå-]*huset|unit|team\w*|[\wæøå-]*kontor\w*|office|bibliotek\w*|library|pool|"
    r"svømmehal\w*|værested\w*|sagen|case|contract|kontrakt\w*|[\wæøå-]*vagt\w*|[\wæøå-]*stilling\w*|post|shop|butik\w*|kantine\w*|"
    r"canteen|vikar\w*|temp|bureau\w*|agency|aftale\w*)"
)
_FATE_ASKED = re.compile(
    r"\b(?:what should (?:happen|become) (?:with|to|of)|hvad skal der (?:ske|blive af) (?:med)?|hvad skal vi gøre med|"
    r"what(?:'s| is) the (?:right|best|sensible|smart) thing to do (?:with|about)|hvad er vejen frem for|what(?:'s| is) the way forward "
    r"(?:for|with)|what'?s it to be with|hvordan skal (?:sagen|klagen|anken|ansøgningen) (?:om|med|fra|mod) [^?]{0,60}"
    r"(?:ende|afgøres|falde ud|løses)|har (?:vores |den |det )?[\wæøå-]+ en fremtid|(?:fortjener|deserves?) (?:vores |our |the )?"
    r"[\wæøå-]+ (?:en chance|a (?:second |new )?chance|another (?:year|chance))|kan (?:vores |den |det )?[\wæøå-]+ (?:stadig |fortsat )?"
    r"forsvares|(?:is there|er der) (?:still |stadig |fortsat )?(?:a |en )?(?:business |god )?(?:case|argument|grund) for (?:at )?"
    r"(?:keeping|beholde|bevare|keep)|how should (?:the|this|that) [^?]{0,70}\b(?:complaint|appeal|case|application|klage|sag|anke)"
    r"[^?]{0,70}\bbe (?:settled|decided|resolved|handled))",
    re.IGNORECASE,
)
_DECISION_NOUN_ASKED = re.compile(
    r"\b(?:hvad er|what(?:'s| is)|er|is) (?:den|the|en|a) (?:rigtige|klogeste|korrekte|bedste|fornuftige|rette|right|wisest|correct|"
    r"best|sensible|proper) (?:beslutning|afgørelse|decision|ruling|call|move|vej frem|way forward)\b(?! (?:når man|when one|in general|"
    r"generelt|typically))|\b(?:beslutning|afgørelse|decision) om [^.?!]{3,60}[.?!]\s*(?:hvad bliver den|what(?:'s| will) it be)",
    re.IGNORECASE,
)
_FORMAL_ADVICE = re.compile(
    r"\b(?:råd|anbefaling|indstilling|recommendation|advice|guidance) (?:ønskes|udbedes|requested|sought|needed|wanted)\b|"
    r"\b(?:der )?(?:ønskes|udbedes|bedes om) (?:en |et )?(?:anbefaling|indstilling|råd|vurdering)\b|\bplease advise\b",
    re.IGNORECASE,
)
_FORMAL_MATTER = re.compile(
    r"\b(?:vedr\.?|vedrørende|angående|ang\.|om|re:?|regarding|concerning|on)\s+(?!hvordan|how|generelt|general)"
    r"(?:\w+\s+){0,3}?(?:[\wæøå-]+(?:ens|ets|s)\s+)?(?:ønske|anmodning|ansøgning|forlængelse|fortsættelse|lukning|continued|"
    r"extension|closure|renewal|request|application|operation|drift|[\wæøå-]+(?:en|et)\b)",
    re.IGNORECASE,
)
_PLAN_TAG = re.compile(
    r"[.:!]\s*(?:fornuftigt|rimeligt|smart|klogt|godt|ok|okay|holder den|sound|sensible|reasonable|good|fair|agreed|right|"
    r"does that hold|holder det)\s*\?\s*$|\b(?:skub mig|push me|nudge me|overbevis mig|convince me|reassure me|berolig mig|"
    r"fortæl mig,? at det er (?:ok|okay|i orden|rigtigt|fint)|tell me (?:it'?s|it is) (?:ok|okay|fine|right|alright))\b",
    re.IGNORECASE,
)
_RIGHT_WAY_Q = re.compile(
    r"\b(?:den|the) (?:rigtige|rette|bedste|klogeste|right|best|wisest) (?:vej frem|way forward|beslutning|decision|call|move|"
    r"løsning|solution)\b[^.?!]{0,20}\?",
    re.IGNORECASE,
)
_BLANK_DECISION = re.compile(
    r"\b(?:complete|fill in|finish|udfyld|færdiggør|gør færdig)\b[^_?]{0,80}_{2,}|"
    r"\b(?:tell me|sig|fortæl mig)\b[^?]{0,25}\b(?:if|whether|om) (?:it'?s|it is|det er) (?:the right|den rigtige) "
    r"(?:call|decision|beslutning|afgørelse)\b",
    re.IGNORECASE,
)
_END_WITH_WHAT_TO_DO = re.compile(
    r"\b(?:slut|end|finish|afslut|round off|conclude|konkluder)\w* (?:\w+ ){0,2}(?:med|with)[, ]+(?:hvad (?:vi|jeg) skal gøre|"
    r"what (?:we|i) should do|(?:din|your) anbefaling|(?:a|your) recommendation|en anbefaling)",
    re.IGNORECASE,
)
_MONEY_FROM_EITHER = re.compile(
    r"\b(?:where|hvor|hvorfra)\b[^?]{0,30}\b(?:come from|komme fra|findes|tages fra|take it from|cut)\b[^?]{0,30}\b(?:or|eller)\b",
    re.IGNORECASE,
)
# … and look-alikes: "decide whether" a text is consistent, formal or too long; a social-network request; grading an
# article; the timing of a required activity or an everyday event; staff leisure clubs; the bot's view on the magazine's
# line; a private family matter; a vote in a public referendum; which of the asker's own drafts to use; everyday objects
_TEXT_PROPERTY_ASKED = re.compile(
    r"\b(?:decide|afgør|vurder|judge|tell me)\b,? (?:for me )?(?:whether|if|om) (?:(?:this|the|my|these|dette|denne|disse|min|mit|"
    r"mine)\s+)?(?:[\w'-]+\s+){0,2}?(?:slides?|slide titles|titles?|titler|titlen|headlines?|overskrift\w*|tekst\w*|texts?|e-?mail\w*|"
    r"mail(?:en)?|newsletter|nyhedsbrev\w*|tone(?:n)?|agenda|dagsorden\w*|message|besked\w*|out-of-office(?: message)?|sentence|"
    r"sætning\w*|wording|formulering\w*|intro(?:s|en|erne)?|indledning\w*|speech|tale(?:n)?|letter|brev(?:et)?|post(?:en)?|opslag\w*|"
    r"presentation|oplæg\w*|sprog(?:et)?|language)\b[^?]{0,60}\b(?:sounds?|reads?|is|are|er|lyder|fits?|passer|consistent|clear|"
    r"formal|long|lang|short|kort|upbeat|too|for)\b",
    re.IGNORECASE,
)
_SOCIAL_REQUEST = re.compile(
    r"\b(?:linkedin|facebook|instagram|friend|venne|connection|forbindelses)[- ]?(?:request|anmodning|invitation)\b",
    re.IGNORECASE,
)
_GRADE_TEXT = re.compile(
    r"\b(?:karakter|grade|score|stjerner|stars|rating)\b[^?]{0,40}\b(?:artikl\w*|article|bladet|magazine|nummeret|issue|tekst\w*|"
    r"text)\b|\b(?:artikl\w*|article|bladet|magazine)\b[^?]{0,40}\b(?:karakter|grade|score|stjerner|stars|rating)\b",
    re.IGNORECASE,
)
_MONTHS_R27 = (
    r"(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|"
    r"july|october|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"this week|next week|denne uge|næste uge|foråret|efteråret|spring|autumn|the morning|the afternoon|formiddagen|eftermiddagen)"
)
_TIME_EITHER = re.compile(
    rf"\b(?:in |i |on |på |om )?{_MONTHS_R27} (?:or|eller) (?:in |i |on |på |om )?(?:{_MONTHS_R27}|next|næste)\b",
    re.IGNORECASE,
)
_STAFF_LEISURE = re.compile(
    r"\b(?:firmahold\w*|firmasport\w*|staff (?:football|choir|band|book club|running club|quiz)(?: team)?|personaleforening\w*|"
    r"løbeklub\w*|løbehold\w*|staff choir|book club|bogklub\w*|football team|quizhold\w*)\b[^?]{0,40}\b(?:sing|play|run|read|"
    r"wear|synge|spille|løbe|læse|have på)\b",
    re.IGNORECASE,
)
_REQUIRED_ACTIVITY = re.compile(
    r"\b(?:the rules say|we (?:need|must|have to) (?:hold|have|do|run)|(?:skal|må) have|lovpligtig\w*|once a year|every (?:year|other year)|"
    r"hvert (?:andet )?år|en gang om året|required|mandatory|påkrævet)\b",
    re.IGNORECASE,
)
_STOPS_SOMETHING = re.compile(
    r"\b(?:cancel\w*|aflys\w*|close|closing|lukke|luk|lukning|stop|stoppe|drop|droppe|scrap|nedlægge|outsource|udlicitere|"
    r"abolish|afskaffe)\b",
    re.IGNORECASE,
)
_MAGAZINE_LINE = re.compile(
    r"\b(?:skriver|siger|mener|writes|says|argues)\b[^?]{0,80}\?\s*$|\b(?:ville du gøre det samme|would you do the same|"
    r"er du enig|do you agree)\b",
    re.IGNORECASE,
)
_PRIVATE_FAMILY = re.compile(
    r"\b(?:my|min|mit|mine) (?:teenage |teenager |eldest |youngest |ældste |yngste )?(?:daughter|son|child|children|kids|datter|søn|"
    r"barn|børn|wife|husband|kone|mand|partner|mother|father|mor|far|sister|brother|søster|bror)\b",
    re.IGNORECASE,
)
_PUBLIC_VOTE = re.compile(
    r"\b(?:vote|stemme|stem)\s+(?:yes|no|ja|nej)\b[^?]{0,40}\b(?:referendum|folkeafstemning\w*|afstemning\w*|ballot)\b|"
    r"\b(?:referendum|folkeafstemning\w*)\b[^?]{0,40}\b(?:vote|stemme|stem)\s+(?:yes|no|ja|nej)\b",
    re.IGNORECASE,
)
_OWN_DRAFTS = re.compile(
    r"\b(?:two|to|three|tre|several|flere) (?:\w+ )?(?:intros?|drafts?|udkast|versions?|versioner|headlines?|overskrifter|indledninger|"
    r"taler|speeches|slides|titles?|titler)\b",
    re.IGNORECASE,
)


def _verdict_r27_r32(cased: str) -> bool | None:
    """(round 27, red team r32 a) The frames above: False for a look-alike, True for a request, None otherwise."""
    low = cased.lower()
    strong_words = _strong_words(cased)
    strong = strong_words or _handed_over_in_words(cased)
    staff_step = bool(_STAFF_NOUN_R25.search(cased))
    if _TEXT_PROPERTY_ASKED.search(cased) and not strong_words:
        return False  # "Decide whether my agenda is too long": the hand-over words are the look-alike's own
    if (_SOCIAL_REQUEST.search(cased) or _GRADE_TEXT.search(cased) or _PUBLIC_VOTE.search(cased)) and not strong:
        return False
    if _PRIVATE_FAMILY.search(cased) and not staff_step and not strong and not _org_step(cased):
        return False
    if (
        _OWN_DRAFTS.search(cased)
        and re.search(r"\b(?:my|min|mit|mine|i'?ve written|jeg har skrevet)\b", cased, re.I)
        and not (strong or staff_step or ACTION.search(cased) or ACTION_NOUN.search(cased))
    ):
        return False
    if (
        ((_TIME_EITHER.search(cased) and _REQUIRED_ACTIVITY.search(cased)) or _STAFF_LEISURE.search(cased))
        and not _STOPS_SOMETHING.search(cased)
        and not (staff_step or strong)
    ):
        return False
    if _magazine_ref(low) and _MAGAZINE_LINE.search(cased) and not strong and not staff_step:
        return False
    if _FATE_ASKED.search(cased) or _DECISION_NOUN_ASKED.search(cased) or _BLANK_DECISION.search(cased):
        return True
    if _FORMAL_ADVICE.search(cased) and _FORMAL_MATTER.search(cased):
        return True
    if _PLAN_TAG.search(cased) and (ACTION.search(cased) or ACTION_NOUN.search(cased) or staff_step):
        return True
    if (
        _RIGHT_WAY_Q.search(cased)
        and (ACTION.search(cased) or ACTION_NOUN.search(cased))
        and not re.search(
            r"\b(?:was|were|var) (?:that|this|it|det|dette) (?:the|den)\b|\b(?:det|it|that|this) (?:var|was) (?:den|the)\b|"
            r"\b(?:case study|chapter|kapitel|casen|evaluer\w*|evaluate\w*)\b",
            cased,
            re.I,
        )
    ):
        return True
    if _END_WITH_WHAT_TO_DO.search(cased) or _MONEY_FROM_EITHER.search(cased):
        return True
    return None


# (round 27, second cycle: writers BY, BZ, released) approval asked of the bot, a terse A-or-B, "do it?" after a plan,
# a client's either-or, a plan to be confirmed; and the decision lying with a body, a notice period asked
_APPROVAL_ASKED = re.compile(
    r"\b(?:kan du|can you|could you|will you|vil du|would you) (?:lige )?(?:godkende|approve|sign off on|okay|ok'e|"
    r"give (?:the |your )?(?:green light|go-ahead|blessing) (?:to|for)|give (?:grønt lys|din velsignelse) til)\b",
    re.IGNORECASE,
)
_TERSE_AB = re.compile(r"^\W*(?:plan |model |option |version )?[A-D1-3] (?:eller|or) [A-D1-3]\b[^?]*\?", re.IGNORECASE)
_DO_IT_TAG = re.compile(
    r"(?:^|[.?!:–—-])\s*(?:\w+\s+)?(?:do it|go for it|gør det|kør på|yay or nay|thumbs up)\s*\?\s*$", re.IGNORECASE
)
_CLIENT_EITHER = re.compile(
    r"\b(?:skal|bør|should|shall) (?:patienten|borgeren|beboeren|eleven|barnet|klienten|familien|the patient|the resident|"
    r"the citizen|the pupil|the child|the client|the family) (?:have|få|get|receive|be given)\b[^?]*\b(?:eller|or)\b",
    re.IGNORECASE,
)
_CONFIRM_RIGHT = re.compile(
    r"\b(?:bekræft|confirm|sig|tell me)\b[^?.]{0,20}\b(?:at det er|that it'?s|that this is|it'?s) (?:det rigtige|the right)",
    re.IGNORECASE,
)
_DECISION_LIES_WITH = re.compile(
    r"\b(?:beslutningen|afgørelsen) (?:ligger|træffes|tages) (?:hos|af|i)\b|\bthe decision (?:lies|rests|sits|is) with\b|"
    r"\b(?:udvalget|bestyrelsen|direktionen|byrådet|kommunalbestyrelsen|the committee|the board|the council) "
    r"(?:beslutter|træffer (?:den endelige )?beslutning(?:en)?|decides|will decide|makes the (?:final )?decision)\b",
    re.IGNORECASE,
)
_NOTICE_ASKED = re.compile(
    r"^\W*(?:hvor lang(?:t)? (?:varsel|opsigelse\w*)|hvor meget varsel|how much notice|what notice period|hvilket varsel|"
    r"hvilken opsigelsesfrist)\b",
    re.IGNORECASE,
)


def _verdict_r27_second(cased: str) -> bool | None:
    """(round 27, second cycle) The frames above: False for a look-alike, True for a request, None otherwise."""
    strong = _strong_words(cased)
    if (
        _DECISION_LIES_WITH.search(cased)
        and not strong
        and not _YOU_TAKE_DECISION.search(cased)
        and not re.search(r"\b(?:would you (?:pick|choose|go for)|ville du vælge|your pick|dit bud)\b", cased, re.I)
    ):
        return False
    if _NOTICE_ASKED.search(cased) and not strong and not re.search(r"\b(?:her|him|hende|ham|them|dem)\b", cased, re.I):
        return False
    if _APPROVAL_ASKED.search(cased) and (
        ACTION.search(cased) or ACTION_NOUN.search(cased) or _STOPS_SOMETHING.search(cased)
    ):
        return True
    if _TERSE_AB.search(cased) or _CLIENT_EITHER.search(cased):
        return True
    if (_DO_IT_TAG.search(cased) or _CONFIRM_RIGHT.search(cased)) and (
        ACTION.search(cased) or ACTION_NOUN.search(cased) or _STOPS_SOMETHING.search(cased)
    ):
        return True
    return None


# (round 27, second cycle: red team r33 a) Requests: a measure named as a noun or a gerund and judged ("Er en lukning af
# … et klogt træk?", "Is scrapping the night shift a sensible move?"); how many of our staff or units we keep, hire or
# cut; the bot's budget or decision imagined ("Hvis budgettet var dit …"); "kan vi leve med / være det bekendt at …";
# "er vikarens tid hos os ovre"; the hours or the pay to offer; letting staff go after a magazine mention.
_MEASURE_JUDGED = re.compile(
    r"^\W*(?:er|vil|ville|is|would|will)\s+(?:en|et|the|a)?\s*(?:[\wæøå-]+(?:ing|else|ning|ning\w*|ægning|ægningen|ansættelse|"
    r"lukning|opsigelse|forflyttelse|stop|nedlæggelse|sammenlægning|udlicitering|fastansættelse)\b)[^?]{0,90}\b(?:træk|skridt|"
    r"disposition|valg|løsning|beslutning|move|shout|play|step|choice|call|idea|option|course|risk worth taking|way to go)\b",
    re.IGNORECASE,
)
_HOW_MANY_KEPT = re.compile(
    r"\b(?:hvor mange|how many) (?:af|of) (?:de|vores|our|the|my|mine)\b[^?]{0,50}\b(?:beholder|holder vi|fastansætter|ansætter vi|"
    r"skærer|lukker|keep|stay|get|hire|cut|close|retain|remain|survive|lay off|let go)\b|"
    r"\b(?:af|of) (?:de|the|our|vores|mine|my) [^?]{0,50}\b(?:hvor mange|how many)\b[^?]{0,30}\b(?:beholder|fastansætter|skærer|lukker|"
    r"keep|get|hire|cut|close|retain|stay)\b",
    re.IGNORECASE,
)
_BOTS_BUDGET = re.compile(
    r"\b(?:hvis (?:budgettet|beslutningen|pengene|det) var (?:dit|din|dine|op til dig)|var det din beslutning|(?:say|if|suppose) it was your "
    r"(?:budget|decision|call|money)|if (?:the budget|the decision|it) (?:were|was) yours)\b",
    re.IGNORECASE,
)
_CAN_WE_LIVE_WITH = re.compile(
    r"\bkan vi (?:leve med|være det bekendt|tillade os|forsvare|tåle) at\b|\bcan we (?:live with|justify|afford) (?:to )?\w+ing\b",
    re.IGNORECASE,
)
_TIME_UP = re.compile(
    r"\b(?:er|is) [\wæøå-]+(?:s|'s|’s) tid (?:hos os |her )?ovre\b|\bis [\w-]+(?:'s|’s) time (?:with us |here )?up\b",
    re.I,
)
_OFFER_AMOUNT = re.compile(
    r"\b(?:hvad|hvilken|hvilket|what|which)(?: \w+)? (?:tilbyder (?:jeg|vi)|byder (?:jeg|vi)|do (?:i|we) offer|should (?:i|we) offer|"
    r"skal (?:jeg|vi) tilbyde|giver (?:jeg|vi))\b",
    re.IGNORECASE,
)
_LET_STAFF_GO = re.compile(
    r"\b(?:should|shall|skal|bør) (?:we|i|vi|jeg)\b[^?]{0,20}\b(?:let (?:[\w-]+ ){1,5}go|lade (?:[\w-]+ ){1,5}gå|lay off|fire|sack|"
    r"afskedige|opsige|fyre)\b",
    re.IGNORECASE,
)
# … and look-alikes: material for someone else's decision; whether a text (a job ad, an invitation, a letter, slides)
# mentions something or how it closes; the asker's own course, module or coach; a tax, holiday-pay or deadline rule; how
# a decision already taken is told (a past decision judged stays a request: earlier writers label it one)
_FOR_OTHERS_DECISION = re.compile(
    r"\b(?:for (?:his|her|their|the mayor'?s|the board'?s) decision|til (?:hans|hendes|deres|udvalgets|borgmesterens) beslutning|"
    r"som (?:hun|han|de|udvalget|borgmesteren) kan bruge|(?:she|he|they|the mayor|the board) can use)\b",
    re.IGNORECASE,
)
_TEXT_CONTENT_Q = re.compile(
    r"\b(?:skal|should|bør)\s+(?:the |det |den |mit |min |my |our |vores )?(?:[\w-]+\s+){0,4}?(?:vacancy notice|job ad\w*|"
    r"stillingsopslag\w*|opslag\w*|invitation\w*|brev\w*|letter|slides?|mail\w*|e-mail\w*|besked\w*|annonce\w*|nyhedsbrev\w*|"
    r"newsletter|tale\w*|speech)\b[^?]{0,60}\b(?:nævne|mention|include|indeholde|use|bruge|sign off|slutte|end|start|begynde|"
    r"være|be)\b",
    re.IGNORECASE,
)
_OWN_LEARNING = re.compile(
    r"\b(?:kursus|kurser|course|courses|module|modul\w*|track|tracks|spor|dissertation|speciale\w*|thesis|konference\w*|conference|"
    r"netværksdag\w*|coach\w*|mentor\w*|sparringspartner\w*|uddannelse\w*|development budget|udviklingsbudget\w*)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_OWN = re.compile(
    r"\b(?:my own|mit eget|min egen|for myself|for mig selv|jeg skal på|i'?m (?:going on|taking|doing)|my (?:development|coach|"
    r"mentor|dissertation|thesis|course|mpa|master'?s|own)|mit (?:ene )?kursus|mine kurser|som mit|jeg har fået lov til)\b",
    re.IGNORECASE,
)
_TAX_OR_DEADLINE_RULE = re.compile(
    r"\b(?:skal der (?:betales )?(?:skat|moms|feriepenge|afgift|atp)|(?:does|do|is) (?:tax|vat|holiday pay)\b[^?]{0,20}\b(?:have to be "
    r"paid|apply|due)|taxable|skattepligtig\w*|skattefri\w*|inden for (?:\d+|et|en|to|tre) (?:timer|døgn|dage|uger)\b[^?]*\b(?:eller|or)\b|"
    r"within (?:\d+|one|two) (?:hours|days|weeks)\b[^?]*\bor\b)",
    re.IGNORECASE,
)
_DONE_R27 = re.compile(
    r"\b(?:er sendt|er givet|er afgjort|er truffet|er afsendt|is done|has gone out|have gone out|have been issued|has been issued|"
    r"are out|already (?:turned down|rejected|decided|sent|issued|dismissed|approved)|allerede (?:afslået|besluttet|sendt|afskediget|"
    r"opsagt|godkendt))\b",
    re.IGNORECASE,
)
_TELL_ASKED = re.compile(
    r"\b(?:be told|have det at vide|få det at vide|informeres|be informed|get the letter|have brevet|få brevet|by post|med posten|"
    r"portal|e-?boks|by e-?mail|i et møde|in a meeting|by the director or by me|af direktøren eller af mig|today or tomorrow|"
    r"i dag eller i morgen)\b",
    re.IGNORECASE,
)


# (round 28, writers CA, CB) A fact asked yes/no: "Er det rigtigt, at ændringer i arbejdstiden skal varsles …, ja eller
# nej?", "Is it true that …" — a finite clause after "at/that", not an infinitive step ("er det rigtigt at fyre ham")
_TRUE_THAT = re.compile(
    r"\b(?:er det (?:rigtigt|korrekt|sandt|rigtig)|passer det|is it (?:true|correct|right)|is it the case)\s*,?\s*(?:at|that)\s+"
    r"(?P<rest>[^?]*)",
    re.IGNORECASE,
)
_FINITE_NEAR = re.compile(
    r"^(?:\S+\s+){1,6}?(?:skal|må|kan|har|er|gælder|bliver|får|should|must|can|has|have|is|are|applies|gets)\b",
    re.IGNORECASE,
)
# The decision handed to the bot in so many words: "A decision has to be made on whether …  – can you make it for us?",
# "Der skal træffes en beslutning om … – kan den træffes af dig?"
_DECISION_HANDED = re.compile(
    r"\b(?:can|could|will|would) you (?:make|take) (?:it|that|this|the decision|that decision|the call)(?: for (?:us|me))?\s*[?.!]|"
    r"\b(?:kan|vil) (?:den|beslutningen|afgørelsen) (?:træffes|tages) af dig\b|"
    r"\b(?:kan|vil) du (?:træffe|tage) (?:den|beslutningen|afgørelsen)(?: for (?:os|mig))?\b",
    re.IGNORECASE,
)
_DECISION_WORD = re.compile(r"\b(?:decision|decide|beslutning\w*|afgørelse\w*|beslut\w*)\b", re.IGNORECASE)
# "Should the museum open on Mondays in summer?", "Should the call centre stop answering …?": one of the asker's own
# units as the subject of "should", then a verb — a step for that unit put to the bot (not "be", "know" …)
_UNIT_SHOULD = re.compile(
    r"(?:^|[.!?:]\s+)(?:should|shall) (?:the|our|all|every) (?P<words>(?:[\w-]+ ?){2,3})", re.IGNORECASE
)
# (round 28, red team r35 a) the steps a unit takes — not "sing", "choir" or any word after the unit
_UNIT_STEP_VERB = re.compile(
    r"(?:open|close|stop|start|introduce|abolish|scrap|offer|charge|hire|cut|merge|move|outsource|extend|reduce|drop|keep|"
    r"switch|accept|grant|allow|ban|require|pay|buy|end|cancel|expand|change|continue|raise|lower|shut|limit|stay|take|"
    r"reopen|restructure|relocate|centralise|centralize|privatise|privatize)",
    re.IGNORECASE,
)
# "Skal alle P-vagter have tablets i stedet for håndterminaler?": one concrete option against another for a named
# group or unit of the asker's
_INSTEAD_STEP = re.compile(
    r"(?:^|[.!?:]\s+)(?:skal|bør|should|shall) (?:alle|all|vores|our|the|de|every) [\w-]+\b[^?]{0,80}?"
    r"\b(?:i stedet for|frem for|fremfor|instead of|rather than)\b",
    re.IGNORECASE,
)
# "Skal vi skrive under …, eller skal vi vente?", "Should I tell the team …, or pay them out of the reserve?": two
# courses of the asker's own action side by side
_TWO_COURSES = re.compile(
    r"(?:^|[.!?:–-]\s*)(?:skal|bør|should|shall) (?:vi|jeg|we|i) "
    # (red team r35 a) not when to tell of a step already taken: "Skal vi skrive det på Facebook i dag eller vente …?"
    r"(?!(?:skrive(?! under)|fortælle|informere|meddele|sende|poste|tell|write|announce|inform|post|send)\b[^?]*\b(?:eller|or) "
    r"(?:(?:skal|should) (?:vi|we|i|jeg) )?(?:just |bare )?(?:vente|wait)\b)[^?]{3,120}?(?:,\s*|\s+)(?:eller|or) "
    r"(?:(?:skal|bør|should|shall) (?:vi|jeg|we|i) |(?:just |bare |simply )?)"
    r"(?:vente|wait|udskyde|postpone|delay|pay|betale|keep|beholde|drop|droppe|stop|stoppe|sign|underskrive|"
    r"cancel|aflyse|close|lukke|hire|ansætte|fire|fyre)\b",
    re.IGNORECASE,
)
# "skriv, hvilket af dem jeg skal underskrive", "which of them should we sign": a choice among the options named before
_WHICH_OF_THEM = re.compile(
    r"\b(?:hvilket|hvilken|hvilke|which)(?: (?:one|ones))? (?:af dem|af de (?:\w+ )?\w+|of them|of the (?:\w+ )?\w+)\b[^?.]{0,30}?"
    r"\b(?:jeg|vi|I|we) (?:skal|bør|should|ought to)\s+(?!læse|read|kigge|look)\w+",
    re.IGNORECASE,
)
# "hvad skal jeg så prioritere først – flere sagsbehandlere eller bedre it?"
_PRIORITISE_BETWEEN = re.compile(
    r"\b(?:hvad|hvilke\w*|what|which)\b[^?]{0,20}\b(?:skal|bør|should) (?:jeg|vi|I|we)(?: så| then)? "
    r"(?:prioritere|prioritize|prioritise)\w*\b[^?]{0,80}\b(?:eller|or)\b",
    re.IGNORECASE,
)
_OWN_STEP_R28 = re.compile(
    r"\b(?:should|shall|skal|bør|do|gør) (?:i|we|jeg|vi) (?!(?:gen)?(?:læse|read|reread|skimme|skim|attend|deltage)\b)\w+",
    re.IGNORECASE,
)
_RULE_WORDS_R28 = re.compile(
    r"\b(?:ifølge|according to|lovligt|legal\w*|lov\w*|law|krav\w*|required|rule\w*|regel\w*|overenskomst\w*)\b",
    re.IGNORECASE,
)


# (round 28, red team r34 a) The asker's own step on one of the organisation's agreements or units, put yes/no: "Skal vi
# opsige aftalen med vikarbureauet …?", "Should we end our contract with the print shop …?", "… approve the winner of the
# catering tender or re-run it?" — a look-alike word elsewhere in it (a font, a deadline, a lid, a relative) does not
# make it a look-alike
_ORG_OBJECT = re.compile(
    r"\b(?:contract|kontrakt\w*|aftale(?:n|r|rne)?|samarbejdsaftale\w*|agreement|tender|udbud\w*|licitation\w*|pilot\w*|"
    r"projekt\w*|project|ordning\w*|scheme|afdeling\w*|unit|filial\w*|branch|dagcent\w*|day cent\w*|bibliotek\w*|librar\w*|"
    r"rengøring\w*|cleaning|vikarbureau\w*|agency|leverandør\w*|supplier|outsourc\w*|udlicit\w*|værksted\w*|workshop|"
    r"depot\w*|klub(?:ben|ber)?|club|café(?:en)?|cafe)\b",
    re.IGNORECASE,
)
_OWN_MODAL_R28 = re.compile(r"\b(?:skal|bør|should|shall|do) (?:vi|jeg|we|i)\b", re.IGNORECASE)


def _org_step(cased: str) -> bool:
    """(round 28, red team r34 a) The asker's own modal, an action and one of the organisation's agreements or units."""
    return bool(_OWN_MODAL_R28.search(cased) and ACTION.search(cased) and _ORG_OBJECT.search(cased))


_ONE_CASE_GRANTED = re.compile(
    r"\b(?:bør|skal|should)\b[^?]{0,80}\b(?:imødekommes|bevilges|afslås|godkendes|afvises|be (?:granted|refused|approved|upheld|"
    r"rejected|accepted))\b",
    re.IGNORECASE,
)


_THIS_CASE = re.compile(
    r"\b(?:vi fik|we got|we received|vi modtog|vi har modtaget|i går|yesterday|last week|i sidste uge|on monday|i mandags|"
    r"the new|den nye|det nye)\b",
    re.IGNORECASE,
)


def _rule_source_asked(cased: str) -> bool:
    """(round 27) The last sentence names a rule, a law or the magazine as the answer's source, and the asker
    puts no step of their own ("should we/skal jeg" with an action)."""
    last = re.split(r"(?<=[.!?])\s+", cased.strip())[-1]
    own_step = re.search(r"\b(?:should|shall|skal|bør) (?:i|we|jeg|vi)\b", cased, re.IGNORECASE) and ACTION.search(
        cased
    )
    # (round 28) … nor a clause of their own after "og/and": "Hvad siger reglerne om vagtbytte, og skal jeg så tillade det?"
    own_clause = re.search(
        r"\b(?:og|and|men|but)\s+(?:skal|bør|should|shall)\s+(?:jeg|vi|i|we)\b", last, re.IGNORECASE
    ) or (
        # (round 28, red team r35 a) … nor one case's grant or refusal asked under the rule: "Efter serviceloven: bør
        # ansøgningen om trappelift, vi fik i sidste uge, imødekommes?", "Under our housing policy, should the transfer
        # application we got on Monday be granted?"
        _ONE_CASE_GRANTED.search(cased)
    )
    return bool(_RULE_SOURCE_Q.search(last)) and not own_step and not own_clause


# (round 28, red team r34 a) Look-alikes: the asker's own reading or attending plan judged ("Jeg vil læse artiklen om
# afskedigelser. Fornuftigt?", "Ville du læse hele rapporten eller ej …?"); what the magazine says or which article
# is best; a claim about what an AI decides, asked true or lawful; what a national body ought to do; an agenda's order;
# a wording approved; how to tell people; what happens to records or pay under the rules
_READING_PLAN = re.compile(
    r"\b(?:jeg vil|jeg skal|i'll|i will|i want to|i'm going to|ville du|would you|skal jeg|should i)\s+(?:gerne\s+)?"
    r"(?:gen)?(?:læse|read|reread|re-read|skimme|skim|tage med til|deltage i|attend|go to|lytte til|listen to)\b",
    re.IGNORECASE,
)
_MAGAZINE_ASKED = re.compile(
    r"\b(?:which article|hvilken artikel|hvilke artikler|artiklens|bladets|the article(?:'s)? (?:say|says|calls?)|"
    r"does the (?:article|magazine) say|siger (?:artiklen|bladet)|kalder (?:de|artiklen|bladet)|bladet har en artikel|"
    r"the magazine has an article)\b",
    re.IGNORECASE,
)
_AI_DECIDES_CLAIMED = re.compile(
    r"\b(?:påstår|hørt|heard|claims?|læst|read|siger|says),? (?:at|that) (?:botten|the bot|ai'?en|the ai|ai|algoritmen|"
    r"the algorithm|systemet|the system|chatbotten|a chatbot|en chatbot) (?:bestemmer|afgør|decides|chooses|vælger)\b",
    re.IGNORECASE,
)
_NATIONAL_BODY_OUGHT = re.compile(
    r"(?:^|[.!?]\s+)(?:bør|burde|skal|should|ought|must) (?:folketinget|regeringen|staten|eu|the government|parliament|"
    r"the state|the eu)\b",
    re.IGNORECASE,
)
_AGENDA_ORDER = re.compile(
    r"\b(?:go|come|stå|komme) (?:first|last|først|sidst)\b[^?]{0,40}\b(?:agenda|dagsorden\w*)\b", re.IGNORECASE
)
_WORDING_APPROVED = re.compile(
    r"\b(?:approve|check|godkend\w*|tjek\w*) (?:my|the|min|mit|vores|our) (?:wording|formulering\w*|tekst\w*|text|draft|udkast)\b",
    re.IGNORECASE,
)
_HOW_TO_TELL = re.compile(
    r"\b(?:what should (?:we|i) do to|hvad skal (?:vi|jeg) gøre for at) (?:tell|inform|notify|let|fortælle|informere|"
    r"orientere|give besked)\b",
    re.IGNORECASE,
)
_WHAT_HAPPENS_TO = re.compile(
    r"\b(?:hvad skal der ske med|what should happen to|what happens to|hvad sker der med|what's the right thing to do with|"
    r"hvad er det rigtige at gøre med) (?:en |et |a |an |the |de |det |den )?(?:[\w'’-]+ ){0,3}?(?:feriepenge\w*|holiday|ferie\w*|"
    r"notes|noter|notater|referat\w*|cvs?|records?|journal\w*|data|oplysninger|papers|files?|ansøgninger|applications)\b",
    re.IGNORECASE,
)


# (round 28, writers CC, CD) Look-alikes: both sides of a step asked, the steps or stakeholders of a procedure, what a
# memo should contain — material for the asker's judgement, no pick
_SIDES_ASKED = re.compile(
    r"\b(?:both sides of|the case for and against|fordele og ulemper ved|for og imod)\b", re.IGNORECASE
)
_PICK_ASKED = re.compile(
    r"\b(?:which|what should|should (?:i|we)|what (?:we|i) should|hvilken|hvilket|hvad skal|hvad (?:vi|jeg) skal|skal (?:jeg|vi)|"
    r"gør vi|recommend|anbefal\w*|vælg\w*|choose|pick|din dom|your verdict|eller ej|or not|konklusion|conclusion|"
    r"would choose|ville vælge|hvad ville du(?: så)? gøre|what would you do)\b",
    re.IGNORECASE,
)
_PROCEDURE_ASKED = re.compile(
    r"\b(?:hvilke skridt|which steps|what steps|hvilken procedure|what procedure|what process|hvilke interessenter|"
    r"which stakeholders|what stakeholders|what should (?:my|the|our) (?:[\w-]+ )?(?:memo|note|letter|recommendation|paper)\w* "
    r"(?:contain|include|cover)|hvad skal (?:mit|min|vores|notatet|indstillingen|brevet) (?:[\w-]+ )?(?:indeholde|omfatte))\b",
    re.IGNORECASE,
)
# (round 28, writers CC, CD) Requests: the pick handed over ("… eller reparere den gamle? Du må bestemme."); one described
# case and its sanction or grant ("Skal en betjent, der er taget i at sove på vagt, afskediges?", "Skal en kursist med
# 70 % fremmøde have dispensation …?", "Does a gardener who skipped the briefing deserve a formal warning …?"); the
# deciding vote asked
_YOU_DECIDE = re.compile(
    r"\b(?:du må (?:gerne )?bestemme|du bestemmer|you decide|you choose|you pick)\s*[.!]?\s*$", re.IGNORECASE
)
_CASE_STEP = re.compile(
    r"(?:^|[.!?]\s+)(?:skal|bør|should) (?:en|et|a|an) [\w-]+,? (?:der|som|who|that|med|with) [^?]{3,80}?,? "
    r"(?:afskediges|fyres|opsiges|suspenderes|be (?:fired|dismissed|sacked|suspended)|"
    r"(?:have|få|get|be given|be granted) (?:en |et |a |an )?(?:advarsel|påtale|dispensation|fritagelse|warning|exemption|"
    r"dispensation))\b|"
    r"\b(?:does|do) (?:a|an) [\w-]+ (?:who|that) [^?]{3,80}? deserve (?:a |an )?(?:formal )?(?:warning|reprimand|sanction)\b|"
    r"\b(?:fortjener|deserves?) (?:en|et|a|an) [\w-]+,? (?:der|som|who|that) [^?]{3,80}? (?:en |a )?(?:formel |formal )?"
    r"(?:advarsel|påtale|warning)\b",
    re.IGNORECASE,
)
_WHAT_WE_DO_RECOMMENDED = re.compile(
    r"\b(?:hvad|what) (?:anbefaler du|do you recommend|would you recommend)\b[^?]{0,30}?\b(?:at vi|at jeg|that we|we|i) "
    r"(?:gør|do|should do)\b(?!\s+(?:to|for at|in order to|about learning)\b)",
    re.IGNORECASE,
)
# (round 28, red team r35 a) The bot's pick asked in so many words, whatever look-alike cue stands elsewhere: "just say it:
# does the temp stay?", "sig mig bare, hvem der får jobbet", "Hvilken ansøger taler du for?", "How do you feel about
# letting our receptionist go?", "What would you do to …: the night bus gone or the youth club gone?", "Vi har besluttet at
# lukke én af de to filialer. Hvilken?", "Min sidemakker siger: fyr ham. Hvad siger du?", "Hvad gør vi så med værkstedet?
# Lukning?", "Should the letter … say yes or no to his request?"
_PICK_IN_WORDS = re.compile(
    r"\b(?:just (?:tell me|say(?: it)?)|bare sig(?: det| mig)?|sig mig bare|sig bare|your call|din beslutning)\b[^?]{0,80}"
    r"(?:\b(?:hvem der (?:skal (?:ansættes|have)|får)|who (?:gets|should get|stays|goes)|whether|om)\b|"
    r":\s*(?:does|do|skal|forlænger|stays?|bliver)\b)|"
    r"\b(?:hvilken|hvilket|hvem|which|who)\b[^?]{0,30}\b(?:taler du for|are you rooting for|would you back|do you back|holder du med|"
    r"støtter du)\b|"
    r"\bhow do you feel about (?:letting|firing|closing|cutting|dismissing|sacking|shutting)\b|"
    r"\bhvad er din indstilling\b[^?]*\?|"
    r"\b(?:hvad ville du gøre|what would you do)\b[^?:–-]{0,60}[:–-]\s*[^?]{2,60}\b(?:eller|or)\b|"
    r"\b(?:én|en|et|one) af (?:de|the) (?:to|two|tre|three) [\w-]+\b[^?]*[.!]\s*(?:hvilken|hvilket|which(?: one)?)\s*\?|"
    r"\b(?:siger|says|reckons|thinks|mener|synes):?\s*[^?.]{0,60}[.!]?\s*(?:hvad siger du|what do you say|and you|og du|do we|"
    r"skal vi)\s*\?\s*$|"
    r"\b(?:hvad gør vi (?:så )?med|hvad er næste skridt (?:med|for)|what do we do (?:now )?with|next step for)\b[^?]*\?\s*"
    r"(?:lukning|nedlæggelse|udlicitering|fyring|afskedigelse|closure|closing|outsourcing|dismissal)\s*\?|"
    r"\b(?:say|sige) (?:yes or no|ja eller nej) (?:to|til) (?:his|her|their|the|hans|hendes|deres|ansøgningen)\b",
    re.IGNORECASE,
)
_DECIDING_VOTE = re.compile(
    r"\b(?:hvad skal udslaget være|giv (?:mig )?udslaget|what should the (?:deciding|casting) vote be|cast the (?:deciding|casting) vote)\b",
    re.IGNORECASE,
)


# (round 29, writers CE, CF) A step asked with "yes or no" attached: "Skal vi indføre det hos os, ja eller nej?" — the
# magazine or a rule mentioned before it does not make it a question about them.
_YES_NO_STEP = re.compile(
    r"\b(?:skal|bør|should|shall|do|must|må) (?:vi|jeg|we|i)\b[^.?!]{0,120}\b(?:ja eller nej|yes or no)\b(?!\s+(?:på|til|to|on)\b)",
    re.IGNORECASE,
)
# … a recommendation asked for what we do: "Which of the three models do you recommend we roll out?", "What do you
# advise – cut overtime or cut temps?"
_RECOMMEND_WE = re.compile(
    r"\b(?:do|would) you (?:advise|recommend|suggest|propose)(?: that)? (?:we|i)\b(?! (?:read|look|start with|check|ask)\b)|"
    r"\bwhat (?:do|would) you (?:advise|recommend|suggest)\b\s*[-:–]\s*[^.?!]{3,80}\bor\b|"
    r"\bhvad (?:anbefaler|råder|foreslår) du\b\s*[-:–]\s*[^.?!]{3,80}\beller\b",
    re.IGNORECASE,
)
# … the bot asked to choose whether we take a step: "først vælge, om vi lukker teatrets anden scene"
_BOT_CHOOSES_WHETHER = re.compile(
    r"\b(?:(?:kan|vil|kunne|ville|can|could|will|would) (?:du|you)|du selv|you yourself|hvor du|where you)\b[^.?!\"”]{0,50}"
    r"\b(?:vælge|vælg|vælger|choose|chooses|pick|decide|decides|bestemme|bestemmer|afgøre|afgør)\b,? "
    r"(?:om|whether|if) (?:vi|we|jeg|(?-i:I))\b",
    re.IGNORECASE,
)
# … a step taken "but after that" a rule is met: "Under section 19 we must hear the landlord first – fine, but after
# that, should we order the building cleared?"
_BUT_THEN_STEP = re.compile(
    r"\b(?:but|men)\b[^.?!]{0,40}\b(?:should|skal|bør) (?:we|i|vi|jeg)\b(?P<rest>[^.?!]{0,80})\?", re.IGNORECASE
)
# … a step weighed as "better" in the past or conditional: "Var det bedre at aflyse sommerturen, når …?", "Would it be
# wiser to close the branch?"
_BETTER_STEP = re.compile(
    r"\b(?:var|ville|er|would|is|was)(?: det| it)(?: være| be| have been)? (?:bedre|klogere|smartere|klogest|better|wiser) "
    r"(?:at|to) (?P<step>\w+(?: \w+)?)",
    re.IGNORECASE,
)
_CASE_STEP_VERB = re.compile(
    r"\b(?:order|påbyde|clear(?:ed)?|evict\w*|rømme\w*|close|lukke|stop|stoppe|grant|deny|approve|refuse|reject|afvise|"
    r"godkende|bevilge)\b",
    re.IGNORECASE,
)
# … the outcome of a case asked: "Hvad skal udfaldet være i sagen …: påbud, bøde eller lovliggørelse?"
_CASE_OUTCOME_ASKED = re.compile(
    r"\bhvad (?:skal|bør) (?:udfaldet|afgørelsen|resultatet|beslutningen|sanktionen) (?:være|blive)\b|"
    r"\bwhat (?:should|shall) (?:the outcome|the decision|the verdict|the sanction|the ruling) be\b",
    re.IGNORECASE,
)
# … options, then "what's it going to be": "Nyt system eller lappe det gamle – hvad bliver det?"
_OPTIONS_THEN_PICK = re.compile(
    r"\b(?:eller|or)\b[^.?!]{2,60}[-–:,]\s*(?:hvad bliver det|hvad skal det være|hvad vælger du|hvilken vælger du|"
    r"what'?s it (?:going to|gonna) be|what will it be|which is it|which would you pick)\b",
    re.IGNORECASE,
)
# … which model an organisation should adopt: "Which opening model should the after-school club adopt from August?"
_WHICH_MODEL_ADOPT = re.compile(
    r"\b(?:which|what) (?:\w+ ){0,2}(?:model|option|solution|structure|system|approach|scheme|plan|proposal|supplier|"
    r"vendor|setup|set-up|organisation|organization)s?\b[^.?!]{0,30}\bshould (?:the|our|my|we|this)\b[^.?!]{0,40}"
    r"\b(?:adopt|choose|pick|use|implement|introduce|go with|roll out|select|opt for)\b|"
    r"\bhvilk(?:en|et|e) (?:\w+ ){0,2}(?:model|løsning|struktur|system|ordning|plan|forslag|leverandør|opsætning)\w*\b"
    r"[^.?!]{0,30}\b(?:skal|bør) (?:vi|klubben|skolen|centret|afdelingen|huset|enheden|teamet|kommunen|[a-zæøå]+(?:en|et))\b"
    r"[^.?!]{0,30}\b(?:vælge|indføre|bruge|køre med|gå med|implementere|rulle ud)\b",
    re.IGNORECASE,
)
# A look-alike: facts or material gathered for the body that decides ("Byrådet skal tage stilling til, om … Kan du
# samle fakta til dem?").
_MATERIAL_FOR_DECIDERS = re.compile(
    r"\b(?:samle|saml|finde|find|give|giv|lave|lav|skrive|skriv|collect|gather|compile|prepare|write|pull together)\b"
    r"[^.?!]{0,30}\b(?:fakta|facts|materiale|material|baggrund\w*|background|oplæg|overblik|overview|briefing)\b[^.?!]{0,30}"
    r"\b(?:til|for) (?:dem|them|byrådet|udvalget|bestyrelsen|direktionen|the council|the board|the committee|the directors)\b",
    re.IGNORECASE,
)


# … and one more of the same asked for: "And one on psychological safety, please?", "Og en om trivsel?"
_ONE_MORE_OF = re.compile(
    r"^\W*(?:(?:and|og|also|også|plus)\s+)?(?:one|another|one more|en|et|én|en mere|en til|et til)\s+(?:on|about|om|til|for)\b",
    re.IGNORECASE,
)


# (round 29, red team r36 a) One sentence puts a step for the asker's organisation ("skal vi/should we/do we/lukker vi"
# with an action on a unit, a service, a post or a named place); a family member, where the asker sits, a reading or
# the magazine said in another sentence is background, not the subject.
_WE_STEP_SENTENCE = re.compile(
    r"^\W*(?:(?:så|so|then|og|and|men|but|right|ok|okay|well|quick one first|lige hurtigt|even so|anyway|alligevel|regardless|"
    r"uanset)\W+)*"
    r"(?:(?:skal|bør|should|shall|do|må) (?:vi|we)\b|[a-zæøå]+er vi\b)(?!\s+(?:ledere|managers|leaders|chefer|være|be)\b)",
    re.IGNORECASE,
)
_BACKGROUND_CUE = re.compile(
    r"\b(?:my|min|mit|mine) (?:teenage |eldest |youngest |ældste |yngste )?(?:daughter|son|child|children|kids|datter|søn|barn|børn|"
    r"wife|husband|kone|mand|partner|mother|father|mor|far|sister|brother|søster|bror)\b|"
    r"\b(?:derhjemme|hjemme i sofaen|at home|sommerhuset|fitness\w*|at the gym|au pair\w*|kids are asleep|børnene (?:sover|er lagt|i seng))\b|"
    r"\b(?:bladet|magazine|artiklen|article|the piece|leader column|lederen|i bladet|in the magazine|says in|siger i|skriver)\b|"
    r"\b(?:har læst|have read|i'?ve read|jeg læste)\b",
    re.IGNORECASE,
)
# the steps an organisation takes, beyond the personnel actions (`ACTION`): "stop the late bus", "cap the places",
# "sætte halllejen op", "give the citizen access to the file"
_ORG_STEP_VERB = re.compile(
    r"\b(?:open|close|stop|start|introduce|abolish|scrap|offer|charge|cut|cap|merge|move|outsource|extend|reduce|end|cancel|"
    r"expand|raise|lower|shut|limit|install|reopen|restructure|relocate|centralise|centralize|privatise|privatize|bring (?:\w+ ){1,3}back|"
    r"indføre|opkræve|lukke|åbne|stoppe|starte|tilbyde|skære|sammenlægge|flytte|udlicitere|forlænge|reducere|afskaffe|nedlægge|"
    r"udvide|hæve|sænke|begrænse|centralisere|privatisere|genåbne|omstrukturere|installere|sætte (?:\w+ ){1,2}(?:op|ned)|"
    r"sende (?:\w+ ){1,3}på (?:\w+)?kursus|hjemtage|aktindsigt|dispensation|bevilling|"
    # (round 31) merging named in other verbs: "samle de to køkkener", "slå afdelingerne sammen", "combine the two teams"
    r"samle (?:de|begge|vores|alle) (?:\w+ )?(?:to|tre|fire|\w+erne|\w+ene)|slå (?:\w+ ){1,3}sammen|combine|amalgamate)\b",
    re.IGNORECASE,
)
# a private thing as the step's object: "Should we sell the house?", "Skal vi tage bilen?"
_PRIVATE_OBJECT = re.compile(
    r"\b(?<!-)(?:house|home|car|holiday|vacation|trip|dinner|wedding|birthday|present|gift|dog|cat|garden|hus|huset|bil|bilen|ferie\w*|"
    r"middag\w*|bryllup\w*|fødselsdag\w*|gave\w*|hund\w*|kat|katten|haven|sommerhus\w*|lejlighed\w*|flat|apartment|mortgage|"
    r"lån\w*|loan|savings|opsparing\w*)\b",
    re.IGNORECASE,
)


def _step_named(s: str) -> bool:
    """A personnel action (`ACTION`) or one of the organisation's steps (`_ORG_STEP_VERB`) in the text."""
    return bool(ACTION.search(s) or _ORG_STEP_VERB.search(s))


def _org_ish(s: str) -> bool:
    """A unit, service, post, agreement or named place of the organisation in the text."""
    if (
        _ORG_OBJECT.search(s)
        or _STAFF_NOUN_R25.search(s)
        or re.search(r"\b(?:i|på|in|at|ved) (?-i:[A-ZÆØÅ][a-zæøå]+)", s)
    ):
        return True
    if re.search(r"\bthe (?-i:[A-ZÆØÅ][a-zæøå]+) [a-z]+", s):
        return True  # "the Eastfield pool"
    return any(is_org(w) or UNIT_RE.search(w) for w in re.findall(r"[a-zæøå-]{4,}", s.lower()))


def _sentences(cased: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?:])\s+|\s+[–—-]\s+", cased.strip()) if s]


def _step_amid_background(cased: str) -> bool:
    """A sentence with the organisation's step (`_WE_STEP_SENTENCE`, an action, `_org_ish`) and no background cue, in a
    message whose other sentences give background (`_BACKGROUND_CUE`)."""
    if not _BACKGROUND_CUE.search(cased):
        return False
    sents = _sentences(cased)
    for n, s in enumerate(sents):
        if (
            n
            and sents[n - 1].endswith(":")
            and re.search(
                r"\b(?:spørgsmålet|the question|asks?|asked|spørger|spurgte|siger|sagde|says|said|skriver|writes|wrote)\b",
                sents[n - 1],
                re.I,
            )
        ):
            continue  # "I artiklen stiller X spørgsmålet: Skal vi lukke de små skoler?": the article's question
        if (
            _WE_STEP_SENTENCE.match(s)
            and (ACTION.search(s) or ACTION_NOUN.search(s) or _STAFF_NOUN_R25.search(s) or _ORG_STEP_VERB.search(s))
            and (_org_ish(s) or not _PRIVATE_OBJECT.search(s))
            and not _BACKGROUND_CUE.search(s)
        ):
            return True
    return False


# … a step asked first and a rule or a way to tell people asked after it: "Should we outsource the school meals service?
# And how do I tell the kitchen staff?"
_THEN_HOW_OR_RULES = re.compile(
    r"^\W*(?:and|og|plus|also|også)?\W*(?:how|what|hvordan|hvad|hvilke|which)\b", re.IGNORECASE
)


def _step_then_question(cased: str) -> bool:
    sents = _sentences(cased)
    return (
        len(sents) >= 2
        and sents[0].endswith("?")
        and bool(_WE_STEP_SENTENCE.match(sents[0]))
        and bool(ACTION.search(sents[0]) or ACTION_NOUN.search(sents[0]))
        and _org_ish(sents[0])
        and not re.search(r"\b(?:if|hvis|når|when)\b", sents[0], re.IGNORECASE)
        and not re.search(
            r"\b(?:do we (?:have|need) to|must we|are we (?:allowed|required|obliged)|er vi nødt til|har vi pligt til|skal vi have lov)\b",
            sents[0],
            re.IGNORECASE,
        )
        and bool(_THEN_HOW_OR_RULES.match(sents[1]))
    )


# … an imperative step with "yes or no": "Quick one first: close the Ashby office in May, yes or no?"
_STEP_YES_NO = re.compile(r"(?P<s>[^.!?:]{5,120}),?\s*(?:yes or no|ja eller nej)\s*\?", re.IGNORECASE)
# … "any reason not to" take a step: "Er der nogen grund til ikke at lukke legestuen i Bording?"
_REASON_NOT_TO = re.compile(
    r"\b(?:er der nogen grund til ikke at|any reason not to|is there any reason (?:why )?(?:we|i) (?:shouldn'?t|should not))\b(?P<rest>[^.?!]{3,80})",
    re.IGNORECASE,
)
# … a Danish unit with "skal" and a step: "Skal genbrugspladsen indføre tidsbestilling om lørdagen?"
_UNIT_SKAL = re.compile(
    r"(?:^|[.!?:]\s+)(?:skal|bør) (?P<unit>[a-zæøå-]{4,}(?:en|et|n))\s+(?P<verb>indføre|opkræve|lukke|åbne|stoppe|starte|tilbyde|"
    r"ansætte|skære|sammenlægge|flytte|udlicitere|forlænge|reducere|droppe|beholde|skifte|acceptere|tillade|forbyde|kræve|"
    r"betale|købe|afskaffe|nedlægge|udvide|ændre|fortsætte|hæve|sænke|begrænse|centralisere|privatisere|genåbne|omstrukturere|"
    r"indstille|opsige|hente|hjemtage|fjerne|halvere|fordoble)\b",
    re.IGNORECASE,
)
# Look-alikes: a story, a sketch or a play; a text operation on a quoted question; another body's own step; who has the
# competence; a joke taken back; a timing choice about a thing; IT housekeeping.
_FICTION_FRAME = re.compile(
    r"\b(?:in|i|for|til) (?:my|min|mit|our|vores) (?:staff |christmas |jule|firma)?(?:novel|story|short story|roman\w*|novelle\w*|"
    r"sketch\w*|play|panto|pantomime|revue|revy\w*|skuespil\w*|show|film|manuscript|manuskript\w*|script)\b",
    re.IGNORECASE,
)
_QUOTED_TEXT_TASK = re.compile(
    r"\b(?:stavekontrol|spell-?check|proofread\w*|korrektur\w*|check the (?:punctuation|spelling|grammar)|sæt tegn|tegnsæt\w*|"
    r"gør (?:dette|det|spørgsmålet) (?:\w+ )?kortere|make (?:this|it) shorter|shorten this|turn this into|lav (?:dette|det) om til|"
    r"poll question|mentimeter|afstemningsspørgsmål\w*|spørgsmål til (?:borgerpanelet|afstemningen|spørgeskemaet)|"
    r"oversæt|translate)\b",
    re.IGNORECASE,
)
_OTHER_BODY_OWN_STEP = re.compile(
    r"(?:^|[.!?]\s+)(?:skal|bør|burde|should|ought|must) (?:the\s+)?(?:region\w*(?: [A-ZÆØÅ]\w+)?|politiet|police|nhs(?: trust)?|"
    r"styrelsen\w*(?: for [\w ]{3,40}?)?|ministeriet|the ministry|local government association|kl|the union|fagforeningen|"
    r"[A-ZÆØÅ]\w+ (?:trust|association|forbund))\b[^.?!]{0,80}"
    r"(?:\b(?:its|their|sin|sit|sine|deres)\b|\b(?:som de har foreslået|som rygterne siger|like they'?ve announced|as (?:it|they) "
    r"propose[sd]?|as announced|som meldt ud)\b)",
    re.IGNORECASE,
)
_NATIONAL_BODY_STEP = re.compile(
    r"(?:^|[.!?]\s+)(?:skal|bør|burde|should|ought|must) (?:the\s+)?(?:local government association|kl|"
    r"[A-ZÆØÅ]\w+ (?:association|forbund))\s+(?!(?:our|vores|my|min|mit)\b)[a-zæøå]+",
    re.IGNORECASE,
)
# … a text operation that asks for the answer too: "Oversæt … og svar på det bagefter", "and tell me if it's the right call"
_ANSWER_IT_TOO = re.compile(
    r"\b(?:svar på det|svar selv|answer it|reply to it|tell me (?:what|if|whether)|give me your (?:honest )?(?:answer|view)|"
    r"what you'?d answer|sig så,? om|sig om|om du ville|er det (?:overhovedet )?den rigtige|right call|your (?:own )?answer|"
    r"dit (?:eget )?svar|as if you were me|som om du var mig)\b",
    re.IGNORECASE,
)
_WHO_HAS_COMPETENCE = re.compile(
    r"\bhvem (?:skal|bør|kan|må) (?:træffe )?(?:afgørelse\w*|beslutning\w*|beslutte|afgøre|godkende)\b|"
    r"\bwho (?:should|must|can|may) (?:make|take|sign off) (?:the |this |that )?decision\b|\bwho has the (?:authority|competence)\b",
    re.IGNORECASE,
)
_JOKE_TAKEN_BACK = re.compile(r"\b(?:nej,? spøg|bare for sjov|just kidding|only joking|spøg til side)\b", re.IGNORECASE)
_TIME_OR_THING_ALTERNATIVE = re.compile(
    r"\b(?:before or after|før eller efter|now or (?:after|later|next \w+)|nu eller (?:efter|senere|til)|"
    r"at \d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)? or (?:at )?\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?|kl\.? ?\d{1,2}(?:[.:]\d\d)? eller|"
    r"or (?:hang|use) (?:it|them|a|an)|eller (?:hænge|bruge) (?:den|det|dem|en|et))\b",
    re.IGNORECASE,
)
# … obsolete IT artefacts removed: an old port, a trial licence, test or guest users, old backups (not buying licences
# for staff, which is the organisation's spending)
_IT_THING = re.compile(
    r"\b(?:port \d+|server\w*|vpn\w*|accounts?|konti|kontoen|\w*brugere|users|logins?|backups?|licen[cs]\w*|laptops?|pc'?er|pcs|"
    r"mailkont\w*|mailbox\w*|database\w*|domæne\w*|firewall\w*|certifikat\w*|certificates?|active directory|wi-?fi|"
    r"printer\w*|forbindelse\w*|connection)\b",
    re.IGNORECASE,
)
_OBSOLETE = re.compile(
    r"\b(?:old|gamle|gammel|trial|test\w*|guest|prøve\w*|unused|ubrugte|expired|udløbne|legacy|tidligere|former)\b|\bport \d+",
    re.IGNORECASE,
)


def _object_of_step(s: str) -> str:
    """The words after the verb that follows "skal vi/should we" (or the first action verb), up to a preposition, an
    alternative or the end."""
    m = re.match(
        r"(?:"
        + _WE_STEP_SENTENCE.pattern
        + r")(?:\s+(?:bare|just|simply|så|nu|egentlig|actually|really))*\s+[\wæøå-]+",
        s,
        re.I,
    ) or ACTION.search(s)
    if not m:
        return ""
    rest = s[m.end() :]
    return re.split(
        r"\b(?:at|på|ved|i|in|on|by|near|outside|behind|udenfor|bag|before|after|før|efter|or|eller|og|and|now|nu|from|fra|til|to)\b|[,?.!]",
        rest,
        maxsplit=1,
    )[0]


def _lookalike_r36(cased: str) -> bool:
    """(round 29, red team r36 a) The look-alike frames above."""
    if (
        (_FICTION_FRAME.search(cased) and not _FOR_REAL.search(cased))
        or _OTHER_BODY_OWN_STEP.search(cased)
        or _NATIONAL_BODY_STEP.search(cased)
    ):
        return True
    if _WHO_HAS_COMPETENCE.search(cased) and not re.search(
        r"\b(?:og|and|men|but)\s+(?:skal|bør|should|do)\s+(?:vi|we)\b|\b(?:du|you)\b|\b(?:ja eller nej|yes or no)\b",
        cased,
        re.I,
    ):
        return True
    sents = _sentences(cased)
    if (
        len(sents) >= 2
        and re.search(r"\b(?:if|hvis)\b", sents[0], re.IGNORECASE)
        and re.search(
            r"\b(?:what do|what does|hvad siger) (?:the )?(?:\w+ )?(?:rules|regulations|law|reglerne|loven|regler)\b",
            sents[-1],
            re.I,
        )
    ):
        return True  # "Should the library close if the alarm panel is faulty? What do the fire regulations say?"
    if (
        _QUOTED_TEXT_TASK.search(cased)
        and (re.search(r"[\"“”«»]", cased) or re.search(r"poll|mentimeter|afstemning", cased, re.I))
        and not (_ANSWER_IT_TOO.search(cased) or _ANSWER_IT.search(cased))
    ):
        return True
    joke = _JOKE_TAKEN_BACK.search(cased)
    if joke and not ACTION.search(cased[joke.end() :]):
        return True
    for s in _sentences(cased):
        if not (_WE_STEP_SENTENCE.match(s) or re.match(r"^\W*(?:should|skal) the\b", s, re.IGNORECASE)):
            continue
        obj = _object_of_step(s)
        if _TIME_OR_THING_ALTERNATIVE.search(s) and obj and not _org_ish(obj) and not _STAFF_NOUN_R25.search(s):
            return True
        it_obj = _object_of_step(s)
        if (
            _IT_THING.search(it_obj)
            and _OBSOLETE.search(it_obj)
            and not re.search(
                r"\b(?:contract|kontrakt\w*|aftale\w*|supplier|leverandør\w*|vendor|outsourc\w*|udlicit\w*)\b",
                s,
                re.IGNORECASE,
            )
        ):
            return True
    return False


# (round 29, writers CG, CH, released) Requests: the asker's measures ranked; a vote asked on a step; a measure for a
# unit and a terse "Ja?"; "is it the right call to …"; one solution asked ("ikke tre"); who gets priority; what to
# decide; "would you say it's fair to …" an allocation; "should we do the same" with a step.
_RANK_MEASURES = re.compile(
    r"(?:^|[.!?:]\s+|\b(?:lav|make|giv|give|kan du|can you|could you|please|venligst)\s+(?:mig |me |os |us )?(?:en |a |an )?)"
    r"(?:top[ -]?(?:tre|3|fem|5|ti|10)|rangér|ranger|rank|prioritér|prioriter|prioritise|prioritize)\b[^.?!]{0,60}"
    r"\b(?:besparelse\w*|cuts|savings|nedskæring\w*|tiltag|measures|forslag\w*|proposals)\b",
    re.IGNORECASE,
)
_VOTE_ASKED = re.compile(r"^\W*(?:stem|vote)(?:\s+(?:lige|nu|now|please))?\s*[:!,–-]", re.IGNORECASE)
_TERSE_YES = re.compile(r"^[^.?!]{3,80}[.,]\s*(?:ja|yes|ok|okay|go|kør)\s*\?\W*$", re.IGNORECASE)
_RIGHT_CALL_STEP = re.compile(
    r"(?:^|[.!?:–]\s*)\W*(?:is it|would it be|er det|ville det være) (?:the |den |det )?(?:right|correct|rigtige|korrekte|wise|klogt) "
    r"(?:call |decision |move |thing |beslutning |træk )?,?\s*(?:to|at) (?P<step>[^.?!]{3,80})",
    re.IGNORECASE,
)
_ONE_SOLUTION = re.compile(
    r"\b(?:anbefal|recommend|giv|give|vælg|pick|choose)\s+(?:mig |me |os |us )?(?:én|ét|one|a single|kun én|only one)\s+"
    r"(?:løsning|solution|model|option|mulighed|anbefaling|recommendation)\b",
    re.IGNORECASE,
)
_WHO_GETS_PRIORITY = re.compile(
    r"\bwho (?:gets|should get|has) (?:priority|first (?:pick|call|dibs)|the only)\b|"
    r"\bhvem (?:får|skal have|bør få) (?:prioritet|førsteret|fortrinsret|den eneste|det eneste)\b",
    re.IGNORECASE,
)
_WHAT_TO_DECIDE = re.compile(
    r"\btell me what (?:to|i should|we should) decide\b|\bhvad (?:skal|bør) (?:jeg|vi) beslutte\b|"
    r"\bsig(?: mig)?,? hvad (?:jeg|vi) skal beslutte\b|\bwhat should (?:i|we) decide\b",
    re.IGNORECASE,
)
_FAIR_TO_STEP = re.compile(
    r"\b(?:would you say|do you think|synes du|mener du|vil du sige)(?:,)? (?:that )?(?:it'?s|it is|it would be|det er|det ville "
    r"være) (?:fair|ok|okay|rimeligt|fair nok|right|rigtigt|reasonable) (?:to|at) (?P<step>[^.?!]{3,80})",
    re.IGNORECASE,
)
_ALLOCATION_STEP = re.compile(
    r"\b(?:give|giving|allocate|tildele|fordele|give (?:\w+ )?only|kun give|only to|kun til)\b", re.IGNORECASE
)
_DO_THE_SAME = re.compile(r"\b(?:should|shall) we do the same\b|\bskal vi (?:gøre|lave) det samme\b", re.IGNORECASE)


# (round 29, red team r37 a) Requests: the pick as a text's content or conclusion; a drafting task that ends with the
# bot's own pick; the decision handed over for the day; the size, amount or order of a step; an elliptic "Should I?"
# after a sentence that names the step; a step "for real" after a story.
_PICK_AS_CONTENT = re.compile(
    r"\b(?:what|which|hvilken|hvad) (?:conclusion|konklusion\w*|recommendation|outcome)\b[^.?!]{0,40}\b(?:should i write|skal jeg skrive|goes in|skal stå)\b|"
    r"\bhvad skal konklusionen (?:være|lyde)\b|\bwhat should the conclusion be\b|"
    r"\bwhat goes in the (?:decision|afgørelses)\w* letter\b[^.?!]{0,40}\bor\b|"
    r"\b(?:and|og),?\s+(?:then\s+|så\s+|bagefter\s+|afterwards\s+|i samme omgang\s+)?(?:pick|choose|vælg|tag (?:\w+ ){0,3}stilling til|"
    r"decide|afgør|tell me|fortæl mig|sig)\b(?:\s+(?:bagefter|afterwards|then|så))?,?\s+(?:whether|if|om)\s+(?:vi|we|jeg|i|to)\b",
    re.IGNORECASE,
)
_ENDS_WITH_PICK = re.compile(
    r"\b(?:finish|end|ending|afslut\w*|slut)\w*\b[^.?!]{0,30}\b(?:with|med) (?:your|din|dit|the option you'?d)\b[^.?!]{0,20}"
    r"\b(?:recommendation|anbefaling|pick|choice|valg)\b|\bwhich way you'?d lean\b|\b(?:dit|your) (?:samlede |overall )?go(?: eller|or)? no-?go\b|"
    r"\bfremhæv\b[^.?!]{0,30}\bden,? (?:vi|du) skal (?:gå med|vælge)\b|\bthe option you'?d (?:pick|choose|go with)\b",
    re.IGNORECASE,
)
_IN_CHARGE_TODAY = re.compile(
    r"\b(?:you'?re in charge|you are in charge|du er chefen|det er dig,? der er chefen|you get the final word|du har det sidste ord|"
    r"you have the final say|du bestemmer i dag)\b|\b(?:in or out|ind eller ud)\b",
    re.IGNORECASE,
)
_SIZE_OR_ORDER = re.compile(
    r"\bhow (?:big|much|large) (?:a |an )?(?:supplement|raise|bonus|tillæg|grant|pay rise)\b[^.?!]{0,40}\bshould\b|"
    r"\bhow much do we give\b|\bhvor (?:stort|meget) (?:et )?(?:tillæg|tilskud)\b[^.?!]{0,30}\b(?:skal|bør)\b|"
    r"\bi hvilken rækkefølge\b[^.?!]{0,20}\b(?:afskediger|fyrer|opsiger|lukker)\b|\bin (?:what|which) order (?:do|should) we (?:let go|dismiss|fire|close)\b",
    re.IGNORECASE,
)
_ELLIPTIC_STEP_Q = re.compile(
    r"^\W*(?:so,? |and |but |men |så )?(?:should (?:i|we)|skal (?:jeg|vi)|do you think (?:i|we) should|synes du,? (?:at )?(?:jeg|vi) skal|"
    r"do you agree|er du enig)\s*\??\s*$",
    re.IGNORECASE,
)
_FOR_REAL = re.compile(
    r"\b(?:in real life|for real|i virkeligheden|i det virkelige liv|men helt ærligt)\b", re.IGNORECASE
)
_MINE_MERGE = re.compile(
    r"\b(?:skal|should) (?:mine|my|vores|our) (?:\w+ ){0,3}(?:teams?|hold|afdelinger|units?|enheder|grupper|groups)\b[^.?!]{0,30}"
    r"\b(?:slås sammen|merge|sammenlægges|lukkes|close|nedlægges)\b",
    re.IGNORECASE,
)
_AND_WE_STEP = re.compile(r",\s*(?:og|and) (?:skal|should|bør) (?:vi|we|jeg|i) (?P<rest>[^.?!]{3,80})\?", re.IGNORECASE)


def _requests_r37(cased: str) -> bool:
    """(round 29, red team r37 a) The request frames above."""
    if _PICK_AS_CONTENT.search(cased) or _ENDS_WITH_PICK.search(cased) or _SIZE_OR_ORDER.search(cased):
        return True
    if _IN_CHARGE_TODAY.search(cased) and (
        _STAFF_NOUN_R25.search(cased)
        or re.search(r"\b(?:nurse|temp|vikar\w*|sygeplejerske\w*|medarbejder\w*|stay|bliver)\b", cased, re.I)
    ):
        return True
    if _MINE_MERGE.search(cased):
        return True
    sents = _sentences(cased)
    if (
        len(sents) >= 2
        and _BACKGROUND_CUE.search(" ".join(sents[:-1]))
        and re.match(r"^\W*(?:so,? |then,? |så )?(?:should|skal|bør) (?:i|jeg)\b", sents[-1], re.I)
        and ACTION.search(sents[-1])
        and not _BACKGROUND_CUE.search(sents[-1])
    ):
        return True  # "My wife says fire him. Should I fire the temp?"
    if len(sents) >= 2 and _ELLIPTIC_STEP_Q.match(sents[-1]) and any(_step_named(s) for s in sents[:-1]):
        return True
    for_real = _FOR_REAL.search(cased)
    if for_real:
        after = cased[for_real.end() :]
        if re.search(r"\b(?:should|skal|bør) (?:i|we|jeg|vi)\b", after, re.I) and (_step_named(after)):
            return True
    and_we = _AND_WE_STEP.search(cased)
    return bool(
        and_we
        and re.search(r"\b(?:til|to) (?:the )?[a-zæøå-]+(?:en|et|er)\b", and_we.group("rest"))
        and not _RULE_WORDS_R28.search(and_we.group("rest"))
    )


# Look-alikes (red team r37 a): a private household's choice; a general obligation asked with an indefinite object or
# "som arbejdsgiver"; trivia objects; a calculation; a teaching case; an interview question quoted; a minister's step.
_PRIVATE_POSSESSION = re.compile(
    r"\b(?:my|our|min|mit|mine|vores)\s+(?:\w+\s+)?(?:car|bil|bilen|volvo|caravan|campingvogn|dog|hund|cat|kat|garden|haven|son|søn|dreng|"
    r"daughter|datter|pige|kids|børn|boiler|sofa|aktier|shares|house|hus)\b|\bderhjemme\b|\bin my garden\b|\bi min have\b|"
    r"\b(?:holde|hold|take|tage|go on) (?:\w+ )?(?:sommerferie|summer holiday|holiday)\b[^.?!]{0,30}\b(?:eller|or)\b",
    re.IGNORECASE,
)
_GENERAL_OBLIGATION = re.compile(
    r"\b(?:skal|må) (?:vi|jeg) som (?:arbejdsgiver|leder|kommune|myndighed)\b", re.IGNORECASE
)
_TRIVIA_OBJECT = re.compile(
    r"\b(?:excel|spreadsheets?|regneark|sheets|slides?|dias|dejen|dough|sækkeløb\w*|sack race|kage|cake|bagedyst\w*)\b",
    re.IGNORECASE,
)
_CALCULATION = re.compile(
    r"\b(?:regn ud|beregn|calculate|work out (?:how much|what it costs|the cost)|how much (?:do|would|will|could) we save|hvor meget sparer vi|"
    r"hvad koster det|what (?:does|would) it cost)\b",
    re.IGNORECASE,
)
_TEACHING_CASE = re.compile(
    r"\b(?:write the case|case for (?:our|a) (?:\w+ )?course|case til (?:vores |et )?(?:\w+)?kursus)\b|"
    r"\binterview question\b|\binterviewspørgsmål\w*|\bjobsamtalespørgsmål\w*",
    re.IGNORECASE,
)


def _lookalike_r37(cased: str) -> bool:
    """(round 29, red team r37 a) The look-alike frames above."""
    if _TEACHING_CASE.search(cased) or (_CALCULATION.search(cased) and not re.search(r"\b(?:or|eller)\b", cased, re.I)):
        return True
    if re.search(r"(?:^|[.!?]\s+)(?:should|bør|skal) (?:the )?minist(?:er|eren)\b", cased, re.IGNORECASE):
        return True
    if _GENERAL_OBLIGATION.search(cased) and not re.search(
        r"\b(?:den|det|de|the|vores|our)\s+(?:\w+\s+)?(?:medarbejder|vikar)(?:en|et)?\b", cased, re.I
    ):
        return True
    if (
        _PRIVATE_POSSESSION.search(cased)
        and not (_STAFF_NOUN_R25.search(cased) or ACTION_NOUN.search(cased) or _ORG_OBJECT.search(cased))
        and not _step_amid_background(cased)
    ):
        return True
    return any(
        (_WE_STEP_SENTENCE.match(s) or re.match(r"^\W*(?:which|hvilke)\b", s, re.I))
        and _TRIVIA_OBJECT.search(_object_of_step(s) if _WE_STEP_SENTENCE.match(s) else s)
        and not _STAFF_NOUN_R25.search(s)
        for s in _sentences(cased)
    )


def _requests_writers_cg_ch(cased: str) -> bool:
    """(round 29, writers CG, CH) The request frames above."""
    if _RANK_MEASURES.search(cased) or _ONE_SOLUTION.search(cased):
        return True
    if _WHO_GETS_PRIORITY.search(cased) and not (
        _RULE_WORDS_R28.search(cased) or re.search(r"\b(?:ifølge|according to|under the|efter reglerne)\b", cased, re.I)
    ):
        return True
    if _WHAT_TO_DECIDE.search(cased):
        return True
    vote = _VOTE_ASKED.search(cased)
    if vote and _WE_STEP_SENTENCE.search(cased[vote.end() :].strip()):
        return True
    if _TERSE_YES.match(cased) and len(cased.split()) <= 12 and _org_ish(cased):
        return True
    right = _RIGHT_CALL_STEP.search(cased)
    if (
        right
        and not re.match(r",?\s*(?-i:[A-ZÆØÅ])", right.group("step"))
        and not _NATIONAL_BODY_OUGHT.search(cased)
        and _step_named(right.group("step"))
    ):
        return True
    fair = _FAIR_TO_STEP.search(cased)
    if fair and (_step_named(fair.group("step")) or _ALLOCATION_STEP.search(fair.group("step"))):
        return True
    return bool(_DO_THE_SAME.search(cased) and _step_named(cased))


def _requests_r36(cased: str) -> bool:
    """(round 29, red team r36 a) The request frames above."""
    if _requests_writers_cg_ch(cased):
        return True
    if _step_amid_background(cased) or _step_then_question(cased):
        return True
    yes_no = _STEP_YES_NO.search(cased)
    if yes_no:
        seg = yes_no.group("s").strip()
        if (ACTION.match(seg) or _ORG_STEP_VERB.match(seg)) and _org_ish(seg):
            return True
    reason = _REASON_NOT_TO.search(cased)
    if reason and ACTION.search(reason.group("rest")):
        return True
    unit = _UNIT_SKAL.search(cased)
    return bool(
        unit
        and (is_org(unit.group("unit").lower()) or UNIT_RE.search(unit.group("unit").lower()))
        and not _RULE_WORDS_R28.search(cased)
        and not _NATIONAL_BODY_OUGHT.search(cased)
        and not re.search(
            r"\b(?:efter|ifølge|jf\.?|i henhold til)\s+(?:\w+loven|loven|reglerne|de nye regler)\b", cased, re.I
        )
    )


def _verdict_r29(cased: str) -> bool | None:
    """(round 29, writers CE, CF) The frames above, read before the older look-alike frames: True for a request,
    False for material gathered for those who decide or one more of the same, None otherwise."""
    if _MATERIAL_FOR_DECIDERS.search(cased) and not _strong_words(cased):
        return False
    if _ONE_MORE_OF.search(cased) and not ACTION.search(cased) and not _strong_words(cased):
        return False
    if _requests_r37(cased):
        return True
    if not _strong_words(cased) and (_lookalike_r36(cased) or _lookalike_r37(cased)):
        return False
    if _requests_r36(cased):
        return True
    if READING.search(cased.lower()):
        return None
    recommend = _RECOMMEND_WE.search(cased)
    if (
        recommend
        and not re.search(
            r"\b(?:learn|lære|read|læse|study|studere|understand|forstå)\b", cased[recommend.end() :], re.I
        )
        and (
            _step_named(cased[recommend.start() :])
            or re.search(
                r"\b(?:roll out|implement|adopt|introduce|choose|pick|go with|udrulle|indføre|vælge)\b", cased, re.I
            )
        )
    ):
        return True
    if _YES_NO_STEP.search(cased) or _BOT_CHOOSES_WHETHER.search(cased):
        return True
    but = _BUT_THEN_STEP.search(cased)
    if but and (
        ACTION.search(but.group("rest"))
        or ACTION_NOUN.search(but.group("rest"))
        or _CASE_STEP_VERB.search(but.group("rest"))
    ):
        return True
    better = _BETTER_STEP.search(cased)
    if (
        better
        and ACTION.search(better.group("step"))
        and "?" in cased[better.end() :]
        and re.search(r"\b(?:vi|we|jeg|os|us|vores|our|min|mit|my)\b", cased, re.IGNORECASE)
        and not re.search(
            r"\b(?:ifølge|according to|research\w*|forskning\w*|studies|studier|undersøgelse\w*|generelt|generally|"
            r"typically|typisk|i almindelighed|in general)\b",
            cased,
            re.IGNORECASE,
        )
    ):
        return True
    if _CASE_OUTCOME_ASKED.search(cased) or _OPTIONS_THEN_PICK.search(cased) or _WHICH_MODEL_ADOPT.search(cased):
        return True
    return None


def _verdict_r28(cased: str) -> bool | None:
    """(round 28, writers CA, CB; red team r34 a) The frames above: False for a look-alike, True for a request, None
    otherwise."""
    strong = _strong_words(cased)
    if not strong and (
        _rule_source_asked(cased)
        or (_READING_PLAN.search(cased) and not _OWN_STEP_R28.search(cased))
        or (_MAGAZINE_ASKED.search(cased) and not _OWN_STEP_R28.search(cased))
        or _AI_DECIDES_CLAIMED.search(cased)
        or _NATIONAL_BODY_OUGHT.search(cased)
        or (
            _AGENDA_ORDER.search(cased)
            and not re.search(r"\b(?:or|eller)\b[^?]{0,40}\b(?:not|ikke)\b", cased, re.IGNORECASE)
        )
        or _WORDING_APPROVED.search(cased)
        or _HOW_TO_TELL.search(cased)
        or _WHAT_HAPPENS_TO.search(cased)
    ):
        return False
    true_that = _TRUE_THAT.search(cased)
    if (
        true_that
        and _FINITE_NEAR.match(true_that.group("rest"))
        and "?" not in cased[true_that.end() + 1 :]  # "Er det rigtigt, at …? Og nedlægger vi så …?": a step follows
        and not strong
        and not ACTION.search(" ".join(true_that.group("rest").split()[:2]))
    ):
        return False
    if _DECISION_HANDED.search(cased) and _DECISION_WORD.search(cased):
        return True
    if (
        _PICK_IN_WORDS.search(cased)
        and not _rule_source_asked(cased)
        # a question about the bot's own limits: "Why can't you just tell me whether to promote someone?"
        and not re.search(
            r"\b(?:why (?:can'?t|cannot|won'?t|don'?t) you|hvorfor (?:kan|vil) du ikke)\b", cased, re.IGNORECASE
        )
    ):
        return True
    if _ONE_CASE_GRANTED.search(cased) and _THIS_CASE.search(cased):
        return True  # (red team r35 a) one case received, its grant asked under a rule: "…, vi fik i går, imødekommes?"
    if not strong and (
        (_SIDES_ASKED.search(cased) and not _PICK_ASKED.search(cased)) or _PROCEDURE_ASKED.search(cased)
    ):
        return False
    if _YOU_DECIDE.search(cased) and re.search(r"\b(?:skal|bør|should) (?:jeg|vi|i|we)\b[^?]*\?", cased, re.IGNORECASE):
        return True
    if _CASE_STEP.search(cased) or _DECIDING_VOTE.search(cased) or _WHAT_WE_DO_RECOMMENDED.search(cased):
        return True
    return None


def _requests_r28(cased: str) -> bool | None:
    """(round 28, writers CA, CB) The request frames above, read after the older look-alike frames (a thing, a trivial
    choice, the asker's own matters): True for a request, None otherwise. (Red team r35 a) Options side by side are a
    decision only about the organisation's or its staff's matters — not cake, venues, the stairs or the weekend."""
    if READING.search(cased.lower()):
        return None
    organisational = bool(
        ACTION.search(cased)
        or ACTION_NOUN.search(cased)
        or _ORG_OBJECT.search(cased)
        or _STAFF_NOUN_R25.search(cased)
        or re.search(
            r"\b(?:tilbud\w*|offers?|bids?|quotes?|kandidat\w*|candidates?|ansøger\w*|applicants?|"
            r"sagsbehandler\w*|caseworkers?|stilling\w*|posts?)\b",
            cased,
            re.IGNORECASE,
        )
    )
    unit = _UNIT_SHOULD.search(cased)
    words = unit.group("words").split() if unit else []
    for i in (1, 2):  # "the museum open …", "the call centre stop …"
        if (
            i < len(words)
            and is_org(words[i - 1].lower())
            and _UNIT_STEP_VERB.fullmatch(words[i])
            and not _RULE_WORDS_R28.search(cased)
        ):
            return True
    if _INSTEAD_STEP.search(cased) and not _RULE_WORDS_R28.search(cased) and organisational:
        return True
    courses = _TWO_COURSES.search(cased) if organisational else None
    if courses and (
        re.search(r"\b(?:vi|we)\b", courses.group(0)[:20], re.IGNORECASE)
        or (ACTION.search(courses.group(0)) and not re.search(r"\bfire off\b", courses.group(0), re.IGNORECASE))
    ):
        return True  # the asker's own "I" needs a step for the organisation ("tell the team …"), not a career move
    if organisational and (_WHICH_OF_THEM.search(cased) or _PRIORITISE_BETWEEN.search(cased)):
        return True
    return None


def _verdict_r27_r33(cased: str) -> bool | None:
    """(round 27, red team r33 a) The frames above: False for a look-alike, True for a request, None otherwise."""
    strong = _strong_words(cased)
    staff_step = bool(_STAFF_NOUN_R25.search(cased))
    if _FOR_OTHERS_DECISION.search(cased) and not strong:
        return False
    if _TEXT_CONTENT_Q.search(cased) and not strong and not (ACTION.search(cased) or ACTION_NOUN.search(cased)):
        return False
    if (
        _OWN_LEARNING.search(cased)
        and _FIRST_PERSON_OWN.search(cased)
        and not re.search(r"\b(?:him|her|them|ham|hende|dem|én|one of)\b", cased, re.IGNORECASE)
        and not (staff_step or strong)
    ):
        return False
    if _TAX_OR_DEADLINE_RULE.search(cased) and not strong and not _org_step(cased):
        return False
    if _DONE_R27.search(cased) and _TELL_ASKED.search(cased) and not strong:
        return False
    if (
        _MEASURE_JUDGED.search(cased)
        and (ACTION.search(cased) or ACTION_NOUN.search(cased) or _STOPS_SOMETHING.search(cased))
        and not (
            _EVIDENCE_ASKED.search(cased) or re.search(r"\b(?:according to|ifølge|in general|generelt)\b", cased, re.I)
        )
    ):
        return True
    if _HOW_MANY_KEPT.search(cased) or _BOTS_BUDGET.search(cased) or _TIME_UP.search(cased):
        return True
    if _CAN_WE_LIVE_WITH.search(cased) and (ACTION.search(cased) or _STOPS_SOMETHING.search(cased)):
        return True
    if _OFFER_AMOUNT.search(cased) and re.search(r"\d", cased):
        return True
    if _LET_STAFF_GO.search(cased) and staff_step:
        return True
    return None


def choice_after_pros_cons(text: str) -> bool:
    """(round 27, writer BW) The choice asked after a step's pros and cons, also across a thread's messages:
    "Hvad er fordele og ulemper ved at lukke billetkontoret?" → "Godt. Så hvad skal vi vælge?"."""
    return bool(_CHOICE_AFTER_PROS_CONS.search(" ".join(text.split())))


def _strong_words(cased: str) -> bool:
    """(round 27) The decision is handed over in words no look-alike frame may overrule (`STRONG`, `_STRONG_HANDOVER_R26`)."""
    return bool(STRONG.search(cased.lower()) or _STRONG_HANDOVER_R26.search(cased))


def _verdict_r27(cased: str) -> bool | None:
    """(round 27) The frames above: False for a look-alike, True for a request, None otherwise."""
    strong = _strong_words(cased)
    if _PAST_SUCCESS.search(cased) and not strong:
        return False
    last = re.split(r"(?<=[.!?])\s+", cased.strip())[-1]
    if _rule_source_asked(cased) and not strong:
        return False
    goal = _GOAL_IDEAS.search(cased)
    if goal and not strong and not ACTION.search(cased[goal.end() :]):
        return False
    if _GOOD_SYMBOL.search(cased) and not strong and not ACTION.search(cased):
        return False
    if _CANDIDATES_TOLD.search(cased) and _WHOM_TO_OFFER.search(last):
        return True
    if _OFFER_WITHDRAWN.search(cased) and re.search(r"\b(?:shall|should|skal|bør)\s+(?:i|we|jeg|vi)\b|\?", cased, re.I):
        return True
    if _ANSWER_DEMANDED.search(cased) and _STEP_RIGHT_Q.search(cased):
        return True
    if _WOULD_YOU_OR_NOT.search(cased) or _FORMAL_DECIDE.search(cased) or _CHOICE_AFTER_PROS_CONS.search(cased):
        return True
    bot_decides = _BOT_DECIDES_SAID.search(cased)
    if bot_decides and "?" in cased[bot_decides.end() :]:
        return True
    return None


# (round 30, writers CI, CJ) Look-alikes: who does a step ("Skal jeg selv underskrive kontrakten, eller er det HR, der gør
# det?"), a gut feeling asked about a cause ("What's your gut feeling about why meetings run over?").
_WHO_DOES_IT = re.compile(
    r"\b(?:skal jeg selv|skal vi selv|do I \w+ (?:it |this |that |them )?myself|should I \w+ (?:it |this |that )?myself)\b"
    r"[^?]{0,60}\b(?:eller (?:er det|gør|skal)|or (?:does|do|is it|should|will))\b|"
    # (round 31, writer CM, released) whose duty a step is, the asker's or another role's: "Skal jeg som leder indberette
    # …, eller er det medarbejderen, der skal?", "Do I have to report it, or is it the nurse who must?"
    r"\b(?:eller|or) (?:er det|is it) (?:den |det |the )?[\w-]+(?: [\w-]+)?,? (?:der|som|who|that) (?:skal|bør|must|has to|should)\b"
    r"(?! (?:vælge|beslutte|bestemme|afgøre|choose|decide))",
    re.IGNORECASE,
)
# (round 31, red team r40 a) The decision said to be the asker's (or a board's), and the bot's own pick asked all the same:
# "The decision is mine – I just want to know who you'd go with", "Valget er mit, men sig mig, hvem …", "Off the record,
# though: keep the night café or shut it?"
_DECIDER_KEPT = re.compile(
    r"\b(?:i'?m the one who decides|the (?:decision|call|choice) (?:sits|lies|rests|stays) with (?:me|us)|"
    r"i'?ll decide (?:it )?(?:myself|for myself)|the board (?:will )?decides?\b|jeg beslutter (?:det )?selv|"
    r"beslutningen ligger hos (?:mig|os))\b",
    re.IGNORECASE,
)
_BOTS_PICK_ANYWAY = re.compile(
    r"\b(?:who|which|hvem|hvilke[nt]?)\b[^.?!]{0,40}\b(?:you'?d|you would|would you|du ville|ville du)\b|"
    r"\b(?:tell me|sig mig)(?: bare| just)?,? (?:who|which|hvem|hvilke[nt]?)\b|\bif you were in my (?:chair|shoes|place)\b|"
    r"\bhvis du sad i min stol\b|\boff the record\b[^?]{0,60}\b(?:or|eller)\b|\bdo you think\b[^?]{0,60}\bshould be\b|"
    r"\bwhich would you regret less\b",
    re.IGNORECASE,
)
# (round 31, red team r40 a) Someone's view that a step should be taken, then the bot asked in a word whether to take it:
# "Min kone synes, jeg skal lade vikaren gå. Gør jeg det?", "Our chair asked if we should outsource the cleaning. Well – do we?"
_ELLIPTIC_YES_NO = re.compile(
    r"(?:^|[.!?:;,–—-]\s*)(?:(?:well|so|nå|så)\s*[,–—-]?\s*)?(?:(?:har (?:han|hun|de) ret|does (?:he|she) have a point|"
    r"(?:is|are) (?:he|she|they) right)\s*[,–—-]?\s*)?(?:gør (?:jeg|vi) det|skal (?:jeg|vi)(?: det| gøre det)?|"
    r"do (?:I|we)(?: do it)?|should (?:I|we)(?: do it)?|shall (?:I|we)|har (?:han|hun|de) ret|does (?:he|she) have a point|"
    r"(?:is|are) (?:he|she|they) right)\s*\?\s*$",
    re.IGNORECASE,
)
_REPORTED_STEP = re.compile(
    r"\b(?:synes|siger|mener|foreslår|spurgte om|spørger om|thinks|says|reckons|suggests|asked (?:if|whether)|asks (?:if|whether)|"
    r"wants? (?:me|us) to|vil have,? at (?:jeg|vi))\b[^.?!]{0,20}\b(?:jeg|vi|I|we|you)?\b[^.?!]{0,10}\b(?:skal|bør|should|ought to|to)\b",
    re.IGNORECASE,
)
# (round 31, red team r40 a) The bot's stance in general, asked as "would you ever": "Would you ever fire someone by text
# message? Just curious.", "Ville du nogensinde lukke et plejehjem?" (an indefinite object: no case of the asker's)
_BOTS_STANCE = re.compile(
    r"\b(?:would you ever|could you ever|ville du (?:nogensinde|nogen sinde)|kunne du (?:nogensinde|nogen sinde)|"
    r"vil du (?:nogensinde|nogen sinde))\b[^.?!]{0,30}?\b(?:someone|somebody|anyone|nogen|an?|en|et)\b(?!\s+(?:af|of)\b)",
    re.IGNORECASE,
)
# A thumbs-up asked on the asker's own text or design: "New logo for the staff newsletter: thumbs?", "Min nye
# e-mailsignatur: tommel op eller ned?"
_VERDICT_TAG_OWN_WORK = re.compile(
    r"\b[\w-]*?(?:logo\w*|signatur\w*|signature|navn\w*|name|slogan\w*|plakat\w*|poster|slides?|overskrift\w*|headline|layout|"
    r"design\w*|tekst\w*|forside\w*|invitation\w*|flyer)\b[^?:]{0,50}:\s*(?:thumbs(?: up or down)?|tommel(?:en)? (?:op|ned)"
    r"(?: eller (?:op|ned))?|👍\s*(?:or|eller)\s*👎)\s*\?",
    re.IGNORECASE,
)
# (round 31, red team r40 a) Cases or people sorted into a decision's outcomes ("Sort the applications into granted and
# refused", "put each one under 'renew' or 'end'", "i to bunker: dem, der får tilskud, og dem, der ikke gør"); the bot's
# word made the trigger of a step ("unless you object", "Say the word and I'll cut …", "Nogen indvendinger mod, at vi lukker …?")
_OUTCOME = (
    r"(?:granted|refused|approved|rejected|declined|renew(?:ed)?|end(?:ed)?|hire|reject|keep|let go|shortlist|"
    r"bevilget|bevilling|afslag|afvist|godkendt|forlæng\w*|stop|ansæt|afvis|beholde)"
)
_SORT_INTO_OUTCOMES = re.compile(
    rf"\b(?:sort|put|divide|split|sorter|fordel|del|læg)\b[^.?!]{{0,60}}\b(?:into|under|in|i)\b[^.?!]{{0,12}}[\"'“‘]?{_OUTCOME}"
    rf"[\"'”’]?\s*(?:and|or|og|eller|/)\s*[\"'“‘]?{_OUTCOME}\b|"
    r"\b(?:i|into) (?:to|two) (?:bunker|piles|grupper|groups)\b[^.?!]{0,15}:?\s*(?:dem|those|the ones),? (?:der|som|that|who) (?:får|get)\b",
    re.IGNORECASE,
)
_OBJECTION_TEST = re.compile(
    r"\bunless you object\b|\bif you say\b[^.?!]{0,30}\bI'?ll\b|\bsay the word,? and I'?ll\b|"
    r"\b(?:nogen|har du (?:nogen )?) ?indvendinger? mod,? at (?:vi|jeg) (?:lukker|fyrer|opsiger|afskediger|nedlægger|"
    r"udliciterer|flytter|skærer|lader)\b|\bany objections? to (?:us|me) (?:closing|firing|cutting|letting|sacking|merging)\b|"
    r"\bhvis du siger\b[^.?!]{0,30}\bså (?:gør|lukker|fyrer|opsiger|skærer) jeg\b",
    re.IGNORECASE,
)
# (round 31, writer CN, released) How to answer a question someone else puts to the asker: the quoted question is theirs
# ("How do I answer when an employee asks me, 'What would you do in my place?'"); what to answer would be the decision
_HOW_TO_ANSWER_QUOTED = re.compile(
    r"^(?:how (?:do|should|can) I (?:best )?(?:answer|respond|reply|react)|hvordan (?:svarer|reagerer|besvarer|håndterer) jeg)\b"
    r"[^'\"“‘?]{0,80}\b(?:asks?|asked|spørger|spurgte|siger|says|said)\b[^'\"“‘?]{0,25}['\"“‘][^'\"”’]{3,120}['\"”’]\W*$",
    re.IGNORECASE,
)
_GUT_ABOUT_WHY = re.compile(
    r"\b(?:gut feeling|gut instinct|hunch|mavefornemmelse|fornemmelse)\b[^?.!]{0,12}\b(?:about|om) (?:why|how come|hvorfor)\b",
    re.IGNORECASE,
)
# … and what a document should hold: "Hvilke punkter bør den indeholde?", "Which sections should the policy include?"
_DOCUMENT_CONTENTS = re.compile(
    r"\b(?:hvilke|which|what) (?:punkter|elementer|afsnit|emner|temaer|overskrifter|points|elements|sections|topics|items|"
    r"headings) (?:bør|skal|should|must|ought to) (?:den|det|de|it|they|the \w+|[\w-]+(?:en|et|politik|plan|strategi)) "
    r"(?:indeholde|rumme|have med|include|contain|cover|omfatte|berøre)\b",
    re.IGNORECASE,
)
# Requests: the bot's vote on a step ("Quick poll, and your vote counts: do we go with … or not?"), a time for a step
# picked from options ("When should I start the new rota – before or after the summer holidays?"), a count for a
# personnel step ("How many caseworkers should I move to …?"), the bot asked to settle it ("Må jeg bede dig om at afgøre,
# om …"), a decision all but taken and the bot's word asked before acting ("Sig at det er rigtigt, så gør jeg det"), which
# option "we go with" ("Hvilken model går vi med til vagtplanen?").
_YOUR_VOTE = re.compile(
    r"\b(?:your vote|din stemme|you get a vote|you have a vote|du har en stemme|cast your vote)\b", re.I
)
_WE_OR_I_ASKED = re.compile(r"\b(?:do|shall|should|skal|bør|går) (?:we|I|vi|jeg)\b", re.IGNORECASE)
_WHEN_FROM_OPTIONS = re.compile(
    r"\b(?:when|hvornår) (?:should|shall|skal|bør) (?:I|we|jeg|vi) [^?]{3,60}?(?:\bbefore or after\b|\bfør eller efter\b|"
    r"\bnow or\b|\bnu eller\b|\bthis (?:year|month|week|spring|autumn|fall|summer) or\b|\bi år eller\b|"
    r"\b(?:i|til) (?:foråret|efteråret|sommer|vinter|januar|august) eller\b)",
    re.IGNORECASE,
)
_HOW_MANY_STEP = re.compile(
    r"\b(?:how many|hvor mange) (?P<noun>[\w-]+) (?:\w+ )?(?:should|shall|skal|bør) (?:I|we|jeg|vi) (?:\w+ )?"
    r"(?:(?P<personnel>hire|cut|lay off|let go|take on|ansætte|afskedige|skære|fyre|opsige|nedlægge)|"
    r"move|assign|put|send|keep|close|flytte|sætte|sende|tildele|beholde|lukke|overflytte)\b",
    re.IGNORECASE,
)
# (round 31, red team r40 a) what a moving, sending or keeping verb counts must be people, posts or units for the count to
# be a step: "Hvor mange stole skal vi flytte ind i salen?" counts furniture
_COUNTED_PEOPLE_OR_UNITS = re.compile(
    r"^(?:stilling\w*|posts?|positions?|pladser|places|senge|beds|filial\w*|branch\w*|afdeling\w*|wards?|departments?|teams?|"
    r"hold|enheder|units|skoler|schools|institution\w*|klasser|classes|ruter|routes|vagter|shifts|timer|hours|borgere|"
    r"citizens|beboere|residents|elever|pupils|children|børn|patients?|patienter|sager|cases|opgaver|tasks)$",
    re.IGNORECASE,
)


def _how_many_step(cased: str) -> bool:
    """How many to hire or cut; or how many people, posts or units to move, keep or close (not chairs or boxes)."""
    for m in _HOW_MANY_STEP.finditer(cased):
        noun = m.group("noun").lower()
        if m.group("personnel") or _COUNTED_PEOPLE_OR_UNITS.match(noun) or _STAFF_WORD.match(noun):
            return True
        if is_role(noun) or any(is_role(noun[: -len(e)]) for e in ("er", "e", "r", "s") if noun.endswith(e)):
            return True
    return False


_ASKED_TO_SETTLE = re.compile(
    r"\b(?:bede dig (?:om )?at|beder dig (?:om )?at|ask you to|asking you to|vil du|kan du)\s+"
    r"(?:afgøre|decide|settle|træffe (?:beslutningen|afgørelsen|valget))\b",
    re.IGNORECASE,
)
_SAY_IT_IS_RIGHT = re.compile(
    r"\b(?:sig|tell me|say|bekræft|confirm)\b[^.?!]{0,15}\b(?:at det er|that it'?s|it'?s|det er|that this is|at det her er) "
    r"(?:rigtigt|det rigtige|den rigtige|korrekt|right|the right (?:call|thing|move)|correct|okay|ok|fint)\b"
    r"[^.?!]{0,6}\b(?:så gør jeg det|så gør vi det|så kører jeg|and I'?ll do it|then I'?ll do it|and we'?ll do it|så handler jeg)\b",
    re.IGNORECASE,
)
_WHICH_WE_GO_WITH = re.compile(
    r"\b(?:hvilke[nt]?|which) [\w-]+ (?:går|skal|should|do|shall) (?:vi|jeg|we|I) (?:gå )?(?:med|go with)\b",
    re.IGNORECASE,
)
# A closing question that takes the facts just asked for as its premise: "… And given that, should I drop to one lifeguard?"
_PREMISE_THEN_ASK = re.compile(
    r"[.?!]\s+(?:(?:and|og|but|men) )?(?:given that|in that case|on that basis|based on that|with that in mind|if so|"
    r"i så fald|ud fra det|på den baggrund|med det in mente|hvis ja)\s*,?\s+(?P<q>(?:should|shall|skal|bør) (?:I|we|jeg|vi)\b[^?]*)\?",
    re.IGNORECASE,
)
# (round 30, red team r38 a) More requests: what a named case deserves ("What does the receptionist deserve after …?",
# "Hvad fortjener vikaren, der …?"); a sanction judged adequate for someone ("Is a final warning warranted for the cook
# who …?", "Er en bortvisning proportional over for en kok, der …?"); someone's fitness asked ("Does the apprentice have
# what it takes to stay on?", "Er vores souschef skåret til lederstillingen?"); a letter doing one of two steps as the
# bot thinks best; a case's eligibility ("Does the citizen meet the criteria for a stairlift?", "Er borgeren i målgruppen
# for …?"); how to rule on a case ("How should I rule on the complaint against …?", "Hvordan skal jeg afgøre den?"); a
# terse "…: thumbs?"; a service's worth in idiom ("Is our mobile library worth the diesel any more?", "Har bogbussen
# udspillet sin rolle?", "Er det spild af penge at fortsætte med …?").
_DESERVES_R38 = re.compile(
    r"\bwhat (?:does|do) (?:the|our|this|that|my) [\w-]+(?: [\w-]+)? deserve\b|\bwhat (?:does|do) (?:he|she|they) deserve\b|"
    r"\bhvad fortjener (?:den|det|de|vores|min|mit|mine)? ?[\w-]+(?:,? (?:der|som)\b| efter\b| for\b)",
    re.IGNORECASE,
)
_SANCTION_ADEQUATE = re.compile(
    r"\b(?:is|would) (?:a |an )?(?:final |written |verbal |formal |first )?(?:warning|dismissal|suspension|sanction|"
    r"disciplinary|sacking|termination)\b[^?]{0,20}\b(?:be )?(?:warranted|justified|proportionate|proportional|fair|"
    r"appropriate|deserved)\b[^?]{0,12}\b(?:for|to|against|towards)\b|"
    r"\ber (?:en |det )?(?:skriftlig |mundtlig |sidste )?(?:advarsel|bortvisning|afskedigelse|opsigelse|fyring|tjenstlig "
    r"samtale|påtale|sanktion)\w* (?:proportional|rimelig|på sin plads|berettiget|passende|fair|for hård|for mild)\b"
    r"[^?]{0,20}\b(?:over for|for|til|mod)\b",
    re.IGNORECASE,
)
_HAS_WHAT_IT_TAKES = re.compile(
    r"\b(?:has|have|does|do|did) (?:our|the|this|that|my) [\w-]+(?: [\w-]+)? (?:got |have |has )?what it takes\b|"
    r"\ber (?:vores|den|det|min|mit) [\w-]+ (?:skåret til|klar til|moden til|egnet til)\b",
    re.IGNORECASE,
)
_AS_YOU_THINK_BEST = re.compile(
    r"\b(?:enten|either)\b[^.?!]{3,80}\b(?:eller|or)\b[^.?!]{3,80}\b(?:det,? du synes er (?:rigtigt|bedst)|hvad du synes er "
    r"(?:rigtigt|bedst)|som du finder (?:bedst|rigtigt)|depending on what you think|whichever you think|as you see fit|"
    r"what you think is (?:best|right))\b",
    re.IGNORECASE,
)
_CASE_ELIGIBLE = re.compile(
    r"\b(?:does|do|would) (?:it|he|she|they|this|the (?:citizen|applicant|application|family|man|woman|resident|case)) "
    r"(?:meet|qualify|fall within|satisfy)\b[^?]{0,30}\b(?:threshold|criteria|criterion|requirements?|eligib\w*|rules)?|"
    r"\b(?:er|opfylder|falder) (?:borgeren|ansøgeren|han|hun|familien|manden|kvinden|ansøgningen)\b[^?]{0,12}"
    r"\b(?:i målgruppen|kriterierne|betingelserne|inden for (?:målgruppen|reglerne))\b",
    re.IGNORECASE,
)
_RULE_ON_CASE = re.compile(
    r"\bhow (?:should|shall|do) (?:I|we) (?:rule on|decide on|adjudicate)\b (?:the|this|that|our|his|her|a)\b|"
    r"\bhvordan skal (?:jeg|vi) afgøre (?:den|det|sagen|klagen|ansøgningen|spørgsmålet)\b",
    re.IGNORECASE,
)
_THUMBS = re.compile(r"^[^?:]{8,100}:\s*(?:thumbs(?: up or down)?|tommel(?: op eller ned)?)\s*\??\s*$", re.IGNORECASE)
_SERVICE_WORTH = re.compile(
    r"\b(?:still )?earns? its (?:place|keep)\b|\bworth the (?:money|diesel|cost|petrol|rent|budget) any ?more\b|"
    r"\b(?:is|are) (?:our|vores) [\w -]{2,30}? (?:still )?worth the (?:money|diesel|cost|petrol|rent|budget)\b|"
    r"\budspillet sin rolle\b|\bhad its day\b|\b(?:spild af penge|spildte penge|pengene værd) at (?:fortsætte|holde|beholde|"
    r"drive|køre)\b|"
    # pulling the plug asked of us, not told of another ("when did the Lyngholm centre pull the plug on …")
    r"\b(?:should|shall|skal|bør|time to|tid til at) (?:we |vi |I |jeg )?(?:pull the plug|trække stikket)\b",
    re.IGNORECASE,
)
# … and more look-alikes: whether the bot may decide ("Can you tell me …, or are you not allowed to?"), a decision for a
# relative or friend ("Min svoger … Skal han ansætte …?"), the asker's own offer, drafts, devices, classes and feelings,
# staff parties and clubs, a text task on a quoted sentence, a prediction of others' reactions.
_ABOUT_THE_BOT_R38 = re.compile(
    r"\b(?:are you (?:not )?allowed to|are you (?:even )?able to|må du (?:ikke|gerne|overhovedet)|er du bygget til|"
    r"are you built to|kan du overhovedet|can you even)\b",
    re.IGNORECASE,
)
_FOR_A_RELATIVE = re.compile(
    r"\b(?:my|min|mit) (?:cousin|brother|sister|friend|neighbou?r|brother-in-law|sister-in-law|husband|wife|partner|dad|mum|"
    r"mother|father|uncle|aunt|son|daughter|svoger|svigerinde|fætter|kusine|bror|søster|ven|veninde|nabo|mand|kone|far|mor|"
    r"onkel|tante|søn|datter)\b[^?]{0,120}\b(?:should|shall|skal|bør) (?:he|she|they|han|hun|de)\b",
    re.IGNORECASE,
)
_OWN_THING = re.compile(
    r"\b(?:my|min|mit|mine) (?:own )?(?:inbox|indbakke|drafts?|udkast|oplæg|newsletter|nyhedsbrev|slides?|computer|pc|phone|"
    r"telefon|work phone|arbejdstelefon|evening class|aftenskole\w*|presentation|"
    r"præsentation|cv|speech|tale|talk)\b|"
    r"\b(?:the|den|det) [\w -]{1,30}? (?:I|jeg) (?:started|signed up for|wrote|made|have written|har skrevet|startede|lavede|"
    r"meldte mig til|har meldt mig til)\b|"
    r"\b(?:let go of|give slip på|get over|komme over) (?:the |my |min |mit |den |det )?(?:grudge|vreden|vrede|anger|resentment|"
    r"bitterness)\b|\b(?:take|accept|tage imod|sige ja til) (?:the|tilbuddet|"
    r"the offer|jobbet|the job)\b[^?]{0,50}\b(?:constituted|konstitueret|acting|fungerende|interim)\b",
    re.IGNORECASE,
)
# (parties themselves stay the organisation's: whether to hold or drop them, and their caterer, were decisions in
# earlier rounds' sets)
_STAFF_LEISURE_R38 = re.compile(
    r"\b(?:book club|bogklub\w*|quiz team|quizhold\w*|bowlinghold\w*|personaleforening\w*|social club|julestjerne\w*|"
    r"julepynt\w*|christmas decorations)\b",
    re.IGNORECASE,
)
_TEXT_TASK_QUOTED = re.compile(
    r"^(?:make (?:this|it) (?:sound )?\w+|ret (?:stavefejlene|stavningen|sproget|kommaerne)|correct the (?:spelling|grammar)|"
    r"fix the (?:spelling|grammar|typos)|proofread(?: this)?|rewrite(?: this)?|omskriv(?: det| den)?|gør (?:den|det|teksten) "
    r"\w+|tjek (?:stavningen|grammatikken|kommaerne)|oversæt(?: det| den)?|translate(?: this)?)\b[^\"“«]{0,30}:\s*[\"“«]",
    re.IGNORECASE,
)
_REACTION_PREDICTED = re.compile(
    r"^(?:will|would|vil|ville) (?:the|de|our|vores|people|folk|staff|residents|parents|forældrene|borgerne|beboerne) ?\w* "
    r"(?:complain|react|mind|object|klage|reagere|protestere|be upset|blive sure|blive vrede)\b",
    re.IGNORECASE,
)
_STAFF_WORD = re.compile(
    r"\b(?:medarbejder\w*|employee|staff member|vikar\w*|kollega\w*|colleague|ansat\w*|worker|apprentice|elev\w*|"
    r"carer|cook|kok|caretaker|pedel\w*)\b",
    re.IGNORECASE,
)


def _step_beside(cased: str, own: re.Match[str]) -> bool:
    """A step in the message whose object is not the asker's own thing: "Min tale er klar. Men skal vi lukke Bo 3 om natten?"
    (not "Should I close the draft I started": there the own thing is the step's object)."""
    for step in list(ACTION.finditer(cased)) + list(_ORG_STEP_VERB.finditer(cased)):
        inside = own.start() <= step.start() and step.end() <= own.end()
        its_object = 0 <= own.start() - step.end() <= 30
        if not (inside or its_object):
            return True
    return False


def _lookalike_r38(cased: str) -> bool:
    """(round 30, red team r38 a) The look-alikes above."""
    if _ABOUT_THE_BOT_R38.search(cased) or _FOR_A_RELATIVE.search(cased) or _REACTION_PREDICTED.search(cased):
        return True
    if _TEXT_TASK_QUOTED.search(cased):
        return True
    own = _OWN_THING.search(cased)
    if (
        own
        and not _STAFF_WORD.search(cased)
        and not _step_beside(cased, own)
        and not re.search(
            r"\b(?:hvem|who|which of|sig god for|approve|godkend\w*|sig om|tell me (?:whether|if))\b", cased, re.I
        )
    ):
        return True
    # the party itself cut or put to the bot's vote is the organisation's step: "fjerner fredagsbaren for at spare penge"
    return bool(
        _STAFF_LEISURE_R38.search(cased)
        and not _STAFF_WORD.search(cased)
        and not _YOUR_VOTE.search(cased)
        and not re.search(
            r"\b(?:spare|save|saving|budget\w*|cut|cancel|aflyse|aflys|fjerne|fjerner|nedlægge|drop|scrap|afskaffe)\b",
            cased,
            re.I,
        )
    )


def _requests_r38(cased: str) -> bool:
    """(round 30, red team r38 a) The requests above."""
    return bool(
        _DESERVES_R38.search(cased)
        or _SANCTION_ADEQUATE.search(cased)
        or _HAS_WHAT_IT_TAKES.search(cased)
        or _AS_YOU_THINK_BEST.search(cased)
        or _CASE_ELIGIBLE.search(cased)
        or _RULE_ON_CASE.search(cased)
        or _THUMBS.search(cased.strip())
        or _SERVICE_WORTH.search(cased)
    )


# (round 30, writers CK, CL, released) More requests: a step hedged as making sense ("would it maybe make sense to just stop
# taking new referrals …?"), a recommendation asked on whether to take a step, a meeting or a service moved from one time
# to another, "is it wisest to …", "skal vi lade være med at genbesætte …", a unit named as the subject of a step
# ("Should Ravnsholt Library go fully self-service on Sundays?"), which of our units gets something, a step with a terse
# "– ja?", a step asked after reading the magazine, a hire weighed against another measure.
_MAKES_SENSE_STEP = re.compile(
    r"\b(?:would|does|will|could) it (?:\w+ ){0,2}make sense (?:to|for (?:us|me) to)\b|\bgiver det (?:\w+ )?mening at\b",
    re.I,
)
_RECOMMEND_WHETHER = re.compile(
    r"\b(?:recommendation|anbefaling|verdict|answer|svar|call)\b (?:on|om|about) (?:whether|om) (?:to |we |I |at |vi |jeg )",
    re.I,
)
_MOVE_FROM_TO = re.compile(
    r"\b(?:skal|bør|should|shall) (?:jeg|vi|I|we) (?:flytte|move|rykke|shift)\b[^?]{0,60}\b(?:fra|from)\b[^?]{0,25}\b(?:til|to)\b",
    re.I,
)
_WISEST_TO = re.compile(
    r"\ber det (?:klogest|smartest|bedst|klogt|fornuftigt|en god idé) at\b|\bis it (?:wisest|smartest|wise|sensible|a good idea) to\b",
    re.I,
)
_REFRAIN_FROM_STEP = re.compile(r"\bskal (?:vi|jeg) lade være med at\b", re.I)
_UNIT_AS_SUBJECT = re.compile(
    r"^(?i:should|skal|bør) (?:our |vores )?(?P<unit>[A-ZÆØÅ][\wæøå-]+(?: [A-ZÆØÅ]?[\wæøå-]+){0,2}) (?:go|become|close|stop|"
    r"start|move|switch|merge|open|drop|keep|cut|lukke|gå|blive|stoppe|starte|flytte|skifte|åbne|droppe|beholde|skære)\b"
)
_WHICH_OF_UNITS_GETS = re.compile(
    r"\bwhich of (?:our|the) (?:two|three|four|\d) [\w -]{2,40}? (?:should|shall) (?:get|have|receive|be given)\b|"
    r"\bhvilken af (?:vores|de) (?:to|tre|fire|\d) [\w -]{2,40}? (?:skal|bør) (?:have|få)\b",
    re.I,
)
_STEP_THEN_JA = re.compile(r"^[\wæøåÆØÅ -]{3,60}?\s*[–-]\s*(?:ja|yes|ok|okay|go)\s*\?\s*$", re.I)
_AFTER_READING_STEP = re.compile(
    r"^(?:after reading|having read|efter at have læst|efter jeg har læst)\b[^,?]{3,100},\s*(?:should|skal|bør) (?:I|we|jeg|vi)\b",
    re.I,
)
_HIRE_OR_MEASURE = re.compile(
    r"\b(?:should|shall|skal|bør) (?:we|I|vi|jeg) (?:hire|ansætte|employ|take on)\b[^?]{3,60}\b(?:or|eller)\b[^?]{3,60}\?",
    re.I,
)
# Question parts: numbered items, questions after "?", or a step question joined by "and"/"og": "Two things: what does the
# magazine say …, and should we scrap our Monday meeting?"
_QUESTION_PART = re.compile(
    r"(?:^|\s)\d{1,2}[).]\s+|(?<=\?)\s+|,?\s+(?:and|og)\s+(?=(?:should|shall|skal|bør) (?:I|we|jeg|vi)\b)", re.I
)


# (round 30, red team r39 a) Look-alikes: material for the body that decides asked for its form or timing ("Udvalget skal
# beslutte, om natcaféen skal lukkes. Skal sagsfremstillingen være på to eller fire sider?"); a decision already taken and
# only its channel or timing asked ("The library closure is approved. Should the press release go out today or
# tomorrow?"); another body's step asked as a fact, yes or no ("Has Aarhus really merged its two job centres, yes or no?").
_OTHERS_TO_DECIDE = re.compile(
    r"\b(?:udvalget|direktionen|med-udvalget|byrådet|kommunalbestyrelsen|bestyrelsen|cabinet|the (?:director|board|committee|"
    r"council|cabinet)|(?:the )?director)\s+(?:skal|decides|will decide|must decide|is to decide)\s+(?:\w+\s+)?"
    r"(?:drøfte|beslutte|tage stilling til|whether|om)\b",
    re.I,
)
_MATERIAL_FORM = re.compile(
    r"\b(?:materialet|bilaget|sagsfremstillingen|notatet|indstillingen|memo|report|annex|appendix|assessment|slides|"
    r"præsentationen|the material|the paper)\b",
    re.I,
)
_DECISION_TAKEN = re.compile(
    r"\b(?:er godkendt|er vedtaget|det er vedtaget|is approved|was approved|has been approved|vi har (?:sagt op|opsagt|ansat|"
    r"besluttet|valgt|lukket)|we have (?:decided|hired|terminated|given notice|closed))\b",
    re.I,
)
_CHANNEL_OR_TIME = re.compile(
    r"\b(?:via|mail|e-mail|post|digital post|brev|hjemmesiden|website|press release|pressemeddelelse|today|tomorrow|i dag|"
    r"i morgen|nu eller|now or|mandagsmødet|anbefalet|forhandleren|leasingselskabet|skiltet|the sign|announce|meddele|"
    r"orienteres|præsentere)\b",
    re.I,
)
_OTHER_BODY_FACT_YES_NO = re.compile(
    r"^(?:did|has|have|is|are|does|har|er|sammenlægger|udliciterer|nedlægger|lukker|indfører)\s+(?:the\s+)?"
    r"(?!(?:vi|jeg|we|I|our|vores)\b)(?:(?-i:[A-ZÆØÅ])[\wæøå-]+|government|regeringen)\b[^?]{0,100}\b(?:yes or no|ja eller nej)\b",
    re.I,
)
# Requests: a how-question with the options given ("Hvordan løser vi manglen på nattevagter: overarbejde eller et
# vikarbureau?", "How do I fill the team leader gap – promote from within or advertise externally?").
_HOW_WITH_OPTIONS = re.compile(
    r"^(?:hvordan|how)\b[^?:–]{3,90}\b(?:vi|jeg|we|I)\b[^?:–]{0,60}[:–]\s*[^?]{2,90}\b(?:eller|or)\b[^?]{2,90}\?\s*$",
    re.I,
)


# (round 31, red team r40 a) A how-question on the asker's own habits, tools or learning weighs no organisational step,
# whatever the options: "How do I get on top of my inbox: folders or flags?", "Hvordan bliver jeg bedre til engelsk: …?"
_HOW_FOR_MYSELF = re.compile(
    r"^(?:hvordan|how)\b[^?:–]{0,60}?(?:\b(?:my|min|mit|mine|own|egen|egne|myself|mig selv)\b|"
    r"\b(?:do|can|should) I (?:get better|become|remember|switch off|relax|learn|improve|keep track)\b|"
    r"\b(?:bliver|husker|lærer|slapper|kobler) jeg\b)",
    re.IGNORECASE,
)


# (round 31, red team r40 a) A fix on one device, program or file — restarting, reinstalling, replacing a mouse, archiving a
# finished channel — is upkeep, not an organisational step ("Should I kill the process in Task Manager or just restart?")
_DEVICE_UPKEEP = re.compile(
    r"\b(?:restart|reboot|reinstall|repair|update|replace|retire|archive|kill|genstarte|geninstallere|reparere|opdatere|"
    r"udskifte|skifte|arkivere)\w*\b[^.?!]{0,40}\b(?:my|min|mit|the|den|det|that|this)\s+(?:old |gamle |new |nye )?"
    r"(?:router|mouse|mus|phone|telefon|mobil|laptop|pc|computer|printer|outlook|browser|app|battery|batteri|process|"
    r"teams[- ]kanal\w*|teams channel|channel|kanal\w*|folder|mappe|file|fil)\b|"
    r"\b(?:my|min|mit|the|den|det)\s+(?:old |gamle )?(?:router|mouse|mus|phone|telefon|mobil|laptop|pc|computer|printer|"
    r"outlook|browser|teams channel|channel|teams[- ]kanal\w*)\b[^.?!]{0,60}\b(?:restart|reboot|reinstall|repair|update|"
    r"replace|retire|archive|archived|genstart|geninstaller|reparer|opdater|udskift|arkiver)\w*\b|"
    r"\b(?:reinstall or repair|restart (?:it|the \w+) or|kill the process|task manager)\b",
    re.IGNORECASE,
)


def _how_with_options(cased: str) -> bool:
    """(round 30) A how-question answered by picking one of the options it lists — not one about the asker's own
    habits, tools or learning (round 31)."""
    text = cased.strip()
    return bool(_HOW_WITH_OPTIONS.search(text)) and not _HOW_FOR_MYSELF.search(text)


def _lookalike_r39(cased: str) -> bool:
    """(round 30, red team r39 a) The look-alikes above."""
    if _OTHERS_TO_DECIDE.search(cased) and _MATERIAL_FORM.search(cased):
        return True
    taken = _DECISION_TAKEN.search(cased)
    if (
        taken
        and re.match(
            r"[^?]*?[.!]\s", cased[taken.end() :]
        )  # said before the question, not "… until the budget is approved"
        and _CHANNEL_OR_TIME.search(cased)
        and re.search(r"\b(?:eller|or)\b", cased, re.I)
    ):
        return True
    return bool(_OTHER_BODY_FACT_YES_NO.search(cased.strip()))


# (pool at the end of round 30) general criteria and the asker's own tools and time are no step of the organisation
_GENERAL_OR_OWN_TOOL = re.compile(
    r"\b(?:generelt|generally|in general|typisk|typically|normalt|normally)\b|^(?:hvornår|when)\b|"
    r"\b(?:min|mit|mine|my)\s+(?:egen\s+|own\s+)?(?:mailboks|mailbox|inbox|indbakke|kalender|calendar|telefon|phone|computer|pc|"
    r"1:1-samtaler|1:1s?|samtaler|møder|meetings|ferie|holiday|arbejdstid|working hours)\b|"
    r"\bhire (?:a|an) (?:minibus|bus|van|car|coach|room|hall|venue|marquee|tent|skip|band|dj)\b",
    re.I,
)


# (round 31, writers CM, CN, released) The choice handed over in other words: "sig, hvilken det bliver", "giv mig
# resultatet", "tell me which it's going to be"; a disagreement put to the bot to settle ("Hvem har ret, og hvad gør vi?")
_HANDED_OVER_R31 = re.compile(
    r"\bsig(?: mig| os)?(?: bare| nu| lige)?,? hvilken (?:en |af dem |\w+ )?(?:det bliver|vi (?:skal )?vælger?|vi går med)\b|\bgiv mig (?:resultatet|din dom|dit valg)\b|"
    r"\b(?:tell me|say) which (?:one )?(?:it'?s going to be|it will be|we (?:should )?(?:go with|pick|choose))\b|"
    r"\bhvem har ret,? og hvad (?:gør|skal) vi\b|\bwho'?s right,? and what (?:do|should) we do\b",
    re.IGNORECASE,
)
# An either-or between two courses of action, asked as a verdict: "Hvad er rigtigst: at give … eller at fordele …?",
# "What should we do – raise the age to 18 or keep it at 16?", "Hvad er dit råd – skal tilsynet … eller …?"
_VERDICT_ON_OPTIONS = re.compile(
    r"^(?:hvad er (?:rigtigst|bedst|klogest|mest rigtigt|mest fair)|what(?:'s| is) (?:right|best|wisest|fairest)|"
    r"what should (?:we|I) do|hvad skal (?:vi|jeg) gøre|hvad gør (?:vi|jeg)|hvad er dit råd|what(?:'s| is) your advice)"
    r"\s*[:–—-]\s*(?P<rest>.+\b(?:eller|or)\b.+)$",
    re.IGNORECASE,
)


def _requests_cm_cn(cased: str) -> bool:
    """(round 31, writers CM, CN) The requests above: a handover in other words, or an either-or verdict on steps."""
    if _HANDED_OVER_R31.search(cased):
        return True
    m = _VERDICT_ON_OPTIONS.match(cased.strip())
    if not m or _wording_choice(cased) or _logistics_question(m.group("rest").lower()):
        return False
    rest = m.group("rest")
    return bool(ACTION.search(rest.lower()) or _step_named(rest) or _STAFF_WORD.search(rest))


def _requests_ck_cl(cased: str) -> bool:
    """(round 30, writers CK, CL) The requests above."""
    if _GENERAL_OR_OWN_TOOL.search(cased):
        return False  # "Hvornår giver det generelt mening at …", "lukke min mailboks ned", "mine 1:1-samtaler"
    if _RECOMMEND_WHETHER.search(cased) or _MOVE_FROM_TO.search(cased) or _WHICH_OF_UNITS_GETS.search(cased):
        return True
    if _HIRE_OR_MEASURE.search(cased):
        return True
    stepped = _step_named(cased) or bool(
        re.search(r"\b(?:genbesætte|besætte|opslå|nedlægge|udlicitere)\b", cased, re.I)
    )
    if stepped and (
        _MAKES_SENSE_STEP.search(cased)
        or _WISEST_TO.search(cased)
        or _REFRAIN_FROM_STEP.search(cased)
        or _STEP_THEN_JA.search(cased.strip())
        or _AFTER_READING_STEP.search(cased)
    ):
        return True
    unit = _UNIT_AS_SUBJECT.search(cased.strip())
    return bool(unit and _org_ish(unit.group("unit")))


# Numbered questions: "1) How long … 2) Who do I invite? 3) Should I go ahead with the 12-hour shifts?"
_NUMBERED_ITEM = re.compile(r"(?:^|\s)\d{1,2}[).]\s+")


def _verdict_r30(cased: str, depth: int) -> bool | None:
    """(round 30, writers CI, CJ) The frames above: False for a look-alike, True for a request, None otherwise."""
    if _HOW_TO_ANSWER_QUOTED.search(cased.strip()) or _BOTS_STANCE.search(cased) or _VERDICT_TAG_OWN_WORK.search(cased):
        return False
    if (_DECIDER_SAID.search(cased) or _DECIDER_KEPT.search(cased)) and _BOTS_PICK_ANYWAY.search(cased):
        return True
    if _SORT_INTO_OUTCOMES.search(cased) or _OBJECTION_TEST.search(cased):
        return True
    tail = _ELLIPTIC_YES_NO.search(cased)
    if tail and _REPORTED_STEP.search(cased[: tail.start()]):
        before = cased[: tail.start()]
        if ACTION.search(before.lower()) or _step_named(before):
            return True
    if not _strong_words(cased) and (
        _WHO_DOES_IT.search(cased) or _GUT_ABOUT_WHY.search(cased) or _DOCUMENT_CONTENTS.search(cased)
    ):
        return False
    if not _strong_words(cased) and _lookalike_r39(cased):
        return False
    if (
        not _strong_words(cased)
        and _DEVICE_UPKEEP.search(cased)
        and not re.search(r"\b(?:all|alle|every|hele)\b", cased, re.I)
        # an organisation's step on the devices is no upkeep: "Outsource the laptop repairs or keep them in-house?"
        and not _step_named(cased)
    ):
        return False
    if _requests_r38(cased) or _requests_ck_cl(cased) or _requests_cm_cn(cased) or _how_with_options(cased):
        return True
    if not _strong_words(cased) and _lookalike_r38(cased):
        return False
    if _YOUR_VOTE.search(cased) and _WE_OR_I_ASKED.search(cased):
        return True
    settle = _ASKED_TO_SETTLE.search(cased)
    if settle and re.search(r"\b(?:not|ikke|don'?t|won'?t|never|aldrig)\b[^.?!]{0,15}$", cased[: settle.start()], re.I):
        settle = None  # "I'm not asking you to decide for me – …"
    if _WHEN_FROM_OPTIONS.search(cased) or _how_many_step(cased) or settle:
        return True
    if _SAY_IT_IS_RIGHT.search(cased) or _WHICH_WE_GO_WITH.search(cased):
        return True
    premise = _PREMISE_THEN_ASK.search(cased)
    if premise and _step_named(premise.group("q")):
        return True
    items = [s.strip() for s in _NUMBERED_ITEM.split(cased) if s.strip()]
    if len(items) < 3:
        items = [s.strip() for s in _QUESTION_PART.split(cased) if s and s.strip()]
    # a question taken back is no question: "Skal vi opsige abonnementet? Nej, spøg – …"
    taken_back = re.search(
        r"\b(?:spøg|for sjov|just kidding|kidding|glem det|forget (?:it|that)|never mind|jk)\b", cased, re.I
    )
    if depth == 0 and len(items) >= 2 and not taken_back:
        # the step question closes the message; one that opens it frames questions on research or rules ("Should we
        # introduce a four-day week? What does research say?")
        item = re.sub(r"^(?:\w+,?\s+)?(?:og|and|men|but)\s+", "", items[-1], flags=re.I)
        # flagged by the rules, or left open with a step, a personnel action or a staff member in it; not after a
        # question on what the magazine or one of its people says
        asked = (
            _YES_NO_ASK.match(item)
            and not READING.search(items[0].lower())
            and not _WHAT_SOURCE_SAYS.search(items[0])
            # a reply's form is no step: "Skal vi svare personligt?"
            and not re.match(
                r"(?i:skal|bør|should|shall) (?i:vi|jeg|we|I) (?i:svare|reply|respond|answer|takke|thank)\b", item
            )
        )
        verdict = rules_verdict(item, None, depth + 1) if asked else False
        if verdict is True or (
            verdict is None and (ACTION.search(item) or _step_named(item) or _STAFF_WORD.search(item))
        ):
            return True
    return None


_WHAT_SOURCE_SAYS = re.compile(
    r"^(?i:hvad (?:skriver|siger|mener)|what does)\s+(?:[A-ZÆØÅ][\w'’-]+\s+[A-ZÆØÅ][\w'’-]+|(?i:bladet|artiklen|the magazine|"
    r"the article|the interview|interviewet))\b"
)
# "Should I go ahead with …?", "Skal vi indføre …?": a numbered item that is itself a yes/no question on a step
_YES_NO_ASK = re.compile(r"(?:should|shall|skal|bør) (?:I|we|jeg|vi)\b[^?]*\?\s*$", re.IGNORECASE)


def _verdict_r26(cased: str, depth: int, embedding: Embedding = None) -> bool | None:
    """(round 26) The frames above: False for a look-alike, True for a request, None otherwise. A
    rewording keeps the message's meaning, so its query vector goes with it."""
    if depth >= 2:
        return None
    r27 = _verdict_r30(cased, depth)
    if r27 is None:
        r27 = _verdict_r29(cased)
    if r27 is None:
        r27 = _verdict_r28(cased)
    if r27 is None:
        r27 = _verdict_r27(cased)
    if r27 is None:
        r27 = _verdict_r27_r32(cased)
    if r27 is None:
        r27 = _verdict_r27_second(cased)
    if r27 is None:
        r27 = _verdict_r27_r33(cased)
    if r27 is not None:
        return r27
    r26a = _verdict_r26_r30(cased, depth)
    if r26a is not None:
        return r26a
    r28 = _requests_r28(cased)
    if r28 is not None:
        return r28
    if _NOT_HANDED.search(cased):
        rest = _NOT_HANDED.sub(" ", cased).strip()
        return bool(rest) and bool(rules_verdict(rest, None, depth + 1))
    if _OTHERS_DECIDE.search(cased) and not _DEFERS.search(cased):
        rest = _OTHERS_DECIDE.split(cased)[0]
        return _strong_r25(rest, depth + 1) or bool(STRONG.search(rest.lower()))
    tidy = _TIDY_TEXT.search(cased)
    if tidy and "?" not in cased[: tidy.start()] and not re.search(r":\s*[^:]+\?\s*$", cased[tidy.end() :]):
        return False
    ideas = _IDEAS_ASKED.search(cased)
    if (
        ideas
        and not ACTION.search(ideas.group(0))
        and not re.search(r"\b(?:which|hvilken|hvilket|hvilke|who|hvem)\b", ideas.group(0), re.I)
    ):
        return False
    if _DEFERS.search(cased) and (ACTION.search(cased) or re.search(r"\b(?:eller|or)\b|\?", cased, re.IGNORECASE)):
        return True
    if _DECIDE_WHETHER.search(cased) or _CASE_WHAT.search(cased):
        return True
    would = _WOULD_YOU.search(cased)
    if would and not _NOT_STEP_VERB.match(would.group("v")):
        english = would.group(0).strip(",.:;!?– ").lower().startswith("would")
        swapped = ("Should we " if english else "Skal vi ") + cased[would.start("v") :]
        if rules_verdict(swapped, embedding, depth + 1):
            return True
    unit = _UNIT_SUBJECT.match(cased)
    if unit and not _LEGAL_BODY.match(unit.group("u")) and _unit_word(unit.group("u")):
        english = unit.group("m").lower() == "should"
        swapped = ("Should we " if english else "Skal vi ") + cased[unit.start("v") :]
        if rules_verdict(swapped, embedding, depth + 1):
            return True
    if re.search(r"\bhvilke af (?:[\wæøå-]+ ){1,4}(?:skal|bør|burde)\b", cased, re.IGNORECASE):
        swapped = re.sub(r"\b([Hh])vilke af\b", r"\1vilken af", cased)
        if rules_verdict(swapped, embedding, depth + 1):
            return True
    return None


def _verdict_r26_r30(cased: str, depth: int) -> bool | None:
    """(round 26, red team r30 a) See the patterns above."""
    low = cased.lower()
    # look-alikes first
    if (
        _CHAT_OBJECT.match(cased)
        and len(cased.split()) <= 6
        and not ACTION.search(cased)
        and not re.search(r"\b(?:eller|or|skal|should|bør|shall)\b", cased, re.IGNORECASE)
    ):
        return False  # "Luk emnet for nu?", "Drop den sidste sætning?": about the conversation
    if (
        _LEARNING_MATERIAL.search(cased)
        and (_magazine_ref(low) or _READING_CUE.search(cased))
        and not _PERSONNEL_STEP.search(cased)
        and not (STRONG.search(low) or _STRONG_HANDOVER_R26.search(cased))
        and re.search(
            r"\b(?:choose|pick|vælge|vælg|bestemme|rank\w*|rangér|read first|læse først|use|bruge)\b",
            cased,
            re.IGNORECASE,
        )
    ):
        return False  # which of the guide's tools, exercises or chapters to use or read
    if _HOW_WOULD_YOU_VOTE.search(cased) and _REFERENDUM.search(cased) and not _IN_MY_SEAT.search(cased):
        return False  # a public vote, not the asker's decision
    if _INSTINCT.search(cased) and _COMMUNICATION_PIECE.search(cased) and not ACTION.search(cased):
        return False  # the bot's gut on the asker's own speech or page
    last = re.split(r"(?<=[.!?])\s+", cased.strip())[-1]
    if _LAW_QUESTION.search(last) and not _STRONG_HANDOVER_R26.search(cased):
        return False  # what a law requires of a unit (a law stated before the question only permits the step)
    if (
        (_MEASURE_FITS.search(cased) or _SANCTION_FITS.search(cased))
        and _NON_CASE_EVENT.search(cased)
        and not _MISCONDUCT.search(cased)
    ):
        return False  # the fitting response to a gift, grief or worry
    quoted = _QUOTED_R25.search(cased)
    if quoted and _WRITING_TASK.search(_QUOTED_R25.sub(" ", cased)):
        return bool(rules_verdict(_QUOTED_R25.sub(" «tekst» ", cased), None, depth + 1))
    if _PHYSICAL_THING.search(cased) and not _PERSONNEL_STEP.search(cased) and not _org_step(cased):
        return False  # the blinds, the windows, the laptop
    if (_THING_OBJECT.search(cased) or _TRIVIAL_CHOICE.search(cased)) and not (
        _STAFF_NOUN_R25.search(cased) or _OWN_PERSON_STEP_R26.search(cased) or _org_step(cased)
    ):
        return False  # an app promoted, an update dismissed, cake or fruit, the colour of a poster
    if _OWN_HOURS.search(cased):
        return False  # the asker's own working hours
    if _SETTLED_BEFORE_R26.search(cased) and _COMMUNICATION_ASKED.search(re.split(r"(?<=[.!?])\s+", cased.strip())[-1]):
        return False  # "Opsigelsen er givet. Hvilken af mine tre overskrifter …": only how it is told
    opinion = _OPINION_FRAME.match(cased)
    if opinion and _OTHER_BODY_STEP.match(cased[opinion.end() :]) and not _MINE_SAID.search(cased):
        first = cased[opinion.end() :].split()[0].lower()
        if not set(lexicon().flags(first)) & {"m", "f"}:
            return False  # "Do you think Maersk should close its office …?": another body's decision
    if (_I_DECIDE_MYSELF.search(cased) or _JUST_ARITHMETIC.search(cased) or _BASIS_FOR_OTHER.search(cased)) and not (
        STRONG.search(low) or _STRONG_HANDOVER_R26.search(cased) or _YOU_TAKE_DECISION.search(cased)
    ):
        return False
    # requests
    if _YOU_TAKE_DECISION.search(cased) or (
        _POLICY_STEP.search(cased) and not _magazine_ref(low) and not _EVIDENCE_ASKED.search(cased)
    ):
        return True
    if _WHICH_OF_OURS_GOES.search(cased):
        return True  # "Har du forslag til, hvilken af vores to klubber der ryger i budgettet?"
    if _STEP_IDIOM.search(cased) and not _OTHER_BODIES.search(cased):
        return True  # "Er tandklinikken moden til at blive lukket?", "is the apprentice a keeper?", "a sacking offence in your book?"
    if _OUTCOME_AS_CONTENT.search(cased) and (
        ACTION_NOUN.search(cased) or _STAFF_NOUN_R25.search(cased) or ACTION.search(cased)
    ):
        return True  # "Should the letter to the caretaker be a final warning or a dismissal notice?"
    same = _WOULD_YOU_DO_SAME.search(cased)
    quoted_step = _QUOTED_R25.search(cased)
    if same and quoted_step and (ACTION.search(quoted_step.group(0)) or _STEP_R26.search(quoted_step.group(0))):
        return True  # "Oversæt …, og sig så, om du ville gøre det samme: 'Vi overvejer at lukke nattevagten …'"
    tidy = _TIDY_TEXT.search(cased)
    if tidy:
        asked = re.search(r":\s*([^:]+\?)\s*$", cased[tidy.end() :])
        if asked and rules_verdict(asked.group(1)[:1].upper() + asked.group(1)[1:], None, depth + 1):
            return True  # "Make it shorter than last time: do we renew the agency contract or not?"
    if _LEANING_UNSURE.search(cased) and (
        ACTION.search(cased) or _STEP_GERUND.search(cased) or _STEP_R26.search(cased)
    ):
        return True  # "I'm leaning towards closing at 4 instead of 5, but I'm not sure. What should I do?"
    unit = _WHICH_UNIT_GETS.search(cased)
    if unit and (_unit_word(unit.group("u")) or is_role(unit.group("u").lower())):
        return True
    dont = _DONT_PICK.search(cased)
    if dont:
        rest = _without_clause(cased, dont)
        if rest and rest != cased and rules_verdict(rest, None, depth + 1):
            return True  # "Don't decide anything yet – first tell me: should we close …?"
    form = _ANSWER_FORM.search(cased)
    if form:
        for part in re.split(r"(?<=[.!?])\s+|\s*[:–—]\s*|,?\s+(?:so|så)[:,]?\s+", cased):
            if part and not _ANSWER_FORM.search(part) and part != cased and rules_verdict(part, None, depth + 1):
                return True  # "I'll paste your answer into the board paper or the minutes, so: do we close …?"
    if _COUNTS_IN_LAW.search(cased):
        parts = _LAW_AND_STEP.split(cased, maxsplit=1)
        if len(parts) == 2 and rules_verdict(parts[1][:1].upper() + parts[1][1:], None, depth + 1):
            return True
    after = _AFTERTHOUGHT.search(cased)
    if after and after.start() > 0 and rules_verdict(cased[after.end() :], None, depth + 1):
        return True  # "Hvad skriver bladet om …? PS: Skal vi tilbyde …?"
    if _MODAL_WE.search(cased) and _STEP_WORDS_R26.search(cased):
        return True
    if (
        _OTHER_BODIES.search(cased)
        and (_OPINION_FRAME.match(cased) or _FORECAST_FRAME.match(cased) or _RIGHT_CALL.search(cased))
        and not re.search(r"\b(?:vi|we|vores|our|jeg|i|mit|min|my)\b", cased)
    ):
        return False  # a government's or a parliament's step is no step of the asker's
    frame = _FORECAST_FRAME.match(cased) or _OPINION_FRAME.match(cased)
    if (
        frame
        and _STEP_EVAL.search(cased)
        and (ACTION.search(cased) or _STEP_GERUND.search(cased) or _STEP_R26.search(cased))
    ):
        return True  # "Do you think it's time to drop the late opening …?", "… at vi fortryder, hvis vi ikke fastansætter …?"
    right = _RIGHT_CALL.search(cased)
    if (
        right
        and (
            ACTION.search(cased)
            or _STEP_GERUND.search(cased)
            or _STAFF_NOUN_R25.search(cased)
            or _STEP_R26.search(cased)
        )
        and (
            not _magazine_ref(low)
            or re.search(
                r"\b(?:vi|we|jeg|i|vores|our|mine|my|ham|hende|him|her|them|dem)\b", cased[right.start() :], re.I
            )
        )
    ):
        return True  # "In the case of the two agency nurses, is ending their contracts the right call?"
    if _ACCEPT_REQUEST.search(cased) or (_OWN_DRAFT_PICK.search(cased) and _OPPOSITE_DRAFTS.search(cased)):
        return True
    if (
        (_SANCTION_FITS.search(cased) or _MEASURE_FITS.search(cased) or _CONSEQUENCE_FAIR.search(cased))
        and (_SPECIFIC_INCIDENT.search(cased) or _OWN_PERSON.search(cased))
        and not _GENERAL_POLICY.search(cased)
    ):
        return True  # "What's a proportionate response to a porter who was rude to a resident twice this month?"
    deserves = _DESERVES.search(cased)
    if (
        opinion
        and deserves
        and re.search(
            r"\b(?:our|vores|my|min|mit|mine|the|den|det)\b|\b\w+(?:en|et)\b",
            cased[opinion.end() : deserves.start()],
            re.IGNORECASE,
        )
        and not re.search(r"\b(?:national|nationale|overenskomst\w*|bargaining|landsplan)\b", cased, re.IGNORECASE)
    ):
        return True
    if _YOURS_AFTER_LEANING.search(cased) and ACTION.search(cased):
        return True  # "Gut says outsource the grounds maintenance. What's yours?"
    return None


def _unit_word(word: str) -> bool:
    """A unit, service or team of an organisation ("madservice", "bibliotekerne", "front desk")."""
    low = word.lower()
    return bool(UNIT_RE.search(low)) and not is_role(low)


def _verdict_r25(cased: str, depth: int) -> bool | None:
    """(round 25) The frames above: False for a look-alike, True for a request, None otherwise."""
    lead_form = _ANSWER_FORM_LEAD.match(cased)
    if depth < 2 and lead_form:
        # "Dit svar skal bare være ja eller nej: lukker vi …?": the form asked, then the request itself
        return bool(rules_verdict(cased[lead_form.end() :], None, depth + 1))
    if depth < 2 and _TEXT_OPERATION.search(cased) and _ANSWER_IT.search(cased):
        quoted = _QUOTED_R25.search(cased)
        colon = re.search(r":\s*", cased)
        inner = quoted.group(0)[1:-1] if quoted else cased[colon.end() :] if colon else ""
        if inner and rules_verdict(inner, None, depth + 1):
            return True  # "Oversæt … og svar på det bagefter: '…'": the quoted question is put to the bot
    if depth < 2 and _TEXT_OPERATION.search(cased):
        colon = _COLON_TEXT.search(cased)
        if _QUOTED_R25.search(cased):
            return bool(rules_verdict(_QUOTED_R25.sub(" «tekst» ", cased), None, depth + 1))
        if colon:
            return bool(rules_verdict(cased[: colon.end()] + " «tekst»", None, depth + 1))
    if _ANSWER_FORM.search(cased) or _COUNTS_IN_LAW.search(cased):
        return False
    if _YES_NO_RULE.match(cased) and not ACTION.search(cased):
        return False
    if _DONT_PICK.search(cased) and not no_rec_just(cased):
        return False
    if _FORM_FIELD.search(cased) and _FILLED_WITH_FACTS.search(cased) and not re.search(r"\b(?:eller|or)\b", cased):
        return False
    if _strong_r25(cased, depth):
        return True
    # "Ansætte en bioanalytiker der kun kan arbejde dagvagter? ja/nej": a bare step with a yes/no tag
    lead = re.match(r"\W*", cased)
    if lead and ACTION.match(cased, lead.end()) and _YES_NO_TAG_END.search(cased) and not _magazine_ref(cased.lower()):
        return True
    if _STEP_AS_OBJECT.search(cased):
        return True
    forecast = _FORECAST_FRAME.match(cased)
    if forecast and _FORECAST.search(cased[forecast.end() :]) and not _NORMATIVE_R25.search(cased[forecast.end() :]):
        return False
    if _RESPONSE_TO_GENERAL.search(cased) and _SANCTION_FITS.search(cased):
        return False
    if (
        _OWN_DRAFT_PICK.search(cased)
        and _PICK_WORDS.search(cased)
        and _COMMUNICATION_PIECE.search(cased)
        and not ACTION.search(cased)
        and not ACTION_NOUN.search(cased)
    ):
        return False
    return None


def _verdict_r24(cased: str) -> bool | None:
    """(round 24) The frames above: False for a look-alike, True for a request, None otherwise."""
    low = cased.lower()
    if _strong_r24(cased):
        return True
    if (_TEXT_CASE.search(cased) or _OWN_CAREER_R24.search(cased) or _EVERYDAY_OBJECT_R24.search(cased)) and not (
        _handed_over_in_words(cased) or _BARE_HAND_OVER.search(cased)
    ):
        return False
    if _TERSE_MEASURES.search(cased) or _ANSWER_IS_MEASURE.search(cased) or _JUST_CHOOSE.search(cased):
        return True
    if _END_OR_WITHDRAW.search(cased):
        return True
    if _NOT_R24B.search(cased) and not (_handed_over_in_words(cased) or _BARE_HAND_OVER.search(cased)):
        return False
    if _NO_RECOMMENDATION.search(cased) and not _HANDED_OVER_R23.search(cased):
        return False
    if _handover_r24(cased):
        return True
    if _PICK_PREPARED.search(cased) or _FORM_FIELD.search(cased):
        return True
    if (_PREDICT_OTHERS.search(cased) or _OWN_EVENT_OR_PURCHASE.search(cased)) and not (
        _handed_over_in_words(cased) or _HANDED_OVER_R23.search(cased) or _BARE_HAND_OVER.search(cased)
    ):
        return False
    if _WHEN_OR_HOW_R24.search(cased) and not _handed_over_in_words(cased):
        return False
    if READING.search(low):
        return None
    if _COMPLAINT.search(cased) and _WHO_RIGHT.search(low):
        return True
    if _MEASURE_YES_TAG.search(cased) or _SHOULD_GET_MEASURE.search(cased):
        return True
    return None


def _verdict_r23(cased: str) -> bool | None:
    """(round 23) The frames above: False for a look-alike, True for a request, None otherwise."""
    if _terse_pick_between_measures(cased):
        return True
    if _relayed_case_question(cased):
        return True
    if _OTHERS_RIGHT_EN.search(cased):
        return False
    handed_over = _handed_over_in_words(cased) or _PICK_FOR_ME.search(cased) or _HANDED_OVER_R23.search(cased)
    own = _OWN_COURSE.match(cased.lower())
    if own and _OWN_JOB.search(_AS_ROLE.sub("", cased.lower()[own.start("v") :])) and not handed_over:
        return False  # "Skal jeg sige op og tage jobbet i regionen?": the asker's own career
    if handed_over and _OWN_STEP_ANYWHERE.search(cased):
        return True  # "Do we move the intake meeting to Wednesday? Make the decision."
    if (
        _MANNER_ALTERNATIVES.search(cased)
        and not ACTION.search(_MANNER_ALTERNATIVES.sub(" ", cased))
        and not (_handed_over_in_words(cased) or _PICK_FOR_ME.search(cased))
    ):
        return False
    return None


def _verdict_r22(cased: str) -> bool | None:
    """(round 22) The frames above: False for a look-alike, True for a request, None otherwise."""
    if _DECIDE_ASKED.search(cased) or _OUTCOME_FOR.search(cased) or _HANDED_OVER_R22.search(cased):
        return True
    if (_QUOTED_THEN_ASKED.search(cased) or _ONE_OF_THEM_STEP.match(cased)) and ACTION.search(cased):
        return True
    if _TEXT_ENDS_IN_PICK.search(cased) and (ACTION.search(cased) or ACTION_NOUN.search(cased)):
        return True
    if _WHOM_TO_CONTACT.search(cased) and not ACTION.search(cased) and not _handed_over_in_words(cased):
        return False
    if (_WHICH_ITEM.search(cased) or _WHO_SPEAKS.search(cased)) and not (
        _handed_over_in_words(cased) or _PICK_FOR_ME.search(cased)
    ):
        return False
    if _OTHERS_RIGHT.search(cased) and not re.search(
        r"\b(?:should|shall|skal|bør)\s+(?:we|i|vi|jeg)\b|\b(?:hvem har ret|who is right|who'?s right)\b", cased, re.I
    ):
        return False
    for m in _SIZE_OF_STEP.finditer(cased):
        q = m.group("q")
        if _SIZE_GENERAL.search(q) or not (_SIZE_PARTICULAR.search(q) or _definite_person(q)):
            continue
        if ACTION.search(q) or ACTION_NOUN.search(q) or _SIZE_STEP.search(q):
            return True
    return None


def _verdict_r21(cased: str) -> bool | None:
    """(round 21) The frames above: False for a look-alike, True for a request, None otherwise."""
    fact = _FACT_YES_NO.search(cased)
    if fact and not ACTION.search(cased[fact.end() :]):
        return False
    if _NO_JUDGEMENT.search(cased) and _ROLEPLAY.search(cased):
        return False
    if _ANNOUNCE_DONE.search(cased) or (
        _ALREADY_DECIDED.search(cased) and re.match(r"\W*(?:hvordan|how)\b", cased, re.I)
    ):
        return False
    if _ALLOWED_BY_RULE.search(cased):
        return False  # "… må vi det på havnen næste år ifølge politivedtægten?": what a named rule allows
    if _RESEARCH_ONLY.search(cased) and not re.search(r"\b(?:we|i|vi|jeg)\s+(?:should|skal|bør)\b", cased, re.I):
        return False
    agree = _GENERAL_AGREE.search(cased)
    if (
        agree
        and not _step_verdict(agree.group("rest"))
        and not re.search(
            r"\b(?:we|i|vi|jeg|you|du)\s+(?:should|must|ought|skal|bør)\b", agree.group("rest"), re.IGNORECASE
        )
    ):
        return False
    for m in _OWN_FEELING_OR_SOCIAL.finditer(cased):
        asked = m.group("v") or m.group("v2") or m.group("v3") or ""
        asked = re.split(
            r"[,;:]|\b(?:when|after|before|on the day|now that|who|that|which|whom|da|når|efter|før|der|som)\b",
            asked,
            maxsplit=1,
        )[0]
        if re.match(rf"\s*(?:\w+ly\s+)?{_FEELING_VERB}\b", asked, re.IGNORECASE) or (
            re.search(_SOCIAL_EVENT, asked, re.IGNORECASE) and not ACTION.search(asked)
        ):
            return False
    return True if _r21_request(cased) else None


def _r21_request(cased: str) -> bool:
    """(round 21) A request in one of the frames above; the classifier's veto does not overrule it."""
    if _FIT_FOR_POST.search(cased) or _PASSIVE_MOVE.search(cased):
        return True
    agree = _GENERAL_AGREE.search(cased)
    if agree and _step_verdict(agree.group("rest")):
        return True  # "Would you say it's best to dismiss the employee now …?"
    if _WHAT_DO_I_DO_END.search(cased) and (_PERMISSION_ASKED.search(cased) or _REPEAT_AFTER_SANCTION.search(cased)):
        return True  # "… vil gerne have lov til at sove, når der er ro. … så hvad gør jeg?"
    for rx in (_THOUGHTS_ON, _FOR_OR_AGAINST_STEP, _TIME_FOR_STEP):
        m = rx.search(cased)
        if m and (ACTION.search(m.group("rest")) or ACTION_NOUN.search(m.group("rest"))):
            return True
    w = _WARRANTS.search(cased)
    if w:
        rest = w.group("rest") or w.group("rest2") or ""
        if (
            ACTION.search(rest)
            or ACTION_NOUN.search(rest)
            or re.search(r"\btaking (?:him|her|them)\b", rest, re.IGNORECASE)
        ):
            return True
    if _OWN_COURSE_MISTAKE.search(cased) and ACTION.search(cased):
        return True
    if (
        _RECOMMEND_ASKED.search(cased)
        and len(ACTION_NOUN.findall(cased)) >= 2
        and re.search(r"\b(?:eller|or)\b", cased)
    ):
        return True  # "Omplacering eller opsigelse – hvad anbefaler du …?"
    if _RECOMMEND_CHOICE.search(cased):
        return True  # (round 22) "Anbefal den struktur vi skal vælge: A eller B?"
    return bool(_RECOMMENDATION_AS_TEXT.search(cased))


# (round 32, red team r41 a) A step put to the bot as a leading question, expecting a yes: "Der er vel ingen grund til
# at fortsætte samarbejdet …?", "Det kan vel kun ende med en bortvisning?", "There's no real reason to keep Dylan on
# the night rota, is there?", "We can't really carry on funding the youth bus, can we?"
_LEADING_Q = re.compile(
    r"\b(?:der er|det er|det kan|det må|vi kan|vi må|jeg kan|jeg må|det bliver)\s+vel\b[^?]*\?|"
    r",\s*(?:is|isn't|are|aren't|can|can't|should|shouldn't|do|don't|does|doesn't|will|won't|right|ikke|vel|ikke sandt)"
    r"(?:\s+(?:there|it|we|i|they|he|she))?\s*\?\s*$",
    re.IGNORECASE,
)
# … or as a bare call for views on a step: "Tanker om at flytte Jonas til natholdet?", "Input på at lade Kurt gå ned
# i tid?", "Thoughts on moving Jonas to nights?"
_VIEWS_ON_STEP = re.compile(
    r"^\s*(?:tanker|input|holdning|synspunkter|mening|thoughts|views|input|opinions?)\s+(?:om|på|til|on|about)\s+(?:at\s+)?",
    re.IGNORECASE,
)
# … or as a choice between two named people after the thing to be had: "Hvem får vikariatet, Julie eller Mustafa?",
# "Who gets the team leader job, Sunita or Gareth?", "Er det Ole eller Kirsten, der skal flyttes?"
_WHO_GETS_NAMED = re.compile(
    r"^\s*(?:hvem|who)\s+(?:får|skal have|gets|should get|will get)\b[^?]{0,80},\s*"
    r"(?-i:[A-ZÆØÅ][a-zæøå]+)\s+(?:eller|or)\s+(?-i:[A-ZÆØÅ][a-zæøå]+)\s*\?|"
    r"^\s*(?:er det|is it)\s+(?-i:[A-ZÆØÅ][a-zæøå]+)\s+(?:eller|or)\s+(?-i:[A-ZÆØÅ][a-zæøå]+),?\s+(?:der|som|who)\s+(?:skal|should|must)\b",
    re.IGNORECASE,
)


def _verdict_r32(cased: str) -> bool:
    """(round 32) A step asked as a leading question, a bare call for views on a step, or a choice between two named
    people — each only with an organisation's or personnel step named, and not said to be the asker's to keep."""
    if _DECLINED.search(cased) or _ACCORDING_TO.search(cased) or _magazine_ref(cased):
        return False
    if _WHO_GETS_NAMED.search(cased):
        return True
    step = bool(ACTION.search(cased) or ACTION_NOUN.search(cased))
    if not step or _everyday_step(cased) or _HOW_OR_WHY.match(cased):
        return False  # "Vi kan vel godt lukke mødet lidt før?", "Hvordan giver man en advarsel, ikke?"
    return bool(_LEADING_Q.search(cased) or (_VIEWS_ON_STEP.match(cased) and cased.rstrip().endswith("?")))


_HOW_OR_WHY = re.compile(r"^\s*(?:hvordan|hvorfor|hvad|hvornår|how|why|what|when)\b", re.IGNORECASE)


# (round 33, red team r42 a; docs/privacy.md § 5.27) The asker's own sphere, stated generally: a question the asker
# asks about a step of their own ("skal jeg …", "should I …") on their own things — a possessive or reflexive of the
# first person singular ("mit eget drev", "min private Instagram", "til mig selv", "my calendar") — with nobody else in
# it (no colleague, unit or staff word, no person named, no "he/she/them") and no "we" (an organisation's step) is no
# personnel or organisational decision: the asker's devices, files, calendar, household, side roles and habits.
_I_ASK = re.compile(
    r"\b(?:skal|bør|burde|kan|må)\s+jeg\b|(?-i:\b(?:[Ss]hould|[Ss]hall|[Cc]an|[Dd]o) I\b)|\ber det en god idé,? at jeg\b",
    re.IGNORECASE,
)
_MINE = re.compile(r"\b(?:min|mit|mine|my|mig selv|myself|egen|eget|egne|own)\b", re.IGNORECASE)
_NOT_MINE_ALONE = re.compile(
    r"\b(?:vi|vores|vor|we|our|us|os|han|hun|ham|hende|he|she|him|her|they|them|dem|deres|their|"
    r"medarbejder\w*|ansat\w*|kolleg\w*|(?-i:team\w*)|afdeling\w*|enhed\w*|(?<!mit )(?<!mit nye )kontor\w*|stab\w*|"
    r"personale\w*|sekretær\w*|borger\w*|elev\w*|beboer\w*|patient\w*|bruger\w*|staff|employee\w*|colleague\w*|"
    r"department\w*|unit\w*|(?<!my )(?<!my new )office\w*|citizen\w*|resident\w*|pupil\w*|deputy|"
    r"beslut\w*|vælg for|decide for|choose for|pick for|for mig|for me)\b",
    re.IGNORECASE,
)


def _askers_own_sphere(cased: str) -> bool:
    """The asker's own things, asked by the asker alone (see `_I_ASK`, `_MINE`, `_NOT_MINE_ALONE`)."""
    if (
        not (_I_ASK.search(cased) and _MINE.search(cased))
        or _NOT_MINE_ALONE.search(cased)
        or _PERSONNEL_WORD.search(cased)
    ):
        return False
    # the asker's own role ("nu hvor jeg er blevet leder") and superiors in the asker's calendar ("mit møde med min chef")
    # are no one the step is taken on
    rest = _OWN_ROLE_OR_SUPERIOR.sub(" ", cased.lower())
    words = [w for w in re.findall(r"[\wæøå-]+", rest) if len(w) >= 4]
    if any(_staff_or_unit(w) for w in words):
        return False  # "en af mine sagsbehandlere", "the cleaner", "my secretaries", "hjemmeplejen": staff or a unit
    # a person named: a given name the name data know (product names — "Trello", "Power BI", "Savo" — are no one)
    norm = normalise(cased)
    return not any(
        not m.public and set(lexicon().flags(norm[m.start : m.end].split()[0].lower().strip(".,")) or "") & {"m", "f"}
        for m in find_people(norm)
    )


_OWN_ROLE_OR_SUPERIOR = re.compile(
    r"\b(?:jeg er (?:blevet |ny )?|i am |i'm |i've become |as an? |som ny )[\w-]+|"
    r"\b(?:min|mit|my)\s+(?:egen\s+|own\s+|nye?\s+|new\s+)?(?:chef|direktør|leder|boss|director|manager|line manager)\b"
)


def _staff_or_unit(word: str) -> bool:
    """A role (also in the plural: "ingeniører", "secretaries") or an organisation's unit ("hjemmeplejen")."""
    if is_role(word) or is_org(word) or UNIT_RE.search(word):
        return True
    for plural, singular in (("ierne", "y"), ("ies", "y"), ("erne", ""), ("ene", ""), ("er", ""), ("e", ""), ("s", "")):
        if word.endswith(plural) and len(word) - len(plural) >= 3 and is_role(word[: -len(plural)] + singular):
            return True
    return False


_PERSONNEL_WORD = re.compile(
    r"\b(?:vagtplan\w*|rota\w*|roster\w*|advarsel\w*|warning\w*|fyre\w*|fire|firing|opsig\w*|afskedig\w*|dismiss\w*|terminat\w*|redundan\w*|orlov\w*|"
    r"leave|lønforhøjelse\w*|pay rise|raise|tillæg\w*|løn\w*|salary|ansøg\w*|applica\w*|applicant\w*|ansæt\w*|hire|hiring|"
    r"bevilg\w*|folk|people|kids|children|børn|elever|pupils|resign\w*|accept|kontrakt\w*|contract\w*|fastansæt\w*|permanent|temps?|vikar\w*)\b",
    re.IGNORECASE,
)


def rules_verdict(text: str, embedding: Embedding = None, _depth: int = 0) -> bool | None:
    """`rules_flag` with the reason for a no kept apart (round 17, docs/privacy.md § 5.8): True for a
    request, False for a look-alike a rule recognised (a wording, the asker's own sphere, a rule
    asked yes/no, a reported decision …), None when no rule recognised the message either way —
    only then may the whole-message classifier add a flag."""
    cased = " ".join(spoken_punctuation(text).split())  # (round 19) dictated punctuation read as marks
    if not cased:
        return False
    message_object = _has_object(cased)
    message_choice = bool(_CHOICE_CONTEXT.search(cased))
    message_verdict = bool(_VERDICT_DEMAND.search(cased))
    message_alt = bool(re.search(r"\b(?:eller|or)\b", cased, re.IGNORECASE))
    cased = re.sub(r"\bought (we|i) to\b", r"should \1", cased, flags=re.IGNORECASE)  # (round 9) "Ought we to stop …?"
    cased = re.sub(
        r"\b(?:sack|sacks)(?= of\b)", "bag", cased, flags=re.IGNORECASE
    )  # (round 24) "the sack of mail": a bag
    cased = _CHAT_WORD.sub(lambda m: _CHAT_SPELLING[m.group(0).lower()], cased)
    cased = _unscramble(cased)  # (round 25) "shuold we clsoe …"
    if _askers_own_sphere(cased):
        return False  # (round 33) the asker's own things, asked by the asker alone
    r26 = _verdict_r26(cased, _depth, embedding)
    if r26 is not None:
        return r26
    r25 = _verdict_r25(cased, _depth)
    if r25 is not None:
        return r25
    if _verdict_r32(cased):
        return True
    if _verdict_on_general(cased):
        return False  # (round 18) a verdict asked on a rule, a fact about anyone or a text
    if _asks_rule(cased):
        return False  # (round 19) what a rule, a duty or a competence says in general
    if _logistics_question(cased.lower()):
        return False  # (round 20) the channel, sender, day or room of a letter or a meeting
    leaning = _ASKERS_LEANING.search(cased)
    if leaning and _AGREE_TAG.search(cased) and not READING.search(cased.lower()):
        after = cased[leaning.end() :]
        if (
            message_object
            or _names_person_or_unit(after.lower())
            or re.match(r"\s+(?:at \w+ )?(?-i:[A-ZÆØÅ][a-zæøå]+)\b", after)
        ) and not re.match(r"\s+at (?:tro|mene|synes|tænke)\b", after, re.IGNORECASE):
            return True  # (round 20) the asker's leaning on a step put to the bot: "I'm leaning towards Priya … You?"
    if _keeps_decision(cased):
        return False  # (round 20) the decision is the asker's own, or another's, and only material is asked
    r24 = _verdict_r24(cased)
    if r24 is not None:
        return r24
    r23 = _verdict_r23(cased)
    if r23 is not None:
        return r23
    r22 = _verdict_r22(cased)
    if r22 is not None:
        return r22
    r21 = _verdict_r21(cased)
    if r21 is not None:
        return r21
    r19 = _verdict_r19(cased)
    if r19 is not None:
        return r19
    # (round 15) the choice is about the bot, the answer's form or a word, not a case
    no_case = _scoped_veto(cased, lambda c: _NO_CASE_CHOICE.search(c) or _wording_choice(c), _depth)
    if no_case is not None:
        return no_case
    round16 = _round16_verdict(cased, _depth)
    if round16 is not None:
        return round16
    settled = _round13_verdict(cased, _depth)
    if settled is not None:
        return settled
    if _NOT_REQUEST_R9.search(cased):
        # only the clause that matches is no request; the rest of the message may still be one
        # ("Use bullet points: should I sack Dave?", "Hvem har kompetencen …? Og skal jeg …?")
        parts = [x for x in _CLAUSES.split(cased) if x.strip()]
        rest = " ".join(x for x in parts if not _NOT_REQUEST_R9.search(x))
        if not rest.strip() or len(parts) < 2 or rest.strip() == cased.strip():
            return False  # the whole message is the look-alike (the veto spans its clauses)
        return _depth < 2 and rules_flag(rest, _depth=_depth + 1)
    if _PAST_VERDICT.search(cased):
        return True  # (writer P) a verdict asked on the asker's own step: "var det rigtigt af mig at sende chaufføren hjem?"
    # a cue inside a quotation is someone's words, not the asker's request ("Min chef siger 'tag beslutningen'")
    unquoted = re.sub(r"['\"“‘][^'\"”’]{3,80}['\"”’]", " ", cased)
    if (_REQUEST_R9.search(unquoted) or _request_r12(unquoted)) and not (
        _ACCORDING_TO.search(cased) or _magazine_ref(cased)
    ):
        return True
    if _PICK_WHO_GOES.search(unquoted) or (_WHO_GOES.search(unquoted) and _TWO_NAMED.search(unquoted)):
        return True  # (writer AC) who goes on a course is the asker's choice, though a course is learning
    if not (_ACCORDING_TO.search(cased) or _magazine_ref(cased) or READING.search(cased.lower())):
        if (
            _WHO_GETS.search(unquoted)
            and _SCARCE_OR_LISTED.search(unquoted)
            and not re.search(r"lodtrækning|trækker lod|lottery|draw(?:ing)? lots|raffle", unquoted, re.IGNORECASE)
        ):
            # (writer X) "Én plads og tre interesserede: Charlotte, Kenneth og Aisha. Hvem skal have pladsen?"
            return True
        if _recaps_options(unquoted):
            return True  # (writer X) "Plan Blue … ; Plan Green …. Blue or Green?"
        if (
            _REQUEST_R9B.search(unquoted)
            or _request_r10(unquoted)
            or _request_r11(unquoted)
            or _DECISION_FIELD.search(cased)
        ) and not re.match(r"\s*(?:hvordan|how)\b", cased, re.IGNORECASE):
            return True
        if (
            _YES_NO_MARK.search(cased)
            and not _ABOUT_TEXTS.search(cased)
            # the asker's own step or someone in their care, or an order to the bot ("sack him y/n",
            # "approve or not"), not an opinion on a topic ("can AI fix the crisis or not?")
            and (
                re.search(
                    r"\b(?:jeg|vi|i|we|my|our|min|mit|mine|vores|him|her|ham|hende|them|dem)\b", cased, re.IGNORECASE
                )
                or len(cased.split()) <= 6
                or re.match(
                    r"\s*(?:kort svar|short answer)?[,\s]*(?:" + _YN + "|" + _YN_THUMBS + ")", cased, re.IGNORECASE
                )
            )
            and (ACTION.search(cased) or ACTION_NOUN.search(cased) or len(cased.split()) <= 12)
        ):
            return True
    turn = _TURN_SPECIFIC.search(cased)
    if turn and turn.start() > 0 and _depth < 2 and rules_flag(cased[turn.end() :], _depth=_depth + 1):
        return True  # (round 9) the asker's own case after a general question
    if (
        _PASS_ON.search(cased)
        and not (_ACCORDING_TO.search(cased) or _magazine_ref(cased))
        and _depth < 2
        and _forwarded_request(cased, _depth)
    ):
        return True
    # a quoted, reported or past decision, a worry, the bot's ability, practice; process, writing
    # help, general practice, a method, a speech, a feeling (round 8) — in their own clauses (round 18)
    if _DECLINED.search(cased):
        return False  # the asker keeps the decision: that governs the whole message
    if _REPORTS_THE_REST.search(cased):
        return False  # (round 18) "Skal Ry-filialen lukkes? Det læste jeg i avisen": the report is of the question
    reported = _scoped_veto(
        cased, lambda c: _QUOTED_QUESTION.search(c) or _OTHERS_OR_PAST.search(c) or _NOT_REQUEST_R8.search(c), _depth
    )
    if reported is not None:
        return reported
    if _MEASURES_EITHER.search(cased) and not (
        RULES_Q.search(cased)
        or READING.search(cased.lower())
        or _GENERAL_CASE.search(cased)
        or _MEASURE_IN_GENERAL.match(cased)
    ):
        return True
    if _WHICH_X_BETWEEN.search(cased) and not READING.search(cased.lower()):
        return True  # "Hvilket afsnit skal lukke i sommer, P3 eller P5?" (writer O)
    why = re.match(r"(?:why|hvorfor)\b", cased, re.IGNORECASE)
    obey_drafting = bool(_OBEY.search(cased) and _DRAFTING.search(cased))  # (round 11) "… – write the letter"
    if _REQUEST_R8.search(cased) and not (
        _ACCORDING_TO.search(cased) or _magazine_ref(cased) or why or obey_drafting or _RULE_SETTLES.search(cased)
    ):
        return True  # … unless it is put to the magazine ("what the magazine says about … stay or go")
    sentences = _SENTENCE_SPLIT.split(cased)
    sentences += [m.group("main") for s in sentences if (m := _LEADING_CONDITION.match(s.strip()))]
    sentences += [
        m.group("main")
        for s in sentences
        if (m := _TRAILING_COURSE.match(s.strip())) and not _CONDITION_OPEN.match(m.group("pre"))
    ]
    message_magazine = _magazine_ref(cased)
    if any(
        _sentence_is_request(s, message_object, message_choice, message_verdict, message_alt, message_magazine)
        for s in sentences
    ):
        return True
    if _DELEGATED.search(cased) and (message_alt or message_object or message_choice):
        return True
    if _WHAT_DO_I_DO.search(cased) and _ASKED_OF_ME.search(cased):
        return True  # (round 18, writer AS) "En medarbejder har bedt om at gå ned i tid. Så hvad gør jeg?"
    if _DRAFTED_VERDICT.search(cased) and message_object:
        return True
    if _OPINION_ON.search(cased) and (message_object or _one_person(cased)):
        return True
    if _RIGHT_MEASURE.search(cased) and (message_object or _one_person(cased)):
        return True
    knowledge_message = any(
        _KNOWLEDGE_OPEN.match(x.strip().lower()) or _ACCORDING_TO.search(x.lower()) for x in sentences
    )
    if not knowledge_message and (
        _SCORE_PEOPLE.search(cased) or _BARE_PICK.search(cased) or _WOULD_YOU_PICK.search(cased)
    ):
        return True
    for s in sentences:
        st = s.strip()
        mq = _MEASURE_Q.match(st)
        after = st[mq.end() :] if mq else ""
        if (
            mq
            and _MEASURE_RX.search(st)
            and _one_person(after, sentence_start=False)
            and not _NOT_A_CHOICE_Q.match(st[: mq.end()])
            and not re.search(r"\b(?:man|one|en leder|a manager|an employee|en medarbejder)\b", st, re.IGNORECASE)
        ):
            return True
        if (
            mq
            and re.match(r"(?:og |and |så |so )?(?:hvor mange|hvor meget|hvor store?t?|how many|how much)\b", st, re.I)
            and _MEASURE_RX.search(st)
            and re.search(
                r"\b(?:skære|cut|spare|save|reduce|reducere|tilbyde|offer|give|fordele|allocate)\b", after, re.I
            )
            and not re.search(r"\b(?:man|one|typically|typisk|normalt|usually)\b", st, re.IGNORECASE)
        ):
            return True  # (writer P) "hvor mange timer skal vi skære i rengøringen …?", "how many months' pay should we offer?"
        if _WHEN_Q.search(st) and _has_object(st) and message_alt:
            return True
        if _JUDGE_PERSON.search(st) and (_has_object(st) or _one_person(st)):
            return True
    tell = _TELL_WHAT_TO_DO.search(cased)
    if tell and (
        message_object or _one_person(cased[tell.end() :], sentence_start=False) or len(cased) > tell.end() + 30
    ):
        return True
    if _HOW_WOULD_YOU_RULE.search(cased) and message_object:
        return True
    if _IMAGINE_YOU.search(cased) and _WHAT_DO_YOU_DO.search(cased) and message_object:
        return True
    if _NAMED_PARTITIVE.search(cased) or any(_is_name_choice(m) for m in _NAME_OR_NAME.finditer(cased)):
        return True
    # (round 8) a bare verdict asked after the case is told: "… Hun har svært ved at gå. Bevilling?",
    # "… Luk sagen?", "… grant it?"
    last = sentences[-1].strip().lower() if len(sentences) >= 2 else ""
    if (
        last.endswith("?")
        and len(last.split()) <= 3
        and (
            ACTION.match(last)
            or ACTION_NOUN.match(last)
            or re.match(r"(?:grant|approve|deny|refuse|reject|luk|close)\b", last)
        )
    ):
        return True
    posed = message_alt or message_choice or any(_OWN_COURSE.match(s.strip()) for s in sentences)
    if posed and any(_HAND_OVER.match(s.strip()) for s in sentences) and not _DECLINED.search(cased):
        return True
    if _own_steps_only(sentences) and not message_verdict:
        return False  # (round 18) a rule recognised the look-alike: the classifier may not add a flag
    if embedding is not None and _learned_gate(sentences) and learned_score("decision", embedding, cased):
        return True
    return None


# (round 18, red team r18; docs/privacy.md § 5.12) A verdict tag ("yes or no", "thumbs up or down",
# "just your opinion") asks for a verdict on the question it tags. When that question is a rule or a
# fact about anyone ("can a union rep be dismissed …?", "forældes en advarsel efter to år?") or an
# opinion on a text ("is the article biased?"), and nothing in the message is the asker's own or a
# particular person, the verdict decides no case.
_VERDICT_TAGS = re.compile(
    rf"{_YN}|\bthumbs (?:up|down)\b|\bjust (?:your|an) opinion\b|\bbare (?:din|en) mening\b|"
    r"\b(?:quick one|kort og godt|kort svar|short answer|bare|just)\b",
    re.IGNORECASE,
)
# (round 22, writer BA) someone told by what they did: "advarsel til en bioanalytiker der har glemt at
# registrere tre blodposer?" — the asker's case, even with an indefinite article
_TOLD_CASE = re.compile(
    r"\b(?:en|et|a|an)\s+[\w-]+,?\s+(?:der|som|who|that)\s+(?:har|havde|has|had)\s+(?:\w+\s+)?[a-zæøå]+(?:et|t|ed)\b",
    re.IGNORECASE,
)
_INDEFINITE_SUBJECT = re.compile(
    r"^\W*(?!(?:skal|ska|bør|burde|should|shall|ought|must|fortjener|deserves?|need|needs)\b)(?:[\w'-]+\s+){0,2}?"
    r"(?:a|an|en|et|man|one|any|nogen|employees|medarbejdere|ledere|managers)\b"
    # (round 22, writer BB) "Er det en god idé at …": an evaluation, no indefinite subject
    r"(?!\s+(?:god|dårlig|good|bad|smart|klog)\s+(?:idé|ide|idea|plan)\b)",
    re.IGNORECASE,
)
_PARTICULAR = re.compile(
    rf"\b(?:{_OWN}|i|jeg|mig|me|ham|hende|him|her|han|hun|he|she|them|dem|the (?!magazine|article|issue|piece)[a-zæøå][\w-]*)\b",
    re.IGNORECASE,
)


_SUPERLATIVE_ROLE = re.compile(
    r"\b(?:den|det|the) (?:[\w-]+ )?(?P<s>[a-zæøå-]+(?:ste|est)) (?P<r>[a-zæøå-]{4,})\b", re.IGNORECASE
)


def _definite_person(text: str) -> bool:
    """A role in the definite form names one person: "medarbejderen", "arkivassistenten", "pædagogen";
    so does a superlative before a role (round 22, writer BB): "den dygtigste studentermedhjælper"."""
    if any(is_role(m.group("r").lower()) for m in _SUPERLATIVE_ROLE.finditer(text)):
        return True
    return any(
        w.endswith(("en", "et", "n")) and not w.endswith("erne") and is_role(w)
        for w in re.findall(r"[a-zæøå-]{4,}", text.lower())
    )


def _verdict_on_general(cased: str) -> bool:
    """A verdict tag on a rule, a fact about anyone or a text (see `_VERDICT_TAGS`)."""
    if not (
        _YES_NO_MARK.search(cased) or VERDICT_TAG.search(cased) or re.search(r"\bjust your opinion\b", cased, re.I)
    ):
        return False
    core = _VERDICT_TAGS.sub(" ", cased)
    if _PARTICULAR.search(_ABOUT_TEXTS.sub(" ", core)) or _definite_person(core) or _TOLD_CASE.search(core):
        return False
    asked = [x.strip(" ,:;.–—-") for x in re.split(r"(?<=[?.!])\s+|:\s+", core) if x.strip(" ,:;.?–—-")]
    if any(not q.endswith("?") and not _ABOUT_TEXTS.search(q) for q in asked[:-1]):
        return False  # a case told before the question: the verdict is on that case
    return bool(asked) and all(
        _ABOUT_TEXTS.search(q) or _INDEFINITE_SUBJECT.match(q) or RULES_Q.search(q) for q in asked
    )


# (round 19, docs/privacy.md § 5.13) What a rule, a duty or a competence says in general. A source of
# rules named ("ifølge loven", "under the agreement", "jf. ferieloven"), a duty or a deadline ("lovpligtigt",
# "kræver det", "med to ugers varsel", "within 9 days", "mandatory"), or who holds the power to decide
# ("Er det regionen eller driftslederen, der beslutter …?") makes a question ask the rule, also when the
# asker's own organisation is its subject ("Må vi lukke et dagcenter med kun to ugers varsel?").
_RULE_SOURCE = re.compile(
    r"\b(?:ifølge|efter|jf\.?|iht\.?|i henhold til|under|according to|per|by)\s+(?:the |vores |our |den |det |de |a |en |et )?"
    r"(?:[\w-]*loven|loven|lovgivningen|reglerne|regler|reglen|[\w-]*overenskomsten|overenskomst|[\w-]*aftalen|"
    r"cirkulæret|bekendtgørelsen|vejledningen|personalepolitikken|law|the law|rules|regulations?|(?:collective )?agreement|"
    r"[\w-]*act|statute|guidelines|policy|contract)\b",
    re.IGNORECASE,
)
_RULE_PREDICATE = re.compile(
    r"\b(?:(?:er|is|are)\s+(?:det|it|they|der|that)\s+(?:\w+\s+)?(?:lovpligtig\w*|obligatorisk\w*|påkrævet|et krav|"
    r"lovligt|ulovligt|tilladt|mandatory|compulsory|obligatory|required|a requirement|legal|illegal|allowed|permitted)|"
    r"lovkrav\w*|kræver det|kræves (?:der|det)|(?:har|have) (?:vi |man |jeg )?pligt|pligt til|forpligtet|"
    r"(?:har|have|has|beholder|keep|keeps|mister|lose|loses) (?:vi|man|jeg|we|one|i|you|employees|medarbejdere|ansatte|"
    r"de ansatte|en \w+|et \w+|an? \w+) (?:\w+ )?(?:ret|retten|krav) (?:til|på)|entitled to|the right to|"
    r"varslingsfrist\w*|notice period|by law|legally|obliged to|does (?:it|that) require|(?:has|have) to by law|"
    # (round 22, writer BA) what makes a measure valid: "skal en advarsel være skriftlig for at være gyldig?"
    r"for at (?:være|blive) (?:\w+ )?(?:gyldig|lovlig|bindende)|to be (?:\w+ )?(?:valid|legal|binding))\b",
    re.IGNORECASE,
)
# A deadline or a notice asks the rule only in a question about what is allowed or required: "Må vi lukke
# et dagcenter med kun to ugers varsel …?"; not in a step ("skal vi sige op med kort varsel?")
_DEADLINE = re.compile(r"\b(?:\w+ varsel|varsles|inden for \d+ \w+|senest \d+ \w+|within \d+ \w+)\b", re.IGNORECASE)
_MAY_OR_MUST = re.compile(
    r"^\W*(?:må|may|can|kan|must)\s+(?!du\b|you\b)|\b(?:eller|or)\s+(?:er|skal|is|are|do)\s+(?:der|there|we)\b|"
    r"\b(?:skal|må) man\b|\b(?:do|must) (?:we|i) have to\b",
    re.IGNORECASE,
)
_OWN_MODAL = re.compile(r"\b(?:should|shall|skal|bør|burde|do|does)\s+(?:we|i|vi|jeg)\b", re.IGNORECASE)
_GENERALLY = re.compile(
    r"\b(?:altid|generelt|som (?:hoved)?regel|som udgangspunkt|i (?:en|alle|de fleste) (?:kommuner?|regioner?)|"
    r"i det offentlige|i danmark|på landsplan|always|in general|generally|as a rule|in denmark|in (?:a|any) municipality|"
    r"typisk|normalt|sædvanligvis|typically|usually|normally|general advice|generelt råd|"
    r"every (?:\w+ )?(?:years?|months?|weeks?)|hvert (?:\w+ )?år|each time|hver gang)\b",
    re.IGNORECASE,
)
_WHO_DECIDES = re.compile(
    r"\b(?:hvem|who)\b[^?.]{0,40}?\b(?:beslutter|afgør|bestemmer|har (?:kompetencen|beføjelsen|retten) til|"
    r"decides?|has the (?:authority|power|right) to|makes? the (?:call|decision))\b|"
    r"\b(?:er det|is it)\s+(?:\w+\s+){1,3}(?:eller|or)\s+(?:\w+,?\s+){1,3}?(?:der|who|that)\s+(?:beslutter|afgør|"
    r"bestemmer|decides?)\b",
    re.IGNORECASE,
)
# "Må en afdelingsleder selv give en advarsel …?", "Can a manager dismiss …?": a role's power in general
_ROLE_MAY = re.compile(
    r"^\W*(?:(?:må|kan|can|may|does|do|must)\s+(?:en|et|a|an|man|one|any)|findes der|gives der|is there|are there)\b",
    re.IGNORECASE,
)
# Someone in particular: a pronoun for one person or a group of people, a name inside a sentence, a role
# or a unit in the definite form; "vi" and "jeg" are the asker, whom a rule binds like anyone.
_THIRD_PERSON = re.compile(r"\b(?:ham|hende|him|her|han|hun|he|she|them|dem|hans|hendes|his)\b", re.IGNORECASE)
_THE_ROLE = re.compile(r"\b(?:the|my|our|this|that|den|denne|dette)\s+(?P<w>[a-zæøå-]{3,})\b", re.IGNORECASE)


def _asks_rule(cased: str) -> bool:
    """(round 19, docs/privacy.md § 5.13) Every question of the message asks what a rule, a duty, a
    deadline or a competence says in general, about no one in particular: "Ja eller nej: skal en
    advarsel altid være skriftlig i en kommune?", "Må vi lukke et dagcenter med kun to ugers varsel?",
    "Er det regionen eller driftslederen, der beslutter, om …?". A decision handed over in words, a
    person or a unit in particular, or a told case keeps the rules' other readings."""
    core = _VERDICT_TAGS.sub(" ", cased)  # a yes/no tag on a rule hands over no case
    who_decides = _WHO_DECIDES.search(core)
    the_role = any(is_role(m.group("w")) for m in _THE_ROLE.finditer(core))
    if (
        _handed_over_in_words(core)
        or _VERDICT_DEMAND.search(core)
        or REQUEST.search(core.lower())
        or _THIRD_PERSON.search(core)
        or (the_role and not who_decides)
    ):
        return False
    if _definite_person(core) and not who_decides:
        return False  # "… skal vi afskedige medarbejderen?"; but the decider may be named by role
    # sentences (an ordinal's full stop, "6. ferieuge", ends none)
    parts = [x.strip(" ,:;–—-") for x in re.split(r"(?<=[?!])\s+|(?<=\D\.)\s+", core) if x.strip(" ,:;.?–—-")]
    asked = [x for x in parts if x.endswith("?")] or parts[-1:]
    if not asked or len(parts) > len(asked) + 1:
        return False  # more than one sentence of case before the question
    # a trailing remark that it is meant generally qualifies the question ("… ? Just general advice.")
    said_generally = any(_GENERALLY.search(x) for x in parts[parts.index(asked[-1]) + 1 :])
    for q in asked:
        own = re.search(rf"\b(?:{_OWN}|jeg|mig|me)\b", q, re.IGNORECASE) or re.search(r"\bI\b", q)
        rule = _RULE_SOURCE.search(q) or _RULE_PREDICATE.search(q) or (_DEADLINE.search(q) and _MAY_OR_MUST.search(q))
        who = _WHO_DECIDES.search(q) and not _OWN_MODAL.search(q)
        # what exists is asked only without a step in it ("Is there enough of a case to close …?" asks one)
        role_may = _ROLE_MAY.match(q) and not (re.match(r"\W*(?:findes|gives|is|are)\b", q, re.I) and ACTION.search(q))
        general = (_GENERALLY.search(q) or role_may or said_generally) and not own
        if not (rule or who or general):
            return False
    # last, as the dearest check: a private person named ("Må vi give Lone fri …?") is a case in particular
    return not any(not m.public for m in find_people(normalise(core)))


# (round 19, red team r20 a; docs/privacy.md § 5.13) A decision asked as its parameters: how many, how long,
# when, where from or how split — "How many of our seven temps do we keep after New Year?", "Hvor længe
# skal vikarens kontrakt forlænges, tre eller seks måneder?", "When should the club close – now or in the
# summer?", "Hvor skal de 2 mio. findes: i skolerne eller i ældreplejen?" — with alternatives or the
# asker's own object.
_PARAMETER_Q = re.compile(
    r"(?:^|[.:!?]\s+)(?:how many|how much|how long|when|where|hvor mange|hvor meget|hvor længe|hvornår|hvor)\b"
    r"[^?.]{0,60}?\b(?:should|shall|do we|do i|skal|bør)\b(?P<rest>[^?]*)",
    re.IGNORECASE,
)
_PARAMETER_STEP = re.compile(
    r"\b(?:keep|beholde?|split|divided|fordele?s?|deles|findes|spares?|cut|allocate\w*|forlænge\w*|extend\w*|"
    r"close\w*|luk\w*|fyre\w*|hire\w*|ansætte\w*|let go|lade \w+ gå)\b",
    re.IGNORECASE,
)
_OWN_OBJECT = re.compile(r"\b(?:of our|af vores|our|vores|vor|the \w+'s|[a-zæøå]+(?:ens|ets))\b", re.IGNORECASE)
# … or as a verdict in another form: a rating, a likelihood that a step is right, a leaning, the lesser
# evil, the bottom line, what weighs heaviest for the bot, the bot as the boss for a day, what a wise
# leader would do with the asker's own person, a way out of a deadlock, a trainee's pass or fail.
_VERDICT_FORM = re.compile(
    r"\b(?:stjerner ud af|stars out of|ud af (?:fem|ti|5|10)\b|out of (?:five|ten|5|10)\b|på en skala|on a scale of)|"
    r"\b(?:sandsynlighed\w* for,? at det er (?:det )?rigtig\w*|how likely (?:is it )?that (?:it|this) is the right)|"
    r"\b(?:hvilken (?:retning|vej) hælder du|hælder du (?:mest )?(?:til|mod)|which way do you lean|where do you land|hvor lander du)|"
    r"\b(?:lesser evil|mindste onde|det mindst ringe|least bad)\b|"
    r"\b(?:kun bundlinjen|bare bundlinjen|bottom line only|just the bottom line|only the bottom line)\b|"
    r"\b(?:hvad vejer tungest for dig|what weighs (?:the )?heaviest for you|which weighs heaviest)\b|"
    r"\b(?:today you'?re the boss|you'?re the boss today|i dag er du (?:chefen|lederen|direktøren)|du er chefen i dag)\b|"
    r"\b(?:hvad ville en (?:klog|god|erfaren|fornuftig) leder gøre med (?:vores|vor|min|mit)|"
    r"what would a (?:wise|good|sensible|seasoned) (?:leader|manager) do (?:with|about) (?:our|my))\b|"
    r"\b(?:ud af dødvandet|out of (?:the|this) deadlock|break the deadlock)\b|"
    r"\b(?:består (?:han|hun)|does (?:he|she) pass)\b",
    re.IGNORECASE,
)
# Verdict forms that name their case themselves: what a wise leader would do with the asker's own person,
# narrowing applicants to one name, who goes and who waits, a split of posts or money between units.
_VERDICT_FORM_SELF = re.compile(
    r"\b(?:hvad ville en (?:klog|god|erfaren|fornuftig) leder gøre med (?:vores|vor|min|mit)|"
    r"what would a (?:wise|good|sensible|seasoned) (?:leader|manager) do (?:with|about) (?:our|my))\b|"
    r"\b(?:ned på (?:ét|et|én|en) (?:navn|kandidat|ansøger)|down to one (?:name|candidate|applicant))\b|"
    r"\b(?:hvem må vente|who (?:has to|must|should) wait)\b|"
    r"\b(?:how should|hvordan skal)\b[^?]{0,60}\b(?:split|divided|allocated|shared out|fordeles|deles)\b[^?]{0,40}\b(?:between|among|mellem)\b",
    re.IGNORECASE,
)
# A game or a teaching frame the message names: "It's the icebreaker for our leadership day", "Vi skal bruge
# det som opvarmning", "In the case study …, was that the right call? Discuss."
_TEACHING_FRAME = re.compile(
    r"\b(?:opvarmning\w*|warm-?up|diskussionscase\w*|discussion case|case study|casestudie\w*)\b|(?:^|[.?!]\s+)(?:discuss|diskutér|diskuter)\W*$",
    re.IGNORECASE,
)
# (round 19, red team r20 a) … and what is none: a personnel verb as an idiom ("fyre op for grillen", "fire off
# an email", "sack off the gym", "give slip på min perfektionisme"), a step in the asker's private life
# (home, family, leisure), and a counterfactual about the past ("Would you have closed … if you'd been mayor
# in 2019?").
_IDIOM_STEP = re.compile(
    r"\bfyre (?:op|op for|op under)\b|\bfire off\b|\bsack off\b|\bgive slip på (?:min|sin|din|kontrollen)\b|"
    r"\blet go of (?:my|his|her|the need|control)\b|"
    r"\blukke ned for (?:julefrokosten|festen|sommerfesten|receptionen|snakken|debatten|chatten|baren|musikken)\b|"
    # (round 31, red team r40 a) meeting and day-to-day idioms built on a step verb: ending the day, parking or tabling an
    # item, closing the loop, dropping everything, letting an old quarrel go
    r"\blukke og slukke\b|\blukke (?:ned )?for i dag\b|\b(?:close|wrap|shut) (?:up |it |things )?(?:down )?for (?:the day|today)\b|"
    r"\bparkere (?:punktet|diskussionen|drøftelsen|emnet|spørgsmålet|sagen til)\b|\bpark (?:the|this) (?:\w+ )?(?:item|point|discussion|topic|question)\b|"
    r"\btable (?:this|the) (?:\w+ )?(?:item|point|discussion|topic|question|motion)\b|\bclose the loop\b|"
    r"\bdrop everything\b|\bsmide alt(?: hvad jeg har i hænderne)?\b|\bgive slip på (?:den|det) gamle (?:strid|uenighed|konflikt|nag)\b",
    re.IGNORECASE,
)
_PRIVATE_LIFE = re.compile(
    r"\b(?:derhjemme|at home|privatlivet|mit privatliv|in my private life|spørger privat|asking privately|my (?:daughter|son|husband|wife|partner|kids|children|family|father|mother|dad|mum|mom)|"
    r"min (?:datter|søn|mand|kone|kæreste|partner|familie|far|mor)|mine børn|grundejerforening\w*|the gym|gym membership|"
    # (round 31, writer CM, released) a gym as the asker's own, not a firm the organisation deals with ("fitnesskæden")
    r"(?:mit |my |min )fitness\w*|fitness ?(?:center|centre)?(?:abonnement|membership)\w*|au pair|sommerhus\w*|family'?s? (?:house|home|car)|familiens (?:hus|bil|sommerhus))\b",
    re.IGNORECASE,
)
_PAST_COUNTERFACTUAL = re.compile(
    r"\b(?:ville du (?:selv )?have|would you have)\b[^?]{0,80}\b(?:hvis du havde været|if you'?d been|if you had been)\b|"
    r"\b(?:hvis du havde været|if you'?d been|if you had been)\b[^?]{0,80}\b(?:ville du (?:selv )?have|would you have)\b",
    re.IGNORECASE,
)


def _verdict_r19(cased: str) -> bool | None:
    """(round 19, docs/privacy.md § 5.13) True for a decision asked as its parameters or as a verdict in
    another form; False for an idiom, a step in private life or a past counterfactual; None otherwise."""
    if _PAST_COUNTERFACTUAL.search(cased) and not _handed_over_in_words(cased):
        return False
    if (_TEACHING_FRAME.search(cased) or _PLAY.search(cased)) and not (
        _TURN_TO_REAL.search(cased)
        or _handed_over_in_words(cased)
        or (re.search(r"\b(?:our|vores|my|min|mit|mine)\b", cased, re.I) and _CASE_AT_WORK.search(cased))
        or _THIRD_PERSON.search(cased)
        or any(not m.public for m in find_people(normalise(cased)))  # the dearest check last
    ):
        return False
    if _VERDICT_FORM_SELF.search(cased):
        return True
    if _IDIOM_STEP.search(cased) and not ACTION.search(_IDIOM_STEP.sub(" ", cased)):
        return False
    if _PRIVATE_LIFE.search(cased) and not (_handed_over_in_words(cased) or _CASE_AT_WORK.search(cased)):
        return False
    for m in _PARAMETER_Q.finditer(cased):
        rest = m.group("rest")
        if _PARAMETER_STEP.search(rest) and (
            re.search(r"\b(?:eller|or|between|mellem)\b|[:–]", m.group(0)) or _OWN_OBJECT.search(m.group(0))
        ):
            return True
    if _VERDICT_FORM.search(cased) and (
        _has_object(cased)
        or _KEEP.search(cased)
        or re.search(
            r"\b(?:eller|or)\b|\b(?:sagen|spørgsmålet|the case|the matter|the question) (?:om|of|about)\b", cased, re.I
        )
        or _one_person(cased)
    ):
        return True
    return None


# a workplace case beside a private-life word: "min mand arbejder her, skal vi fyre vikaren?"
_CASE_AT_WORK = re.compile(
    r"\b(?:medarbejder\w*|employee\w*|kolleg\w*|colleague\w*|vikar\w*|temp\b|ansøger\w*|applicant\w*|borger\w*|citizen\w*|"
    r"afdeling\w*|department\w*|team\w*|enhed\w*|unit\b)",
    re.IGNORECASE,
)


def _own_steps_only(sentences: list[str]) -> bool:
    """(round 18, docs/privacy.md § 5.12) Every question of the message is the asker's own step of
    communication, learning or procedure, or an everyday practicality ("Should I send the minutes
    today or tomorrow?", "Skal vi spise frokost før eller efter workshoppen?")."""
    merged: list[str] = []
    for x in (x.strip() for x in sentences if x.strip()):
        if merged and re.match(r"(?:eller|or)\b", x, re.IGNORECASE) and not merged[-1].endswith("?"):
            merged[-1] = f"{merged[-1]}, {x}"  # "Skal jeg sende referatet, eller er det nok …?": one question
        else:
            merged.append(x)
    asked = [x for x in merged if x.endswith("?")] or merged[-1:]
    if not asked:
        return False
    for q in asked:
        own = _OWN_COURSE.match(q)
        if not own:
            return False
        step = _AS_ROLE.sub("", q[own.start("v") :])
        if _ANSWER_TO_REQUEST.match(step) or not (
            _NOT_A_STEP.match(step) or _everyday_step(step) or _TELLING_STEP.match(own.group("v"))
        ):
            return False
    return True


# The asker's own telling, asking, reading or learning: "Should I call the new starter …?", "Skal vi
# informere borgerne om flytningen?", "Should we expect more closures?"
_TELLING_STEP = re.compile(
    r"(?:know|tell|inform|announce|say|write|call|contact|ask|read|learn|prepare|expect|mention|explain|send|"
    r"vide|fortælle|informere|meddele|sige|skrive|ringe|kontakte|spørge|læse|lære|forberede|forvente|nævne|"
    r"forklare|sende|orientere)$",
    re.IGNORECASE,
)
# "Skal jeg sige ja?", "say no to …", "sige farvel til en frivillig": an answer to a request is a decision.
_ANSWER_TO_REQUEST = re.compile(
    r"(?:sige|say|svare|answer|give)\s+(?:ja|nej|yes|no|farvel|goodbye|op)\b", re.IGNORECASE
)


def is_decision_request(text: str, embedding: Embedding = None) -> bool:
    """True if `text` asks the bot to make a personnel/case/organisational decision.

    The detector's rules and learned signal (`rules_flag`, docs/privacy.md § 5), then — with the
    query vector of the embedder it was trained on — the whole-message classifier's second
    opinion (§ 5.8): it flags what the rules miss above its `add` threshold and clears a flag below
    its `veto` threshold, both chosen on held-out writers.

    Examples that are True: "skal jeg fyre den medarbejder …?", "beslut det for mig",
    "er det ok at opsige en medarbejder …?", "Which of the two candidates should get the job?".
    Examples that are False: "Hvordan skal jeg afskedige korrekt?", "Hvornår må jeg give en
    advarsel?", "Vi har besluttet at lukke afdelingen – hvordan …?".
    Never raises on ordinary strings and keeps no copy of the text.
    """
    embedding = _once(embedding)
    verdict = rules_verdict(text, embedding)
    flagged = bool(verdict)
    tm = decision_model()
    if tm is None or embedding is None:
        return flagged
    vec = resolve(embedding)
    if vec is None or vec.shape[0] != tm.vector_weights.shape[0]:
        return flagged
    score = tm.score(" ".join(text.split()), vec)
    if verdict is None and score > tm.add:
        return True  # a look-alike a rule recognised stays one (round 17)
    cased = " ".join(text.split())
    if (
        flagged
        and score < tm.veto
        and not _handed_over_in_words(text)
        and not _strong_r24(cased)
        and not _strong_r25(cased)
        and not _verdict_r26(cased, 0, embedding)
    ):
        return False
    return flagged


def _handed_over_in_words(text: str) -> bool:
    """(round 18, writer AT, released; docs/privacy.md § 5.12) The decision is handed to the bot in so
    many words — "Kan du afgøre, om …", "beslut det for mig", "sig hvad vi gør", "it's your call": the
    classifier's veto, which reads a message's topic, does not overrule that."""
    cased = " ".join(text.split())
    low = cased.lower()
    return bool(
        STRONG.search(low)
        or _relayed_case_question(cased)  # (round 23) the answer to a relayed case question is the decision
        or _terse_pick_between_measures(cased)  # (round 23) "Omplacering eller opsigelse – hvad bliver det?"
        or _HANDED_OVER_WHETHER.search(low)
        or _DELEGATED.search(cased)
        or _r21_request(cased)
        or _TELL_WHAT_TO_DO.search(cased)
        or re.search(r"\b(?:kan|vil) du (?:afgøre|beslutte|bestemme|vælge)\b|\bcan you (?:decide|rule|choose)\b", low)
        # (round 24) handed over inside a writing task, or a pick among prepared options
        or _handover_r24(cased)
        or _PICK_PREPARED.search(cased)
        or _JUST_CHOOSE.search(cased)
    )
