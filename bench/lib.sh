# Shared helpers of the operations scripts (crash-test.sh, backup-restore.sh, two-nodes.sh).
# Sourced, never run. Each script starts the packaged jar on scratch databases it creates itself;
# everything it starts or creates is stopped or dropped on exit, whatever the outcome.
#
# Environment a caller may set:
#   ATELIER_JAR      the jar to run (default: the only target/atelier-*.jar)
#   PG_HOST, PG_PORT PostgreSQL for the scratch databases (default 127.0.0.1:5432, user postgres)
#   BENCH_JAVA_OPTS  JVM options of every started node

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
ADMIN_PASSWORD=bench-admin-password-$RANDOM$RANDOM
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:--Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"

started_pids=()
scratch_dbs=()
failures=()

say() {
	echo "[$(date -u +%H:%M:%S)] $*"
}

check() {
	local verdict=$1
	shift
	if [ "$verdict" = ok ]; then
		echo "  ok    $*"
	else
		echo "  FAIL  $*"
		failures+=("$*")
	fi
}

# Prints PASS or FAIL with every failed check, and exits accordingly.
finish() {
	local name=$1
	echo
	if [ "${#failures[@]}" -eq 0 ]; then
		echo "$name: PASS ($SECONDS s)"
		exit 0
	fi
	echo "$name: FAIL ($SECONDS s)"
	local f
	for f in "${failures[@]}"; do
		echo "  - $f"
	done
	exit 1
}

# Sets JAR to the packaged application and WORK to a fresh folder under target/bench/<name>.
bench_init() {
	local name=$1
	if [ ! -x "$JAVA" ]; then
		echo "$name: no JDK at $JAVA_HOME" >&2
		exit 2
	fi
	JAR=${ATELIER_JAR:-}
	if [ -z "$JAR" ]; then
		local jars=(target/atelier-*.jar)
		if [ ! -f "${jars[0]}" ]; then
			echo "$name: no target/atelier-*.jar; build it with ./mvnw -DskipTests package or set ATELIER_JAR" >&2
			exit 2
		fi
		JAR=${jars[0]}
	fi
	WORK=target/bench/$name
	rm -rf "$WORK"
	mkdir -p "$WORK"
	trap cleanup EXIT
	trap 'exit 130' INT TERM
	say "$name: jar $JAR, logs in $WORK"
}

cleanup() {
	local pid db
	for pid in "${started_pids[@]}"; do
		kill -KILL "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	for db in "${scratch_dbs[@]}"; do
		psql_admin -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
	done
}

psql_admin() {
	PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres "$@"
}

# Prints the result of one query on a database, unaligned, without headers.
psql_query() {
	local db=$1
	shift
	psql -X -q -t -A -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$db" -c "$1"
}

# Creates an empty scratch database, dropped again on exit.
pg_scratch() {
	local db=$1
	psql_admin -c "drop database if exists $db with (force)"
	psql_admin -c "create database $db"
	scratch_dbs+=("$db")
}

# The first port from $1 on that nothing listens on.
free_port() {
	local port=$1
	while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
		port=$((port + 1))
	done
	echo "$port"
}

# Starts a node in the background: start_node <log> <port> <database: h2:<dir> or pg:<name>> [--option=value ...].
# Sets NODE_PID.
start_node() {
	local log=$1 port=$2 db=$3
	shift 3
	local env=(ATELIER_ADMIN_PASSWORD="$ADMIN_PASSWORD" ATELIER_DEMO_ENABLED=false SERVER_PORT="$port")
	case "$db" in
		h2:*) env+=(ATELIER_DATA_DIR="${db#h2:}") ;;
		pg:*) env+=(SPRING_PROFILES_ACTIVE=postgres
			SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/${db#pg:}"
			SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=) ;;
		*) echo "start_node: unknown database $db" >&2; return 2 ;;
	esac
	env "${env[@]}" "$JAVA" "${JAVA_OPTS[@]}" -jar "$JAR" "$@" >>"$log" 2>&1 &
	NODE_PID=$!
	started_pids+=("$NODE_PID")
}

# Waits until the node on a port answers health UP; fails when its process ends first or after
# the timeout (seconds, default 120).
wait_up() {
	local port=$1 pid=$2 timeout=${3:-120} start=$SECONDS
	while [ $((SECONDS - start)) -lt "$timeout" ]; do
		if ! kill -0 "$pid" 2>/dev/null; then
			return 1
		fi
		if curl -s -m 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
			return 0
		fi
		sleep 0.5
	done
	return 1
}

# Starts a node and waits for health UP: up <label> <which start> <log> <port> <database> [options].
# Sets PID and UP_SECONDS; records a failed check and returns 1 when the node does not come up.
up() {
	local label=$1 what=$2 log=$3 port=$4 start=$SECONDS
	shift 2
	start_node "$@"
	PID=$NODE_PID
	if ! wait_up "$port" "$PID"; then
		check fail "$label: the $what start did not reach health UP (see $log)"
		stop_node "$PID" KILL
		return 1
	fi
	UP_SECONDS=$((SECONDS - start))
}

# Checks that a node's log shows no start problem: check_clean_log <label> <log> <what it is>.
check_clean_log() {
	local problems
	problems=$(start_problems "$2")
	if [ -z "$problems" ]; then
		check ok "$1: no Flyway or other error in $3"
	else
		check fail "$1: $3 has errors: $problems"
	fi
}

# Stops a node with a signal (default TERM) and waits for its process to end.
stop_node() {
	local pid=$1 signal=${2:-TERM}
	kill "-$signal" "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

# Signs of a start that did not go cleanly in a node's log: Flyway or start-up failures and
# ERROR lines (plain or ECS JSON).
start_problems() {
	grep -E -i 'FlywayException|Validate failed|Migration .* failed|APPLICATION FAILED TO START|"log.level":"ERROR"| ERROR [0-9]+ ---' "$1" \
		| head -n 5 || true
}

# An API call as the administrator: api <port> <method> <path> [json body]. Prints the body and
# then the status code on a line of its own.
api() {
	local port=$1 method=$2 path=$3 body=${4:-}
	local args=(-s -m 30 -u "admin:$ADMIN_PASSWORD" -X "$method" -H 'Accept: application/json'
		-w '\n%{http_code}' "http://127.0.0.1:$port$path")
	if [ -n "$body" ]; then
		args+=(-H 'Content-Type: application/json' --data "$body")
	fi
	curl "${args[@]}" || printf '\n000'
}

# The JSON "id" of a body (the first one).
json_id() {
	sed -n -E 's/^[^{]*\{"id":([0-9]+).*/\1/p' | head -n 1
}

# The ateliers the administrator sees, one "id<TAB>name<TAB>city" line each, sorted.
atelier_lines() {
	local port=$1
	curl -s -m 30 -u "admin:$ADMIN_PASSWORD" -H 'Accept: application/json' "http://127.0.0.1:$port/api/v1/ateliers" \
		| grep -o -E '\{"id":[0-9]+,"name":"[^"]*","city":"[^"]*"' \
		| sed -E 's/\{"id":([0-9]+),"name":"([^"]*)","city":"([^"]*)"/\1\t\2\t\3/' | sort -n
}
