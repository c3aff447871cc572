package org.mtad.ui;

import java.time.Duration;
import java.util.Locale;

import org.mtad.catalog.Series;
import org.mtad.toolanalysis.ToolAnalysis;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** 10. Figures measured while building this view (never fixed text): data time, analysis time, page build time, rows. */
class PerformanceSection extends Composite<SectionFrame> implements DashboardSection {

    private final Div figures = new Div();
    private final UnorderedList details = new UnorderedList();

    PerformanceSection() {
        figures.addClassName("mtad-perf");
        figures.setId("performance-figures");
        details.setId("performance-details");
        details.addClassName("mtad-explain");
        getContent().setBody(figures, details);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("performance");
    }

    @Override
    public String titleKey() {
        return "performance.title";
    }

    /**
     * Shows how long this request waited for the analyses (short when the service answered from its cache) and the
     * whole server-side preparation of this view; shown last, so that it includes the other sections.
     */
    @Override
    public void show(SectionContext context) {
        ToolAnalysis analysis = context.analysis();
        long served = context.served();
        Duration build = Duration.ofNanos(System.nanoTime() - context.started());
        getContent().setTexts(getTranslation("performance.title"), getTranslation("performance.explain"));
        var timings = analysis.timings();
        long analysisNanos = timings.analysisNanos().values().stream().mapToLong(Long::longValue).sum();
        long rows = analysis.series().values().stream().mapToLong(Series::size).sum();
        figures.removeAll();
        figures.add(figure("performance.query", millis(timings.queryNanos())),
                figure("performance.analysis", millis(analysisNanos)),
                figure("performance.served", millis(served)),
                figure("performance.build", millis(build.toNanos())),
                figure("performance.rows", String.valueOf(rows)),
                figure("performance.months", String.valueOf(analysis.aligned().rows())),
                figure("performance.version", analysis.version()));
        details.removeAll();
        timings.analysisNanos().forEach((name, nanos) -> details.add(new ListItem(getTranslation("analysis." + name) + ": " + millis(nanos))));
    }

    private Div figure(String key, String value) {
        var label = new Span(getTranslation(key));
        var shown = new Span(value);
        shown.addClassName("value");
        shown.getElement().setAttribute("data-figure", key);
        return new Div(label, shown);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
}
