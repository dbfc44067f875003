#!/bin/sh
# Runs once, when the `postgres` service of docker/compose.yaml starts on an empty volume: the
# roles and database of docs/deploy.md ("Several replicas: roles"). Passwords come from the
# environment (.env), never from this file.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres \
    -v owner_pw="$LEDELSESBOT_PG_OWNER_PASSWORD" -v bot_pw="$LEDELSESBOT_PG_BOT_PASSWORD" \
    -v purge_pw="$LEDELSESBOT_PG_PURGE_PASSWORD" -v auditor_pw="$LEDELSESBOT_PG_AUDITOR_PASSWORD" <<'SQL'
CREATE ROLE ledelsesbot_owner LOGIN PASSWORD :'owner_pw';
CREATE DATABASE ledelsesbot OWNER ledelsesbot_owner;
REVOKE ALL ON DATABASE ledelsesbot FROM PUBLIC;
CREATE ROLE ledelsesbot_writer NOLOGIN;
CREATE ROLE ledelsesbot_purger NOLOGIN;
CREATE ROLE ledelsesbot_reader NOLOGIN;
CREATE ROLE ledelsesbot_bot LOGIN PASSWORD :'bot_pw' IN ROLE ledelsesbot_writer;
CREATE ROLE ledelsesbot_purge LOGIN PASSWORD :'purge_pw' IN ROLE ledelsesbot_purger;
CREATE ROLE ledelsesbot_auditor LOGIN PASSWORD :'auditor_pw' IN ROLE ledelsesbot_reader;
GRANT CONNECT ON DATABASE ledelsesbot TO ledelsesbot_owner, ledelsesbot_bot, ledelsesbot_purge, ledelsesbot_auditor;
\connect ledelsesbot
ALTER SCHEMA public OWNER TO ledelsesbot_owner;
SQL
