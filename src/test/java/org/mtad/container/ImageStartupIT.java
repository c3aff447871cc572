package org.mtad.container;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.GenericContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtad.container.ContainerEngine.APP_PORT;
import static org.mtad.container.ContainerEngine.podman;

/**
 * What the image does for start-up: Java 25 with the AOT cache recorded at build time (views included), a
 * start-up log an operator can read, and a size bound. Start-up time itself is measured by
 * {@code src/test/bench/startup.sh}, not asserted here.
 */
@ExtendWith(RequiresContainerEngine.class)
class ImageStartupIT {

    private static final long MAX_IMAGE_BYTES = 250_000_000L;
    private static final int MAX_INFO_LINES = 30;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int get(GenericContainer<?> container, String path) throws Exception {
        URI uri = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(APP_PORT) + path);
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void the_image_runs_java_25_and_uses_its_aot_cache_for_the_views_too() throws Exception {
        // AOTMode=on: the JVM refuses to start when the cache cannot be used (another JDK, class path or flags),
        // so a healthy container proves it is used; class+load says where each class came from.
        try (GenericContainer<?> app = ContainerEngine.hardenedApp()
                .withEnv("JAVA_OPTS", "-XX:AOTMode=on -Xlog:class+load=info:stdout")) {
            app.start();
            assertThat(get(app, "/benchmarking")).isEqualTo(200);
            String logs = app.getLogs();

            assertThat(logs).contains("entrypoint: Java 25").contains("entrypoint: AOT cache /app/app.aot");
            assertThat(logs).containsPattern("org\\.springframework\\.context\\.ApplicationContext source: shared objects file");
            // Loaded only when a dashboard page is rendered: in the cache because the training run served pages.
            assertThat(logs).containsPattern("org\\.mtad\\.ui\\.DashboardView source: shared objects file");
        }
    }

    @Test
    void the_cache_file_is_read_only_for_the_app_user() throws Exception {
        try (GenericContainer<?> app = ContainerEngine.hardenedApp()) {
            app.start();
            var stat = app.execInContainer("stat", "-c", "%U %a %s", "/app/app.aot");
            assertThat(stat.getStdout().strip()).as(stat.getStderr()).matches("root 444 \\d{7,}");
        }
    }

    @Test
    void a_default_start_logs_at_most_30_info_lines_and_no_warnings() throws Exception {
        try (GenericContainer<?> app = ContainerEngine.hardenedApp()) {
            app.start();
            assertThat(get(app, "/")).isEqualTo(200);
            List<String> lines = app.getLogs().lines().toList();

            List<String> info = lines.stream().filter(line -> line.contains(" INFO ")).toList();
            assertThat(info).as("INFO lines at start and first page:%n%s", String.join("\n", info))
                    .hasSizeLessThanOrEqualTo(MAX_INFO_LINES)
                    .anyMatch(line -> line.contains("Started DashboardApplication"));
            assertThat(lines).as("warnings at start").noneMatch(line -> line.contains(" WARN ") || line.contains("[warning]"));
        }
    }

    @Test
    void the_image_is_at_most_250_MB() {
        ContainerEngine.Result size = podman(Duration.ofSeconds(30), "image", "inspect", "-f", "{{.Size}}",
                ContainerEngine.IMAGE);
        assertThat(size.exitCode()).as(size.output()).isZero();
        assertThat(Long.parseLong(size.stdout().strip())).as("image size in bytes").isLessThanOrEqualTo(MAX_IMAGE_BYTES);
    }
}
