#!/usr/bin/env bash
# Prepares a container engine for the container tests (src/test/java/org/mtad/container).
#
# Meant to be sourced by .ci/run:   source .ci/container-setup.sh
# Sourcing adds mtad_container_cleanup (stops the API service, removes test containers) to the caller's EXIT
# trap. It can also be run directly, to prepare images by hand; the exports are then lost.
# Returns 0 when the engine is ready, or when no engine can run here (the tests then skip, saying why);
# returns 1 only when the engine works but the project's image fails to build.
#
# What it does, each step skipped when already done:
#   1. installs podman & co. from apt (Debian)
#   2. writes a containers.conf with the three workarounds these machines need
#      (explicit ulimits, runc instead of crun, cgroupfs; see ../shared/notes/container-testing.md)
#   3. makes local base images, because no registry can be reached:
#        localhost/mtad-debian:trixie       debootstrap minbase
#        localhost/mtad-build:25            + this machine's Temurin 25 JDK (or Debian's openjdk-25), + the host's extra
#                                             CA certificates
#                                             (the HTTPS proxy here needs them; ONLY in this local build image)
#        localhost/mtad-runtime-base:trixie the runtime stage's OS: the image gets a jlink-made Java from the
#                                             build stage, so no JRE here and no extra CAs
#   4. builds the project's Dockerfile with those base images as localhost/mtad:test (--format docker keeps
#      the HEALTHCHECK; layer cache and the Maven cache mount make a rebuild quick)
#   5. starts `podman system service` on a socket and exports what the tests read:
#        DOCKER_HOST, TESTCONTAINERS_RYUK_DISABLED, CONTAINERS_CONF, MTAD_TEST_IMAGE, DOCKER_BUILDKIT
#
# Knobs: MTAD_CONTAINER_STATE (state dir, default /tmp/mtad-container), MTAD_SKIP_IMAGE_BUILD=1 (use the
# existing image), MTAD_REBUILD_BASE_IMAGES=1 (remake the base images), MTAD_TEST_IMAGE (the image's tag, default
# localhost/mtad:test), MTAD_BUILD_JDK (the JDK 25 copied into the build base, default this machine's Temurin 25).

mtad_container_log() { printf '[container-setup] %s\n' "$*" >&2; }

mtad_container_prepare() (
  set -euo pipefail
  repo=$1 state=$2
  mkdir -p "$state"

  # 1. packages
  if ! command -v podman >/dev/null || ! command -v debootstrap >/dev/null || ! command -v runc >/dev/null \
      || ! command -v haproxy >/dev/null || ! command -v shellcheck >/dev/null; then
    mtad_container_log "installing podman, buildah, runc, debootstrap, haproxy, shellcheck (apt)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 install -y -q podman buildah runc uidmap slirp4netns fuse-overlayfs \
      debootstrap haproxy shellcheck >"$state/apt.log" 2>&1 \
      || { apt-get -o DPkg::Lock::Timeout=600 update -q >>"$state/apt.log" 2>&1 \
           && apt-get -o DPkg::Lock::Timeout=600 install -y -q podman buildah runc uidmap slirp4netns \
              fuse-overlayfs debootstrap haproxy shellcheck >>"$state/apt.log" 2>&1; } \
      || { mtad_container_log "apt-get failed, see $state/apt.log"; exit 2; }
  fi

  # 2. engine configuration (and a first sign of life: can podman run at all here?)
  cat >"$state/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
  # shellcheck disable=SC2030  # for the podman calls below; the caller's export happens in mtad_container_setup
  export CONTAINERS_CONF="$state/containers.conf"

  podman info >"$state/podman-info.log" 2>&1 \
    || { mtad_container_log "podman cannot run here, see $state/podman-info.log"; exit 2; }

  # 3. base images
  rebuild=${MTAD_REBUILD_BASE_IMAGES:-0}
  if [ "$rebuild" = 1 ] || ! podman image exists localhost/mtad-debian:trixie; then
    mtad_container_log "debootstrap Debian trixie (minbase)"
    rootfs=$(mktemp -d "$state/rootfs.XXXXXX")
    debootstrap --variant=minbase trixie "$rootfs" http://deb.debian.org/debian >"$state/debootstrap.log" 2>&1 \
      || { mtad_container_log "debootstrap failed, see $state/debootstrap.log"; rm -rf "$rootfs"; exit 2; }
    # Slim it the way Debian's official -slim images are: no docs, man pages or translations, now or later.
    cat >"$rootfs/etc/dpkg/dpkg.cfg.d/mtad-slim" <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
DPKG
    find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
    rm -rf "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/lintian/* \
      "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
      "$rootfs"/var/log/*.log "$rootfs"/var/cache/debconf/*-old
    find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
    tar --numeric-owner -C "$rootfs" -c . | podman import \
      --change 'CMD ["bash"]' \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      - localhost/mtad-debian:trixie >"$state/import.log" 2>&1 \
      || { mtad_container_log "podman import failed, see $state/import.log"; rm -rf "$rootfs"; exit 2; }
    rm -rf "$rootfs"
  fi
  if [ "$rebuild" = 1 ] || ! podman image exists localhost/mtad-build:25; then
    # The JDK: this machine's Temurin 25 when it has one (no registry to pull eclipse-temurin:25-jdk from),
    # else Debian's openjdk-25 package.
    host_jdk=${MTAD_BUILD_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
    mtad_container_log "building localhost/mtad-build:25 (JDK 25 + host CAs)"
    ctx=$(mktemp -d "$state/buildctx.XXXXXX")
    mkdir "$ctx/ca"
    cp /usr/local/share/ca-certificates/*.crt "$ctx/ca/" 2>/dev/null || true
    if [ -x "$host_jdk/bin/jlink" ] && "$host_jdk/bin/java" -version 2>&1 | grep -q 'version "25'; then
      cp -aL "$host_jdk" "$ctx/jdk"  # -L: Debian packages link lib/security/cacerts to /etc
      jdk_step='COPY jdk/ /opt/java/openjdk/'
      java_home=/opt/java/openjdk
    else
      jdk_step='RUN apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-25-jdk-headless && rm -rf /var/lib/apt/lists/*'
      java_home=/usr/lib/jvm/java-25-openjdk-amd64
    fi
    cat >"$ctx/Containerfile" <<CF
FROM localhost/mtad-debian:trixie
RUN apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      ca-certificates binutils \
    && rm -rf /var/lib/apt/lists/*
$jdk_step
# Local test image only: trust the CAs of this machine's HTTPS proxy so Maven can reach Central.
COPY ca/ /usr/local/share/ca-certificates/
RUN update-ca-certificates >/dev/null \
    && for crt in /usr/local/share/ca-certificates/*.crt; do \
         [ -f "\$crt" ] || continue; \
         $java_home/bin/keytool -importcert -noprompt -cacerts -storepass changeit \
           -alias "\$(basename "\$crt")" -file "\$crt" >/dev/null 2>&1 || true; \
       done
ENV JAVA_HOME=$java_home PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CF
    podman build --format docker -t localhost/mtad-build:25 "$ctx" >"$state/build-base.log" 2>&1 \
      || { mtad_container_log "build of localhost/mtad-build:25 failed, see $state/build-base.log"; rm -rf "$ctx"; exit 2; }
    rm -rf "$ctx"
  fi
  if [ "$rebuild" = 1 ] || ! podman image exists localhost/mtad-runtime-base:trixie; then
    # Same OS as the build base; kept as its own tag so the runtime stage's base is named for what it is.
    podman tag localhost/mtad-debian:trixie localhost/mtad-runtime-base:trixie
  fi

  # 4. the project's image
  image=${MTAD_TEST_IMAGE:-localhost/mtad:test}
  if [ "${MTAD_SKIP_IMAGE_BUILD:-0}" != 1 ] || ! podman image exists "$image"; then
    mtad_container_log "building the project's Dockerfile as $image (log: $state/build-image.log)"
    previous=$(podman image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)
    start=$(date +%s)
    podman build --format docker --layers \
      --build-arg BUILD_IMAGE=localhost/mtad-build:25 \
      --build-arg RUNTIME_IMAGE=localhost/mtad-runtime-base:trixie \
      --build-arg VERSION="$(git -C "$repo" describe --always --dirty 2>/dev/null || echo dev)" \
      -t "$image" "$repo" >"$state/build-image.log" 2>&1 \
      || { mtad_container_log "image build failed; last lines of $state/build-image.log:"; tail -n 20 "$state/build-image.log" >&2; exit 1; }
    mtad_container_log "image built in $(( $(date +%s) - start )) s, size $(podman image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}')"
    # Drop the image this build replaced, and build-cache images older than a day (storage grows by a few
    # hundred MB per source change otherwise); the recent intermediate images stay: they are the layer cache.
    if [ -n "$previous" ] && [ "$previous" != "$(podman image inspect -f '{{.Id}}' "$image")" ]; then
      podman rmi "$previous" >/dev/null 2>&1 || true
    fi
    podman image prune -f --filter until=24h >/dev/null 2>&1 || true
  fi

  # 5. Docker-compatible API socket for Testcontainers
  sock="$state/podman.sock"
  if [ -f "$state/service.pid" ] && kill -0 "$(cat "$state/service.pid")" 2>/dev/null; then
    mtad_container_log "podman service already running (pid $(cat "$state/service.pid"))"
  else
    rm -f "$sock"
    nohup podman system service --time=0 "unix://$sock" >"$state/service.log" 2>&1 &
    echo $! >"$state/service.pid"
    for _ in $(seq 1 50); do [ -S "$sock" ] && break; sleep 0.1; done
    [ -S "$sock" ] || { mtad_container_log "podman service did not create $sock, see $state/service.log"; exit 2; }
  fi
)

# Stops the API service this script started and removes what the tests left behind. Safe to call twice.
mtad_container_cleanup() {
  local state=${MTAD_CONTAINER_STATE:-/tmp/mtad-container}
  bash "$(dirname "${BASH_SOURCE[0]}")/container-cleanup" "$state" || true
}

mtad_container_setup() {
  local repo state rc=0
  repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  state=${MTAD_CONTAINER_STATE:-/tmp/mtad-container}
  # Not `prepare || rc=$?`: that context would switch off the `set -e` inside prepare.
  local errexit=no
  case $- in *e*) errexit=yes; set +e ;; esac
  mtad_container_prepare "$repo" "$state"
  rc=$?
  [ "$errexit" = yes ] && set -e
  if [ "$rc" -eq 2 ]; then
    # No usable engine on this machine: not the project's fault; the container tests skip and say why.
    mtad_container_log "no usable container engine: the container tests will skip"
    return 0
  elif [ "$rc" -ne 0 ]; then
    # The engine works but the project's image does not build: a real failure.
    mtad_container_log "FAILED to build the project's image"
    return 1
  fi
  export MTAD_CONTAINER_STATE="$state"
  # shellcheck disable=SC2031
  export CONTAINERS_CONF="$state/containers.conf"
  export DOCKER_HOST="unix://$state/podman.sock"
  export DOCKER_BUILDKIT=0
  export TESTCONTAINERS_RYUK_DISABLED=true
  export MTAD_TEST_IMAGE=${MTAD_TEST_IMAGE:-localhost/mtad:test}
  mtad_container_log "ready: DOCKER_HOST=$DOCKER_HOST MTAD_TEST_IMAGE=$MTAD_TEST_IMAGE"
}

# Adds the cleanup to the caller's EXIT trap (keeping a trap it already has).
mtad_container_trap_cleanup() {
  local existing
  existing=$(trap -p EXIT)
  existing=${existing#"trap -- '"}
  existing=${existing%"' EXIT"}
  if [ -n "$existing" ]; then
    # shellcheck disable=SC2064  # expand the existing trap now
    trap "$existing; mtad_container_cleanup" EXIT
  else
    trap mtad_container_cleanup EXIT
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  # Run directly: prepare, and keep nothing running.
  mtad_container_setup; rc=$?
  mtad_container_cleanup
  exit "$rc"
else
  mtad_container_trap_cleanup
  mtad_container_setup
fi
