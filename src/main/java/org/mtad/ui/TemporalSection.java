package org.mtad.ui;

import java.time.YearMonth;
import java.util.List;

import org.mtad.catalog.Series;
import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;

/** 1. One line per source over time, with range presets counted back from the last month and explicit months. */
class TemporalSection extends Composite<SectionFrame> implements DashboardSection {

    private final ApexChart chart = new ApexChart();
    private static final String PRESET = "event.target.closest('[data-range]').dataset.range";

    private final Div presets = new Div();
    /** The preset buttons as static markup, with one click listener (laid out as if they were the presets' own). */
    private final Span presetButtons = new Span();
    // Native month inputs: month-precise, keyboard accessible, and no server-side item components per tab.
    private final MonthField fromMonth = new MonthField("range-from-month", m -> monthsChanged(m, null));
    private final MonthField toMonth = new MonthField("range-to-month", m -> monthsChanged(null, m));
    private YearMonth first;
    private YearMonth last;
    private DashboardState state;
    private SerializableConsumer<DashboardState> navigate;

    TemporalSection() {
        chart.setId("chart-temporal");
        presets.addClassName("mtad-controls");
        presetButtons.getStyle().set("display", "contents");
        presetButtons.getElement().addEventListener("click", e -> TimeRange.parse(e.getEventData().get(PRESET).asString())
                .ifPresent(this::onRange)).addEventData(PRESET).setFilter("event.target.closest('[data-range]') != null");
        presets.add(presetButtons, fromMonth, toMonth);
        presets.setVisible(false); // until there is a span to choose in
        getContent().setControls(presets);
        getContent().setBody(chart);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("temporal");
    }

    @Override
    public String titleKey() {
        return "temporal.title";
    }

    @Override
    public void show(SectionContext context) {
        state = context.state();
        navigate = context.navigate();
        getContent().setTexts(getTranslation("temporal.title"), getTranslation("temporal.explain"));
        var span = TemporalChart.span(List.copyOf(context.analysis().series().values()));
        if (span.isEmpty()) {
            getContent().showHint(getTranslation("hint.noData"));
            return;
        }
        first = span.get()[0];
        last = span.get()[1];
        YearMonth from = state.range().start(first, last);
        YearMonth to = state.range().end(last);
        boolean empty = context.analysis().series().values().stream().noneMatch(s -> hasDataBetween(s, from, to));
        getContent().showHint(empty ? getTranslation("hint.noDataInRange") : null);
        buildPresets(state.range(), first, last);
        chart.setSource(context.chartUrl("temporal"));
    }

    private static boolean hasDataBetween(Series s, YearMonth from, YearMonth to) {
        for (int i = 0; i < s.size(); i++) {
            YearMonth d = s.dates().get(i);
            if (!d.isBefore(from) && !d.isAfter(to) && Double.isFinite(s.value(i))) {
                return true;
            }
        }
        return false;
    }

    private void onRange(TimeRange range) {
        navigate.accept(state.withRange(range));
    }

    private void buildPresets(TimeRange current, YearMonth first, YearMonth last) {
        var buttons = StaticMarkup.children();
        for (TimeRange preset : TimeRange.presets()) {
            // Native buttons styled as small primary (the current preset) or tertiary ones (dashboard.css).
            var button = buttons.appendElement("button").attr("type", "button").addClass("mtad-button")
                    .id("range-" + preset.code()).attr("data-range", preset.code())
                    .attr("aria-pressed", String.valueOf(preset.equals(current)))
                    .text(preset.presetLabel(this::getTranslation));
            if (preset.equals(current)) {
                button.addClass("mtad-button-primary");
            }
        }
        StaticMarkup.show(presetButtons, buttons);
        presets.setVisible(true);
        fromMonth.show(getTranslation("range.fromMonth"), current.start(first, last), first, last);
        toMonth.show(getTranslation("range.toMonth"), current.end(last), first, last);
    }

    /** One end changed to the month; the other keeps its month. */
    private void monthsChanged(YearMonth from, YearMonth to) {
        YearMonth a = from != null ? from : state.range().start(first, last);
        YearMonth b = to != null ? to : state.range().end(last);
        onRange(TimeRange.between(a, b));
    }
}
