# Management Tools Analysis Dashboard: multi-stage image.
#   jre:      a jlink-made Java 25 runtime (independent of the sources, so cached across code changes)
#   build:    JDK + Maven wrapper -> Spring Boot jar -> extracted jar + lib/ layers (+ sqlite-jdbc's native library)
#   app:      a slim OS + that runtime + the layers + the demo dataset, run as uid/gid 10001
#   training: runs the app once, serving real requests, to record a JDK AOT cache (class loading and linking,
#             method profiles); the final image is `app` + that read-only cache, used by entrypoint.sh.
# Needs BuildKit with Docker (RUN --mount, COPY --chmod); with podman/buildah, build with --format docker
# or the HEALTHCHECK is dropped.
# Base images are build args so CI (and air-gapped builders) can substitute local ones:
#   podman build --format docker --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=... .
# RUNTIME_IMAGE needs only glibc and bash (Java comes from the build stage), so any Debian/Ubuntu base fits.
ARG BUILD_IMAGE=eclipse-temurin:25-jdk
ARG RUNTIME_IMAGE=debian:trixie-slim

# A Java runtime with just the Java SE modules and the few JDK ones Spring Boot, Tomcat and sqlite-jdbc use
# (about a third of a full JRE). Its own stage, so a source change does not redo it.
FROM ${BUILD_IMAGE} AS jre
RUN jlink --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.naming.dns,jdk.localedata \
      --include-locales=en,es \
      --strip-debug --strip-native-debug-symbols=objcopy=/usr/bin/objcopy --no-man-pages --no-header-files --compress=zip-6 \
      --output /opt/mtad-java \
    && strip --strip-unneeded /opt/mtad-java/lib/server/libjvm.so \
    && rm -f /opt/mtad-java/lib/libawt_xawt.so /opt/mtad-java/lib/libsplashscreen.so /opt/mtad-java/lib/libjsound.so
# (The symbol table of libjvm.so and the X11, splash-screen and sound libraries: 6 MB a headless server never uses.)

FROM ${BUILD_IMAGE} AS build
WORKDIR /build

# Dependencies first: this layer (and the ~/.m2 cache mount) survive source changes.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -ntp dependency:go-offline

# No Node here: the committed production bundle (src/main/bundles) is reused, and
# .mvn/node/ensure-node.sh does nothing when npm is absent.
COPY frontend/ frontend/
COPY src/main/ src/main/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp package -Dmaven.test.skip=true \
    && cp target/management-tools-dashboard-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --destination extracted \
    && (cd extracted/application && jar xf app.jar META-INF/build-info.properties)
# The extracted form (app.jar + lib/*.jar on a plain class path) is what the JVM's AOT cache can use; Spring Boot's
# nested-jar launcher is not.

# sqlite-jdbc normally unpacks its native library into /tmp and loads it from there, which fails on a
# tmpfs mounted noexec (Docker's default). Ship it unpacked in the image instead.
RUN case "$(uname -m)" in \
      x86_64) arch=x86_64 ;; \
      aarch64) arch=aarch64 ;; \
      *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;; \
    esac \
    && mkdir -p native-unpack native \
    && cd native-unpack \
    && jar xf ../extracted/dependencies/lib/sqlite-jdbc-*.jar "org/sqlite/native/Linux/${arch}/libsqlitejdbc.so" \
    && mv "org/sqlite/native/Linux/${arch}/libsqlitejdbc.so" ../native/ \
    && cd .. && rm -rf native-unpack
# The jar's libraries for every other platform (11 MB) are dead weight once the one above is shipped beside it.
RUN jarfile=$(ls extracted/dependencies/lib/sqlite-jdbc-*.jar) \
    && mkdir sqlite-repack && cd sqlite-repack \
    && jar xf "../$jarfile" && rm -rf org/sqlite/native && mv META-INF/MANIFEST.MF ../sqlite-manifest.mf \
    && jar --create --file "../$jarfile" --manifest ../sqlite-manifest.mf . \
    && cd .. && rm -rf sqlite-repack sqlite-manifest.mf

# The runtime OS: the base image with the app user, minus what only installs or builds software (package
# managers, perl, TLS and archive tools, iconv modules, C++ runtime: about 55 MB; the JVM links only libc, libm,
# libdl, libpthread and librt). Checked below: what the scripts and the tests use still runs.
FROM ${RUNTIME_IMAGE} AS os
RUN groupadd --gid 10001 mtad \
    && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin mtad \
    && for pkg in apt libapt-pkg7.0 sqv perl-base libssl3t64 libsqlite3-0 libdb5.3t64 diffutils tar passwd \
                  libsemanage2 libsemanage-common util-linux libsystemd0 libudev1 debconf debian-archive-keyring dpkg; do \
         list="/var/lib/dpkg/info/$pkg.list"; [ -f "$list" ] || list=$(ls /var/lib/dpkg/info/"$pkg":*.list 2>/dev/null || true); \
         [ -n "$list" ] && [ -f "$list" ] || continue; \
         while IFS= read -r f; do if [ -f "$f" ] || [ -L "$f" ]; then rm -f "$f"; fi; done <"$list"; \
       done \
    && rm -rf /var/lib/dpkg /var/lib/apt /var/cache/apt /var/cache/debconf /var/log/* /usr/share/doc /usr/share/man \
              /usr/share/info /usr/share/locale /usr/share/zoneinfo /usr/share/perl5 /etc/apt \
              /usr/lib/x86_64-linux-gnu/perl-base /usr/lib/x86_64-linux-gnu/gconv /usr/lib/x86_64-linux-gnu/security \
              /usr/lib/*-linux-gnu/libstdc++.so.6* /usr/bin/localedef \
    && bash -c 'true' && stat -c %s /etc/passwd >/dev/null && sed --version >/dev/null && id -u mtad >/dev/null \
    && mktemp -u >/dev/null && timeout 1 true && head -c 1 /etc/passwd >/dev/null && find /etc -maxdepth 0 >/dev/null \
    && touch /tmp/x && rm /tmp/x && tr --version >/dev/null && sh -c true

FROM scratch AS app
COPY --from=os / /
ARG VERSION=dev
ARG REVISION=unknown
ARG SOURCE_URL=unknown
LABEL org.opencontainers.image.title="Management Tools Analysis Dashboard" \
      org.opencontainers.image.description="Read-only analysis dashboard for management tools research data" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE_URL}"

ENV JAVA_HOME=/opt/java \
    PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 \
    PORT=8080 \
    DATA_DIR=/app/data \
    JAVA_OPTS=""

WORKDIR /app
# Everything below is owned by root and read-only for the app user (COPY without --chown).
COPY --from=jre /opt/mtad-java /opt/java
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/native/ ./native/
COPY data/ ./data/
COPY --chmod=0755 entrypoint.sh healthcheck.sh ./
COPY --from=build /build/extracted/application/ ./

USER 10001:10001
EXPOSE 8080
STOPSIGNAL SIGTERM
# healthcheck.sh's worst case (3 tries x 2 s + 1 s + 2 s backoff = 9 s) stays inside the 10 s timeout.
# The start period covers a cold JVM start on a small CPU share; failures inside it are not counted.
HEALTHCHECK --interval=15s --timeout=10s --start-period=60s --retries=3 CMD ["/app/healthcheck.sh"]
ENTRYPOINT ["/app/entrypoint.sh"]

# The training run: the real entrypoint (same JDK, flags and class path as every later start) with
# -XX:AOTCacheOutput, real requests (pages, API, health), then SIGTERM; the JVM writes the cache as it exits.
FROM app AS training
COPY --chmod=0755 aot-training.sh /usr/local/bin/aot-training.sh
RUN aot-training.sh /tmp/aot/app.aot

FROM app
# Owned by root, read-only: the JVM only maps it. entrypoint.sh passes -XX:AOTCache=/app/app.aot.
COPY --from=training --chown=0:0 --chmod=0444 /tmp/aot/app.aot /app/app.aot
