#!/usr/bin/env bash
# Two nodes on one PostgreSQL database, as behind a load balancer without sticky sessions.
#
# Starts two instances of the packaged jar at the same time on different ports against one scratch
# database (Flyway's lock lets only one of them migrate), then checks:
#   - a browser session signed in through node A (form login with its CSRF token) is valid on
#     node B: a page answers 200 there with A's SESSION cookie, and a redirect to /login without it;
#   - an atelier written through the API of node A is read through node B;
#   - the reminder job (every 2 s here) runs once per round across the cluster: for three overdue
#     actions, exactly three reminders exist, the "Reminders: n written" lines of both logs add up
#     to three, both nodes took the job_lock lease at some point, and neither logged an error.
#
#   bash bench/two-nodes.sh                 # uses target/atelier-*.jar (./mvnw -DskipTests package)
#
# Options (environment): ATELIER_JAR, TWO_NODES_PORT (first port tried, default 18281).
# Prints PASS or FAIL with the reasons; exits 1 on failure, 2 when it cannot run at all.
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/lib.sh

DB=atelier_two_nodes
JOB_OPTIONS=(--atelier.reminders.interval=PT2S --atelier.reminders.initial-delay=PT1S)

bench_init two-nodes
pg_scratch "$DB"
A=$(free_port "${TWO_NODES_PORT:-18281}")
B=$(free_port $((A + 1)))

echo
start=$SECONDS
start_node "$WORK/node-a.log" "$A" "pg:$DB" "${JOB_OPTIONS[@]}"
PID_A=$NODE_PID
start_node "$WORK/node-b.log" "$B" "pg:$DB" "${JOB_OPTIONS[@]}"
PID_B=$NODE_PID
say "node A (pid $PID_A) on port $A and node B (pid $PID_B) on port $B, started together"
for node in "A $A $PID_A" "B $B $PID_B"; do
	read -r name port pid <<<"$node"
	if ! wait_up "$port" "$pid"; then
		check fail "node $name did not reach health UP (see $WORK/node-${name,,}.log)"
		finish two-nodes
	fi
done
check ok "both nodes UP after $((SECONDS - start)) s on one database ($(psql_query "$DB" "select count(*) from flyway_schema_history where success") migrations, each applied once)"

# --- a session signed in on A is valid on B --------------------------------------------------
cookies="$WORK/cookies.txt"
csrf=$(curl -s -c "$cookies" -b "$cookies" "http://127.0.0.1:$A/login" \
	| grep -o -E 'name="_csrf"[^>]*value="[^"]+"|value="[^"]+"[^>]*name="_csrf"' | sed -E 's/.*value="([^"]+)".*/\1/' | head -n 1)
if [ -z "$csrf" ]; then
	check fail "no CSRF token on node A's sign-in page"
fi
signed_in=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$cookies" -b "$cookies" \
	--data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" \
	"http://127.0.0.1:$A/login")
if [[ "$signed_in" == 302* && "$signed_in" != *login* ]] && grep -q -P '\tSESSION\t' "$cookies"; then
	check ok "signed in through node A's sign-in form (answer $signed_in, SESSION cookie set)"
else
	check fail "signing in through node A's form answered '$signed_in'"
fi
on_b=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$cookies" "http://127.0.0.1:$B/ateliers")
anonymous_b=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$B/ateliers")
if [[ "$on_b" == "200 " && "$anonymous_b" == 302*login* ]]; then
	check ok "node B serves /ateliers to A's session (200); without the cookie it redirects to the sign-in page"
else
	check fail "node B with A's session answered '$on_b', without it '$anonymous_b'"
fi

# --- a write on A is read on B ---------------------------------------------------------------
answer=$(api "$A" POST /api/v1/ateliers '{"name":"Written on A","city":"Twin City","theme":"mobility"}')
atelier=$(json_id <<<"$answer")
read_on_b=$(api "$B" GET "/api/v1/ateliers/$atelier")
if [ "${answer##*$'\n'}" = 201 ] && [ "${read_on_b##*$'\n'}" = 200 ] && grep -q '"name":"Written on A"' <<<"$read_on_b"; then
	check ok "atelier $atelier written through node A's API is read through node B's"
else
	check fail "write on A / read on B: A answered ${answer##*$'\n'}, B answered ${read_on_b##*$'\n'}"
fi

# --- the reminder job runs once per round across the cluster ---------------------------------
me=$(api "$A" GET /api/v1/me | json_id)
answer=$(api "$A" POST "/api/v1/ateliers/$atelier/sessions" \
	'{"kind":"workshop","title":"Kick-off","start":"2026-01-10T10:00","timeZone":"Europe/Amsterdam","durationMinutes":60}')
session=$(json_id <<<"$answer")
overdue=$(date -u -d '5 days ago' +%F)
actions=()
for n in 1 2 3; do
	answer=$(api "$A" POST "/api/v1/ateliers/$atelier/actions" \
		"{\"title\":\"Overdue action $n\",\"ownerId\":$me,\"due\":\"$overdue\",\"originKind\":\"session\",\"originId\":$session}")
	actions+=("$(json_id <<<"$answer")")
done
if [ "${#actions[@]}" -ne 3 ] || [ -z "${actions[2]}" ]; then
	check fail "could not create three overdue actions (last answer: ${answer##*$'\n'})"
	finish two-nodes
fi
say "three overdue actions created; watching the job for a few rounds"
holders="$WORK/lease-holders.txt"
: >"$holders"
count_reminders() {
	psql_query "$DB" "select count(*) from action_notification where action_id in ($(IFS=,; echo "${actions[*]}"))"
}
start=$SECONDS
while [ $((SECONDS - start)) -lt 12 ]; do
	psql_query "$DB" "select locked_by from job_lock where name = 'action-reminders'" >>"$holders" || true
	sleep 0.3
done
reminders=$(count_reminders)
written_a=$({ grep -o -E 'Reminders: [0-9]+ written' "$WORK/node-a.log" || true; } | awk '{s += $2} END {print s + 0}')
written_b=$({ grep -o -E 'Reminders: [0-9]+ written' "$WORK/node-b.log" || true; } | awk '{s += $2} END {print s + 0}')
if [ "$reminders" = 3 ] && [ $((written_a + written_b)) -eq 3 ]; then
	check ok "3 reminders for 3 overdue actions, written once: node A wrote $written_a, node B $written_b"
else
	check fail "expected 3 reminders written once, found $reminders in the database, node A wrote $written_a, node B $written_b"
fi
rounds_a=$(grep -c -E "^$PID_A@" "$holders" || true)
rounds_b=$(grep -c -E "^$PID_B@" "$holders" || true)
if [ "$rounds_a" -gt 0 ] && [ "$rounds_b" -gt 0 ]; then
	check ok "both nodes took the job_lock lease in turn (seen holding it: A $rounds_a, B $rounds_b of $(wc -l <"$holders") samples)"
else
	check fail "the job_lock lease was not seen with both nodes (A $rounds_a, B $rounds_b samples)"
fi
for name in a b; do
	check_clean_log "node ${name^^}" "$WORK/node-$name.log" "its log"
done

stop_node "$PID_A" TERM
stop_node "$PID_B" TERM
finish two-nodes
