package org.mtad.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.mtad.catalog.Tool;
import org.mtad.ui.chart.ApexChart;

import com.vaadin.flow.router.QueryParameters;

/**
 * The first screen of a tool's dashboard written into the bootstrap page: header, selection, source DOIs, section
 * list and the first section's frame with the place of its chart, where first-paint-chart.js draws the chart from
 * the options the page fetched early (the chart element takes that chart over). The browser paints it as soon as the
 * HTML and the style sheets are in, instead of after Vaadin's client has loaded, started and made two round trips;
 * crawlers and visitors without JavaScript read it too. It is a picture, not controls: no ids, no listeners. The view
 * removes it when its own content is in ({@link MainLayout}); the picture lies over the page, so nothing shifts when
 * it goes.
 * Built from the catalog only, with no session and no analysis, so a bare GET stays as cheap as before.
 */
final class FirstPaint {

    /** The id the view removes; the only id in the markup. */
    static final String ID = "mtad-first-paint";
    private static final String CLASS = "mtad-first-paint";
    /** The dashboard's section titles in page order (FirstPaintIT checks them against the view's section list). */
    static final List<String> SECTION_TITLES = List.of("temporal.title", "means.title", "trajectory.title",
            "seasonal.title", "fourier.title", "correlation.title", "regression.title", "pca.title", "table.title",
            "performance.title");

    private FirstPaint() {
    }

    /** Prepends the first screen to {@code body} for a valid dashboard URL; anything else gets nothing. */
    static void write(Element body, HttpServletRequest request, Snapshot snapshot, PageTexts texts) {
        Optional<Tool> tool = PageGate.pagePath(request).filter(path -> !path.isEmpty()).flatMap(snapshot::tool);
        if (tool.isEmpty()) {
            return;
        }
        String query = request.getQueryString();
        var parameters = query == null ? QueryParameters.empty() : QueryParameters.fromString(query);
        if (DashboardRoute.problem(snapshot, tool.get().slug(), parameters).isPresent()) {
            return;
        }
        var state = DashboardState.from(tool.get().slug(), parameters,
                snapshot.sources().stream().map(Source::key).toList());
        var markup = markup(snapshot, tool.get(), state, texts);
        // Where first-paint-chart.js draws the first chart early, for the chart element of this URL to take over.
        if (!state.sources().isEmpty()) {
            markup.select(".mtad-fp-chart").attr("data-first-chart",
                    FirstChartPreloads.firstChartUrl(state, texts.locale(), snapshot));
        }
        body.prependChild(markup);
        // Over the page while the client starts (dashboard.css); without scripting there is no client, so it is the page.
        body.ownerDocument().head().appendElement("noscript").appendElement("style")
                .appendChild(new DataNode("." + CLASS + "{position:static}"));
    }

    static Element markup(Snapshot snapshot, Tool tool, DashboardState state, PageTexts texts) {
        var locale = texts.locale();
        var root = StaticMarkup.children().id(ID).addClass("mtad-shell").addClass(CLASS);
        var header = root.appendElement("header").addClass("mtad-header");
        header.appendElement("h1").addClass("mtad-title").text(snapshot.description().title().in(locale));
        if (snapshot.description().synthetic()) {
            header.appendElement("span").addClass("mtad-synthetic").attr("theme", "badge warning")
                    .text(texts.get("header.synthetic"));
        }
        header.appendElement("span").addClass("mtad-language").addClass("mtad-fp-field")
                .text(UiLanguage.code(locale).equals("es") ? "Español" : "English");

        var main = root.appendElement("main").addClass("mtad-content");
        var panel = main.appendElement("div");
        var top = panel.appendElement("div").addClass("mtad-controls");
        var picker = top.appendElement("div").addClass("mtad-fp-picker");
        picker.appendElement("span").addClass("mtad-fp-label").text(texts.get("picker.tool"));
        picker.appendElement("span").addClass("mtad-fp-field").text(tool.name().in(locale));
        var report = top.appendElement("div");
        snapshot.notes(tool).reportDoi().ifPresent(doi -> NotesMarkdown.doiLink(doi).ifPresent(url ->
                StaticMarkup.link(report, url, texts.get("picker.report") + " (DOI " + doi.trim() + ")")));

        var sources = panel.appendElement("div").addClass("mtad-sources");
        sources.appendElement("span").text(texts.get("picker.sources"));
        for (Source source : snapshot.sources()) {
            var chip = sources.appendElement("span").addClass("mtad-source")
                    .attr("style", "--mtad-source-color:" + source.color());
            chip.appendElement("span").addClass("mtad-fp-box")
                    .attr("data-checked", String.valueOf(state.sources().contains(source.key())));
            chip.appendElement("span").addClass("mtad-fp-check").text(source.label().in(locale));
            chip.appendElement("span").addClass("mtad-button").addClass("mtad-icon-button")
                    .append(SelectionPanel.INFO_ICON);
        }
        var buttons = panel.appendElement("div").addClass("mtad-controls");
        buttons.appendElement("span").addClass("mtad-fp-button").text(texts.get("picker.all"));
        buttons.appendElement("span").addClass("mtad-fp-button").text(texts.get("picker.none"));

        var dois = SourceDois.markup(snapshot.sources(), state.sources(), snapshot.notes(tool), locale,
                texts.get("dois.label"), false);
        if (!dois.select("a").isEmpty()) {
            main.appendElement("div").addClass("mtad-dois").appendChildren(dois.children());
        }
        if (state.sources().isEmpty()) {
            main.appendElement("p").addClass("mtad-hint").text(texts.get("hint.noSources"));
            return root;
        }
        var nav = main.appendElement("nav").addClass("mtad-nav").attr("aria-label", texts.get("nav.label"));
        SECTION_TITLES.forEach(key -> nav.appendElement("span").addClass("mtad-button").text(texts.get(key)));

        var first = main.appendElement("section").addClass("mtad-section");
        first.appendElement("h2").text(texts.get("temporal.title"));
        first.appendElement("p").addClass("mtad-explain").text(texts.get("temporal.explain"));
        // As the view nests them (TemporalSection), so that the rows wrap alike.
        var presets = first.appendElement("div").addClass("mtad-controls").appendElement("div").addClass("mtad-controls");
        for (TimeRange preset : TimeRange.presets()) {
            var button = presets.appendElement("span").addClass("mtad-button").text(preset.presetLabel(texts::get));
            if (preset.equals(state.range())) {
                button.addClass("mtad-button-primary");
            }
        }
        var span = TemporalChart.span(state.sources().stream().flatMap(key -> snapshot.source(key).stream())
                .map(source -> snapshot.series(tool, source)).toList());
        span.ifPresent(months -> {
            month(presets, texts.get("range.fromMonth"), state.range().start(months[0], months[1]), months);
            month(presets, texts.get("range.toMonth"), state.range().end(months[1]), months);
        });
        first.appendElement("div").addClass("mtad-fp-chart").attr("style", "min-height:" + ApexChart.reservedHeight() + "px");
        return root;
    }

    /** The view's month field (MonthField), shown but not usable; its bounds also set its width in Chromium. */
    private static void month(Element parent, String label, YearMonth value, YearMonth[] bounds) {
        var field = parent.appendElement("label").addClass("mtad-month");
        field.appendElement("span").text(label);
        field.appendElement("input").attr("type", "month").attr("min", bounds[0].toString())
                .attr("max", bounds[1].toString()).attr("value", value.toString()).attr("disabled", true)
                .attr("tabindex", "-1");
    }
}
