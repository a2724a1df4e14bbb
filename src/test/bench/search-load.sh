#!/bin/bash
# Results pages of /suche under load on a generated folder: wrk -t2 -c64 -d15s --latency on 127.0.0.1 only, each
# run bounded in time, in three query mixes (src/test/resources/load/search.lua): one query repeated, 40 visitor
# queries in turn, and a new query per request, which nothing kept can answer; and a prerendered page as the
# baseline of the same server on the same host.
# Usage: src/test/bench/search-load.sh [SESSIONS] [ROUNDS]   (from the project folder, after
#        `mvn -q package -DskipTests` and `mvn -q test-compile`); port 8093.
# The JVM flags are operations.md's for sites of thousands of sessions: with -Xmx1g the 10,000 sessions' live heap
# (about 650 MB with their index) filled the old generation, and a full collection ran every second or two.
set -eu
sessions=${1:-10000}
rounds=${2:-2}
port=8093
work=$(mktemp -d)
java_opts=${JAVA_OPTS:--Xmx2g -Xmn600m -Xss512k -XX:+UseParallelGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m}
server_args=${SERVER_ARGS:---server.tomcat.threads.max=4}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

java -cp target/test-classes de.bmas.microsite.bench.ContentGenerator "$work/content" "$sessions" >/dev/null
# shellcheck disable=SC2086
java $java_opts -Xlog:gc:file="$work/gc.log" -jar target/microsite.jar --server.port=$port --server.address=127.0.0.1 \
    --microsite.content-dir="$work/content" --microsite.base-url=https://kongress.example $server_args \
    >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1800); do curl -sf -o /dev/null "http://127.0.0.1:$port/suche?q=Pflege" && break; sleep 0.1; done
grep -o 'Content loaded in [0-9]* ms.*sessions' "$work/server.log" | head -1

run() { # mode seconds
  timeout $(($2 + 30)) wrk -t2 -c64 -d"$2"s --timeout 5s --latency -s src/test/resources/load/search.lua \
      "http://127.0.0.1:$port" -- "$1" |
    awk -v m="$1" '/Requests\/sec/ {r=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} /Non-2xx/ {e=$NF}
      END {printf "%-4s %10s req/s  p50 %-8s p99 %-8s non-2xx %s\n", m, r, p50, p99, (e == "" ? 0 : e)}'
}
echo "warm-up (4 x 15 s)"
for mode in page one mix new; do run "$mode" 15 >/dev/null; done
for round in $(seq "$rounds"); do
  echo "round $round"
  for mode in page one mix new; do run "$mode" 15; done
  grep -E 'VmRSS|VmHWM' /proc/$server/status | tr -s ' \t' ' ' | sed 's/^/server /'
done
# the collector's pauses, which the p99 of every mix includes
awk '/Pause/ {n++; ms=$NF+0; s+=ms; if (ms>m) m=ms} END {printf "gc pauses %d, mean %.1f ms, max %.1f ms\n", n, s/n, m}' \
    "$work/gc.log"
