package org.mtad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Thousands of hostile values at every endpoint and parameter: no answer is a server error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileParametersIT {

    @LocalServerPort
    int port;

    static List<String> hostileValues(long seed, int random) {
        List<String> values = new ArrayList<>(List.of(
                "", " ", ",", ",,,", "'", "\"", "' OR '1'='1", "1; DROP TABLE crossref; --", "crossref\"; --",
                "google_trends UNION SELECT * FROM metadata", "%", "%00", "\u0000", "../../etc/passwd", "..", "/",
                "\\", "NaN", "Infinity", "-1", "0", "2147483648", "-2147483649", "9".repeat(400), "1e309", "0x10",
                "2020-00", "2020-13", "0000-01", "9999-12", "+10000-01", "2020-1", "2020-01-01", "١٢٣٤-٠١",
                "ñandú", "日本語", "😀", "\u202Egoogle_trends", "google_trends,google_trends", "a".repeat(10_000),
                "crossref,".repeat(300), "<script>alert(1)</script>", "${jndi:ldap://x}", "{{7*7}}", "null", "true",
                "[]", "{}", "CROSSREF", "google-trends", "bain_usability ", " crossref"));
        Random r = new Random(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyz_-,0123456789%'\";/\\ \u00e9\u4e2d\ud83d\ude00";
        for (int i = 0; i < random; i++) {
            int length = r.nextInt(40);
            var s = new StringBuilder();
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            values.add(s.toString());
        }
        return values;
    }

    @Test
    void no_hostile_parameter_value_gets_a_server_error() throws Exception {
        var http = new Http(port);
        List<String> values = hostileValues(42, 250);
        List<String> urls = new ArrayList<>();
        for (String v : values) {
            String q = URLEncoder.encode(v, StandardCharsets.UTF_8);
            String tool = URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
            urls.add("/api/v1/tools/" + tool + "/analysis");
            urls.add("/api/v1/tools/" + tool + "/series");
            urls.add("/api/v1/tools/" + tool + "/notes");
            urls.add("/api/v1/tools/benchmarking/series?sources=" + q);
            urls.add("/api/v1/tools/benchmarking/series.csv?from=" + q);
            urls.add("/api/v1/tools/benchmarking/series?to=" + q + "&from=" + q);
            urls.add("/api/v1/tools/benchmarking/series?maxPoints=" + q);
            urls.add("/api/v1/tools/benchmarking/analysis?sources=" + q);
            urls.add("/api/v1/tools/benchmarking/analysis?sources=crossref,google_books&x=" + q + "&y=" + q);
            urls.add("/api/v1/tools/benchmarking/analysis?sources=crossref&sources=" + q);
            urls.add("/api/v1/dataset?" + q + "=" + q);
            urls.add("/api/v1/" + tool);
        }
        var failures = new ConcurrentLinkedQueue<String>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (String url : urls) {
                pool.submit(() -> {
                    var response = http.get(url);
                    String shown = url.length() > 120 ? url.substring(0, 120) + "..." : url;
                    // Past Tomcat's 8 KB request-line limit the container itself answers 400, before the app.
                    boolean reachesApp = url.length() < 8000;
                    if (response.statusCode() >= 500) {
                        failures.add(response.statusCode() + " " + shown);
                    } else if (reachesApp && response.statusCode() >= 400 && url.startsWith("/api/v1/tools/benchmarking")
                            && !response.body().contains("\"error\"")) {
                        failures.add("no JSON error: " + response.statusCode() + " " + shown);
                    } else if (response.body().contains("Exception") || response.body().contains("at org.")) {
                        failures.add("stack trace: " + shown);
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(urls).hasSizeGreaterThan(3000);
        assertThat(failures).isEmpty();
    }
}
