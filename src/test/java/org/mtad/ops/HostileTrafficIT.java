package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 10,000 generated hostile requests ({@link HostileRequests}: every method on every kind of URL, 18 families of
 * mistakes and attacks) over real sockets: every one answered, none with a 5xx, every client error in the shape of
 * its URL (the JSON error shape on /api, /health and Actuator, an HTML page elsewhere), no trace in any body, and
 * nothing logged at ERROR and no trace in the log. Includes what Tomcat's connector refuses itself (HTTP/2.0 request
 * lines, CONNECT, unknown Transfer-Encoding, request lines without a version): see {@link ConnectorErrorValve}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileTrafficIT {

    private static final int REQUESTS = 10_000;

    @LocalServerPort
    int port;

    @Test
    void ten_thousand_hostile_requests_get_no_5xx_the_right_error_shape_and_no_trace(CapturedOutput output)
            throws InterruptedException {
        var http = new RawHttp("127.0.0.1", port);
        String[] real = HostileTraffic.realTargets(http);
        var result = HostileTraffic.send(http, new HostileRequests(12, real[0], real[1]).stream(REQUESTS),
                HostileTraffic.THREADS);
        System.out.print("HostileTrafficIT: " + result.report());
        assertThat(result.sent()).isEqualTo(REQUESTS);
        assertThat(result.failures().size()).as(result.report()).isZero();
        assertThat(HostileTraffic.logProblems(output.getAll())).isEmpty();
    }
}
