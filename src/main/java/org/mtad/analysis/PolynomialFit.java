package org.mtad.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Ordinary least-squares polynomial y ≈ c0 + c1·x + … + cd·x^d, as {@code numpy.polyfit(x, y, d)} (which
 * returns the same coefficients highest first). Like numpy, the Vandermonde columns are scaled to unit
 * norm before solving, and the solve is a QR least-squares (Householder), never the normal equations,
 * whose condition number would be squared.
 *
 * <p>R² = 1 − SS_res / SS_tot on the fitted rows. Degenerate cases give NaN coefficients and R² rather
 * than an exception: fewer than d + 1 distinct x values (the polynomial is not determined); and R² is NaN
 * when y is constant (SS_tot = 0).
 */
public final class PolynomialFit {

    public static final int MAX_DEGREE = 4;

    private PolynomialFit() {
    }

    public static Result of(double[] x, double[] y, int degree) {
        Checks.finite(x, "x");
        Checks.finite(y, "y");
        Checks.sameLength(x, "x", y, "y");
        if (degree < 1 || degree > MAX_DEGREE) {
            throw new IllegalArgumentException("degree must be between 1 and " + MAX_DEGREE + " but was " + degree);
        }
        int n = x.length;
        double[] nan = new double[degree + 1];
        Arrays.fill(nan, Double.NaN);
        if (distinct(x) < degree + 1) {
            return new Result(degree, n, nan, Double.NaN);
        }
        double[][] vander = new double[n][degree + 1];
        double[] scale = new double[degree + 1];
        for (int r = 0; r < n; r++) {
            double power = 1;
            for (int c = 0; c <= degree; c++) {
                vander[r][c] = power;
                scale[c] += power * power;
                power *= x[r];
            }
        }
        for (int c = 0; c <= degree; c++) {
            scale[c] = Math.sqrt(scale[c]);
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c <= degree; c++) {
                vander[r][c] /= scale[c];
            }
        }
        RealMatrix a = MatrixUtils.createRealMatrix(vander);
        RealVector solution = new QRDecomposition(a, 0.0).getSolver().solve(new ArrayRealVector(y, false));
        double[] c = new double[degree + 1];
        for (int i = 0; i <= degree; i++) {
            c[i] = solution.getEntry(i) / scale[i];
        }
        return new Result(degree, n, c, rSquared(x, y, c));
    }

    private static int distinct(double[] x) {
        return (int) Arrays.stream(x).distinct().limit(MAX_DEGREE + 1).count();
    }

    static double evaluate(double[] c, double x) {
        double v = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            v = v * x + c[i];
        }
        return v;
    }

    private static double rSquared(double[] x, double[] y, double[] c) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - evaluate(c, x[i]);
            ssRes += e * e;
            ssTot += (y[i] - mean) * (y[i] - mean);
        }
        return ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot;
    }

    /**
     * A readable equation, highest power first, four significant digits, locale-independent:
     * {@code y = 0.0012x³ − 0.31x² + 2.5x + 10.2}. Magnitudes below 0.001 or from 10⁶ use powers of ten
     * ({@code 1.234×10⁻⁷x⁴}); zero terms are left out; a true minus sign (U+2212) is used.
     */
    public static String equation(double[] coefficients) {
        Checks.notNull(coefficients, "coefficients");
        StringBuilder sb = new StringBuilder("y =");
        boolean first = true;
        for (int p = coefficients.length - 1; p >= 0; p--) {
            double c = coefficients[p];
            if (Double.isNaN(c)) {
                return "y undefined";
            }
            if (c == 0) {
                continue;
            }
            if (first) {
                sb.append(c < 0 ? " \u2212" : " ");
            } else {
                sb.append(c < 0 ? " \u2212 " : " + ");
            }
            sb.append(number(Math.abs(c))).append(power(p));
            first = false;
        }
        if (first) {
            sb.append(" 0");
        }
        return sb.toString();
    }

    private static String power(int p) {
        return switch (p) {
            case 0 -> "";
            case 1 -> "x";
            case 2 -> "x\u00b2";
            case 3 -> "x\u00b3";
            default -> "x\u2074";
        };
    }

    static String number(double abs) {
        if (abs >= 1e-3 && abs < 1e6) {
            return new BigDecimal(abs).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        String[] parts = String.format(Locale.ROOT, "%.3e", abs).split("e");
        String mantissa = new BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
        return mantissa + "\u00d710" + superscript(Integer.parseInt(parts[1]));
    }

    private static String superscript(int exponent) {
        String digits = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder sb = new StringBuilder(exponent < 0 ? "\u207b" : "");
        for (char ch : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(digits.charAt(ch - '0'));
        }
        return sb.toString();
    }

    /**
     * @param n rows fitted
     * @param coefficients c0..cd, lowest power first
     * @param r2 coefficient of determination on the fitted rows
     */
    public record Result(int degree, int n, double[] coefficients, double r2) {

        public Result {
            coefficients = coefficients.clone();
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        public String equation() {
            return PolynomialFit.equation(coefficients);
        }
    }
}
