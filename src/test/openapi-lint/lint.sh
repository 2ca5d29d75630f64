#!/usr/bin/env bash
# Lints the committed OpenAPI snapshot with Spectral and Redocly (the versions pinned in
# package-lock.json); run by ./mvnw verify. Installs them with npm ci when node_modules is
# missing or older than the lock file, so a repeated build does not reinstall.
# "lint.sh install" only installs: ./mvnw verify starts it in the background before the ITs,
# so that npm's download runs while they do; the lint waits for it (a lock on this directory).
set -euo pipefail
cd "$(dirname "$0")"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false NO_UPDATE_NOTIFIER=1
exec 9<.
flock 9
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --ignore-scripts
fi
if [ "${1:-}" = install ]; then
	exit 0
fi
spec=../resources/openapi/openapi.json
./node_modules/.bin/spectral lint --fail-severity=error --ruleset .spectral.yaml "$spec"
./node_modules/.bin/redocly lint --config redocly.yaml "$spec"
