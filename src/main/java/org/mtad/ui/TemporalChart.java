package org.mtad.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mtad.catalog.Series;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;

/** 1. One line per source over the state's time range. */
final class TemporalChart {

    private TemporalChart() {
    }

    /** The first and last month with data over all the series; empty when none has any. */
    static Optional<YearMonth[]> span(List<Series> series) {
        var first = series.stream().filter(s -> !s.isEmpty()).map(s -> s.dates().getFirst()).min(YearMonth::compareTo);
        var last = series.stream().filter(s -> !s.isEmpty()).map(s -> s.dates().getLast()).max(YearMonth::compareTo);
        return first.map(f -> new YearMonth[] {f, last.orElseThrow()});
    }

    /** Empty when no series has data in the range. */
    static Optional<ChartOptions> options(ChartInput in) {
        List<Series> series = List.copyOf(in.analysis().series().values());
        var span = span(series);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        YearMonth from = in.state().range().start(span.get()[0], span.get()[1]);
        YearMonth to = in.state().range().end(span.get()[1]);
        List<ChartSeries> lines = new ArrayList<>();
        for (Series s : series) {
            lines.add(ChartSeries.of(in.legend().label(s.source()), SeriesPoints.of(s, from, to, in.maxPoints())));
        }
        if (lines.stream().allMatch(l -> l.data().isEmpty())) {
            return Optional.empty();
        }
        Translations t = in.text();
        return Optional.of(ChartOptions.of("line").id("temporal").locale(in.legend().chartLocale())
                .series(lines).colors(in.legend().colors(series.stream().map(Series::source).toList()))
                .xaxis(Axis.datetime(t.get("axis.date")))
                .yaxis(Axis.titled(t.get("axis.value")))
                .stroke(new Stroke(List.of(2.0), "straight", null)).markers(0).legend(true)
                .format(ChartOptions.Format.decimals(2))
                .noData(t.get("hint.noDataInRange")).build()
                .describedAs(in.legend().caption("temporal", in.text().get("temporal.title"))));
    }
}
