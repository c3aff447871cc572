package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mtad.analysis.RealData.series;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mtad.catalog.AnnualAggregation;
import tools.jackson.databind.JsonNode;

class TrajectoryTest {

    private final AlignedSeries aligned = AlignedSeries.of(List.of(
            series("a", "2020-11", 1, 2, 3, 4, 5),
            series("b", "2020-12", 10, 20, 30, 40, 50)));

    @Test
    void monthly_pairs_are_the_months_where_both_are_present() {
        Trajectory.Result t = Trajectory.of(aligned, "a", AnnualAggregation.MEAN, "b", AnnualAggregation.SUM);
        assertEquals(List.of(YearMonth.of(2020, 12), YearMonth.of(2021, 1), YearMonth.of(2021, 2), YearMonth.of(2021, 3)),
                t.dates());
        assertArrayEquals(new double[] {2, 3, 4, 5}, t.monthlyX());
        assertArrayEquals(new double[] {10, 20, 30, 40}, t.monthlyY());
    }

    @Test
    void annual_pairs_use_each_sources_aggregation_over_the_shared_months() {
        Trajectory.Result t = Trajectory.of(aligned, "a", AnnualAggregation.MEAN, "b", AnnualAggregation.SUM);
        assertArrayEquals(new int[] {2020, 2021}, t.years());
        // 2020: only December is shared (a=2, b=10); 2021: Jan..Mar, a mean of 3,4,5 and b sum of 20,30,40
        assertArrayEquals(new double[] {2, 4}, t.annualX());
        assertArrayEquals(new double[] {10, 90}, t.annualY());
    }

    @Test
    void sources_without_shared_months_give_empty_pairs() {
        AlignedSeries apart = AlignedSeries.of(List.of(series("a", "2000-01", 1), series("b", "2001-01", 2)));
        Trajectory.Result t = Trajectory.of(apart, "a", AnnualAggregation.MEAN, "b", AnnualAggregation.MEAN);
        assertEquals(0, t.dates().size());
        assertEquals(0, t.years().length);
    }

    @Test
    void an_unknown_source_is_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Trajectory.of(aligned, "a", AnnualAggregation.MEAN, "nope", AnnualAggregation.MEAN));
    }

    /** Expected: pandas df[[a, b]].dropna().groupby(year).agg(mean|sum) in make_oracles.py. */
    @ParameterizedTest
    @ValueSource(strings = {"calidad-total", "presupuesto-base-cero", "fusiones-y-adquisiciones"})
    void real_data_annual_pairs_match_pandas(String slug) {
        JsonNode o = RealData.oracle(slug);
        AlignedSeries a = AlignedSeries.of(RealData.load(RealData.TOOLS.get(slug)));
        for (JsonNode e : o.get("trajectory")) {
            String x = e.get("x").asString();
            String y = e.get("y").asString();
            Trajectory.Result t = Trajectory.of(a, x, aggregation(x), y, aggregation(y));
            assertEquals(e.get("monthlyCount").asInt(), t.dates().size());
            assertEquals(e.get("monthlyFirst").asString(), t.dates().getFirst().toString());
            assertEquals(e.get("monthlyLast").asString(), t.dates().getLast().toString());
            int[] years = new int[e.get("years").size()];
            for (int i = 0; i < years.length; i++) {
                years[i] = e.get("years").get(i).asInt();
            }
            assertArrayEquals(years, t.years());
            RealData.assertClose(RealData.numbers(e.get("annualX")), t.annualX(), 0, slug + " " + x);
            RealData.assertClose(RealData.numbers(e.get("annualY")), t.annualY(), 0, slug + " " + y);
        }
    }

    private static AnnualAggregation aggregation(String source) {
        return source.equals("crossref") || source.equals("google_books") ? AnnualAggregation.SUM : AnnualAggregation.MEAN;
    }
}
