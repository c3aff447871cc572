package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtad.catalog.TestDatasets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A copy of the demo data, broken while the app runs; also an operator's APP_VERSION and a TRUSTED_PROXIES list
 * that does not include the test client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"APP_VERSION=2.3.4-test", "TRUSTED_PROXIES=10.0.0.0/8"})
class BrokenDataIT {

    static final Path DIR = TestDatasets.temporaryCopyOfDemo("mtad-ops-data");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("dashboard.data.dir", DIR::toString);
        registry.add("dashboard.data.reload-interval", () -> "300ms");
    }

    @LocalServerPort
    int port;

    @AfterEach
    void restore() throws IOException {
        for (String name : new String[] {"data.db", "notes_and_doi.db"}) {
            Files.copy(TestDatasets.DEMO.resolve(name), DIR.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void a_broken_required_file_makes_health_503_naming_it_and_readiness_down_but_not_liveness() throws Exception {
        var web = new Web(port);
        assertThat(web.get("/health").statusCode()).isEqualTo(200);
        Files.writeString(DIR.resolve("data.db"), "this is not an SQLite database, just text of a sufficient length "
                .repeat(20));

        var health = web.get("/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.headers().firstValue("Cache-Control")).contains("no-store");
        var body = Web.json(health);
        assertThat(body.get("status").asString()).isEqualTo("unhealthy");
        assertThat(body.get("message").asString()).startsWith("Required data file data.db is broken");
        var data = body.get("databases").get(0);
        assertThat(data.get("path").asString()).isEqualTo("data.db");
        assertThat(data.get("status").asString()).isEqualTo("broken");
        assertThat(data.get("result").asString()).containsIgnoringCase("not a database");
        assertThat(web.text("/health")).doesNotContain(DIR.toString());

        var readiness = web.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(Web.json(readiness).get("components").get("dataFiles").get("components").get("data-db")
                .get("status").asString()).isEqualTo("DOWN");
        // The process is fine: the platform must not restart it over a data file.
        var liveness = web.get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
    }

    @Test
    void a_missing_optional_file_is_reported_but_health_stays_200() throws Exception {
        var web = new Web(port);
        Files.delete(DIR.resolve("notes_and_doi.db"));
        var health = web.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        var notes = Web.json(health).get("databases").get(1);
        assertThat(notes.get("path").asString()).isEqualTo("notes_and_doi.db");
        assertThat(notes.get("status").asString()).isEqualTo("missing");
        assertThat(notes.get("required").asBoolean()).isFalse();
        assertThat(web.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void app_version_overrides_the_version_of_the_build() {
        assertThat(Web.json(new Web(port).get("/health")).get("version").asString()).isEqualTo("2.3.4-test");
    }

    @Test
    void forwarded_proto_from_an_untrusted_address_is_ignored() {
        // The test client (127.0.0.1) is not in TRUSTED_PROXIES=10.0.0.0/8: its X-Forwarded-Proto does not count.
        var response = new Web(port).get("/api/v1/tools", "X-Forwarded-Proto", "https");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
