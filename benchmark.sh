#!/usr/bin/env sh
# Measures Entente on this machine: builds the jars, starts the system on free ports (or
# measures the one given with --agreements-url --actions-url --notify-url --mongo-uri --kafka
# --issuer-url [--client-id --client-secret]), prints the figures as Markdown and writes them
# to benchmark-results/ as Markdown and JSON.
#   ./benchmark.sh [--seconds 60] [--rate 20] [--clients 16] [--timeline-entries 100000] [--timeline-reads 200] [--fan-out 1000,10000,50000] [--backlog 20000] [--profile jfr-dir] [--out benchmark-results]
set -e
cd "$(dirname "$0")"
./mvnw -q -B package -Dmaven.test.skip=true
exec java -jar benchmark/target/benchmark-exec.jar "$@"
