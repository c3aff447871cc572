package org.mtad.analysis;

import java.time.YearMonth;
import org.hipparchus.stat.StatUtils;
import org.mtad.catalog.Series;

/**
 * Summary of one source's stored values: count, first and last month, mean, sample standard deviation
 * (divisor n − 1, as pandas' {@code describe()}), minimum and maximum. An empty series has n = 0, null
 * dates and NaN statistics; a single value has SD NaN.
 */
public final class DescriptiveStatistics {

    private DescriptiveStatistics() {
    }

    public static Result of(Series series) {
        Checks.notNull(series, "series");
        double[] v = series.values();
        Checks.finite(v, "series.values");
        if (v.length == 0) {
            return new Result(series.source(), 0, null, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = v.length < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(v));
        return new Result(series.source(), v.length, series.dates().getFirst(), series.dates().getLast(),
                StatUtils.mean(v), sd, StatUtils.min(v), StatUtils.max(v));
    }

    public record Result(String source, int n, YearMonth first, YearMonth last, double mean, double sd,
            double min, double max) {
    }
}
