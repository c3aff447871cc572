package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.mtad.DashboardApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Closing the application (what SIGTERM does through the JVM's shutdown hook) while a request is in flight: new
 * connections are refused at once, the request in flight still gets its whole answer, and closing waits for it.
 */
class GracefulShutdownIT {

    /** How long the test's own endpoint takes to answer. */
    static final Duration SLOW = Duration.ofSeconds(3);

    @Test
    void an_in_flight_request_finishes_while_new_connections_are_refused() throws Exception {
        var app = new SpringApplicationBuilder(DashboardApplication.class)
                .initializers((GenericApplicationContext context) -> context.registerBean("slowRoute", RouterFunction.class,
                        () -> RouterFunctions.route().GET("/api/test/slow" /* under /api: PageGate answers unknown page paths */, request -> {
                            Thread.sleep(SLOW.toMillis());
                            return ServerResponse.ok().body("finished");
                        }).build()))
                .properties("server.port=0", "spring.lifecycle.timeout-per-shutdown-phase=10s")
                .run();
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        var executor = Executors.newFixedThreadPool(2);
        try {
            var inFlight = executor.submit(() -> fresh().send(get(port, "/api/test/slow"), HttpResponse.BodyHandlers.ofString()));
            Thread.sleep(800);
            long start = System.nanoTime();
            var closing = executor.submit(app::close);
            Thread.sleep(500);

            assertThatThrownBy(() -> fresh().send(get(port, "/health"), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(ConnectException.class);
            var answer = inFlight.get();
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("finished");
            closing.get();
            Duration closeTime = Duration.ofNanos(System.nanoTime() - start);
            // Closing waited for the request (started 0.8 s into its 3 s), and not for the whole 10 s bound.
            assertThat(closeTime).isGreaterThan(SLOW.minusMillis(800 + 300)).isLessThan(Duration.ofSeconds(10));
        } finally {
            executor.shutdownNow();
            app.close();
        }
    }

    private static HttpClient fresh() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20)).GET().build();
    }
}
