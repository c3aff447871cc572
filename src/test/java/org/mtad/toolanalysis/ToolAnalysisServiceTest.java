package org.mtad.toolanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.CatalogProperties;
import org.mtad.catalog.TestDatasets;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class ToolAnalysisServiceTest {

    Catalog catalog;
    SimpleMeterRegistry registry;
    ToolAnalysisService service;

    @BeforeEach
    void start() {
        catalog = new Catalog(new CatalogProperties(TestDatasets.DEMO, Duration.ofHours(1)));
        registry = new SimpleMeterRegistry();
        service = new ToolAnalysisService(catalog, registry);
    }

    @AfterEach
    void stop() {
        catalog.destroy();
    }

    @Test
    void the_second_request_for_a_selection_is_served_from_the_cache() {
        var snapshot = service.snapshot();
        var selection = service.select("benchmarking", "google_trends,crossref", null, null);

        ToolAnalysis first = service.analyse(snapshot, selection);
        ToolAnalysis second = service.analyse(snapshot, service.select("benchmarking", "google_trends,crossref", null, null));

        assertThat(second).isSameAs(first);
        assertThat(registry.get("cache.gets").tag("cache", "analysis").tag("result", "hit").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("cache.gets").tag("cache", "analysis").tag("result", "miss").functionCounter().count()).isEqualTo(1);
    }

    @Test
    void a_different_selection_is_computed_anew() {
        var snapshot = service.snapshot();
        ToolAnalysis a = service.analyse(snapshot, service.select("benchmarking", "google_trends,crossref", null, null));
        ToolAnalysis b = service.analyse(snapshot, service.select("benchmarking", "google_trends,crossref", "crossref", "google_trends"));

        assertThat(b).isNotSameAs(a);
        assertThat(b.regression().orElseThrow().x()).isEqualTo("crossref");
    }

    @Test
    void every_analysis_is_timed_and_recorded_as_a_metric() {
        var snapshot = service.snapshot();
        ToolAnalysis result = service.analyse(snapshot, service.select("calidad-total", null, null, null));

        assertThat(result.selection().sources()).hasSize(5);
        assertThat(result.timings().analysisNanos()).containsKeys("alignment", "statistics", "means", "seasonal",
                "periodogram", "correlation", "regression", "pca", "trajectory");
        assertThat(result.timings().totalNanos()).isGreaterThanOrEqualTo(result.timings().queryNanos());
        assertThat(registry.get("dashboard.analysis.duration").tag("analysis", "periodogram").timer().count()).isEqualTo(1);
        assertThat(registry.get("dashboard.query.duration").timer().count()).isEqualTo(1);
    }

    @Test
    void one_source_leaves_out_the_two_source_analyses() {
        ToolAnalysis result = service.analyse(service.snapshot(), service.select("outsourcing", "crossref", null, null));

        assertThat(result.correlation()).isEmpty();
        assertThat(result.regression()).isEmpty();
        assertThat(result.pca()).isEmpty();
        assertThat(result.trajectory()).isEmpty();
        assertThat(result.periodogram()).containsOnlyKeys("crossref");
    }

    @Test
    void the_same_source_on_both_axes_has_no_fits_and_no_trajectory() {
        ToolAnalysis result = service.analyse(service.snapshot(),
                service.select("outsourcing", "crossref,google_books", "crossref", "crossref"));

        assertThat(result.regression().orElseThrow().sameVariable()).isTrue();
        assertThat(result.regression().orElseThrow().fits()).isEmpty();
        assertThat(result.trajectory()).isEmpty();
    }

    @Test
    void unknown_names_say_what_is_valid() {
        assertThatThrownBy(() -> service.select("nope", null, null, null))
                .isInstanceOfSatisfying(SelectionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SelectionException.Kind.UNKNOWN);
                    assertThat(e.validValues()).contains("benchmarking");
                });
        assertThatThrownBy(() -> service.select("benchmarking", "crossref,facebook", null, null))
                .isInstanceOfSatisfying(SelectionException.class, e -> assertThat(e.parameter()).isEqualTo("source"));
    }

}
