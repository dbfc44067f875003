"""The list's filters as query parameters, in Danish, and times in Europe/Copenhagen.

The same parameters drive the list page, `/export.csv` and `/export.jsonl`:

    fra, til     YYYY-MM-DD, whole days in Danish time (inclusive)
    status       besvaret | ikke-daekket | afvist (repeatable)
    kategori     a refusal category (exact)
    kanal        cli | slack | teams
    feedback     ned  (some user's latest vote is 👎)
    eskaleret    ja
    beslutning   ja   (the question asked the bot to decide)
    side         page number, from 1 (the list only)

A bad value is a FilterError with a Danish message (the page answers 400, never a traceback).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ..audit import QuestionQuery
from ..audit.store import CHANNELS

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
STATUS_PARAM = {"besvaret": "answered", "ikke-daekket": "no_answer", "afvist": "refused"}
STATUS_LABEL = {"answered": "besvaret", "no_answer": "ikke dækket", "refused": "afvist"}
_CATEGORY = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
MAX_PAGE = 1_000_000


class FilterError(ValueError):
    """A query parameter that cannot be used (message in Danish)."""


def parse_day(value: str, name: str) -> date:
    """A YYYY-MM-DD day; FilterError naming the parameter."""
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise FilterError(f"«{name}» skal være en dato på formen ÅÅÅÅ-MM-DD") from None


def day_start(day: date) -> datetime:
    """Midnight of a Danish day, in UTC."""
    return datetime.combine(day, time.min, tzinfo=COPENHAGEN).astimezone(UTC)


def day_end(day: date) -> datetime:
    """The last microsecond of a Danish day, in UTC (the store's `until` is inclusive)."""
    return day_start(day + timedelta(days=1)) - timedelta(microseconds=1)


def local_time(ts: str | None, *, seconds: bool = False) -> str:
    """A stored UTC timestamp as Danish local time, e.g. `01.04.2024 12:00`."""
    if not ts:
        return ""
    try:
        dt = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return ts  # tampered or foreign: shown as stored (verify reports it)
    return dt.astimezone(COPENHAGEN).strftime("%d.%m.%Y %H:%M:%S" if seconds else "%d.%m.%Y %H:%M")


@dataclass(frozen=True)
class ListFilter:
    """The list's filters as the auditor chose them (Danish parameter values)."""

    fra: date | None = None
    til: date | None = None
    status: tuple[str, ...] = ()  # store statuses: answered / no_answer / refused
    kategori: str | None = None
    kanal: str | None = None
    feedback_ned: bool = False
    eskaleret: bool = False
    beslutning: bool = False
    side: int = 1

    @classmethod
    def from_params(cls, params: Any) -> ListFilter:
        """Parse a request's query parameters (a Starlette QueryParams or a MultiDict)."""

        def one(name: str) -> str | None:
            values = [v.strip() for v in params.getlist(name) if v.strip()]
            if len(values) > 1:
                raise FilterError(f"«{name}» må kun angives én gang")
            return values[0] if values else None

        fra, til = one("fra"), one("til")
        d_fra = parse_day(fra, "fra") if fra else None
        d_til = parse_day(til, "til") if til else None
        if d_fra and d_til and d_fra > d_til:
            raise FilterError("«fra» ligger efter «til»")
        statuses = []
        for raw in params.getlist("status"):
            raw = raw.strip()
            if not raw:
                continue
            if raw not in STATUS_PARAM:
                raise FilterError("«status» skal være besvaret, ikke-daekket eller afvist")
            if STATUS_PARAM[raw] not in statuses:
                statuses.append(STATUS_PARAM[raw])
        kategori = one("kategori")
        if kategori is not None and not _CATEGORY.match(kategori):
            raise FilterError("«kategori» er ikke en gyldig afvisningskategori")
        kanal = one("kanal")
        if kanal is not None and kanal not in CHANNELS:
            raise FilterError(f"«kanal» skal være {', '.join(CHANNELS)}")
        flags = {}
        for name, word in (("feedback", "ned"), ("eskaleret", "ja"), ("beslutning", "ja")):
            value = one(name)
            if value is not None and value != word:
                raise FilterError(f"«{name}» kan kun være «{word}»")
            flags[name] = value == word
        side_raw = one("side") or "1"
        if not side_raw.isdigit() or not 1 <= int(side_raw) <= MAX_PAGE:
            raise FilterError("«side» skal være et positivt heltal")
        return cls(
            fra=d_fra,
            til=d_til,
            status=tuple(statuses),
            kategori=kategori,
            kanal=kanal,
            feedback_ned=flags["feedback"],
            eskaleret=flags["eskaleret"],
            beslutning=flags["beslutning"],
            side=int(side_raw),
        )

    def query(self) -> QuestionQuery:
        """The store query (Danish days turned into UTC instants)."""
        return QuestionQuery(
            since=day_start(self.fra) if self.fra else None,
            until=day_end(self.til) if self.til else None,
            statuses=self.status,
            refusal_category=self.kategori,
            channel=self.kanal,
            feedback_down=self.feedback_ned,
            escalated=self.eskaleret,
            decision_request=True if self.beslutning else None,
        )

    def params(self, *, side: int | None = None, with_page: bool = True) -> list[tuple[str, str]]:
        """The filters as query parameters again (for links: paging, exports)."""
        out: list[tuple[str, str]] = []
        if self.fra:
            out.append(("fra", self.fra.isoformat()))
        if self.til:
            out.append(("til", self.til.isoformat()))
        back = {v: k for k, v in STATUS_PARAM.items()}
        out += [("status", back[s]) for s in self.status]
        if self.kategori:
            out.append(("kategori", self.kategori))
        if self.kanal:
            out.append(("kanal", self.kanal))
        if self.feedback_ned:
            out.append(("feedback", "ned"))
        if self.eskaleret:
            out.append(("eskaleret", "ja"))
        if self.beslutning:
            out.append(("beslutning", "ja"))
        page = self.side if side is None else side
        if with_page and page != 1:
            out.append(("side", str(page)))
        return out

    def describe(self) -> dict[str, Any]:
        """The filter for an access record: parameter values only, never a text."""
        described: dict[str, Any] = {}
        for key, value in self.params(with_page=False):
            if key == "status":
                described.setdefault("status", []).append(value)
            else:
                described[key] = value
        return described
