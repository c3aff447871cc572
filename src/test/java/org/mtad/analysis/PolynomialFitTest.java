package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class PolynomialFitTest {

    @Test
    void an_exact_cubic_is_recovered_with_r2_one() {
        double[] x = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 3.3;
            y[i] = 10.2 + 2.5 * x[i] - 0.31 * x[i] * x[i] + 0.0012 * x[i] * x[i] * x[i];
        }
        PolynomialFit.Result fit = PolynomialFit.of(x, y, 3);
        assertArrayEquals(new double[] {10.2, 2.5, -0.31, 0.0012}, fit.coefficients(), 1e-9);
        assertEquals(1.0, fit.r2(), 1e-12);
        assertEquals("y = 0.0012x\u00b3 \u2212 0.31x\u00b2 + 2.5x + 10.2", fit.equation());
    }

    @Test
    void a_line_through_noise_has_the_textbook_slope() {
        // x = 1..5, y = 2, 4, 5, 4, 5: slope = Sxy/Sxx = 6/10, intercept = 4 − 0.6·3, R² = 3.6/6
        PolynomialFit.Result fit = PolynomialFit.of(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}, 1);
        assertArrayEquals(new double[] {2.2, 0.6}, fit.coefficients(), 1e-12);
        assertEquals(0.6, fit.r2(), 1e-12);
    }

    @Test
    void a_constant_y_is_fitted_but_its_r2_is_undefined() {
        PolynomialFit.Result fit = PolynomialFit.of(new double[] {1, 2, 3}, new double[] {5, 5, 5}, 1);
        assertArrayEquals(new double[] {5, 0}, fit.coefficients(), 1e-12);
        assertTrue(Double.isNaN(fit.r2()));
    }

    @Test
    void too_few_distinct_x_values_leave_the_polynomial_undetermined() {
        PolynomialFit.Result fit = PolynomialFit.of(new double[] {1, 1, 2, 2}, new double[] {1, 2, 3, 4}, 2);
        assertTrue(Double.isNaN(fit.coefficients()[0]));
        assertTrue(Double.isNaN(fit.r2()));
        assertEquals("y undefined", fit.equation());
        assertTrue(Double.isNaN(PolynomialFit.of(new double[] {3, 3}, new double[] {1, 2}, 1).r2()), "constant x");
    }

    @Test
    void two_points_determine_a_line() {
        PolynomialFit.Result fit = PolynomialFit.of(new double[] {0, 2}, new double[] {1, 5}, 1);
        assertArrayEquals(new double[] {1, 2}, fit.coefficients(), 1e-12);
        assertEquals(1.0, fit.r2(), 1e-12);
    }

    @Test
    void degree_outside_one_to_four_is_rejected_naming_it() {
        var e = assertThrows(IllegalArgumentException.class, () -> PolynomialFit.of(new double[] {1}, new double[] {1}, 5));
        assertTrue(e.getMessage().contains("degree") && e.getMessage().contains("5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PolynomialFit.of(new double[] {1}, new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> PolynomialFit.of(new double[] {1, 2}, new double[] {1}, 1));
    }

    @Test
    void equation_uses_powers_of_ten_for_tiny_coefficients_whatever_the_locale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("y = 1.235\u00d710\u207b\u2077x\u2074 \u2212 3", PolynomialFit.equation(new double[] {-3, 0, 0, 0, 1.23456e-7}));
            assertEquals("y = \u22122.5x", PolynomialFit.equation(new double[] {0, -2.5}));
            assertEquals("y = 0", PolynomialFit.equation(new double[] {0, 0}));
        } finally {
            Locale.setDefault(previous);
        }
    }

    /**
     * Expected: numpy.polyfit / polyval on the pairwise-complete rows, for every ordered pair of sources,
     * from make_oracles.py. Coefficients of higher powers are small numbers multiplied by x up to 100, so
     * each coefficient's absolute floor is 1e-9 of the size its term can reach divided by 100^power.
     */
    @ParameterizedTest
    @ValueSource(strings = {"calidad-total", "presupuesto-base-cero", "fusiones-y-adquisiciones"})
    void real_data_fits_match_numpy_polyfit(String slug) {
        JsonNode o = RealData.oracle(slug);
        AlignedSeries a = AlignedSeries.of(RealData.load(RealData.TOOLS.get(slug)));
        for (JsonNode pair : o.get("regression")) {
            AlignedSeries.PairedRows rows = a.pairwiseComplete(pair.get("x").asString(), pair.get("y").asString());
            assertEquals(pair.get("n").asInt(), rows.size());
            for (JsonNode e : pair.get("fits")) {
                int degree = e.get("degree").asInt();
                String what = slug + " " + pair.get("x").asString() + "→" + pair.get("y").asString() + " degree " + degree;
                PolynomialFit.Result fit = PolynomialFit.of(rows.x(), rows.y(), degree);
                double[] expected = RealData.numbers(e.get("coefficients"));
                double xMax = RealData.maxAbs(rows.x());
                double yMax = RealData.maxAbs(rows.y());
                for (int p = 0; p <= degree; p++) {
                    RealData.assertClose(expected[p], fit.coefficients()[p], yMax / Math.pow(xMax, p), what + " c" + p);
                }
                RealData.assertClose(RealData.number(e.get("r2")), fit.r2(), 1.0, what + " R²");
            }
        }
    }
}
