package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.router.QueryParameters;

class DashboardStateTest {

    private static QueryParameters query(Map<String, String> params) {
        return QueryParameters.simple(params);
    }

    @Test
    void the_url_of_a_state_reads_back_as_the_same_state() {
        var state = new DashboardState("benchmarking", List.of("crossref", "google_trends"),
                TimeRange.between(YearMonth.of(2004, 1), YearMonth.of(2015, 12)), "crossref", "google_trends",
                "google_trends", "crossref", true, "google_trends", "crossref", "es");
        var back = DashboardState.from("benchmarking", state.toQuery(), List.of("a"));
        assertThat(back).isEqualTo(state);
    }

    @Test
    void without_a_sources_parameter_every_source_is_selected_and_an_empty_one_selects_none() {
        assertThat(DashboardState.from("t", query(Map.of()), List.of("a", "b")).sources()).containsExactly("a", "b");
        assertThat(DashboardState.from("t", query(Map.of("sources", "")), List.of("a", "b")).sources()).isEmpty();
    }

    @Test
    void repeated_sources_are_kept_once_in_their_first_order() {
        var state = DashboardState.from("t", query(Map.of("sources", "b, a,b")), List.of("a", "b"));
        assertThat(state.sources()).containsExactly("b", "a");
    }

    @Test
    void ranges_parse_presets_and_bounds_and_reject_anything_else() {
        assertThat(TimeRange.parse("10y")).contains(TimeRange.lastYears(10));
        assertThat(TimeRange.parse(null)).contains(TimeRange.ALL);
        assertThat(TimeRange.parse("2015-12..2004-01")).contains(TimeRange.between(YearMonth.of(2004, 1), YearMonth.of(2015, 12)));
        assertThat(TimeRange.parse("7y")).isEmpty();
        assertThat(TimeRange.parse("2004-13..2005-01")).isEmpty();
        assertThat(DashboardState.invalidRange(query(Map.of("range", "soon")))).isEqualTo("soon");
    }

    @Test
    void a_preset_counts_back_from_the_last_month_like_the_window_means() {
        // WindowMeans starts an N-year window at last.minusYears(N); the chart and table use the same first month.
        assertThat(TimeRange.lastYears(5).start(YearMonth.of(1950, 1), YearMonth.of(2023, 12))).isEqualTo(YearMonth.of(2018, 12));
    }

    @Test
    void picking_a_source_falls_back_to_the_selected_ones() {
        var state = DashboardState.from("t", query(Map.of("sources", "a,b", "x", "zzz")), List.of());
        assertThat(state.pick(state.x(), 0)).isEqualTo("a");
        assertThat(state.pick("b", 0)).isEqualTo("b");
        assertThat(state.pick("", 5)).isEqualTo("b");
    }
}
