package org.mtad.ui;

import java.util.List;
import java.util.Locale;

import org.mtad.catalog.Source;

/**
 * Display names and colours of the sources, in the interface language, and what exported charts say about the view.
 */
record SourceLegend(List<Source> sources, Locale locale, ExportContext export) {

    /**
     * @param tool     the tool's name, for chart titles "analysis — tool"
     * @param slug     the tool's URL key, for file names
     * @param subtitle sources, dataset and licence of the view
     */
    record ExportContext(String tool, String slug, String subtitle) {
    }

    SourceLegend {
        sources = List.copyOf(sources);
    }

    SourceLegend(List<Source> sources, Locale locale) {
        this(sources, locale, new ExportContext("", "chart", ""));
    }

    /** The caption of a chart of {@code analysis} (a section id) titled {@code title}. */
    org.mtad.ui.chart.ChartCaption caption(String analysis, String title) {
        return new org.mtad.ui.chart.ChartCaption(export.tool().isEmpty() ? title : title + " \u2014 " + export.tool(),
                export.subtitle(), "mtad-" + export.slug() + "-" + analysis);
    }

    String label(String key) {
        return find(key).map(s -> s.label().in(locale)).orElse(key);
    }

    String color(String key) {
        return find(key).map(Source::color).orElse("#777777");
    }

    List<String> labels(List<String> keys) {
        return keys.stream().map(this::label).toList();
    }

    List<String> colors(List<String> keys) {
        return keys.stream().map(this::color).toList();
    }

    String chartLocale() {
        return UiLanguage.code(locale);
    }

    private java.util.Optional<Source> find(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
