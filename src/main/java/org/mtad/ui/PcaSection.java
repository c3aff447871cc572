package org.mtad.ui;

import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.component.Composite;

/**
 * 8. Principal components of the standardised sources (months where all are present): each source's loadings on
 * PC1 and PC2 as an arrow from the origin, and the variance each component explains, alone and cumulated.
 */
class PcaSection extends Composite<SectionFrame> implements DashboardSection {

    private final ApexChart loadings = new ApexChart();
    private final ApexChart variance = new ApexChart();

    PcaSection() {
        loadings.setId("chart-pca-loadings");
        variance.setId("chart-pca-variance");
        variance.reserveHeight(PcaCharts.VARIANCE_HEIGHT);
        getContent().setBody(loadings, variance);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("pca");
    }

    @Override
    public String titleKey() {
        return "pca.title";
    }

    @Override
    public void show(SectionContext context) {
        getContent().setTexts(getTranslation("pca.title"), getTranslation("pca.explain"));
        getContent().setNote(null);
        if (context.analysis().pca().isEmpty()) {
            getContent().showHint(getTranslation("hint.needsTwo"));
            return;
        }
        var result = context.analysis().pca().get();
        if (!PcaCharts.drawable(result)) {
            getContent().showHint(getTranslation("pca.notEnough", result.n()));
            return;
        }
        getContent().showHint(null);
        getContent().setNote(getTranslation("pca.n", result.n()));
        loadings.setSource(context.chartUrl("pca-loadings"));
        variance.setSource(context.chartUrl("pca-variance"));
    }
}
