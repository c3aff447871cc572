package org.mtad.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The interface texts (vaadin-i18n/translations_*.properties, the files Vaadin's own provider reads) for answers
 * written without a UI: the page head, the 404 and 503 pages. Same lookup and MessageFormat as the views.
 */
final class PageTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    PageTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
