package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator gets with MANAGEMENT_PORT set and METRICS_ENABLED=false. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MANAGEMENT_PORT=0", "METRICS_ENABLED=false"})
class ManagementPortIT {

    @LocalServerPort
    int port;

    /** MANAGEMENT_PORT=0: a free port, as PORT=0 is for the app. */
    @LocalManagementPort
    int managementPort;

    @Test
    void probes_move_to_the_management_port_and_metrics_are_off() {
        var management = new Web(managementPort);
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(management.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(management.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(management.get("/actuator/prometheus").statusCode()).isEqualTo(404);
        // The public port keeps /health for the container's HEALTHCHECK, but no Actuator.
        var app = new Web(port);
        assertThat(app.get("/health").statusCode()).isEqualTo(200);
        var liveness = app.get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(404);
        assertThat(new String(liveness.body(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"error\":\"not_found\",").doesNotContain("UP");
    }
}
