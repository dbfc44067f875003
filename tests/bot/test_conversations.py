"""Follow-ups in a thread through the service: the per-conversation memory, the thread handed to
the core, the audit `follows` link, and the guard on the thread's messages read together."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.audit.sqlite import SQLiteAuditStore
from bot.config import AuditSettings
from bot.conversations import InMemoryConversations, ThreadState
from bot.service import BotService
from retrieval.answering import Answerer
from retrieval.followup import ThreadContext
from retrieval.index import build_index
from retrieval.models import Answer
from retrieval.settings import Settings

from fakes import HashEmbedder, StubAnswerer, make_issue

THREAD = "slack:C0123:1714550000.000100"


def _state(topic: str = "t") -> ThreadState:
    return ThreadState(questions=(topic,), topic=topic, last_audit_id=1)


def test_memory_forgets_after_the_ttl_and_keeps_at_most_n_threads():
    now = [0.0]
    mem = InMemoryConversations(ttl_seconds=60, max_conversations=2, clock=lambda: now[0])
    mem.put("a", _state("a"))
    now[0] = 59
    assert mem.get("a") == _state("a")
    now[0] = 120
    assert mem.get("a") is None and len(mem) == 0  # expired and dropped
    for key in ("a", "b", "c"):
        mem.put(key, _state(key))
    assert mem.get("a") is None and mem.get("b") and mem.get("c")  # least recently used went first
    mem.forget("b")
    mem.forget("b")
    assert mem.get("b") is None and len(mem) == 1
    with pytest.raises(ValueError):
        InMemoryConversations(ttl_seconds=0)


def _service(tmp_path: Path, core, **kw) -> BotService:
    audit = AuditSettings(location=str(tmp_path / "audit.sqlite3"), pseudonym_key="k")
    return BotService(Settings(index_dir=tmp_path / "index"), audit, answerer=core, **kw)


def test_a_thread_hands_the_core_its_earlier_questions_and_links_the_audit_records(tmp_path: Path):
    core = StubAnswerer(make=lambda q: Answer(status="answered", text="«x»", searched_as=f"topic of {q}"))
    service = _service(tmp_path, core)
    first = service.ask("hvad koster uddannelsen?", channel="slack", user_id="U1", conversation=THREAD)
    second = service.ask("og hvor lang er den?", channel="slack", user_id="U1", conversation=THREAD)
    alone = service.ask("hvad er skyggearbejde?", channel="slack", user_id="U1")
    assert core.threads[0] is None and core.threads[2] is None
    assert core.threads[1] == ThreadContext(
        previous=("hvad koster uddannelsen?",), topic="topic of hvad koster uddannelsen?"
    )
    audit = service.audit()
    assert audit is not None
    r1, r2, r3 = (audit.get(a.audit_id) for a in (first, second, alone))  # type: ignore[arg-type]
    assert r1["follows_id"] is None and r2["follows_id"] == first.audit_id and r3["follows_id"] is None
    assert r1["conversation"] == r2["conversation"] and r3["conversation"] is None
    # At most three earlier questions travel with a thread.
    for q in ("tredje spørgsmål?", "fjerde spørgsmål?", "femte spørgsmål?"):
        service.ask(q, channel="slack", user_id="U1", conversation=THREAD)
    assert core.threads[-1].previous == ("og hvor lang er den?", "tredje spørgsmål?", "fjerde spørgsmål?")


def test_a_refused_question_is_never_remembered_only_that_it_was_refused(tmp_path: Path):
    core = StubAnswerer()
    memory = InMemoryConversations()
    service = _service(tmp_path, core, conversations=memory)
    service.ask("hvad er skyggearbejde?", channel="cli", user_id=None, conversation="cli:t1")
    assert memory.get("cli:t1") is not None
    refused = service.ask("mit cpr er 010203-1234", channel="cli", user_id=None, conversation="cli:t1")
    state = memory.get("cli:t1")
    # nothing of the refused message nor of the thread before it is kept: only the flag
    assert refused.status == "refused" and state is not None
    assert state.questions == () and not state.topic and state.after_refusal
    service.ask("og hvad så?", channel="cli", user_id=None, conversation="cli:t1")
    thread = core.threads[-1]
    assert thread is not None and thread.previous == () and thread.topic is None and thread.after_refusal


@pytest.fixture(scope="module")
def tiny_core(tmp_path_factory: pytest.TempPathFactory) -> Answerer:
    index = tmp_path_factory.mktemp("tiny") / "index"
    build_index(index, [make_issue("05/2030")], HashEmbedder())
    return Answerer(Settings(index_dir=index), embedder=HashEmbedder())


def test_a_name_in_one_message_and_a_health_detail_in_the_next_are_refused_together(tmp_path: Path, tiny_core):
    memory = InMemoryConversations()
    service = _service(tmp_path, tiny_core, conversations=memory)
    turn1 = "Min medarbejder Mette Jensen er blevet stille på møderne. Hvordan taler jeg med hende?"
    turn2 = "Hun har fået konstateret kræft. Hvordan støtter jeg hende bedst?"
    # Each message alone passes the guard ...
    assert tiny_core.answer(turn1).status != "refused" and tiny_core.answer(turn2).status != "refused"
    first = service.ask(turn1, channel="slack", user_id="U1", conversation=THREAD)
    assert first.status != "refused" and memory.get(THREAD) is not None
    # ... together they name a person's illness: refused, and nothing of it is kept.
    second = service.ask(turn2, channel="slack", user_id="U1", conversation=THREAD)
    assert second.status == "refused" and second.reason == "sensitive_data" and not second.citations
    assert "kræft" not in second.text and "Mette" not in second.text
    state = memory.get(THREAD)
    assert state is not None and state.questions == () and state.after_refusal
    # a reply that builds on the refused message is refused too; a new self-contained one is answered
    third = service.ask("Hvad gør jeg så?", channel="slack", user_id="U1", conversation=THREAD)
    assert third.status == "refused" and third.refusal_category == "thread_context"
    fourth = service.ask(
        "Hvordan støtter man generelt en medarbejder med en alvorlig sygdom?",
        channel="slack",
        user_id="U1",
        conversation=THREAD,
    )
    assert fourth.status != "refused"
    service.close()
    with SQLiteAuditStore(tmp_path / "audit.sqlite3", "k", clock=lambda: datetime.now(UTC)) as log:
        rec = log.get(second.audit_id)  # type: ignore[arg-type]
        assert rec is not None and rec["event"] == "refused" and not rec.get("question")
    raw = (tmp_path / "audit.sqlite3").read_bytes()
    assert "kræft".encode() not in raw and b"konstateret" not in raw
