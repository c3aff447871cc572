package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtad.analysis.Lttb;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.CatalogProperties;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.mtad.catalog.TestDatasets;
import org.mtad.toolanalysis.ToolAnalysisService;
import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartSeries;

import com.vaadin.flow.router.QueryParameters;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The chart builders with no UI at all: the demo data through the real service, texts from the translation bundle.
 * Expected names, colours and counts come from the catalog and the analyses, not from constants.
 */
class DashboardChartsTest {

    Catalog catalog;
    ToolAnalysisService service;
    Snapshot snapshot;

    @BeforeEach
    void start() {
        catalog = new Catalog(new CatalogProperties(TestDatasets.DEMO, Duration.ofHours(1)));
        service = new ToolAnalysisService(catalog, new SimpleMeterRegistry());
        snapshot = service.snapshot();
    }

    @AfterEach
    void stop() {
        catalog.destroy();
    }

    private DashboardState state(String query) {
        return DashboardState.from("benchmarking", QueryParameters.fromString(query),
                snapshot.sources().stream().map(Source::key).toList());
    }

    private ChartInput input(DashboardState state, Locale locale, int maxPoints) {
        var analysis = StateAnalysis.of(service, snapshot, state);
        return new ChartInput(analysis, StateAnalysis.trajectory(service, snapshot, state, analysis), state,
                new SourceLegend(snapshot.sources(), locale), new Translations(locale), maxPoints);
    }

    private ChartOptions chart(String name, String query, Locale locale) {
        return DashboardCharts.options(name, input(state(query), locale, Lttb.DEFAULT_MAX_POINTS)).orElseThrow();
    }

    @Test
    void the_time_chart_has_one_line_per_source_named_and_coloured_as_the_catalog_says() {
        ChartOptions chart = chart("temporal", "", UiLanguage.ENGLISH);

        assertThat(chart.series()).extracting(ChartSeries::name)
                .containsExactlyElementsOf(snapshot.sources().stream().map(s -> s.label().en()).toList());
        assertThat(chart.colors()).containsExactlyElementsOf(snapshot.sources().stream().map(Source::color).toList());
        assertThat(chart.xaxis().title().text()).isEqualTo("Date");
        assertThat(chart.chart().defaultLocale()).isEqualTo("en");
    }

    @Test
    void texts_come_in_the_requested_language_without_a_ui() {
        ChartOptions chart = chart("temporal", "", UiLanguage.SPANISH);

        assertThat(chart.xaxis().title().text()).isEqualTo("Fecha");
        assertThat(chart.series().getFirst().name()).isEqualTo(snapshot.sources().getFirst().label().es());
        assertThat(chart("means", "", UiLanguage.SPANISH).series()).extracting(ChartSeries::name)
                .anyMatch(name -> name.endsWith("(media)"));
    }

    @Test
    void a_narrow_chart_gets_no_more_points_than_it_has_pixels() {
        var state = state("sources=crossref");
        int all = DashboardCharts.options("temporal", input(state, UiLanguage.ENGLISH, Lttb.DEFAULT_MAX_POINTS))
                .orElseThrow().series().getFirst().size();
        int narrow = DashboardCharts.options("temporal", input(state, UiLanguage.ENGLISH, 200))
                .orElseThrow().series().getFirst().size();

        assertThat(all).as("every month of crossref (and its gaps)").isGreaterThan(200);
        // LTTB keeps 200 points; a gap between two kept points adds one null point.
        assertThat(narrow).isBetween(200, 400);
        assertThat(DashboardCharts.options("seasonal-observed", input(state, UiLanguage.ENGLISH, 200)).orElseThrow()
                .series().getFirst().size()).isBetween(200, 400);
    }

    @Test
    void the_heatmap_has_a_row_of_cells_per_source_with_the_correlations() {
        ChartOptions chart = chart("correlation", "sources=google_trends,crossref,google_books", UiLanguage.ENGLISH);
        var matrix = service.analyse(snapshot, service.select("benchmarking", "google_trends,crossref,google_books",
                null, null)).correlation().orElseThrow().matrix();

        assertThat(chart.series()).hasSize(3);
        assertThat(chart.series().get(1).data()).hasSize(3);
        assertThat(chart.series().get(1).data().get(2).y()).isEqualTo(matrix[1][2]);
        assertThat(chart.series().get(0).data().get(0).y()).isEqualTo(1.0);
    }

    @Test
    void the_regression_plots_the_chosen_pair_and_four_fits() {
        ChartOptions chart = chart("regression", "sources=google_trends,crossref,google_books&x=crossref&y=google_trends",
                UiLanguage.ENGLISH);

        assertThat(chart.xaxis().title().text()).isEqualTo(snapshot.source("crossref").orElseThrow().label().en());
        assertThat(chart.yaxis().getFirst().title().text()).isEqualTo(snapshot.source("google_trends").orElseThrow().label().en());
        assertThat(chart.series()).hasSize(1 + 4);
        assertThat(chart.series().getFirst().type()).isEqualTo("scatter");
    }

    @Test
    void the_four_seasonal_panels_share_one_date_axis() {
        var axes = SeasonalChart.PARTS.stream()
                .map(part -> chart("seasonal-" + part, "seasonal=crossref", UiLanguage.ENGLISH).xaxis()).toList();

        assertThat(axes).extracting(ChartOptions.Axis::min).containsOnly(axes.getFirst().min());
        assertThat(axes).extracting(ChartOptions.Axis::max).containsOnly(axes.getFirst().max());
        assertThat(axes.getFirst().min()).isLessThan(axes.getFirst().max());
    }

    @Test
    void charts_that_need_two_sources_have_nothing_to_draw_for_one() {
        var one = input(state("sources=crossref"), UiLanguage.ENGLISH, Lttb.DEFAULT_MAX_POINTS);

        for (String name : List.of("trajectory", "correlation", "regression", "pca-loadings", "pca-variance")) {
            assertThat(DashboardCharts.options(name, one)).as(name).isEqualTo(Optional.empty());
        }
        assertThat(DashboardCharts.options("means", one)).isPresent();
    }

    @Test
    void the_trajectory_of_a_source_against_itself_is_not_drawn() {
        var same = input(state("tx=crossref&ty=crossref"), UiLanguage.ENGLISH, Lttb.DEFAULT_MAX_POINTS);

        assertThat(DashboardCharts.options("trajectory", same)).isEmpty();
        assertThat(DashboardCharts.options("trajectory", input(state("tx=crossref&ty=google_books"), UiLanguage.ENGLISH,
                Lttb.DEFAULT_MAX_POINTS))).isPresent();
    }

    @Test
    void every_named_chart_builds_for_all_sources_and_serialises_to_json() {
        var all = input(state(""), UiLanguage.ENGLISH, 800);

        assertThat(DashboardCharts.names()).hasSize(12);
        for (String name : DashboardCharts.names()) {
            ChartOptions chart = DashboardCharts.options(name, all).orElseThrow();
            assertThat(chart.chart().id()).isEqualTo(name);
            assertThat(ApexChart.json(chart)).startsWith("{\"chart\":").doesNotContain("NaN");
        }
        assertThatThrownBy(() -> DashboardCharts.options("nope", all)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_chart_url_holds_only_the_state_that_chart_depends_on() {
        var state = state("sources=crossref,google_books&range=10y&x=crossref&y=google_books&fourier=google_books");

        String temporal = DashboardCharts.url("temporal", state, UiLanguage.SPANISH, snapshot.version());
        String periodogram = DashboardCharts.url("periodogram", state, UiLanguage.SPANISH, snapshot.version());

        assertThat(temporal).startsWith("/charts/benchmarking/temporal?sources=crossref%2Cgoogle_books&range=10y&lang=es&v=")
                .doesNotContain("x=");
        assertThat(periodogram).contains("fourier=google_books").doesNotContain("range=");
    }
}
