package org.mtad.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mtad.analysis.CorrelationMatrix;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.ColorRange;
import org.mtad.ui.chart.ChartOptions.ColorScale;
import org.mtad.ui.chart.ChartOptions.Heatmap;
import org.mtad.ui.chart.ChartOptions.PlotOptions;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

/**
 * 6. Pearson correlation of every pair of sources (pairwise complete months), -1..1 on a diverging scale. Row i is
 * the i-th selected source and column j the j-th, so a clicked cell (series i, point j) names the pair (j, i).
 */
final class CorrelationChart {

    /** Room for one row per source and the colour legend. */
    static int height(int sources) {
        return Math.max(260, 70 * sources + 80);
    }

    // Blue for negative, red for positive (after ColorBrewer RdBu), light enough for dark value labels.
    private static final String[] DIVERGING = {"#4393c3", "#6baed6", "#92c5de", "#c6dbef", "#eef3f8",
        "#fbe9e2", "#fcbba1", "#f4a582", "#e78a6f", "#d6604d"};

    private CorrelationChart() {
    }

    /** Empty with fewer than two sources. */
    static Optional<ChartOptions> options(ChartInput in) {
        if (in.analysis().correlation().isEmpty()) {
            return Optional.empty();
        }
        CorrelationMatrix.Result result = in.analysis().correlation().get();
        SourceLegend legend = in.legend();
        List<String> sources = result.sources();
        double[][] r = result.matrix();
        List<ChartSeries> rows = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            List<Point> cells = new ArrayList<>();
            for (int j = 0; j < sources.size(); j++) {
                cells.add(Point.of(legend.label(sources.get(j)), r[i][j]));
            }
            rows.add(ChartSeries.of(legend.label(sources.get(i)), cells));
        }
        List<ColorRange> ranges = new ArrayList<>();
        for (int k = 0; k < DIVERGING.length; k++) {
            // Bounds from integers so the legend reads -0.8 rather than -0.8000000000000001.
            double from = (2 * k - 10) / 10.0;
            double to = (2 * k - 8) / 10.0;
            ranges.add(new ColorRange(from, to, DIVERGING[k], String.format(Locale.ROOT, "%.1f … %.1f", from, to)));
        }
        return Optional.of(ChartOptions.of("heatmap").id("correlation").locale(legend.chartLocale()).zoom(false)
                .height(height(sources.size()))
                .series(rows)
                .plotOptions(new PlotOptions(new Heatmap(false, new ColorScale(ranges, -1, 1)), null))
                .legend(true)
                .format(new ChartOptions.Format(null, null, null, 2, null, null, null)).build()
                .describedAs(in.legend().caption("correlation", in.text().get("correlation.title"))));
    }
}
