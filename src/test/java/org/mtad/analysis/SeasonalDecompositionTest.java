package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtad.analysis.RealData.series;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtad.catalog.Series;
import tools.jackson.databind.JsonNode;

class SeasonalDecompositionTest {

    /** A pattern summing to zero, so it is its own centred seasonal component. */
    private static final double[] PATTERN = {3, -1, 2, 0, -4, 1, 5, -2, -3, 1, 0, -2};

    private static double[] trendPlusPattern(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 10 + 0.5 * i + PATTERN[i % 12];
        }
        return v;
    }

    @Test
    void a_linear_trend_plus_a_fixed_pattern_is_separated_exactly() {
        var d = assertInstanceOf(SeasonalDecomposition.Decomposed.class,
                SeasonalDecomposition.of(series("s", "2000-01", trendPlusPattern(60))));
        double[] trend = d.trend();
        for (int i = 0; i < 60; i++) {
            if (i < 6 || i >= 54) {
                assertTrue(Double.isNaN(trend[i]), "trend has no value within 6 months of either end, i=" + i);
            } else {
                // the 2x12 average of a line is the line; of a zero-sum 12-month pattern it is 0
                assertEquals(10 + 0.5 * i, trend[i], 1e-12);
                assertEquals(PATTERN[i % 12], d.seasonal()[i], 1e-12);
                assertEquals(0, d.residual()[i], 1e-12);
            }
        }
    }

    @Test
    void seasonal_by_month_is_keyed_by_calendar_month_not_by_position() {
        // starts in April: position 0 is April, so January is position 9
        var d = assertInstanceOf(SeasonalDecomposition.Decomposed.class,
                SeasonalDecomposition.of(series("s", "2000-04", trendPlusPattern(48))));
        assertEquals(PATTERN[0], d.seasonalByMonth()[3], 1e-12, "April");
        assertEquals(PATTERN[9], d.seasonalByMonth()[0], 1e-12, "January");
    }

    @Test
    void fewer_than_24_months_is_not_enough_data() {
        var r = assertInstanceOf(SeasonalDecomposition.NotEnoughData.class,
                SeasonalDecomposition.of(series("s", "2000-01", trendPlusPattern(23))));
        assertEquals(23, r.points());
        assertTrue(r.reason().contains("24"), r.reason());
        assertInstanceOf(SeasonalDecomposition.Decomposed.class,
                SeasonalDecomposition.of(series("s", "2000-01", trendPlusPattern(24))));
    }

    @Test
    void two_points_and_no_points_are_not_enough_data() {
        assertInstanceOf(SeasonalDecomposition.NotEnoughData.class, SeasonalDecomposition.of(series("s", "2000-01", 1, 2)));
        assertInstanceOf(SeasonalDecomposition.NotEnoughData.class, SeasonalDecomposition.of(series("s", "2000-01")));
    }

    @Test
    void a_series_with_a_gap_is_decomposed_over_its_longest_consecutive_run() {
        List<YearMonth> dates = new ArrayList<>();
        double[] values = trendPlusPattern(50);
        for (int i = 0; i < 50; i++) {
            dates.add(YearMonth.of(2000, 1).plusMonths(i < 10 ? i : i + 1)); // 2000-11 missing
        }
        var d = assertInstanceOf(SeasonalDecomposition.Decomposed.class,
                SeasonalDecomposition.of(new Series("s", dates, values)));
        assertEquals(40, d.dates().size());
        assertEquals(YearMonth.of(2000, 12), d.dates().getFirst());
        assertEquals(values[10], d.observed()[0]);
    }

    @Test
    void of_two_equally_long_runs_the_later_is_decomposed() {
        List<YearMonth> dates = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            dates.add(YearMonth.of(2000, 1).plusMonths(i < 24 ? i : i + 5));
        }
        var d = assertInstanceOf(SeasonalDecomposition.Decomposed.class,
                SeasonalDecomposition.of(new Series("s", dates, trendPlusPattern(48))));
        assertEquals(YearMonth.of(2002, 6), d.dates().getFirst());
        assertEquals(24, d.dates().size());
    }

    @Test
    void a_gap_that_leaves_no_24_month_run_is_not_enough_data_and_says_so() {
        List<YearMonth> dates = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            dates.add(YearMonth.of(2000, 1).plusMonths(i < 15 ? i : i + 1));
        }
        var r = assertInstanceOf(SeasonalDecomposition.NotEnoughData.class,
                SeasonalDecomposition.of(new Series("s", dates, trendPlusPattern(30))));
        assertEquals(15, r.points());
        assertTrue(r.reason().contains("consecutive"), r.reason());
    }

    @Test
    void a_constant_series_has_a_flat_trend_and_no_seasonality() {
        double[] v = new double[36];
        java.util.Arrays.fill(v, 7.0);
        var d = assertInstanceOf(SeasonalDecomposition.Decomposed.class, SeasonalDecomposition.of(series("s", "2000-01", v)));
        for (double s : d.seasonalByMonth()) {
            assertEquals(0.0, s, 1e-12);
        }
        assertEquals(7.0, d.trend()[12], 1e-12);
        assertEquals(0.0, d.residual()[12], 1e-12);
    }

    @Test
    void a_non_finite_value_is_rejected_naming_its_index() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SeasonalDecomposition.of(series("s", "2000-01", 1, Double.NaN)));
        assertTrue(e.getMessage().contains("[1]"), e.getMessage());
    }

    /**
     * Expected: statsmodels seasonal_decompose(model='additive', period=12) on each source's longest run
     * of consecutive months, from make_oracles.py. Residuals are near zero, so the absolute floor is scaled
     * by the series' largest value.
     */
    @ParameterizedTest
    @ValueSource(strings = {"calidad-total", "presupuesto-base-cero", "fusiones-y-adquisiciones"})
    void real_data_decomposes_as_statsmodels_does(String slug) {
        JsonNode o = RealData.oracle(slug);
        for (Series s : RealData.load(RealData.TOOLS.get(slug))) {
            JsonNode e = o.get("seasonal").get(s.source());
            String what = slug + " " + s.source();
            SeasonalDecomposition.Result r = SeasonalDecomposition.of(s);
            if (!e.get("defined").asBoolean()) {
                assertInstanceOf(SeasonalDecomposition.NotEnoughData.class, r, what);
                continue;
            }
            var d = assertInstanceOf(SeasonalDecomposition.Decomposed.class, r, what);
            assertEquals(e.get("first").asString(), d.dates().getFirst().toString(), what);
            assertEquals(e.get("last").asString(), d.dates().getLast().toString(), what);
            double scale = RealData.maxAbs(d.observed());
            RealData.assertClose(RealData.numbers(e.get("trend")), d.trend(), scale, what + " trend");
            RealData.assertClose(RealData.numbers(e.get("resid")), d.residual(), scale, what + " residual");
            double[] period = RealData.numbers(e.get("seasonalPeriod"));
            double[] seasonal = d.seasonal();
            for (int i = 0; i < seasonal.length; i++) {
                RealData.assertClose(period[i % 12], seasonal[i], scale, what + " seasonal[" + i + "]");
            }
            RealData.assertClose(RealData.numbers(e.get("seasonalByMonth")), d.seasonalByMonth(), scale, what + " by month");
        }
    }
}
