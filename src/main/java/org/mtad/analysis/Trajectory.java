package org.mtad.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.mtad.catalog.AnnualAggregation;

/**
 * Two sources against each other over time: monthly pairs on the rows where both are present, and
 * annual pairs where each source's months of that year are combined as its dataset says (mean or sum).
 *
 * <p>The annual values use the same pairwise-complete months as the monthly pairs, so both numbers of a
 * year describe the same months (a sum over a year the other source only half covers would otherwise not
 * be comparable).
 */
public final class Trajectory {

    private Trajectory() {
    }

    public static Result of(AlignedSeries aligned, String x, AnnualAggregation xAnnual, String y,
            AnnualAggregation yAnnual) {
        Checks.notNull(aligned, "aligned");
        Checks.notNull(xAnnual, "xAnnual");
        Checks.notNull(yAnnual, "yAnnual");
        AlignedSeries.PairedRows rows = aligned.pairwiseComplete(x, y);
        double[] xs = rows.x();
        double[] ys = rows.y();
        List<YearMonth> dates = rows.dates();
        List<Integer> years = new ArrayList<>();
        List<double[]> annual = new ArrayList<>();
        int i = 0;
        while (i < dates.size()) {
            int year = dates.get(i).getYear();
            double sx = 0;
            double sy = 0;
            int n = 0;
            for (; i < dates.size() && dates.get(i).getYear() == year; i++) {
                sx += xs[i];
                sy += ys[i];
                n++;
            }
            years.add(year);
            annual.add(new double[] {combine(sx, n, xAnnual), combine(sy, n, yAnnual)});
        }
        int[] yearArray = years.stream().mapToInt(Integer::intValue).toArray();
        double[] ax = annual.stream().mapToDouble(p -> p[0]).toArray();
        double[] ay = annual.stream().mapToDouble(p -> p[1]).toArray();
        return new Result(x, y, dates, xs, ys, yearArray, ax, ay);
    }

    private static double combine(double sum, int n, AnnualAggregation how) {
        return how == AnnualAggregation.SUM ? sum : sum / n;
    }

    /**
     * @param dates months where both are present; {@code monthlyX}, {@code monthlyY} parallel to it
     * @param years calendar years with at least one such month; {@code annualX}, {@code annualY} parallel
     */
    public record Result(String x, String y, List<YearMonth> dates, double[] monthlyX, double[] monthlyY,
            int[] years, double[] annualX, double[] annualY) {

        public Result {
            dates = List.copyOf(dates);
            monthlyX = monthlyX.clone();
            monthlyY = monthlyY.clone();
            years = years.clone();
            annualX = annualX.clone();
            annualY = annualY.clone();
        }

        @Override
        public double[] monthlyX() {
            return monthlyX.clone();
        }

        @Override
        public double[] monthlyY() {
            return monthlyY.clone();
        }

        @Override
        public int[] years() {
            return years.clone();
        }

        @Override
        public double[] annualX() {
            return annualX.clone();
        }

        @Override
        public double[] annualY() {
            return annualY.clone();
        }
    }
}
