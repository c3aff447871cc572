package org.mtad.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Each source's mean over the whole aligned range and over the last 20, 15, 10 and 5 years.
 *
 * <p>A window of N years keeps the rows dated on or after {@code last.minusYears(N)}, where {@code last}
 * is the last date of the aligned data; the boundary month is included, so "5y" ending 2023-12 starts
 * 2018-12 and spans 61 months. This is pandas' {@code df[df.index >= last - DateOffset(years=N)]}, the
 * filter the original dashboard used. Means skip missing values; a source with no value in a window
 * has mean NaN.
 */
public final class WindowMeans {

    /** The windows, in display order, with their length in years (0 = all). */
    public enum Window {
        ALL("all", 0), Y20("20y", 20), Y15("15y", 15), Y10("10y", 10), Y5("5y", 5);

        private final String label;
        private final int years;

        Window(String label, int years) {
            this.label = label;
            this.years = years;
        }

        public String label() {
            return label;
        }

        public int years() {
            return years;
        }
    }

    private WindowMeans() {
    }

    /** Means for every {@link Window}; an empty alignment gives an empty list. */
    public static List<WindowMean> of(AlignedSeries aligned) {
        Checks.notNull(aligned, "aligned");
        List<WindowMean> out = new ArrayList<>();
        if (aligned.rows() == 0) {
            return out;
        }
        List<YearMonth> dates = aligned.dates();
        YearMonth first = dates.getFirst();
        YearMonth last = dates.getLast();
        for (Window w : Window.values()) {
            YearMonth from = w.years == 0 ? first : last.minusYears(w.years);
            int start = 0;
            while (dates.get(start).isBefore(from)) {
                start++;
            }
            double[] means = new double[aligned.sources().size()];
            for (int s = 0; s < means.length; s++) {
                means[s] = nanMean(aligned.columnView(s), start);
            }
            out.add(new WindowMean(w, dates.get(start), last, aligned.sources(), means));
        }
        return List.copyOf(out);
    }

    private static double nanMean(double[] col, int start) {
        double sum = 0;
        int n = 0;
        for (int r = start; r < col.length; r++) {
            if (!Double.isNaN(col[r])) {
                sum += col[r];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * @param from the first aligned date inside the window
     * @param to the last aligned date
     * @param means one per source, in the order of {@code sources}
     */
    public record WindowMean(Window window, YearMonth from, YearMonth to, List<String> sources, double[] means) {

        public WindowMean {
            Checks.notNull(window, "window");
            sources = List.copyOf(sources);
            means = means.clone();
            if (means.length != sources.size()) {
                throw new IllegalArgumentException("means (" + means.length + ") must match sources (" + sources.size() + ")");
            }
        }

        @Override
        public double[] means() {
            return means.clone();
        }

        public double mean(String source) {
            return means[Checks.indexOf(sources, source, "source")];
        }
    }
}
