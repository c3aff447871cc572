package org.mtad.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Findings, citations and credits over real HTTP on the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResearchApiIT {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode ok(String path) {
        var response = http.get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    void findings_state_the_figures_that_analysis_returns() {
        String query = "?sources=google_trends,crossref,bain_usability";
        JsonNode f = ok("/api/v1/tools/benchmarking/findings" + query + "&lang=es");
        JsonNode a = ok("/api/v1/tools/benchmarking/analysis" + query);
        assertThat(f.get("dataVersion").asString()).isEqualTo(a.get("version").asString());
        assertThat(f.get("lang").asString()).isEqualTo("es");
        var analyses = new java.util.HashSet<String>();
        for (JsonNode finding : f.get("findings")) {
            analyses.add(finding.get("analysis").asString());
            assertThat(finding.get("text").asString()).isNotBlank();
            JsonNode v = finding.get("values");
            switch (finding.get("analysis").asString()) {
                case "temporal" -> assertThat(v.get("max").asDouble())
                        .isEqualTo(a.get("series").get(v.get("source").asString()).get("max").asDouble());
                case "regression" -> {
                    assertThat(v.get("n").asInt()).isEqualTo(a.get("regression").get("n").asInt());
                    assertThat(v.get("r2").asDouble()).isEqualTo(
                            a.get("regression").get("fits").get(v.get("degree").asInt() - 1).get("r2").asDouble());
                }
                case "pca" -> assertThat(v.get("explained").asDouble())
                        .isEqualTo(a.get("pca").get("explainedVarianceRatio").get(0).asDouble());
                case "periodogram" -> assertThat(v.get("threshold").asDouble())
                        .isEqualTo(a.get("periodogram").get(v.get("source").asString()).get("threshold").asDouble());
                default -> { }
            }
        }
        assertThat(analyses).containsExactlyInAnyOrder("temporal", "means", "seasonal", "periodogram", "correlation",
                "regression", "pca", "trajectory");
        assertThat(ok("/api/v1/tools/benchmarking/findings?sources=google_trends").get("findings").toString())
                .doesNotContain("\"correlation\"");
    }

    @Test
    void findings_errors_are_json_404_and_400() {
        assertThat(http.get("/api/v1/tools/nope/findings").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/tools/benchmarking/findings?sources=nope").statusCode()).isEqualTo(404);
        var bad = http.get("/api/v1/tools/benchmarking/findings?lang=fr");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("message").asString()).contains("lang");
    }

    @Test
    void citations_come_in_every_format_with_its_content_type_and_the_deep_link() {
        String[][] formats = {{"apa", "text/plain"}, {"chicago", "text/plain"}, {"mla", "text/plain"},
                {"bibtex", "application/x-bibtex"}, {"ris", "application/x-research-info-systems"},
                {"csljson", "application/vnd.citationstyles.csl+json"}};
        for (String[] f : formats) {
            var r = http.get("/api/v1/tools/benchmarking/citation?format=" + f[0]
                    + "&sources=google_trends,crossref&range=2010-01..2015-06&lang=en");
            assertThat(r.statusCode()).as(f[0] + " " + r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(f[1]).contains("UTF-8");
            assertThat(r.body()).contains("http://localhost:" + port
                    + "/benchmarking?sources=google_trends,crossref&range=2010-01..2015-06&lang=en");
            // the demo data's honest synthetic DOI (Crossref's test prefix)
            assertThat(r.body()).contains("10.5555/mtad-demo");
        }
        JsonNode csl = Http.json(http.get("/api/v1/tools/benchmarking/citation?format=csljson"));
        assertThat(csl.get(0).get("type").asString()).isEqualTo("dataset");
    }

    @Test
    void citation_errors_are_json_400_and_404() {
        for (String q : new String[] {"format=word", "range=2010..2012", "range=2010-13..2012-01", "lang=de"}) {
            var r = http.get("/api/v1/tools/benchmarking/citation?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(Http.json(r).get("error").asString()).isEqualTo("bad_request");
        }
        assertThat(http.get("/api/v1/tools/nope/citation").statusCode()).isEqualTo(404);
    }

    @Test
    void the_dataset_carries_its_credits() {
        JsonNode d = ok("/api/v1/dataset");
        assertThat(d.get("authors").get(0).get("name").asString()).isEqualTo("MTAD demo data generator");
        assertThat(d.get("license").get("name").asString()).isEqualTo("MIT");
        assertThat(d.get("doi").asString()).isEqualTo("10.5555/mtad-demo");
        assertThat(d.get("links").isArray()).isTrue();
    }
}
