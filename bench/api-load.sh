#!/usr/bin/env bash
# Load benchmark of the contact card API (docs/benchmarks.md): the standalone host on H2 with the CDNOW demo data,
# wrk (Debian package) asking for random contacts' values with an API token, first paced at about 500 requests
# a second, then at full speed. Usage: bench/api-load.sh [DATA_DIR] (default: a fresh one under /tmp).
# With CLV_BENCH_DB=jdbc:postgresql://... (and CLV_DB_USER, CLV_DB_PASSWORD) the host runs on that database
# instead of H2; it must be empty or hold the demo data already.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-$(mktemp -d /tmp/clv-bench-api.XXXXXX)}"
port=18181
db=()
if [ -n "${CLV_BENCH_DB:-}" ]; then db=(--db "$CLV_BENCH_DB"); fi
./clv import-cdnow --data-dir "$data" "${db[@]}" >/dev/null
./clv recompute --data-dir "$data" "${db[@]}" >/dev/null
token_out=$(./clv new-token --name load-benchmark --scope contacts:read)
token=$(echo "$token_out" | sed -n 's/^token (shown once): //p')
entry=$(echo "$token_out" | tail -1)
printf '{"users": [], "tokens": [%s]}\n' "$entry" > "$data/users.json"
./clv serve --data-dir "$data" "${db[@]}" --users "$data/users.json" --port "$port" > "$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  curl -sf "http://localhost:$port/clv/api/v1/health" >/dev/null && break
  sleep 1
done
echo "warm-up (10 s, full speed)"
CLV_TOKEN=$token CLV_PACE_MS=0 wrk -t2 -c8 -d10s -s bench/contact-value.lua "http://localhost:$port" >/dev/null
echo "paced: 10 connections, each pausing 17 ms after a request (about 500 requests a second; one wrk thread, to leave the server its share of the two cores), 30 s"
CLV_TOKEN=$token CLV_PACE_MS=17 wrk -t1 -c10 -d30s -s bench/contact-value.lua "http://localhost:$port"
echo "full speed: 2 threads, 16 connections, 30 s"
CLV_TOKEN=$token CLV_PACE_MS=0 wrk -t2 -c16 -d30s -s bench/contact-value.lua "http://localhost:$port"
