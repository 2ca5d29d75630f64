#!/usr/bin/env bash
# The timeline's Cumulative Layout Shift, measured by Lighthouse (npm) in the system's Chromium,
# on a phone (Lighthouse's mobile emulation) and a desktop (its desktop preset). Target: 0.05 or
# less on both (issue 27).
#
#   scripts/lighthouse-cls.sh                 # package the app if needed, start it on a fresh
#                                             # database in target/, measure, stop it
#   BACKCHANNEL_URL=http://localhost:8080/ scripts/lighthouse-cls.sh   # measure a running app
#
# Prints one line per form factor ("mobile CLS 0.000") and exits 1 when either is above 0.05.
# Reports (JSON) are kept in target/lighthouse/. Lighthouse is installed once with npm into
# scripts/lighthouse/node_modules (the version in scripts/lighthouse/package.json).
set -euo pipefail
cd "$(dirname "$0")/.."

export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
LIMIT=0.05
OUT=target/lighthouse
mkdir -p "$OUT"

if [ ! -x scripts/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd scripts/lighthouse && npm install --no-audit --no-fund --silent)
fi

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT

URL=${BACKCHANNEL_URL:-}
if [ -z "$URL" ]; then
  JAR=$(ls target/backchannel-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
  if [ -z "$JAR" ]; then
    ./mvnw -q -DskipTests package
    JAR=$(ls target/backchannel-*.jar | grep -v '\.original$' | head -n 1)
  fi
  PORT=${PORT:-8089}
  rm -rf target/lighthouse-db
  java -jar "$JAR" --server.port="$PORT" --backchannel.database.data-directory=target/lighthouse-db \
    > "$OUT/app.log" 2>&1 &
  APP_PID=$!
  URL="http://localhost:$PORT/"
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "$URL"; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app did not start: see $OUT/app.log" >&2; exit 2; fi
    sleep 1
  done
fi
# one warm-up request, so the measurement sees the page as readers do, not the first compile
curl -fs -o /dev/null "$URL"

status=0
for factor in mobile desktop; do
  preset=()
  if [ "$factor" = desktop ]; then preset=(--preset=desktop); fi
  scripts/lighthouse/node_modules/.bin/lighthouse "$URL" "${preset[@]}" --only-categories=performance \
    --output=json --output-path="$OUT/timeline-$factor.json" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage --disable-gpu"
  cls=$(node -e 'const r = require(process.argv[1]); const a = r.audits["cumulative-layout-shift"];
    process.stdout.write(a.numericValue.toFixed(3));' "$PWD/$OUT/timeline-$factor.json")
  echo "$factor CLS $cls"
  if ! node -e 'process.exit(parseFloat(process.argv[1]) <= parseFloat(process.argv[2]) ? 0 : 1)' "$cls" "$LIMIT"; then
    status=1
  fi
done
exit $status
