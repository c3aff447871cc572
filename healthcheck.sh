#!/usr/bin/env bash
# Container health check: GET /health on the app's port. Healthy (exit 0) only on HTTP 200 whose JSON body
# says "status": "healthy" (the body check matters: Vaadin's router answers 200 with its bootstrap page
# for any unknown path, so a 200 alone would not prove that /health itself answered).
# No curl in the image: bash's /dev/tcp does the request. Each try is cut off after TRY_TIMEOUT seconds and
# tries are spaced by a growing pause, so the worst case (3 x 2 s + 1 s + 2 s = 9 s) stays inside the
# Dockerfile's HEALTHCHECK --timeout=10s.
set -euo pipefail

PORT=${PORT:-8080}
TRIES=3
TRY_TIMEOUT=2

probe() {
  # shellcheck disable=SC2016  # $1 and $response are expanded by the inner bash
  timeout "$TRY_TIMEOUT" bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "GET /health HTTP/1.1\r\nHost: localhost\r\nUser-Agent: healthcheck.sh\r\nAccept: application/json\r\nConnection: close\r\n\r\n" >&3
    response=$(head -c 16384 <&3) || exit 1
    [[ ${response%%$'\''\r'\''*} =~ ^HTTP/1\.[01]\ 200 ]] || exit 1
    [[ $response =~ \"status\"[[:space:]]*:[[:space:]]*\"healthy\" ]]
  ' probe "$PORT" 2>/dev/null
}

for ((try = 1; try <= TRIES; try++)); do
  if probe; then
    exit 0
  fi
  if ((try < TRIES)); then
    sleep "$try"
  fi
done
echo "healthcheck: GET http://127.0.0.1:$PORT/health did not answer 200 with status healthy in $TRIES tries" >&2
exit 1
