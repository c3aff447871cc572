package org.mtad.ui;

import java.util.List;

import org.mtad.analysis.Trajectory;
import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * 3. Two sources against each other, point by point in time order (a connected scatter), monthly or annual, with the
 * sources on each axis chosen here. Replaces the original's 3D line.
 */
class TrajectorySection extends Composite<SectionFrame> implements DashboardSection {

    private final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();
    private final SourcePicker xSource = new SourcePicker("trajectory-x", x -> fire());
    private final SourcePicker ySource = new SourcePicker("trajectory-y", y -> fire());
    private final ApexChart chart = new ApexChart();
    private DashboardState state;
    private SerializableConsumer<DashboardState> navigate;

    TrajectorySection() {
        mode.setItems(false, true);
        mode.setId("trajectory-mode");
        mode.addValueChangeListener(e -> { if (e.isFromClient()) { fire(); } });
        chart.setId("chart-trajectory");
        getContent().setControls(mode, xSource, ySource);
        getContent().setBody(chart);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("trajectory");
    }

    @Override
    public String titleKey() {
        return "trajectory.title";
    }

    private void fire() {
        navigate.accept(state.withTrajectory(Boolean.TRUE.equals(mode.getValue()), xSource.getValue(), ySource.getValue()));
    }

    @Override
    public void show(SectionContext context) {
        state = context.state();
        navigate = context.navigate();
        getContent().setTexts(getTranslation("trajectory.title"), getTranslation("trajectory.explain"));
        if (!context.comparesSources()) {
            getContent().showHint(getTranslation("hint.needsTwo"));
            return;
        }
        SourceLegend legend = context.legend();
        if (context.trajectory().isEmpty()) {
            // Both axes on the same source: the path would be a diagonal, so say so instead.
            String source = state.pick(state.trajectoryX(), 0);
            showControls(false, state.sources(), source, source, legend);
            getContent().showHint(getTranslation("trajectory.same", legend.label(source)));
            return;
        }
        Trajectory.Result result = context.trajectory().get();
        showControls(state.annual(), state.sources(), result.x(), result.y(), legend);
        if (TrajectoryChart.points(result, state.annual()).isEmpty()) {
            getContent().showHint(getTranslation("trajectory.noOverlap"));
            return;
        }
        getContent().showHint(null);
        chart.setSource(context.chartUrl("trajectory"));
    }

    private void showControls(boolean annual, List<String> selected, String x, String y, SourceLegend legend) {
        mode.setItemLabelGenerator(a -> getTranslation(a ? "trajectory.annual" : "trajectory.monthly"));
        mode.setValue(annual);
        xSource.show(getTranslation("trajectory.xAxis"), selected, x, legend);
        ySource.show(getTranslation("trajectory.yAxis"), selected, y, legend);
    }
}
