#!/usr/bin/env bash
# Profiles one uncached scenario with Java Flight Recorder: starts the packaged app (extracted,
# WITHOUT the CDS archive: JFR and CDS together crash this JDK at start) on data/bench-N, warms up,
# records SECONDS of wrk load, and prints where the time goes (bench/jfr_summary.py).
#
#   bench/profile.sh [N] [event|actor|search|filter-api|filter-page|deep-search] [SECONDS]
#
# Run bench/run.sh N first (it generates data/bench-N and extracts the jar). Writes
# bench/results/profile-<kind>-N.jfr and .txt.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
KIND=${2:-event}
SECONDS_=${3:-30}
PORT=${BENCH_PORT:-18081}
APP_JAR=$(ls target/extracted/backchannel-*.jar | head -n 1)
OUT=bench/results/profile-$KIND-$N
java -Xmx512m -Xms512m -jar "$APP_JAR" --server.port=$PORT --logging.level.root=WARN \
  --backchannel.database.data-directory=data/bench-$N \
  --backchannel.reads.max-concurrent=16 --spring.datasource.hikari.maximum-pool-size=20 \
  --backchannel.rate-limit.expensive-reads=1000000000 > "$OUT.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
  kill -0 $APP 2>/dev/null || { echo "the app died; see $OUT.log"; exit 1; }
  sleep 0.2
done
export VARIED=$KIND EVENTS=$N
wrk --timeout 10s -t2 -c16 -d15s -s bench/varied.lua "http://localhost:$PORT" >/dev/null
jcmd $APP JFR.start name=bench settings=profile >/dev/null
wrk --timeout 10s -t2 -c16 -d"${SECONDS_}s" -s bench/varied.lua "http://localhost:$PORT" | grep -E "Requests/sec|Latency"
jcmd $APP JFR.dump name=bench filename=$PWD/$OUT.jfr >/dev/null
kill $APP; wait $APP 2>/dev/null || true
trap - EXIT
jfr print --events jdk.ExecutionSample --stack-depth 200 "$OUT.jfr" | python3 bench/jfr_summary.py | tee "$OUT.txt"
