package org.mtad.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The series, analysis and notes endpoints over real HTTP on the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalysisApiIT {

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
    void analysis_of_two_sources_has_every_member() {
        JsonNode a = ok("/api/v1/tools/benchmarking/analysis?sources=google_trends,crossref");

        assertThat(a.get("sources").toString()).isEqualTo("[\"google_trends\",\"crossref\"]");
        assertThat(a.get("series").get("google_trends").get("n").asInt()).isEqualTo(240);
        assertThat(a.get("series").get("crossref").get("first").asString()).isEqualTo("1950-01");
        List<String> windows = new ArrayList<>();
        a.get("means").forEach(m -> windows.add(m.get("window").asString()));
        assertThat(windows).containsExactly("all", "20y", "15y", "10y", "5y");
        JsonNode seasonal = a.get("seasonal").get("google_trends");
        assertThat(seasonal.get("available").asBoolean()).isTrue();
        assertThat(seasonal.get("trend").get(0).isNull()).isTrue();
        assertThat(seasonal.get("trend").get(6).isNumber()).isTrue();
        assertThat(seasonal.get("seasonalByMonth").size()).isEqualTo(12);
        JsonNode periodogram = a.get("periodogram").get("google_trends");
        assertThat(periodogram.get("periods").size()).isEqualTo(240 / 2 - 1);
        assertThat(periodogram.get("periods").get(0).asDouble()).isEqualTo(240.0);
        assertThat(periodogram.get("significant").size()).isEqualTo(periodogram.get("magnitudes").size());

        JsonNode matrix = a.get("correlation").get("matrix");
        assertThat(matrix.get(0).get(0).asDouble()).isEqualTo(1.0, within(1e-12));
        double r = matrix.get(0).get(1).asDouble();
        assertThat(matrix.get(1).get(0).asDouble()).isEqualTo(r);

        JsonNode regression = a.get("regression");
        assertThat(regression.get("x").asString()).isEqualTo("google_trends");
        assertThat(regression.get("y").asString()).isEqualTo("crossref");
        assertThat(regression.get("n").asInt()).isEqualTo(240);
        JsonNode fits = regression.get("fits");
        assertThat(fits.size()).isEqualTo(4);
        // For a straight line, R² is the square of Pearson's r over the same rows: two analyses agree.
        assertThat(fits.get(0).get("r2").asDouble()).isEqualTo(r * r, within(1e-9));
        for (int d = 1; d < 4; d++) {
            // Nested least-squares models never fit worse with a higher degree.
            assertThat(fits.get(d).get("r2").asDouble()).isGreaterThanOrEqualTo(fits.get(d - 1).get("r2").asDouble() - 1e-12);
            assertThat(fits.get(d).get("coefficients").size()).isEqualTo(d + 2);
        }
        assertThat(fits.get(0).get("equation").asString()).startsWith("y = ");

        JsonNode pca = a.get("pca");
        assertThat(pca.get("n").asInt()).isEqualTo(240);
        double sum = 0;
        for (JsonNode v : pca.get("explainedVarianceRatio")) {
            sum += v.asDouble();
        }
        assertThat(sum).isEqualTo(1.0, within(1e-9));
        assertThat(pca.get("cumulative").get(1).asDouble()).isEqualTo(1.0, within(1e-9));

        JsonNode trajectory = a.get("trajectory");
        assertThat(trajectory.get("monthly").size()).isEqualTo(240);
        assertThat(trajectory.get("monthly").get(0).get(0).asString()).isEqualTo("2004-01");
        assertThat(trajectory.get("annual").size()).isEqualTo(20);
        assertThat(a.get("timings").get("totalMillis").asDouble()).isPositive();
    }

    @Test
    void x_and_y_choose_the_regression_pair_and_the_same_source_is_explained() {
        JsonNode chosen = ok("/api/v1/tools/benchmarking/analysis?sources=google_trends,crossref,google_books&x=google_books&y=crossref")
                .get("regression");
        assertThat(chosen.get("x").asString()).isEqualTo("google_books");
        assertThat(chosen.get("y").asString()).isEqualTo("crossref");

        JsonNode same = ok("/api/v1/tools/benchmarking/analysis?sources=google_trends,crossref&x=crossref&y=crossref")
                .get("regression");
        assertThat(same.get("fits").size()).isZero();
        assertThat(same.get("message").asString()).contains("itself");
    }

    @Test
    void one_source_has_no_two_source_analyses() {
        JsonNode a = ok("/api/v1/tools/benchmarking/analysis?sources=bain_usability");
        assertThat(a.get("correlation").isNull()).isTrue();
        assertThat(a.get("regression").isNull()).isTrue();
        assertThat(a.get("pca").isNull()).isTrue();
        assertThat(a.get("trajectory").isNull()).isTrue();
        assertThat(a.get("series").get("bain_usability").get("n").asInt()).isPositive();
    }

    @Test
    void unknown_tool_and_source_are_404s_naming_valid_values() {
        var tool = http.get("/api/v1/tools/no-such-tool/analysis");
        assertThat(tool.statusCode()).isEqualTo(404);
        assertThat(Http.json(tool).get("message").asString()).contains("no-such-tool").contains("benchmarking");

        var source = http.get("/api/v1/tools/benchmarking/series?sources=google_trends,twitter");
        assertThat(source.statusCode()).isEqualTo(404);
        assertThat(Http.json(source).get("message").asString()).contains("twitter").contains("crossref");
    }

    @Test
    void malformed_parameters_are_400s_saying_which() {
        for (String[] c : new String[][]{
                {"/api/v1/tools/benchmarking/series?from=2020-13", "from"},
                {"/api/v1/tools/benchmarking/series?to=yesterday", "to"},
                {"/api/v1/tools/benchmarking/series?from=2020-01&to=2019-01", "from"},
                {"/api/v1/tools/benchmarking/series?maxPoints=2", "maxPoints"},
                {"/api/v1/tools/benchmarking/series?maxPoints=lots", "maxPoints"},
                {"/api/v1/tools/benchmarking/series?maxPoints=99999999999999", "maxPoints"},
                {"/api/v1/tools/benchmarking/analysis?sources=crossref,crossref", "sources"},
                {"/api/v1/tools/benchmarking/analysis?sources=crossref,", "sources"},
                {"/api/v1/tools/benchmarking/analysis?sources=crossref,google_books&x=google_trends", "x"}}) {
            var response = http.get(c[0]);
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(Http.json(response).get("message").asString()).as(c[0]).contains(c[1]);
        }
    }

    @Test
    void series_are_aligned_rows_with_nulls_where_a_source_has_no_value() {
        JsonNode table = ok("/api/v1/tools/benchmarking/series?sources=google_trends,crossref");

        assertThat(table.get("columns").toString()).isEqualTo("[\"date\",\"google_trends\",\"crossref\"]");
        JsonNode rows = table.get("rows");
        assertThat(rows.size()).isEqualTo(888); // crossref covers 1950-2023 monthly, trends only 2004-2023
        assertThat(rows.get(0).get(0).asString()).isEqualTo("1950-01");
        assertThat(rows.get(0).get(1).isNull()).isTrue();
        assertThat(rows.get(0).get(2).isNumber()).isTrue();
    }

    @Test
    void series_can_be_limited_to_a_range_and_downsampled() {
        JsonNode range = ok("/api/v1/tools/benchmarking/series?sources=crossref&from=2000-01&to=2000-12");
        assertThat(range.get("rows").size()).isEqualTo(12);
        assertThat(range.get("rows").get(11).get(0).asString()).isEqualTo("2000-12");

        JsonNode small = ok("/api/v1/tools/benchmarking/series?sources=crossref&maxPoints=50");
        assertThat(small.get("downsampled").asBoolean()).isTrue();
        assertThat(small.get("rows").size()).isEqualTo(50);
        assertThat(small.get("rows").get(0).get(0).asString()).isEqualTo("1950-01");
        assertThat(small.get("rows").get(49).get(0).asString()).isEqualTo("2023-12");
    }

    @Test
    void csv_has_a_header_and_the_same_rows_as_json() throws Exception {
        var response = http.get("/api/v1/tools/benchmarking/series.csv?sources=google_trends,bain_usability&from=2010-01");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains(".csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(response.body())).getRecords();
        JsonNode json = ok("/api/v1/tools/benchmarking/series?sources=google_trends,bain_usability&from=2010-01");
        assertThat(records).hasSize(json.get("rows").size());
        assertThat(records.getFirst().get("date")).isEqualTo("2010-01");
        assertThat(Double.parseDouble(records.getFirst().get("google_trends")))
                .isEqualTo(json.get("rows").get(0).get(1).asDouble());
    }

    @Test
    void notes_give_each_sources_text_link_and_doi_and_the_report_doi_where_there_is_one() {
        JsonNode notes = ok("/api/v1/tools/benchmarking/notes");
        assertThat(notes.get("reportDoi").asString()).startsWith("10.5555/");
        JsonNode trends = notes.get("sources").get("google_trends");
        assertThat(trends.get("notes").asString()).contains("Synthetic demo data");
        assertThat(trends.get("link").asString()).startsWith("https://trends.google.com/");
        assertThat(trends.get("doi").asString()).startsWith("10.5555/");

        // The generator leaves every fifth tool without a report row.
        JsonNode none = ok("/api/v1/tools/cuadro-de-mando-integral/notes");
        assertThat(none.get("reportDoi").isNull()).isTrue();
        assertThat(none.get("sources").size()).isEqualTo(5);
    }
}
