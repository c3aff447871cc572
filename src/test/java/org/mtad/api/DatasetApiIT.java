package org.mtad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The dataset endpoints over real HTTP, on the committed demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatasetApiIT {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void dataset_describes_title_sources_and_version() {
        var response = http.get("/api/v1/dataset");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = Http.json(response);
        assertThat(body.get("synthetic").asBoolean()).isTrue();
        assertThat(body.get("title").get("en").asString()).isEqualTo("Management tools: synthetic demo data");
        assertThat(body.get("version").asString()).matches("[0-9a-f]{12}");
        List<String> keys = new ArrayList<>();
        body.get("sources").forEach(s -> keys.add(s.get("key").asString()));
        assertThat(keys).containsExactly("google_trends", "google_books", "bain_usability", "bain_satisfaction", "crossref");
        JsonNode trends = body.get("sources").get(0);
        assertThat(trends.get("label").get("en").asString()).isEqualTo("Google Trends");
        assertThat(trends.get("color").asString()).isEqualTo("#1f77b4");
        assertThat(trends.get("first").asString()).isEqualTo("2004-01");
        assertThat(trends.get("last").asString()).isEqualTo("2023-12");
        assertThat(trends.get("rows").asLong()).isEqualTo(23 * 240);
    }

    @Test
    void tools_have_slugs_keywords_and_both_names() {
        JsonNode tools = Http.json(http.get("/api/v1/tools"));

        assertThat(tools.size()).isEqualTo(23);
        JsonNode costs = null;
        for (JsonNode t : tools) {
            if (t.get("key").asString().equals("gestion-de-costos")) {
                costs = t;
            }
        }
        assertThat(costs).isNotNull();
        assertThat(costs.get("keyword").asString()).isEqualTo("Gestión de Costos");
        assertThat(costs.get("name").get("es").asString()).isEqualTo("Gestión de Costos");
        assertThat(costs.get("name").get("en").asString()).isEqualTo("Cost Management");
    }

    @Test
    void an_unknown_api_path_is_a_json_404() {
        var response = http.get("/api/v1/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = Http.json(response);
        assertThat(body.get("error").asString()).isEqualTo("not_found");
        assertThat(body.get("message").asString()).isNotBlank();
    }

    @Test
    void writes_are_refused_with_a_json_405() {
        for (String path : List.of("/api/v1/tools", "/api/v1/dataset", "/api/v1/elsewhere")) {
            var response = http.send(http.request(path).POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json"));
            assertThat(response.statusCode()).as(path).isEqualTo(405);
            assertThat(Http.json(response).get("error").asString()).isEqualTo("method_not_allowed");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }
}
