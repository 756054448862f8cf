#!/usr/bin/env bash
# JMH benchmark of quoting a promise with one million past orders (p99 in the output's
# "p0.99" lines). Usage: bash bench/jmh/run.sh [JMH options, e.g. -wi 1 -i 3]
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -o package 2>/dev/null || mvn -q package
java -jar target/benchmarks.jar QuoteBenchmark "$@"
