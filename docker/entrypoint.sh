#!/bin/sh
# Container entrypoint for ledelsesbot (see docker/Dockerfile).
#
#   entrypoint.sh                 -> ledelsesbot slack --host $LEDELSESBOT_HOST --port $LEDELSESBOT_PORT
#   entrypoint.sh slack           -> the same
#   entrypoint.sh <args…>         -> ledelsesbot <args…>   (index list, audit verify, ask "…", …)
#   entrypoint.sh healthcheck     -> exit 0 when the running bot answers (used by HEALTHCHECK)
#
# Before any ledelsesbot command the seed index built into the image is copied into the data
# volume if the volume has no index yet, so a fresh (or bind-mounted, empty) volume is servable.
# A volume that already has an index is never touched: it may hold issues added since.
set -eu

# An .env made from .env.example has empty LEDELSESBOT_* lines, meaning "use the default"; an
# empty value would otherwise replace the image's ENV (and LEDELSESBOT_LOG_LEVEL= stops the CLI).
for name in $(env | sed -n 's/^\(LEDELSESBOT_[A-Z0-9_]*\)=$/\1/p'); do
    unset "$name"
done
export LEDELSESBOT_DATA_DIR="${LEDELSESBOT_DATA_DIR:-/data}"
export LEDELSESBOT_CORPUS_DIR="${LEDELSESBOT_CORPUS_DIR:-/opt/ledelsesbot/corpus}"

DATA_DIR="$LEDELSESBOT_DATA_DIR"
INDEX_DIR="${LEDELSESBOT_INDEX_DIR:-$DATA_DIR/index}"
SEED="${LEDELSESBOT_SEED_INDEX:-/opt/ledelsesbot/index-seed}"

healthcheck() {
    # Dependency-free. HTTP mode: any HTTP answer below 500 from /slack/events counts (a GET gets
    # 405 from the signature front, which proves the server thread and the request handler are alive).
    # Socket Mode (SLACK_APP_TOKEN set) has no port to ask: healthy while this container holds an
    # established TCP connection to port 443 (the WebSocket to Slack); set
    # LEDELSESBOT_HEALTH_REMOTE_PORT to the proxy's port when traffic goes through a proxy.
    exec python - <<'PY'
import os, sys, urllib.error, urllib.request

if os.environ.get("SLACK_APP_TOKEN", "").strip():
    want = int(os.environ.get("LEDELSESBOT_HEALTH_REMOTE_PORT") or 443)
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            cols = row.split()
            # cols[2] = remote "ADDR:PORT" in hex, cols[3] = state ("01" = ESTABLISHED)
            if len(cols) > 3 and cols[3] == "01" and int(cols[2].rsplit(":", 1)[1], 16) == want:
                sys.exit(0)
    print(f"no established connection to port {want} (Socket Mode)", file=sys.stderr)
    sys.exit(1)

url = "http://127.0.0.1:%s/slack/events" % (os.environ.get("LEDELSESBOT_PORT") or "3000")
try:
    urllib.request.urlopen(url, timeout=4)
except urllib.error.HTTPError as e:
    sys.exit(0 if e.code < 500 else 1)
except Exception as e:
    print(f"{url}: {e}", file=sys.stderr)
    sys.exit(1)
PY
}

seed_index() {
    [ -s "$INDEX_DIR/CURRENT" ] && return 0
    if [ ! -s "$SEED/CURRENT" ]; then
        echo "entrypoint: intet seed-indeks i $SEED; byg et med 'ledelsesbot index build'." >&2
        return 0
    fi
    if ! mkdir -p "$INDEX_DIR" 2>/dev/null || [ ! -w "$INDEX_DIR" ]; then
        echo "Fejl: $INDEX_DIR kan ikke skrives af uid $(id -u). Brug en navngiven volume, eller" \
             "giv en bind-mount til uid 10001 (chown -R 10001:10001 <mappe>)." >&2
        exit 4
    fi
    version="$(cat "$SEED/CURRENT")"
    # Version directory first, CURRENT last (rename = atomic): a copy interrupted half-way leaves
    # no CURRENT behind, and the next start simply copies again.
    rm -rf "${INDEX_DIR:?}/.seed-$version" "${INDEX_DIR:?}/$version"
    cp -R "$SEED/$version" "$INDEX_DIR/.seed-$version"
    mv "$INDEX_DIR/.seed-$version" "$INDEX_DIR/$version"
    cp "$SEED/CURRENT" "$INDEX_DIR/.CURRENT.seed"
    mv "$INDEX_DIR/.CURRENT.seed" "$INDEX_DIR/CURRENT"
    echo "entrypoint: seed-indeks $version kopieret til $INDEX_DIR." >&2
}

if [ "${1:-}" = "healthcheck" ]; then
    healthcheck
fi
if [ "${1:-}" = "ledelsesbot" ]; then
    shift
fi

seed_index

if [ "$#" -eq 0 ] || { [ "$#" -eq 1 ] && [ "$1" = "slack" ]; }; then
    set -- slack --host "${LEDELSESBOT_HOST:-0.0.0.0}" --port "${LEDELSESBOT_PORT:-3000}"
fi
exec ledelsesbot "$@"
