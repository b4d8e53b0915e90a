#!/usr/bin/env bash
# Load benchmark of Atelier on generated data, with wrk on loopback. See bench/README.md.
#
#   bench/load-bench.sh [--ateliers N] [--scale F] [--data DIR] [--port P] [--duration S] [--warmup S]
#                       [--connections C] [--jar FILE]
#
# Builds nothing: it needs target/atelier-*.jar (or --jar) (./mvnw -q -DskipTests package). When DIR holds no
# database yet it first runs the jar's `generate` command into it (H2 file database). Then it
# starts the jar on DIR, signs in the benchmark user through the sign-in form (session cookie) and
# reads its personal access token, and runs wrk against every URL: a warm-up, then a measured run
# with --latency. It prints one table row per URL and stops the application when done.
set -euo pipefail

ateliers=200
scale=1
data=""
port=18090
duration=20
warmup=8
connections=8
password=bench-password-2026
jar=""
while [ $# -gt 0 ]; do
	case "$1" in
		--ateliers) ateliers=$2; shift 2 ;;
		--scale) scale=$2; shift 2 ;;
		--data) data=$2; shift 2 ;;
		--port) port=$2; shift 2 ;;
		--duration) duration=$2; shift 2 ;;
		--warmup) warmup=$2; shift 2 ;;
		--connections) connections=$2; shift 2 ;;
		--jar) jar=$2; shift 2 ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
jar=${jar:-$(ls "$root"/target/atelier-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
[ -n "$jar" ] || { echo "build the jar first: ./mvnw -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install -y wrk)" >&2; exit 1; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
data=${data:-$root/target/bench/data-$ateliers-$scale}
mkdir -p "$data"
data=$(cd "$data" && pwd) # H2 wants an absolute path
base=http://127.0.0.1:$port
work=$(mktemp -d)
pid=""
cleanup() {
	if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

if [ ! -f "$data/token.txt" ]; then
	echo "generating $ateliers ateliers at scale $scale into $data"
	ATELIER_DATA_DIR=$data "$java" -jar "$jar" generate --ateliers "$ateliers" --scale "$scale" \
		--password "$password" --token-file "$data/token.txt" --logging.level.root=WARN \
		| grep -v '^\s*$' | tee "$data/generate.log" | grep -E '^(generating|  [0-9]+/|done|  [a-z])' || true
	[ -f "$data/token.txt" ] || { echo "generation failed, see $data/generate.log" >&2; exit 1; }
fi

echo "starting $jar on $data, port $port"
ATELIER_DATA_DIR=$data "$java" -jar "$jar" --server.port="$port" --logging.level.root=WARN --logging.level.org.atelier.security=INFO >"$data/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
	curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
	kill -0 "$pid" 2>/dev/null || { cat "$data/app.log" >&2; exit 1; }
	sleep 1
done

# sign in through the form like a browser: the CSRF token of the sign-in page, then the session cookie
cookies=$work/cookies.txt
curl -fs -c "$cookies" -o "$work/login.html" "$base/login"
csrf=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$work/login.html" | sed -n '1s/.*value="//;1s/"$//p')
curl -fs -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=bench.user" \
	--data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "SESSION" { print $7 }' "$cookies")
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
token=$(tr -d '[:space:]' <"$data/token.txt")
# the generator makes the benchmark user a partner of the first ateliers: measure the first one
curl -fs -b "$cookies" -o "$work/ateliers.html" "$base/ateliers"
atelier=$(grep -o 'href="/ateliers/[0-9]*"' "$work/ateliers.html" | sed -n '1s/[^0-9]//gp' || true)
[ -n "$atelier" ] || { echo "the benchmark user is in no atelier" >&2; head -c 600 "$work/ateliers.html" >&2; exit 1; }

cookie="Cookie: SESSION=$session"
bearer="Authorization: Bearer $token"
check() { # every URL must answer 200 with these credentials before it is measured
	local code
	code=$(curl -s -o /dev/null -w '%{http_code}' -H "$2" "$base$1")
	[ "$code" = 200 ] || { echo "$1 answered $code" >&2; exit 1; }
}

printf '\n%s ateliers, scale %s; wrk -t2 -c%s -d%ss after a %ss warm-up; load average: %s\n\n' \
	"$ateliers" "$scale" "$connections" "$duration" "$warmup" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-44s | %8s | %8s | %8s | %9s | %6s |\n' request 'req/s' 'p50 ms' 'p99 ms' 'non-2xx' ratio
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" ---------- ---------- ---------- ----------- --------
ceiling=""
run() { # label, path, header
	check "$2" "$3"
	wrk -t2 -c"$connections" -d"${warmup}s" -H "$3" "$base$2" >/dev/null
	local out rps p50 p99 errors
	out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "$3" "$base$2")
	rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
	p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
	p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
	errors=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
	ceiling=${ceiling:-$rps}
	printf '| %-44s | %8.0f | %8s | %8s | %9s | %6s |\n' "$1" "$rps" "$(ms "$p50")" "$(ms "$p99")" "${errors:-0}" \
		"$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.2f", a / b }')"
}
ms() { # wrk prints 812.00us, 3.21ms or 1.02s
	awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.1f", n }'
}

run "GET /css/atelier.css (static, ceiling)" "/css/atelier.css" "$cookie"
run "GET /ateliers/$atelier/dashboard" "/ateliers/$atelier/dashboard" "$cookie"
run "GET /ateliers/$atelier/actions" "/ateliers/$atelier/actions" "$cookie"
run "GET /lessons?q=battery" "/lessons?q=battery" "$cookie"
run "GET /api/v1/ateliers/$atelier/hypotheses (token)" "/api/v1/ateliers/$atelier/hypotheses" "$bearer"
run "GET /api/v1/lessons?q=battery (token)" "/api/v1/lessons?q=battery" "$bearer"
echo
