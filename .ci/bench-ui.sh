#!/usr/bin/env bash
# The UI benchmark (make bench-ui; not part of make test): the production
# build served by `wails dev` as .ci/e2e.sh serves it, on a copy of a
# 100,000-customer database, timed in Debian's Chromium by
# frontend/bench/ui.mjs, which prints click-to-first-rows per screen.
#
# The database is built once and kept in build/bench/ under a name that
# changes with the migrations and the generator: the demo company (people,
# catalog, 300 customers with their deals and quotes) through `steady demo`,
# 99,700 more customers through the app's own import (`steady customers
# import`, as a company switching from another CRM loads them), and 15,000
# of them released to the pool by the owner. About ten minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bench="$root/build/bench"
mkdir -p "$bench"
tmp=$(mktemp -d)
port=${BENCH_PORT:-34190}
export TZ=Asia/Shanghai # the demo company's zone, as in .ci/e2e.sh
GENERATOR=1            # bump when the recipe below changes
key=$( (cat backend/store/migrations/*.sql frontend/bench/customers-csv.mjs; echo "$GENERATOR") | sha256sum | cut -c1-12)
db="$bench/customers-100k-$key.db"

source .ci/xvfb.sh
start_xvfb 97
dev_pid=""
stop_app() {
  [ -n "$dev_pid" ] || return 0
  kill -INT -- "-$dev_pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$dev_pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$dev_pid" 2>/dev/null || true
  dev_pid=""
  for _ in $(seq 1 50); do curl -s -o /dev/null "http://localhost:$port/" || break; sleep 0.2; done
}
cleanup() {
  stop_app
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# A fresh production build of the frontend, served as it is (see frontend/scripts/dev-server.mjs).
export STEADY_E2E_DIST="$tmp/dist"

# start_app DB: wails dev on the database DB, waiting until it serves.
start_app() {
  export STEADY_DB="$1"
  export STEADY_DEVICE="$tmp/device.json"
  log="$tmp/app.log"
  setsid wails dev -viteservertimeout 300 -s -m -skipbindings -noreload -nogorebuild -devserver "localhost:$port" -tags "sqlite_fts5 webkit2_41 e2e" -loglevel Warning >"$log" 2>&1 &
  dev_pid=$!
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "http://localhost:$port/" && grep -q "Using DevServer URL\|Serving assets from frontend DevServer URL\|To develop in the browser" "$log" 2>/dev/null; then
      return 0
    fi
    kill -0 "$dev_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "wails dev did not become ready:"; tail -50 "$log"; return 1
}

bench_node() {
  (cd frontend && E2E_URL="http://localhost:$port" node bench/ui.mjs "$@") || { echo "--- app log ---"; tail -60 "$log"; return 1; }
}

if [ ! -f "$db" ]; then
  echo "building the benchmark database (once): $db"
  rm -f "$bench"/customers-100k-*.db "$bench"/customers-100k-*.db-*
  go build -tags "sqlite_fts5 webkit2_41" -o "$tmp/steady" .
  part="$tmp/building.db"
  "$tmp/steady" demo --db "$part" --seed 13 --customers 300
  for p in 1 2; do # two files: an import takes at most 100,000 rows
    node frontend/bench/customers-csv.mjs 49850 "$p" 'rep1,rep2,rep3,rep4,rep5,manager' >"$tmp/customers-$p.csv"
    "$tmp/steady" customers import --db "$part" --as owner "$tmp/customers-$p.csv"
  done
  start_app "$part"
  bench_node prepare
  stop_app
  "$tmp/steady" check --db "$part" >/dev/null # opens and closes it: the write-ahead log is folded in
  mv "$part" "$db"
  rm -f "$part"-wal "$part"-shm
fi

cp "$db" "$tmp/run.db" # sign-ins and reads leave the cached database as it was built
start_app "$tmp/run.db"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench_node
