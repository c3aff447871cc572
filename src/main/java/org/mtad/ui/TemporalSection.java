package org.mtad.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.mtad.catalog.Series;
import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartOptions.Axis;
import org.mtad.ui.chart.ChartOptions.Stroke;
import org.mtad.ui.chart.ChartSeries;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;

/** 1. One line per source over time, with range presets counted back from the last month and explicit years. */
class TemporalSection extends Composite<SectionFrame> {

    private final SerializableConsumer<TimeRange> onRange;
    private final ApexChart chart = new ApexChart();
    private final Div presets = new Div();
    private final MonthField fromMonth = new MonthField("range-from-month", m -> monthsChanged(m, null));
    private final MonthField toMonth = new MonthField("range-to-month", m -> monthsChanged(null, m));
    private TimeRange current = TimeRange.ALL;
    private YearMonth first;
    private YearMonth last;

    TemporalSection(SerializableConsumer<TimeRange> onRange) {
        this.onRange = onRange;
        chart.setId("chart-temporal");
        presets.addClassName("mtad-controls");
        getContent().setControls(presets);
        getContent().setBody(chart);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("temporal");
    }

    void show(List<Series> series, TimeRange range, SourceLegend legend) {
        getContent().setTexts(getTranslation("temporal.title"), getTranslation("temporal.explain"));
        first = series.stream().filter(s -> !s.isEmpty()).map(s -> s.dates().getFirst()).min(YearMonth::compareTo).orElse(null);
        last = series.stream().filter(s -> !s.isEmpty()).map(s -> s.dates().getLast()).max(YearMonth::compareTo).orElse(null);
        if (first == null) {
            getContent().showHint(getTranslation("hint.noData"));
            return;
        }
        YearMonth from = range.start(first, last);
        YearMonth to = range.end(last);
        List<ChartSeries> lines = new ArrayList<>();
        for (Series s : series) {
            lines.add(ChartSeries.of(legend.label(s.source()), SeriesPoints.of(s, from, to)));
        }
        boolean empty = lines.stream().allMatch(l -> l.data().isEmpty());
        getContent().showHint(empty ? getTranslation("hint.noDataInRange") : null);
        buildPresets(range);
        chart.setOptions(ChartOptions.of("line").id("temporal").locale(legend.chartLocale())
                .series(lines).colors(legend.colors(series.stream().map(Series::source).toList()))
                .xaxis(Axis.datetime(getTranslation("axis.date")))
                .yaxis(Axis.titled(getTranslation("axis.value")))
                .stroke(new Stroke(List.of(2.0), "straight", null)).markers(0).legend(true)
                .format(ChartOptions.Format.decimals(2))
                .noData(getTranslation("hint.noDataInRange")).build().describedAs(legend.caption("temporal", getTranslation("temporal.title"))));
    }

    private void buildPresets(TimeRange current) {
        presets.removeAll();
        for (int years : TimeRange.PRESETS) {
            TimeRange preset = years == 0 ? TimeRange.ALL : TimeRange.lastYears(years);
            Button b = new Button(years == 0 ? getTranslation("range.all") : getTranslation("range.years", years),
                    e -> onRange.accept(preset));
            b.setId("range-" + preset.code());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    preset.equals(current) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("aria-pressed", String.valueOf(preset.equals(current)));
            presets.add(b);
        }
        this.current = current;
        fromMonth.show(getTranslation("range.fromMonth"), current.start(first, last), first, last);
        toMonth.show(getTranslation("range.toMonth"), current.end(last), first, last);
        presets.add(fromMonth, toMonth);
    }

    /** One end changed to the month; the other keeps its month. */
    private void monthsChanged(YearMonth from, YearMonth to) {
        YearMonth a = from != null ? from : current.start(first, last);
        YearMonth b = to != null ? to : current.end(last);
        onRange.accept(TimeRange.between(a, b));
    }
}
