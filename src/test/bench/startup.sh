#!/bin/bash
# Start-up to the first served page: the plain jar against the recommended launch (extracted jar with a CDS
# archive), each ROUNDS times. Usage: src/test/bench/startup.sh [ROUNDS]   (from the project folder, after `mvn package`)
set -eu
rounds=${1:-5}
opts=${JAVA_OPTS:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=64m}
app=$(mktemp -d)
trap 'rm -rf "$app"' EXIT
java -Djarmode=tools -jar target/microsite.jar extract --destination "$app" >/dev/null
# the training run starts the application with the real content and exits once it is ready
# shellcheck disable=SC2086
java $opts -XX:ArchiveClassesAtExit="$app/microsite.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app/microsite.jar" --microsite.content-dir="$PWD/content" --server.port=8093 >/dev/null 2>&1
for round in $(seq "$rounds"); do
  # shellcheck disable=SC2086
  echo "jar      $(src/test/bench/first-response.sh 8093 java $opts -jar target/microsite.jar --server.port=8093)"
  # shellcheck disable=SC2086
  echo "jar+CDS  $(src/test/bench/first-response.sh 8093 java $opts -XX:SharedArchiveFile="$app/microsite.jsa" \
      -jar "$app/microsite.jar" --microsite.content-dir="$PWD/content" --server.port=8093)"
done
