#!/usr/bin/env bash
# Start a real Medusa v1 (1.20.x) backend on 127.0.0.1:9000 for the
# medusa_client integration tests (state under /tmp/medusa-client-v1).
#
# Idempotent. Each run:
#   1. apt-installs PostgreSQL (and curl) if missing          (needs root)
#   2. npm ci's the pinned package-lock.json into $MEDUSA_ROOT/server if
#      node_modules is missing or was built from a different lock file
#   3. initdb's a private PostgreSQL cluster in $MEDUSA_ROOT/pgdata
#      (127.0.0.1:55432 only) once, and starts it if it is down
#   4. builds the seeded template database once (core + module migrations,
#      seed.json, api token, fixed shipping option ids, then
#      seed-inventory.sql: stock location + inventory items/levels), rebuilt
#      automatically when seed.json / seed-inventory.sql / medusa-config.js /
#      package-lock.json change; creates the live database from it if absent
#   5. starts `medusa start` in the background (setsid, pid file, log file),
#      bound to 127.0.0.1 only, and waits until GET /health answers
#   6. prints base URL + credentials and writes them to state/harness.env
#
# Options:
#   --fresh     recreate the live database from the template before starting
#   --rebuild   rebuild the template database (migrations + seed) from scratch
# Env overrides: MEDUSA_ROOT MEDUSA_PORT MEDUSA_PG_PORT MEDUSA_NODE_ENV
#                MEDUSA_API_TOKEN MEDUSA_CACHE_TTL LOG_LEVEL MEDUSA_DB_NAME
#                MEDUSA_PG_MAJOR MEDUSA_PG_BIN JWT_SECRET COOKIE_SECRET
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

FRESH=0 REBUILD=0
for a in "$@"; do
  case "$a" in
    --fresh) FRESH=1 ;;
    --rebuild) REBUILD=1 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) die "unknown option $a" ;;
  esac
done

T_ALL="$(now)"
mkdir -p "$MEDUSA_ROOT" "$STATE_DIR"
chmod 755 "$MEDUSA_ROOT"   # the postgres user must be able to traverse it

# ---------------------------------------------------------------- 1. apt ----
ensure_os_packages() {
  local need=() t0 prc=/usr/sbin/policy-rc.d made_prc=0
  command -v node >/dev/null || die "node is not installed (tested with Node 20)"
  [ -x "$PG_BIN/initdb" ] || need+=("postgresql-$PG_MAJOR")
  command -v psql >/dev/null || need+=("postgresql-client-$PG_MAJOR")
  command -v curl >/dev/null || need+=(curl)
  [ ${#need[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "need root to apt-get install ${need[*]}"
  t0="$(now)"
  log "apt-get install ${need[*]}"
  # keep the package's postinst from starting the stock 'main' cluster
  if [ ! -e "$prc" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$prc"; chmod +x "$prc"; made_prc=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" \
    || { [ $made_prc = 1 ] && rm -f "$prc"; die "apt-get install failed"; }
  [ $made_prc = 1 ] && rm -f "$prc"
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL binaries not found in $PG_BIN after install"
  timing apt_install "$t0"
}

# ---------------------------------------------------------------- 2. npm ----
sync_project_files() {
  mkdir -p "$SERVER_DIR"
  local f
  for f in package.json package-lock.json medusa-config.js seed.json seed-inventory.sql listen-loopback.js; do
    cmp -s "$HARNESS_DIR/$f" "$SERVER_DIR/$f" || cp "$HARNESS_DIR/$f" "$SERVER_DIR/$f"
  done
}

ensure_node_modules() {
  local want have t0 stamp="$SERVER_DIR/node_modules/.harness-lock.sha256"
  want="$(sha256sum "$SERVER_DIR/package-lock.json" | cut -c1-64)"
  have="$(cat "$stamp" 2>/dev/null || true)"
  if [ "$want" = "$have" ] && [ -x "$SERVER_DIR/node_modules/.bin/medusa" ]; then
    return 0
  fi
  t0="$(now)"
  log "npm ci (log: $STATE_DIR/npm-install.log)"
  ( cd "$SERVER_DIR" && MEDUSA_DISABLE_TELEMETRY=true \
      npm ci --no-audit --no-fund >"$STATE_DIR/npm-install.log" 2>&1 ) \
    || { tail -30 "$STATE_DIR/npm-install.log" >&2; die "npm ci failed"; }
  echo "$want" >"$stamp"
  timing npm_install "$t0"
}

# ----------------------------------------------------------- 3. postgres ----
ensure_postgres() {
  local t0
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    t0="$(now)"
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DATA" "$PG_SOCK" "$PG_LOGDIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DATA" "$PG_SOCK" "$PG_LOGDIR"
    chmod 700 "$PG_DATA"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$STATE_DIR/initdb.log" 2>&1 \
      || { cat "$STATE_DIR/initdb.log" >&2; die "initdb failed"; }
    # throwaway test data: durability off for speed
    cat >>"$PG_DATA/postgresql.conf" <<'EOF'

# --- medusa-v1 test harness (listen address/port/socket come from pg_ctl -o) ---
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF
    timing initdb "$t0"
  fi
  mkdir -p "$PG_SOCK" "$PG_LOGDIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_SOCK" "$PG_LOGDIR"
  if ! pg_running; then
    t0="$(now)"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOGDIR/postgres.log" -w -t 60 \
      -o "-c listen_addresses=$HOST -p $PG_PORT -k $PG_SOCK" start >/dev/null \
      || { tail -20 "$PG_LOGDIR/postgres.log" >&2; die "postgres failed to start"; }
    timing postgres_start "$t0"
  fi
  psql_admin -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
        CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASS' CREATEDB;
      END IF; END \$\$;"
}

# ----------------------------------------------------------- 4. database ----
db_exists() { [ "$(psql_val "select 1 from pg_database where datname = '$1'")" = 1 ]; }

template_stamp() {
  cat "$SERVER_DIR/seed.json" "$SERVER_DIR/seed-inventory.sql" "$SERVER_DIR/medusa-config.js" \
    "$SERVER_DIR/package-lock.json" \
    | { cat; echo "token=$API_TOKEN"; } | sha256sum | cut -c1-16
}

build_template() {
  local t0 stamp="$1"
  stop_server   # the live db is about to be replaced
  log "building template database $DB_TEMPLATE (migrations + seed)"
  psql_admin -c "DROP DATABASE IF EXISTS $DB_BUILD WITH (FORCE)"
  psql_admin -c "CREATE DATABASE $DB_BUILD OWNER $DB_USER"
  (
    cd "$SERVER_DIR"
    medusa_env
    unset NODE_OPTIONS   # nothing listens during migrations/seed
    export DATABASE_URL; DATABASE_URL="$(db_url "$DB_BUILD")"
    t0="$(now)"
    ./node_modules/.bin/medusa migrations run >"$STATE_DIR/migrations.log" 2>&1 \
      || { tail -30 "$STATE_DIR/migrations.log" >&2; die "migrations failed"; }
    timing migrations "$t0"
    t0="$(now)"
    ./node_modules/.bin/medusa seed -f ./seed.json >"$STATE_DIR/seed.log" 2>&1 \
      || { tail -30 "$STATE_DIR/seed.log" >&2; die "seed failed"; }
    timing seed "$t0"
  )
  t0="$(now)"
  PSQL_DB="$DB_BUILD" psql_admin <<SQL
-- the seed already sets it; this keeps MEDUSA_API_TOKEN overrides working
UPDATE "user" SET api_token = '$API_TOKEN' WHERE email = '$ADMIN_EMAIL';
-- deterministic shipping option ids (the seed ignores ids for these)
UPDATE shipping_option SET id = CASE name
    WHEN 'Standard Shipping (US)' THEN 'so_harness_us_standard'
    WHEN 'Express Shipping (US)'  THEN 'so_harness_us_express'
    WHEN 'Return Shipping (US)'   THEN 'so_harness_us_return'
    WHEN 'Standard Shipping (EU)' THEN 'so_harness_eu_standard'
    WHEN 'Return Shipping (EU)'   THEN 'so_harness_eu_return'
    ELSE id END;
SQL
  [ "$(PSQL_DB="$DB_BUILD" psql_val "select count(*) from \"user\" where email='$ADMIN_EMAIL' and api_token='$API_TOKEN'")" = 1 ] \
    || die "admin user with api token missing after seed"
  timing seed_fixups "$t0"
  # inventory + stock-location modules: warehouse, items, levels (fixed ids)
  t0="$(now)"
  PSQL_DB="$DB_BUILD" psql_admin -f "$SERVER_DIR/seed-inventory.sql" >"$STATE_DIR/seed-inventory.log" 2>&1 \
    || { cat "$STATE_DIR/seed-inventory.log" >&2; die "seed-inventory.sql failed"; }
  local missing
  missing="$(PSQL_DB="$DB_BUILD" psql_val "select count(*) from product_variant v
      where v.manage_inventory and v.deleted_at is null and not exists (
        select 1 from product_variant_inventory_item pvi
        join inventory_level l on l.inventory_item_id = pvi.inventory_item_id
        join sales_channel_location scl on scl.location_id = l.location_id
        join store s on s.default_sales_channel_id = scl.sales_channel_id
        where pvi.variant_id = v.id and pvi.deleted_at is null)")"
  [ "$missing" = 0 ] || die "$missing managed variant(s) without stock at a default-channel location"
  timing seed_inventory "$t0"
  t0="$(now)"
  if db_exists "$DB_TEMPLATE"; then
    psql_admin -c "ALTER DATABASE $DB_TEMPLATE IS_TEMPLATE false"
    psql_admin -c "DROP DATABASE $DB_TEMPLATE WITH (FORCE)"
  fi
  psql_admin -c "ALTER DATABASE $DB_BUILD RENAME TO $DB_TEMPLATE"
  psql_admin -c "ALTER DATABASE $DB_TEMPLATE IS_TEMPLATE true ALLOW_CONNECTIONS false"
  psql_admin -c "COMMENT ON DATABASE $DB_TEMPLATE IS 'harness:$stamp'"
  psql_admin -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)"
  timing template_finalize "$t0"
}

ensure_databases() {
  local stamp have t0
  stamp="$(template_stamp)"
  have="$(psql_val "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB_TEMPLATE'")"
  if [ $REBUILD = 1 ] || [ "$have" != "harness:$stamp" ]; then
    [ -n "$have" ] && log "template out of date ($have != harness:$stamp), rebuilding"
    build_template "$stamp"
  fi
  if [ $FRESH = 1 ] && db_exists "$DB_NAME"; then
    stop_server
    psql_admin -c "DROP DATABASE $DB_NAME WITH (FORCE)"
  fi
  if ! db_exists "$DB_NAME"; then
    t0="$(now)"
    psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER TEMPLATE $DB_TEMPLATE STRATEGY FILE_COPY"
    timing db_from_template "$t0"
  fi
}

# ----------------------------------------------------------------- main ----
ensure_os_packages
sync_project_files
ensure_node_modules
ensure_postgres
ensure_databases
start_server
write_env_file
# sanity: the api token authenticates
code="$(curl -s -o /dev/null -w '%{http_code}' -H "x-medusa-access-token: $API_TOKEN" "$BASE_URL/admin/auth")"
[ "$code" = 200 ] || die "GET /admin/auth with api token returned $code"
timing start_sh_total "$T_ALL"
print_info
