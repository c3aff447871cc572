package org.mtad.api;

import java.util.ArrayList;
import java.util.List;

/** JSON has no NaN: undefined values (trend ends, missing months, degenerate statistics) become null. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    static Double of(double value) {
        return Double.isFinite(value) ? value : null;
    }

    static List<Double> of(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(of(v));
        }
        return out;
    }

    static List<List<Double>> of(double[][] values) {
        List<List<Double>> out = new ArrayList<>(values.length);
        for (double[] row : values) {
            out.add(of(row));
        }
        return out;
    }
}
