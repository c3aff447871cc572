package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtad.analysis.RealData.series;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class CorrelationMatrixTest {

    @Test
    void identical_sources_correlate_perfectly() {
        var r = CorrelationMatrix.of(AlignedSeries.of(List.of(series("a", "2000-01", 1, 5, 2, 8), series("b", "2000-01", 1, 5, 2, 8))));
        assertEquals(1.0, r.get("a", "b"), 1e-15);
        assertEquals(1.0, r.get("a", "a"));
    }

    @Test
    void a_reversed_line_correlates_minus_one() {
        var r = CorrelationMatrix.of(AlignedSeries.of(List.of(series("a", "2000-01", 1, 2, 3), series("b", "2000-01", 9, 6, 3))));
        assertEquals(-1.0, r.get("a", "b"), 1e-15);
    }

    @Test
    void a_constant_source_has_undefined_correlation() {
        var r = CorrelationMatrix.of(AlignedSeries.of(List.of(series("a", "2000-01", 4, 4, 4), series("b", "2000-01", 1, 2, 3))));
        assertTrue(Double.isNaN(r.get("a", "b")));
        assertTrue(Double.isNaN(r.get("a", "a")));
        assertEquals(1.0, r.get("b", "b"));
    }

    @Test
    void pairs_use_only_shared_rows_and_fewer_than_two_give_NaN() {
        var r = CorrelationMatrix.of(AlignedSeries.of(List.of(series("a", "2000-01", 1, 2, 3, 4),
                series("b", "2000-03", 30, 40, 50), series("c", "2000-04", 7))));
        assertEquals(1.0, r.get("a", "b"), 1e-15, "two shared points always lie on a line");
        assertTrue(Double.isNaN(r.get("a", "c")), "one shared point");
    }

    /** Expected: pandas DataFrame.corr() (Pearson, pairwise complete) from make_oracles.py. */
    @ParameterizedTest
    @ValueSource(strings = {"calidad-total", "presupuesto-base-cero", "fusiones-y-adquisiciones"})
    void real_data_correlations_match_pandas(String slug) {
        JsonNode o = RealData.oracle(slug);
        var r = CorrelationMatrix.of(AlignedSeries.of(RealData.load(RealData.TOOLS.get(slug))));
        double[][] m = r.matrix();
        for (int i = 0; i < m.length; i++) {
            // r is bounded by 1, so 1e-9 of 1 is the floor for near-zero coefficients
            RealData.assertClose(RealData.numbers(o.get("correlation").get(i)), m[i], 1.0, slug + " row " + i);
        }
    }
}
