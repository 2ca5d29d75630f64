#!/usr/bin/env bash
# Load benchmark: generates databases of N synthetic events (once; kept under data/bench-N), starts
# the packaged app on each with a fixed 512 MB heap, and drives every scenario at 16 connections
# with wrk. Every figure is also reported as a ratio to a baseline endpoint of the same app that
# touches no database, measured in the same run on the same machine.
#
#   bench/run.sh                 # 10k and 1M events
#   bench/run.sh 10000           # only 10k
#   BENCH_DURATION=30s BENCH_WARMUP=10s bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${*:-10000 1000000}
DURATION=${BENCH_DURATION:-20s}
# Long enough for the JIT: with 8 s the first scenarios still ran half-compiled code.
WARMUP=${BENCH_WARMUP:-15s}
CONNECTIONS=16
THREADS=2
PORT=${BENCH_PORT:-18080}
HEAP=512m
STAMP=$(date -u +%Y-%m-%d)
RESULTS=bench/results/$STAMP.md

if ! command -v wrk >/dev/null 2>&1 || ! command -v jq >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq wrk jq >/dev/null
fi

./mvnw -q -B package -DskipTests
JAR=$(ls target/backchannel-*.jar | grep -v '\.original$' | head -n 1)

# The app runs as the README recommends for production: the jar extracted, with a class-data
# sharing archive recorded by a training run (on a throwaway database). The fat jar's start-up
# is measured too, for comparison.
rm -rf target/extracted
java -Djarmode=tools -jar "$JAR" extract --destination target/extracted >/dev/null
APP_JAR=target/extracted/$(basename "$JAR")
CDS=target/extracted/backchannel.jsa
rm -rf target/cds-training-db
java -XX:ArchiveClassesAtExit=$CDS -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
  -jar "$APP_JAR" --server.port=0 --backchannel.database.data-directory=target/cds-training-db \
  --logging.level.root=WARN > bench/results/cds-training.log 2>&1
# Exiting on refresh skips the app's shutdown, which would stop its database.
if [ -f target/cds-training-db/postmaster.pid ]; then kill "$(head -n 1 target/cds-training-db/postmaster.pid)" || true; fi

# wrk prints latencies as 850.00us, 1.20ms or 1.05s: normalise to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "%s", v }'
}

SCENARIOS="baseline api-first-page api-by-actor api-search-name api-search-common api-deep-cursor timeline-page
  event-page varied-actor varied-search varied-event-page"

# Starts the app with the fixed heap and the given java arguments, logging to $1, and waits until
# it reports healthy; sets APP (its pid) and READY_MS (the time that took).
start_app() {
  local log=$1 start
  shift
  start=$(date +%s%3N)
  java -Xmx$HEAP -Xms$HEAP "$@" --server.port=$PORT --logging.level.root=WARN \
    --backchannel.rate-limit.expensive-reads=100000000 > "$log" 2>&1 &
  APP=$!
  until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
    kill -0 $APP 2>/dev/null || { echo "the app died; see $log"; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( $(date +%s%3N) - start ))
}

declare -A RPS PLANS
rows=""

for N in $SIZES; do
  DATA=data/bench-$N
  if [ ! -f "$DATA/.generated" ]; then
    rm -rf "$DATA"
    echo "== generating $N events into $DATA"
    gen_start=$(date +%s)
    java -Xmx2g -jar "$JAR" --spring.main.web-application-type=none \
      --backchannel.generate.events="$N" --backchannel.database.data-directory="$DATA" > "bench/results/generate-$N.log" 2>&1
    echo "generated $N events in $(( $(date +%s) - gen_start )) s" | tee -a "bench/results/generate-$N.log"
    touch "$DATA/.generated"
  fi

  # Apply any pending migrations first, so the start-up measured below is that of an up-to-date
  # database (the web server off, the app exits once started).
  java -Xmx$HEAP -jar "$JAR" --spring.main.web-application-type=none --backchannel.database.data-directory="$DATA" \
    --logging.level.root=WARN > "bench/results/migrate-$N.log" 2>&1

  # Start-up of the plain fat jar, for comparison.
  start_app "bench/results/fatjar-$N.log" -jar "$JAR" --backchannel.database.data-directory="$DATA"
  fatjar_ms=$READY_MS
  kill $APP; wait $APP 2>/dev/null || true

  echo "== starting the app on $N events"
  start_app "bench/results/app-$N.log" -XX:SharedArchiveFile=$CDS -Xlog:cds=off -jar "$APP_JAR" \
    --backchannel.database.data-directory="$DATA" --backchannel.bench.baseline=true \
    --management.endpoints.web.exposure.include=health,metrics
  trap 'kill $APP 2>/dev/null || true' EXIT
  startup_ms=$READY_MS
  echo "ready in ${startup_ms} ms (the fat jar: ${fatjar_ms} ms)"

  base="http://localhost:$PORT"
  event_slug=$(curl -sf "$base/api/events?limit=1&q=Talks" | jq -r '.items[0].slug')
  actor_slug=synthetic-actor-7
  cursor=""
  for _ in $(seq 1 1000); do   # the 1000th page of 20
    next=$(curl -sf "$base/api/events?limit=20${cursor:+&cursor=$cursor}" | jq -r '.nextCursor // empty')
    [ -n "$next" ] || break
    cursor=$next
  done

  declare -A URLS=(
    [baseline]="$base/bench/baseline"
    [api-first-page]="$base/api/events"
    [api-by-actor]="$base/api/events?actor=$actor_slug"
    [api-search-name]="$base/api/events?q=Sergey%20Lavrov"
    [api-search-common]="$base/api/events?q=grain%20corridor"
    [api-deep-cursor]="$base/api/events?cursor=$cursor"
    [timeline-page]="$base/"
    [event-page]="$base/events/$event_slug"
    [varied-actor]="$base"
    [varied-search]="$base"
    [varied-event-page]="$base"
  )
  for scenario in $SCENARIOS; do
    url=${URLS[$scenario]}
    # The varied scenarios ask for something different every time (bench/varied.lua): what a
    # request costs when no cache holds its answer yet.
    script=()
    case $scenario in varied-*) script=(-s bench/varied.lua) ;; esac
    export VARIED=${scenario#varied-} EVENTS=$N
    VARIED=${VARIED%-page}
    wrk -t$THREADS -c$CONNECTIONS -d"$WARMUP" "${script[@]}" "$url" >/dev/null
    out=$(wrk -t$THREADS -c$CONNECTIONS -d"$DURATION" --latency "${script[@]}" "$url")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
    p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}')
    errors=$(( ${non2xx:-0} + ${socket:-0} ))
    RPS[$N-$scenario]=$rps
    ratio=$(awk -v a="$rps" -v b="${RPS[$N-baseline]}" 'BEGIN { printf "%.2f", a / b }')
    printf '%-8s %-18s %9s req/s  p50 %7s ms  p99 %7s ms  errors %s  ratio to baseline %s\n' \
      "$N" "$scenario" "$rps" "$p50" "$p99" "$errors" "$ratio"
    rows+="| $N | $scenario | $rps | $p50 | $p99 | $errors | $ratio |"$'\n'
  done
  # The main queries' executed plans on this database (index use at a million events).
  curl -sf "$base/bench/plans" > "bench/results/plans-$N.txt"
  seq_scans=$(grep -c "Seq Scan on event " "bench/results/plans-$N.txt" || true)
  echo "plans written to bench/results/plans-$N.txt; sequential scans of event: $seq_scans"
  PLANS[$N]=$seq_scans
  heap_used=$(curl -sf "$base/actuator/metrics/jvm.memory.used?tag=area:heap" | jq '.measurements[0].value / 1048576 | floor')
  heap_max=$(curl -sf "$base/actuator/metrics/jvm.memory.max?tag=area:heap" | jq '.measurements[0].value / 1048576 | floor')
  rows+="| $N | (heap after the run: ${heap_used} MB used of ${heap_max} MB; start-up ${startup_ms} ms extracted with CDS, ${fatjar_ms} ms as a fat jar) | | | | | |"$'\n'
  kill $APP; wait $APP 2>/dev/null || true
  trap - EXIT
done

{
  echo "# Benchmark $STAMP"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | head -n 1)."
  echo "App: \`java -Xmx$HEAP -Xms$HEAP -XX:SharedArchiveFile=... -jar\` (extracted jar, CDS archive); load: wrk, $THREADS threads, $CONNECTIONS connections, $DURATION per scenario after a $WARMUP warm-up, on the same machine."
  echo
  echo "| events | scenario | requests/s | p50 ms | p99 ms | errors | ratio to baseline |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  for N in $SIZES; do
    [ -f "bench/results/generate-$N.log" ] && tail -n 1 "bench/results/generate-$N.log" | sed 's/^/- Generator: /'
    echo "- Plans of the main queries at $N events: \`bench/results/plans-$N.txt\` (sequential scans of event: ${PLANS[$N]})."
  done
  set -- $SIZES
  if [ $# -ge 2 ]; then
    echo
    echo "Throughput at $2 events as a share of throughput at $1 events:"
    echo
    for scenario in ${SCENARIOS#baseline}; do
      awk -v s="$scenario" -v a="${RPS[$2-$scenario]}" -v b="${RPS[$1-$scenario]}" 'BEGIN { printf "- %s: %.2f\n", s, a / b }'
    done
  fi
} > "$RESULTS"
echo "written to $RESULTS"
