"""The hash chain of the audit log: pure functions, the same for every storage backend.

Each record stores

* `text_digest = sha256(salt || canonical_json([question, reply]))` with a random per-record
  salt (answered/no_answer only), so the texts enter the chain only through this digest and a
  purge (which deletes texts and salt) keeps the chain verifiable;
* `content_hash = sha256(canonical_json(hashed fields))` over the hashed fields of the
  record's `hash_version` (HASHED_FIELDS[version]), which include the record's id (reordering
  is detected);
* `prev_hash` = the previous record's `row_hash` (GENESIS_HASH for the first);
* `row_hash = sha256(prev_hash || content_hash)`.

`verify_chain` recomputes all of it in id order. See docs/audit.md for what it detects and
what it cannot (a complete rewrite by someone with write access: compare the head hash).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from .store import VerifyResult

GENESIS_HASH = "0" * 64
# The version new records are written with. Never change an existing version's tuple: old
# records must keep verifying. A change of what is hashed adds a new version with its own tuple.
HASH_VERSION = 2
# Columns that enter content_hash in hash version 1 (records written before conversations).
HASHED_FIELDS_V1 = (
    "id",
    "hash_version",
    "ts",
    "event",
    "status",
    "reason",
    "channel",
    "user_pseudonym",
    "text_digest",
    "citations",
    "index_version",
    "embedder_id",
    "latency_ms",
    "decision_request",
    "refusal_category",
    "ref_id",
    "value",
    "detail",
)
# Version 2 adds the pseudonymous conversation key and the turn a follow-up follows.
HASHED_FIELDS_V2 = (*HASHED_FIELDS_V1, "conversation", "follows_id")
HASHED_FIELDS: dict[int, tuple[str, ...]] = {1: HASHED_FIELDS_V1, 2: HASHED_FIELDS_V2}
# What `verify_chain` needs of each stored row: the hashed fields plus these.
VERIFY_FIELDS = (
    "question",
    "reply",
    "text_salt",
    "purged_at",
    "content_hash",
    "prev_hash",
    "row_hash",
    *HASHED_FIELDS_V2,
)


def canonical_json(value: Any) -> bytes:
    """Sorted keys, compact separators, UTF-8, no NaN: the same bytes for the same value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def sha256(data: bytes) -> str:
    """Hex SHA-256."""
    return hashlib.sha256(data).hexdigest()


def text_digest(salt: str, question: str | None, reply: str | None) -> str:
    """The salted digest through which question and reply enter the chain."""
    return sha256(bytes.fromhex(salt) + canonical_json([question, reply]))


def content_hash(values: Mapping[str, Any]) -> str:
    """Hash of a record's hashed fields; ValueError for an unknown hash version."""
    version = values.get("hash_version")
    fields = HASHED_FIELDS.get(version) if isinstance(version, int) else None
    if fields is None:
        raise ValueError(f"unknown hash_version {version!r}")
    return sha256(canonical_json({k: values.get(k) for k in fields}))


def row_hash(prev_hash: str, content: str) -> str:
    """The link: hash of the previous row's hash and this row's content hash."""
    return sha256((prev_hash + content).encode("ascii"))


def purge_cutoff(detail: str | None) -> str | None:
    """The `before` timestamp of a `purged` event's detail JSON (None when unreadable: a
    tampered marker is reported by its own content hash)."""
    try:
        before = json.loads(detail or "")["before"]
    except (TypeError, ValueError, KeyError):
        return None
    return before if isinstance(before, str) else None


def verify_chain(
    rows: Iterable[Mapping[str, Any]],
    purges: list[tuple[int, str]],
    highest_issued_id: int | None,
) -> VerifyResult:
    """Verify `rows` (each with VERIFY_FIELDS, in id order) and report the first broken record.

    `purges` are the (event id, cut-off timestamp) of every `purged` event: texts missing
    before a later purge's cut-off are expected. `highest_issued_id` is the highest id the store
    ever issued (its sequence counter), so a deleted tail is visible; None means the counter is
    missing, which is itself a break when there are records.
    """
    prev_hash = GENESIS_HASH
    expected_id = 1
    count = 0
    head_id: int | None = None

    def broken(rid: int, why: str) -> VerifyResult:
        return VerifyResult(
            ok=False,
            count=count,
            first_broken_id=rid,
            message=f"Kæden er brudt ved post {rid} / chain broken at record {rid}: {why}",
            head_id=head_id,
            head_hash=prev_hash if head_id is not None else None,
        )

    for row in rows:
        rid = row["id"]
        if not isinstance(rid, int) or rid != expected_id:
            if isinstance(rid, int) and rid > expected_id:
                return broken(expected_id, f"post {expected_id}-{rid - 1} mangler / records missing")
            return broken(expected_id, "poster i forkert rækkefølge / records out of order")
        if row["text_digest"] is not None:
            has_text = row["question"] is not None and row["text_salt"] is not None
            if has_text:
                if text_digest(row["text_salt"], row["question"], row["reply"]) != row["text_digest"]:
                    return broken(rid, "spørgsmål/svar ændret / question or reply text changed")
            elif not any(pid > rid and row["ts"] < before for pid, before in purges):
                return broken(rid, "tekst fjernet uden sletning / text removed without a purge event")
        try:
            content = content_hash(row)
        except (TypeError, ValueError):
            return broken(rid, "ugyldigt indhold / invalid content")
        if content != row["content_hash"]:
            return broken(rid, "indhold ændret / content changed")
        if row["prev_hash"] != prev_hash:
            return broken(rid, "forrige hash passer ikke / previous hash does not match")
        if row_hash(prev_hash, content) != row["row_hash"]:
            return broken(rid, "post-hash passer ikke / row hash does not match")
        prev_hash = row["row_hash"]
        head_id = rid
        expected_id += 1
        count += 1
    last_id = expected_id - 1
    if highest_issued_id is not None and highest_issued_id != last_id:
        if highest_issued_id > last_id:
            return broken(last_id + 1, f"post {last_id + 1}-{highest_issued_id} mangler i enden / tail records missing")
        return broken(last_id, "sekvenstæller passer ikke / sequence counter does not match")
    if highest_issued_id is None and last_id:
        return broken(last_id, "sekvenstæller mangler / sequence counter missing")
    return VerifyResult(
        ok=True,
        count=count,
        first_broken_id=None,
        message=(
            f"OK: {count} poster, kæden er intakt / {count} records, chain intact"
            + (f" (head {head_id} {prev_hash})" if head_id is not None else "")
        ),
        head_id=head_id,
        head_hash=prev_hash if head_id is not None else None,
    )
