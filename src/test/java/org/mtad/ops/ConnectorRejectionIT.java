package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests Tomcat's connector refuses before any filter runs (see {@link ConnectorErrorValve}): a 4xx in the URL's
 * shape instead of Tomcat's 505/501 and its own HTML page, and a status line even for a line without a version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConnectorRejectionIT {

    @LocalServerPort
    int port;

    private RawHttp.Response send(String raw) {
        return new RawHttp("127.0.0.1", port).exchange(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    @AfterEach
    void nothing_is_logged_as_an_error_or_with_a_trace(CapturedOutput output) {
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    @Test
    void an_http_2_or_9_9_request_line_is_a_400_not_a_505() {
        ErrorShape.json(send("GET /api/v1/tools HTTP/2.0\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "bad_request");
        ErrorShape.page(send("GET /benchmarking HTTP/9.9\r\nHost: x\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"),
                400, "en", "Bad request");
    }

    @Test
    void connect_is_a_405_that_names_the_allowed_methods_not_a_501() {
        var api = send("CONNECT /api/v1/tools HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        ErrorShape.json(api, 405, "method_not_allowed");
        assertThat(api.header("Allow")).isEqualTo("GET, HEAD");
        ErrorShape.page(send("CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"),
                405, "en", "Method not allowed");
    }

    @Test
    void a_transfer_encoding_other_than_chunked_is_a_400_not_a_501() {
        ErrorShape.json(send("POST /api/v1/tools HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\nzz\r\n"),
                400, "bad_request");
        ErrorShape.page(send("GET /benchmarking HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nTransfer-Encoding: br\r\n"
                + "Connection: close\r\n\r\n"), 400, "en", "Bad request");
    }

    @Test
    void a_request_line_without_a_version_gets_a_whole_http_1_1_400() {
        // An empty target: Tomcat reads "GET  HTTP/1.1" as an HTTP/0.9 request for the path "HTTP/1.1".
        ErrorShape.page(send("GET  HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"), 400, "en",
                "Bad request");
        ErrorShape.json(send("GET /api/v1/tools\r\n"), 400, "bad_request");
    }

    @Test
    void a_line_tomcat_cannot_parse_still_gets_a_status_line_after_a_line_without_a_version() {
        // Tomcat keeps a recycled processor's HTTP/0.9 flag; a line it cannot parse does not reset it.
        for (int i = 0; i < 5; i++) {
            send("GET /\r\n");
            ErrorShape.json(send("GET /api/\u00e9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "bad_request");
        }
    }

    @Test
    void a_line_or_header_tomcat_cannot_parse_is_a_400_in_the_urls_shape() {
        var manyParameters = new StringBuilder("GET /api/v1/tools?p0=0");
        for (int i = 1; i < 1500; i++) {
            manyParameters.append("&p").append(i).append('=').append(i);
        }
        // Longer than Tomcat's header buffer: it never reads the target, so the shape comes from the raw line.
        ErrorShape.json(send(manyParameters + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "bad_request");
        ErrorShape.json(send("GET /api/\u00e9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "bad_request");
        ErrorShape.json(send("GET /actuator/health/\\x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400, "bad_request");
        ErrorShape.json(send("GET /health HTTP/1.1\r\nHost: x\r\nX-Long: " + "b".repeat(9000) + "\r\nConnection: close\r\n\r\n"),
                400, "bad_request");
        ErrorShape.page(send("GET /benchmarking HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nReferer: " + "b".repeat(9000)
                + "\r\nConnection: close\r\n\r\n"), 400, "en", "Bad request");
    }

    @Test
    void an_expectation_other_than_100_continue_is_a_417_in_the_urls_shape() {
        ErrorShape.json(send("GET /api/v1/tools HTTP/1.1\r\nHost: x\r\nExpect: garbage\r\nConnection: close\r\n\r\n"), 417,
                "expectation_failed");
        ErrorShape.page(send("GET /benchmarking HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nExpect: garbage\r\n"
                + "Connection: close\r\n\r\n"), 417, "en", "Bad request");
    }
}
