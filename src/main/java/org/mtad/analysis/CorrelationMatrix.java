package org.mtad.analysis;

import java.util.List;
import org.hipparchus.stat.correlation.PearsonsCorrelation;

/**
 * Pearson's r between every pair of sources on their pairwise-complete rows (pandas'
 * {@code DataFrame.corr()}). A pair with fewer than 2 common rows, or where either side is constant on
 * them, has r = NaN, as in pandas; the diagonal is 1 for a source that varies and NaN otherwise.
 */
public final class CorrelationMatrix {

    private CorrelationMatrix() {
    }

    public static Result of(AlignedSeries aligned) {
        Checks.notNull(aligned, "aligned");
        int k = aligned.sources().size();
        double[][] r = new double[k][k];
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                AlignedSeries.PairedRows rows = aligned.pairwise(i, j);
                double[] x = rows.x();
                double[] y = rows.y();
                double value;
                if (x.length < 2 || constant(x) || constant(y)) {
                    value = Double.NaN;
                } else if (i == j) {
                    value = 1.0;
                } else {
                    value = pearson.correlation(x, y);
                }
                r[i][j] = value;
                r[j][i] = value;
            }
        }
        return new Result(aligned.sources(), r);
    }

    private static boolean constant(double[] v) {
        for (double d : v) {
            if (d != v[0]) {
                return false;
            }
        }
        return true;
    }

    /** @param matrix r[i][j] for sources i, j; symmetric */
    public record Result(List<String> sources, double[][] matrix) {

        public Result {
            sources = List.copyOf(sources);
            double[][] copy = new double[matrix.length][];
            for (int i = 0; i < matrix.length; i++) {
                copy[i] = matrix[i].clone();
            }
            matrix = copy;
        }

        @Override
        public double[][] matrix() {
            double[][] copy = new double[matrix.length][];
            for (int i = 0; i < matrix.length; i++) {
                copy[i] = matrix[i].clone();
            }
            return copy;
        }

        public double get(String a, String b) {
            return matrix[Checks.indexOf(sources, a, "a")][Checks.indexOf(sources, b, "b")];
        }
    }
}
