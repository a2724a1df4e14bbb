#!/bin/bash
# Start-up to the first served page: the plain jar against the recommended launch (extracted jar with a CDS
# archive), each ROUNDS times. Usage: src/test/bench/startup.sh [ROUNDS]   (from the project folder, after `mvn package`)
# With AOT_JAVA set to the java of a JDK 25 or later, also the same jar with that JDK's AOT cache (JEP 483/514/515).
set -eu
rounds=${1:-5}
opts=${JAVA_OPTS:--Xmx96m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=64m}
app=$(mktemp -d)
trap 'rm -rf "$app"' EXIT
args="--microsite.content-dir=$PWD/content --server.port=8093"
java -Djarmode=tools -jar target/microsite.jar extract --destination "$app" >/dev/null
# the training runs start the application with the real content and exit once it is ready
# shellcheck disable=SC2086
java $opts -XX:ArchiveClassesAtExit="$app/microsite.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app/microsite.jar" $args >/dev/null 2>&1
if [ -n "${AOT_JAVA:-}" ]; then
  # shellcheck disable=SC2086
  "$AOT_JAVA" $opts -XX:AOTCacheOutput="$app/microsite.aot" -Dspring.context.exit=onRefresh \
      -jar "$app/microsite.jar" $args >/dev/null 2>&1
fi
for round in $(seq "$rounds"); do
  # shellcheck disable=SC2086
  echo "jar      $(src/test/bench/first-response.sh 8093 java $opts -jar target/microsite.jar --server.port=8093)"
  # shellcheck disable=SC2086
  echo "jar+CDS  $(src/test/bench/first-response.sh 8093 java $opts -XX:SharedArchiveFile="$app/microsite.jsa" \
      -jar "$app/microsite.jar" $args)"
  if [ -n "${AOT_JAVA:-}" ]; then
    # shellcheck disable=SC2086
    echo "jar+AOT  $(src/test/bench/first-response.sh 8093 "$AOT_JAVA" $opts -XX:AOTCache="$app/microsite.aot" \
        -jar "$app/microsite.jar" $args)"
  fi
done
