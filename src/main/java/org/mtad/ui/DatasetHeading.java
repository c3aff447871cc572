package org.mtad.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

/** The dataset's title and whether its data are synthetic, for the page header. */
@Component
class DatasetHeading {

    String title(Locale locale) {
        return "es".equals(locale.getLanguage()) ? "Análisis de herramientas gerenciales" : "Management Tools Analysis";
    }

    boolean synthetic() {
        return false;
    }
}
