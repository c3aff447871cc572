package org.mtad.ui;

import org.mtad.analysis.PolynomialFit;
import org.mtad.toolanalysis.ToolAnalysis;
import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableConsumer;

/** 7. The chosen pair's points with least-squares polynomials of degree 1 to 4, R² in the legend, equations listed. */
class RegressionSection extends Composite<SectionFrame> implements DashboardSection {

    private final ApexChart chart = new ApexChart();
    private final UnorderedList equations = new UnorderedList();
    private final SourcePicker xPicker;
    private final SourcePicker yPicker;
    private DashboardState state;
    private SerializableConsumer<DashboardState> navigate;

    /** The pair can be chosen here too (keyboard, screen readers), not only by clicking the heatmap. */
    RegressionSection() {
        xPicker = new SourcePicker("regression-x", x -> navigate.accept(state.withPair(x, currentY())));
        yPicker = new SourcePicker("regression-y", y -> navigate.accept(state.withPair(currentX(), y)));
        getContent().setControls(xPicker, yPicker);
        chart.setId("chart-regression");
        equations.setId("regression-equations");
        equations.addClassName("mtad-equations");
        getContent().setBody(chart, equations);
    }

    private String currentX() {
        return xPicker.getValue();
    }

    private String currentY() {
        return yPicker.getValue();
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("regression");
    }

    @Override
    public String titleKey() {
        return "regression.title";
    }

    @Override
    public void show(SectionContext context) {
        state = context.state();
        navigate = context.navigate();
        getContent().setTexts(getTranslation("regression.title"), getTranslation("regression.explain"));
        getContent().setNote(null);
        if (context.analysis().regression().isEmpty()) {
            getContent().showHint(getTranslation("hint.needsTwo"));
            return;
        }
        ToolAnalysis.Regression r = context.analysis().regression().get();
        SourceLegend legend = context.legend();
        xPicker.show(getTranslation("trajectory.xAxis"), state.sources(), r.x(), legend);
        yPicker.show(getTranslation("trajectory.yAxis"), state.sources(), r.y(), legend);
        if (r.sameVariable()) {
            getContent().showHint(getTranslation("regression.diagonal", legend.label(r.x())));
            return;
        }
        if (r.n() == 0 || r.fits().isEmpty()) {
            getContent().showHint(getTranslation("regression.notEnough", legend.label(r.x()), legend.label(r.y())));
            return;
        }
        getContent().showHint(null);
        getContent().setNote(getTranslation("regression.n", r.n()));
        var text = new Translations(getLocale());
        var items = StaticMarkup.children();
        for (PolynomialFit.Result fit : r.fits()) {
            items.appendElement("li").text(RegressionChart.fitName(fit, text) + ": " + fit.equation());
        }
        StaticMarkup.show(equations, items);
        chart.setSource(context.chartUrl("regression"));
    }
}
