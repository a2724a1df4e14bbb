#!/bin/bash
# Milliseconds from launching the server to its first "200 OK" for /, then stops it.
# Usage: src/test/bench/first-response.sh PORT java [JVM options] -jar microsite.jar [options]
# The command must listen on PORT (pass --server.port=PORT); only 127.0.0.1 is polled.
set -u
port=$1
shift
start=$(date +%s%N)
"$@" >/tmp/first-response.log 2>&1 &
pid=$!
deadline=$((start + 120000000000))
while [ "$(date +%s%N)" -lt $deadline ]; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; then
    echo "first 200 after $((($(date +%s%N) - start) / 1000000)) ms"
    kill $pid
    wait $pid 2>/dev/null
    exit 0
  fi
  if ! kill -0 $pid 2>/dev/null; then
    echo "server exited; see /tmp/first-response.log" >&2
    exit 1
  fi
  sleep 0.005
done
echo "no 200 within 120 s" >&2
kill $pid
exit 1
