"""Schema of the shared runtime state on PostgreSQL: named migrations recorded in
`state_migrations` (never edit an applied one; append). The bot's group role
(`<db>_writer`, see bot/audit/postgres_schema.py) may read and write these tables: they are
working state, not evidence, and rows expire."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from ..postgres import Migration

MIGRATIONS: list[tuple[str, Migration]] = []
MIGRATIONS_TABLE = "state_migrations"
MIGRATION_LOCK_KEY = 0x6C656465_6C737431  # "ledelst1"


def _migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@_migration
def m001_slack_state(conn: psycopg.Connection[Any]) -> None:
    # seen: the unique key is the de-duplication (INSERT … ON CONFLICT DO NOTHING claims it once).
    conn.execute("CREATE TABLE state_seen (key text PRIMARY KEY, seen_at timestamptz NOT NULL DEFAULT now())")
    conn.execute("CREATE INDEX state_seen_at ON state_seen (seen_at)")
    conn.execute(
        """
        CREATE TABLE state_threads (
            channel text NOT NULL,
            thread_ts text NOT NULL,
            answered_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (channel, thread_ts)
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE state_shares (
            key text PRIMARY KEY,
            text text NOT NULL,
            blocks text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """
    )


@_migration
def m002_rate_limit(conn: psycopg.Connection[Any]) -> None:
    # One row per counted question; `key` is a SHA-256 of the platform user id (the window is a
    # minute: rows are deleted as they fall out of it).
    conn.execute("CREATE TABLE state_rate_hits (key text NOT NULL, at double precision NOT NULL)")
    conn.execute("CREATE INDEX state_rate_hits_key_at ON state_rate_hits (key, at)")
    # One round trip per question, atomic across replicas: a transaction-scoped advisory lock on
    # the key serialises two replicas counting the same user. `now_s` NULL = the server's clock
    # (one clock for every replica); tests pass their own.
    conn.execute(
        """
        CREATE FUNCTION state_rate_allow(p_key text, p_limit integer, p_window double precision,
                                         now_s double precision DEFAULT NULL)
        RETURNS boolean LANGUAGE plpgsql AS $$
        DECLARE
            t double precision := coalesce(now_s, extract(epoch FROM clock_timestamp()));
            n integer;
        BEGIN
            PERFORM pg_advisory_xact_lock(hashtextextended(p_key, 1717));
            DELETE FROM state_rate_hits WHERE key = p_key AND at <= t - p_window;
            SELECT count(*) INTO n FROM state_rate_hits WHERE key = p_key;
            IF n >= p_limit THEN
                RETURN false;
            END IF;
            INSERT INTO state_rate_hits (key, at) VALUES (p_key, t);
            RETURN true;
        END
        $$
        """
    )


@_migration
def m003_privileges(conn: psycopg.Connection[Any]) -> None:
    from ..audit.postgres_schema import ensure_roles

    writer = sql.Identifier(ensure_roles(conn)["writer"])
    conn.execute(
        sql.SQL(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON state_seen, state_threads, state_shares, state_rate_hits TO {}"
        ).format(writer)
    )
    conn.execute(sql.SQL("GRANT SELECT ON state_migrations TO {}").format(writer))
    conn.execute(
        "REVOKE ALL ON FUNCTION state_rate_allow(text, integer, double precision, double precision) FROM PUBLIC"
    )
    conn.execute(
        sql.SQL(
            "GRANT EXECUTE ON FUNCTION state_rate_allow(text, integer, double precision, double precision) TO {}"
        ).format(writer)
    )


@_migration
def m004_claim_leases(conn: psycopg.Connection[Any]) -> None:
    # Leased claims of messages (bot/state/lease.py): the owner (a replica id), the lease expiry
    # (seconds since the epoch, the server's clock) and whether the claim is done. In place: rows
    # from before are finished claims (done defaults to true, a constant default rewrites
    # nothing), and so is every delivery key `first_time` inserts. The writer role's table
    # privileges (m003) cover the new columns.
    conn.execute(
        "ALTER TABLE state_seen ADD COLUMN owner text, ADD COLUMN lease_until double precision, "
        "ADD COLUMN done boolean NOT NULL DEFAULT true"
    )
