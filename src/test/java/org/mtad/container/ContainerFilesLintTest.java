package org.mtad.container;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The container's shell scripts pass Debian's shellcheck, and the Dockerfile passes dockerfile-utils' linter. */
class ContainerFilesLintTest {

    private static final List<String> SCRIPTS = List.of(
            "entrypoint.sh", "healthcheck.sh", "aot-training.sh", ".ci/container-setup.sh", "src/test/bench/startup.sh", ".ci/container-cleanup");

    @Test
    void the_container_shell_scripts_are_shellcheck_clean() throws Exception {
        assumeTrue(onPath("shellcheck"), "shellcheck is not installed (apt-get install shellcheck)");
        List<String> command = new ArrayList<>(List.of("shellcheck", "--shell=bash", "--severity=info"));
        command.addAll(SCRIPTS);

        Run run = run(command, Duration.ofSeconds(60));

        assertThat(run.output()).as("shellcheck findings").isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void the_dockerfile_passes_the_linter() throws Exception {
        assumeTrue(onPath("npx"), "npx is not installed: cannot run the npm linter dockerfile-utils");

        Run run = run(List.of("npx", "--yes", "dockerfile-utils@0.16.3", "lint", "Dockerfile"), Duration.ofMinutes(2));

        assertThat(run.exitCode()).as("dockerfile-utils lint: %s", run.output()).isZero();
        assertThat(run.output().lines().filter(line -> !line.startsWith("npm warn")))
                .as("lint findings").isEmpty();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(List<String> command, Duration timeout) throws Exception {
        Path log = Files.createTempFile("lint", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
            }
            return new Run(process.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
