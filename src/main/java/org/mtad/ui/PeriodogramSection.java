package org.mtad.ui;

import org.mtad.analysis.Periodogram;
import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * 5. Fourier periodogram of one source, chosen here: magnitude by period on a logarithmic period axis, the
 * 95th-percentile threshold, significant components labelled, 3/6/12-month marks.
 */
class PeriodogramSection extends Composite<SectionFrame> implements DashboardSection {

    private final SourcePicker picker;
    private final ApexChart chart = new ApexChart();
    private DashboardState state;
    private SerializableConsumer<DashboardState> navigate;

    PeriodogramSection() {
        picker = new SourcePicker("fourier-source", s -> navigate.accept(state.withFourier(s)));
        chart.setId("chart-periodogram");
        getContent().setControls(picker);
        getContent().setBody(chart);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("fourier");
    }

    @Override
    public String titleKey() {
        return "fourier.title";
    }

    @Override
    public void show(SectionContext context) {
        state = context.state();
        navigate = context.navigate();
        getContent().setTexts(getTranslation("fourier.title"), getTranslation("fourier.explain"));
        String source = state.pick(state.fourier(), 0);
        picker.show(getTranslation("section.source"), state.sources(), source, context.legend());
        Periodogram.Result result = context.analysis().periodogram().get(source);
        if (result == null || result.periods().length == 0) {
            getContent().showHint(getTranslation("fourier.notEnough", context.legend().label(source)));
            return;
        }
        getContent().showHint(null);
        chart.setSource(context.chartUrl("periodogram"));
    }
}
