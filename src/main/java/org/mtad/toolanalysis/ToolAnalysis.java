package org.mtad.toolanalysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mtad.analysis.AlignedSeries;
import org.mtad.analysis.CorrelationMatrix;
import org.mtad.analysis.DescriptiveStatistics;
import org.mtad.analysis.Periodogram;
import org.mtad.analysis.PolynomialFit;
import org.mtad.analysis.PrincipalComponents;
import org.mtad.analysis.SeasonalDecomposition;
import org.mtad.analysis.Trajectory;
import org.mtad.analysis.WindowMeans;
import org.mtad.catalog.Series;

/**
 * Every analysis of one {@link Selection}, as the dashboard and the API show it. Maps are keyed by source key in
 * the order of the selection. The two-source parts are empty with fewer than two sources.
 *
 * @param version the data version the figures were computed from
 */
public record ToolAnalysis(String version, Selection selection, Map<String, Series> series, AlignedSeries aligned,
                           Map<String, DescriptiveStatistics.Result> statistics, List<WindowMeans.WindowMean> means,
                           Map<String, SeasonalDecomposition.Result> seasonal, Map<String, Periodogram.Result> periodogram,
                           Optional<CorrelationMatrix.Result> correlation, Optional<Regression> regression,
                           Optional<PrincipalComponents.Result> pca, Optional<Trajectory.Result> trajectory,
                           Timings timings) {

    /**
     * Polynomial fits of degree 1 to 4 of y on x over the rows where both have a value. When x and y are the same
     * source there are no fits: a variable cannot be regressed on itself.
     */
    public record Regression(String x, String y, int n, List<PolynomialFit.Result> fits) {
        public Regression {
            fits = List.copyOf(fits);
        }

        public boolean sameVariable() {
            return x.equals(y);
        }
    }

    /**
     * How long this result took to make, measured when it was computed.
     *
     * @param queryNanos    reading the series from the catalog
     * @param analysisNanos by analysis name, in the order they ran
     */
    public record Timings(long queryNanos, Map<String, Long> analysisNanos, long totalNanos) {
        public Timings {
            analysisNanos = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analysisNanos));
        }
    }
}
