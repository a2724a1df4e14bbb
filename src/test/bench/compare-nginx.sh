#!/bin/bash
# The server against nginx on the same page, same wrk setup, loopback only, every run bounded in time.
# Usage: src/test/bench/compare-nginx.sh [ROUTE] [ROUNDS]     (from the project folder, after `mvn package`)
# Needs: nginx and wrk (Debian: apt-get install -y nginx wrk). Ports 8091 (server) and 8092 (nginx).
# PIN=1 gives wrk a core of its own (CPU 0) and the server and nginx, with one worker, the other (CPU 1);
# otherwise all three share both cores.
set -eu
route=${1:-/sessions/keynote-steffi-jones}
rounds=${2:-3}
base_url=https://fachkraeftekongress.example
work=$(mktemp -d)
java_opts=${JAVA_OPTS:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=64m}
server_args=${SERVER_ARGS:---server.tomcat.threads.max=4}
if [ "${PIN:-0}" = 1 ]; then
  serve="taskset -c 1" load="taskset -c 0" workers=1
else
  serve="" load="" workers=auto
fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

java -jar target/microsite.jar export --out="$work/site" --microsite.base-url=$base_url >/dev/null
sed -e "s|listen 80;|listen 127.0.0.1:8092;|" -e "s|root /srv/www/current;|root $work/site;|" \
    src/main/resources/init/.microsite/nginx-export.conf > "$work/server.conf"
cat > "$work/nginx.conf" <<CONF
user root;
worker_processes $workers;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 1000;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/server.conf;
}
CONF
# shellcheck disable=SC2086
$serve nginx -p "$work" -c "$work/nginx.conf"
# without the search form, as the export is, so that both send the same bytes
# shellcheck disable=SC2086
$serve java $java_opts -jar target/microsite.jar --server.port=8091 --microsite.base-url=$base_url \
    --microsite.search=false $server_args \
    >/tmp/compare-nginx-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; kill "$(cat "$work/nginx.pid")"; rm -rf "$work"' EXIT
for _ in $(seq 600); do curl -sf -o /dev/null "http://127.0.0.1:8091$route" && break; sleep 0.1; done
cmp <(curl -s "http://127.0.0.1:8091$route") <(curl -s "http://127.0.0.1:8092$route")

run() { # name port
  # shellcheck disable=SC2086
  $load wrk -t2 -c64 -d15s --latency "http://127.0.0.1:$2$route" |
    awk -v n="$1" '/Requests\/sec/ {r=$2} $1=="99%" {p=$2} END {printf "%-7s %10s req/s  p99 %s\n", n, r, p}'
}
echo "warm-up (60 s)"
# shellcheck disable=SC2086
$load wrk -t2 -c64 -d30s "http://127.0.0.1:8091$route" >/dev/null
# shellcheck disable=SC2086
$load wrk -t2 -c64 -d30s "http://127.0.0.1:8092$route" >/dev/null
for round in $(seq "$rounds"); do
  echo "round $round"
  run server 8091
  run nginx 8092
  grep -E 'VmRSS|VmHWM' /proc/$server/status | tr -s ' \t' ' ' | sed 's/^/server /'
done
