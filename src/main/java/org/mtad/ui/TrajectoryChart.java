package org.mtad.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mtad.analysis.Trajectory;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

/**
 * 3. Two sources against each other, point by point in time order (a connected scatter); each point's tooltip names
 * its month or year, and the annual view labels every point with its year.
 */
final class TrajectoryChart {

    private static final int PERIODS = 5;
    // Sequential palette (after viridis), early = light to late = dark, readable on light and dark backgrounds.
    private static final String[] TIME_COLORS = {"#f4c542", "#7ccf5b", "#21a38b", "#3b6fb6", "#6a3d9a"};

    private TrajectoryChart() {
    }

    /** Empty without a trajectory (one source, the same source twice) or without months both sources have. */
    static Optional<ChartOptions> options(ChartInput in) {
        if (in.trajectory().isEmpty()) {
            return Optional.empty();
        }
        Trajectory.Result result = in.trajectory().get();
        boolean annual = in.state().annual();
        List<Point> points = points(result, annual);
        if (points.isEmpty()) {
            return Optional.empty();
        }
        SourceLegend legend = in.legend();
        String xLabel = legend.label(result.x()) + (annual ? annualNote(result.x(), in) : "");
        String yLabel = legend.label(result.y()) + (annual ? annualNote(result.y(), in) : "");
        List<ChartSeries> periods = byPeriod(points);
        return Optional.of(ChartOptions.of("line").id("trajectory").locale(legend.chartLocale())
                .series(periods)
                .colors(List.of(TIME_COLORS).subList(TIME_COLORS.length - periods.size(), TIME_COLORS.length))
                .xaxis(new Axis("numeric", new ChartOptions.Title(xLabel), null, null, null, null, 6, null, null, null))
                .yaxis(Axis.titled(yLabel))
                .stroke(new Stroke(List.of(1.5), "straight", null)).markers(annual ? 5 : 3).legend(true)
                .format(new ChartOptions.Format(2, 1, null, null, true, annual, null))
                .build()
                .describedAs(in.legend().caption("trajectory", in.text().get("trajectory.title"))));
    }

    static List<Point> points(Trajectory.Result result, boolean annual) {
        List<Point> points = new ArrayList<>();
        if (annual) {
            int[] years = result.years();
            double[] ax = result.annualX();
            double[] ay = result.annualY();
            for (int i = 0; i < years.length; i++) {
                points.add(Point.labelled(ax[i], ay[i], String.valueOf(years[i])));
            }
        } else {
            List<YearMonth> dates = result.dates();
            double[] mx = result.monthlyX();
            double[] my = result.monthlyY();
            for (int i = 0; i < dates.size(); i++) {
                points.add(Point.labelled(mx[i], my[i], dates.get(i).toString()));
            }
        }
        return points;
    }

    /**
     * Colours by time: the path cut into up to {@value #PERIODS} consecutive stretches, each a series named by its
     * first and last label, light to dark. Neighbouring stretches share their boundary point so the path stays joined.
     */
    private static List<ChartSeries> byPeriod(List<Point> points) {
        int stretches = Math.min(PERIODS, Math.max(1, points.size() / 2));
        List<ChartSeries> out = new ArrayList<>();
        for (int k = 0; k < stretches; k++) {
            int from = k * (points.size() - 1) / stretches;
            int to = (k + 1) * (points.size() - 1) / stretches;
            List<Point> part = points.subList(from, Math.max(from, to) + 1);
            out.add(ChartSeries.of(part.getFirst().label() + " – " + part.getLast().label(), part));
        }
        return out;
    }

    private static String annualNote(String source, ChartInput in) {
        return in.legend().sources().stream().filter(s -> s.key().equals(source)).findFirst()
                .map(s -> " (" + in.text().get("trajectory.annual." + s.annual().name().toLowerCase(Locale.ROOT)) + ")")
                .orElse("");
    }
}
