package org.mtad.ui;

import java.util.List;
import java.util.Optional;

import org.mtad.analysis.SeasonalDecomposition.Decomposed;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;

/**
 * 4. One panel of the classical additive decomposition of the state's seasonal source. The four panels share one
 * date axis (same bounds, zoom linked through their group), so they line up whatever the sources' periods.
 */
final class SeasonalChart {

    static final List<String> PARTS = List.of("observed", "trend", "seasonal", "residual");
    static final int HEIGHT = 200;

    private SeasonalChart() {
    }

    /** Empty when the source has too few months to decompose. */
    static Optional<ChartOptions> options(ChartInput in, String part) {
        String source = in.state().pick(in.state().seasonal(), 0);
        if (!(in.analysis().seasonal().get(source) instanceof Decomposed d)) {
            return Optional.empty();
        }
        double[] values = switch (part) {
            case "observed" -> d.observed();
            case "trend" -> d.trend();
            case "seasonal" -> d.seasonal();
            case "residual" -> d.residual();
            default -> throw new IllegalArgumentException("part " + part);
        };
        String name = in.text().get("seasonal." + part);
        double min = SeriesPoints.epochMillis(d.dates().getFirst());
        double max = SeriesPoints.epochMillis(d.dates().getLast());
        return Optional.of(ChartOptions.of("line").id("seasonal-" + part).group("seasonal")
                .locale(in.legend().chartLocale()).height(HEIGHT)
                .series(List.of(ChartSeries.of(name, SeriesPoints.of(d.dates(), values, in.maxPoints()))))
                .colors(List.of(in.legend().color(source)))
                .xaxis(Axis.datetime(null).withRange(min, max))
                .yaxis(Axis.titled(name).withTicks(4))
                .stroke(new Stroke(List.of(1.5), "straight", null)).markers(0).legend(false)
                .format(ChartOptions.Format.decimals(2)).build()
                .describedAs(in.legend().caption("seasonal-" + part, in.text().get("seasonal.title") + ": " + name + " (" + in.legend().label(source) + ")")));
    }
}
