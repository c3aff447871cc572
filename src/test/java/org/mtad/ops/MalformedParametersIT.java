package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Parameters Tomcat cannot decode: a 400 in the shape of the URL, over raw HTTP, and nothing in the log at ERROR. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedParametersIT {

    @LocalServerPort
    int port;

    private RawHttp.Response send(String method, String target, String language, String body) {
        var headers = RawHttp.headers("Host", "127.0.0.1", "Accept-Language", language, "Connection", "close");
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        if (!body.isEmpty()) {
            headers.add(new String[] {"Content-Type", "application/x-www-form-urlencoded"});
            headers.add(new String[] {"Content-Length", Integer.toString(bytes.length)});
        }
        return new RawHttp("127.0.0.1", port).exchange(RawHttp.request(method, target, "HTTP/1.1", headers, bytes));
    }

    @Test
    void a_bad_percent_escape_in_an_api_query_is_a_json_400(CapturedOutput output) {
        for (String target : new String[] {"/api/v1/tools/benchmarking/series?from=%ZZ", "/api/v1/tools?a=%",
                "/health?x=%G1", "/actuator/health?%"}) {
            var response = send("GET", target, "en", "");
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(target).startsWith("application/json");
            assertThat(response.text()).as(target).contains("\"error\":\"bad_request\"", "\"message\":");
        }
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    @Test
    void a_bad_percent_escape_on_a_page_is_the_friendly_400_page_in_the_visitors_language(CapturedOutput output) {
        var english = send("GET", "/benchmarking?from=%ZZ", "en-GB,en;q=0.8", "");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.header("Content-Type")).startsWith("text/html");
        assertThat(english.text()).contains("<html lang=\"en\"", "Bad request", "href=\"/\"");
        var spanish = send("GET", "/?a=%", "es", "");
        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.text()).contains("<html lang=\"es\"", "Solicitud incorrecta");
        var file = send("GET", "/VAADIN/build/x.js?%ZZ", "es", "");
        assertThat(file.status()).isEqualTo(400);
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    @Test
    void a_form_body_with_a_bad_escape_or_too_many_parameters_is_a_400_not_a_500(CapturedOutput output) {
        assertThat(send("POST", "/", "en", "a=%ZZ").status()).isEqualTo(400);
        assertThat(send("POST", "/api/v1/tools", "en", "from=%").status()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/tools?" + "a=b&".repeat(1500), "en", "").status()).isEqualTo(400);
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }
}
