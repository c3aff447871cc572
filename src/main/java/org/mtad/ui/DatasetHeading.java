package org.mtad.ui;

import java.util.Locale;

import org.mtad.catalog.Catalog;
import org.springframework.stereotype.Component;

/** The dataset's title and whether its data are synthetic, for the page header. */
@Component
class DatasetHeading {

    private final Catalog catalog;

    DatasetHeading(Catalog catalog) {
        this.catalog = catalog;
    }

    String title(Locale locale) {
        return catalog.current().description().title().in(locale);
    }

    boolean synthetic() {
        return catalog.current().description().synthetic();
    }
}
