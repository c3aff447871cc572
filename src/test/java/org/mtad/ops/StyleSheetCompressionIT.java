package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The style sheets a page links, over real HTTP: gzip bytes made once, and every other request as Vaadin answers it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dashboard.data.dir=data")
class StyleSheetCompressionIT {

    private static final String BROWSER = "gzip, deflate, br, zstd";

    @LocalServerPort
    int port;

    @Test
    void the_style_sheets_a_page_links_come_as_gzip_of_the_same_bytes_made_once() {
        var web = new Web(port);
        List<String> sheets = styleSheets(web.text("/benchmarking"));
        assertThat(sheets).as("Lumo's and ours").anyMatch(s -> s.startsWith("/lumo/lumo.css?v-c="))
                .anyMatch(s -> s.startsWith("/styles/"));
        for (String sheet : sheets) {
            var plain = web.get(sheet);
            var before = PrometheusText.parse(web.text("/actuator/prometheus"));
            var first = web.get(sheet, "Accept-Encoding", BROWSER);
            var second = web.get(sheet, "Accept-Encoding", BROWSER);
            var after = PrometheusText.parse(web.text("/actuator/prometheus"));

            assertThat(plain.statusCode()).as(sheet).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(sheet).isEmpty();
            for (var gzipped : List.of(first, second)) {
                assertThat(gzipped.statusCode()).as(sheet).isEqualTo(200);
                assertThat(gzipped.headers().firstValue("Content-Encoding")).as(sheet).hasValue("gzip");
                assertThat(gunzip(gzipped.body())).as(sheet + ": the same style sheet").isEqualTo(plain.body());
                assertThat(gzipped.headers().firstValue("Content-Length")).as(sheet)
                        .hasValue(String.valueOf(gzipped.body().length));
                assertThat(gzipped.headers().firstValue("Content-Type")).as(sheet)
                        .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
                assertThat(gzipped.headers().allValues("Vary")).as(sheet).anyMatch(v -> v.equalsIgnoreCase("Accept-Encoding"));
                assertThat(gzipped.headers().firstValue("Cache-Control")).as(sheet + ": cached as Vaadin caches it")
                        .isEqualTo(plain.headers().firstValue("Cache-Control"));
                assertThat(gzipped.headers().firstValue("Content-Security-Policy")).as(sheet).isPresent();
            }
            assertThat(second.body()).as(sheet).isEqualTo(first.body());
            var hit = Map.of("cache", StyleSheetCompression.CACHE_NAME, "result", "hit");
            var miss = Map.of("cache", StyleSheetCompression.CACHE_NAME, "result", "miss");
            double hits = after.count("cache_gets_total", hit) - before.count("cache_gets_total", hit);
            double misses = after.count("cache_gets_total", miss) - before.count("cache_gets_total", miss);
            assertThat(hits + misses).as(sheet + ": both gzipped requests went through the kept bytes").isEqualTo(2);
            assertThat(hits).as(sheet + ": made at most once").isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void other_requests_for_style_sheets_are_answered_as_before() throws Exception {
        var web = new Web(port);
        String lumo = styleSheets(web.text("/benchmarking")).stream().filter(s -> s.startsWith("/lumo/")).findFirst()
                .orElseThrow();
        byte[] css = web.get(lumo).body();

        var refused = web.get(lumo, "Accept-Encoding", "gzip;q=0");
        assertThat(refused.headers().firstValue("Content-Encoding")).as("gzip refused with q=0").isEmpty();
        assertThat(refused.body()).isEqualTo(css);

        var unversioned = web.get("/lumo/lumo.css", "Accept-Encoding", BROWSER);
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Cache-Control")).as("Vaadin's caching of an unversioned URL")
                .isNotEqualTo(java.util.Optional.of(StyleSheetCompression.VERSIONED));
        assertThat(gunzipIfGzipped(unversioned.headers().firstValue("Content-Encoding").orElse(""), unversioned.body()))
                .isEqualTo(css);

        String lastModified = web.get(lumo).headers().firstValue("Last-Modified").orElseThrow();
        var revalidated = web.get(lumo, "Accept-Encoding", BROWSER, "If-Modified-Since", lastModified);
        assertThat(revalidated.statusCode()).as("Vaadin's revalidation").isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();

        var head = web.send(web.request(lumo).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Accept-Encoding", BROWSER));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        var missing = web.get("/lumo/not-there.css?v-c=1", "Accept-Encoding", BROWSER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    /** The style sheets the page links (root-relative, with their version). */
    private static List<String> styleSheets(String page) {
        var links = Pattern.compile("<link href=\"\\.?(/[^\"]+\\.css\\?v-c=[^\"]+)\"[^>]*rel=\"stylesheet\"").matcher(page);
        List<String> sheets = new ArrayList<>();
        while (links.find()) {
            sheets.add(links.group(1));
        }
        return sheets;
    }

    private static byte[] gunzipIfGzipped(String encoding, byte[] body) {
        return encoding.equals("gzip") ? gunzip(body) : body;
    }

    private static byte[] gunzip(byte[] body) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
