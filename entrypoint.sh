#!/usr/bin/env bash
# Container entrypoint: checks what the app needs before the JVM starts, so a misconfigured container stops
# at once with one line saying what is wrong (instead of a Spring stack trace or a restart loop), prints a
# short start-up summary, then replaces itself with Java so SIGTERM from `docker stop` reaches the JVM.
set -euo pipefail

fail() {
  printf 'entrypoint: ERROR: %s\n' "$*" >&2
  exit 1
}

PORT=${PORT:-8080}
DATA_DIR=${DATA_DIR:-/app/data}
APP_HOME=/app

# PORT: a plain decimal number in 1..65535 (Spring would otherwise fail deep inside Tomcat).
if ! [[ $PORT =~ ^[0-9]{1,5}$ ]] || ((10#$PORT < 1 || 10#$PORT > 65535)); then
  fail "PORT must be a number from 1 to 65535, got '$PORT'"
fi

# DATA_DIR: an existing, readable directory.
[ -e "$DATA_DIR" ] || fail "DATA_DIR '$DATA_DIR' does not exist (mount the data volume there, or unset DATA_DIR to use the bundled demo data)"
[ -d "$DATA_DIR" ] || fail "DATA_DIR '$DATA_DIR' is not a directory"
{ [ -r "$DATA_DIR" ] && [ -x "$DATA_DIR" ]; } || fail "DATA_DIR '$DATA_DIR' is not readable by uid $(id -u) (make it world-readable or owned by gid $(id -g))"

# data.db: present, readable, and really SQLite (the file starts with the 16 bytes "SQLite format 3\0").
db="$DATA_DIR/data.db"
[ -e "$db" ] || fail "$db is missing (DATA_DIR must contain data.db)"
[ -f "$db" ] || fail "$db is not a regular file"
[ -r "$db" ] || fail "$db is not readable by uid $(id -u)"
header=''
if ! LC_ALL=C IFS= read -r -d '' -n 16 header <"$db" || [ "$header" != 'SQLite format 3' ]; then
  fail "$db is not an SQLite database (its first bytes are not 'SQLite format 3')"
fi

# /tmp: the JVM, Tomcat and Vaadin write there; with --read-only it must be a tmpfs.
probe=$(mktemp -p /tmp .entrypoint-probe.XXXXXX 2>/dev/null) || fail "/tmp is not writable (with a read-only root filesystem, mount a tmpfs on /tmp)"
rm -f "$probe"

# Start-up summary: no environment dump, nothing secret.
version=${APP_VERSION:-}
build_info="$APP_HOME/META-INF/build-info.properties"
if [ -z "$version" ] && [ -r "$build_info" ]; then
  version=$(sed -n 's/^build\.version=//p' "$build_info")
fi
printf 'entrypoint: Management Tools Analysis Dashboard %s\n' "${version:-unknown}"
printf 'entrypoint: user uid=%s gid=%s, port %s, data %s\n' "$(id -u)" "$(id -g)" "$PORT" "$DATA_DIR"
for f in "$DATA_DIR"/*; do
  if [ -f "$f" ]; then
    printf 'entrypoint:   %-22s %12s bytes\n' "${f##*/}" "$(stat -c %s "$f")"
  fi
done
java_version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "${JAVA_HOME:-/opt/java}/release" 2>/dev/null || true)
printf 'entrypoint: Java %s\n' "${java_version:-(version unknown)}"

# Defaults sized for containers; JAVA_OPTS comes last so any of them can be overridden.
defaults=(
  -XX:MaxRAMPercentage=75
  -XX:+ExitOnOutOfMemoryError
  -Djava.io.tmpdir=/tmp
  -Dorg.sqlite.lib.path="$APP_HOME/native"
  -Dorg.sqlite.lib.name=libsqlitejdbc.so
)
# The AOT cache recorded while the image was built (see the Dockerfile's training stage): classes come
# pre-parsed and pre-linked, with method profiles, so start-up is shorter. The JVM only reads it; if a flag in
# JAVA_OPTS makes it unusable (another GC, say), the JVM says so and starts without it.
aot_cache="$APP_HOME/app.aot"
if [ -f "$aot_cache" ] && [ "${AOT_CACHE:-on}" != off ]; then
  defaults+=("-XX:AOTCache=$aot_cache")
  printf 'entrypoint: AOT cache %s\n' "$aot_cache"
fi
extra=()
if [ -n "${JAVA_OPTS:-}" ]; then
  read -r -a extra <<<"$JAVA_OPTS"
  printf 'entrypoint: JAVA_OPTS: %s\n' "$JAVA_OPTS"
fi

export PORT DATA_DIR
exec java "${defaults[@]}" "${extra[@]}" -jar "$APP_HOME/app.jar" "$@"
