package org.mtad.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mtad.analysis.WindowMeans.WindowMean;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

/** 2. Each source's mean over all data and the last 20/15/10/5 years: bars relative to the largest, lines absolute. */
final class MeansChart {

    private MeansChart() {
    }

    static Optional<ChartOptions> options(ChartInput in) {
        List<WindowMean> windows = in.analysis().means();
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        Translations t = in.text();
        SourceLegend legend = in.legend();
        List<String> sources = windows.getFirst().sources();
        double largest = windows.stream().flatMapToDouble(w -> Arrays.stream(w.means()))
                .filter(Double::isFinite).max().orElse(Double.NaN);
        List<ChartSeries> series = new ArrayList<>();
        List<String> relativeNames = new ArrayList<>();
        List<String> absoluteNames = new ArrayList<>();
        for (String source : sources) {
            String name = legend.label(source) + " (%)";
            relativeNames.add(name);
            List<Point> points = windows.stream()
                    .map(w -> Point.of(windowLabel(w, t), 100.0 * w.mean(source) / largest)).toList();
            series.add(new ChartSeries(name, "column", points));
        }
        for (String source : sources) {
            String name = legend.label(source) + " (" + t.get("means.absolute") + ")";
            absoluteNames.add(name);
            List<Point> points = windows.stream().map(w -> Point.of(windowLabel(w, t), w.mean(source))).toList();
            series.add(new ChartSeries(name, "line", points));
        }
        List<String> colors = new ArrayList<>(legend.colors(sources));
        colors.addAll(legend.colors(sources));
        List<Double> widths = new ArrayList<>();
        sources.forEach(s -> widths.add(0.0));
        sources.forEach(s -> widths.add(3.0));
        return Optional.of(ChartOptions.of("line").id("means").locale(legend.chartLocale()).zoom(false)
                .series(series).colors(colors)
                .xaxis(new Axis("category", null, null, null, null, null, null, null, null, null))
                .yaxis(Axis.titled(t.get("means.relativeAxis")).withRange(0.0, 100.0).forSeries(relativeNames),
                        Axis.titled(t.get("means.absoluteAxis")).onOppositeSide(absoluteNames))
                .stroke(new Stroke(widths, "straight", null)).markers(4).legend(true)
                .format(ChartOptions.Format.decimals(1)).build()
                .describedAs(in.legend().caption("means", in.text().get("means.title"))));
    }

    private static String windowLabel(WindowMean w, Translations t) {
        int years = w.window().years();
        String name = years == 0 ? t.get("range.all") : t.get("range.years", years);
        return name + " (" + w.from().getYear() + "–" + w.to().getYear() + ")";
    }
}
