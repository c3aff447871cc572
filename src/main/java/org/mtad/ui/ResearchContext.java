package org.mtad.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Tool;
import org.mtad.research.Citation;

import com.vaadin.flow.server.VaadinServletRequest;

/** What the view says about itself: its citation with the deep link, and the captions of exported charts. */
final class ResearchContext {

    private ResearchContext() {
    }

    /** What exported charts of this view say about it; needs no UI (the chart endpoint builds it too). */
    static SourceLegend.ExportContext export(Snapshot snapshot, Tool tool, List<String> selected, Translations text) {
        Locale locale = text.locale();
        var d = snapshot.description();
        String sources = String.join(", ", selected.stream()
                .map(k -> snapshot.source(k).map(s -> s.label().in(locale)).orElse(k)).toList());
        String licence = d.credits().license().map(l -> l.name()).orElse(text.get("export.noLicence"));
        return new SourceLegend.ExportContext(tool.name().in(locale), tool.slug(),
                text.get("export.subtitle", sources, d.title().in(locale), licence));
    }

    static Citation citation(Snapshot snapshot, Tool tool, DashboardState state, Locale locale) {
        return Citation.of(snapshot.description(), tool, snapshot.version(), deepLink(state, locale),
                LocalDate.now(ZoneOffset.UTC), locale);
    }

    /** The URL of exactly this view, in this language. */
    static String deepLink(DashboardState state, Locale locale) {
        String query = state.withLang(UiLanguage.code(locale)).toQuery().getQueryString();
        return origin() + "/" + state.tool() + (query.isEmpty() ? "" : "?" + query);
    }

    private static String origin() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort = ("http".equals(http.getScheme()) && port == 80) || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
    }
}
