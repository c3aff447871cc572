package org.mtad.analysis;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.mtad.catalog.Series;

/**
 * Classical additive decomposition with period 12, as statsmodels'
 * {@code seasonal_decompose(x, model='additive', period=12)} defines it (two-sided filter, no trend
 * extrapolation):
 * <ul>
 *   <li>trend: centred 2x12 moving average, weights (1/24, 1/12 x 11, 1/24); NaN for the first and last 6
 *       months;</li>
 *   <li>seasonal: for each position i mod 12 the mean of the detrended values (NaN skipped), minus the
 *       mean of those 12 averages, repeated over the series;</li>
 *   <li>residual: observed − trend − seasonal (NaN where the trend is).</li>
 * </ul>
 * The positions start at the series' first month, so {@code seasonalByMonth} re-keys the 12 values by
 * calendar month (index 0 = January).
 *
 * <p>The method needs consecutive months. A series with gaps is decomposed over its longest run of
 * consecutive months (the latest such run on a tie); {@link Decomposed#dates()} says which months were
 * used. Fewer than 24 consecutive months (two full cycles, statsmodels' own minimum) give
 * {@link NotEnoughData} rather than an exception.
 */
public final class SeasonalDecomposition {

    public static final int PERIOD = 12;
    public static final int MINIMUM_POINTS = 2 * PERIOD;

    private SeasonalDecomposition() {
    }

    public static Result of(Series series) {
        Checks.notNull(series, "series");
        Checks.finite(series.values(), "series.values");
        List<YearMonth> dates = series.dates();
        int bestStart = 0;
        int bestLength = 0;
        int start = 0;
        for (int i = 1; i <= dates.size(); i++) {
            boolean runEnds = i == dates.size() || !dates.get(i).equals(dates.get(i - 1).plusMonths(1));
            if (runEnds) {
                if (i - start >= bestLength) {
                    bestStart = start;
                    bestLength = i - start;
                }
                start = i;
            }
        }
        if (bestLength < MINIMUM_POINTS) {
            String why = series.size() == bestLength
                    ? series.size() + " months; at least " + MINIMUM_POINTS + " consecutive months are needed"
                    : "the longest run of consecutive months has " + bestLength + " of " + series.size()
                            + " months; at least " + MINIMUM_POINTS + " are needed";
            return new NotEnoughData(series.source(), bestLength, why);
        }
        double[] x = Arrays.copyOfRange(series.values(), bestStart, bestStart + bestLength);
        return decompose(series.source(), dates.subList(bestStart, bestStart + bestLength), x);
    }

    private static Decomposed decompose(String source, List<YearMonth> dates, double[] x) {
        int n = x.length;
        int half = PERIOD / 2;
        double[] trend = new double[n];
        Arrays.fill(trend, Double.NaN);
        for (int i = half; i < n - half; i++) {
            double sum = 0.5 * x[i - half] + 0.5 * x[i + half];
            for (int j = i - half + 1; j < i + half; j++) {
                sum += x[j];
            }
            trend[i] = sum / PERIOD;
        }
        double[] averages = new double[PERIOD];
        for (int p = 0; p < PERIOD; p++) {
            double sum = 0;
            int count = 0;
            for (int i = p; i < n; i += PERIOD) {
                if (!Double.isNaN(trend[i])) {
                    sum += x[i] - trend[i];
                    count++;
                }
            }
            averages[p] = sum / count;
        }
        double centre = 0;
        for (double a : averages) {
            centre += a;
        }
        centre /= PERIOD;
        for (int p = 0; p < PERIOD; p++) {
            averages[p] -= centre;
        }
        double[] seasonal = new double[n];
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            seasonal[i] = averages[i % PERIOD];
            residual[i] = x[i] - trend[i] - seasonal[i];
        }
        double[] byMonth = new double[PERIOD];
        for (int p = 0; p < PERIOD; p++) {
            byMonth[dates.get(p).getMonthValue() - 1] = averages[p];
        }
        return new Decomposed(source, dates, x, trend, seasonal, residual, byMonth);
    }

    /** Either a decomposition or the reason there is none. */
    public sealed interface Result permits Decomposed, NotEnoughData {
        String source();
    }

    /**
     * @param dates the consecutive months decomposed; the arrays are parallel to it
     * @param seasonalByMonth the seasonal component for January..December
     */
    public record Decomposed(String source, List<YearMonth> dates, double[] observed, double[] trend,
            double[] seasonal, double[] residual, double[] seasonalByMonth) implements Result {

        public Decomposed {
            dates = List.copyOf(dates);
            observed = observed.clone();
            trend = trend.clone();
            seasonal = seasonal.clone();
            residual = residual.clone();
            seasonalByMonth = seasonalByMonth.clone();
        }

        @Override
        public double[] observed() {
            return observed.clone();
        }

        @Override
        public double[] trend() {
            return trend.clone();
        }

        @Override
        public double[] seasonal() {
            return seasonal.clone();
        }

        @Override
        public double[] residual() {
            return residual.clone();
        }

        @Override
        public double[] seasonalByMonth() {
            return seasonalByMonth.clone();
        }
    }

    /**
     * @param points the consecutive months available
     * @param reason a sentence for the user
     */
    public record NotEnoughData(String source, int points, String reason) implements Result {
    }
}
