#!/usr/bin/env bash
# Scale sweep: asks every public GET route (pages, API lists and details, exports, feed,
# calendar, embed, oEmbed, citations, stats, sign-in page, OpenAPI) of the app started on each
# generated database with every cache off (backchannel.query-cache.size=0,
# backchannel.response-cache.size=0), one request at a time: every route's first answer after the
# start (cold), one route after the other, then BENCH_SWEEP_REPEAT more of each; reports status, first, p50 and p95 per route into
# bench/results/sweep-<date>.md. The databases are bench/run.sh's (data/bench-N; generated here
# when missing). Needs curl, jq and a built jar (bench/run.sh builds one; BENCH_REUSE=1 keeps it).
#
#   bench/sweep.sh                 # 10k and 1M events
#   bench/sweep.sh 1000000         # only 1M
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZES=${*:-10000 1000000}
REPEAT=${BENCH_SWEEP_REPEAT:-20}
PORT=${BENCH_PORT:-18081}
HEAP=512m
STAMP=$(date -u +%Y-%m-%d)
RESULTS=bench/results/sweep-$STAMP.md
TARGET_MS=1000

bench_jar

rows=""
for N in $SIZES; do
  DATA=data/bench-$N
  ensure_data "$N" "$DATA"
  echo "== starting the app on $N events, every cache off (load: $(load))"
  start_app "bench/results/sweep-app-$N.log" -Xmx$HEAP -Xms$HEAP -jar "$JAR" --backchannel.database.data-directory="$DATA" \
    --backchannel.query-cache.size=0 --backchannel.response-cache.size=0 \
    --backchannel.rate-limit.expensive-reads=1000000000 --spring.datasource.hikari.connection-timeout=10000
  base="http://localhost:$PORT"
  # Real slugs and ids of this database (the API's cheapest calls, not measured).
  event=synthetic-event-$(( N / 2 ))
  source_id=$(curl -sf "$base/api/events/$event" | jq -r '.sources[0].id // 1')
  proposal=synthetic-proposal-3
  busy_actor=synthetic-actor-37
  # The change feed as a client asks it: a first sync from the beginning (a full answer), and a
  # poll for the last hour.
  since_hour=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)
  routes=(
    "/" "/?q=Talks" "/?actor=sergei-lavrov&actor=marco-rubio" "/?actor=synthetic-actor-1&actor=synthetic-actor-2"
    "/?type=SUMMIT&channel=LEADERS" "/events/$event" "/events/$event/cite.bib" "/events/$event/cite.json"
    "/actors" "/actors/$busy_actor" "/actors/sergei-lavrov" "/proposals" "/proposals/$proposal"
    "/sources/$source_id" "/stats" "/embed?actor=$busy_actor"
    "/oembed?url=$(jq -rn --arg u "$base/?actor=$busy_actor" '$u|@uri')" "/feed.atom" "/calendar.ics"
    "/calendar.ics?actor=$busy_actor" "/api/events.csv?limit=100" "/api/events" "/api/events?q=ceasefire"
    "/api/events?actor=$busy_actor" "/api/events/$event" "/api/actors" "/api/actors/$busy_actor"
    "/api/proposals" "/api/proposals/$proposal" "/api/sources/$source_id" "/api/changes?since=2000-01-01T00:00:00Z" "/api/changes?since=$since_hour" "/login" "/v3/api-docs"
  )
  # One request per route first: each route's cold answer (the "first" column). Only then the
  # repeats, so the first route measured does not carry the warm-up of the whole app in its p95.
  declare -A FIRST FIRST_STATUS
  for route in "${routes[@]}"; do
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 30 "$base$route" || echo "000 30")
    FIRST_STATUS[$route]=${out%% *}
    FIRST[$route]=$(awk -v t="${out##* }" 'BEGIN { printf "%.0f", t * 1000 }')
  done
  for route in "${routes[@]}"; do
    times=("${FIRST[$route]}")
    statuses="${FIRST_STATUS[$route]} "
    for k in $(seq 1 "$REPEAT"); do
      out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 30 "$base$route" || echo "000 30")
      statuses+="${out%% *} "
      times+=("$(awk -v t="${out##* }" 'BEGIN { printf "%.0f", t * 1000 }')")
    done
    first=${times[0]}
    stats=$(printf '%s\n' "${times[@]:1}" | sort -n | awk '{ v[NR] = $1 } END {
      p50 = v[int((NR + 1) / 2)]; i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; printf "%s %s %s", p50, v[i], v[NR] }')
    read -r p50 p95 max <<< "$stats"
    status=$(echo "$statuses" | tr ' ' '\n' | grep -v '^$' | sort | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = ", " }')
    verdict=$([ "$p95" -lt $TARGET_MS ] && echo ok || echo "**over**")
    printf '%-8s %-60s %-14s first %6s ms  p50 %6s  p95 %6s  max %6s  %s\n' "$N" "$route" "$status" "$first" "$p50" "$p95" "$max" "$verdict"
    rows+="| $N | \`$route\` | $status | $first | $p50 | $p95 | $max | $verdict |"$'\n'
  done
  stop_app
done

{
  echo "# Scale sweep $STAMP"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(java -version 2>&1 | head -n 1); shared with other agents' builds and tests while it ran (load average at the end: $(uptime | sed 's/.*load average: //'))."
  echo "App: the fat jar, \`-Xmx$HEAP\`, query and response caches off; one request at a time with curl: the first of every route after the start (cold, all routes in turn), then $REPEAT more per route (p50, p95, max of those). Target: p95 under $TARGET_MS ms at 1M."
  echo
  echo "| events | route | statuses | first ms | p50 ms | p95 ms | max ms | p95 < $TARGET_MS ms |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
} > "$RESULTS"
echo "written to $RESULTS"
