package org.mtad.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Misconfigured containers stop at once with the entrypoint's one-line reason and exit code 1, before any
 * Java starts (so no restart loop of half-started JVMs, and the operator reads the cause in `docker logs`).
 */
@ExtendWith(RequiresContainerEngine.class)
class EntrypointPreflightIT {

    /** Far below a JVM start here (10-20 s on a shared 2-core machine); the checks themselves take milliseconds. */
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path hostDir;

    private record Run(int exitCode, String output, Duration took) {
    }

    /** `podman run` in the foreground, hardened like production, with extra options before the image. */
    private static Run run(String... options) {
        List<String> args = new ArrayList<>(List.of("run", "--rm", "--name", "mtad-test-" + UUID.randomUUID(),
                "--read-only", "--security-opt", "no-new-privileges", "--cap-drop", "ALL"));
        args.addAll(List.of(options));
        args.add(ContainerEngine.IMAGE);
        long start = System.nanoTime();
        ContainerEngine.Result result = ContainerEngine.podman(Duration.ofSeconds(60), args.toArray(String[]::new));
        return new Run(result.exitCode(), result.output(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void assertStoppedAtOnceSaying(Run run, String message) {
        assertThat(run.output()).contains("entrypoint: ERROR: " + message);
        assertThat(run.exitCode()).as("exit code; output:%n%s", run.output()).isEqualTo(1);
        assertThat(run.output()).doesNotContain("Starting DashboardApplication");
        assertThat(run.took()).isLessThan(AT_ONCE);
    }

    @Test
    void a_missing_data_volume_stops_the_container_at_once() {
        Run run = run("--tmpfs", "/tmp", "-e", "DATA_DIR=/data");

        assertStoppedAtOnceSaying(run, "DATA_DIR '/data' does not exist");
    }

    @Test
    void a_data_volume_without_data_db_stops_the_container_at_once() throws IOException {
        Files.setPosixFilePermissions(hostDir, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = run("--tmpfs", "/tmp", "-e", "DATA_DIR=/data", "-v", hostDir + ":/data:ro");

        assertStoppedAtOnceSaying(run, "/data/data.db is missing");
    }

    @Test
    void a_data_db_that_is_not_sqlite_stops_the_container_at_once() throws IOException {
        Files.writeString(hostDir.resolve("data.db"), "date,keyword,value\n2004-01-01,Benchmarking,50\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(hostDir, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = run("--tmpfs", "/tmp", "-e", "DATA_DIR=/data", "-v", hostDir + ":/data:ro");

        assertStoppedAtOnceSaying(run, "/data/data.db is not an SQLite database");
    }

    @Test
    void a_data_dir_the_app_user_cannot_read_stops_the_container_at_once() throws IOException {
        Files.setPosixFilePermissions(hostDir, PosixFilePermissions.fromString("rwx------"));

        Run run = run("--tmpfs", "/tmp", "-e", "DATA_DIR=/data", "-v", hostDir + ":/data:ro");

        assertStoppedAtOnceSaying(run, "DATA_DIR '/data' is not readable by uid 10001");
    }

    @Test
    void an_invalid_port_stops_the_container_at_once() {
        Run run = run("--tmpfs", "/tmp", "-e", "PORT=80a");

        assertStoppedAtOnceSaying(run, "PORT must be a number from 1 to 65535, got '80a'");
    }

    @Test
    void a_read_only_root_without_a_tmpfs_on_tmp_stops_the_container_at_once() {
        // podman adds tmpfs mounts to --read-only containers unless told not to; Docker does not.
        Run run = run("--read-only-tmpfs=false");

        assertStoppedAtOnceSaying(run, "/tmp is not writable");
    }

    @Test
    void the_start_up_summary_names_version_user_port_and_data_files() throws Exception {
        // JAVA_OPTS=-version makes the JVM print its version and exit right after the summary.
        Run run = run("--tmpfs", "/tmp", "-e", "APP_VERSION=1.2.3-summary", "-e", "JAVA_OPTS=-version");

        assertThat(run.output())
                .contains("entrypoint: Management Tools Analysis Dashboard 1.2.3-summary")
                .contains("entrypoint: user uid=10001 gid=10001, port 8080, data /app/data")
                .containsPattern("entrypoint:   data\\.db +\\d+ bytes")
                .contains("entrypoint: Java 25");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }
}
