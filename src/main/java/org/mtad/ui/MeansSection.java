package org.mtad.ui;

import java.util.ArrayList;
import java.util.List;

import org.mtad.analysis.WindowMeans.WindowMean;
import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

import com.vaadin.flow.component.Composite;

/** 2. Each source's mean over all data and the last 20/15/10/5 years: bars relative to the largest, lines absolute. */
class MeansSection extends Composite<SectionFrame> {

    private final ApexChart chart = new ApexChart();

    MeansSection() {
        chart.setId("chart-means");
        getContent().setBody(chart);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("means");
    }

    void show(List<WindowMean> windows, SourceLegend legend) {
        getContent().setTexts(getTranslation("means.title"), getTranslation("means.explain"));
        if (windows.isEmpty()) {
            getContent().showHint(getTranslation("hint.noData"));
            return;
        }
        getContent().showHint(null);
        List<String> sources = windows.getFirst().sources();
        double largest = windows.stream().flatMapToDouble(w -> java.util.Arrays.stream(w.means()))
                .filter(Double::isFinite).max().orElse(Double.NaN);
        List<ChartSeries> series = new ArrayList<>();
        List<String> relativeNames = new ArrayList<>();
        List<String> absoluteNames = new ArrayList<>();
        for (String source : sources) {
            String name = legend.label(source) + " (%)";
            relativeNames.add(name);
            List<Point> points = windows.stream()
                    .map(w -> Point.of(windowLabel(w), 100.0 * w.mean(source) / largest)).toList();
            series.add(new ChartSeries(name, "column", points));
        }
        for (String source : sources) {
            String name = legend.label(source) + " (" + getTranslation("means.absolute") + ")";
            absoluteNames.add(name);
            List<Point> points = windows.stream().map(w -> Point.of(windowLabel(w), w.mean(source))).toList();
            series.add(new ChartSeries(name, "line", points));
        }
        List<String> colors = new ArrayList<>(legend.colors(sources));
        colors.addAll(legend.colors(sources));
        List<Double> widths = new ArrayList<>();
        sources.forEach(s -> widths.add(0.0));
        sources.forEach(s -> widths.add(3.0));
        chart.setOptions(ChartOptions.of("line").id("means").locale(legend.chartLocale()).zoom(false)
                .series(series).colors(colors)
                .xaxis(new Axis("category", null, null, null, null, null, null, null, null, null))
                .yaxis(Axis.titled(getTranslation("means.relativeAxis")).withRange(0.0, 100.0).forSeries(relativeNames),
                        Axis.titled(getTranslation("means.absoluteAxis")).onOppositeSide(absoluteNames))
                .stroke(new Stroke(widths, "straight", null)).markers(4).legend(true)
                .format(ChartOptions.Format.decimals(1)).build().describedAs(legend.caption("means", getTranslation("means.title"))));
    }

    private String windowLabel(WindowMean w) {
        int years = w.window().years();
        String name = years == 0 ? getTranslation("range.all") : getTranslation("range.years", years);
        return name + " (" + w.from().getYear() + "–" + w.to().getYear() + ")";
    }
}
