#!/usr/bin/env bash
# Bounded soak of the standalone host (docs/benchmarks.md, issue 16): on PostgreSQL with the CDNOW demo data,
# SOAK_MINUTES (default 10) of wrk with 200 connections reading a mix (bench/soak-mix.lua) with an API token, while
# a browser-like client signs in and out every second and an admin asks for a recompute every 3 minutes.
# Prints the answers by status (the designed 503s apart), the sign-ins and runs, and the live heap after a full GC
# once a minute. Usage: CLV_BENCH_DB=jdbc:postgresql://localhost:5432/clv_soak CLV_DB_USER=clv CLV_DB_PASSWORD=clv \
#   bench/soak.sh [DATA_DIR]      (the database must be empty or hold the demo data; needs wrk, curl, jcmd)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CLV_BENCH_DB:?set CLV_BENCH_DB to a PostgreSQL JDBC URL}"
minutes=${SOAK_MINUTES:-10}
data="${1:-$(mktemp -d /tmp/clv-soak.XXXXXX)}"
port=18190
base="http://localhost:$port/clv"
db=(--db "$CLV_BENCH_DB")
./clv import-cdnow --data-dir "$data" "${db[@]}" >/dev/null
./clv recompute --data-dir "$data" "${db[@]}" >/dev/null
token_out=$(./clv new-token --name soak --scope contacts:read)
token=$(echo "$token_out" | sed -n 's/^token (shown once): //p')
entry=$(echo "$token_out" | tail -1)
password="soak-admin-password"
hash=$(echo "$password" | ./clv hash-password)
printf '{"users": [{"name": "admin", "role": "admin", "password": "%s"}], "tokens": [%s]}\n' "$hash" "$entry" \
  > "$data/users.json"
./clv serve --data-dir "$data" "${db[@]}" --users "$data/users.json" --port "$port" > "$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; kill $(jobs -p) 2>/dev/null || true' EXIT
for _ in $(seq 90); do curl -sf "$base/api/v1/health" >/dev/null && break; sleep 1; done
pid=$(pgrep -f "clv-standalone.jar serve.*--port $port" | head -1)

live_heap() { # MB used after a full collection
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {
    v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024}}'
}

sign_in() { # prints the status of a full sign-in (page, form) and sign-out
  local jar; jar=$(mktemp)
  local form_token
  form_token=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="signInToken" value="\([^"]*\)".*/\1/p')
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "username=admin" \
    --data-urlencode "password=$password" --data-urlencode "signInToken=$form_token" "$base/login")
  local csrf; csrf=$(awk '$6 == "CLV_CSRF" {print $7}' "$jar")
  curl -s -o /dev/null -b "$jar" --data-urlencode "csrf=$csrf" "$base/logout"
  echo "$status"; rm -f "$jar"
}

recompute() { # an admin's "recompute now": 202 or 409
  local jar; jar=$(mktemp)
  local form_token
  form_token=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="signInToken" value="\([^"]*\)".*/\1/p')
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=admin" --data-urlencode "password=$password" \
    --data-urlencode "signInToken=$form_token" "$base/login"
  local csrf; csrf=$(awk '$6 == "CLV_CSRF" {print $7}' "$jar")
  curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H "X-CSRF-Token: $csrf" -X POST "$base/api/v1/runs"
  rm -f "$jar"
}

echo "soak: $minutes min, 200 connections, on $CLV_BENCH_DB; live heap at start: $(live_heap) MB"
CLV_TOKEN=$token wrk -t2 -c200 -d"${minutes}m" --timeout 10s -s bench/soak-mix.lua "http://localhost:$port" \
  > "$data/wrk.txt" &
wrk_pid=$!
declare -A signins=()
runs=()
end=$((SECONDS + minutes * 60))
next_heap=$((SECONDS + 60))
next_run=$((SECONDS + 30))
while [ $SECONDS -lt $end ]; do
  s=$(sign_in); signins[$s]=$(( ${signins[$s]:-0} + 1 ))
  if [ $SECONDS -ge $next_run ]; then runs+=("$(recompute)"); next_run=$((SECONDS + 180)); fi
  if [ $SECONDS -ge $next_heap ]; then echo "minute $(( (SECONDS - end + minutes * 60) / 60 )): live heap $(live_heap) MB"; next_heap=$((SECONDS + 60)); fi
  sleep 1
done
wait $wrk_pid
cat "$data/wrk.txt"
for s in "${!signins[@]}"; do echo "sign-ins answered $s: ${signins[$s]}"; done
echo "recompute requests answered: ${runs[*]}"
curl -s -H "Authorization: Bearer $token" "$base/api/v1/health" | head -c 400; echo
echo "live heap at the end: $(live_heap) MB"
echo "server log: errors $(grep -cE ' (SEVERE|ERROR) ' "$data/serve.log" || true), warnings $(grep -cE ' (WARNING|WARN) ' "$data/serve.log" || true) (of them 'API busy', once a minute: $(grep -c 'API busy' "$data/serve.log" || true))"
