#!/usr/bin/env bash
# Page-speed benchmark (issue: first chart under a second, Lighthouse >= 90 desktop / >= 70 mobile).
#   bash src/test/bench/page-speed/page-speed.sh            # real data if REAL_DATA_DIR is set, else the demo data
# Starts the packaged jar (building it when missing) on PAGE_SPEED_PORT (default 18090) with production settings,
# warms it (warm, below), then runs page-speed.mjs: Lighthouse 12.2.3 desktop and mobile presets (medians of
# PAGE_SPEED_RUNS, default 3) and the time to the first drawn chart against a static ApexCharts page (medians of
# PAGE_SPEED_CHART_RUNS, default 9, after PAGE_SPEED_WARM_RUNS browser loads of each page, default 5), once the
# server is warm (PAGE_SPEED_WARM_REQUESTS rounds of the page's requests by curl, default 300). The first chart is
# timed two ways: arriving from a page of another site (the measure) and from a fresh tab's about:blank (the earlier
# rounds' method; page-speed.mjs says why they differ).
# Then first-view.mjs: the size of the first Vaadin answers and the DOM elements after load, desktop and phone.
# PAGE_SPEED_PRESETS="desktop" runs one preset only; PAGE_SPEED_JAR measures another jar (e.g. a saved "before" build); PAGE_SPEED_KEEP=DIR keeps Lighthouse's JSON reports.
# PAGE_SPEED_COMPARE_JAR=other.jar also starts that jar (on the next port) and times its first chart in the same rounds,
# taking turns with the first jar and the static page: on a noisy machine, the fair way to compare two builds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
port=${PAGE_SPEED_PORT:-18090}
path=${PAGE_SPEED_PATH:-/benchmarking}
data=${REAL_DATA_DIR:-$root/data}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME_PATH" ] || { echo "page-speed: Chromium not found at $CHROME_PATH (apt-get install chromium)" >&2; exit 1; }
command -v node >/dev/null || { echo "page-speed: node (>= 20) is needed" >&2; exit 1; }

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

jar=${PAGE_SPEED_JAR:-$(ls "$root"/target/management-tools-dashboard-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
if [ -z "$jar" ]; then
  (cd "$root" && ./mvnw -B -q package -DskipTests)
  jar=$(ls "$root"/target/management-tools-dashboard-*.jar | grep -v -- '-plain' | head -1)
fi
(cd "$here" && [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund --ignore-scripts --silent)

logs=()
apps=()
trap 'kill "${apps[@]}" 2>/dev/null; wait "${apps[@]}" 2>/dev/null || true; rm -f "${logs[@]}"' EXIT
# Starts a jar with production settings on a port, waits for its health check and warms it (below).
start() {
  local log
  log=$(mktemp)
  logs+=("$log")
  PORT=$2 DATA_DIR=$data "$java" -Xmx768m -jar "$1" >"$log" 2>&1 &
  apps+=($!)
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "http://127.0.0.1:$2/health" 2>/dev/null && break
    kill -0 "${apps[-1]}" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "page-speed: $1 on port $2, data $data"
  warm "http://127.0.0.1:$2"
}
# "A warm server": the JVM compiles a code path after some thousands of runs, so the first 40 page answers take
# 10-30 ms against 5 ms once compiled. PAGE_SPEED_WARM_REQUESTS (default 300) rounds of the page and the same-origin
# files and chart options it names, over keep-alive connections, as a browser asks for them (gzip, br).
warm() {
  local page urls
  page=$(curl -fsS "$1$path")
  urls=$({ grep -oE '(href|src|data-client)="\.?/(VAADIN|charts|lumo|styles)/[^"]+"' <<<"$page" || true; } | sed -E 's/^[a-z-]+="\.?//; s/"$//; s/&amp;/\&/g' \
    | sort -u | sed "s|^|url = \"$1|; s|$|\"\noutput = /dev/null|")
  urls+=$'\n'"url = \"$1$path\""$'\n'"output = /dev/null"
  for _ in $(seq 1 "${PAGE_SPEED_WARM_REQUESTS:-300}"); do
    curl -fsS -H 'Accept-Encoding: gzip, deflate, br' -K <(printf '%s\n' "$urls")
  done
  echo "page-speed: warmed $1 with ${PAGE_SPEED_WARM_REQUESTS:-300} rounds of $(grep -c '^url' <<<"$urls") requests"
}
start "$jar" "$port"
compare=()
if [ -n "${PAGE_SPEED_COMPARE_JAR:-}" ]; then
  start "$PAGE_SPEED_COMPARE_JAR" $((port + 1))
  compare=(--compare-base "http://127.0.0.1:$((port + 1))")
fi

node "$here/page-speed.mjs" --base "http://127.0.0.1:$port" --path "$path" --runs "${PAGE_SPEED_RUNS:-3}" \
  --chart-runs "${PAGE_SPEED_CHART_RUNS:-9}" --warm-runs "${PAGE_SPEED_WARM_RUNS:-5}" "${compare[@]}"
node "$here/first-view.mjs" --base "http://127.0.0.1:$port" --path "$path"
