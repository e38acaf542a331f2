#!/usr/bin/env bash
# What a sales rep reads, checked over the API for every contact of the CDNOW demo data (docs/model.md): the
# standalone host on H2, one recompute per purchase model setting, then bench/card_truth.py reads every card.
# Usage: bench/card-truth.sh [MODEL ...] (default: auto bgnbd mbgnbd paretonbd).
set -euo pipefail
cd "$(dirname "$0")/.."
models=("$@")
[ ${#models[@]} -eq 0 ] && models=(auto bgnbd mbgnbd paretonbd)
data=$(mktemp -d /tmp/clv-card-truth.XXXXXX)
port=18182
./clv import-cdnow --data-dir "$data" >/dev/null
token_out=$(./clv new-token --name card-truth --scope contacts:read)
token=$(echo "$token_out" | sed -n 's/^token (shown once): //p')
printf '{"users": [], "tokens": [%s]}\n' "$(echo "$token_out" | tail -1)" > "$data/users.json"
for model in "${models[@]}"; do
  # The setting as the console would save it (the server is not running, so straight into the table).
  java -cp standalone/target/clv-standalone.jar org.h2.tools.Shell \
    -url "jdbc:h2:file:$data/clv" -user sa -sql "MERGE INTO CLV_SETTING (SETTING_KEY, SETTING_VALUE, UPDATED_AT, \
UPDATED_BY) KEY (SETTING_KEY) VALUES ('model.purchase', '$model', CURRENT_TIMESTAMP, 'card-truth')" >/dev/null
  ./clv recompute --data-dir "$data" | grep -E "fitted|published"
  ./clv serve --data-dir "$data" --users "$data/users.json" --port "$port" > "$data/serve-$model.log" 2>&1 &
  server=$!
  for _ in $(seq 60); do
    curl -sf "http://localhost:$port/clv/api/v1/health" >/dev/null && break
    sleep 1
  done
  echo "== model.purchase = $model"
  python3 bench/card_truth.py "$port" "$token"
  kill "$server"
  wait "$server" 2>/dev/null || true
done
