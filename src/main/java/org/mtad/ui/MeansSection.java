package org.mtad.ui;

import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.component.Composite;

/** 2. Each source's mean over all data and the last 20/15/10/5 years: bars relative to the largest, lines absolute. */
class MeansSection extends Composite<SectionFrame> implements DashboardSection {

    private final ApexChart chart = new ApexChart();

    MeansSection() {
        chart.setId("chart-means");
        getContent().setBody(chart);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("means");
    }

    @Override
    public String titleKey() {
        return "means.title";
    }

    @Override
    public void show(SectionContext context) {
        getContent().setTexts(getTranslation("means.title"), getTranslation("means.explain"));
        if (context.analysis().means().isEmpty()) {
            getContent().showHint(getTranslation("hint.noData"));
            return;
        }
        getContent().showHint(null);
        chart.setSource(context.chartUrl("means"));
    }
}
