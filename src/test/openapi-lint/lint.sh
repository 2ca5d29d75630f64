#!/usr/bin/env bash
# Lints the committed OpenAPI snapshot with Spectral and Redocly (the versions pinned in
# package-lock.json); run by ./mvnw verify. Installs them with npm ci when node_modules is
# missing or older than the lock file, so a repeated build does not reinstall.
# "lint.sh install" installs and lints: ./mvnw verify starts it in the background before the
# ITs, so that npm's download and the lint run while they do; "lint.sh" waits for it (a lock
# on this directory) and reports its result.
set -euo pipefail
cd "$(dirname "$0")"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false NO_UPDATE_NOTIFIER=1
exec 9<.
flock 9
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --ignore-scripts
fi
spec=../resources/openapi/openapi.json
# "install" lints too, in the background with the ITs, into target/; the lint in the verify
# phase then only replays that result (it waits on the lock above while the lint still runs).
result=../../../target/openapi-lint
lint() {
	./node_modules/.bin/spectral lint --fail-severity=error --ruleset .spectral.yaml "$spec" &&
		./node_modules/.bin/redocly lint --config redocly.yaml "$spec"
}
if [ "${1:-}" = install ]; then
	mkdir -p "$result"
	rm -f "$result/status"
	status=0
	lint >"$result/output" 2>&1 || status=$?
	echo "$status" >"$result/status"
	exit 0
fi
if [ -f "$result/status" ] && [ "$result/status" -nt "$spec" ]; then
	cat "$result/output"
	exit "$(cat "$result/status")"
fi
lint
