package org.mtad.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mtad.analysis.Periodogram;
import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Annotations;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Line;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * 5. Fourier periodogram of one source: magnitude by period on a logarithmic period axis (plotted as log10 of the
 * period, ticks shown in months), the 95th-percentile threshold, significant components labelled, 3/6/12-month marks.
 */
class PeriodogramSection extends Composite<SectionFrame> {

    private static final int[] MARKS = {3, 6, 12};
    // Not one of the source colours, so peaks stand out whichever source is shown.
    private static final String HIGHLIGHT = "#e7298a";
    private final SourcePicker picker;
    private final ApexChart chart = new ApexChart();

    PeriodogramSection(SerializableConsumer<String> onSource) {
        picker = new SourcePicker("fourier-source", onSource);
        chart.setId("chart-periodogram");
        getContent().setControls(picker);
        getContent().setBody(chart);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("fourier");
    }

    void show(String source, Periodogram.Result result, List<String> selected, SourceLegend legend) {
        getContent().setTexts(getTranslation("fourier.title"), getTranslation("fourier.explain"));
        picker.show(getTranslation("section.source"), selected, source, legend);
        if (result == null || result.periods().length == 0) {
            getContent().showHint(getTranslation("fourier.notEnough", legend.label(source)));
            return;
        }
        getContent().showHint(null);
        double[] periods = result.periods();
        double[] magnitudes = result.magnitudes();
        boolean[] significant = result.significant();
        List<Point> all = new ArrayList<>();
        List<Point> peaks = new ArrayList<>();
        String unit = getTranslation("fourier.monthsShort");
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
        Line threshold = Line.horizontal(result.threshold(), getTranslation("fourier.threshold"), HIGHLIGHT);
        chart.setOptions(ChartOptions.of("line").id("periodogram").locale(legend.chartLocale())
                .series(List.of(new ChartSeries(getTranslation("fourier.magnitude"), "line", all),
                        new ChartSeries(getTranslation("fourier.significant"), "scatter", peaks)))
                .colors(List.of(legend.color(source), HIGHLIGHT))
                .xaxis(new Axis("numeric", new ChartOptions.Title(getTranslation("fourier.period")), null, null, null,
                        null, 8, null, null, null))
                .yaxis(Axis.titled(getTranslation("fourier.magnitude")))
                .annotations(new Annotations(marks, List.of(threshold)))
                .stroke(new Stroke(List.of(1.5, 0.0), "straight", null)).markers(List.of(0.0, 6.0)).legend(true)
                .format(new ChartOptions.Format(1, null, 1, null, true, true, List.of(1)))
                .build().describedAs(legend.caption("periodogram", getTranslation("fourier.title") + " (" + legend.label(source) + ")")));
    }

    private static String format(double period) {
        return String.format(Locale.ROOT, "%.1f", period);
    }
}
