package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /actuator/prometheus scraped and parsed as exposition format. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsIT {

    @LocalServerPort
    int port;

    @Test
    void the_scrape_is_valid_exposition_format_with_standard_and_dashboard_metrics() {
        var web = new Web(port);
        web.get("/health");
        String dataVersion = Web.json(web.get("/health")).get("dataVersion").asString();
        var response = web.get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        var metrics = PrometheusText.parse(web.text("/actuator/prometheus"));

        assertThat(metrics.types().keySet()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads",
                "process_cpu_usage", "tomcat_sessions_active_current_sessions", "http_server_requests_seconds");
        assertThat(metrics.named("http_server_requests_seconds_count"))
                .anyMatch(s -> "/health".equals(s.labels().get("uri")) && s.value() >= 2);
        assertThat(metrics.named("dashboard_data_info")).singleElement().satisfies(s -> {
            assertThat(s.labels()).containsEntry("version", dataVersion);
            assertThat(s.value()).isEqualTo(1.0);
        });
        assertThat(metrics.value("dashboard_data_usable")).contains(1.0);
        assertThat(metrics.value("dashboard_data_load_duration_seconds").orElseThrow()).isPositive();
        assertThat(metrics.value("dashboard_data_probe_seconds_count").orElseThrow()).isGreaterThanOrEqualTo(2);
        assertThat(metrics.types()).containsEntry("dashboard_vaadin_sessions", "gauge").containsEntry("dashboard_vaadin_uis", "gauge");
    }

    @Test
    void a_page_with_a_started_client_counts_as_a_session_and_a_ui() {
        var web = new Web(port);
        double sessions = gauge(web, "dashboard_vaadin_sessions");
        double uis = gauge(web, "dashboard_vaadin_uis");
        var page = web.get("/");
        // The bare page keeps no session and makes no UI (no eager server load; org.mtad.ui.PageGate)...
        assertThat(gauge(web, "dashboard_vaadin_sessions")).isEqualTo(sessions);
        assertThat(gauge(web, "dashboard_vaadin_uis")).isEqualTo(uis);
        // ...the first request of Vaadin's running client does.
        assertThat(web.get("/?v-r=init&location=&query=", "Cookie", Web.sessionCookie(page)).statusCode()).isEqualTo(200);
        assertThat(gauge(web, "dashboard_vaadin_sessions")).isEqualTo(sessions + 1);
        assertThat(gauge(web, "dashboard_vaadin_uis")).isEqualTo(uis + 1);
    }

    @Test
    void an_analysis_request_shows_in_the_analysis_query_and_cache_metrics() {
        var web = new Web(port);
        // A selection no other test of this shared context asks for (the last tool, its last source alone), so the
        // first request really computes and queries.
        var tools = Web.json(web.get("/api/v1/tools"));
        var sources = Web.json(web.get("/api/v1/dataset")).get("sources");
        String path = "/api/v1/tools/" + tools.get(tools.size() - 1).get("key").asString() + "/analysis?sources="
                + sources.get(sources.size() - 1).get("key").asString();
        var before = PrometheusText.parse(web.text("/actuator/prometheus"));
        // The same analysis twice: the first computes it (cache miss), the second is answered from the cache.
        assertThat(web.get(path).statusCode()).isEqualTo(200);
        assertThat(web.get(path).statusCode()).isEqualTo(200);
        var after = PrometheusText.parse(web.text("/actuator/prometheus"));

        assertThat(after.named("dashboard_analysis_duration_seconds_count").stream().map(s -> s.labels().get("analysis")))
                .contains("alignment", "statistics", "means", "seasonal", "periodogram");
        assertThat(after.count("dashboard_query_duration_seconds_count", Map.of()))
                .isGreaterThan(before.count("dashboard_query_duration_seconds_count", Map.of()));
        var hit = Map.of("cache", "analysis", "result", "hit");
        var miss = Map.of("cache", "analysis", "result", "miss");
        assertThat(after.count("cache_gets_total", hit)).isGreaterThanOrEqualTo(before.count("cache_gets_total", hit) + 1);
        assertThat(after.count("cache_gets_total", miss)).isGreaterThanOrEqualTo(before.count("cache_gets_total", miss));
    }

    @Test
    void a_chart_asked_for_twice_is_built_once_and_then_answered_from_the_chart_cache() {
        var web = new Web(port);
        // A width no other test asks for, so the first answer is built here.
        String path = "/charts/benchmarking/means?sources=google_trends,crossref&lang=es&w=777";
        var before = PrometheusText.parse(web.text("/actuator/prometheus"));
        var first = web.get(path);
        var second = web.get(path);
        var after = PrometheusText.parse(web.text("/actuator/prometheus"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        var hit = Map.of("cache", "charts", "result", "hit");
        var miss = Map.of("cache", "charts", "result", "miss");
        assertThat(after.count("cache_gets_total", miss)).isEqualTo(before.count("cache_gets_total", miss) + 1);
        assertThat(after.count("cache_gets_total", hit)).isEqualTo(before.count("cache_gets_total", hit) + 1);
    }

    private static double gauge(Web web, String name) {
        return PrometheusText.parse(web.text("/actuator/prometheus")).named(name).stream()
                .filter(s -> s.labels().equals(Map.of("application", "management-tools-dashboard")))
                .findFirst().orElseThrow().value();
    }
}
