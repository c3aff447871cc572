package org.mtad.ui;

import java.util.List;
import java.util.Locale;

import org.mtad.catalog.Source;

/** Display names and colours of the sources, in the interface language. */
record SourceLegend(List<Source> sources, Locale locale) {

    SourceLegend {
        sources = List.copyOf(sources);
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
