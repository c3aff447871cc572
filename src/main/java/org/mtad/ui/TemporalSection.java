package org.mtad.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.mtad.catalog.Series;
import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.function.SerializableConsumer;

/** 1. One line per source over time, with range presets counted back from the last month and explicit years. */
class TemporalSection extends Composite<SectionFrame> implements DashboardSection {

    private final ApexChart chart = new ApexChart();
    private final Div presets = new Div();
    // Combo boxes, not selects: their items reach the browser only when opened, while a select keeps a server-side
    // component per year (some 150 of them) in every open tab.
    private final ComboBox<Integer> fromYear = new ComboBox<>();
    private final ComboBox<Integer> toYear = new ComboBox<>();
    private DashboardState state;
    private SerializableConsumer<DashboardState> navigate;

    TemporalSection() {
        fromYear.setId("range-from");
        toYear.setId("range-to");
        fromYear.addValueChangeListener(e -> { if (e.isFromClient()) { yearsChanged(); } });
        toYear.addValueChangeListener(e -> { if (e.isFromClient()) { yearsChanged(); } });
        chart.setId("chart-temporal");
        presets.addClassName("mtad-controls");
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
        YearMonth first = span.get()[0];
        YearMonth last = span.get()[1];
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
        presets.removeAll();
        for (int years : TimeRange.PRESETS) {
            TimeRange preset = years == 0 ? TimeRange.ALL : TimeRange.lastYears(years);
            Button b = new Button(years == 0 ? getTranslation("range.all") : getTranslation("range.years", years),
                    e -> onRange(preset));
            b.setId("range-" + preset.code());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    preset.equals(current) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("aria-pressed", String.valueOf(preset.equals(current)));
            presets.add(b);
        }
        List<Integer> years = new ArrayList<>();
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            years.add(y);
        }
        fromYear.setLabel(getTranslation("range.from"));
        toYear.setLabel(getTranslation("range.to"));
        fromYear.setItems(years);
        toYear.setItems(years);
        fromYear.setValue(current.start(first, last).getYear());
        toYear.setValue(current.end(last).getYear());
        presets.add(fromYear, toYear);
    }

    private void yearsChanged() {
        Integer a = fromYear.getValue();
        Integer b = toYear.getValue();
        if (a != null && b != null) {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            onRange(TimeRange.between(YearMonth.of(lo, 1), YearMonth.of(hi, 12)));
        }
    }
}
