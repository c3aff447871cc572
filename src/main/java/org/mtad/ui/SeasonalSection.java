package org.mtad.ui;

import org.mtad.analysis.SeasonalDecomposition;
import org.mtad.analysis.SeasonalDecomposition.NotEnoughData;
import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * 4. Classical additive decomposition of one source: observed, trend, seasonal and residual in four panels that
 * share one date axis (same dates, same bounds, zoom linked), so they line up whatever the sources' periods.
 */
class SeasonalSection extends Composite<SectionFrame> implements DashboardSection {

    private final SourcePicker picker;
    private final ApexChart[] panels = new ApexChart[SeasonalChart.PARTS.size()];
    private DashboardState state;
    private SerializableConsumer<DashboardState> navigate;

    SeasonalSection() {
        picker = new SourcePicker("seasonal-source", s -> navigate.accept(state.withSeasonal(s)));
        getContent().setControls(picker);
        for (int i = 0; i < panels.length; i++) {
            panels[i] = new ApexChart();
            panels[i].setId("chart-seasonal-" + SeasonalChart.PARTS.get(i));
            panels[i].reserveHeight(SeasonalChart.HEIGHT);
        }
        getContent().setBody(panels);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("seasonal");
    }

    @Override
    public String titleKey() {
        return "seasonal.title";
    }

    @Override
    public void show(SectionContext context) {
        state = context.state();
        navigate = context.navigate();
        getContent().setTexts(getTranslation("seasonal.title"), getTranslation("seasonal.explain"));
        String source = state.pick(state.seasonal(), 0);
        picker.show(getTranslation("section.source"), state.sources(), source, context.legend());
        if (context.analysis().seasonal().get(source) instanceof NotEnoughData n) {
            getContent().showHint(getTranslation("seasonal.notEnough", context.legend().label(source), n.points(),
                    SeasonalDecomposition.MINIMUM_POINTS));
            return;
        }
        getContent().showHint(null);
        for (int i = 0; i < panels.length; i++) {
            panels[i].setSource(context.chartUrl("seasonal-" + SeasonalChart.PARTS.get(i)));
        }
    }
}
