package org.mtad.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.mtad.analysis.AlignedSeries.PairedRows;
import org.mtad.analysis.PolynomialFit;
import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** 7. The chosen pair's points with least-squares polynomials of degree 1 to 4, R² in the legend, equations listed. */
class RegressionSection extends Composite<SectionFrame> {

    private static final int CURVE_POINTS = 120;
    private static final String[] FIT_COLORS = {"#222222", "#e377c2", "#17becf", "#bcbd22"};
    private final ApexChart chart = new ApexChart();
    private final UnorderedList equations = new UnorderedList();
    private final SourcePicker xPicker;
    private final SourcePicker yPicker;

    /** The pair can be chosen here too (keyboard, screen readers), not only by clicking the heatmap. */
    RegressionSection(CorrelationSection.PairChoice onPair) {
        xPicker = new SourcePicker("regression-x", x -> onPair.chosen(x, currentY()));
        yPicker = new SourcePicker("regression-y", y -> onPair.chosen(currentX(), y));
        getContent().setControls(xPicker, yPicker);
        chart.setId("chart-regression");
        equations.setId("regression-equations");
        equations.addClassName("mtad-equations");
        getContent().setBody(chart, equations);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("regression");
    }

    private String currentX() {
        return xPicker.getValue();
    }

    private String currentY() {
        return yPicker.getValue();
    }

    private void showPickers(String x, String y, List<String> selected, SourceLegend legend) {
        xPicker.show(getTranslation("trajectory.xAxis"), selected, x, legend);
        yPicker.show(getTranslation("trajectory.yAxis"), selected, y, legend);
    }

    void showDiagonal(String source, List<String> selected, SourceLegend legend) {
        getContent().setTexts(getTranslation("regression.title"), getTranslation("regression.explain"));
        showPickers(source, source, selected, legend);
        getContent().showHint(getTranslation("regression.diagonal", legend.label(source)));
    }

    void show(String x, String y, PairedRows rows, List<PolynomialFit.Result> fits, List<String> selected,
            SourceLegend legend) {
        getContent().setTexts(getTranslation("regression.title"), getTranslation("regression.explain"));
        showPickers(x, y, selected, legend);
        if (rows.size() == 0 || fits.isEmpty()) {
            getContent().showHint(getTranslation("regression.notEnough", legend.label(x), legend.label(y)));
            return;
        }
        getContent().showHint(null);
        getContent().setNote(getTranslation("regression.n", rows.size()));
        double[] xs = rows.x();
        double[] ys = rows.y();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            points.add(Point.labelled(xs[i], ys[i], rows.dates().get(i).toString()));
        }
        double lo = java.util.Arrays.stream(xs).min().orElse(0);
        double hi = java.util.Arrays.stream(xs).max().orElse(1);
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries(getTranslation("regression.data"), "scatter", points));
        List<String> colors = new ArrayList<>(List.of(legend.color(y)));
        List<Double> widths = new ArrayList<>(List.of(0.0));
        List<Double> markers = new ArrayList<>(List.of(4.0));
        equations.removeAll();
        for (PolynomialFit.Result fit : fits) {
            var polynomial = new PolynomialFunction(fit.coefficients());
            List<Point> curve = new ArrayList<>();
            for (int k = 0; k <= CURVE_POINTS; k++) {
                double at = lo + (hi - lo) * k / CURVE_POINTS;
                curve.add(Point.of(at, polynomial.value(at)));
            }
            String name = getTranslation("regression.degree", fit.degree()) + " (R² = "
                    + String.format(Locale.ROOT, "%.3f", fit.r2()) + ")";
            series.add(new ChartSeries(name, "line", curve));
            colors.add(FIT_COLORS[(fit.degree() - 1) % FIT_COLORS.length]);
            widths.add(2.0);
            markers.add(0.0);
            equations.add(new ListItem(name + ": " + fit.equation()));
        }
        chart.setOptions(ChartOptions.of("line").id("regression").locale(legend.chartLocale())
                .series(series).colors(colors)
                .xaxis(new Axis("numeric", new ChartOptions.Title(legend.label(x)), null, null, null, null, 6, null,
                        null, null))
                .yaxis(Axis.titled(legend.label(y)))
                .stroke(new Stroke(widths, "straight", null)).markers(markers).legend(true)
                .format(new ChartOptions.Format(2, 1, null, null, true, null, null)).build().describedAs(legend.caption("regression", getTranslation("regression.title"))));
    }
}
