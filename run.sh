#!/usr/bin/env sh
# Runs Entente on this machine with only a JDK: builds the jars, then starts Kafka,
# MongoDB, SMTP and the three services as separate processes. Ctrl-C stops them all.
#   ./run.sh           start
#   ./run.sh --demo    start and load the demo data
set -e
cd "$(dirname "$0")"
./mvnw -q -B package -Dmaven.test.skip=true
exec java -jar local-stack/target/local-stack-exec.jar up "$@"
