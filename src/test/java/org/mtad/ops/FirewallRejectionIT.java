package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Requests Spring Security's firewall rejects: a 400 in the URL's shape, not a 500, nothing logged at ERROR. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FirewallRejectionIT {

    @LocalServerPort
    int port;

    private RawHttp.Response get(String target, String... extraHeaders) {
        var headers = RawHttp.headers("Host", "127.0.0.1", "Accept-Language", "en", "Connection", "close");
        for (int i = 0; i < extraHeaders.length; i += 2) {
            headers.add(new String[] {extraHeaders[i], extraHeaders[i + 1]});
        }
        return new RawHttp("127.0.0.1", port).exchange(RawHttp.request("GET", target, "HTTP/1.1", headers, new byte[0]));
    }

    @Test
    void a_rejected_api_path_or_header_is_a_json_400(CapturedOutput output) {
        for (String target : new String[] {"/api/v1/tools/..;/dataset", "/api/v1/tools%3Bx", "/api/v1/tools%25",
                "/api//v1/tools", "/api/v1/./tools", "/health/.."}) {
            var response = get(target);
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(target).startsWith("application/json");
            assertThat(response.text()).as(target).contains("\"error\":\"bad_request\"", "\"message\":")
                    .doesNotContain("Exception", "firewall");
        }
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    @Test
    void a_rejected_page_path_is_the_friendly_400_page(CapturedOutput output) {
        var response = get("/benchmarking;jsessionid=x/..;/");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.text()).contains("<html lang=\"en\"", "Bad request", "href=\"/\"");
        assertThat(HostileTraffic.TRACE.matcher(response.text()).find()).isFalse();
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    @Test
    void a_header_line_tomcat_cannot_parse_is_a_400_and_logs_no_trace(CapturedOutput output) {
        var response = get("/api/v1/tools", "Accept-Language", "en\u0085\u0001");
        assertThat(response.status()).isEqualTo(400);
        assertThat(HostileTraffic.TRACE.matcher(response.text()).find()).isFalse();
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }
}
