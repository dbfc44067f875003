"""The one place channels talk to: answer + audit + feedback + escalation.

Every channel (terminal chat, Slack, Teams) and the CLI calls `BotService`; none of them touches
the index, the guard or the audit log directly, so behaviour is the same on every channel.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from retrieval.answering import Answerer, QuestionError, normalise_input
from retrieval.followup import ThreadContext
from retrieval.index import IndexSnapshot, IndexUnavailable
from retrieval.models import Answer
from retrieval.settings import Settings

from .audit import AuditError, AuditStore, open_store
from .config import DEFAULT_HUMAN_CONTACT, AuditSettings
from .conversations import KEEP_QUESTIONS, ConversationMemory, InMemoryConversations, ThreadState
from .escalation import Escalation

log = logging.getLogger(__name__)


class ServiceErrorKind(StrEnum):
    """Why a request failed; also the `reason` of an `ask --json` error object."""

    BAD_INPUT = "bad_input"
    INDEX_UNAVAILABLE = "index_unavailable"
    AUDIT_UNAVAILABLE = "audit_unavailable"


class Superseded(RuntimeError):
    """The caller gave the question up before it was logged (`ask(proceed=…)` said no): another
    replica took the message over and answers and logs it itself."""


class ServiceError(RuntimeError):
    """A question could not be answered.

    `message` is for the asker in chat (Danish, no server paths or commands); `detail` is for
    the operator at a terminal or in the log (what broke, where, and how to fix it). Callers
    branch on `kind`.
    """

    def __init__(self, message: str, kind: ServiceErrorKind, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.detail = detail or message


INDEX_DOWN_MESSAGE = (
    "Botten kan ikke svare lige nu, fordi søgeindekset mangler eller er beskadiget. "
    "Administratoren kan se årsagen i loggen. Prøv igen senere."
)
AUDIT_DOWN_MESSAGE = (
    "Botten svarer ikke lige nu, fordi revisionsloggen ikke kan skrives ({kind}) – og uden log "
    "svarer den ikke. Prøv igen senere, eller kontakt en administrator."
)


def _index_error(e: Exception) -> ServiceError:
    detail = f"Botten kan ikke svare lige nu: {e}"
    log.error("%s", detail)
    return ServiceError(INDEX_DOWN_MESSAGE, ServiceErrorKind.INDEX_UNAVAILABLE, detail)


def _audit_error(e: AuditError) -> ServiceError:
    detail = f"Botten svarer ikke, fordi revisionsloggen ikke kan skrives ({e}). Kontakt en administrator."
    log.error("%s", detail)
    # The asker gets the kind of problem (locked, full, read-only), never the file's path.
    message = AUDIT_DOWN_MESSAGE.format(kind=e.kind.danish)
    return ServiceError(message, ServiceErrorKind.AUDIT_UNAVAILABLE, detail)


class AnswerCore(Protocol):
    """What the service needs of the answer core (`retrieval.answering.Answerer`; tests pass a
    stub)."""

    def answer(self, question: str, thread: ThreadContext | None = None) -> Answer:
        """Answer one question, read in its thread when given; QuestionError for bad input,
        IndexUnavailable without an index."""
        ...

    def snapshot(self) -> IndexSnapshot:
        """Facts of the live index; IndexUnavailable without one."""
        ...

    def screen(self, text: str) -> str | None:
        """`text` as it may be stored: None when the guard refuses it, else identifiers masked."""
        ...


@dataclass(frozen=True)
class FeedbackReceipt:
    """What `BotService.feedback` recorded: the feedback record's id (None when the audit log
    is off), and whether a comment was kept or dropped because it carried personal data."""

    audit_id: int | None
    comment_kept: bool = False
    comment_refused: bool = False


class BotService:
    """Answers questions, logs them for auditors and handles feedback and hand-over to humans."""

    def __init__(
        self,
        settings: Settings,
        audit: AuditSettings,
        *,
        answerer: AnswerCore | None = None,
        contact: str = DEFAULT_HUMAN_CONTACT,
        conversations: ConversationMemory | None = None,
    ) -> None:
        self.settings = settings
        self.audit_settings = audit
        self.answerer: AnswerCore = answerer or Answerer(settings)
        # Whom a leader is told to contact when "Spørg et menneske" reaches nobody
        # (`HandoverSettings.contact`, LEDELSESBOT_HUMAN_CONTACT).
        self.contact = contact
        # What each thread asked before (bot/conversations.py); in this process by default.
        self.conversations: ConversationMemory = conversations if conversations is not None else InMemoryConversations()
        self._audit: AuditStore | None = None
        self._audit_lock = threading.Lock()

    # -- audit -----------------------------------------------------------------------------
    def audit(self) -> AuditStore | None:
        """The audit store, opened on first use; None when it can't be opened and isn't required."""
        if self._audit is None:
            with self._audit_lock:
                if self._audit is None:
                    try:
                        self._audit = open_store(self.audit_settings)
                    except AuditError as e:
                        if self.audit_settings.required:
                            raise _audit_error(e) from None
                        log.warning("audit log unavailable, answering without it: %s", e.kind)
                        return None
        return self._audit

    def _record(self, fn: Callable[[AuditStore], int]) -> int | None:
        audit = self.audit()
        if audit is None:
            return None
        try:
            return fn(audit)
        except AuditError as e:
            if self.audit_settings.required:
                raise _audit_error(e) from None
            log.warning("audit write failed, answering without it: %s", e.kind)
            return None

    # -- questions -------------------------------------------------------------------------
    def ask(
        self,
        question: str,
        *,
        channel: str = "cli",
        user_id: str | None = None,
        conversation: str | None = None,
        follows: int | None = None,
        proceed: Callable[[], bool] | None = None,
    ) -> Answer:
        """Answer and log one question. Raises ServiceError with a user-safe message.

        The log keeps the question with likely identifiers masked (defence in depth behind the
        guard); a refusal is logged as category + time only. `conversation` is the platform's
        thread id: the question is read with the thread's earlier questions (a short follow-up
        is searched with the thread's topic; the guard also reads the messages together), and
        the log links the turn to the one it follows (`follows`, default: the thread's previous
        turn). A refused question is never remembered: the thread keeps only that its last turn was
        refused (docs/privacy.md § 10).

        `proceed` is asked once the answer is ready and before anything is logged or remembered;
        when it says no, `Superseded` is raised and nothing is kept. A chat replica passes its
        claim check here, so a message another replica took over meanwhile is logged once, by
        the replica that posts the answer (bot/state/lease.py)."""
        state = self.conversations.get(conversation) if conversation else None
        thread = (
            ThreadContext(previous=state.questions, topic=state.topic or None, after_refusal=state.after_refusal)
            if state
            else None
        )
        try:
            answer = self.answerer.answer(question, thread) if thread else self.answerer.answer(question)
            stored = "" if answer.status == "refused" else self.answerer.screen(question)
        except QuestionError as e:
            raise ServiceError(str(e), ServiceErrorKind.BAD_INPUT) from None
        except IndexUnavailable as e:
            raise _index_error(e) from None
        if proceed is not None and not proceed():
            raise Superseded("the message was taken over before its answer was logged")
        if follows is None and state is not None:
            follows = state.last_audit_id
        logged = stored if stored is not None else "[afvist tekst]"
        answer.audit_id = self._record(
            lambda a: a.record_answer(
                answer, logged, channel=channel, user_id=user_id, conversation=conversation, follows=follows
            )
        )
        if conversation:
            self._remember(conversation, state, question, answer)
        return answer

    def _remember(self, conversation: str, state: ThreadState | None, question: str, answer: Answer) -> None:
        """Keep what the guard accepted for the thread's next turn; on a refusal keep only the flag."""
        if answer.status == "refused":
            # nothing of the refused message is kept: only that the thread's last turn was refused,
            # so a reply that builds on it is refused too (docs/privacy.md § 10)
            self.conversations.put(
                conversation, ThreadState(questions=(), topic="", last_audit_id=answer.audit_id, after_refusal=True)
            )
            return
        text = normalise_input(question)
        previous = state.questions if state else ()
        self.conversations.put(
            conversation,
            ThreadState(
                questions=(*previous, text)[-KEEP_QUESTIONS:],
                topic=answer.searched_as or text,
                last_audit_id=answer.audit_id,
            ),
        )

    def feedback(
        self,
        audit_id: int,
        value: str,
        *,
        channel: str,
        user_id: str | None,
        conversation: str | None = None,
        reason: str | None = None,
        comment: str | None = None,
    ) -> FeedbackReceipt:
        """Record 👍/👎 on an answer (`value` "up" or "down"), optionally with a reason code
        (`bot.audit.store.FEEDBACK_REASONS`) and a short comment. The comment is checked like a
        question: with personal data it is dropped (never stored), otherwise stored masked.
        Raises ValueError for an id that is not a logged answer of `conversation` (a stale or
        forged button); channels tell the user politely. A user's latest vote counts."""
        kept = refused = False
        stored: str | None = None
        if comment and comment.strip():
            try:
                stored = self.answerer.screen(comment.strip())
            except IndexUnavailable as e:
                raise _index_error(e) from None
            kept, refused = stored is not None, stored is None
        record_id = self._record(
            lambda a: a.record_feedback(
                audit_id,
                value,
                channel=channel,
                user_id=user_id,
                conversation=conversation,
                reason=reason,
                comment=stored,
            )
        )
        return FeedbackReceipt(record_id, comment_kept=kept, comment_refused=refused)

    def escalate(self, question_ref: int | None, *, channel: str, user_id: str | None, target: str = "") -> Escalation:
        """Record that the asker wants a human and return it as a value for the channel's
        notifier (`bot.escalation`). `target` is the recipient that notifier is configured with
        ("" = none); it is recorded with the request. Only the audit reference travels — never
        the question text or user names. Raises ValueError when `question_ref` is not a logged
        question (a stale or forged button)."""
        audit_id = self._record(
            lambda a: a.record_escalation(question_ref, channel=channel, user_id=user_id, target=target or "-")
        )
        note = (
            f"En leder har bedt om at tale med et menneske om spørgsmål #{question_ref}"
            if question_ref is not None
            else "En leder har bedt om at tale med et menneske"
        )
        return Escalation(audit_id=audit_id, question_ref=question_ref, note=note, contact=self.contact)

    def check_ready(self) -> None:
        """Raise ServiceError now — at a server's start-up, not on the first question — when
        the audit log or the index cannot be used."""
        self.audit()
        try:
            self.answerer.snapshot()
        except IndexUnavailable as e:
            raise _index_error(e) from None

    def status(self) -> IndexSnapshot:
        """Facts of the live index for admins (`/ledelsesbot-admin status`). Raises
        IndexUnavailable when there is none."""
        return self.answerer.snapshot()

    def close(self) -> None:
        """Close the audit log (idempotent); the service can be used again afterwards."""
        with self._audit_lock:
            if self._audit is not None:
                self._audit.close()
                self._audit = None
