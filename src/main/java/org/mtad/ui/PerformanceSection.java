package org.mtad.ui;

import java.time.Duration;
import java.util.Locale;

import org.mtad.catalog.Series;
import org.mtad.toolanalysis.ToolAnalysis;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Div;

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
        // Read-only figures: one state node each for the grid of figures and for the list.
        var shown = StaticMarkup.children();
        figure(shown, "performance.query", millis(timings.queryNanos()));
        figure(shown, "performance.analysis", millis(analysisNanos));
        figure(shown, "performance.served", millis(served));
        figure(shown, "performance.build", millis(build.toNanos()));
        figure(shown, "performance.rows", String.valueOf(rows));
        figure(shown, "performance.months", String.valueOf(analysis.aligned().rows()));
        figure(shown, "performance.version", analysis.version());
        StaticMarkup.show(figures, shown);
        var items = StaticMarkup.children();
        timings.analysisNanos().forEach((name, nanos) ->
                items.appendElement("li").text(getTranslation("analysis." + name) + ": " + millis(nanos)));
        StaticMarkup.show(details, items);
    }

    private void figure(org.jsoup.nodes.Element parent, String key, String value) {
        var figure = parent.appendElement("div");
        figure.appendElement("span").text(getTranslation(key));
        figure.appendElement("span").addClass("value").attr("data-figure", key).text(value);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
}
