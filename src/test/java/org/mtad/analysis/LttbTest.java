package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LttbTest {

    private static double[] index(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    @Test
    void input_no_longer_than_max_points_is_returned_unchanged() {
        double[] x = {1, 2, 3};
        double[] y = {5, 1, 4};
        Lttb.Result r = Lttb.of(x, y, 3);
        assertArrayEquals(x, r.x());
        assertArrayEquals(y, r.y());
        assertArrayEquals(new int[] {0, 1, 2}, r.indices());
    }

    @Test
    void long_input_is_cut_to_max_points_keeping_first_and_last() {
        int n = 100_000;
        double[] y = new Random(1).doubles(n).toArray();
        Lttb.Result r = Lttb.of(index(n), y, Lttb.DEFAULT_MAX_POINTS);
        assertEquals(Lttb.DEFAULT_MAX_POINTS, r.size());
        assertEquals(0, r.indices()[0]);
        assertEquals(n - 1, r.indices()[r.size() - 1]);
        for (int i = 1; i < r.size(); i++) {
            assertTrue(r.indices()[i] > r.indices()[i - 1], "indices increase");
            assertEquals(y[r.indices()[i]], r.y()[i]);
        }
    }

    @Test
    void a_lone_spike_survives_downsampling() {
        int n = 10_000;
        double[] y = new double[n];
        y[4321] = 100;
        Lttb.Result r = Lttb.of(index(n), y, 50);
        assertTrue(java.util.Arrays.stream(r.indices()).anyMatch(i -> i == 4321));
    }

    @Test
    void a_straight_line_keeps_its_ends_exactly() {
        Lttb.Result r = Lttb.of(index(1000), index(1000), 10);
        assertEquals(0.0, r.y()[0]);
        assertEquals(999.0, r.y()[9]);
    }

    @Test
    void bad_values_anywhere_in_a_long_input_are_rejected_naming_them() {
        for (int at : new int[] {0, 2, 500, 999}) {
            double[] y = index(1000);
            y[at] = Double.NaN;
            var e = assertThrows(IllegalArgumentException.class, () -> Lttb.of(index(1000), y, 10));
            assertTrue(e.getMessage().contains("y[" + at + "]"), e.getMessage());
        }
        double[] x = index(1000);
        x[700] = 0;
        var e = assertThrows(IllegalArgumentException.class, () -> Lttb.of(x, index(1000), 10));
        assertTrue(e.getMessage().contains("x[700]"), e.getMessage());
    }

    @Test
    void max_points_below_three_is_rejected_naming_it() {
        var e = assertThrows(IllegalArgumentException.class, () -> Lttb.of(index(5), index(5), 2));
        assertTrue(e.getMessage().contains("maxPoints") && e.getMessage().contains("2"), e.getMessage());
    }

    @Test
    void bad_arrays_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> Lttb.of(index(5), index(4), 3));
        var decreasing = assertThrows(IllegalArgumentException.class, () -> Lttb.of(new double[] {2, 1}, new double[] {0, 0}, 3));
        assertTrue(decreasing.getMessage().contains("non-decreasing"), decreasing.getMessage());
        var nan = assertThrows(IllegalArgumentException.class, () -> Lttb.of(new double[] {1, 2}, new double[] {0, Double.NaN}, 3));
        assertTrue(nan.getMessage().contains("y[1]"), nan.getMessage());
        var infinite = assertThrows(IllegalArgumentException.class,
                () -> Lttb.of(new double[] {1, 2, Double.POSITIVE_INFINITY}, new double[3], 3));
        assertTrue(infinite.getMessage().contains("x[2]"), infinite.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lttb.of(null, new double[0], 3));
    }
}
