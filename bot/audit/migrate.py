"""Copy a SQLite audit log into PostgreSQL record by record, preserving every hash
(`ledelsesbot audit migrate --to postgresql://…`).

Rows are copied verbatim — every stored column, the salts of unpurged texts included — so
each record keeps its id, content hash, previous hash and row hash, and the copy verifies
with the same head as the source. Only a source that verifies is copied (a broken chain stays
where it is, as evidence). The copy runs in batches, each one transaction; the database checks
that every batch continues its chain. An interrupted copy is resumed by running the command
again: a target whose records are the source's first N (same row hash at N) gets the rest; a
target holding anything else is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .postgres import PostgresAuditStore
from .sqlite import SQLiteAuditStore
from .store import AuditError, AuditErrorKind

BATCH = 1000


class MigrateError(Exception):
    """The copy cannot be made (broken source, foreign target); the message says why."""


@dataclass(frozen=True)
class CopyResult:
    """What `copy_log` did: records copied now, records already there, the common head."""

    copied: int
    already: int
    head_id: int | None
    head_hash: str | None


def copy_log(
    source: SQLiteAuditStore,
    target: PostgresAuditStore,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> CopyResult:
    """Copy every record of `source` that `target` lacks; MigrateError when the source does
    not verify or the target holds other records. `progress(done, total)` after each batch."""
    checked = source.verify()
    if not checked.ok:
        raise MigrateError(f"Kilden verificerer ikke / the source does not verify: {checked.message}")
    total = checked.count
    there = target.verify()
    if not there.ok:
        raise MigrateError(f"Målet verificerer ikke / the target does not verify: {there.message}")
    already = there.count
    if already > total:
        raise MigrateError(
            f"Målet har flere poster ({already}) end kilden ({total}) / the target holds more records than the source"
        )
    if already:
        mine = source.get(already)
        if mine is None or mine["row_hash"] != there.head_hash:
            raise MigrateError(
                f"Målet indeholder en anden log (post {already} har en anden hash) / "
                f"the target holds another log (record {already} differs)"
            )
    copied = 0
    last = already
    conn = source.conn
    while True:
        # Up to the verified head: records appended meanwhile (a bot still running) stay behind
        # and are copied by the next run.
        cur = conn.execute(
            "SELECT * FROM events WHERE id > ? AND id <= ? ORDER BY id LIMIT ?", (last, checked.head_id or 0, BATCH)
        )
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        if not rows:
            break
        copied += target.insert_verbatim(rows)
        last = rows[-1]["id"]
        if progress is not None:
            progress(already + copied, total)
    result = target.verify()
    if not result.ok or (total and result.head_hash != checked.head_hash) or result.count != total:
        raise AuditError(
            AuditErrorKind.CORRUPT,
            f"Kopien stemmer ikke med kilden / the copy does not match the source: {result.message}",
        )
    return CopyResult(copied=copied, already=already, head_id=result.head_id, head_hash=result.head_hash)
