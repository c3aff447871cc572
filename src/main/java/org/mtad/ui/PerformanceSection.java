package org.mtad.ui;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** 10. Figures measured while building this view (never fixed text): data time, analysis time, page build time, rows. */
class PerformanceSection extends Composite<SectionFrame> {

    private final Div figures = new Div();

    PerformanceSection() {
        figures.addClassName("mtad-perf");
        figures.setId("performance-figures");
        getContent().setBody(figures);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("performance");
    }

    void show(DashboardData.Performance p, Duration build) {
        getContent().setTexts(getTranslation("performance.title"), getTranslation("performance.explain"));
        figures.removeAll();
        figures.add(figure("performance.query", millis(p.query())),
                figure("performance.analysis", millis(p.analysis())),
                figure("performance.build", millis(build)),
                figure("performance.rows", String.valueOf(p.rows())),
                figure("performance.months", String.valueOf(p.points())),
                figure("performance.version", p.dataVersion()));
    }

    private Div figure(String key, String value) {
        var label = new Span(getTranslation(key));
        var shown = new Span(value);
        shown.addClassName("value");
        shown.getElement().setAttribute("data-figure", key);
        return new Div(label, shown);
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.2f ms", d.toNanos() / 1e6);
    }
}
