#!/usr/bin/env bash
# The news spike alone (issue 28), as bench/run.sh runs it, but repeated: starts the packaged app
# on data/bench-N (generated when missing, as bench/run.sh does), warms it up, then runs
# BENCH_SPIKE_ROUNDS rounds of the two arms back to back: 32 readers on a mix of the timeline, two
# channels, the statistics, event pages and the API (bench/spike.lua) for BENCH_SPIKE_DURATION
# without writes, then the same while an editor saves an event every 2 s over the API. Each round's
# ratios (with ÷ without) and their spread go to bench/results/spike-<date>.md (BENCH_SPIKE_LABEL
# names the run in it). Needs wrk, jq and curl. On a shared machine run it under nice.
#
#   nice -n 10 bench/spike.sh              # 10k events, 4 rounds
#   BENCH_REUSE=1 BENCH_SPIKE_ROUNDS=2 nice -n 10 bench/spike.sh 10000
#   BENCH_JAR=/tmp/before/target/backchannel-0.0.1-SNAPSHOT.jar BENCH_SPIKE_DATA=data/bench-before-10000 \
#     BENCH_SPIKE_LABEL=before nice -n 10 bench/spike.sh 10000
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-10000}
ROUNDS=${BENCH_SPIKE_ROUNDS:-4}
DURATION=${BENCH_SPIKE_DURATION:-15s}
WARMUP=${BENCH_SPIKE_WARMUP:-30s}
LABEL=${BENCH_SPIKE_LABEL:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}
PORT=${BENCH_PORT:-18082}
CONNECTIONS=32
THREADS=2
STAMP=$(date -u +%Y-%m-%d)
STARTED=$(date -u +%H:%M)
RESULTS=bench/results/spike-$STAMP.md
USER_NAME=spike-editor

# BENCH_JAR runs another build (the code before a change, for comparison) on its own database.
if [ -n "${BENCH_JAR:-}" ]; then
  JAR=$BENCH_JAR
else
  if [ "${BENCH_REUSE:-}" != 1 ] || ! ls target/backchannel-*.jar >/dev/null 2>&1; then
    ./mvnw -q -B package -DskipTests -Pbench
  fi
  JAR=$(ls target/backchannel-*.jar | grep -v '\.original$' | head -n 1)
fi

DATA=${BENCH_SPIKE_DATA:-data/bench-$N}
if [ ! -f "$DATA/.generated" ]; then
  rm -rf "$DATA"
  echo "== generating $N events into $DATA"
  java -Xmx2g -jar "$JAR" --spring.main.web-application-type=none --backchannel.generate.events="$N" \
    --backchannel.database.data-directory="$DATA" > "bench/results/generate-$N.log" 2>&1
  touch "$DATA/.generated"
fi

# The editor's password, made once per database: the app creates the account at its first start
# and keeps the password it was created with.
[ -f "$DATA/.spike-password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' | sed 's/^/Spike-/' > "$DATA/.spike-password"
PASSWORD=$(cat "$DATA/.spike-password")

# The app as bench/run.sh starts it (the same lifted protections; see start_app there).
java -Xmx512m -Xms512m -jar "$JAR" --server.port=$PORT --logging.level.root=WARN \
  --backchannel.database.data-directory="$DATA" \
  --backchannel.reads.max-concurrent=16 --spring.datasource.hikari.maximum-pool-size=20 \
  --backchannel.rate-limit.expensive-reads=1000000000 --backchannel.rate-limit.period=1m \
  --spring.datasource.hikari.connection-timeout=10000 \
  --backchannel.admin.username=$USER_NAME --backchannel.admin.password="$PASSWORD" > "bench/results/spike-app-$N.log" 2>&1 &
APP=$!
# Stopped and awaited at the end, so the next run never finds this one still on the port.
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
  kill -0 $APP 2>/dev/null || { echo "the app died; see bench/results/spike-app-$N.log"; exit 1; }
  sleep 0.2
done
base="http://localhost:$PORT"

to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "%s", v }'
}

# One arm: sets RPS P50 P99 ERRORS.
readers() {
  local out non2xx socket
  out=$(SPIKE_PATHS="$PATHS" wrk -t$THREADS -c$CONNECTIONS -d"$1" --timeout 10s --latency -s bench/spike.lua "$base")
  RPS=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  P50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  P99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ {print $5+$7+$9+$11}')
  ERRORS=$(( ${non2xx:-0} + ${socket:-0} ))
}

spike_event() {
  jq -n --arg summary "$1" --argjson source "$2" '{slug: "bench-spike-call", title: "Bench spike call",
    type: "PHONE_CALL", date: "2026-12-01", datePrecision: "DAY", summary: $summary, initiator: "NOT_REPORTED",
    channel: "LEADERS", participants: [{actor: "synthetic-actor-1", role: "PRINCIPAL"},
    {actor: "synthetic-actor-2", role: "PRINCIPAL"}], sources: [$source]}'
}

editor() {
  local log=$1 k=0
  while :; do
    k=$(( k + 1 ))
    curl -s -o /dev/null -w '%{http_code}\n' -u "$USER_NAME:$PASSWORD" -X PUT -H 'If-Match: *' \
      -H 'Content-Type: application/json' "$base/api/events/bench-spike-call" \
      -d "$(spike_event "Saved during the news spike, revision $k of round $round." "$source")" >> "$log"
    sleep 2
  done
}

first=$(curl -sf "$base/api/events?limit=1" | jq -r '.items[0].slug')
source=$(curl -sf "$base/api/events/$first" | jq -r '.sources[0].id')
if [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$USER_NAME:$PASSWORD" "$base/api/events/bench-spike-call")" = 404 ]; then
  curl -sf -o /dev/null -u "$USER_NAME:$PASSWORD" -H 'Content-Type: application/json' "$base/api/events" \
    -d "$(spike_event "Created for the news spike." "$source")"
  curl -sf -o /dev/null -u "$USER_NAME:$PASSWORD" -X POST -H 'If-Match: *' "$base/api/events/bench-spike-call/publish"
fi
PATHS="/ /?channel=LEADERS /?channel=MINISTERS /stats /api/events /api/events?channel=LEADERS /events/bench-spike-call"
for slug in $(curl -sf "$base/api/events?limit=4" | jq -r '.items[].slug'); do PATHS+=" /events/$slug /api/events/$slug"; done

round=0
readers "$WARMUP"
echo "warmed up: $RPS req/s (load: $(uptime | sed 's/.*load average: //'))"
rows=""
ratios=""
for round in $(seq 1 "$ROUNDS"); do
  readers "$DURATION"
  quiet_rps=$RPS quiet_p50=$P50 quiet_p99=$P99 quiet_errors=$ERRORS
  saves=$(mktemp)
  editor "$saves" &
  EDITOR=$!
  readers "$DURATION"
  kill $EDITOR; wait $EDITOR 2>/dev/null || true
  saved=$(grep -c '^200$' "$saves" || true)
  failed=$(grep -vc '^200$' "$saves" || true)
  rm -f "$saves"
  rps_ratio=$(awk -v a="$RPS" -v b="$quiet_rps" 'BEGIN { printf "%.2f", a / b }')
  p99_ratio=$(awk -v a="$P99" -v b="$quiet_p99" 'BEGIN { printf "%.2f", a / b }')
  load=$(uptime | sed 's/.*load average: //' | cut -d, -f1)
  printf 'round %s: %s req/s p99 %s ms errors %s without writes; %s req/s p99 %s ms errors %s with %s saves (%s failed): throughput %s x, p99 %s x (load %s)\n' \
    "$round" "$quiet_rps" "$quiet_p99" "$quiet_errors" "$RPS" "$P99" "$ERRORS" "$saved" "$failed" "$rps_ratio" "$p99_ratio" "$load"
  rows+="| $round | $quiet_rps | $quiet_p50 | $quiet_p99 | $quiet_errors | $RPS | $P50 | $P99 | $ERRORS | $saved ($failed failed) | $rps_ratio | $p99_ratio | $load |"$'\n'
  ratios+="$rps_ratio $p99_ratio"$'\n'
done
summary=$(echo -n "$ratios" | awk '{ t[NR] = $1; p[NR] = $2 } END {
  tmin = tmax = t[1]; pmin = pmax = p[1]
  for (i = 2; i <= NR; i++) { if (t[i] < tmin) tmin = t[i]; if (t[i] > tmax) tmax = t[i]; if (p[i] < pmin) pmin = p[i]; if (p[i] > pmax) pmax = p[i] }
  printf "throughput with ÷ without %.2f–%.2f, p99 with ÷ without %.2f–%.2f over %d rounds", tmin, tmax, pmin, pmax, NR }')
echo "$summary"

new_file=0
[ -f "$RESULTS" ] || new_file=1
{
  if [ "$new_file" = 1 ]; then
    echo "# News spike $STAMP"
    echo
    echo "\`bench/spike.sh\`: $CONNECTIONS connections, $THREADS wrk threads, $DURATION per arm, on bench/spike.lua's mix (the timeline, two channels, the statistics, event pages and the API; caches on); each round runs the arm without writes, then the arm with an editor saving an event every 2 s over the API, back to back. Target (issue 28): with writes, throughput at least 0.9 × and p99 at most 1.5 × the arm without, 0 errors. Machine: $(nproc) cores shared with other agents' builds (the 1-minute load average at the end of each round in the last column)."
  fi
  echo
  echo "## $LABEL, $N events, started $STARTED UTC"
  echo
  echo "| round | req/s without writes | p50 ms | p99 ms | errors | req/s with writes | p50 ms | p99 ms | errors | saves | throughput with ÷ without | p99 with ÷ without | load |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "$summary."
} >> "$RESULTS"
echo "results in $RESULTS"
