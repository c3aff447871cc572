package org.mtad.catalog;

import java.util.Locale;
import java.util.Objects;

/** A text in Spanish and English; the dataset's two languages. */
public record LocalizedText(String es, String en) {

    public LocalizedText {
        Objects.requireNonNull(es, "es");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    public String in(Locale locale) {
        return "es".equals(locale.getLanguage()) ? es : en;
    }
}
