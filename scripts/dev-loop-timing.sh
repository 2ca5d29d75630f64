#!/usr/bin/env bash
# The developer's loop, timed (issue 27): how long `./mvnw spring-boot:run` takes to the first
# page on a fresh data directory and on a restart with nothing changed, whether stopping it with
# Ctrl-C (SIGINT to the whole process group, as a terminal sends it) is reported as a failure,
# and how soon a weak BACKCHANNEL_ADMIN_PASSWORD stops the start.
#
#   scripts/dev-loop-timing.sh            # port 18080, a temporary data directory
#   PORT=18181 MVNW_OPTS=-o scripts/dev-loop-timing.sh
#
# Prints one line per measurement and a summary; the logs stay in the printed directory.
set -euo pipefail
# Job control: each app runs in a process group of its own, and does not ignore SIGINT (a
# script's background jobs otherwise do, and Ctrl-C could not be played).
set -m
cd "$(dirname "$0")/.."

port=${PORT:-18080}
work=$(mktemp -d "${TMPDIR:-/tmp}/backchannel-dev-loop.XXXXXX")
data="$work/postgres"
read -r -a mvnw_opts <<<"${MVNW_OPTS:-}"
echo "logs and data in $work"

now() { date +%s.%N; }
# CPU seconds (user + system) used by this script's finished children, the apps among them: a
# figure the machine's other load does not inflate, unlike the wall-clock times.
# `times` runs in this shell (never in a $(…) subshell, which has no children of its own).
cpu() {
	times >"$work/times"
	cpu_seconds=$(tail -1 "$work/times" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] } printf "%.1f", t }')
}
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Starts the app in its own process group; sets $pid (the group's leader) and $log.
start() {
	log="$work/$1.log"
	shift
	env BACKCHANNEL_DATABASE_DATA_DIRECTORY="$data" SERVER_PORT="$port" "$@" \
		./mvnw "${mvnw_opts[@]}" spring-boot:run >"$log" 2>&1 &
	pid=$!
}

# Waits for the ready line and the first page; prints the seconds to each.
wait_ready() {
	local t0=$1 ready=""
	while kill -0 "$pid" 2>/dev/null; do
		if [[ -z $ready ]] && grep -qs "Backchannel is ready at" "$log"; then
			ready=$(since "$t0")
		fi
		if [[ -n $ready ]] && curl -fsS -o /dev/null "http://localhost:$port/"; then
			echo "$ready $(since "$t0")"
			return 0
		fi
		sleep 0.2
	done
	echo "the app stopped before it was ready; see $log" >&2
	return 1
}

# Ctrl-C: SIGINT to Maven and the app alike. Sets $stop: the seconds to stop, Maven's exit code.
interrupt() {
	local t0 code=0
	t0=$(now)
	kill -INT -- "-$pid"
	wait "$pid" || code=$?
	stop="$(since "$t0") $code"
}

run() {
	local name=$1 t0 times cpu0 used
	t0=$(now)
	cpu
	cpu0=$cpu_seconds
	start "$name"
	times=$(wait_ready "$t0")
	interrupt
	cpu
	used=$(awk -v a="$cpu0" -v b="$cpu_seconds" 'BEGIN { printf "%.1f", b - a }')
	local failure="no"
	grep -q "BUILD FAILURE" "$log" && failure="yes"
	printf '%-26s ready line %6ss  first page %6ss  CPU %5ss  stopped in %4ss  exit %s  BUILD FAILURE: %s\n' \
		"$name" ${times} "$used" ${stop} "$failure"
	summary+=("$name: first page after ${times#* } s (ready line ${times% *} s, $used CPU s in all);"
		"  Ctrl-C: exit ${stop#* }, BUILD FAILURE printed: $failure")
}

summary=()
run "first start (fresh data)"
run "restart (nothing changed)"

# A weak admin password: the start stops with one paragraph, no stack trace.
t0=$(now)
cpu
cpu0=$cpu_seconds
start weak-admin-password BACKCHANNEL_ADMIN_USERNAME=newcomer BACKCHANNEL_ADMIN_PASSWORD=password123456
code=0
wait "$pid" || code=$?
took=$(since "$t0")
cpu
used=$(awk -v a="$cpu0" -v b="$cpu_seconds" 'BEGIN { printf "%.1f", b - a }')
traces=$(grep -cE '^\s+at [a-z]' "$log" || true)
explained="no"
grep -q "Set BACKCHANNEL_ADMIN_PASSWORD" "$log" && explained="yes"
printf '%-26s stopped after %6ss  CPU %5ss  exit %s  explained: %s  stack-trace lines: %s\n' "weak admin password" \
	"$took" "$used" "$code" "$explained" "$traces"
summary+=("weak admin password: stopped after $took s ($used CPU s), explained: $explained, stack-trace lines: $traces")

echo
echo "summary ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  %s\n' "${summary[@]}"
