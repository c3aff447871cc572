package org.mtad.container;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtad.container.ContainerEngine.APP_PORT;
import static org.mtad.container.ContainerEngine.podman;

/**
 * The image built from the Dockerfile, run hardened (read-only root, tmpfs /tmp, no new privileges, no
 * capabilities) the way DEPLOYMENT.md tells operators to run it.
 */
@ExtendWith(RequiresContainerEngine.class)
class ContainerImageIT {

    /** Set by the test so /health must report it: proves the environment reaches the app. */
    private static final String VERSION = "9.8.7-container-test";

    private static GenericContainer<?> app;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startImage() {
        app = ContainerEngine.hardenedApp().withEnv("APP_VERSION", VERSION);
        app.start();
    }

    @AfterAll
    static void stopImage() {
        if (app != null) {
            app.stop();
        }
    }

    private static URI url(GenericContainer<?> container, String path) {
        return URI.create("http://" + container.getHost() + ":" + container.getMappedPort(APP_PORT) + path);
    }

    private static HttpResponse<String> get(GenericContainer<?> container, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(container, path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_answers_200_with_a_healthy_json_body_naming_the_configured_version() throws Exception {
        HttpResponse<String> response = get(app, "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.path("status").asString()).isEqualTo("healthy");
        assertThat(body.path("version").asString()).isEqualTo(VERSION);
        assertThat(body.path("databases").isEmpty()).as("databases in %s", response.body()).isFalse();
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        HttpResponse<String> response = get(app, "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
    }

    @Test
    void the_app_does_not_run_as_root() throws Exception {
        ExecResult id = app.execInContainer("id", "-u");

        assertThat(id.getStdout().strip()).isEqualTo("10001");
        // The JVM itself, not just a shell started by exec: PID 1 is java after the entrypoint's exec.
        ExecResult pid1 = app.execInContainer("sh", "-c", "stat -c '%u' /proc/1 && tr '\\0' ' ' </proc/1/cmdline");
        assertThat(pid1.getStdout()).startsWith("10001\n").contains("java ");
    }

    @Test
    void the_app_user_cannot_write_to_the_application_or_the_data() throws Exception {
        for (String target : new String[] {"/app/new-file", "/app/data/new-file", "/opt/java/new-file"}) {
            ExecResult touch = app.execInContainer("sh", "-c", "touch " + target);
            assertThat(touch.getExitCode()).as("touch %s: %s", target, touch.getStderr()).isNotZero();
        }
        ExecResult append = app.execInContainer("sh", "-c", ": >> /app/data/data.db");
        assertThat(append.getExitCode()).as("append to data.db: %s", append.getStderr()).isNotZero();
        // Beyond the read-only mount: nothing under /app or /opt/java is owned by, or writable for, the app user.
        ExecResult writable = app.execInContainer("sh", "-c",
                "find /app /opt/java \\( ! -user 0 -o -perm -g+w -o -perm -o+w \\) ! -type l -print");
        assertThat(writable.getStdout()).as("files not root-owned or group/world-writable").isEmpty();
        assertThat(writable.getExitCode()).isZero();
    }

    @Test
    void the_image_healthcheck_reports_healthy() {
        ContainerEngine.Result run = podman(Duration.ofSeconds(30), "healthcheck", "run", app.getContainerId());
        assertThat(run.exitCode()).as("podman healthcheck run: %s", run.output()).isZero();

        ContainerEngine.Result status = podman(Duration.ofSeconds(30),
                "inspect", "-f", "{{.State.Health.Status}}", app.getContainerId());
        assertThat(status.stdout().strip()).isEqualTo("healthy");
    }

    @Test
    void the_healthcheck_fails_when_nothing_answers_on_the_port() throws Exception {
        // Same script, pointed at a port nobody listens on: must be unhealthy, within its 10 s budget.
        long start = System.nanoTime();
        ExecResult check = app.execInContainer("env", "PORT=9", "/app/healthcheck.sh");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(check.getExitCode()).isEqualTo(1);
        assertThat(check.getStderr()).contains("did not answer 200");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    /**
     * docker/podman stop sends SIGTERM (the image's STOPSIGNAL). A download in progress at that moment must
     * complete, and the JVM must exit by itself well before the stop timeout (after which the engine would
     * SIGKILL it: exit code 137). The JVM reports an orderly exit on SIGTERM as 143 (128 + 15).
     */
    @Test
    void sigterm_lets_an_in_flight_download_finish_and_the_container_exits_with_143_in_time() throws Exception {
        // A slow client link, made by capping the server's TCP send buffer in the container's own network
        // namespace: without it the kernel would buffer the whole response and nothing would be in flight.
        try (GenericContainer<?> victim = ContainerEngine.hardenedApp().withCreateContainerCmdModifier(cmd ->
                cmd.getHostConfig().withSysctls(Map.of("net.ipv4.tcp_wmem", "4096 4096 4096")))) {
            victim.start();
            String asset = largestScriptOf(victim);
            int port = victim.getMappedPort(APP_PORT);
            Duration grace = Duration.ofSeconds(30);

            try (Socket socket = new Socket()) {
                // A tiny receive window: the server's write blocks until we read, so the request stays in flight.
                socket.setReceiveBufferSize(2048);
                socket.connect(new InetSocketAddress(victim.getHost(), port), 5000);
                socket.setSoTimeout(15000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + asset + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] head = in.readNBytes(4096);

                long stopStart = System.nanoTime();
                CompletableFuture<ContainerEngine.Result> stop = CompletableFuture.supplyAsync(() ->
                        podman(grace.plusSeconds(15), "stop", "-t", Long.toString(grace.toSeconds()),
                                victim.getContainerId()));
                Thread.sleep(1500); // SIGTERM has arrived; shutdown has begun while the response is unfinished
                assertThat(stop).as("the container must still be running while a request is in flight").isNotDone();

                byte[] rest = in.readAllBytes();
                String response = new String(head, StandardCharsets.ISO_8859_1)
                        + new String(rest, StandardCharsets.ISO_8859_1);
                ContainerEngine.Result stopped = stop.get();
                Duration stopTook = Duration.ofNanos(System.nanoTime() - stopStart);

                assertThat(response).startsWith("HTTP/1.1 200");
                assertThat(bodyLength(response)).as("body bytes received vs Content-Length")
                        .isEqualTo(contentLength(response));
                assertThat(stopped.exitCode()).as("podman stop: %s", stopped.output()).isZero();
                assertThat(stopTook).isLessThan(grace);
            }
            ContainerEngine.Result exit = podman(Duration.ofSeconds(30),
                    "inspect", "-f", "{{.State.ExitCode}}", victim.getContainerId());
            assertThat(exit.stdout().strip()).isEqualTo("143");
        }
    }

    /**
     * The biggest JavaScript file a tool's page loads (on a desktop it preloads the chart library): large enough to
     * stay in flight with a small window.
     */
    private static String largestScriptOf(GenericContainer<?> container) throws Exception {
        String html = get(container, "/benchmarking").body();
        Matcher scripts = Pattern.compile("(?:src|href)=\"\\.?/?(VAADIN/[^\"]+\\.js)\"").matcher(html);
        String best = null;
        long bestSize = -1;
        while (scripts.find()) {
            String path = "/" + scripts.group(1);
            HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(url(container, path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            long size = head.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (size > bestSize) {
                best = path;
                bestSize = size;
            }
        }
        assertThat(best).as("a script referenced by /benchmarking in:%n%s", html).isNotNull();
        assertThat(bestSize).as("size of %s", best).isGreaterThan(200_000);
        return best;
    }

    private static int contentLength(String response) {
        Matcher m = Pattern.compile("(?im)^Content-Length:\\s*(\\d+)\\s*$").matcher(response);
        assertThat(m.find()).as("Content-Length header in %s", response.substring(0, Math.min(500, response.length()))).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int bodyLength(String response) {
        int headerEnd = response.indexOf("\r\n\r\n");
        return headerEnd < 0 ? -1 : response.length() - headerEnd - 4;
    }

}
