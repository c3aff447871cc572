package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** PUT, PATCH and DELETE with an undecodable form body: a client error, never Spring's "Could not decode" 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FormBodyIT {

    @LocalServerPort
    int port;

    @Test
    void an_undecodable_form_body_on_put_patch_or_delete_is_a_4xx_without_a_trace(CapturedOutput output) {
        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            var api = send(method, "/api/v1/tools", "a=%ZZ&b=%");
            assertThat(api.status()).as(method).isEqualTo(405);
            assertThat(api.header("Content-Type")).as(method).startsWith("application/json");
            assertThat(api.text()).as(method).contains("\"error\":\"method_not_allowed\"", "\"message\":")
                    .doesNotContain("Exception", "decode");
            // Pages and /health refuse the write through Spring Security's CSRF check (403) before reading the body.
            for (String path : new String[] {"/", "/health", "/benchmarking"}) {
                var response = send(method, path, "a=%ZZ");
                assertThat(response.status()).as(method + " " + path).isBetween(400, 499);
                assertThat(response.text()).as(method + " " + path).doesNotContain("Exception", "decode");
                assertThat(HostileTraffic.TRACE.matcher(response.text()).find()).as(method + " " + path).isFalse();
            }
        }
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    private RawHttp.Response send(String method, String target, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        var headers = RawHttp.headers("Host", "127.0.0.1", "Connection", "close",
                "Content-Type", "application/x-www-form-urlencoded", "Content-Length", Integer.toString(bytes.length));
        return new RawHttp("127.0.0.1", port).exchange(RawHttp.request(method, target, "HTTP/1.1", headers, bytes));
    }
}
