#!/usr/bin/env bash
# Crash safety: every write the application acknowledged survives a hard kill.
#
# On PostgreSQL (a scratch database) and then on the embedded H2 file database (a fresh data
# folder): starts the packaged jar, sends concurrent writes through the REST API (new ateliers,
# as the administrator over HTTP Basic), records every write answered 201 with its id and name,
# kills the process with SIGKILL while writes are in flight, starts it again on the same database
# and checks that it starts cleanly (health UP, no Flyway or other error in its log) and that every
# acknowledged atelier is there.
#
#   bash bench/crash-test.sh                # uses target/atelier-*.jar (./mvnw -DskipTests package)
#   ATELIER_JAR=path/to.jar bash bench/crash-test.sh
#
# Options (environment): CRASH_WORKERS (parallel writers, default 4), CRASH_ACKS (acknowledged
# writes to wait for before the kill, default 40), CRASH_PORT (first port tried, default 18181),
# CRASH_DATABASES (default "postgresql h2").
# Prints PASS or FAIL with the reasons; exits 1 on failure, 2 when it cannot run at all.
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/lib.sh

WORKERS=${CRASH_WORKERS:-4}
ACKS=${CRASH_ACKS:-40}

# One writer: creates ateliers until the server stops answering; appends "id<TAB>name" of each
# write answered 201 to its acknowledgement file and any other status to its odd-answers file.
writer() {
	local port=$1 label=$2 w=$3 acked=$4 odd=$5 i response code
	for i in $(seq 1 100000); do
		local name="crash-$label-w$w-$i"
		response=$(curl -s -m 20 -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
			-H 'Accept: application/json' -w '\n%{http_code}' \
			--data "{\"name\":\"$name\",\"city\":\"Crashtown\",\"theme\":\"energy\"}" \
			"http://127.0.0.1:$port/api/v1/ateliers" 2>/dev/null) || true
		code=${response##*$'\n'}
		case "$code" in
			201) printf '%s\t%s\n' "$(json_id <<<"$response")" "$name" >>"$acked" ;;
			000 | '') return 0 ;;
			*) printf '%s\t%s\n' "$code" "$name" >>"$odd" ;;
		esac
	done
}

# crash <label> <database spec as start_node takes it>
crash() {
	local label=$1 db=$2
	local port pid w start acked="$WORK/$label-acked.tsv" odd="$WORK/$label-odd.tsv"
	: >"$acked"
	: >"$odd"
	port=$(free_port "${CRASH_PORT:-18181}")
	echo
	say "$label: first start on port $port"
	up "$label" first "$WORK/$label-first.log" "$port" "$db" || return 0
	pid=$PID
	say "$label: up after $UP_SECONDS s; $WORKERS writers until $ACKS writes are acknowledged"

	local writers=()
	for w in $(seq 1 "$WORKERS"); do
		writer "$port" "$label" "$w" "$WORK/$label-acked-$w.tsv" "$odd" &
		writers+=($!)
	done
	start=$SECONDS
	while [ "$(cat "$WORK/$label"-acked-*.tsv 2>/dev/null | wc -l)" -lt "$ACKS" ] && [ $((SECONDS - start)) -lt 60 ]; do
		sleep 0.2
	done
	stop_node "$pid" KILL
	say "$label: SIGKILL sent with writes in flight"
	for w in "${writers[@]}"; do
		wait "$w" || true
	done
	cat "$WORK/$label"-acked-*.tsv >"$acked" 2>/dev/null || true
	local count
	count=$(wc -l <"$acked")
	say "$label: $count writes acknowledged before the kill"
	if [ "$count" -lt "$ACKS" ]; then
		check fail "$label: only $count of $ACKS writes were acknowledged within 60 s"
	fi
	if [ -s "$odd" ]; then
		check fail "$label: writes answered neither 201 nor 'connection gone': $(cut -f1 "$odd" | sort | uniq -c | tr -s ' \n' ' ')"
	fi

	say "$label: restart on the same database"
	up "$label" second "$WORK/$label-restart.log" "$port" "$db" || return 0
	pid=$PID
	check ok "$label: restarted, health UP after $UP_SECONDS s"
	check_clean_log "$label" "$WORK/$label-restart.log" "the restart log"

	local present="$WORK/$label-present.tsv" missing=0 id name
	atelier_lines "$port" | cut -f1,2 >"$present"
	while IFS=$'\t' read -r id name; do
		if ! grep -q -x -F "$id"$'\t'"$name" "$present"; then
			missing=$((missing + 1))
			echo "        missing: $id $name"
		fi
	done <"$acked"
	if [ "$missing" -eq 0 ] && [ "$count" -gt 0 ]; then
		check ok "$label: all $count acknowledged writes are present ($(grep -c -F "crash-$label-" "$present") found in all)"
	elif [ "$missing" -gt 0 ]; then
		check fail "$label: $missing of $count acknowledged writes are missing after the restart"
	fi
	stop_node "$pid" TERM
}

bench_init crash-test
for database in ${CRASH_DATABASES:-postgresql h2}; do
	case "$database" in
		postgresql) pg_scratch atelier_crash_test && crash postgresql pg:atelier_crash_test ;;
		h2) crash h2 "h2:./$WORK/h2-data" ;;
		*) check fail "unknown database '$database' in CRASH_DATABASES (postgresql, h2)" ;;
	esac
done
finish crash-test
