#!/usr/bin/env bash
# cloudmaker launcher of a release: finds a JDK 21 or newer (JAVA_HOME when recent enough, java on the
# PATH, the usual JVM folders) and runs the jar beside it. It never builds and needs no network.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=../../../bin/lib/find-java.sh
source "$ROOT/lib/find-java.sh"
find_java || exit 1

# A short-lived CLI: the serial collector and C1 start fastest.
exec "$JAVA" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$ROOT/lib/cloudmaker.jar" "$@"
