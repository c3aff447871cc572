package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtad.analysis.RealData.series;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class PrincipalComponentsTest {

    @Test
    void identical_sources_put_all_variance_in_one_component_with_equal_loadings() {
        var r = PrincipalComponents.of(AlignedSeries.of(List.of(series("a", "2000-01", 1, 4, 2, 8), series("b", "2000-01", 1, 4, 2, 8))));
        assertEquals(1.0, r.explainedVarianceRatio()[0], 1e-12);
        assertEquals(0.0, r.explainedVarianceRatio()[1], 1e-12);
        assertEquals(1.0, r.cumulative()[1], 1e-12);
        assertEquals(Math.abs(r.loadings()[0][0]), Math.sqrt(0.5), 1e-12);
        assertEquals(r.loadings()[0][0], r.loadings()[0][1], 1e-12);
    }

    @Test
    void uncorrelated_standardised_sources_share_the_variance_equally() {
        // a and b are orthogonal and centred with equal spread
        var r = PrincipalComponents.of(AlignedSeries.of(List.of(series("a", "2000-01", 1, -1, 1, -1), series("b", "2000-01", 1, 1, -1, -1))));
        assertEquals(0.5, r.explainedVarianceRatio()[0], 1e-12);
        assertEquals(0.5, r.explainedVarianceRatio()[1], 1e-12);
    }

    @Test
    void only_rows_where_all_sources_are_present_are_used() {
        var r = PrincipalComponents.of(AlignedSeries.of(List.of(series("a", "2000-01", 1, 2, 3, 4), series("b", "2000-02", 5, 1, 7, 9))));
        assertEquals(3, r.n());
    }

    @Test
    void fewer_than_two_complete_rows_give_an_empty_result() {
        var r = PrincipalComponents.of(AlignedSeries.of(List.of(series("a", "2000-01", 1, 2), series("b", "2000-02", 5, 6))));
        assertEquals(1, r.n());
        assertEquals(0, r.explainedVarianceRatio().length);
    }

    @Test
    void fewer_rows_than_sources_give_as_many_components_as_rows() {
        var r = PrincipalComponents.of(AlignedSeries.of(List.of(series("a", "2000-01", 1, 2), series("b", "2000-01", 5, 3),
                series("c", "2000-01", 0, 9))));
        assertEquals(2, r.explainedVarianceRatio().length);
        assertEquals(1.0, r.explainedVarianceRatio()[0], 1e-12, "two centred rows span one direction");
        assertEquals(3, r.loadings()[0].length);
    }

    @Test
    void a_constant_source_gets_no_variance() {
        var r = PrincipalComponents.of(AlignedSeries.of(List.of(series("a", "2000-01", 3, 3, 3), series("b", "2000-01", 1, 2, 4))));
        assertEquals(1.0, r.explainedVarianceRatio()[0], 1e-12);
        assertEquals(0.0, r.loadings()[0][0], 1e-12);
    }

    /**
     * Expected: scikit-learn 1.2.1 PCA().fit(StandardScaler().fit_transform(complete rows)) from
     * make_oracles.py (its svd_flip sign convention is the one implemented). Loadings are bounded by 1.
     */
    @ParameterizedTest
    @ValueSource(strings = {"calidad-total", "presupuesto-base-cero", "fusiones-y-adquisiciones"})
    void real_data_components_match_scikit_learn(String slug) {
        JsonNode o = RealData.oracle(slug).get("pca");
        var r = PrincipalComponents.of(AlignedSeries.of(RealData.load(RealData.TOOLS.get(slug))));
        assertEquals(o.get("n").asInt(), r.n());
        RealData.assertClose(RealData.numbers(o.get("explainedVarianceRatio")), r.explainedVarianceRatio(), 1.0, slug + " ratio");
        RealData.assertClose(RealData.numbers(o.get("cumulative")), r.cumulative(), 1.0, slug + " cumulative");
        for (int j = 0; j < r.loadings().length; j++) {
            RealData.assertClose(RealData.numbers(o.get("components").get(j)), r.loadings()[j], 1.0, slug + " PC" + (j + 1));
        }
        assertTrue(r.loadings().length > 0);
    }
}
