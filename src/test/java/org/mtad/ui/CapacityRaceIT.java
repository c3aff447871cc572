package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mtad.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Visitors arriving at the same moment while the open tabs are just under the cap: the UI-init requests of Vaadin's
 * client (each visitor its own session) race for the last places. Exactly the free places are taken, every other
 * visitor is sent to reload (into the 503 page), and the count of open tabs never passes the cap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dashboard.data.dir=data", "dashboard.visitors.max-open-tabs=" + CapacityRaceIT.CAP})
class CapacityRaceIT {

    static final int CAP = 5;
    static final int ALREADY_OPEN = 3;
    static final int ARRIVALS = 24;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    VisitorCapacity capacity;

    @Autowired
    Catalog catalog;

    /** What Vaadin's client sends once the page has loaded: the request that makes the UI (and counts the tab). */
    HttpResponse<String> initUi(String slug) throws Exception {
        String location = URLEncoder.encode(slug, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=init&location=" + location
                + "&query=")).timeout(Duration.ofSeconds(60)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A UI that got a place: its client goes on to navigate to the dashboard (eager server load is off). */
    static boolean admitted(HttpResponse<String> init) {
        return init.statusCode() == 200 && init.body().contains("\"uidl\"") && !init.body().contains("location.reload");
    }

    /** A UI over the cap: told to reload, which meets the 503 page; no view is built for it. */
    static boolean sentToReload(HttpResponse<String> init) {
        return init.statusCode() == 200 && init.body().contains("location.reload");
    }

    @Test
    void visitors_arriving_together_at_the_cap_take_exactly_the_free_places_and_the_rest_are_sent_to_reload()
            throws Exception {
        String slug = catalog.current().tools().getFirst().slug();
        assertThat(capacity.cap()).isEqualTo(CAP);
        for (int i = 0; i < ALREADY_OPEN; i++) {
            assertThat(admitted(initUi(slug))).isTrue();
        }
        assertThat(capacity.open()).isEqualTo(ALREADY_OPEN);

        // All arrivals wait at the barrier, then send their UI-init request at once.
        ExecutorService pool = Executors.newFixedThreadPool(ARRIVALS);
        var barrier = new CyclicBarrier(ARRIVALS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < ARRIVALS; i++) {
            answers.add(pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return initUi(slug);
            }));
        }
        int admitted = 0;
        int reloads = 0;
        for (var answer : answers) {
            var init = answer.get(120, TimeUnit.SECONDS);
            admitted += admitted(init) ? 1 : 0;
            reloads += sentToReload(init) ? 1 : 0;
            assertThat(capacity.open()).isLessThanOrEqualTo(CAP);
        }
        pool.shutdown();

        assertThat(admitted).isEqualTo(CAP - ALREADY_OPEN);
        assertThat(reloads).isEqualTo(ARRIVALS - (CAP - ALREADY_OPEN));
        assertThat(capacity.open()).isEqualTo(CAP);
        assertThat(capacity.full()).isTrue();
        // The next page request meets the 503 page, with no session.
        var page = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + slug)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }
}
