package org.mtad.ui;

import java.util.List;

import org.mtad.analysis.SeasonalDecomposition;
import org.mtad.analysis.SeasonalDecomposition.Decomposed;
import org.mtad.analysis.SeasonalDecomposition.NotEnoughData;
import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * 4. Classical additive decomposition of one source: observed, trend, seasonal and residual in four panels that
 * share one date axis (same dates, same bounds, zoom linked), so they line up whatever the sources' periods.
 */
class SeasonalSection extends Composite<SectionFrame> {

    private static final String[] PARTS = {"observed", "trend", "seasonal", "residual"};
    private final SourcePicker picker;
    private final ApexChart[] panels = new ApexChart[PARTS.length];

    SeasonalSection(SerializableConsumer<String> onSource) {
        picker = new SourcePicker("seasonal-source", onSource);
        getContent().setControls(picker);
        for (int i = 0; i < PARTS.length; i++) {
            panels[i] = new ApexChart();
            panels[i].setId("chart-seasonal-" + PARTS[i]);
        }
        getContent().setBody(panels);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("seasonal");
    }

    void show(SeasonalDecomposition.Result result, List<String> selected, SourceLegend legend) {
        getContent().setTexts(getTranslation("seasonal.title"), getTranslation("seasonal.explain"));
        String source = switch (result) {
            case Decomposed d -> d.source();
            case NotEnoughData n -> n.source();
        };
        picker.show(getTranslation("section.source"), selected, source, legend);
        if (result instanceof NotEnoughData n) {
            getContent().showHint(getTranslation("seasonal.notEnough", legend.label(source), n.points(),
                    SeasonalDecomposition.MINIMUM_POINTS));
            return;
        }
        Decomposed d = (Decomposed) result;
        getContent().showHint(null);
        double[][] values = {d.observed(), d.trend(), d.seasonal(), d.residual()};
        double min = SeriesPoints.epochMillis(d.dates().getFirst());
        double max = SeriesPoints.epochMillis(d.dates().getLast());
        for (int i = 0; i < PARTS.length; i++) {
            String name = getTranslation("seasonal." + PARTS[i]);
            panels[i].setOptions(ChartOptions.of("line").id("seasonal-" + PARTS[i]).group("seasonal")
                    .locale(legend.chartLocale()).height(200)
                    .series(List.of(ChartSeries.of(name, SeriesPoints.of(d.dates(), values[i]))))
                    .colors(List.of(legend.color(source)))
                    .xaxis(Axis.datetime(null).withRange(min, max))
                    .yaxis(Axis.titled(name).withTicks(4))
                    .stroke(new Stroke(List.of(1.5), "straight", null)).markers(0).legend(false)
                    .format(ChartOptions.Format.decimals(2)).build().describedAs(legend.caption("seasonal-" + PARTS[i], getTranslation("seasonal.title") + ": " + name + " (" + legend.label(source) + ")")));
        }
    }
}
