#!/usr/bin/env bash
# Backup and restore, proven end to end, with the commands of docs/operations.md.
#
# PostgreSQL: fills a scratch database through the running application's API (ateliers and a
# session), takes a pg_dump -Fc while the application runs, stops it, drops the source database,
# pg_restores the dump into another empty database, starts the application there and checks that
# the API answers exactly what it answered before the backup.
# H2: starts the application on a fresh data folder with AUTO_SERVER=TRUE (so that a second
# process may connect while it runs), fills it the same way, runs BACKUP TO with the H2 shell of
# the jar's own H2 version while the application runs, unzips the backup into a new data folder,
# starts the application there and compares again.
#
#   bash bench/backup-restore.sh            # uses target/atelier-*.jar (./mvnw -DskipTests package)
#
# Options (environment): ATELIER_JAR, BACKUP_PORT (first port tried, default 18191).
# Prints PASS or FAIL with the reasons; exits 1 on failure, 2 when it cannot run at all.
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/lib.sh

H2_OPTIONS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"

# Creates three ateliers and a session in the first one; sets FIRST to that atelier's id.
fill() {
	local port=$1 label=$2 n answer
	for n in 1 2 3; do
		answer=$(api "$port" POST /api/v1/ateliers \
			"{\"name\":\"Backup $label $n\",\"city\":\"Restoreville\",\"theme\":\"energy\",\"challenge\":\"Keep every record\"}")
		if [ "${answer##*$'\n'}" != 201 ]; then
			check fail "$label: creating an atelier answered ${answer##*$'\n'}"
			return 1
		fi
		if [ "$n" = 1 ]; then
			FIRST=$(json_id <<<"$answer")
		fi
	done
	answer=$(api "$port" POST "/api/v1/ateliers/$FIRST/sessions" \
		'{"kind":"workshop","title":"Restore rehearsal","start":"2026-12-01T14:00","timeZone":"Europe/Amsterdam","durationMinutes":90}')
	if [ "${answer##*$'\n'}" != 201 ]; then
		check fail "$label: creating a session answered ${answer##*$'\n'}"
		return 1
	fi
}

# What the API shows of the filled records: the atelier list and the first atelier's sessions.
snapshot() {
	local port=$1
	api "$port" GET /api/v1/ateliers
	echo
	api "$port" GET "/api/v1/ateliers/$FIRST/sessions"
}

# Compares the snapshot after the restore with the one before; checks the restored start's log.
compare() {
	local label=$1 port=$2 log=$3
	snapshot "$port" >"$WORK/$label-after.txt"
	if cmp -s "$WORK/$label-before.txt" "$WORK/$label-after.txt"; then
		check ok "$label: the restored application answers the same ateliers and session as before the backup"
	else
		check fail "$label: the restored content differs (diff $WORK/$label-before.txt $WORK/$label-after.txt)"
	fi
	check_clean_log "$label" "$log" "the restored start's log"
}

postgresql() {
	local port source=atelier_backup_source target=atelier_backup_restored start
	port=$(free_port "${BACKUP_PORT:-18191}")
	echo
	pg_scratch "$source"
	up postgresql first "$WORK/postgresql-first.log" "$port" "pg:$source" || return 0
	say "postgresql: first start, health UP after $UP_SECONDS s"
	fill "$port" postgresql || return 0
	snapshot "$port" >"$WORK/postgresql-before.txt"

	start=$SECONDS
	pg_dump -h "$PG_HOST" -p "$PG_PORT" -U postgres -Fc -f "$WORK/atelier.dump" "$source"
	check ok "postgresql: pg_dump -Fc while the application runs ($((SECONDS - start)) s, $(stat -c %s "$WORK/atelier.dump") bytes)"
	stop_node "$PID" TERM
	psql_admin -c "drop database $source with (force)"

	pg_scratch "$target"
	start=$SECONDS
	if pg_restore -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$target" --no-owner "$WORK/atelier.dump"; then
		check ok "postgresql: pg_restore into an empty database ($((SECONDS - start)) s)"
	else
		check fail "postgresql: pg_restore failed"
		return 0
	fi
	up postgresql restored "$WORK/postgresql-restored.log" "$port" "pg:$target" || return 0
	say "postgresql: restored start, health UP after $UP_SECONDS s"
	compare postgresql "$port" "$WORK/postgresql-restored.log"
	stop_node "$PID" TERM
}

h2() {
	local port data="$PWD/$WORK/h2-data" restored="$PWD/$WORK/h2-restored" zip="$PWD/$WORK/atelier-h2-backup.zip"
	local h2jar start
	port=$(free_port "${BACKUP_PORT:-18191}")
	echo
	up h2 first "$WORK/h2-first.log" "$port" "h2:$data" \
		"--spring.datasource.url=jdbc:h2:file:$data/atelier;$H2_OPTIONS;AUTO_SERVER=TRUE" || return 0
	say "h2: first start, health UP after $UP_SECONDS s"
	fill "$port" h2 || return 0
	snapshot "$port" >"$WORK/h2-before.txt"

	# The H2 of the jar itself: a backup must be read by the same H2 version.
	unzip -q -o -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK"
	h2jar=$(ls "$WORK"/h2-*.jar)
	start=$SECONDS
	if "$JAVA" -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$data/atelier;$H2_OPTIONS;AUTO_SERVER=TRUE" \
		-user atelier -password "" -sql "BACKUP TO '$zip'" >"$WORK/h2-backup.log" 2>&1 && [ -s "$zip" ]; then
		check ok "h2: BACKUP TO while the application runs ($((SECONDS - start)) s, $(stat -c %s "$zip") bytes, $(basename "$h2jar"))"
	else
		check fail "h2: BACKUP TO failed (see $WORK/h2-backup.log)"
		return 0
	fi
	if curl -s -m 5 "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'; then
		check ok "h2: the application kept running during the backup"
	else
		check fail "h2: the application is not UP after the backup"
	fi
	stop_node "$PID" TERM

	mkdir -p "$restored"
	unzip -q "$zip" -d "$restored"
	up h2 restored "$WORK/h2-restored.log" "$port" "h2:$restored" || return 0
	say "h2: restored start, health UP after $UP_SECONDS s"
	compare h2 "$port" "$WORK/h2-restored.log"
	stop_node "$PID" TERM
}

bench_init backup-restore
postgresql
h2
finish backup-restore
