#!/bin/bash
# Production reload under load: wrk with 256 connections on a session page while a deployment switches the content
# link 20 times to a new release folder, valid and invalid releases alternately. Reports failed or incomplete
# responses, whether every page named one version and that version's stylesheet (and every stylesheet still
# answers), and how long each switch took to show: the new page for a valid release, the refusal in
# /actuator/content for an invalid one.
# Usage: src/test/bench/reload-under-load.sh [SWITCHES]   (from the project folder, after `mvn package`; JAR=… runs
# another build of the server, to compare two in one sitting)
set -eu
switches=${1:-20}
port=${PORT:-8094}
page=/sessions/ki-diy-style
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

# A release: the shipped content with the version in the session's title, and a stylesheet of its own (as a new
# jar would bring), so that a page of one version names a stylesheet no other version has. Invalid releases get an
# unknown field, which check and every reload refuse.
release() {
  local n=$1 dir=$work/releases/$1
  mkdir -p "$dir"
  cp -r content "$dir/content"
  cp -r src/main/resources/static "$dir/static"
  sed -i "0,/^title: .*/s//& (Stand $n)/" "$dir/content/sessions/ki-diy-style.md"
  echo "/* Stand $n */" >> "$dir/static/css/99-stand.css"
  if [ $((n % 2)) -eq 0 ]; then
    sed -i '0,/^format:/s//formt:/' "$dir/content/sessions/ki-diy-style.md"
  fi
}

# switches the link in one step, as Capistrano does: a new link beside the old one, renamed over it
switch() {
  ln -sfn "releases/$1" "$work/current.next"
  mv -T "$work/current.next" "$work/current"
}

now() { date +%s%N; }
status() { curl -s "http://127.0.0.1:$port/actuator/content"; }

release 1
ln -s releases/1 "$work/current"
# the recommended launch (operations.md), without the CDS archive, which only shortens the start
opts=${JAVA_OPTS:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=64m}
# shellcheck disable=SC2086
MALLOC_ARENA_MAX=2 java $opts -jar "${JAR:-target/microsite.jar}" --server.port="$port" --server.tomcat.threads.max=4 \
    --microsite.reload=true --microsite.content-dir="$work/current/content" \
    --microsite.assets-dir="$work/current/static" --microsite.base-url=https://www.example.de \
    >"$work/server.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port$page"; do sleep 0.2; done
for n in $(seq 2 $((switches + 1))); do release "$n"; done

# at most ten minutes; stopped with SIGINT (wrk then reports as at its end) once the switches are done
wrk -t2 -c256 -d600s --timeout 10s -s src/test/bench/reload-check.lua "http://127.0.0.1:$port$page" >"$work/wrk.txt" &
load=$!
sleep 5

for n in $(seq 2 $((switches + 1))); do
  before=$(status)
  started=$(now)
  switch "$n"
  if [ $((n % 2)) -eq 1 ]; then
    until curl -s "http://127.0.0.1:$port$page" | grep -q "(Stand $n)"; do sleep 0.005; done
    echo "valid   $n: $(( ($(now) - started) / 1000000 )) ms until the new page was served"
  else
    until [ "$(status)" != "$before" ] && status | grep -q '"failed":true'; do sleep 0.01; done
    echo "invalid $n: $(( ($(now) - started) / 1000000 )) ms until refused; still served: Stand \
$(curl -s "http://127.0.0.1:$port$page" | grep -o '(Stand [0-9]*)' | head -1 | tr -dc 0-9)"
  fi
  sleep 1
done
sleep 2
kill -INT "$load"
wait "$load" || true
cat "$work/wrk.txt"
echo "stylesheets of the versions seen:"
grep '^pair:' "$work/wrk.txt" | sort -k2n | while read -r _ version stylesheet; do
  echo "  Stand $version $stylesheet $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$stylesheet")"
done
echo "versions with more than one stylesheet: $(grep '^pair:' "$work/wrk.txt" | awk '{print $2}' | sort | uniq -d | wc -l)"
echo "refusals logged: $(grep -c 'does not go live' "$work/server.log")"
echo "builds of the valid releases, as the server logged them:"
grep -o 'is live, built in [0-9]* ms' "$work/server.log" | sed 's/^/  /'
grep -q OutOfMemoryError "$work/server.log" && echo "OutOfMemoryError in the server log" || true
