package org.mtad.analysis;

import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Magnitude spectrum of a monthly series: |X[k]| of the raw values (no detrending, no window, no
 * scaling) for k = 1 .. floor(n/2) − 1 (DC and Nyquist dropped, as the original dashboard did), the
 * period n/k in months of each, and a significance threshold at the 95th percentile of those magnitudes
 * with linear interpolation between order statistics — numpy's default, which is Hyndman and Fan's
 * definition 7 ({@link EstimationType#R_7}). A component is significant when its magnitude is at or
 * above the threshold.
 *
 * <p>The values are taken as consecutive samples; callers pass one source's stored values in date
 * order. Fewer than 4 values leave no frequency: the result is empty with a NaN threshold.
 */
public final class Periodogram {

    public static final double PERCENTILE = 95.0;

    private Periodogram() {
    }

    public static Result of(double[] values) {
        Checks.finite(values, "values");
        int n = values.length;
        int count = Math.max(0, n / 2 - 1);
        double[] periods = new double[count];
        double[] magnitudes = new double[count];
        boolean[] significant = new boolean[count];
        if (count == 0) {
            return new Result(n, periods, magnitudes, Double.NaN, significant);
        }
        double[][] spectrum = DiscreteFourierTransform.forward(values);
        for (int k = 1; k <= count; k++) {
            periods[k - 1] = (double) n / k;
            magnitudes[k - 1] = Math.hypot(spectrum[0][k], spectrum[1][k]);
        }
        double threshold = new Percentile(PERCENTILE).withEstimationType(EstimationType.R_7).evaluate(magnitudes);
        for (int i = 0; i < count; i++) {
            significant[i] = magnitudes[i] >= threshold;
        }
        return new Result(n, periods, magnitudes, threshold, significant);
    }

    /**
     * @param n the number of values transformed
     * @param periods n/k months, for k = 1 .. floor(n/2) − 1 (so decreasing)
     * @param magnitudes |X[k]|, parallel to {@code periods}
     * @param threshold the 95th percentile of {@code magnitudes}; NaN when there are none
     * @param significant magnitude ≥ threshold
     */
    public record Result(int n, double[] periods, double[] magnitudes, double threshold, boolean[] significant) {

        public Result {
            periods = periods.clone();
            magnitudes = magnitudes.clone();
            significant = significant.clone();
        }

        @Override
        public double[] periods() {
            return periods.clone();
        }

        @Override
        public double[] magnitudes() {
            return magnitudes.clone();
        }

        @Override
        public boolean[] significant() {
            return significant.clone();
        }
    }
}
