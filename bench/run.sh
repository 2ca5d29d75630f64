#!/usr/bin/env bash
# Load benchmark: generates databases of N synthetic events (once; kept under data/bench-N), starts
# the packaged app on each with a fixed 512 MB heap, warms the whole app up (every scenario
# briefly), then drives every scenario at 16 connections with wrk. Every figure is also reported
# as a share of a baseline endpoint of the same app that touches no database, measured right
# before that scenario; every uncached scenario also as a share of its database ceiling: the exact
# SQL its requests run, captured and replayed with pgbench at 16 clients against the same database.
# Needs wrk, jq, psql, pgbench and python3 (wrk, jq and the PostgreSQL client come from apt).
#
#   bench/run.sh                 # 10k and 1M events
#   bench/run.sh 10000           # only 10k
#   BENCH_DURATION=30s BENCH_WARMUP=10s BENCH_BASELINE=10s bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZES=${*:-10000 1000000}
DURATION=${BENCH_DURATION:-15s}
# The warm-up runs every scenario this long, once, before any measurement.
WARMUP=${BENCH_WARMUP:-6s}
BASELINE_DURATION=${BENCH_BASELINE:-8s}
# Requests whose SQL is captured per uncached scenario (pgbench replays them in random order).
CAPTURED=${BENCH_CAPTURED:-30}
PGBENCH_MODE=${BENCH_PGBENCH_MODE:-prepared}
CONNECTIONS=16
THREADS=2
HEAP=512m
STAMP=$(date -u +%Y-%m-%d)
RESULTS=bench/results/$STAMP.md

if ! command -v wrk >/dev/null 2>&1 || ! command -v jq >/dev/null 2>&1 || ! command -v pgbench >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq wrk jq postgresql-client >/dev/null
fi

# BENCH_REUSE=1 reuses the jar and CDS archive of the last run (profiling, repeated runs).
if [ "${BENCH_REUSE:-}" != 1 ] || [ ! -f target/extracted/backchannel.jsa ]; then
  BENCH_REUSE= bench_jar

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
fi
BENCH_REUSE=1 bench_jar
APP_JAR=target/extracted/$(basename "$JAR")
CDS=target/extracted/backchannel.jsa

# Cached scenarios repeat one URL (after the first request the response cache answers); the
# varied-* ones ask for something different every time (bench/varied.lua): what a request costs
# when no cache holds its answer. varied-filter-* and varied-deep-search are the worst cases a
# client may send: the largest filter the limits allow, and a common word on a deep page.
CACHED="api-first-page api-by-actor api-search-name api-search-common api-deep-cursor timeline-page event-page"
UNCACHED="varied-event-page varied-actor varied-search varied-filter-api varied-filter-page varied-deep-search"
SCENARIOS="$CACHED $UNCACHED"

# What varies in an uncached scenario (bench/varied.lua's VARIED).
varied_kind() {
  case $1 in
    varied-event-page) echo event ;;
    *) echo "${1#varied-}" ;;
  esac
}

EVERY="type=PHONE_CALL&type=MEETING&type=SUMMIT&type=NEGOTIATION_ROUND&type=STATEMENT&type=APPOINTMENT"
EVERY+="&type=MILITARY_ACTION&type=MESSAGE&type=OTHER&channel=MINISTERS&channel=LEADERS&channel=ENVOYS"
EVERY+="&channel=DELEGATIONS&channel=SECURITY_SERVICES&channel=ADVISERS&channel=RELATED"
EVERY+="&contact_status=HELD&contact_status=PLANNED&contact_status=CANCELLED&contact_status=POSTPONED"
WORDS=("ceasefire" "prisoner%20exchange" "grain%20corridor" "sanctions" "energy%20infrastructure"
  "nuclear%20plant%20safety" "embassy%20staffing" "peace%20talks" "security%20guarantees"
  "humanitarian%20corridors" "territorial%20questions" "arms%20control")

# One URL path of an uncached scenario, as bench/varied.lua builds them (for the SQL capture).
varied_url() {
  local kind=$1 events=$2 actors="" i cursor
  for i in 1 2 3 4 5; do actors+="&actor=synthetic-actor-$(( RANDOM % 3000 ))"; done
  case $kind in
    actor) echo "/api/events?actor=synthetic-actor-$(( RANDOM % 3000 ))" ;;
    search) echo "/api/events?q=${WORDS[$(( RANDOM % 12 ))]}%20$(( RANDOM % 2999 + 1 ))" ;;
    event) echo "/events/synthetic-event-$(( (RANDOM * 32768 + RANDOM) % events ))" ;;
    filter-api) echo "/api/events?${actors#&}&$EVERY" ;;
    filter-page) echo "/?${actors#&}&$EVERY" ;;
    deep-search)
      cursor=$(printf 'v1:%04d-%02d-%02d:9000000000000000000' $(( 2016 + RANDOM % 3 )) $(( 1 + RANDOM % 12 )) \
        $(( 1 + RANDOM % 28 )) | base64 -w0 | tr '+/' '-_' | tr -d '=')
      echo "/api/events?q=Talks&cursor=$cursor" ;;
  esac
}

# Starts the app with the fixed heap and the lifted protections (bench/lib.sh) and the given java
# arguments, logging to $1, and waits until it reports healthy; sets APP (its pid) and READY_MS.
start_bench_app() {
  local log=$1
  shift
  start_app "$log" -Xmx$HEAP -Xms$HEAP "$@" "${LIFTED[@]}"
}

# Runs wrk on one scenario for the given duration; sets RPS_OUT P50 P99 ERRORS.
drive() {
  local scenario=$1 duration=$2 url script=() out
  url=${URLS[$scenario]}
  case $scenario in varied-*) script=(-s bench/varied.lua) ;; esac
  export VARIED EVENTS=$N
  VARIED=$(varied_kind "$scenario")
  out=$(wrk -t$THREADS -c$CONNECTIONS -d"$duration" --timeout 10s --latency "${script[@]}" "$url")
  figures "$out"
}

# The embedded server of the running app: psql and pgbench as its superuser, with the app's
# work_mem (application.properties sets it on every pooled connection).
pg() { PGOPTIONS="-c work_mem=32MB" "$@" -h localhost -p "$PGPORT" -U postgres postgres; }

# Captures the exact SQL of CAPTURED requests of one uncached scenario (statement logging on
# only meanwhile) into bench/results/sql-N/<scenario>/request-K.sql; sets STATEMENTS (the
# statement count of each request).
capture_sql() {
  local scenario=$1 dir=bench/results/sql-$N/$1 kind from k
  kind=$(varied_kind "$scenario")
  rm -rf "$dir"
  pg psql -qAt -c "ALTER SYSTEM SET log_statement = 'all'" -c "ALTER SYSTEM SET log_line_prefix = '@@ %p @@ '" \
    -c "SELECT pg_reload_conf()" >/dev/null
  sleep 0.5
  from=$(( $(wc -l < "$DATA/log/postgresql.log") + 1 ))
  for k in $(seq 1 $CAPTURED); do
    pg psql -qAt -c "select 'bench-mark-$k'" >/dev/null
    curl -sf -o /dev/null "$base$(varied_url "$kind" "$N")" || echo "capture: a request of $scenario failed"
  done
  pg psql -qAt -c "select 'bench-mark-end'" >/dev/null
  sleep 0.5
  pg psql -qAt -c "ALTER SYSTEM RESET log_statement" -c "ALTER SYSTEM RESET log_line_prefix" \
    -c "SELECT pg_reload_conf()" >/dev/null
  STATEMENTS=$(tail -n +"$from" "$DATA/log/postgresql.log" | python3 bench/pgbench_scripts.py "$dir")
}

# The database ceiling of one uncached scenario: pgbench replays the captured requests (each
# client picks one of them at random for every transaction, a transaction being one request's
# statements), 16 clients, same duration as wrk, with prepared statements: each statement is parsed
# and planned once per client and then only executed, so the ceiling is an upper bound (the app
# prepares its statements too, but its parameters vary, so PostgreSQL plans some of them again).
# BENCH_PGBENCH_MODE=simple plans every statement every time instead (a lower ceiling).
# Sets CEILING (requests/s the database alone serves).
ceiling() {
  local scenario=$1 dir=bench/results/sql-$N/$1 files=() f out
  for f in "$dir"/request-*.sql; do files+=(-f "$f"); done
  out=$(pg pgbench -n -M "$PGBENCH_MODE" -c $CONNECTIONS -j $THREADS -T "${DURATION%s}" "${files[@]}" 2>&1 || true)
  echo "$out" > "$dir/pgbench.txt"
  CEILING=$(echo "$out" | awk '/^tps = / {v = $3} END {if (v != "") printf "%.0f", v}')
  if grep -q "aborted\|failed transactions: [1-9]" <<< "$out"; then
    echo "pgbench: errors replaying $scenario, see $dir/pgbench.txt"
  fi
}

# The news spike (issue 28): SPIKE_CONNECTIONS readers on a mix of timeline, channel, statistics,
# event and API pages (bench/spike.lua), once without writes and once while an editor saves an
# event every 2 s over the API (each save moves the data version). Sets RPS_OUT P50 P99 ERRORS and
# the per-request figures (one connection per wrk thread, so spike.lua times each request).
SPIKE_CONNECTIONS=32
SPIKE_DURATION=${BENCH_SPIKE_DURATION:-20s}
# The editor of the spike: an admin account the app creates at start-up if it does not exist.
SPIKE_USER=bench-editor
SPIKE_PASSWORD=${BENCH_SPIKE_PASSWORD:-Spike-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
spike_readers() {
  figures "$(SPIKE_PATHS="$SPIKE_PATHS" wrk -t$SPIKE_CONNECTIONS -c$SPIKE_CONNECTIONS -d"$SPIKE_DURATION" --timeout 10s \
    --latency -s bench/spike.lua "$base")"
}

declare -A RPS PLANS RATIO LINE
rows=""
notes=""
spike_rows=""
spike_warmups=""

for N in $SIZES; do
  DATA=data/bench-$N
  ensure_data "$N" "$DATA"

  # The server's log goes to a file (data/bench-N/log/postgresql.log), for the SQL capture;
  # statements are logged only while it captures (log_statement is switched on and off there).
  if ! grep -q "^logging_collector = on" "$DATA/postgresql.conf"; then
    printf '\n# bench/run.sh: the server log in a file, for the SQL capture\nlogging_collector = on\nlog_directory = '"'log'"'\nlog_filename = '"'postgresql.log'"'\n' >> "$DATA/postgresql.conf"
  fi

  # Apply any pending migrations first, so the start-up measured below is that of an up-to-date
  # database (the web server off, the app exits once started).
  java -Xmx$HEAP -jar "$JAR" --spring.main.web-application-type=none --backchannel.database.data-directory="$DATA" \
    --logging.level.root=WARN > "bench/results/migrate-$N.log" 2>&1

  # Start-up of the plain fat jar, for comparison (BENCH_FATJAR=0 skips it).
  fatjar_ms="(not measured)"
  if [ "${BENCH_FATJAR:-1}" != 0 ]; then
    start_bench_app "bench/results/fatjar-$N.log" -jar "$JAR" --backchannel.database.data-directory="$DATA"
    fatjar_ms=$READY_MS
    stop_app
  fi

  # The editor's account is created once per database, with the password it is first started
  # with: a later run on the same database must sign in with that one (kept beside the data).
  if [ -z "${BENCH_SPIKE_PASSWORD:-}" ]; then
    [ -f "$DATA/.bench-editor" ] || echo "$SPIKE_PASSWORD" > "$DATA/.bench-editor"
    SPIKE_PASSWORD=$(cat "$DATA/.bench-editor")
  fi
  echo "== starting the app on $N events (load: $(load))"
  start_bench_app "bench/results/app-$N.log" -XX:SharedArchiveFile=$CDS -Xlog:cds=off -jar "$APP_JAR" \
    --backchannel.database.data-directory="$DATA" --backchannel.bench.baseline=true \
    --management.endpoints.web.exposure.include=health,metrics \
    --backchannel.admin.username=$SPIKE_USER --backchannel.admin.password="$SPIKE_PASSWORD"
  startup_ms=$READY_MS
  PGPORT=$(sed -n 4p "$DATA/postmaster.pid")
  echo "ready in ${startup_ms} ms (the fat jar: ${fatjar_ms} ms)"
  # Fresh planner statistics, once per database (the generator analyses too; this covers one
  # whose final ANALYZE was cut short).
  if [ ! -f "$DATA/.analysed" ]; then pg psql -qAt -c "ANALYZE" && touch "$DATA/.analysed"; fi

  base="http://localhost:$PORT"
  # A word in most events: its first page, the very first request of the run (cold: nothing
  # cached, nothing compiled), must answer well under a second at a million events.
  talks=$(curl -sf -o /tmp/bench-talks.json -w '%{time_total}' "$base/api/events?limit=1&q=Talks")
  talks_cold_ms=$(awk -v t="$talks" 'BEGIN { printf "%.0f", t * 1000 }')
  event_slug=$(jq -r '.items[0].slug' /tmp/bench-talks.json)
  actor_slug=synthetic-actor-7
  cursor=""
  for _ in $(seq 1 200); do   # the cursor of the 1000th page of 20, reached in pages of 100
    next=$(curl -sf "$base/api/events?limit=100${cursor:+&cursor=$cursor}" | jq -r '.nextCursor // empty')
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
  )
  for scenario in $UNCACHED; do URLS[$scenario]=$base; done

  # One warm-up of the whole app before any measurement: every scenario, baseline included.
  echo "warming up: every scenario for $WARMUP"
  for scenario in baseline $SCENARIOS; do drive "$scenario" "$WARMUP"; done

  # The same first page again, warm, five times with a different page size each (a response
  # the cache does not hold): the median.
  talks_warm_ms=$(for l in 11 12 13 14 15; do
    curl -sf -o /dev/null -w '%{time_total}\n' "$base/api/events?limit=$l&q=Talks"; done |
    sort -n | sed -n 3p | awk '{ printf "%.0f", $1 * 1000 }')
  echo "q=Talks first page: ${talks_cold_ms} ms cold (the run's first request), ${talks_warm_ms} ms warm (median of 5)"

  # The baseline (a request that touches no database) is measured right before each scenario,
  # so every ratio compares two figures taken under the same conditions.
  for scenario in $SCENARIOS; do
    drive baseline "$BASELINE_DURATION"
    baseline_rps=$RPS_OUT
    drive "$scenario" "$DURATION"
    RPS[$N-$scenario]=$RPS_OUT
    ratio=$(awk -v a="$RPS_OUT" -v b="$baseline_rps" 'BEGIN { printf "%.3f", a / b }')
    RATIO[$N-$scenario]=$ratio
    printf '%-8s %-20s %9s req/s  p50 %7s ms  p99 %7s ms  errors %s  baseline %s  share %s\n' \
      "$N" "$scenario" "$RPS_OUT" "$P50" "$P99" "$ERRORS" "$baseline_rps" "$ratio"
    LINE[$N-$scenario]="| $N | $scenario | $RPS_OUT | $P50 | $P99 | $ERRORS | $baseline_rps | $ratio"
  done

  # The database ceiling of every uncached scenario: its exact SQL replayed with pgbench.
  for scenario in $UNCACHED; do
    capture_sql "$scenario"
    ceiling "$scenario"
    share=$(awk -v a="${RPS[$N-$scenario]}" -v b="$CEILING" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
    printf '%-8s %-20s statements per request: %s; database ceiling %s req/s; the page: %s of it\n' \
      "$N" "$scenario" "$STATEMENTS" "$CEILING" "$share"
    LINE[$N-$scenario]+=" | $CEILING | $share | $(echo "$STATEMENTS" | awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.1f", s / NF }') |"
  done
  for scenario in $CACHED; do LINE[$N-$scenario]+=" | | | |"; done
  for scenario in $SCENARIOS; do rows+="${LINE[$N-$scenario]}"$'\n'; done

  # The news spike: the same readers without and with an editor saving every 2 s, after a warm-up
  # of the write path and of what a save makes stale (as bench/spike.sh warms up; spike_settle).
  spike_prepare "$SPIKE_USER" "$SPIKE_PASSWORD"
  for k in $(seq 1 "${BENCH_SPIKE_WARM_SAVES:-150}"); do
    spike_save "$SPIKE_USER" "$SPIKE_PASSWORD" "Saved while warming up, revision $k."
  done > /dev/null
  spike_settle "$SPIKE_USER" "$SPIKE_PASSWORD"
  spike_readers
  quiet="$RPS_OUT $P50_REQ $P99_REQ $P99 $ERRORS"
  saves=$(mktemp)
  spike_editor "$saves" "$SPIKE_USER" "$SPIKE_PASSWORD" "the $N-event run" &
  EDITOR=$!
  spike_readers
  kill $EDITOR; wait $EDITOR 2>/dev/null || true
  saved=$(grep -c '^200$' "$saves" || true)
  failed=$(grep -vc '^200$' "$saves" || true)
  rm -f "$saves"
  read -r quiet_rps quiet_p50 quiet_p99 quiet_wrk99 quiet_errors <<< "$quiet"
  rps_ratio=$(awk -v a="$RPS_OUT" -v b="$quiet_rps" 'BEGIN { printf "%.2f", a / b }')
  p99_ratio=$(awk -v a="$P99_REQ" -v b="$quiet_p99" 'BEGIN { printf "%.2f", a / b }')
  wrk99_ratio=$(awk -v a="$P99" -v b="$quiet_wrk99" 'BEGIN { printf "%.2f", a / b }')
  printf '%-8s news spike: %s req/s p99 %s ms (wrk %s ms) errors %s without writes; %s req/s p99 %s ms (wrk %s ms) errors %s with %s saves (%s failed): throughput %s x, p99 %s x (wrk %s x)\n' \
    "$N" "$quiet_rps" "$quiet_p99" "$quiet_wrk99" "$quiet_errors" "$RPS_OUT" "$P99_REQ" "$P99" "$ERRORS" "$saved" "$failed" "$rps_ratio" "$p99_ratio" "$wrk99_ratio"
  spike_warmups+="- $N events: $WARMED."$'\n'
  spike_rows+="| $N | $quiet_rps | $quiet_p50 | $quiet_p99 | $quiet_wrk99 | $quiet_errors | $RPS_OUT | $P50_REQ | $P99_REQ | $P99 | $ERRORS | $saved ($failed failed) | $rps_ratio | $p99_ratio | $wrk99_ratio |"$'\n'

  # The main queries' executed plans on this database (index use at a million events).
  curl -sf "$base/bench/plans" > "bench/results/plans-$N.txt"
  seq_scans=$(grep -c "Seq Scan on event " "bench/results/plans-$N.txt" || true)
  echo "plans written to bench/results/plans-$N.txt; sequential scans of event: $seq_scans"
  PLANS[$N]=$seq_scans
  # The heap from the JVM itself (Actuator's metrics are for signed-in admins): "total 524288K, used 230000K".
  heap=$(jcmd "$APP" GC.heap_info 2>/dev/null | grep -m1 -o 'total [0-9]*K, used [0-9]*K' || true)
  heap_max=$(echo "$heap" | awk '{ sub(/K,/, "", $2); printf "%d", $2 / 1024 }')
  heap_used=$(echo "$heap" | awk '{ sub(/K/, "", $4); printf "%d", $4 / 1024 }')
  notes+="- $N events: heap after the run ${heap_used} MB used of ${heap_max} MB; start-up ${startup_ms} ms extracted with CDS, ${fatjar_ms} ms as a fat jar; \`q=Talks\` first page ${talks_cold_ms} ms as the run's first request (cold), ${talks_warm_ms} ms warm; load average when done: $(uptime | sed 's/.*load average: //')."$'\n'
  stop_app
done

{
  echo "# Benchmark $STAMP"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | head -n 1); shared with other builds (load average at the end of each size below)."
  echo "App: \`java -Xmx$HEAP -Xms$HEAP -XX:SharedArchiveFile=... -jar\` (extracted jar, CDS archive), \`backchannel.reads.max-concurrent=16\`, pool of 20, expensive-read rate limit lifted; load: wrk, $THREADS threads, $CONNECTIONS connections, $DURATION per scenario, after one warm-up of every scenario ($WARMUP each); the baseline (no database) measured for $BASELINE_DURATION right before each scenario."
  echo "Database ceiling: the SQL of $CAPTURED requests per uncached scenario captured (\`log_statement=all\`), replayed by pgbench (\`-M $PGBENCH_MODE\`: planned once per client, an upper bound; $CONNECTIONS clients, $DURATION, each transaction one request's statements; scripts in \`bench/results/sql-N/\`)."
  echo
  echo "| events | scenario | requests/s | p50 ms | p99 ms | errors | baseline req/s (just before) | share of baseline | DB ceiling req/s | share of DB ceiling | statements per request |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  printf '%s' "$notes"
  for N in $SIZES; do
    [ -f "bench/results/generate-$N.log" ] && tail -n 1 "bench/results/generate-$N.log" | sed 's/^/- Generator: /'
    echo "- Plans of the main queries at $N events: \`bench/results/plans-$N.txt\` (sequential scans of event: ${PLANS[$N]})."
  done
  echo
  echo "News spike: $SPIKE_CONNECTIONS connections for $SPIKE_DURATION on a mix of pages (bench/spike.lua: the timeline, two channels, the statistics, event pages and the API; caches on), first without writes, then while an editor saves an event every 2 s over the API. Target: with writes, throughput at least 0.9 x and p99 at most 1.5 x the run without, 0 errors. p50 and p99 are those of the requests sent (bench/spike.lua times each); wrk p99 is wrk's own, which adds made-up samples for slow responses (its correction for coordinated omission)."
  echo
  echo "| events | req/s without writes | p50 ms | p99 ms | wrk p99 ms | errors | req/s with writes | p50 ms | p99 ms | wrk p99 ms | errors | saves | throughput with ÷ without | p99 with ÷ without | wrk p99 with ÷ without |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$spike_rows"
  echo
  echo "Before it, 150 saves back to back, then the readers with the editor saving until the JIT compilers settled (spike_settle in bench/lib.sh):"
  echo
  printf '%s' "$spike_warmups"
  echo
  set -- $SIZES
  if [ $# -ge 2 ]; then
    echo
    echo "Throughput at $2 events as a share of throughput at $1 events:"
    echo
    for scenario in $SCENARIOS; do
      awk -v s="$scenario" -v a="${RPS[$2-$scenario]}" -v b="${RPS[$1-$scenario]}" 'BEGIN { printf "- %s: %.2f\n", s, a / b }'
    done
  fi
} > "$RESULTS"
echo "written to $RESULTS"
