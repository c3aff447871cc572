#!/usr/bin/env bash
# Image build only (the Dockerfile's training stage): records the JDK AOT cache at $1.
# Starts the app through the real entrypoint, so the JDK, flags and class path are those of every later start;
# the only addition is -XX:AOTCacheOutput. Serves real requests (dashboard pages, API, health) so the classes of
# the views, charts and JSON answers are in the cache too, then stops it with SIGTERM: the JVM writes the cache
# as it exits. Fails the build if the app does not get healthy or no cache is written.
set -euo pipefail
out=${1:?usage: aot-training.sh CACHE_FILE}
mkdir -p "$(dirname "$out")"
port=${PORT:-8080}
log=$(dirname "$out")/training.log

get() {
  # shellcheck disable=SC2016  # expanded by the inner bash
  # bash's /dev/tcp: the image has no curl. Prints the status line's code.
  timeout 60 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "GET %s HTTP/1.1\r\nHost: localhost\r\nUser-Agent: aot-training\r\nAccept-Language: $3\r\nConnection: close\r\n\r\n" "$2" >&3
    status=$(head -n 1 <&3); cat <&3 >/dev/null
    status=${status#* }; echo "${status%% *}"
  ' get "$port" "$1" "${2:-es}" 2>/dev/null || echo none
}

# Eager server load for the training only: a page GET then builds the dashboard view server-side, as a browser's
# first request does, so its classes land in the cache (a setting, not a JVM flag the cache checks).
VAADIN_EAGERSERVERLOAD=true JAVA_OPTS="-XX:AOTCacheOutput=$out ${JAVA_OPTS:-}" /app/entrypoint.sh >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  [ "$(get /health)" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "aot-training: the app exited before it was healthy" >&2; exit 1; }
  sleep 0.2
done
# Two rounds, both languages: pages render their views server-side (eager server load), the API runs every
# analysis, the chart endpoint builds charts. An unknown path and tool go through the 404 handling too.
for round in 1 2; do
  for lang in es en; do
    for path in / /benchmarking /api/v1/dataset /api/v1/tools /api/v1/tools/benchmarking/series \
        /api/v1/tools/benchmarking/series.csv /api/v1/tools/benchmarking/analysis /api/v1/tools/benchmarking/notes \
        /api/v1/tools/benchmarking/findings /api/v1/tools/benchmarking/citation /charts/benchmarking/temporal \
        /charts/benchmarking/means /charts/benchmarking/correlation /charts/benchmarking/regression \
        /charts/benchmarking/periodogram /charts/benchmarking/seasonal-trend /charts/benchmarking/pca-loadings \
        /api/v1/tools/unknown-tool/series /no-such-page /health /actuator/health/readiness; do
      printf 'aot-training: round %s %s GET %s -> %s\n' "$round" "$lang" "$path" "$(get "$path" "$lang")"
    done
  done
done
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
grep -E 'AOTCache creation|aot.*error' "$log" || true
# 143: the JVM's orderly exit on SIGTERM.
if [ "$status" -ne 143 ] && [ "$status" -ne 0 ]; then
  tail -n 40 "$log" >&2; echo "aot-training: the app exited with $status" >&2; exit 1
fi
[ -s "$out" ] || { tail -n 40 "$log" >&2; echo "aot-training: no AOT cache written to $out" >&2; exit 1; }
printf 'aot-training: %s, %s bytes\n' "$out" "$(stat -c %s "$out")"
