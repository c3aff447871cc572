package org.mtad.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.model.Capability;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The podman engine prepared by {@code .ci/container-setup.sh}: its API socket (for Testcontainers), its CLI
 * (for what the Docker API cannot do, like running a health check) and the image built from the Dockerfile.
 * Without them the container tests skip, saying what is missing (see {@link RequiresContainerEngine}); they
 * never fall back to pulling images.
 */
final class ContainerEngine {

    static final String IMAGE = env("MTAD_TEST_IMAGE", "localhost/mtad:test");
    static final int APP_PORT = 8080;

    private ContainerEngine() {
    }

    /** Why the container tests cannot run here, or empty when the engine, its socket, the CLI and the image are there. */
    static Optional<String> unavailableReason() {
        String howTo = " Run `source .ci/container-setup.sh` first (it installs podman, builds " + IMAGE
                + " and exports DOCKER_HOST); see DEPLOYMENT.md, section Testing the image.";
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost == null || !dockerHost.startsWith("unix://")) {
            return Optional.of("Container tests skipped: DOCKER_HOST is not set to podman's unix socket." + howTo);
        }
        if (!Files.exists(Path.of(dockerHost.substring("unix://".length())))) {
            return Optional.of("Container tests skipped: the socket of DOCKER_HOST=" + dockerHost + " does not exist." + howTo);
        }
        if (!"true".equals(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
            return Optional.of("Container tests skipped: TESTCONTAINERS_RYUK_DISABLED=true is needed"
                    + " (no registry for the Ryuk image)." + howTo);
        }
        Result exists;
        try {
            exists = podman(Duration.ofSeconds(30), "image", "exists", IMAGE);
        } catch (IllegalStateException e) {
            return Optional.of("Container tests skipped: the podman CLI cannot be run (" + e.getMessage() + ")." + howTo);
        }
        if (exists.exitCode() != 0) {
            return Optional.of("Container tests skipped: image " + IMAGE + " does not exist locally." + howTo);
        }
        return Optional.empty();
    }

    /**
     * The image started the way DEPLOYMENT.md recommends: read-only root filesystem, tmpfs on /tmp, no new
     * privileges, every capability dropped. Waits until /health answers 200.
     */
    static GenericContainer<?> hardenedApp() {
        return new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withImagePullPolicy(image -> false)
                .withExposedPorts(APP_PORT)
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                        .withReadonlyRootfs(true)
                        .withTmpFs(Map.of("/tmp", "rw,noexec,nosuid,size=64m"))
                        .withSecurityOpts(List.of("no-new-privileges"))
                        .withCapDrop(Capability.ALL))
                .waitingFor(Wait.forHttp("/health").forStatusCode(200)
                        .withStartupTimeout(Duration.ofSeconds(120)));
    }

    record Result(int exitCode, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }
    }

    /** Runs the podman CLI (same storage as the API service) and waits for it. */
    static Result podman(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("podman-out", ".txt");
            Path err = Files.createTempFile("podman-err", ".txt");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
                }
                return new Result(process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
