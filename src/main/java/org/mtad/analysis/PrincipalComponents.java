package org.mtad.analysis;

import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Principal components of the sources on the rows where all are present, as scikit-learn's
 * {@code PCA().fit(StandardScaler().fit_transform(X))} computes them: each column standardised with its
 * mean and population standard deviation (a constant column is only centred, as StandardScaler does),
 * then the SVD of the centred matrix. Explained variance ratio of component j is s_j² / Σ s².
 *
 * <p>Signs follow scikit-learn's {@code svd_flip} with {@code u_based_decision=True}, used by PCA up to
 * scikit-learn 1.4 (the oracle here is 1.2.1): the largest-magnitude entry of each column of U, that is
 * each component's scores over the rows, is made positive. scikit-learn 1.5+ instead makes each
 * component's largest loading positive, so loadings from newer versions may differ in sign.
 *
 * <p>Fewer than 2 complete rows give an empty result.
 */
public final class PrincipalComponents {

    private PrincipalComponents() {
    }

    public static Result of(AlignedSeries aligned) {
        Checks.notNull(aligned, "aligned");
        AlignedSeries complete = aligned.allComplete();
        int n = complete.rows();
        int k = complete.sources().size();
        if (n < 2 || k == 0) {
            return new Result(complete.sources(), n, new double[0], new double[0], new double[0][]);
        }
        double[][] x = new double[n][k];
        for (int c = 0; c < k; c++) {
            double[] col = complete.columnView(c);
            double mean = mean(col);
            double ss = 0;
            for (double v : col) {
                ss += (v - mean) * (v - mean);
            }
            double sd = Math.sqrt(ss / n);
            double scale = sd == 0 ? 1 : sd;
            for (int r = 0; r < n; r++) {
                x[r][c] = (col[r] - mean) / scale;
            }
        }
        // PCA centres again; the standardised means are ~1e-17, kept for exactness
        for (int c = 0; c < k; c++) {
            double m = 0;
            for (int r = 0; r < n; r++) {
                m += x[r][c];
            }
            m /= n;
            for (int r = 0; r < n; r++) {
                x[r][c] -= m;
            }
        }
        RealMatrix matrix = MatrixUtils.createRealMatrix(x);
        SingularValueDecomposition svd = new SingularValueDecomposition(matrix);
        double[] s = svd.getSingularValues();
        RealMatrix v = svd.getV();
        RealMatrix u = svd.getU();
        int p = s.length;
        double total = 0;
        for (double sj : s) {
            total += sj * sj;
        }
        double[] ratio = new double[p];
        double[] cumulative = new double[p];
        double[][] loadings = new double[p][k];
        double running = 0;
        for (int j = 0; j < p; j++) {
            ratio[j] = s[j] * s[j] / total;
            running += ratio[j];
            cumulative[j] = running;
            double sign = Math.signum(largestMagnitude(u.getColumn(j)));
            if (sign == 0) {
                sign = 1;
            }
            for (int c = 0; c < k; c++) {
                loadings[j][c] = sign * v.getEntry(c, j);
            }
        }
        return new Result(complete.sources(), n, ratio, cumulative, loadings);
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double d : v) {
            sum += d;
        }
        return sum / v.length;
    }

    private static double largestMagnitude(double[] v) {
        double best = 0;
        for (double d : v) {
            if (Math.abs(d) > Math.abs(best)) {
                best = d;
            }
        }
        return best;
    }

    /**
     * @param n complete rows used
     * @param explainedVarianceRatio per component, decreasing; NaN when every source is constant
     * @param cumulative running sum of {@code explainedVarianceRatio}
     * @param loadings {@code loadings[j][c]}: weight of source c in component j (scikit-learn's
     *     {@code components_})
     */
    public record Result(List<String> sources, int n, double[] explainedVarianceRatio, double[] cumulative,
            double[][] loadings) {

        public Result {
            sources = List.copyOf(sources);
            explainedVarianceRatio = explainedVarianceRatio.clone();
            cumulative = cumulative.clone();
            double[][] copy = new double[loadings.length][];
            for (int i = 0; i < loadings.length; i++) {
                copy[i] = loadings[i].clone();
            }
            loadings = copy;
        }

        @Override
        public double[] explainedVarianceRatio() {
            return explainedVarianceRatio.clone();
        }

        @Override
        public double[] cumulative() {
            return cumulative.clone();
        }

        @Override
        public double[][] loadings() {
            double[][] copy = new double[loadings.length][];
            for (int i = 0; i < loadings.length; i++) {
                copy[i] = loadings[i].clone();
            }
            return copy;
        }
    }
}
