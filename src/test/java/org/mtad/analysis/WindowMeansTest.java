package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtad.analysis.RealData.series;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class WindowMeansTest {

    private static double[] ramp(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return v;
    }

    @Test
    void a_window_includes_the_month_exactly_N_years_before_the_last() {
        // 2000-01..2023-12 valued 0..287: the 5y window starts 2018-12 (value 227), so 61 months 227..287, mean 257
        AlignedSeries a = AlignedSeries.of(List.of(series("a", "2000-01", ramp(288))));
        WindowMeans.WindowMean fiveYears = WindowMeans.of(a).get(4);
        assertEquals(WindowMeans.Window.Y5, fiveYears.window());
        assertEquals(YearMonth.of(2018, 12), fiveYears.from());
        assertEquals(YearMonth.of(2023, 12), fiveYears.to());
        assertEquals(257.0, fiveYears.mean("a"));
        assertEquals(143.5, WindowMeans.of(a).getFirst().mean("a"), "all: mean of 0..287");
    }

    @Test
    void a_source_absent_from_a_window_has_mean_NaN() {
        AlignedSeries a = AlignedSeries.of(List.of(series("old", "1990-01", 1, 2, 3), series("new", "2020-01", 5, 7)));
        WindowMeans.WindowMean tenYears = WindowMeans.of(a).get(3);
        assertTrue(Double.isNaN(tenYears.mean("old")));
        assertEquals(6.0, tenYears.mean("new"));
    }

    @Test
    void a_window_longer_than_the_data_covers_all_of_it() {
        AlignedSeries a = AlignedSeries.of(List.of(series("a", "2022-01", 1, 2, 3, 4)));
        for (WindowMeans.WindowMean w : WindowMeans.of(a)) {
            assertEquals(2.5, w.mean("a"), w.window().label());
            assertEquals(YearMonth.of(2022, 1), w.from());
        }
    }

    @Test
    void a_constant_series_has_that_constant_as_every_mean() {
        AlignedSeries a = AlignedSeries.of(List.of(series("a", "2000-01", constant(300, 42.5))));
        WindowMeans.of(a).forEach(w -> assertEquals(42.5, w.mean("a"), w.window().label()));
    }

    private static double[] constant(int n, double value) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, value);
        return v;
    }

    @Test
    void no_rows_give_no_windows() {
        assertTrue(WindowMeans.of(AlignedSeries.of(List.of())).isEmpty());
    }

    /** Expected: pandas df[df.index >= last - DateOffset(years=N)].mean() in make_oracles.py. */
    @ParameterizedTest
    @ValueSource(strings = {"calidad-total", "presupuesto-base-cero", "fusiones-y-adquisiciones"})
    void real_data_window_means_match_pandas(String slug) {
        JsonNode o = RealData.oracle(slug);
        List<WindowMeans.WindowMean> means = WindowMeans.of(AlignedSeries.of(RealData.load(RealData.TOOLS.get(slug))));
        assertEquals(o.get("means").size(), means.size());
        for (int i = 0; i < means.size(); i++) {
            JsonNode e = o.get("means").get(i);
            WindowMeans.WindowMean w = means.get(i);
            assertEquals(e.get("window").asString(), w.window().label());
            assertEquals(e.get("from").asString(), w.from().toString());
            assertEquals(e.get("to").asString(), w.to().toString());
            for (String s : RealData.SOURCES) {
                RealData.assertClose(RealData.number(e.get("values").get(s)), w.mean(s), 0, slug + " " + w.window() + " " + s);
            }
        }
    }
}
