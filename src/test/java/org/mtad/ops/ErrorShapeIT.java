package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The request shapes issue 12 names, one by one: every client error a 4xx in the URL's shape (the JSON error shape
 * on /api, /health and Actuator, the friendly page elsewhere), never Spring Boot's {@code {"timestamp",...}} JSON,
 * Tomcat's page or an empty body; never a 5xx; nothing logged as an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorShapeIT {

    @LocalServerPort
    int port;

    private RawHttp.Response send(String method, String target, String body, String... headers) {
        var all = RawHttp.headers("Host", "127.0.0.1", "Connection", "close");
        all.addAll(RawHttp.headers(headers));
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length > 0) {
            all.add(new String[] {"Content-Length", Integer.toString(bytes.length)});
        }
        return new RawHttp("127.0.0.1", port).exchange(RawHttp.request(method, target, "HTTP/1.1", all, bytes));
    }

    @AfterEach
    void nothing_is_logged_as_an_error_or_with_a_trace(CapturedOutput output) {
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    @Test
    void a_form_posted_to_a_page_without_a_token_is_the_friendly_403_page_in_the_visitors_language() {
        ErrorShape.page(send("POST", "/benchmarking", "a=b", "Accept-Language", "en",
                "Content-Type", "application/x-www-form-urlencoded"), 403, "en", "Request refused");
        ErrorShape.page(send("DELETE", "/", "", "Accept-Language", "es"), 403, "es", "Solicitud rechazada");
        ErrorShape.json(send("POST", "/health", "a=b", "Content-Type", "application/x-www-form-urlencoded"), 403, "forbidden");
    }

    @Test
    void a_missing_static_file_is_a_404_page_and_an_actuator_endpoint_that_is_not_exposed_a_json_404() {
        ErrorShape.page(send("GET", "/VAADIN/build/no-such-file.js", "", "Accept-Language", "en"), 404, "en", "Nothing here");
        ErrorShape.json(send("GET", "/actuator/heapdump", ""), 404, "not_found");
        ErrorShape.json(send("GET", "/actuator/env", ""), 404, "not_found");
        ErrorShape.json(send("GET", "/actuator", ""), 404, "not_found");
        var head = send("HEAD", "/actuator/heapdump", "");
        assertThat(head.status()).isEqualTo(404);
        assertThat(head.header("Content-Type")).startsWith("application/json");
        // Spring Boot's error path, asked for directly, is just a page that does not exist.
        ErrorShape.page(send("GET", "/error", "", "Accept-Language", "en", "Accept", "application/json"), 404, "en",
                "Nothing here");
    }

    @Test
    void a_format_nobody_serves_is_a_406_with_the_json_error_shape_not_an_empty_body() {
        ErrorShape.json(send("GET", "/health", "", "Accept", "text/csv"), 406, "not_acceptable");
        ErrorShape.json(send("GET", "/api/v1/tools", "", "Accept", "image/png"), 406, "not_acceptable");
    }

    @Test
    void an_error_on_the_csv_endpoint_is_json_whatever_the_client_accepts() {
        String tool = HostileTraffic.realTargets(new RawHttp("127.0.0.1", port))[0];
        for (String accept : List.of("text/csv", "*/*")) {
            ErrorShape.json(send("GET", "/api/v1/tools/" + tool + "/series.csv?maxPoints=abc", "", "Accept", accept), 400,
                    "bad_request");
            ErrorShape.json(send("GET", "/api/v1/tools/" + tool + "/series.csv?sources=nope", "", "Accept", accept), 404,
                    "not_found");
        }
        // The endpoint makes text/csv only: a client that accepts only text/plain finds no such resource (was a 500:
        // "No converter for LinkedHashMap with preset Content-Type 'text/plain'").
        for (String query : List.of("maxPoints=abc", "sources=nope", "from=%ZZ", "")) {
            var response = send("GET", "/api/v1/tools/" + tool + "/series.csv?" + query, "", "Accept", "text/plain");
            assertThat(response.status()).as(query).isBetween(400, 499);
            ErrorShape.json(response, response.status(), java.util.Map.of(400, "bad_request", 404, "not_found", 406,
                    "not_acceptable").get(response.status()));
        }
    }

    @Test
    void a_5000_character_path_segment_is_a_404_in_the_urls_shape() {
        String segment = "a".repeat(5000);
        var page = send("GET", "/" + segment, "", "Accept-Language", "en");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        ErrorShape.noTrace(page);
        ErrorShape.json(send("GET", "/api/v1/tools/" + segment, ""), 404, "not_found");
        ErrorShape.json(send("GET", "/actuator/health/" + "%41".repeat(1700), ""), 404, "not_found");
    }

    @Test
    void a_malformed_uidl_post_is_never_a_5xx() {
        for (String body : List.of("{not json", "[" + "[".repeat(5000), "{\"csrfToken\":\"x\",\"rpc\":\"" + "x".repeat(100_000)
                + "\"}", "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":-1}],\"syncId\":\"a\"}", "\u00ff\u00fe")) {
            for (String target : List.of("/?v-r=uidl&v-uiId=0", "/benchmarking?v-r=uidl&v-uiId=99", "/?v-r=heartbeat&v-uiId=0")) {
                var response = send("POST", target, body, "Content-Type", "application/json; charset=UTF-8");
                assertThat(response.status()).as(target).isBetween(200, 499);
                ErrorShape.noTrace(response);
            }
        }
    }

    @Test
    void a_body_on_a_get_only_path_is_ignored_by_a_read_and_refused_with_a_write() {
        String junk = "{\"a\":" + "[".repeat(3000);
        assertThat(send("GET", "/api/v1/tools", junk, "Content-Type", "application/json").status()).isEqualTo(200);
        assertThat(send("GET", "/health", junk, "Content-Type", "application/json").status()).isEqualTo(200);
        ErrorShape.json(send("DELETE", "/api/v1/tools", junk, "Content-Type", "application/json"), 405, "method_not_allowed");
        ErrorShape.json(send("PUT", "/api/v1/dataset", "a=%ZZ", "Content-Type", "application/x-www-form-urlencoded"), 405,
                "method_not_allowed");
        ErrorShape.json(send("POST", "/api/v1/dataset", "a=%ZZ", "Content-Type", "application/x-www-form-urlencoded"), 400,
                "bad_request");
    }

    @Test
    void over_long_cookies_and_languages_and_forged_forwarding_headers_get_an_answer_not_an_error() {
        assertThat(send("GET", "/api/v1/tools", "", "Cookie", "JSESSIONID=" + "A".repeat(4000)).status()).isEqualTo(200);
        ErrorShape.page(send("GET", "/benchmarking", "", "Accept-Language", "en", "Cookie", "a=b; ".repeat(300)), 400, "en",
                "Bad request");
        assertThat(send("GET", "/api/v1/tools", "", "Accept-Language", "x".repeat(3000)).status()).isEqualTo(200);
        assertThat(send("GET", "/benchmarking", "", "Accept-Language", "en,".repeat(500)).status()).isEqualTo(200);
        for (String forwarded : List.of("<script>", "garbage, , ,", "999.999.999.999", "1.2.3.4, ".repeat(200))) {
            var response = send("GET", "/api/v1/tools", "", "X-Forwarded-For", forwarded, "X-Forwarded-Proto", "gopher",
                    "X-Forwarded-Host", "evil.example:99999");
            assertThat(response.status()).as(forwarded).isEqualTo(200);
        }
    }

    @Test
    void every_method_on_every_kind_of_url_is_answered_without_a_5xx_and_in_its_shape() {
        String[] real = HostileTraffic.realTargets(new RawHttp("127.0.0.1", port));
        for (var target : HostileTargets.ALL) {
            String path = target.path().replace("{tool}", real[0]).replace("{bundle}", real[1]);
            for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT",
                    "PROPFIND", "FOO")) {
                byte[] bytes = RawHttp.request(method, path, "HTTP/1.1",
                        RawHttp.headers("Host", "127.0.0.1", "Connection", "close"), new byte[0]);
                var request = new HostileRequests.HostileRequest("method", method, path, HostileTargets.wantsJson(path), bytes);
                var response = new RawHttp("127.0.0.1", port).exchange(bytes);
                assertThat(HostileTraffic.judge(request, response)).as(method + " " + path).isNull();
            }
        }
    }
}
