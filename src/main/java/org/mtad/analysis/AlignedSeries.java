package org.mtad.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mtad.catalog.Series;

/**
 * Selected sources outer-joined on date: one row per month that at least one source covers, NaN where a
 * source has no value. Rows where every source is missing are dropped (with an outer join of stored rows
 * they only arise from NaN values in the input).
 *
 * @param sources source keys, in the order given
 * @param dates the rows' months, strictly increasing
 * @param columns one column per source, parallel to {@code dates}
 */
public record AlignedSeries(List<String> sources, List<YearMonth> dates, double[][] columns) {

    public AlignedSeries {
        sources = List.copyOf(Checks.notNull(sources, "sources"));
        dates = List.copyOf(Checks.notNull(dates, "dates"));
        Checks.notNull(columns, "columns");
        if (columns.length != sources.size()) {
            throw new IllegalArgumentException("columns (" + columns.length + ") must match sources (" + sources.size() + ")");
        }
        double[][] copy = new double[columns.length][];
        for (int s = 0; s < columns.length; s++) {
            if (columns[s].length != dates.size()) {
                throw new IllegalArgumentException("columns[" + s + "] has " + columns[s].length + " values for "
                        + dates.size() + " dates");
            }
            copy[s] = columns[s].clone();
        }
        columns = copy;
    }

    /** Outer join of the given series on date. */
    public static AlignedSeries of(List<Series> series) {
        Checks.notNull(series, "series");
        List<String> names = new ArrayList<>();
        for (Series s : series) {
            Checks.notNull(s, "series element");
            if (names.contains(s.source())) {
                throw new IllegalArgumentException("series: source '" + s.source() + "' appears twice");
            }
            names.add(s.source());
        }
        // months as ints (year·12 + month − 1): sorting and merging them avoids a YearMonth per comparison
        int total = 0;
        int[][] keys = new int[series.size()][];
        for (int c = 0; c < series.size(); c++) {
            keys[c] = monthKeys(series.get(c).dates());
            total += keys[c].length;
        }
        int[] union = new int[total];
        int at = 0;
        for (int[] k : keys) {
            System.arraycopy(k, 0, union, at, k.length);
            at += k.length;
        }
        Arrays.sort(union);
        int rows = 0;
        for (int i = 0; i < total; i++) {
            if (i == 0 || union[i] != union[i - 1]) {
                union[rows++] = union[i];
            }
        }
        List<YearMonth> all = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            all.add(YearMonth.of(Math.floorDiv(union[r], 12), Math.floorMod(union[r], 12) + 1));
        }
        double[][] cols = new double[series.size()][rows];
        for (int c = 0; c < series.size(); c++) {
            Arrays.fill(cols[c], Double.NaN);
            Series s = series.get(c);
            int row = 0;
            for (int i = 0; i < keys[c].length; i++) {
                while (union[row] != keys[c][i]) {
                    row++;
                }
                cols[c][row] = s.value(i);
            }
        }
        return dropAllMissing(names, all, cols);
    }

    private static int[] monthKeys(List<YearMonth> dates) {
        int[] k = new int[dates.size()];
        for (int i = 0; i < k.length; i++) {
            YearMonth d = dates.get(i);
            k[i] = d.getYear() * 12 + d.getMonthValue() - 1;
        }
        return k;
    }

    private static AlignedSeries dropAllMissing(List<String> names, List<YearMonth> dates, double[][] cols) {
        int[] keep = new int[dates.size()];
        int kept = 0;
        for (int r = 0; r < dates.size(); r++) {
            for (double[] col : cols) {
                if (!Double.isNaN(col[r])) {
                    keep[kept++] = r;
                    break;
                }
            }
        }
        List<YearMonth> keptDates = new ArrayList<>(kept);
        double[][] keptCols = new double[cols.length][kept];
        for (int k = 0; k < kept; k++) {
            keptDates.add(dates.get(keep[k]));
            for (int c = 0; c < cols.length; c++) {
                keptCols[c][k] = cols[c][keep[k]];
            }
        }
        return new AlignedSeries(names, keptDates, keptCols);
    }

    public int rows() {
        return dates.size();
    }

    @Override
    public double[][] columns() {
        double[][] copy = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            copy[c] = columns[c].clone();
        }
        return copy;
    }

    /** One source's column (NaN where missing). */
    public double[] column(String source) {
        return columns[Checks.indexOf(sources, source, "source")].clone();
    }

    double[] columnView(int index) {
        return columns[index];
    }

    /** Rows where both sources have a value, in date order. */
    public PairedRows pairwiseComplete(String x, String y) {
        return pairwise(Checks.indexOf(sources, x, "x"), Checks.indexOf(sources, y, "y"));
    }

    PairedRows pairwise(int xi, int yi) {
        double[] xs = columns[xi];
        double[] ys = columns[yi];
        List<YearMonth> d = new ArrayList<>();
        double[] px = new double[xs.length];
        double[] py = new double[xs.length];
        int n = 0;
        for (int r = 0; r < xs.length; r++) {
            if (!Double.isNaN(xs[r]) && !Double.isNaN(ys[r])) {
                d.add(dates.get(r));
                px[n] = xs[r];
                py[n] = ys[r];
                n++;
            }
        }
        return new PairedRows(d, Arrays.copyOf(px, n), Arrays.copyOf(py, n));
    }

    /** Rows where every source has a value; columns in the order of {@link #sources()}. */
    public AlignedSeries allComplete() {
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < dates.size(); r++) {
            boolean complete = true;
            for (double[] col : columns) {
                complete &= !Double.isNaN(col[r]);
            }
            if (complete) {
                keep.add(r);
            }
        }
        List<YearMonth> d = new ArrayList<>(keep.size());
        double[][] cols = new double[columns.length][keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            d.add(dates.get(keep.get(k)));
            for (int c = 0; c < columns.length; c++) {
                cols[c][k] = columns[c][keep.get(k)];
            }
        }
        return new AlignedSeries(sources, d, cols);
    }

    /** Two sources' values on the rows where both are present. */
    public record PairedRows(List<YearMonth> dates, double[] x, double[] y) {

        public PairedRows {
            dates = List.copyOf(dates);
            x = x.clone();
            y = y.clone();
            if (x.length != dates.size() || y.length != dates.size()) {
                throw new IllegalArgumentException("x (" + x.length + "), y (" + y.length + ") and dates ("
                        + dates.size() + ") must have the same length");
            }
        }

        public int size() {
            return x.length;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof AlignedSeries a && sources.equals(a.sources) && dates.equals(a.dates)
                && Arrays.deepEquals(columns, a.columns);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * sources.hashCode() + dates.hashCode()) + Arrays.deepHashCode(columns);
    }

    @Override
    public String toString() {
        return "AlignedSeries" + sources + "[" + dates.size() + " rows]";
    }
}
