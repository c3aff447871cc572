package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtad.analysis.RealData.series;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class AlignedSeriesTest {

    @Test
    void outer_join_puts_NaN_where_a_source_has_no_value() {
        AlignedSeries a = AlignedSeries.of(List.of(series("a", "2020-01", 1, 2, 3), series("b", "2020-03", 30, 40)));
        assertEquals(List.of(YearMonth.of(2020, 1), YearMonth.of(2020, 2), YearMonth.of(2020, 3), YearMonth.of(2020, 4)),
                a.dates());
        assertArrayEquals(new double[] {1, 2, 3, Double.NaN}, a.column("a"));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 30, 40}, a.column("b"));
    }

    @Test
    void rows_where_every_source_is_missing_are_dropped() {
        AlignedSeries a = AlignedSeries.of(List.of(series("a", "2020-01", 1, Double.NaN, 3),
                series("b", "2020-01", Double.NaN, Double.NaN, 5)));
        assertEquals(List.of(YearMonth.of(2020, 1), YearMonth.of(2020, 3)), a.dates());
    }

    @Test
    void a_gap_inside_a_series_is_not_filled() {
        var gappy = new org.mtad.catalog.Series("a", List.of(YearMonth.of(2020, 1), YearMonth.of(2020, 3)), new double[] {1, 3});
        AlignedSeries a = AlignedSeries.of(List.of(gappy, series("b", "2020-01", 10, 20, 30)));
        assertArrayEquals(new double[] {1, Double.NaN, 3}, a.column("a"));
    }

    @Test
    void pairwise_complete_rows_keep_only_months_where_both_are_present() {
        AlignedSeries a = AlignedSeries.of(List.of(series("a", "2020-01", 1, 2, 3), series("b", "2020-02", 20, 30, 40),
                series("c", "2020-03", 300)));
        AlignedSeries.PairedRows ab = a.pairwiseComplete("a", "b");
        assertEquals(List.of(YearMonth.of(2020, 2), YearMonth.of(2020, 3)), ab.dates());
        assertArrayEquals(new double[] {2, 3}, ab.x());
        assertArrayEquals(new double[] {20, 30}, ab.y());
        AlignedSeries all = a.allComplete();
        assertEquals(List.of(YearMonth.of(2020, 3)), all.dates());
        assertArrayEquals(new double[] {300}, all.column("c"));
    }

    @Test
    void identical_sources_pair_on_every_row() {
        AlignedSeries a = AlignedSeries.of(List.of(series("a", "2020-01", 1, 2), series("b", "2020-01", 1, 2)));
        assertEquals(2, a.pairwiseComplete("a", "b").size());
    }

    @Test
    void the_same_source_twice_is_rejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AlignedSeries.of(List.of(series("a", "2020-01", 1), series("a", "2020-01", 2))));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }

    @Test
    void an_unknown_source_is_rejected_naming_it() {
        AlignedSeries a = AlignedSeries.of(List.of(series("a", "2020-01", 1)));
        var e = assertThrows(IllegalArgumentException.class, () -> a.pairwiseComplete("a", "zz"));
        assertTrue(e.getMessage().contains("y = 'zz'"), e.getMessage());
    }

    @Test
    void no_series_gives_an_empty_alignment() {
        assertEquals(0, AlignedSeries.of(List.of()).rows());
    }

    /** Expected: pandas concat(join='outer').dropna(how='all') in make_oracles.py. */
    @ParameterizedTest
    @ValueSource(strings = {"calidad-total", "presupuesto-base-cero", "fusiones-y-adquisiciones"})
    void real_data_aligns_as_pandas_does(String slug) {
        JsonNode o = RealData.oracle(slug);
        AlignedSeries a = AlignedSeries.of(RealData.load(RealData.TOOLS.get(slug)));
        assertEquals(o.get("rows").asInt(), a.rows());
        assertEquals(o.get("first").asString(), a.dates().getFirst().toString());
        assertEquals(o.get("last").asString(), a.dates().getLast().toString());
        assertEquals(o.get("completeRows").asInt(), a.allComplete().rows());
    }
}
