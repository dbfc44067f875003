"""The hash chain and the record values are pure and backend-independent: a chain built in
memory (no SQLite) verifies, and every kind of tampering is reported at the right record."""

from __future__ import annotations

from typing import Any

from bot.audit import records
from bot.audit.chain import GENESIS_HASH, HASH_VERSION, canonical_json, content_hash, row_hash, verify_chain
from retrieval.models import Answer, Citation


def _chain(values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a backend does on append: id, version, time, hashes."""
    rows, prev = [], GENESIS_HASH
    for i, v in enumerate(values, 1):
        row = {**dict.fromkeys(("question", "reply", "text_salt", "purged_at", "text_digest")), **v}
        row.update(id=i, hash_version=HASH_VERSION, ts=f"2026-01-01T10:00:{i:02d}.000000Z")
        row["content_hash"] = content_hash(row)
        row["prev_hash"], row["row_hash"] = prev, row_hash(prev, row["content_hash"])
        prev = row["row_hash"]
        rows.append(row)
    return rows


def _values() -> list[dict[str, Any]]:
    answer = Answer("answered", "Svar.", citations=[Citation("01/2024", "A", 3, "Et citat her.", 0.5)])
    refused = Answer("refused", "Nej.", reason="personal_data", refusal_category="cpr_number")
    return [
        records.answer_values(answer, "Hvad?", channel="slack", user_pseudonym="p1"),
        records.answer_values(refused, "CPR 010101-1234", channel="cli", user_pseudonym=None),
        records.feedback_values(1, "up", channel="slack", user_pseudonym="p1"),
        records.escalation_values(1, channel="teams", user_pseudonym="p2", target="HR"),
        records.index_published_values("v-1", {"action": "add"}),
    ]


def test_a_chain_built_in_memory_verifies() -> None:
    rows = _chain(_values())
    res = verify_chain(rows, [], highest_issued_id=5)
    assert res.ok and res.count == 5 and res.head_id == 5 and res.head_hash == rows[-1]["row_hash"]
    assert verify_chain([], [], highest_issued_id=None).ok


def test_a_refusal_holds_no_text_and_no_digest() -> None:
    refused = _values()[1]
    assert "question" not in refused and "reply" not in refused and "text_digest" not in refused
    assert "010101" not in canonical_json(refused).decode()


def test_tampering_is_reported_at_the_right_record() -> None:
    rows = _chain(_values())
    rows[1]["channel"] = "teams"
    assert verify_chain(rows, [], 5).first_broken_id == 2
    rows = _chain(_values())
    rows[0]["question"] = "Noget andet?"
    assert "text changed" in verify_chain(rows, [], 5).message
    rows = _chain(_values())
    del rows[2]
    assert verify_chain(rows, [], 5).first_broken_id == 3
    rows = _chain(_values())
    assert verify_chain(rows[:4], [], 5).first_broken_id == 5  # the deleted tail, via the counter
    assert not verify_chain(rows, [], None).ok  # a counter that went missing


def test_texts_may_be_missing_only_before_a_purge() -> None:
    values = _values()
    rows = _chain(values + [records.purged_values("2026-01-01T10:00:02.000000Z", 1)])
    rows[0]["question"] = rows[0]["reply"] = rows[0]["text_salt"] = None
    assert verify_chain(rows, [(6, "2026-01-01T10:00:02.000000Z")], 6).ok
    assert "without a purge event" in verify_chain(rows, [], 6).message
