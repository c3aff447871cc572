package org.mtad.ui;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.mtad.analysis.Lttb;
import org.mtad.catalog.Series;
import org.mtad.ui.chart.Point;

/**
 * Turns monthly values into chart points on a datetime axis: at most a given number per series (LTTB downsampling;
 * what the chart's width can show, never more than {@link Lttb#DEFAULT_MAX_POINTS}), with a null point wherever the
 * data have a gap, so that lines are not drawn across it.
 */
final class SeriesPoints {

    private SeriesPoints() {
    }

    static long epochMillis(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static List<Point> of(Series series, YearMonth from, YearMonth to, int maxPoints) {
        List<YearMonth> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            YearMonth d = series.dates().get(i);
            if (!d.isBefore(from) && !d.isAfter(to) && Double.isFinite(series.value(i))) {
                dates.add(d);
                values.add(series.value(i));
            }
        }
        return of(dates, values.stream().mapToDouble(Double::doubleValue).toArray(), maxPoints);
    }

    /** Points for parallel dates and values; NaN values count as gaps. */
    static List<Point> of(List<YearMonth> dates, double[] values, int maxPoints) {
        int cap = Math.min(Math.max(maxPoints, 3), Lttb.DEFAULT_MAX_POINTS);
        List<YearMonth> keptDates = new ArrayList<>();
        List<Double> keptValues = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                keptDates.add(dates.get(i));
                keptValues.add(values[i]);
            }
        }
        int n = keptDates.size();
        if (n == 0) {
            return List.of();
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = epochMillis(keptDates.get(i));
            y[i] = keptValues.get(i);
        }
        int[] indices = n > cap ? Lttb.of(x, y, cap).indices() : identity(n);
        List<Point> points = new ArrayList<>(indices.length + 8);
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (k > 0) {
                int prev = indices[k - 1];
                long monthsApart = keptDates.get(prev).until(keptDates.get(i), java.time.temporal.ChronoUnit.MONTHS);
                boolean gapInData = monthsApart > i - prev;
                if (gapInData) {
                    points.add(new Point((long) x[prev] + 1, null, null));
                }
            }
            points.add(Point.of((long) x[i], y[i]));
        }
        return points;
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }
}
