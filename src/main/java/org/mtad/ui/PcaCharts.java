package org.mtad.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mtad.analysis.PrincipalComponents;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

/**
 * 8. Principal components of the standardised sources: each source's loadings on PC1 and PC2 as an arrow from the
 * origin, and the variance each component explains, alone and cumulated.
 */
final class PcaCharts {

    static final int VARIANCE_HEIGHT = 280;

    private PcaCharts() {
    }

    /** Whether there is something to draw: two sources and enough complete months for two components. */
    static boolean drawable(PrincipalComponents.Result result) {
        double[] ratio = result.explainedVarianceRatio();
        return result.n() >= 2 && ratio.length >= 2 && Double.isFinite(ratio[0]);
    }

    static Optional<ChartOptions> loadings(ChartInput in) {
        var pca = in.analysis().pca().filter(PcaCharts::drawable);
        if (pca.isEmpty()) {
            return Optional.empty();
        }
        PrincipalComponents.Result result = pca.get();
        SourceLegend legend = in.legend();
        double[] ratio = result.explainedVarianceRatio();
        double[][] l = result.loadings();
        List<String> sources = result.sources();
        List<ChartSeries> arrows = new ArrayList<>();
        for (int c = 0; c < sources.size(); c++) {
            String label = legend.label(sources.get(c));
            arrows.add(ChartSeries.of(label, List.of(Point.labelled(0.0, 0.0, label),
                    Point.labelled(l[0][c], l[1][c], label))));
        }
        List<Double> markerSizes = sources.stream().map(s -> 6.0).toList();
        return Optional.of(ChartOptions.of("line").id("pca-loadings").locale(legend.chartLocale())
                .series(arrows).colors(legend.colors(sources))
                .xaxis(Axis.numeric(axisTitle("PC1", ratio[0]), -1.0, 1.0).withTicks(8))
                .yaxis(Axis.numeric(axisTitle("PC2", ratio[1]), -1.0, 1.0).withTicks(8))
                .stroke(new Stroke(List.of(3.0), "straight", null)).markers(markerSizes).legend(true)
                .format(new ChartOptions.Format(2, 2, null, null, true, null, null)).build()
                .describedAs(in.legend().caption("pca-loadings", in.text().get("pca.title"))));
    }

    static Optional<ChartOptions> variance(ChartInput in) {
        var pca = in.analysis().pca().filter(PcaCharts::drawable);
        if (pca.isEmpty()) {
            return Optional.empty();
        }
        Translations t = in.text();
        double[] ratio = pca.get().explainedVarianceRatio();
        double[] cumulative = pca.get().cumulative();
        List<Point> bars = new ArrayList<>();
        List<Point> line = new ArrayList<>();
        for (int j = 0; j < ratio.length; j++) {
            bars.add(Point.of("PC" + (j + 1), 100 * ratio[j]));
            line.add(Point.of("PC" + (j + 1), 100 * cumulative[j]));
        }
        return Optional.of(ChartOptions.of("line").id("pca-variance").locale(in.legend().chartLocale()).zoom(false)
                .height(VARIANCE_HEIGHT)
                .series(List.of(new ChartSeries(t.get("pca.explained"), "column", bars),
                        new ChartSeries(t.get("pca.cumulative"), "line", line)))
                .colors(List.of("#4393c3", "#d6604d"))
                .xaxis(new Axis("category", null, null, null, null, null, null, null, null, null))
                .yaxis(Axis.titled(t.get("pca.percent")).withRange(0.0, 100.0))
                .stroke(new Stroke(List.of(0.0, 3.0), "straight", null)).markers(5).legend(true)
                .format(ChartOptions.Format.decimals(1)).build()
                .describedAs(in.legend().caption("pca-variance", in.text().get("pca.title") + " (" + in.text().get("pca.explained") + ")")));
    }

    private static String axisTitle(String component, double share) {
        return component + " (" + String.format(Locale.ROOT, "%.1f", 100 * share) + " %)";
    }
}
