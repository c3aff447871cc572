package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Vaadin's internal parameters with garbage on ordinary URLs: a 400, not Vaadin's 500 with an empty body. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class VaadinParametersIT {

    @LocalServerPort
    int port;

    private RawHttp.Response send(String method, String target, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = RawHttp.headers("Host", "127.0.0.1", "Accept-Language", "es", "Connection", "close");
        if (!body.isEmpty()) {
            headers.add(new String[] {"Content-Type", "application/json"});
            headers.add(new String[] {"Content-Length", Integer.toString(bytes.length)});
        }
        return new RawHttp("127.0.0.1", port).exchange(RawHttp.request(method, target, "HTTP/1.1", headers, bytes));
    }

    @Test
    void an_unknown_request_type_or_ui_id_on_a_page_is_the_friendly_400_page(CapturedOutput output) {
        for (String target : new String[] {"/benchmarking?v-r=foo", "/?v-r=", "/?v-r=UIDL&v-uiId=0",
                "/?v-r=uidl&v-uiId=abc", "/no-such?v-uiId=-1", "/?v-r=uidl&v-r=init"}) {
            var response = send("GET", target, "");
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(target).startsWith("text/html");
            assertThat(response.text()).as(target).contains("<html lang=\"es\"", "Solicitud incorrecta");
        }
        var post = send("POST", "/?v-r=foo&v-uiId=x", "{\"csrfToken\":\"x\",\"rpc\":[");
        assertThat(post.status()).isEqualTo(400);
        assertThat(HostileTraffic.TRACE.matcher(post.text()).find()).isFalse();
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    @Test
    void garbage_in_v_r_on_the_api_or_actuator_is_a_json_400(CapturedOutput output) {
        for (String target : new String[] {"/api/v1/tools?v-r=%3Cscript%3E", "/actuator/health?v-r=foo"}) {
            var response = send("GET", target, "");
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(target).startsWith("application/json");
            assertThat(response.text()).as(target).contains("\"error\":\"bad_request\"").doesNotContain("<script>");
        }
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }

    @Test
    void the_real_vaadin_requests_still_pass(CapturedOutput output) {
        assertThat(send("GET", "/", "").status()).isEqualTo(200);
        // A heartbeat without a session is Vaadin's own answer (not the filter's 400).
        assertThat(send("POST", "/?v-r=heartbeat&v-uiId=0", "").status()).isNotEqualTo(400);
    }
}
