# Common settings and helpers for the medusa_client Medusa v1 test server.
# Sourced by start.sh / stop.sh / reset.sh / smoke.sh; not meant to be run.
# Every value can be overridden from the environment.

HARNESS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

MEDUSA_ROOT="${MEDUSA_ROOT:-/tmp/medusa-client-v1}"         # install tree
SERVER_DIR="$MEDUSA_ROOT/server"                       # medusa project
STATE_DIR="$MEDUSA_ROOT/state"                         # pid, logs, env file
PG_DATA="$MEDUSA_ROOT/pgdata"
PG_SOCK="$MEDUSA_ROOT/pgsock"
PG_LOGDIR="$MEDUSA_ROOT/pglog"
PG_PORT="${MEDUSA_PG_PORT:-55432}"
PG_MAJOR="${MEDUSA_PG_MAJOR:-15}"
PG_BIN="${MEDUSA_PG_BIN:-/usr/lib/postgresql/$PG_MAJOR/bin}"

DB_USER=medusa
DB_PASS=medusa
DB_NAME="${MEDUSA_DB_NAME:-medusa}"                    # live database
DB_TEMPLATE="${DB_NAME}_template"                      # frozen seeded copy
DB_BUILD="${DB_NAME}_template_build"                   # scratch while seeding

HOST=127.0.0.1
PORT="${MEDUSA_PORT:-9000}"
BASE_URL="http://$HOST:$PORT"

ADMIN_EMAIL="admin@medusa-test.com"
ADMIN_PASSWORD="supersecret"
API_TOKEN="${MEDUSA_API_TOKEN:-test_api_token_123}"
PUBLISHABLE_KEY="pk_harness_storefront"                # id fixed in seed.json

SERVER_PID_FILE="$STATE_DIR/server.pid"
SERVER_LOG="$STATE_DIR/server.log"
ENV_FILE="$STATE_DIR/harness.env"
TIMINGS_FILE="$STATE_DIR/timings.log"

# NODE_ENV=development on purpose: with production/staging Medusa v1 marks the
# session cookie Secure (+SameSite=None), so POST /admin/auth over plain http
# returns 200 but no usable cookie. Override with MEDUSA_NODE_ENV=production.
SERVER_NODE_ENV="${MEDUSA_NODE_ENV:-development}"

db_url() { echo "postgres://$DB_USER:$DB_PASS@$HOST:$PG_PORT/${1:-$DB_NAME}"; }

log() { printf '[medusa-harness] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }
timing() { # timing PHASE START
  local t; t="$(elapsed "$2")"
  mkdir -p "$STATE_DIR"
  printf '%s %-22s %6ss\n' "$(date -u +%FT%TZ)" "$1" "$t" >>"$TIMINGS_FILE"
  log "phase $1: ${t}s"
}

# Run a command as the postgres OS user when we are root (initdb/postgres
# refuse to run as root); as ourselves otherwise.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_admin() { # psql as superuser over the private unix socket (NOTICEs muted)
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d "${PSQL_DB:-postgres}" "$@"
}
psql_val() { psql_admin -At -c "$1"; }

pg_running() { [ -f "$PG_DATA/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

server_pid() { # prints pid if the recorded server process is alive
  local pid
  [ -f "$SERVER_PID_FILE" ] || return 1
  pid="$(cat "$SERVER_PID_FILE" 2>/dev/null)"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

health_ok() { curl -sf -m 2 "$BASE_URL/health" >/dev/null 2>&1; }

# Environment for every medusa CLI / server process.
medusa_env() {
  export MEDUSA_DISABLE_TELEMETRY=true
  export NODE_ENV="$SERVER_NODE_ENV"
  export JWT_SECRET="${JWT_SECRET:-harness_jwt_secret}"
  export COOKIE_SECRET="${COOKIE_SECRET:-harness_cookie_secret}"
  export BACKEND_URL="$BASE_URL"
  export PORT
  export LOG_LEVEL="${LOG_LEVEL:-info}"
  export MEDUSA_BIND_HOST="$HOST"
  export NODE_OPTIONS="--require $SERVER_DIR/listen-loopback.js${NODE_OPTIONS:+ $NODE_OPTIONS}"
}

stop_server() {
  local pid i
  pid="$(server_pid)" || { rm -f "$SERVER_PID_FILE"; return 0; }
  log "stopping medusa server (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "server did not exit after 15s, SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$SERVER_PID_FILE"
}

start_server() {
  local t0 pid i
  if pid="$(server_pid)"; then
    if health_ok; then log "server already running (pid $pid)"; return 0; fi
  else
    if health_ok || (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
      die "something else already listens on $HOST:$PORT (not our pid file)"
    fi
  fi
  if [ -z "${pid:-}" ]; then
    t0="$(now)"
    mkdir -p "$STATE_DIR"
    [ -f "$SERVER_LOG" ] && mv -f "$SERVER_LOG" "$SERVER_LOG.prev"
    rm -f "$SERVER_PID_FILE"
    # setsid: own session, survives the calling shell. The inner sh writes its
    # own pid and then execs medusa (a node script), so the pid file holds the
    # node server's pid even if setsid had to fork.
    (
      cd "$SERVER_DIR"
      medusa_env
      export DATABASE_URL="$(db_url "$DB_NAME")"
      exec setsid sh -c 'echo $$ >"$0"; exec "$@"' "$SERVER_PID_FILE" \
        ./node_modules/.bin/medusa start -p "$PORT" </dev/null >>"$SERVER_LOG" 2>&1
    ) &
    for i in $(seq 1 100); do [ -s "$SERVER_PID_FILE" ] && break; sleep 0.05; done
    pid="$(cat "$SERVER_PID_FILE" 2>/dev/null)" || die "server pid file not written"
    log "medusa server starting (pid $pid, log $SERVER_LOG)"
  fi
  for i in $(seq 1 600); do # up to ~120 s
    health_ok && break
    kill -0 "$pid" 2>/dev/null || { tail -40 "$SERVER_LOG" >&2; die "medusa server exited during boot"; }
    sleep 0.2
  done
  health_ok || { tail -40 "$SERVER_LOG" >&2; die "medusa server did not answer /health in time"; }
  [ -n "${t0:-}" ] && timing boot_to_health "$t0"
  return 0
}

write_env_file() {
  local sc
  sc="$(PSQL_DB="$DB_NAME" psql_val "select default_sales_channel_id from store limit 1" 2>/dev/null || true)"
  mkdir -p "$STATE_DIR"
  cat >"$ENV_FILE" <<EOF
MEDUSA_BASE_URL=$BASE_URL
MEDUSA_ADMIN_EMAIL=$ADMIN_EMAIL
MEDUSA_ADMIN_PASSWORD=$ADMIN_PASSWORD
MEDUSA_API_TOKEN=$API_TOKEN
MEDUSA_PUBLISHABLE_KEY=$PUBLISHABLE_KEY
MEDUSA_DEFAULT_SALES_CHANNEL_ID=$sc
MEDUSA_REGION_US=reg_harness_us
MEDUSA_REGION_EU=reg_harness_eu
MEDUSA_STOCK_LOCATION_ID=sloc_harness_warehouse
MEDUSA_DATABASE_URL=$(db_url "$DB_NAME")
MEDUSA_SERVER_PID_FILE=$SERVER_PID_FILE
MEDUSA_SERVER_LOG=$SERVER_LOG
EOF
}

print_info() {
  cat <<EOF
Medusa v1 is up.
  base URL        : $BASE_URL            (GET /health -> OK)
  admin login     : $ADMIN_EMAIL / $ADMIN_PASSWORD
                    POST /admin/auth (cookie connect.sid) or POST /admin/auth/token (JWT bearer)
  admin api token : header  x-medusa-access-token: $API_TOKEN
  publishable key : header  x-publishable-api-key: $PUBLISHABLE_KEY   (optional in v1)
  regions         : reg_harness_us (usd), reg_harness_eu (eur)
  stock location  : sloc_harness_warehouse (linked to the default sales channel)
  database        : $(db_url "$DB_NAME")   (template: $DB_TEMPLATE)
  server log      : $SERVER_LOG   pid file: $SERVER_PID_FILE
  env file        : $ENV_FILE
EOF
}
