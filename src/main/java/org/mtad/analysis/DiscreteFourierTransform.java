package org.mtad.analysis;

import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/**
 * Forward DFT of real data for any length, X[k] = Σ x[t]·e^(−2πikt/n), in O(n log n).
 *
 * <p>Hipparchus' radix-2 FFT only takes powers of two; other lengths go through Bluestein's chirp-z
 * identity kt = (k² + t² − (k−t)²)/2, which turns the DFT into a circular convolution of length
 * m ≥ 2n−1 (a power of two) done with three radix-2 FFTs.
 */
final class DiscreteFourierTransform {

    private DiscreteFourierTransform() {
    }

    /** Returns {re, im}, each of length n. */
    static double[][] forward(double[] x) {
        int n = x.length;
        if (n == 0) {
            return new double[][] {new double[0], new double[0]};
        }
        if (Integer.bitCount(n) == 1) {
            double[][] data = {x.clone(), new double[n]};
            FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.FORWARD);
            return data;
        }
        // chirp w[t] = e^(−πi t²/n); t² is reduced mod 2n first so the angle stays exact for large t
        double[] wr = new double[n];
        double[] wi = new double[n];
        long twoN = 2L * n;
        for (int t = 0; t < n; t++) {
            long r = ((long) t * t) % twoN;
            double angle = Math.PI * r / n;
            wr[t] = Math.cos(angle);
            wi[t] = -Math.sin(angle);
        }
        int m = Integer.highestOneBit(2 * n - 1);
        if (m < 2 * n - 1) {
            m <<= 1;
        }
        double[][] a = new double[2][m];
        double[][] b = new double[2][m];
        for (int t = 0; t < n; t++) {
            a[0][t] = x[t] * wr[t];
            a[1][t] = x[t] * wi[t];
        }
        // b = conj(w), placed circularly at +t and −t
        b[0][0] = wr[0];
        b[1][0] = -wi[0];
        for (int t = 1; t < n; t++) {
            b[0][t] = wr[t];
            b[1][t] = -wi[t];
            b[0][m - t] = wr[t];
            b[1][m - t] = -wi[t];
        }
        FastFourierTransformer.transformInPlace(a, DftNormalization.STANDARD, TransformType.FORWARD);
        FastFourierTransformer.transformInPlace(b, DftNormalization.STANDARD, TransformType.FORWARD);
        for (int k = 0; k < m; k++) {
            double re = a[0][k] * b[0][k] - a[1][k] * b[1][k];
            double im = a[0][k] * b[1][k] + a[1][k] * b[0][k];
            a[0][k] = re;
            a[1][k] = im;
        }
        FastFourierTransformer.transformInPlace(a, DftNormalization.STANDARD, TransformType.INVERSE);
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            out[0][k] = a[0][k] * wr[k] - a[1][k] * wi[k];
            out[1][k] = a[0][k] * wi[k] + a[1][k] * wr[k];
        }
        return out;
    }
}
