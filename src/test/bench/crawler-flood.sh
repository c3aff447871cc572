#!/usr/bin/env bash
# 2-minute crawler flood of the IMAGE under the compose file's limits: podman run --memory 768m,
# JAVA_OPTS=-XX:MaxRAMPercentage=75, --read-only, --tmpfs /tmp, the real data mounted read-only; 3 x `ab -c 2`
# on deep links for 120 s, /health polled every second, and a headless Chromium visitor arriving mid-flood that
# must get drawn charts. Prints: container still running, OOM lines in the log, non-2xx share, /health max time,
# charts drawn.  Usage: src/test/bench/crawler-flood.sh [IMAGE]  (default localhost/mtad:flood, built first when
# BUILD=1 with the local base images of .ci/container-setup.sh). Needs podman (see .ci/container-setup.sh),
# apache2-utils (ab) and chromium. Host port 18091, loopback only.
set -euo pipefail
cd "$(dirname "$0")/../../.."
IMAGE=${1:-localhost/mtad:flood}
PORT=${BENCH_PORT:-18091}
SECONDS_FLOOD=${FLOOD_SECONDS:-120}
DATA=$(realpath "${DATA_DIR:-../shared/data/management-tools}")
export CONTAINERS_CONF=${CONTAINERS_CONF:-/tmp/mtad-container/containers.conf}
if [ "${BUILD:-0}" = 1 ]; then
  podman build -q --format docker --build-arg BUILD_IMAGE=localhost/mtad-build:25 \
    --build-arg RUNTIME_IMAGE=localhost/mtad-runtime-base:trixie -t "$IMAGE" . >/dev/null
fi
name=mtad-flood-$$
work=$(mktemp -d)
podman run -d --name "$name" -p "127.0.0.1:$PORT:8080" --memory 768m -e JAVA_OPTS=-XX:MaxRAMPercentage=75 \
  --read-only --tmpfs /tmp -v "$DATA:/data:ro" -e DATA_DIR=/data "$IMAGE" >/dev/null
trap 'podman rm -f "$name" >/dev/null 2>&1; rm -rf "$work"' EXIT
base=http://127.0.0.1:$PORT
for _ in $(seq 1 240); do curl -sf -o /dev/null "$base/health" && break; sleep 0.5; done
mapfile -t tools < <(curl -s "$base/api/v1/tools" | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
( end=$((SECONDS + SECONDS_FLOOD + 5)); while [ $SECONDS -lt $end ]; do
    curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' "$base/health" >>"$work/health"; sleep 1; done ) &
poller=$!
pids=()
for i in 0 1 2; do
  url="$base/${tools[$((i * 7 % ${#tools[@]}))]}?range=10y&lang=en"
  ab -q -t "$SECONDS_FLOOD" -n 10000000 -c 2 "$url" >"$work/ab$i" 2>&1 &
  pids+=($!)
done
sleep $((SECONDS_FLOOD / 2))
# Charts draw when they near the viewport (an IntersectionObserver): headless Chromium runs those callbacks under a
# virtual time budget only when it runs the compositor's stages. A drawn chart carries data-rendered.
timeout 90 chromium --headless=new --no-sandbox --disable-gpu --window-size=1280,900 \
  --run-all-compositor-stages-before-draw --virtual-time-budget=20000 --dump-dom \
  "$base/${tools[1]}?lang=en" 2>/dev/null >"$work/dom" || true
charts=$(grep -o '<mtad-apex-chart[^>]*data-rendered' "$work/dom" | wc -l || true)
for p in "${pids[@]}"; do wait "$p" || true; done
wait $poller || true
total=0; non2xx=0
for i in 0 1 2; do
  c=$(sed -n 's/^Complete requests: *//p' "$work/ab$i"); f=$(sed -n 's/^Non-2xx responses: *//p' "$work/ab$i")
  e=$(sed -n 's/^Failed requests: *//p' "$work/ab$i")
  total=$((total + ${c:-0})); non2xx=$((non2xx + ${f:-0} + ${e:-0}))
done
running=$(podman inspect -f '{{.State.Running}}' "$name")
oom=$(podman logs "$name" 2>&1 | grep -c OutOfMemoryError || true)
health_bad=$(awk '$1 != 200' "$work/health" | wc -l)
health_max=$(sort -k2 -n "$work/health" | tail -1 | cut -d' ' -f2)
echo "flood ${SECONDS_FLOOD} s, 3 x ab -c 2: $total requests, non-2xx/failed $non2xx" \
  "($(awk -v a=$non2xx -v b=$total 'BEGIN{printf "%.2f", b ? 100*a/b : 0}') %); container running: $running;" \
  "OutOfMemoryError lines: $oom; /health: $(wc -l <"$work/health") polls, non-200 $health_bad, max ${health_max} s;" \
  "mid-flood Chromium visitor: $charts drawn charts; memory: $(podman stats --no-stream --format '{{.MemUsage}}' "$name")"
