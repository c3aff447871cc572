package org.mtad.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mtad.analysis.Periodogram;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Annotations;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Line;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

/**
 * 5. Fourier periodogram of the state's source: magnitude by period on a logarithmic period axis (plotted as log10 of
 * the period, ticks shown in months), the 95th-percentile threshold, significant components labelled, 3/6/12-month marks.
 */
final class PeriodogramChart {

    private static final int[] MARKS = {3, 6, 12};
    // Not one of the source colours, so peaks stand out whichever source is shown.
    private static final String HIGHLIGHT = "#e7298a";

    private PeriodogramChart() {
    }

    /** Empty when the source is too short for a periodogram. */
    static Optional<ChartOptions> options(ChartInput in) {
        String source = in.state().pick(in.state().fourier(), 0);
        Periodogram.Result result = in.analysis().periodogram().get(source);
        if (result == null || result.periods().length == 0) {
            return Optional.empty();
        }
        Translations t = in.text();
        double[] periods = result.periods();
        double[] magnitudes = result.magnitudes();
        boolean[] significant = result.significant();
        List<Point> all = new ArrayList<>();
        List<Point> peaks = new ArrayList<>();
        String unit = t.get("fourier.monthsShort");
        for (int i = 0; i < periods.length; i++) {
            double logPeriod = Math.log10(periods[i]);
            all.add(Point.labelled(logPeriod, magnitudes[i], format(periods[i]) + " " + unit));
            if (significant[i]) {
                peaks.add(Point.labelled(logPeriod, magnitudes[i], format(periods[i]) + " " + unit));
            }
        }
        List<Line> marks = new ArrayList<>();
        for (int months : MARKS) {
            marks.add(Line.vertical(Math.log10(months), months + " " + unit, "#888888"));
        }
        Line threshold = Line.horizontal(result.threshold(), t.get("fourier.threshold"), HIGHLIGHT);
        return Optional.of(ChartOptions.of("line").id("periodogram").locale(in.legend().chartLocale())
                .series(List.of(new ChartSeries(t.get("fourier.magnitude"), "line", all),
                        new ChartSeries(t.get("fourier.significant"), "scatter", peaks)))
                .colors(List.of(in.legend().color(source), HIGHLIGHT))
                .xaxis(new Axis("numeric", new ChartOptions.Title(t.get("fourier.period")), null, null, null,
                        null, 8, null, null, null))
                .yaxis(Axis.titled(t.get("fourier.magnitude")))
                .annotations(new Annotations(marks, List.of(threshold)))
                .stroke(new Stroke(List.of(1.5, 0.0), "straight", null)).markers(List.of(0.0, 6.0)).legend(true)
                .format(new ChartOptions.Format(1, null, 1, null, true, true, List.of(1)))
                .build()
                .describedAs(in.legend().caption("periodogram", in.text().get("fourier.title") + " (" + in.legend().label(source) + ")")));
    }

    private static String format(double period) {
        return String.format(Locale.ROOT, "%.1f", period);
    }
}
