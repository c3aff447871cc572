package org.mtad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mtad.catalog.TestDatasets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Data files replaced and broken while the app runs, over real HTTP: requests keep getting whole answers from one
 * version or the other, a broken file is a 503 naming it, a good file brings the API back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataFilesIT {

    static final Path DIR = TestDatasets.temporaryCopyOfDemo("mtad-data");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("dashboard.data.dir", DIR::toString);
        registry.add("dashboard.data.reload-interval", () -> "300ms");
    }

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void a_file_replaced_under_load_is_served_whole_old_or_whole_new() throws Exception {
        var http = new Http(port);
        JsonNode before = Http.json(http.get("/api/v1/dataset"));
        String oldVersion = before.get("version").asString();
        long oldRows = rows(before);

        Path next = DIR.resolve("data.db.next");
        Files.copy(DIR.resolve("data.db"), next);
        TestDatasets.sqlite(next, "DELETE FROM crossref WHERE keyword IN ('Benchmarking', 'Outsourcing')");
        long newRows = oldRows - 2 * 888;

        // Every answer pairs a version with the row count of that same version.
        Map<String, Long> seen = new ConcurrentHashMap<>();
        AtomicInteger inconsistent = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Runnable reader = () -> {
            while (!stop.get()) {
                var response = http.get("/api/v1/dataset");
                if (response.statusCode() != 200) {
                    failures.incrementAndGet();
                    continue;
                }
                JsonNode body = Http.json(response);
                long rows = rows(body);
                Long earlier = seen.putIfAbsent(body.get("version").asString(), rows);
                if (earlier != null && earlier != rows) {
                    inconsistent.incrementAndGet();
                }
            }
        };
        Thread[] readers = {new Thread(reader), new Thread(reader)};
        for (Thread t : readers) {
            t.start();
        }
        Thread.sleep(300);
        Files.move(next, DIR.resolve("data.db"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        stop.set(true);
        for (Thread t : readers) {
            t.join();
        }

        assertThat(failures.get()).isZero();
        assertThat(inconsistent.get()).isZero();
        assertThat(seen).hasSize(2).containsEntry(oldVersion, oldRows);
        assertThat(seen.values()).contains(newRows);
    }

    @Test
    @Order(2)
    void a_broken_data_file_is_a_503_naming_it_and_a_good_one_brings_the_api_back() throws Exception {
        var http = new Http(port);
        Path good = Files.createTempFile("mtad-good", ".db");
        Files.copy(DIR.resolve("data.db"), good, StandardCopyOption.REPLACE_EXISTING);

        Files.writeString(DIR.resolve("data.db"), "garbage, not SQLite ".repeat(200));
        var response = awaitStatus(http, "/api/v1/tools", 503);

        JsonNode body = Http.json(response);
        assertThat(body.get("error").asString()).isEqualTo("data_unavailable");
        assertThat(body.get("message").asString()).contains("data.db").contains("not a database")
                .doesNotContain(DIR.toString());

        Files.move(good, DIR.resolve("data.db"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(awaitStatus(http, "/api/v1/tools", 200).statusCode()).isEqualTo(200);
    }

    private static java.net.http.HttpResponse<String> awaitStatus(Http http, String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        var response = http.get(path);
        while (response.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = http.get(path);
        }
        return response;
    }

    private static long rows(JsonNode dataset) {
        long total = 0;
        for (JsonNode source : dataset.get("sources")) {
            total += source.get("rows").asLong();
        }
        return total;
    }
}
