"""Claims of a message that expire unless their owner finishes: a **lease**.

A replica claims a message before answering it. The claim records the replica (`replica_id()`)
and a lease expiry; when the answer is posted (or the listener otherwise finished) the owner
marks the claim done. The rule every backend follows (`bot/channels/slack/dedupe.py` on SQLite,
`bot/state/postgres.py` on PostgreSQL):

* no claim yet → this replica takes it (`Claim.NEW`) and answers;
* a done claim → dropped (`Claim.DONE`): the message was answered;
* an unfinished claim whose lease is live → someone is answering it (`Claim.HELD`);
* an unfinished claim whose lease ran out → its owner died between claiming and finishing; this
  replica takes it over (`Claim.TAKEN_OVER`) and answers. The takeover is atomic: of two replicas
  that find the same expired lease, exactly one wins.

The owner keeps its leases alive while it answers (`LeaseKeeper`, every third of the lease), so a
slow answer (a locked audit log, a queue of answers on two cores) keeps its lease while the owner
lives and reaches the state store; only the lease of a dead owner — or of one frozen, or cut off
from the store, for two thirds of a lease — runs out.

An owner that was frozen that long may find its message taken over when it wakes. So the owner
**confirms** its claim (`confirm`: renew if still ours) just before it logs the answer
(`BotService.ask(proceed=…)`) and again just before it posts: a claim it lost before logging is
answered and logged by the replica that took it over, and this one neither logs nor posts; a claim
lost while the answer was being logged (a busy audit log can hold it for seconds) is logged by
both but posted once, by the new owner. Two posted answers then need an owner frozen for a whole
lease between its last confirm and the post.

Why a retry that finds a live lease waits (`claim_when_free`) instead of being dropped: Bolt
acknowledges an event (HTTP 200) before the listener looks at the claim, so a dropped retry is
an acknowledged one and Slack never sends another. When the owner was killed after claiming but
before its 200 reached Slack, that retry is the last chance to answer the message, so the
listener that got it watches the claim until it is done (drop) or its lease runs out (take over).
"""

from __future__ import annotations

import enum
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable

log = logging.getLogger(__name__)

# The lease: long compared with answering a question (p95 about 6 s end to end in a 200-event
# burst on two cores, docs/load-and-faults.md; the owner renews it anyway), short compared with
# Slack's retry schedule (about 1 s, 1 min and 5 min after a delivery without a 200), so a dead
# owner's message is taken over by the retry that is waiting for it, or by Slack's 1-minute retry
# at the latest. LEDELSESBOT_SLACK_CLAIM_LEASE_S (bot/config.py) overrides it.
DEFAULT_LEASE_S = 30
# A retry watches a live lease for at most this many leases: an owner that renews but never
# finishes (e.g. stuck behind a locked audit log) is alive, so it will answer, and the waiting
# retry must not hold a listener thread for ever.
MAX_WAIT_LEASES = 10


class Claim(enum.Enum):
    """What claiming a message found."""

    NEW = "new"  # nobody had claimed it: this replica answers
    TAKEN_OVER = "taken_over"  # its owner's lease ran out unfinished: this replica answers
    HELD = "held"  # another listener holds a live lease: it is answering
    DONE = "done"  # it was answered (or finished otherwise)

    @property
    def won(self) -> bool:
        """True when this replica now holds the claim and must answer."""
        return self in (Claim.NEW, Claim.TAKEN_OVER)


@runtime_checkable
class MessageClaims(Protocol):
    """Leased claims of messages (see the module docstring for the rule)."""

    lease_s: float

    def claim(self, key: str) -> Claim:
        """Try to claim `key` for this replica (atomically across replicas and restarts)."""
        ...

    def confirm(self, key: str) -> bool:
        """Renew `key`'s lease now if this replica still owns the claim and it is not done; False
        when another replica took it over (this one was too slow to renew) or it is done."""
        ...

    def finish(self, key: str) -> None:
        """Mark the claim of `key` done: later retries are dropped."""
        ...


_REPLICA_ID: tuple[int, str] | None = None
_REPLICA_LOCK = threading.Lock()


def replica_id() -> str:
    """This process's identity as a claim owner: host, pid and a random part (pids are reused
    after a restart, and in containers every replica may be pid 1). Made once per process; a
    forked child gets its own."""
    global _REPLICA_ID
    with _REPLICA_LOCK:
        if _REPLICA_ID is None or _REPLICA_ID[0] != os.getpid():
            _REPLICA_ID = (os.getpid(), f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}")
        return _REPLICA_ID[1]


def claim_when_free(
    claims: MessageClaims,
    key: str,
    *,
    poll_s: float | None = None,
    max_wait_s: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Claim:
    """Claim `key`; while another listener holds a live lease on it, poll until the claim is
    done (→ DONE) or its lease runs out (→ TAKEN_OVER, or HELD when another replica took it over
    first and then holds it for longer than `max_wait_s`).

    Defaults: poll every tenth of the lease (at most 1 s), wait at most MAX_WAIT_LEASES leases."""
    lease = float(claims.lease_s)
    poll = poll_s if poll_s is not None else min(1.0, lease / 10)
    limit = max_wait_s if max_wait_s is not None else MAX_WAIT_LEASES * lease
    waited = 0.0
    while True:
        result = claims.claim(key)
        if result is not Claim.HELD or waited >= limit:
            return result
        sleep(poll)
        waited += poll


class LeaseKeeper:
    """Renews the leases this replica holds, in a daemon thread, every third of the lease, so
    an answer that takes longer than the lease keeps its claim while the owner lives.

    `renew(keys)` extends the leases of `keys` still owned by this replica and not done; an
    error there is logged and tried again at the next round (the lease runs out only after two
    more misses). `auto=False` starts no thread (tests call `renew_now`)."""

    def __init__(self, renew: Callable[[list[str]], object], lease_s: float, *, auto: bool = True) -> None:
        self._renew = renew
        self.interval_s = max(0.05, float(lease_s) / 3)
        self._auto = auto
        self._keys: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def hold(self, key: str) -> None:
        """Keep `key`'s lease alive until `release(key)`."""
        with self._lock:
            self._keys.add(key)
            if self._auto and self._thread is None and not self._stop.is_set():
                self._thread = threading.Thread(target=self._run, name="ledelsesbot-leases", daemon=True)
                self._thread.start()

    def release(self, key: str) -> None:
        """Stop renewing `key` (it is done, or could not be marked done: then its lease runs out)."""
        with self._lock:
            self._keys.discard(key)

    def held(self) -> list[str]:
        """The keys whose leases are being kept alive."""
        with self._lock:
            return sorted(self._keys)

    def renew_now(self) -> None:
        """Renew every held lease once."""
        keys = self.held()
        if keys:
            self._renew(keys)

    def close(self) -> None:
        """Stop the thread (idempotent); held leases then run out."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.renew_now()
            except Exception as e:  # never let the thread die: the next round tries again
                log.warning("renewing claim leases failed: %s", type(e).__name__)
