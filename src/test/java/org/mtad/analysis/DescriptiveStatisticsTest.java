package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtad.analysis.RealData.series;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtad.catalog.Series;
import tools.jackson.databind.JsonNode;

class DescriptiveStatisticsTest {

    @Test
    void summary_uses_the_sample_standard_deviation() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, sample variance 32/7
        var r = DescriptiveStatistics.of(series("s", "2001-03", 2, 4, 4, 4, 5, 5, 7, 9));
        assertEquals(8, r.n());
        assertEquals(YearMonth.of(2001, 3), r.first());
        assertEquals(YearMonth.of(2001, 10), r.last());
        assertEquals(5.0, r.mean(), 1e-15);
        assertEquals(Math.sqrt(32.0 / 7), r.sd(), 1e-15);
        assertEquals(2.0, r.min());
        assertEquals(9.0, r.max());
    }

    @Test
    void a_constant_series_has_zero_spread() {
        var r = DescriptiveStatistics.of(series("s", "2001-01", 3, 3, 3));
        assertEquals(0.0, r.sd());
        assertEquals(3.0, r.mean());
    }

    @Test
    void one_value_has_no_standard_deviation_and_none_has_no_dates() {
        assertTrue(Double.isNaN(DescriptiveStatistics.of(series("s", "2001-01", 3)).sd()));
        var empty = DescriptiveStatistics.of(series("s", "2001-01"));
        assertEquals(0, empty.n());
        assertNull(empty.first());
        assertTrue(Double.isNaN(empty.mean()));
    }

    /** Expected: pandas Series.describe() from make_oracles.py. */
    @ParameterizedTest
    @ValueSource(strings = {"calidad-total", "presupuesto-base-cero", "fusiones-y-adquisiciones"})
    void real_data_matches_pandas_describe(String slug) {
        JsonNode o = RealData.oracle(slug).get("describe");
        for (Series s : RealData.load(RealData.TOOLS.get(slug))) {
            JsonNode e = o.get(s.source());
            var r = DescriptiveStatistics.of(s);
            String what = slug + " " + s.source();
            assertEquals(e.get("n").asInt(), r.n(), what);
            assertEquals(e.get("first").asString(), r.first().toString(), what);
            assertEquals(e.get("last").asString(), r.last().toString(), what);
            RealData.assertClose(RealData.number(e.get("mean")), r.mean(), 0, what + " mean");
            RealData.assertClose(RealData.number(e.get("sd")), r.sd(), 0, what + " sd");
            assertEquals(RealData.number(e.get("min")), r.min(), what + " min");
            assertEquals(RealData.number(e.get("max")), r.max(), what + " max");
        }
    }
}
