package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mtad.catalog.Series;
import tools.jackson.databind.JsonNode;

class PeriodogramTest {

    /** The definition itself, O(n²): the oracle for the fast transform. */
    private static double[] naiveMagnitudes(double[] x) {
        int n = x.length;
        double[] out = new double[Math.max(0, n / 2 - 1)];
        for (int k = 1; k <= out.length; k++) {
            double re = 0;
            double im = 0;
            for (int t = 0; t < n; t++) {
                double angle = -2 * Math.PI * (((long) k * t) % n) / n;
                re += x[t] * Math.cos(angle);
                im += x[t] * Math.sin(angle);
            }
            out[k - 1] = Math.hypot(re, im);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 12, 64, 97, 240, 241, 876, 887, 1000, 1024})
    void fast_transform_matches_the_naive_DFT_for_any_length(int n) {
        double[] x = new Random(n).doubles(n, 0, 100).toArray();
        double[] expected = naiveMagnitudes(x);
        double[] actual = Periodogram.of(x).magnitudes();
        // both carry rounding of order n·eps·Σ|x|; 1e-9 of the largest magnitude is far above that
        RealData.assertClose(expected, actual, RealData.maxAbs(expected), "n=" + n);
    }

    @Test
    void periodogram_of_a_pure_sine_peaks_at_its_period() {
        double[] x = new double[240];
        for (int t = 0; t < x.length; t++) {
            x[t] = 50 + 10 * Math.sin(2 * Math.PI * t / 12);
        }
        Periodogram.Result r = Periodogram.of(x);
        int peak = 0;
        for (int i = 1; i < r.magnitudes().length; i++) {
            if (r.magnitudes()[i] > r.magnitudes()[peak]) {
                peak = i;
            }
        }
        assertEquals(12.0, r.periods()[peak]);
        assertEquals(10 * 240 / 2.0, r.magnitudes()[peak], 1e-9, "amplitude·n/2");
        assertTrue(r.significant()[peak]);
    }

    @Test
    void a_long_prime_length_keeps_a_sine_in_its_own_bin() {
        // n prime, so the chirp transform runs on a long input (t² reaches 10¹⁰, beyond int)
        int n = 100_003;
        int k = 7;
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            x[t] = Math.cos(2 * Math.PI * ((long) k * t % n) / n);
        }
        double[] m = Periodogram.of(x).magnitudes();
        assertEquals(n / 2.0, m[k - 1], 1e-9 * n, "amplitude·n/2 at bin k");
        for (int i = 0; i < m.length; i++) {
            if (i != k - 1) {
                assertTrue(m[i] < 1e-9 * n, "bin " + (i + 1) + " = " + m[i]);
            }
        }
    }

    @Test
    void periods_are_n_over_k_without_DC_or_Nyquist() {
        Periodogram.Result r = Periodogram.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertArrayEquals(new double[] {10, 5, 10 / 3.0, 2.5}, r.periods());
    }

    @Test
    void threshold_interpolates_linearly_between_order_statistics() {
        // 21 magnitudes: numpy percentile 95 (linear) sits at rank 0.95·20 = 19 exactly
        double[] x = new Random(3).doubles(44, 0, 1).toArray();
        Periodogram.Result r = Periodogram.of(x);
        double[] sorted = r.magnitudes().clone();
        java.util.Arrays.sort(sorted);
        assertEquals(21, sorted.length);
        assertEquals(sorted[19], r.threshold(), 1e-12);
        int significant = 0;
        for (boolean b : r.significant()) {
            significant += b ? 1 : 0;
        }
        assertEquals(2, significant);
    }

    @Test
    void fewer_than_four_values_leave_no_frequency() {
        Periodogram.Result r = Periodogram.of(new double[] {1, 2, 3});
        assertEquals(0, r.magnitudes().length);
        assertTrue(Double.isNaN(r.threshold()));
        assertEquals(0, Periodogram.of(new double[] {1, 2}).periods().length);
    }

    @Test
    void a_constant_series_has_no_energy_off_DC() {
        double[] x = new double[100];
        java.util.Arrays.fill(x, 42);
        for (double m : Periodogram.of(x).magnitudes()) {
            assertEquals(0, m, 1e-9);
        }
    }

    @Test
    void a_non_finite_value_is_rejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Periodogram.of(new double[] {1, 2, Double.POSITIVE_INFINITY, 4}));
        assertTrue(e.getMessage().contains("values[2]"), e.getMessage());
    }

    /**
     * Expected: numpy abs(fft(x))[1:n//2] and percentile(.., 95) from make_oracles.py. Small magnitudes are
     * compared with an absolute floor of 1e-9 times the largest magnitude.
     */
    @ParameterizedTest
    @ValueSource(strings = {"calidad-total", "presupuesto-base-cero", "fusiones-y-adquisiciones"})
    void real_data_periodogram_matches_numpy(String slug) {
        JsonNode o = RealData.oracle(slug);
        for (Series s : RealData.load(RealData.TOOLS.get(slug))) {
            JsonNode e = o.get("periodogram").get(s.source());
            String what = slug + " " + s.source();
            Periodogram.Result r = Periodogram.of(s.values());
            assertEquals(e.get("n").asInt(), r.n(), what);
            double[] expected = RealData.numbers(e.get("magnitudes"));
            double scale = RealData.maxAbs(expected);
            RealData.assertClose(expected, r.magnitudes(), scale, what + " magnitudes");
            RealData.assertClose(RealData.number(e.get("threshold")), r.threshold(), scale, what + " threshold");
            double[] significantIndices = RealData.numbers(e.get("significant"));
            int count = 0;
            for (int i = 0; i < r.significant().length; i++) {
                if (r.significant()[i]) {
                    assertEquals(significantIndices[count++], i, what + " significant");
                }
            }
            assertEquals(significantIndices.length, count, what + " significant count");
        }
    }
}
