package org.mtad.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hipparchus.analysis.polynomials.PolynomialFunction;
import org.mtad.analysis.AlignedSeries.PairedRows;
import org.mtad.analysis.PolynomialFit;
import org.mtad.toolanalysis.ToolAnalysis;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

/** 7. The chosen pair's points with least-squares polynomials of degree 1 to 4, R² in the legend. */
final class RegressionChart {

    private static final int CURVE_POINTS = 120;
    private static final String[] FIT_COLORS = {"#222222", "#e377c2", "#17becf", "#bcbd22"};

    private RegressionChart() {
    }

    /** The legend name of a fit, also used in the list of equations. */
    static String fitName(PolynomialFit.Result fit, Translations t) {
        return t.get("regression.degree", fit.degree()) + " (R² = " + String.format(Locale.ROOT, "%.3f", fit.r2()) + ")";
    }

    /** Empty with fewer than two sources, the same source twice, or no month both sources have. */
    static Optional<ChartOptions> options(ChartInput in) {
        if (in.analysis().regression().isEmpty() || in.analysis().regression().get().sameVariable()) {
            return Optional.empty();
        }
        ToolAnalysis.Regression r = in.analysis().regression().get();
        PairedRows rows = in.analysis().aligned().pairwiseComplete(r.x(), r.y());
        if (rows.size() == 0 || r.fits().isEmpty()) {
            return Optional.empty();
        }
        Translations t = in.text();
        SourceLegend legend = in.legend();
        double[] xs = rows.x();
        double[] ys = rows.y();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            points.add(Point.labelled(xs[i], ys[i], rows.dates().get(i).toString()));
        }
        double lo = Arrays.stream(xs).min().orElse(0);
        double hi = Arrays.stream(xs).max().orElse(1);
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries(t.get("regression.data"), "scatter", points));
        List<String> colors = new ArrayList<>(List.of(legend.color(r.y())));
        List<Double> widths = new ArrayList<>(List.of(0.0));
        List<Double> markers = new ArrayList<>(List.of(4.0));
        for (PolynomialFit.Result fit : r.fits()) {
            var polynomial = new PolynomialFunction(fit.coefficients());
            List<Point> curve = new ArrayList<>();
            for (int k = 0; k <= CURVE_POINTS; k++) {
                double at = lo + (hi - lo) * k / CURVE_POINTS;
                curve.add(Point.of(at, polynomial.value(at)));
            }
            series.add(new ChartSeries(fitName(fit, t), "line", curve));
            colors.add(FIT_COLORS[(fit.degree() - 1) % FIT_COLORS.length]);
            widths.add(2.0);
            markers.add(0.0);
        }
        return Optional.of(ChartOptions.of("line").id("regression").locale(legend.chartLocale())
                .series(series).colors(colors)
                .xaxis(new Axis("numeric", new ChartOptions.Title(legend.label(r.x())), null, null, null, null, 6, null,
                        null, null))
                .yaxis(Axis.titled(legend.label(r.y())))
                .stroke(new Stroke(widths, "straight", null)).markers(markers).legend(true)
                .format(new ChartOptions.Format(2, 1, null, null, true, null, null)).build()
                .describedAs(in.legend().caption("regression", in.text().get("regression.title"))));
    }
}
