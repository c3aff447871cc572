package org.mtad.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.mtad.analysis.Trajectory;
import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

/**
 * 3. Two sources against each other, point by point in time order (a connected scatter); each point's tooltip names
 * its month or year, and the annual view labels every point with its year. Replaces the original's 3D line.
 */
class TrajectorySection extends Composite<SectionFrame> {

    /** What the user picked: annual or monthly, and the sources on each axis. */
    interface Choice extends java.io.Serializable {
        void changed(boolean annual, String x, String y);
    }

    private static final int PERIODS = 5;
    // Sequential palette (after viridis), early = light to late = dark, readable on light and dark backgrounds.
    private static final String[] TIME_COLORS = {"#f4c542", "#7ccf5b", "#21a38b", "#3b6fb6", "#6a3d9a"};
    private final Choice onChoice;
    private final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();
    private final Select<String> xSource = new Select<>();
    private final Select<String> ySource = new Select<>();
    private final ApexChart chart = new ApexChart();

    TrajectorySection(Choice onChoice) {
        this.onChoice = onChoice;
        mode.setItems(false, true);
        mode.setId("trajectory-mode");
        xSource.setId("trajectory-x");
        ySource.setId("trajectory-y");
        mode.addValueChangeListener(e -> { if (e.isFromClient()) { fire(); } });
        xSource.addValueChangeListener(e -> { if (e.isFromClient()) { fire(); } });
        ySource.addValueChangeListener(e -> { if (e.isFromClient()) { fire(); } });
        chart.setId("chart-trajectory");
        getContent().setControls(mode, xSource, ySource);
        getContent().setBody(chart);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("trajectory");
    }

    private void fire() {
        onChoice.changed(Boolean.TRUE.equals(mode.getValue()), xSource.getValue(), ySource.getValue());
    }

    /** Both axes on the same source: the path would be a diagonal, so say so instead. */
    void showSameSource(String source, List<String> selected, SourceLegend legend) {
        getContent().setTexts(getTranslation("trajectory.title"), getTranslation("trajectory.explain"));
        showControls(false, selected, source, source, legend);
        getContent().showHint(getTranslation("trajectory.same", legend.label(source)));
    }

    private void showControls(boolean annual, List<String> selected, String x, String y, SourceLegend legend) {
        mode.setItemLabelGenerator(a -> getTranslation(a ? "trajectory.annual" : "trajectory.monthly"));
        mode.setValue(annual);
        xSource.setLabel(getTranslation("trajectory.xAxis"));
        ySource.setLabel(getTranslation("trajectory.yAxis"));
        xSource.setItems(selected);
        ySource.setItems(selected);
        xSource.setItemLabelGenerator(legend::label);
        ySource.setItemLabelGenerator(legend::label);
        xSource.setValue(x);
        ySource.setValue(y);
    }

    void show(Trajectory.Result result, boolean annual, List<String> selected, SourceLegend legend) {
        getContent().setTexts(getTranslation("trajectory.title"), getTranslation("trajectory.explain"));
        showControls(annual, selected, result.x(), result.y(), legend);
        List<Point> points = new ArrayList<>();
        if (annual) {
            int[] years = result.years();
            double[] ax = result.annualX();
            double[] ay = result.annualY();
            for (int i = 0; i < years.length; i++) {
                points.add(Point.labelled(ax[i], ay[i], String.valueOf(years[i])));
            }
        } else {
            List<YearMonth> dates = result.dates();
            double[] mx = result.monthlyX();
            double[] my = result.monthlyY();
            for (int i = 0; i < dates.size(); i++) {
                points.add(Point.labelled(mx[i], my[i], dates.get(i).toString()));
            }
        }
        if (points.isEmpty()) {
            getContent().showHint(getTranslation("trajectory.noOverlap"));
            return;
        }
        getContent().showHint(null);
        String xLabel = legend.label(result.x()) + (annual ? annualNote(result.x(), legend) : "");
        String yLabel = legend.label(result.y()) + (annual ? annualNote(result.y(), legend) : "");
        List<ChartSeries> periods = byPeriod(points);
        chart.setOptions(ChartOptions.of("line").id("trajectory").locale(legend.chartLocale())
                .series(periods)
                .colors(List.of(TIME_COLORS).subList(TIME_COLORS.length - periods.size(), TIME_COLORS.length))
                .xaxis(new Axis("numeric", new ChartOptions.Title(xLabel), null, null, null, null, 6, null, null, null))
                .yaxis(Axis.titled(yLabel))
                .stroke(new Stroke(List.of(1.5), "straight", null)).markers(annual ? 5 : 3).legend(true)
                .format(new ChartOptions.Format(2, 1, null, null, true, annual, null))
                .build().describedAs(legend.caption("trajectory", getTranslation("trajectory.title"))));
    }

    /**
     * Colours by time: the path cut into up to {@value #PERIODS} consecutive stretches, each a series named by its
     * first and last label, light to dark. Neighbouring stretches share their boundary point so the path stays joined.
     */
    private static List<ChartSeries> byPeriod(List<Point> points) {
        int stretches = Math.min(PERIODS, Math.max(1, points.size() / 2));
        List<ChartSeries> out = new ArrayList<>();
        for (int k = 0; k < stretches; k++) {
            int from = k * (points.size() - 1) / stretches;
            int to = (k + 1) * (points.size() - 1) / stretches;
            List<Point> part = points.subList(from, Math.max(from, to) + 1);
            out.add(ChartSeries.of(part.getFirst().label() + " – " + part.getLast().label(), part));
        }
        return out;
    }

    private String annualNote(String source, SourceLegend legend) {
        return legend.sources().stream().filter(s -> s.key().equals(source)).findFirst()
                .map(s -> " (" + getTranslation("trajectory.annual." + s.annual().name().toLowerCase(java.util.Locale.ROOT)) + ")")
                .orElse("");
    }
}
