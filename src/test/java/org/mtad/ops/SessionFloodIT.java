package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 10,000 anonymous page GETs that never run Vaadin's client (a crawler, a link-preview bot) leave no session and no
 * heap behind, while a real visitor's open tab keeps its session and UI and /health stays fast. Production timings:
 * the real initial session timeout (2 min) and heartbeat (60 s); nothing waits for sessions to expire, because a
 * page request that never runs the client keeps none (org.mtad.ui.PageGate).
 */
// Its own application context (the property only makes the context key differ): the counts below start from an app
// no browser test has opened tabs in.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mtad.test.context=session-flood")
class SessionFloodIT {

    private static final Logger log = LoggerFactory.getLogger(SessionFloodIT.class);

    /** The 10,000; {@code -Dflood.requests=N} for a shorter run (a full dashboard page costs ~40 ms of CPU). */
    static final int REQUESTS = Integer.getInteger("flood.requests", 10_000);
    static final int THREADS = 4;

    @LocalServerPort
    int port;

    @Test
    void ten_thousand_bare_page_gets_leave_no_sessions_and_no_heap_behind_while_health_stays_fast() throws Exception {
        var web = new Web(port);
        List<String> paths = deepLinks(web);
        for (int i = 0; i < 100; i++) {
            web.get(paths.get(i % paths.size()));
            web.get("/health");
        }
        assertThat(metric(web, "tomcat_sessions_active_current_sessions")).isZero();
        long heapBefore = liveHeap();

        // One real visitor: the page, then the request only Vaadin's running client sends, which makes the UI.
        var page = web.get("/");
        assertThat(metric(web, "dashboard_vaadin_uis")).isZero();
        var init = web.get("/?v-r=init&location=&query=", "Cookie", Web.sessionCookie(page));
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(metric(web, "dashboard_vaadin_uis")).isEqualTo(1);
        String visitor = Web.sessionCookie(init);
        double createdBefore = metric(web, "tomcat_sessions_created_sessions_total");

        List<Long> healthMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
        Future<?> prober = pool.submit(() -> {
            while (flooding.get()) {
                long start = System.nanoTime();
                int status = web.get("/health").statusCode();
                healthMillis.add((System.nanoTime() - start) / 1_000_000);
                if (status != 200) {
                    failures.incrementAndGet();
                }
                sleep(20);
            }
        });
        // The visitor's open tab sends heartbeats meanwhile, as Vaadin's client does.
        AtomicInteger heartbeats = new AtomicInteger();
        Future<?> tab = pool.submit(() -> {
            while (flooding.get()) {
                var beat = web.send(web.request("/?v-r=heartbeat&v-uiId=0").header("Cookie", visitor)
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
                if (beat.statusCode() == 200) {
                    heartbeats.incrementAndGet();
                } else {
                    failures.incrementAndGet();
                }
                sleep(1000);
            }
        });
        long floodStart = System.nanoTime();
        List<Future<?>> flood = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            flood.add(pool.submit(() -> {
                for (int i = thread; i < REQUESTS; i += THREADS) {
                    if (web.get(paths.get(i % paths.size())).statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : flood) {
            f.get();
        }
        Duration floodTime = Duration.ofNanos(System.nanoTime() - floodStart);
        double sessionsAfterFlood = metric(web, "tomcat_sessions_active_current_sessions");
        double peakSessions = metric(web, "tomcat_sessions_active_max_sessions");
        long heapAfterFlood = liveHeap();
        flooding.set(false);
        prober.get();
        tab.get();
        pool.shutdown();

        Duration released = awaitSessionsAtMost(web, 1, Duration.ofSeconds(5));
        long heapAfter = liveHeap();
        List<Long> sorted = healthMillis.stream().sorted().toList();
        long p50 = sorted.get(sorted.size() / 2);
        long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        long max = sorted.getLast();
        log.info("Flood: {} GETs in {} ms by {} threads; sessions created {}, live right after {}, peak {}, "
                        + "released to <= 1 within {} ms after; live heap before {} MB, right after the flood {} MB, "
                        + "after release {} MB; /health during the flood: {} probes, p50 {} ms, p99 {} ms, max {} ms",
                REQUESTS, floodTime.toMillis(), THREADS, metric(web, "tomcat_sessions_created_sessions_total") - createdBefore,
                sessionsAfterFlood, peakSessions, released.toMillis(), mb(heapBefore), mb(heapAfterFlood), mb(heapAfter),
                sorted.size(), p50, p99, max);

        assertThat(failures).hasValue(0);
        assertThat(heartbeats).hasValueGreaterThan(0);
        // Vaadin makes a session for every bootstrap page: the point is that none outlives its request.
        assertThat(metric(web, "tomcat_sessions_created_sessions_total") - createdBefore).isGreaterThanOrEqualTo(REQUESTS);
        assertThat(metric(web, "tomcat_sessions_active_current_sessions")).isLessThanOrEqualTo(1);
        // The real visitor's session was raised to the full timeout and is still there, with its UI.
        assertThat(metric(web, "dashboard_vaadin_sessions")).isEqualTo(1);
        assertThat(metric(web, "dashboard_vaadin_uis")).isEqualTo(1);
        assertThat(sessionsAfterFlood).isLessThanOrEqualTo(1 + THREADS);
        assertThat(heapAfter - heapBefore).isLessThan(20L * 1024 * 1024);
        assertThat(sorted.size()).isGreaterThan(10);
        assertThat(p99).isLessThan(500);
    }

    /** The start page and links to tools as visitors share them (tool keys from the API, as the dashboard's URLs use). */
    private static List<String> deepLinks(Web web) {
        List<String> paths = new ArrayList<>(List.of("/"));
        Web.json(web.get("/api/v1/tools")).forEach(tool -> {
            String key = tool.get("key").asString();
            paths.add("/" + key);
            paths.add("/" + key + "?range=10y&lang=en");
        });
        return paths;
    }

    private static Duration awaitSessionsAtMost(Web web, int sessions, Duration timeout) {
        long start = System.nanoTime();
        while (metric(web, "tomcat_sessions_active_current_sessions") > sessions) {
            if (System.nanoTime() - start > timeout.toNanos()) {
                break;
            }
            sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static double metric(Web web, String name) {
        return PrometheusText.parse(web.text("/actuator/prometheus")).named(name).stream()
                .filter(s -> s.labels().equals(Map.of("application", "management-tools-dashboard")))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name)).value();
    }

    /** Heap in use after full collections: what the app really holds. */
    private static long liveHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
