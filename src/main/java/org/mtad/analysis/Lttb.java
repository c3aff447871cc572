package org.mtad.analysis;

import java.util.Arrays;

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013) for charts: keeps the first and last
 * points and, from each of {@code maxPoints − 2} equal buckets in between, the point forming the largest
 * triangle with the point kept from the previous bucket and the mean of the next bucket. O(n) time, and
 * no allocation beyond the output.
 *
 * <p>x must be non-decreasing and both arrays finite (callers pass the present points of one series).
 * Input with at most {@code maxPoints} points is returned unchanged.
 */
public final class Lttb {

    public static final int DEFAULT_MAX_POINTS = 2000;
    public static final int MIN_MAX_POINTS = 3;

    private Lttb() {
    }

    public static Result of(double[] x, double[] y, int maxPoints) {
        Checks.notNull(x, "x");
        Checks.notNull(y, "y");
        Checks.sameLength(x, "x", y, "y");
        if (maxPoints < MIN_MAX_POINTS) {
            throw new IllegalArgumentException("maxPoints must be at least " + MIN_MAX_POINTS + " but was " + maxPoints);
        }
        int n = x.length;
        if (n <= maxPoints) {
            if (!valid(x, y, 0, n)) {
                throw invalid(x, y);
            }
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return new Result(all, x, y);
        }
        int[] kept = new int[maxPoints];
        double every = (double) (n - 2) / (maxPoints - 2);
        // The input is validated as it is first read, so 10M points cross memory once, not twice: the
        // first bucket here, every later point in the loop that averages it. Nothing is returned before
        // the check completes.
        if (!valid(x, y, 0, (int) every + 1)) {
            throw invalid(x, y);
        }
        double zero = 0;
        boolean increasing = true;
        int a = 0;
        for (int b = 0; b < maxPoints - 2; b++) {
            int nextStart = (int) ((b + 1) * every) + 1;
            int nextEnd = Math.min((int) ((b + 2) * every) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int j = nextStart; j < nextEnd; j++) {
                avgX += x[j];
                avgY += y[j];
                zero += x[j] * 0 + y[j] * 0;
                increasing &= x[j] >= x[j - 1];
            }
            int count = nextEnd - nextStart;
            avgX /= count;
            avgY /= count;
            int start = (int) (b * every) + 1;
            int end = nextStart;
            double ax = x[a];
            double ay = y[a];
            double best = -1;
            int chosen = start;
            for (int j = start; j < end; j++) {
                double area = Math.abs((ax - avgX) * (y[j] - ay) - (ax - x[j]) * (avgY - ay));
                if (area > best) {
                    best = area;
                    chosen = j;
                }
            }
            kept[b + 1] = chosen;
            a = chosen;
        }
        if (!(zero == 0 && increasing)) {
            throw invalid(x, y);
        }
        kept[maxPoints - 1] = n - 1;
        double[] ox = new double[maxPoints];
        double[] oy = new double[maxPoints];
        for (int i = 0; i < maxPoints; i++) {
            ox[i] = x[kept[i]];
            oy[i] = y[kept[i]];
        }
        return new Result(kept, ox, oy);
    }

    /**
     * Branch-free (a third of the cost of checking point by point): 0·v is NaN exactly when v is NaN or
     * infinite, and the running AND catches any decrease.
     */
    private static boolean valid(double[] x, double[] y, int from, int to) {
        double zero = 0;
        boolean increasing = true;
        for (int i = from; i < to; i++) {
            zero += x[i] * 0 + y[i] * 0;
            increasing &= i == 0 || x[i] >= x[i - 1];
        }
        return zero == 0 && increasing;
    }

    private static IllegalArgumentException invalid(double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                return new IllegalArgumentException("x[" + i + "] and y[" + i + "] must be finite but were "
                        + x[i] + ", " + y[i]);
            }
            if (i > 0 && x[i] < x[i - 1]) {
                return new IllegalArgumentException("x must be non-decreasing but x[" + i + "] = " + x[i]
                        + " < x[" + (i - 1) + "] = " + x[i - 1]);
            }
        }
        return new IllegalArgumentException("x and y must be finite and x non-decreasing");
    }

    /** @param indices positions in the input of the kept points, increasing */
    public record Result(int[] indices, double[] x, double[] y) {

        public Result {
            indices = indices.clone();
            x = x.clone();
            y = y.clone();
        }

        public int size() {
            return indices.length;
        }

        @Override
        public int[] indices() {
            return indices.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }
    }
}
