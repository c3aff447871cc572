package org.mtad.ui;

import java.util.List;

import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * 6. Pearson correlation of every pair of sources (pairwise complete months), -1..1 on a diverging scale. A click on
 * a cell chooses that pair for the regression.
 */
class CorrelationSection extends Composite<SectionFrame> implements DashboardSection {

    private final ApexChart chart = new ApexChart();
    private DashboardState state;
    private SerializableConsumer<DashboardState> navigate;

    CorrelationSection() {
        chart.setId("chart-correlation");
        chart.addPointSelectListener(e -> {
            List<String> sources = state.sources();
            int row = e.seriesIndex();
            int column = e.dataPointIndex();
            if (row >= 0 && row < sources.size() && column >= 0 && column < sources.size()) {
                navigate.accept(state.withPair(sources.get(column), sources.get(row)));
            }
        });
        getContent().setBody(chart);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("correlation");
    }

    @Override
    public String titleKey() {
        return "correlation.title";
    }

    @Override
    public void show(SectionContext context) {
        state = context.state();
        navigate = context.navigate();
        getContent().setTexts(getTranslation("correlation.title"), getTranslation("correlation.explain"));
        if (context.analysis().correlation().isEmpty()) {
            getContent().showHint(getTranslation("hint.needsTwo"));
            return;
        }
        getContent().showHint(null);
        chart.reserveHeight(CorrelationChart.height(context.state().sources().size()));
        chart.setSource(context.chartUrl("correlation"));
    }
}
