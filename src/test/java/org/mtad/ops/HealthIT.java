package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /health and the Actuator probes on the committed demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthIT {

    @LocalServerPort
    int port;

    @Test
    void health_reports_every_data_file_with_the_result_of_a_query_run_now() throws Exception {
        var response = new Web(port).get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        var body = Web.json(response);
        assertThat(body.get("status").asString()).isEqualTo("healthy");
        assertThat(body.get("service").asString()).isEqualTo("management-tools-dashboard");
        assertThat(body.get("version").asString()).isEqualTo(buildVersion());
        assertThat(Duration.between(Instant.parse(body.get("timestamp").asString()), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(body.get("timestamp").asString()).endsWith("Z");
        assertThat(body.get("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(body.has("message")).isFalse();

        var databases = body.get("databases");
        assertThat(databases).hasSize(2);
        var data = databases.get(0);
        assertThat(data.get("path").asString()).isEqualTo("data.db");
        assertThat(data.get("status").asString()).isEqualTo("ok");
        assertThat(data.get("required").asBoolean()).isTrue();
        // The same query, run here on the committed file: the answer is the file's, not a canned "connected".
        assertThat(data.get("result").asString()).isEqualTo(schemaObjects(Path.of("data/data.db")) + " schema objects");
        assertThat(databases.get(1).get("path").asString()).isEqualTo("notes_and_doi.db");
        assertThat(databases.get(1).get("result").asString())
                .isEqualTo(schemaObjects(Path.of("data/notes_and_doi.db")) + " schema objects");
    }

    @Test
    void health_leaks_no_absolute_path_library_version_or_stack_trace() {
        String body = new Web(port).text("/health");
        assertThat(body).doesNotContain(Path.of("").toAbsolutePath().toString(), "/tmp", "Exception", "\tat ",
                "sqlite-jdbc", "Tomcat", "Spring");
    }

    @Test
    void liveness_and_readiness_probes_are_up_and_readiness_has_an_indicator_per_data_file() {
        var web = new Web(port);
        var liveness = web.get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(Web.json(liveness).get("status").asString()).isEqualTo("UP");
        var readiness = Web.json(web.get("/actuator/health/readiness"));
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        var files = readiness.get("components").get("dataFiles").get("components");
        assertThat(files.propertyNames()).containsExactly("data-db", "notes_and_doi-db");
    }

    @Test
    void actuator_exposes_nothing_but_health_and_prometheus() {
        var web = new Web(port);
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
                "/actuator/configprops", "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/info"}) {
            var response = web.get(path);
            // Not exposed: the site's JSON 404 (UnexposedActuatorPaths), never Actuator's own answer or the UI's page.
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
                    .startsWith("application/json").doesNotContain("actuator").doesNotContain("octet-stream");
            assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).as(path)
                    .startsWith("{\"error\":\"not_found\",");
        }
    }

    static String buildVersion() throws IOException {
        var properties = new Properties();
        try (var in = HealthIT.class.getResourceAsStream("/META-INF/build-info.properties")) {
            properties.load(in);
        }
        return properties.getProperty("build.version");
    }

    static int schemaObjects(Path file) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
