package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The chart options endpoint over real HTTP on the demo data: answers, caching headers, revalidation, errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dashboard.data.dir=data")
class ChartEndpointIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_chart_answers_its_options_with_an_etag_and_revalidates_with_304() throws Exception {
        var first = get("/charts/benchmarking/temporal?sources=google_trends,crossref&lang=en&w=800");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode options = JSON.readTree(first.body());
        assertThat(options.get("chart").get("id").asString()).isEqualTo("temporal");
        assertThat(options.get("series").size()).isEqualTo(2);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).as("weak, so that Tomcat may compress the answer").matches("W/\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-cache"));
        assertThat(first.headers().allValues("Pragma")).as("no page-style no-cache headers").isEmpty();

        var again = get("/charts/benchmarking/temporal?sources=google_trends,crossref&lang=en&w=800", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);

        var otherLanguage = get("/charts/benchmarking/temporal?sources=google_trends,crossref&lang=es&w=800", "If-None-Match", etag);
        assertThat(otherLanguage.statusCode()).as("another language is another answer").isEqualTo(200);
        assertThat(otherLanguage.headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));
        assertThat(JSON.readTree(otherLanguage.body()).get("xaxis").get("title").get("text").asString()).isEqualTo("Fecha");
    }

    @Test
    void a_chart_answer_is_compressed_for_a_client_that_accepts_gzip() throws Exception {
        String url = "/charts/benchmarking/temporal?sources=google_trends,google_books,crossref&lang=en&w=1300";
        var plain = get(url);
        var compressed = get(url, "Accept-Encoding", "gzip");

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.body().length()).as("gzip bytes against the JSON's characters")
                .isLessThan(plain.body().length() / 2);
        assertThat(compressed.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
        var revalidated = get(url, "If-None-Match", plain.headers().firstValue("ETag").orElseThrow(), "Accept-Encoding", "gzip");
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    @Test
    void a_kept_answer_is_the_same_json_plain_and_gzipped_and_gzip_refused_with_q0_is_not_sent() throws Exception {
        String url = "/charts/benchmarking/temporal?sources=google_trends,bain_usability&lang=es&w=900";
        var plain = get(url);
        for (int i = 0; i < 2; i++) {
            var gzipped = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
                    .header("Accept-Encoding", "br;q=1, gzip;q=0.5").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gzipped.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("accept-encoding"));
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("answer %d, from the cache the second time", i)
                        .isEqualTo(plain.body());
            }
        }
        var refused = get(url, "Accept-Encoding", "gzip;q=0, identity");
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());
        assertThat(JSON.readTree(plain.body()).get("series").size()).isEqualTo(2);
    }

    @Test
    void with_the_current_data_version_in_the_url_the_answer_is_immutable() throws Exception {
        String version = JSON.readTree(get("/api/v1/dataset").body()).get("version").asString();

        var response = get("/charts/benchmarking/means?lang=en&v=" + version);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c ->
                assertThat(c).contains("max-age=31536000").contains("immutable").contains("public"));
        assertThat(get("/charts/benchmarking/means?lang=en&v=stale").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-cache"));
    }

    @Test
    void unknown_tools_sources_and_charts_are_404_with_the_json_error_shape() throws Exception {
        for (String path : new String[] {"/charts/no-such-tool/temporal", "/charts/benchmarking/no-such-chart",
            "/charts/benchmarking/temporal?sources=no_such_source", "/charts/benchmarking/correlation?sources=crossref"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(404);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("error").asString()).as(path).isIn("not_found", "no_chart");
            assertThat(error.get("message").asString()).as(path).isNotBlank();
        }
        assertThat(JSON.readTree(get("/charts/benchmarking/temporal?sources=no_such_source").body()).get("message")
                .asString()).contains("no_such_source").contains("crossref");
    }

    @Test
    void malformed_parameters_are_400_never_500() throws Exception {
        for (String path : new String[] {"/charts/benchmarking/temporal?range=sometime",
            "/charts/benchmarking/temporal?w=wide", "/charts/benchmarking/temporal?w=-5",
            "/charts/benchmarking/temporal?w=99999999999", "/charts/benchmarking/temporal?lang=fr",
            "/charts/benchmarking/temporal?sources=" + "a".repeat(600)}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("bad_request");
        }
    }
}
