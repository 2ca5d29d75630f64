#!/usr/bin/env bash
# The news spike alone (issue 28), as bench/run.sh runs it, but repeated: starts the packaged app
# on data/bench-N (generated when missing, as bench/run.sh does), warms it up, then runs
# BENCH_SPIKE_ROUNDS rounds of the two arms back to back: 32 readers on a mix of the timeline, two
# channels, the statistics, event pages and the API (bench/spike.lua) for BENCH_SPIKE_DURATION
# without writes, then the same while an editor saves an event every 2 s over the API. Each round's
# ratios (with ÷ without) and their spread go to bench/results/spike-<date>.md (BENCH_SPIKE_LABEL
# names the run in it). Two p99s: the one of the requests sent, as bench/spike.lua times each
# (one connection per wrk thread), and wrk's own, which adds made-up samples for every slow
# response (its correction for coordinated omission; see bench/spike.lua). The warm-up saves the
# event BENCH_SPIKE_WARM_SAVES times (150), then runs the readers with the editor saving until the
# JIT compilers have settled (spike_settle in bench/lib.sh), so the code that writes and rebuilds
# is compiled before the first round, as that of the readers is (the rounds measure the writes,
# not the JIT). Each arm's processor time per request (the app and its database) is reported too,
# the figure other load on the machine changes least, and the JIT compilers' time in each arm.
# Needs wrk, jq and curl. On a shared machine run it under nice.
#
#   nice -n 10 bench/spike.sh              # 10k events, 4 rounds
#   BENCH_REUSE=1 BENCH_SPIKE_ROUNDS=2 nice -n 10 bench/spike.sh 10000
#   BENCH_JAR=/tmp/before/target/backchannel-0.0.1-SNAPSHOT.jar BENCH_SPIKE_DATA=data/bench-before-10000 \
#     BENCH_SPIKE_LABEL=before nice -n 10 bench/spike.sh 10000
#   BENCH_JAVA_OPTS=-XX:+PrintCompilation bench/spike.sh 10000   # options for the app's JVM
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

N=${1:-10000}
ROUNDS=${BENCH_SPIKE_ROUNDS:-4}
DURATION=${BENCH_SPIKE_DURATION:-15s}
LABEL=${BENCH_SPIKE_LABEL:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}
PORT=${BENCH_PORT:-18082}
CONNECTIONS=32
# One connection per wrk thread: each is a reader of its own, and spike.lua can time each request.
THREADS=32
STAMP=$(date -u +%Y-%m-%d)
STARTED=$(date -u +%H:%M)
RESULTS=bench/results/spike-$STAMP.md
USER_NAME=spike-editor

# BENCH_JAR runs another build (the code before a change, for comparison) on its own database.
if [ -n "${BENCH_JAR:-}" ]; then JAR=$BENCH_JAR; else bench_jar; fi
DATA=${BENCH_SPIKE_DATA:-data/bench-$N}
ensure_data "$N" "$DATA"

# The editor's password, made once per database: the app creates the account at its first start
# and keeps the password it was created with.
[ -f "$DATA/.spike-password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' | sed 's/^/Spike-/' > "$DATA/.spike-password"
PASSWORD=$(cat "$DATA/.spike-password")

# The app as bench/run.sh starts it (the same lifted protections; see bench/lib.sh).
start_app "bench/results/spike-app-$N.log" -Xmx512m -Xms512m ${BENCH_JAVA_OPTS:-} -jar "$JAR" --backchannel.database.data-directory="$DATA" \
  "${LIFTED[@]}" --backchannel.admin.username=$USER_NAME --backchannel.admin.password="$PASSWORD"
base="http://localhost:$PORT"

# One arm: sets RPS_OUT P50 P99 ERRORS, and CPU_MS: the app's and its database's processor time
# per request, in milliseconds (app_cpu in bench/lib.sh).
readers() {
  local before out requests jit
  before=$(app_cpu)
  jit=$(jit_ms)
  out=$(SPIKE_PATHS="$SPIKE_PATHS" wrk -t$THREADS -c$CONNECTIONS -d"$1" --timeout 10s --latency -s bench/spike.lua "$base")
  figures "$out"
  [ "$P99_REQ" = n/a ] && echo "$out" >&2
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  CPU_MS=$(awk -v a="$before" -v b="$(app_cpu)" -v n="$requests" 'BEGIN { printf "%.3f", (b - a) * 1000 / n }')
  # (a compiler thread that ended during the arm takes its time with it: never below 0)
  JIT_MS=$(( $(jit_ms) - jit ))
  [ "$JIT_MS" -ge 0 ] || JIT_MS=0
}

# readers_while_saving DURATION NAME: one arm while the editor saves; sets SAVED and FAILED too.
readers_while_saving() {
  local saves editor
  saves=$(mktemp)
  spike_editor "$saves" "$USER_NAME" "$PASSWORD" "$2" &
  editor=$!
  readers "$1"
  kill $editor; wait $editor 2>/dev/null || true
  SAVED=$(grep -c '^200$' "$saves" || true)
  FAILED=$(grep -vc '^200$' "$saves" || true)
  rm -f "$saves"
}

spike_prepare "$USER_NAME" "$PASSWORD"

# The warm-up, not measured: BENCH_SPIKE_WARM_SAVES saves back to back (a server that has been up
# a while has run its write path often; without them each save of the rounds runs cold code, some
# 100 ms of processor instead of 40), then the readers while the editor saves back to back, and
# the readers without and with writes until the JIT compilers have settled (spike_settle in
# bench/lib.sh).
warm_saves=$(for k in $(seq 1 "${BENCH_SPIKE_WARM_SAVES:-150}"); do
  spike_save "$USER_NAME" "$PASSWORD" "Saved while warming up, revision $k."; done | grep -c '^200$' || true)
echo "warming up: $warm_saves saves (load: $(load))"
spike_settle "$USER_NAME" "$PASSWORD"
rows=""
ratios=""
for round in $(seq 1 "$ROUNDS"); do
  readers "$DURATION"
  quiet_rps=$RPS_OUT quiet_p50=$P50 quiet_p99=$P99 quiet_errors=$ERRORS quiet_cpu=$CPU_MS
  quiet_req50=$P50_REQ quiet_req99=$P99_REQ quiet_req999=$P999_REQ quiet_jit=$JIT_MS
  readers_while_saving "$DURATION" "round $round"
  rps_ratio=$(awk -v a="$RPS_OUT" -v b="$quiet_rps" 'BEGIN { printf "%.2f", a / b }')
  p99_ratio=$(awk -v a="$P99" -v b="$quiet_p99" 'BEGIN { printf "%.2f", a / b }')
  req99_ratio=$(awk -v a="$P99_REQ" -v b="$quiet_req99" 'BEGIN { printf "%.2f", a / b }')
  cpu_ratio=$(awk -v a="$CPU_MS" -v b="$quiet_cpu" 'BEGIN { printf "%.2f", a / b }')
  load=$(load | cut -d, -f1)
  printf 'round %s: %s req/s p99 %s ms per request (%s ms wrk) errors %s without writes; %s req/s p99 %s ms per request (%s ms wrk) errors %s with %s saves (%s failed): throughput %s x, p99 %s x per request (%s x wrk); processor per request %s → %s ms, %s x; the compilers %s → %s ms (load %s)\n' \
    "$round" "$quiet_rps" "$quiet_req99" "$quiet_p99" "$quiet_errors" "$RPS_OUT" "$P99_REQ" "$P99" "$ERRORS" "$SAVED" "$FAILED" "$rps_ratio" \
    "$req99_ratio" "$p99_ratio" "$quiet_cpu" "$CPU_MS" "$cpu_ratio" "$quiet_jit" "$JIT_MS" "$load"
  rows+="| $round | $quiet_rps | $quiet_req50 | $quiet_req99 | $quiet_req999 | $quiet_p99 | $quiet_errors | $RPS_OUT | $P50_REQ | $P99_REQ | $P999_REQ | $P99 | $ERRORS | $SAVED ($FAILED failed) | $rps_ratio | $req99_ratio | $p99_ratio | $quiet_cpu | $CPU_MS | $cpu_ratio | $quiet_jit | $JIT_MS | $load |"$'\n'
  ratios+="$rps_ratio $req99_ratio $cpu_ratio $p99_ratio"$'\n'
done
summary=$(echo -n "$ratios" | awk '{ t[NR] = $1; p[NR] = $2; c[NR] = $3; w[NR] = $4 } END {
  tmin = tmax = t[1]; pmin = pmax = p[1]; cmin = cmax = c[1]; wmin = wmax = w[1]
  for (i = 2; i <= NR; i++) { if (t[i] < tmin) tmin = t[i]; if (t[i] > tmax) tmax = t[i]; if (p[i] < pmin) pmin = p[i]; if (p[i] > pmax) pmax = p[i]; if (c[i] < cmin) cmin = c[i]; if (c[i] > cmax) cmax = c[i]; if (w[i] < wmin) wmin = w[i]; if (w[i] > wmax) wmax = w[i] }
  printf "throughput with ÷ without %.2f–%.2f, p99 per request with ÷ without %.2f–%.2f (wrk’s corrected p99 %.2f–%.2f), processor per request with ÷ without %.2f–%.2f over %d rounds", tmin, tmax, pmin, pmax, wmin, wmax, cmin, cmax, NR }')
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
  echo "$warm_saves saves back to back, then $WARMED (steps of 10 s without and with writes until the compilers used less than $SETTLED_MS ms with writes and a fifth of it without). Without writes, then with: p50, p99 and p99.9 of the requests sent (per request), wrk's p99 (corrected for coordinated omission), and the processor time the JIT compilers used in each arm."
  echo
  echo "| round | req/s without writes | p50 ms | p99 ms | p99.9 ms | wrk p99 ms | errors | req/s with writes | p50 ms | p99 ms | p99.9 ms | wrk p99 ms | errors | saves | throughput with ÷ without | p99 with ÷ without | wrk p99 with ÷ without | processor ms per request without | with | with ÷ without | compilers ms without | with | load |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "$summary."
} >> "$RESULTS"
echo "results in $RESULTS"
