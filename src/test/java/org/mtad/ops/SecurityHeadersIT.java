package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers, caching, compression and session creation, for every kind of URL, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    Web web;

    @BeforeEach
    void client() {
        web = new Web(port);
    }

    /** Every kind of URL the app answers, with the status it should get. */
    Map<String, HttpResponse<byte[]>> everyKindOfUrl() {
        Map<String, HttpResponse<byte[]>> responses = new LinkedHashMap<>();
        var page = web.get("/");
        responses.put("page /", page);
        responses.put("deep link", web.get("/tools/benchmarking?source=google_trends"));
        responses.put("bundle file", web.get(web.bundleScript()));
        responses.put("unknown bundle file (404)", web.get("/VAADIN/build/no-such-file.js"));
        // Vaadin's client request that creates the UI, in the session the page made.
        responses.put("Vaadin UIDL init", web.get("/?v-r=init&location=&query=", "Cookie", Web.sessionCookie(page)));
        responses.put("API", web.get("/api/v1/tools"));
        responses.put("API 404", web.get("/api/v1/no-such-thing"));
        responses.put("API 405", web.send(web.request("/api/v1/tools").POST(HttpRequest.BodyPublishers.ofString("{}"))));
        responses.put("health", web.get("/health"));
        responses.put("liveness", web.get("/actuator/health/liveness"));
        responses.put("prometheus", web.get("/actuator/prometheus"));
        return responses;
    }

    @Test
    void every_kind_of_url_gets_the_full_set_of_security_headers() {
        everyKindOfUrl().forEach((kind, response) -> {
            var headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(kind).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                    "form-action 'self'", "frame-ancestors 'self'").doesNotContain("http:", "https:", "*");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(kind).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(kind).contains("SAMEORIGIN");
            assertThat(headers.firstValue("Referrer-Policy")).as(kind).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy").orElse("")).as(kind)
                    .contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).as(kind).contains("same-origin");
            assertThat(headers.firstValue("Cross-Origin-Resource-Policy")).as(kind).contains("same-origin");
            // Plain HTTP from a client: no HSTS (it would be ignored, and pins nothing useful).
            assertThat(headers.firstValue("Strict-Transport-Security")).as(kind).isEmpty();
            assertThat(headers.firstValue("Server")).as(kind).isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(kind).isEmpty();
        });
    }

    @Test
    void the_statuses_are_what_each_kind_of_url_should_answer() {
        var statuses = new LinkedHashMap<String, Integer>();
        everyKindOfUrl().forEach((kind, response) -> statuses.put(kind, response.statusCode()));
        assertThat(statuses).containsEntry("page /", 200).containsEntry("bundle file", 200)
                .containsEntry("unknown bundle file (404)", 404).containsEntry("Vaadin UIDL init", 200)
                .containsEntry("API", 200).containsEntry("API 404", 404).containsEntry("API 405", 405)
                .containsEntry("health", 200).containsEntry("liveness", 200).containsEntry("prometheus", 200);
    }

    @Test
    void the_script_nonce_of_the_page_is_the_one_in_its_policy_and_changes_per_response() {
        var first = web.get("/");
        var second = web.get("/");
        String nonce = nonce(first);
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).contains("nonce=\"" + nonce + "\"");
        assertThat(nonce(second)).isNotEqualTo(nonce);
    }

    private static String nonce(HttpResponse<?> response) {
        var m = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'")
                .matcher(response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void hsts_is_sent_when_a_trusted_proxy_says_the_request_came_over_https() {
        // The test client connects from 127.0.0.1, which the default TRUSTED_PROXIES includes.
        var response = web.get("/api/v1/tools", "X-Forwarded-Proto", "https");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void bundle_files_are_cached_for_a_year_and_pages_and_api_answers_not_at_all() {
        assertThat(web.get(web.bundleScript()).headers().firstValue("Cache-Control"))
                .contains("public, max-age=31536000, immutable");
        assertThat(web.get("/VAADIN/build/no-such-file.js").headers().firstValue("Cache-Control")).contains("no-store");
        for (String path : new String[] {"/", "/tools/benchmarking", "/api/v1/tools"}) {
            assertThat(web.get(path).headers().firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
        }
        assertThat(web.get("/health").headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void text_responses_are_gzip_encoded_when_the_client_accepts_it() throws IOException {
        for (String path : new String[] {"/", "/api/v1/dataset", web.bundleScript()}) {
            var plain = web.get(path);
            var zipped = web.get(path, "Accept-Encoding", "gzip");
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
            assertThat(zipped.body().length).as(path).isLessThan(unzipped.length);
            if (!path.equals("/")) { // the page differs per response (nonce, CSRF token)
                assertThat(unzipped).as(path).isEqualTo(plain.body());
            }
        }
    }

    @Test
    void health_api_static_and_actuator_requests_create_no_session_while_a_page_does() {
        for (String path : new String[] {"/health", "/api/v1/tools", "/api/v1/no-such-thing", web.bundleScript(),
                "/actuator/health/readiness", "/actuator/prometheus"}) {
            assertThat(web.get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(web.get("/").headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
    }
}
