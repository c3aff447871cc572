#!/usr/bin/env bash
# Start-up benchmark: time from process (or container) start to the first `/health` 200, median of N runs, for
#   jar        java -jar target/management-tools-dashboard-*.jar              (run `./mvnw -B package -DskipTests` first)
#   image      the container image, read-only root + tmpfs /tmp, with its AOT cache (AOT_CACHE=on, the default)
#   image-noaot the same image with AOT_CACHE=off
# Usage: bash src/test/bench/startup.sh [RUNS]    (default 3; env: REAL_DATA_DIR for the real data, else the demo data;
#        MTAD_TEST_IMAGE, default localhost/mtad:test, and CONTAINERS_CONF as set by .ci/container-setup.sh;
#        BENCH_PORT, default 18099; BENCH_CPUS limits the container's CPUs, e.g. 2)
# Prints one line per variant: runs, median, min, max in seconds. Polls /health every 50 ms.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
port=${BENCH_PORT:-18099}
image=${MTAD_TEST_IMAGE:-localhost/mtad:test}
data=${REAL_DATA_DIR:-$(pwd)/data}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

now_ms() { date +%s%3N; }
healthy() {
  # shellcheck disable=SC2016  # expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" >&3
    read -r _ code _ <&3; [ "$code" = 200 ]' healthy "$port" 2>/dev/null
}
wait_healthy() { # $1 start ms; prints elapsed seconds
  for _ in $(seq 1 2400); do
    if healthy; then awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.2f", (b - a) / 1000 }'; return 0; fi
    sleep 0.05
  done
  echo "not healthy within 120 s" >&2; return 1
}
summary() { # name, then the times
  local name=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v name="$name" '{ t[NR] = $1 } END {
    m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%-12s runs %d  median %.2f s  min %.2f s  max %.2f s\n", name, NR, m, t[1], t[NR] }'
}

bench_jar() {
  local jar times=() pid t
  jar=$(find target -maxdepth 1 -name 'management-tools-dashboard-*.jar' 2>/dev/null | head -n 1)
  [ -n "$jar" ] || { echo "jar: skipped, no target/*.jar (./mvnw -B package -DskipTests)"; return 0; }
  for _ in $(seq 1 "$runs"); do
    start=$(now_ms)
    PORT=$port DATA_DIR=$data "$java" --enable-native-access=ALL-UNNAMED -jar "$jar" >/dev/null 2>&1 &
    pid=$!
    t=$(wait_healthy "$start") || { kill "$pid"; return 1; }
    times+=("$t")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  summary jar "${times[@]}"
}

bench_image() { # name, AOT_CACHE value
  if ! { command -v podman >/dev/null && podman image exists "$image" 2>/dev/null; }; then
    echo "$1: skipped, no podman or no image $image (source .ci/container-setup.sh)"; return 0
  fi
  local times=() t name
  for i in $(seq 1 "$runs"); do
    name=mtad-bench-$$-$i
    start=$(now_ms)
    podman run -d --rm --name "$name" --read-only --tmpfs /tmp ${BENCH_CPUS:+--cpus "$BENCH_CPUS"} \
      -p "127.0.0.1:$port:8080" -v "$data:/data:ro" -e DATA_DIR=/data -e AOT_CACHE="$2" "$image" >/dev/null \
      2> >(grep -v "systemd connection" >&2)
    t=$(wait_healthy "$start") || { podman rm -f "$name" >/dev/null; return 1; }
    times+=("$t")
    podman rm -f -t 10 "$name" >/dev/null 2>&1 || true
  done
  summary "$1" "${times[@]}"
}

echo "start-up to /health 200, data: $data, $(nproc) CPUs, $("$java" -version 2>&1 | head -n 1)"
bench_jar
bench_image image on
bench_image image-noaot off
