#!/usr/bin/env bash
# Side-by-side: SchemaGen's CLI vs migra (@pgkit/migra) on the same synthetic schema pair.
#
#   benchmarks/compare-migra.sh [TABLES] [RUNS]      (defaults: 1000 tables, 3 runs each)
#
# Needs the .NET 10 SDK. Installs what else it needs: Node.js/npm and PostgreSQL from Debian
# packages when missing (needs root/apt), @pgkit/migra from npm into a temporary folder.
# Starts a throwaway PostgreSQL cluster (temp dir, free loopback port), loads the pair into two
# databases (timed separately: migra needs them, SchemaGen does not), then times
#   migra  postgresql://.../from  postgresql://.../to  --unsafe
#   schemagen diff from.sql to.sql --format json          (Release build of src/Cli)
# and prints the median of RUNS runs of each and the ratio. Everything is removed on exit.
set -euo pipefail

TABLES="${1:-1000}"
RUNS="${2:-3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d /tmp/schemagen-migra.XXXXXX)"
PGDATA="$WORK/pgdata"
PGSOCK="$WORK/sock"
PG_STARTED=0

log() { printf '%s\n' "$*" >&2; }

as_pg() {
    # initdb/postgres refuse to run as root: run the server as the postgres user then.
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
    set +e
    if [ "$PG_STARTED" = 1 ]; then as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1; fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

apt_install() {
    if [ "$(id -u)" != 0 ]; then log "missing $*; install it (apt-get install $*) or run as root"; exit 1; fi
    log "installing $* from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

now_ms() { date +%s%3N; }

# Median of RUNS timings (ms) of a command; its output goes to $OUT_FILE.
time_median() {
    local times=() start end
    for _ in $(seq "$RUNS"); do
        start=$(now_ms)
        "$@" >"$OUT_FILE"
        end=$(now_ms)
        times+=($((end - start)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# --- prerequisites ----------------------------------------------------------------------------
command -v dotnet >/dev/null || { log "the .NET 10 SDK is required (https://dot.net)"; exit 1; }
command -v npm >/dev/null || apt_install nodejs npm
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    apt_install postgresql
    PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home postgres
fi
command -v python3 >/dev/null || apt_install python3

# --- tools ------------------------------------------------------------------------------------
log "installing @pgkit/migra into $WORK/npm"
mkdir -p "$WORK/npm"
(cd "$WORK/npm" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund @pgkit/migra >/dev/null 2>&1)
MIGRA="$WORK/npm/node_modules/.bin/migra"
[ -x "$MIGRA" ] || { log "@pgkit/migra did not install a migra binary"; exit 1; }
MIGRA_VERSION="$(cd "$WORK/npm" && node -p 'require("@pgkit/migra/package.json").version')"

log "building SchemaGen (Release): CLI and benchmarks project"
dotnet build -c Release -v q -nologo "$ROOT/src/Cli/SchemaGen.Cli.csproj" -o "$WORK/cli" >/dev/null
dotnet build -c Release -v q -nologo "$ROOT/benchmarks/SchemaGen.Benchmarks/SchemaGen.Benchmarks.csproj" >/dev/null

log "generating the $TABLES-table pair"
dotnet run -c Release --no-build --project "$ROOT/benchmarks/SchemaGen.Benchmarks" -- write-pair "$TABLES" "$WORK/pair" >&2
chmod -R a+rX "$WORK"

# --- throwaway PostgreSQL ---------------------------------------------------------------------
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
mkdir -p "$PGDATA" "$PGSOCK"
[ "$(id -u)" = 0 ] && chown postgres "$PGDATA" "$PGSOCK"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust --no-sync >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGSOCK/pg.log" -w \
    -o "-p $PORT -k $PGSOCK -c listen_addresses=127.0.0.1 -c fsync=off -c max_locks_per_transaction=1024" start >/dev/null
PG_STARTED=1
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)
"${PSQL[@]}" -d postgres -c 'CREATE DATABASE schema_from' -c 'CREATE DATABASE schema_to'

load() {
    local start end
    start=$(now_ms)
    "${PSQL[@]}" -d "$1" -1 -f "$2" >/dev/null
    end=$(now_ms)
    echo $((end - start))
}
LOAD_FROM=$(load schema_from "$WORK/pair/from.sql")
LOAD_TO=$(load schema_to "$WORK/pair/to.sql")

# --- the comparison ---------------------------------------------------------------------------
URL="postgresql://postgres@127.0.0.1:$PORT"
OUT_FILE="$WORK/migra.sql"
MIGRA_MS=$(time_median "$MIGRA" "$URL/schema_from" "$URL/schema_to" --unsafe)
OUT_FILE="$WORK/schemagen.json"
SG_MS=$(time_median dotnet "$WORK/cli/schemagen.dll" diff "$WORK/pair/from.sql" "$WORK/pair/to.sql" --format json)

MIGRA_LINES=$(grep -c ';' "$WORK/migra.sql" || true)
SG_BYTES=$(wc -c <"$WORK/schemagen.json")

echo "schema pair:         $TABLES tables, $(wc -c <"$WORK/pair/from.sql") + $(wc -c <"$WORK/pair/to.sql") bytes"
echo "PostgreSQL load:     from ${LOAD_FROM} ms, to ${LOAD_TO} ms (migra only; excluded from the ratio)"
echo "migra $MIGRA_VERSION:  ${MIGRA_MS} ms median of $RUNS ($MIGRA_LINES statements)"
echo "schemagen diff:      ${SG_MS} ms median of $RUNS (JSON, $SG_BYTES bytes; process start included)"
awk -v m="$MIGRA_MS" -v s="$SG_MS" 'BEGIN { if (s > 0) printf "ratio migra/schemagen: %.2fx\n", m / s }'
