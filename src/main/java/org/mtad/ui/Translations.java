package org.mtad.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The interface texts of one language, read from the same bundle and formatted the same way as Vaadin's
 * {@code getTranslation} does, for code that runs without a UI (the chart endpoint, the chart builders' tests).
 */
record Translations(Locale locale) {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    String get(String key, Object... params) {
        String text = ResourceBundle.getBundle(BUNDLE, locale, EXACT).getString(key);
        return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }
}
