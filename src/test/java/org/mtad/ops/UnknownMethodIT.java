package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Methods HTTP does not define (Tomcat passes any token): a 405 in the URL's shape, not the servlet's 501. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UnknownMethodIT {

    @LocalServerPort
    int port;

    private RawHttp.Response send(String method, String target, String... extraHeaders) {
        var headers = RawHttp.headers("Host", "127.0.0.1", "Accept-Language", "en", "Connection", "close");
        for (int i = 0; i < extraHeaders.length; i += 2) {
            headers.add(new String[] {extraHeaders[i], extraHeaders[i + 1]});
        }
        return new RawHttp("127.0.0.1", port).exchange(RawHttp.request(method, target, "HTTP/1.1", headers, new byte[0]));
    }

    @Test
    void an_unknown_method_is_a_405_json_on_the_api_and_a_page_elsewhere(CapturedOutput output) {
        for (String method : new String[] {"FOO", "PROPFIND", "get", "CONNECTX"}) {
            var api = send(method, "/api/v1/tools");
            assertThat(api.status()).as(method).isEqualTo(405);
            assertThat(api.header("Allow")).as(method).isEqualTo("GET, HEAD");
            assertThat(api.header("Content-Type")).as(method).startsWith("application/json");
            assertThat(api.text()).as(method).contains("\"error\":\"method_not_allowed\"", "\"message\":");
            var page = send(method, "/benchmarking");
            assertThat(page.status()).as(method).isEqualTo(405);
            assertThat(page.header("Content-Type")).as(method).startsWith("text/html");
            assertThat(page.text()).as(method).contains("<html lang=\"en\"", "Method not allowed", "href=\"/\"");
        }
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    @Test
    void a_header_the_firewall_refuses_is_a_400_even_when_only_vaadin_reads_it(CapturedOutput output) {
        // A control character in a header value: Tomcat accepts it, Spring Security's firewall does not.
        var page = send("GET", "/benchmarking", "User-Agent", "x\u0085y");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("<html lang=\"en\"", "Bad request");
        var api = send("GET", "/api/v1/tools", "X-Anything", "x\u0085y");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.text()).contains("\"error\":\"bad_request\"");
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }
}
