package org.mtad.container;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.lifecycle.Startables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtad.container.ContainerEngine.APP_PORT;

/**
 * Two replicas behind HAProxy with cookie-based sticky sessions, as DEPLOYMENT.md describes for Swarm and
 * Kubernetes. Vaadin keeps each visitor's UI state in the memory of one instance, so a visitor must stay on
 * it; when that instance goes away, the visitor lands on the other one and the page is rebuilt from its URL.
 */
@ExtendWith({RequiresContainerEngine.class, ScaleOutIT.RequiresBrowserAndProxy.class})
class ScaleOutIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String STICKY_COOKIE = "MTADSRV";

    @TempDir
    static Path work;

    private static GenericContainer<?> first;
    private static GenericContainer<?> second;
    private static Process haproxy;
    private static Path haproxyPidFile;
    private static String entry;

    @BeforeAll
    static void startTwoReplicasBehindHaproxy() throws Exception {

        first = ContainerEngine.hardenedApp();
        second = ContainerEngine.hardenedApp();
        Startables.deepStart(first, second).join();

        int port = freePort();
        Path config = work.resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig(port, first.getMappedPort(APP_PORT), second.getMappedPort(APP_PORT)));
        ContainerEngine.Result check = runHaproxyCheck(config);
        assertThat(check.exitCode()).as("haproxy -c: %s", check.output()).isZero();

        haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile())
                .start();
        // Lets .ci/container-cleanup stop it should this JVM die before @AfterAll.
        String state = Optional.ofNullable(System.getenv("MTAD_CONTAINER_STATE")).orElse("/tmp/mtad-container");
        haproxyPidFile = Path.of(state, "haproxy-" + port + ".pid");
        Files.createDirectories(haproxyPidFile.getParent());
        Files.writeString(haproxyPidFile, Long.toString(haproxy.pid()));
        entry = "http://127.0.0.1:" + port;
        awaitBothServersUp();
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (haproxy != null) {
            haproxy.destroy();
            Files.deleteIfExists(haproxyPidFile);
        }
        for (GenericContainer<?> container : new GenericContainer<?>[] {first, second}) {
            if (container != null) {
                container.stop();
            }
        }
    }

    @Test
    void a_visitor_stays_on_one_instance_and_moves_to_the_other_when_it_stops() {
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM)
                     .setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")))) {

            BrowserContext visitor = browser.newContext();
            Page page = visitor.newPage();
            page.navigate(entry + "/");
            // "/" forwards to the first tool once Vaadin's client has started (no eager server load): wait for it.
            page.waitForURL(url -> !url.equals(entry + "/"));
            String heading = page.locator("h1").first().innerText();
            String instance = cookie(visitor, STICKY_COOKIE);
            String session = cookie(visitor, "JSESSIONID");
            String address = page.url();

            // Sticky: reloads keep the instance, and so the instance's HTTP session (a JSESSIONID is only
            // valid where it was created: a request landing elsewhere would get a new one).
            for (int i = 0; i < 3; i++) {
                page.reload();
                assertThat(page.locator("h1").first().innerText()).isEqualTo(heading);
                assertThat(cookie(visitor, STICKY_COOKIE)).isEqualTo(instance);
                assertThat(cookie(visitor, "JSESSIONID")).isEqualTo(session);
            }

            // Balanced: a new visitor is sent to the other replica.
            BrowserContext newcomer = browser.newContext();
            newcomer.newPage().navigate(entry + "/");
            assertThat(cookie(newcomer, STICKY_COOKIE)).as("second visitor's instance").isNotEqualTo(instance);
            newcomer.close();

            // The visitor's instance stops (SIGTERM, as on a rolling update or a crash of the node).
            GenericContainer<?> stopped = "a".equals(instance) ? first : second;
            ContainerEngine.Result stop = ContainerEngine.podman(Duration.ofSeconds(60),
                    "stop", "-t", "30", stopped.getContainerId());
            assertThat(stop.exitCode()).as("podman stop: %s", stop.output()).isZero();

            // The visitor reloads (or Vaadin's client does, on finding its session gone): HAProxy redispatches
            // to the surviving replica, which builds the page again from the same URL.
            page.reload();
            assertThat(page.url()).isEqualTo(address);
            assertThat(page.locator("h1").first().innerText()).isEqualTo(heading);
            assertThat(cookie(visitor, STICKY_COOKIE)).as("instance after failover").isNotEqualTo(instance);
            assertThat(cookie(visitor, "JSESSIONID")).as("a new session on the other instance").isNotEqualTo(session);
        }
    }

    private static String cookie(BrowserContext context, String name) {
        return context.cookies().stream()
                .filter(c -> c.name.equals(name))
                .map(c -> c.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in "
                        + context.cookies().stream().map(c -> c.name).toList()));
    }

    /** HAProxy from Debian, on loopback: cookie persistence, health checks on /health, redispatch on failure. */
    private static String haproxyConfig(int port, int firstPort, int secondPort) {
        return """
                global
                    maxconn 256
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 30s
                    timeout server 30s
                    retries 2
                    option redispatch
                frontend web
                    bind 127.0.0.1:%d
                    default_backend app
                backend app
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk
                    http-check send meth GET uri /health
                    http-check expect status 200
                    server a 127.0.0.1:%d check inter 1s fall 2 rise 1 cookie a
                    server b 127.0.0.1:%d check inter 1s fall 2 rise 1 cookie b
                """.formatted(port, STICKY_COOKIE, firstPort, secondPort);
    }

    private static ContainerEngine.Result runHaproxyCheck(Path config) throws IOException, InterruptedException {
        Process check = new ProcessBuilder("haproxy", "-c", "-f", config.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        return new ContainerEngine.Result(check.waitFor(), output, "");
    }

    /** Both servers must answer through HAProxy before the browser starts: fresh requests alternate a/b. */
    private static void awaitBothServersUp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<String> seen = new HashSet<>();
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(entry + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                response.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith(STICKY_COOKIE + "="))
                        .forEach(c -> seen.add(c.substring(STICKY_COOKIE.length() + 1).split(";")[0]));
            } catch (IOException notYet) {
                // HAProxy still starting
            }
            Thread.sleep(200);
        }
        assertThat(seen).as("instances answering through HAProxy (log: %s)",
                Files.exists(work.resolve("haproxy.log")) ? Files.readString(work.resolve("haproxy.log")) : "")
                .containsExactlyInAnyOrder("a", "b");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** Chromium (Debian's) and HAProxy must be installed; .ci/container-setup.sh installs HAProxy, .ci/run Chromium. */
    static final class RequiresBrowserAndProxy implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!Files.isExecutable(CHROMIUM)) {
                return ConditionEvaluationResult.disabled("Scale-out test skipped: no Chromium at " + CHROMIUM
                        + " (apt-get install chromium)");
            }
            if (!onPath("haproxy")) {
                return ConditionEvaluationResult.disabled(
                        "Scale-out test skipped: haproxy is not installed (apt-get install haproxy)");
            }
            return ConditionEvaluationResult.enabled("Chromium and HAProxy are installed");
        }
    }
}
