/**
 * The dashboard's analyses, as plain functions of the catalog's {@link org.mtad.catalog.Series}: one class
 * per method, named after it, each returning an immutable result record. No I/O, no Spring, no Vaadin;
 * only {@code java.*} and Hipparchus.
 *
 * <p>Definitions follow the reference implementations the original dashboard used (pandas, statsmodels,
 * numpy, scikit-learn); each class says which, and the tests compare with values those libraries computed
 * from the real data ({@code src/test/python/make_oracles.py}). Preconditions are checked first and
 * rejected with an {@link java.lang.IllegalArgumentException} naming the parameter and its value;
 * degenerate but legal inputs (zero variance, too few points) give NaN or an explicit "not enough data"
 * result instead of an exception.
 *
 * <p>Why Hipparchus rather than Apache Commons Math: Hipparchus is the maintained fork of Commons Math
 * (started 2016, Apache License 2.0, regular releases in the 4.x line), while Commons Math's last stable
 * release is 3.6.1 (2016) and its 4.0 line has only been published as a beta (4.0-beta1, 2022). We use its
 * radix-2 FFT (under our Bluestein transform for other lengths), QR and singular value decompositions,
 * Pearson correlation, and percentiles with selectable estimation type.
 */
package org.mtad.analysis;
