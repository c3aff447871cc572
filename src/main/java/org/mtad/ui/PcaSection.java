package org.mtad.ui;

import java.util.ArrayList;
import java.util.List;

import org.mtad.analysis.PrincipalComponents;
import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

import com.vaadin.flow.component.Composite;

/**
 * 8. Principal components of the standardised sources (months where all are present): each source's loadings on
 * PC1 and PC2 as an arrow from the origin, and the variance each component explains, alone and cumulated.
 */
class PcaSection extends Composite<SectionFrame> {

    private final ApexChart loadings = new ApexChart();
    private final ApexChart variance = new ApexChart();

    PcaSection() {
        loadings.setId("chart-pca-loadings");
        variance.setId("chart-pca-variance");
        getContent().setBody(loadings, variance);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("pca");
    }

    void show(PrincipalComponents.Result result, SourceLegend legend) {
        getContent().setTexts(getTranslation("pca.title"), getTranslation("pca.explain"));
        double[] ratio = result.explainedVarianceRatio();
        if (result.n() < 2 || ratio.length < 2 || !Double.isFinite(ratio[0])) {
            getContent().showHint(getTranslation("pca.notEnough", result.n()));
            return;
        }
        getContent().showHint(null);
        getContent().setNote(getTranslation("pca.n", result.n()));
        double[][] l = result.loadings();
        List<String> sources = result.sources();
        List<ChartSeries> arrows = new ArrayList<>();
        for (int c = 0; c < sources.size(); c++) {
            String label = legend.label(sources.get(c));
            arrows.add(ChartSeries.of(label, List.of(Point.labelled(0.0, 0.0, label),
                    Point.labelled(l[0][c], l[1][c], label))));
        }
        List<Double> markerSizes = sources.stream().map(s -> 6.0).toList();
        loadings.setOptions(ChartOptions.of("line").id("pca-loadings").locale(legend.chartLocale())
                .series(arrows).colors(legend.colors(sources))
                .xaxis(Axis.numeric(axisTitle("PC1", ratio[0]), -1.0, 1.0).withTicks(8))
                .yaxis(Axis.numeric(axisTitle("PC2", ratio[1]), -1.0, 1.0).withTicks(8))
                .stroke(new Stroke(List.of(3.0), "straight", null)).markers(markerSizes).legend(true)
                .format(new ChartOptions.Format(2, 2, null, null, true, null, null)).build().describedAs(legend.caption("pca-loadings", getTranslation("pca.title"))));
        double[] cumulative = result.cumulative();
        List<Point> bars = new ArrayList<>();
        List<Point> line = new ArrayList<>();
        for (int j = 0; j < ratio.length; j++) {
            bars.add(Point.of("PC" + (j + 1), 100 * ratio[j]));
            line.add(Point.of("PC" + (j + 1), 100 * cumulative[j]));
        }
        variance.setOptions(ChartOptions.of("line").id("pca-variance").locale(legend.chartLocale()).zoom(false)
                .height(280)
                .series(List.of(new ChartSeries(getTranslation("pca.explained"), "column", bars),
                        new ChartSeries(getTranslation("pca.cumulative"), "line", line)))
                .colors(List.of("#4393c3", "#d6604d"))
                .xaxis(new Axis("category", null, null, null, null, null, null, null, null, null))
                .yaxis(Axis.titled(getTranslation("pca.percent")).withRange(0.0, 100.0))
                .stroke(new Stroke(List.of(0.0, 3.0), "straight", null)).markers(5).legend(true)
                .format(ChartOptions.Format.decimals(1)).build().describedAs(legend.caption("pca-variance", getTranslation("pca.title") + " (" + getTranslation("pca.explained") + ")")));
    }

    private String axisTitle(String component, double share) {
        return component + " (" + String.format(java.util.Locale.ROOT, "%.1f", 100 * share) + " %)";
    }
}
