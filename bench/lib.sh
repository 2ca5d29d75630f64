# What bench/run.sh, bench/spike.sh and bench/sweep.sh share: the jar, the generated
# databases, starting the app and waiting for it, stopping it. Sourced (from the repository's
# root), not run.

# The settings every benchmark app runs with besides its own: the port, and only warnings logged.
PORT=${BENCH_PORT:-18080}

# The protections against a flood from one client that the load benchmarks lift, explicitly: the
# read admission (backchannel.reads.max-concurrent, 6 by default, would queue wrk's connections;
# the pool grows to 20 so 4 connections stay free for health and writes, as in production) and the
# per-client rate limit on expensive reads (backchannel.rate-limit.*: 60 a minute by default, every
# search and large filter is one). On a machine shared with other builds, the 2 s connect and
# log-in timeouts of production are too short for the start-up: 10 s here. BENCH_MAX_CONCURRENT
# changes the admission's turns (16), to see what its queue costs.
LIFTED=(--backchannel.reads.max-concurrent=${BENCH_MAX_CONCURRENT:-16} --spring.datasource.hikari.maximum-pool-size=20
  --backchannel.rate-limit.expensive-reads=1000000000 --backchannel.rate-limit.period=1m
  --spring.datasource.hikari.connection-timeout=10000 --spring.datasource.hikari.data-source-properties.connectTimeout=10
  --spring.datasource.hikari.data-source-properties.loginTimeout=10)

# The 1-, 5- and 15-minute load averages, for every figure printed.
load() { uptime | sed 's/.*load average: //'; }

# Sets JAR to the benchmark's jar (-Pbench: src/bench/java is in this jar only, never in the
# production one), built first unless BENCH_REUSE=1 and one is there.
bench_jar() {
  if [ "${BENCH_REUSE:-}" != 1 ] || ! ls target/backchannel-*.jar >/dev/null 2>&1; then
    ./mvnw -q -B package -DskipTests -Pbench
  fi
  JAR=$(ls target/backchannel-*.jar | grep -v '\.original$' | head -n 1)
}

# Generates N synthetic events into the data directory DIR with $JAR, unless done before (a run
# cut short leaves no .generated and starts again). The generator works on connections of its
# own, without the request path's statement and socket timeouts (its set-based passes are single
# statements of minutes).
ensure_data() {
  local n=$1 data=$2 start
  [ -f "$data/.generated" ] && return
  rm -rf "$data"
  echo "== generating $n events into $data (load: $(load))"
  start=$(date +%s)
  java -Xmx2g -jar "$JAR" --spring.main.web-application-type=none --backchannel.generate.events="$n" \
    --backchannel.database.data-directory="$data" > "bench/results/generate-$n.log" 2>&1
  echo "generated $n events in $(( $(date +%s) - start )) s" | tee -a "bench/results/generate-$n.log"
  touch "$data/.generated"
}

# start_app LOG [java options] -jar JAR [app arguments]: starts the app on $PORT with only warnings
# logged (to LOG) and waits until it reports healthy; sets APP (its pid) and READY_MS (the time
# that took). Stops the script if the app dies first. The app is stopped when the script ends.
start_app() {
  local log=$1 start
  shift
  start=$(date +%s%3N)
  java "$@" --server.port="$PORT" --logging.level.root=WARN > "$log" 2>&1 &
  APP=$!
  trap stop_app EXIT
  until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
    kill -0 "$APP" 2>/dev/null || { echo "the app died; see $log"; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( $(date +%s%3N) - start ))
}

# Stops the app start_app started and waits for it, so the next start never finds it still on
# the port.
stop_app() {
  if [ -n "${APP:-}" ]; then
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
  fi
  APP=
}

# wrk prints latencies as 850.00us, 1.20ms or 1.05s: normalise to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "%s", v }'
}

# Reads wrk's output; sets RPS_OUT P50 P99 ERRORS (non-2xx answers and socket errors), and, when
# bench/spike.lua timed every request, P50_REQ P99_REQ P999_REQ MAX_REQ (its per-request figures;
# "n/a" otherwise). P50 and P99 are wrk's, which version 4 corrects for coordinated omission.
figures() {
  local out=$1 non2xx socket per
  RPS_OUT=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  P50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  P99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ {print $5+$7+$9+$11}')
  ERRORS=$(( ${non2xx:-0} + ${socket:-0} ))
  per=$(echo "$out" | grep '^per request: p50' || true)
  P50_REQ=$(echo "$per" | awk '{print ($4 == "" ? "n/a" : $4)}')
  P99_REQ=$(echo "$per" | awk '{print ($7 == "" ? "n/a" : $7)}')
  P999_REQ=$(echo "$per" | awk '{print ($10 == "" ? "n/a" : $10)}')
  MAX_REQ=$(echo "$per" | awk '{print ($13 == "" ? "n/a" : $13)}')
}

# The news spike's event, which the editor saves: a published call between two synthetic actors,
# its summary rewritten on every save. spike_event SUMMARY SOURCE-ID.
spike_event() {
  jq -n --arg summary "$1" --argjson source "$2" '{slug: "bench-spike-call", title: "Bench spike call",
    type: "PHONE_CALL", date: "2026-12-01", datePrecision: "DAY", summary: $summary, initiator: "NOT_REPORTED",
    channel: "LEADERS", participants: [{actor: "synthetic-actor-1", role: "PRINCIPAL"},
    {actor: "synthetic-actor-2", role: "PRINCIPAL"}], sources: [$source]}'
}

# Readies the news spike on the app at $base for the editor USER (password PASSWORD): creates and
# publishes the spike's event if it is not there; sets SPIKE_SOURCE (the source it cites) and
# SPIKE_PATHS (what the readers ask: the timeline, two channels, the statistics, the API's list,
# the spike's event page, and the pages and API records of the four newest events).
spike_prepare() {
  local user=$1 password=$2 first slug
  first=$(curl -sf "$base/api/events?limit=1" | jq -r '.items[0].slug')
  SPIKE_SOURCE=$(curl -sf "$base/api/events/$first" | jq -r '.sources[0].id')
  if [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" "$base/api/events/bench-spike-call")" = 404 ]; then
    curl -sf -o /dev/null -u "$user:$password" -H 'Content-Type: application/json' "$base/api/events" \
      -d "$(spike_event "Created for the news spike." "$SPIKE_SOURCE")"
    curl -sf -o /dev/null -u "$user:$password" -X POST -H 'If-Match: *' "$base/api/events/bench-spike-call/publish"
  fi
  SPIKE_PATHS="/ /?channel=LEADERS /?channel=MINISTERS /stats /api/events /api/events?channel=LEADERS /events/bench-spike-call"
  for slug in $(curl -sf "$base/api/events?limit=4" | jq -r '.items[].slug'); do SPIKE_PATHS+=" /events/$slug /api/events/$slug"; done
}

# spike_save USER PASSWORD SUMMARY: one save of the spike's event over the API; prints its status.
spike_save() {
  curl -s -o /dev/null -w '%{http_code}\n' -u "$1:$2" -X PUT -H 'If-Match: *' -H 'Content-Type: application/json' \
    "$base/api/events/bench-spike-call" -d "$(spike_event "$3" "$SPIKE_SOURCE")"
}

# spike_editor LOG USER PASSWORD NAME: saves the spike's event every 2 s over the API until
# killed (its summary names NAME and the save's number); each save's status is appended to LOG.
spike_editor() {
  local log=$1 user=$2 password=$3 name=$4 k=0
  while :; do
    k=$(( k + 1 ))
    spike_save "$user" "$password" "Saved during the news spike, revision $k of $name." >> "$log"
    sleep 2
  done
}

# The processor time, in milliseconds, the app's JIT compiler threads (C1 and C2) have used so far.
jit_ms() {
  local task
  for task in /proc/"$APP"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler* | C2\ Compiler*) cat "$task/stat" 2>/dev/null || true ;;
    esac
  done | awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); t += $12 + $13 } END { printf "%d", t * 1000 / hz }'
}

# spike_settle USER PASSWORD: the news spike's warm-up after its saves back to back (bench/spike.sh,
# bench/run.sh), until the JIT compilers have settled. In the spike's mix every reader's request
# is a cache hit, so the code a save runs and the code that rebuilds what it made stale run a few
# times per save only, and the compilers take their methods one by one as each crosses its
# threshold: on 2 cores under this load they took 1-2 s of processor in every 15 s with writes for
# the first 3-4 minutes (issue 28). Until they settle a round measures them, not the writes: a
# server that has been up a while no longer pays for it. First BENCH_SPIKE_RAPID (60 s) of the
# readers while USER saves back to back (each save makes keys stale and readers rebuild them);
# then steps of 10 s, the readers alone and the readers with USER saving every 2 s in turn, until
# a pair of steps in which the compilers used less than BENCH_SPIKE_SETTLED_MS (500 ms) with
# writes and less than a fifth of that without, for at most BENCH_SPIKE_WARMUP (480 s). Sets
# SETTLED_MS and WARMED (what it did, for the results).
spike_settle() {
  local user=$1 password=$2 until step=0 settled=no out quiet with editor saves
  SETTLED_MS=${BENCH_SPIKE_SETTLED_MS:-500}
  saves=$(mktemp)
  (while :; do spike_save "$user" "$password" "Saved back to back while warming up."; done) > "$saves" &
  editor=$!
  SPIKE_PATHS="$SPIKE_PATHS" wrk -t32 -c32 -d"${BENCH_SPIKE_RAPID:-60s}" --timeout 10s -s bench/spike.lua "$base" > /dev/null
  kill $editor; wait $editor 2>/dev/null || true
  echo "warming up: $(grep -c '^200$' "$saves" || true) saves back to back while the readers read (load: $(load))"
  rm -f "$saves"
  until=$(( $(date +%s) + $(echo "${BENCH_SPIKE_WARMUP:-480s}" | tr -d s) ))
  while [ "$(date +%s)" -lt "$until" ]; do
    step=$(( step + 1 ))
    quiet=$(jit_ms)
    SPIKE_PATHS="$SPIKE_PATHS" wrk -t32 -c32 -d10s --timeout 10s -s bench/spike.lua "$base" > /dev/null
    quiet=$(( $(jit_ms) - quiet ))
    spike_editor /dev/null "$user" "$password" "the warm-up" &
    editor=$!
    with=$(jit_ms)
    out=$(SPIKE_PATHS="$SPIKE_PATHS" wrk -t32 -c32 -d10s --timeout 10s -s bench/spike.lua "$base")
    with=$(( $(jit_ms) - with ))
    kill $editor; wait $editor 2>/dev/null || true
    echo "warming up, step $step: $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s with writes; the compilers $quiet ms without writes, $with ms with (load: $(load))"
    if [ "$with" -lt "$SETTLED_MS" ] && [ $(( quiet * 5 )) -lt "$SETTLED_MS" ]; then
      settled=yes
      break
    fi
  done
  WARMED="${BENCH_SPIKE_RAPID:-60s} of the readers with saves back to back, then $(( step * 20 )) s of steps without and with writes; the JIT compilers settled: $settled"
  echo "$WARMED"
}

# The processor seconds (user and system) the app and its database have used so far: the java
# process APP, the postmaster of the data directory DATA and its backends (with the children that
# ended). Divided by the requests an arm served, a cost per request that the machine's other load
# does not change, where latency and throughput are the scheduler's on a shared machine.
app_cpu() {
  local pids=$APP postmaster
  postmaster=$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true)
  [ -n "$postmaster" ] && pids+=" $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  for pid in $pids; do cat "/proc/$pid/stat" 2>/dev/null || true; done |
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); t += $12 + $13 + $14 + $15 } END { printf "%.2f", t / hz }'
}
