#!/usr/bin/env bash
# Live heap per bare page GET (a crawler, a link preview, curl): the jar at -Xmx768m on the data in DATA_DIR,
# warmed by one page load, then N GETs of dashboard deep links across all tools (curl, no JavaScript), live heap
# after two full GCs before and after.  Usage: src/test/bench/bare-get-heap.sh [JAR] [N]   (default N=500, port 18090)
# DATA_DIR defaults to ../shared/data/management-tools (the real research data); figures go to stdout.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${1:-$(ls target/management-tools-dashboard-*.jar | head -1)}
N=${2:-500}
PORT=${BENCH_PORT:-18090}
DATA_DIR=$(realpath "${DATA_DIR:-../shared/data/management-tools}")
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
log=$(mktemp)
PORT=$PORT DATA_DIR=$DATA_DIR "$JAVA" -Xmx768m -jar "$JAR" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/health" && break; kill -0 $pid 2>/dev/null || { tail -20 "$log"; exit 1; }; sleep 0.5; done
live() { "$JCMD" $pid GC.run >/dev/null; sleep 1; "$JCMD" $pid GC.run >/dev/null; sleep 1
  "$JCMD" $pid GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1; }
mapfile -t tools < <(curl -s "http://127.0.0.1:$PORT/api/v1/tools" | grep -o '"key":"[^"]*"' | cut -d'"' -f4)
curl -s -o /dev/null "http://127.0.0.1:$PORT/${tools[0]}"
before=$(live)
cookies=0
for i in $(seq 0 $((N - 1))); do
  t=${tools[$((i % ${#tools[@]}))]}
  case $((i % 3)) in 0) q="";; 1) q="?range=10y&lang=en";; 2) q="?lang=es";; esac
  if curl -s -D - -o /dev/null "http://127.0.0.1:$PORT/$t$q" | grep -qi '^set-cookie: JSESSIONID'; then cookies=$((cookies + 1)); fi
done
after=$(live)
sessions=$(curl -s "http://127.0.0.1:$PORT/actuator/prometheus" | sed -n 's/^tomcat_sessions_active_current_sessions{[^}]*} //p')
echo "bare GETs: $N over ${#tools[@]} tools; live heap before ${before} KB, after ${after} KB;" \
  "per GET $(awk -v a=$after -v b=$before -v n=$N 'BEGIN{printf "%.2f", (a - b) / n}') KB; responses with a session cookie: $cookies; live sessions now: $sessions"
