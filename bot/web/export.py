"""The web view's exports: CSV for Danish Excel (one row per citation) and JSON Lines.

CSV uses the dialect of `bot.audit.records.csv_writer` (UTF-8 with BOM, semicolons, CRLF)
and the same formula guard as `audit export`; times are Danish local time, numbers are
whole milliseconds (no decimal mark to confuse). JSONL is one object per question: the record
exactly as stored plus its vote and escalation counts.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator

from ..audit import QuestionRow
from ..audit.records import csv_safe, csv_writer
from .filters import STATUS_LABEL, local_time

CSV_HEADER = (
    "id",
    "tid (Europe/Copenhagen)",
    "status",
    "årsag",
    "afvisningskategori",
    "kanal",
    "bruger (pseudonym)",
    "beder om en beslutning",
    "👍",
    "👎",
    "eskaleringer",
    "spørgsmål (maskeret)",
    "svar",
    "nummer",
    "artikel",
    "trykt side",
    "citat",
    "indeksversion",
    "embedder",
    "svartid (ms)",
    "tekst slettet",
)


def csv_rows(rows: Iterable[QuestionRow]) -> Iterator[list[object]]:
    """One CSV row per citation (a question without citations: one row with empty citation
    cells)."""
    for row in rows:
        rec = row.record
        latency = rec.get("latency_ms")
        base: list[object] = [
            rec["id"],
            local_time(rec["ts"], seconds=True),
            STATUS_LABEL.get(rec["status"] or "", rec["status"] or ""),
            rec["reason"] or "",
            rec["refusal_category"] or "",
            rec["channel"] or "",
            rec["user_pseudonym"] or "",
            "ja" if rec["decision_request"] else "nej",
            row.feedback_up,
            row.feedback_down,
            row.escalations,
            rec["question"] or "",
            rec["reply"] or "",
        ]
        tail: list[object] = [
            rec["index_version"] or "",
            rec["embedder_id"] or "",
            "" if latency is None else round(float(latency)),
            local_time(rec["purged_at"]) if rec["purged_at"] else "",
        ]
        cites = rec.get("citations") if isinstance(rec.get("citations"), list) else []
        for cite in cites or [None]:
            if isinstance(cite, dict):
                middle: list[object] = [
                    cite.get("issue", ""),
                    cite.get("article", ""),
                    cite.get("page", ""),
                    cite.get("quote", ""),
                ]
            else:
                middle = ["", "", "", ""]
            yield [csv_safe(v) for v in base + middle + tail]


def csv_chunks(rows: Iterable[QuestionRow], batch: int = 200) -> Iterator[str]:
    """The CSV file as text chunks (streamed; starts with the BOM and the header)."""
    buf = io.StringIO()
    writer = csv_writer(buf)
    writer.writerow(CSV_HEADER)
    for n, line in enumerate(csv_rows(rows), 1):
        writer.writerow(line)
        if n % batch == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def jsonl_chunks(rows: Iterable[QuestionRow], batch: int = 200) -> Iterator[str]:
    """One JSON object per question: the stored record plus `feedback` and `escalations`."""
    lines: list[str] = []
    for row in rows:
        obj = dict(row.record)
        obj["feedback"] = {"up": row.feedback_up, "down": row.feedback_down}
        obj["escalations"] = row.escalations
        lines.append(json.dumps(obj, ensure_ascii=False) + "\n")
        if len(lines) >= batch:
            yield "".join(lines)
            lines = []
    yield "".join(lines)
