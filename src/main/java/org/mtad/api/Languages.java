package org.mtad.api;

import java.util.Locale;

/** The {@code lang} parameter: es or en (default en). */
final class Languages {

    private Languages() {
    }

    static Locale parse(String lang) {
        if (lang == null || lang.isBlank() || lang.strip().equalsIgnoreCase("en")) {
            return Locale.ENGLISH;
        }
        if (lang.strip().equalsIgnoreCase("es")) {
            return Locale.of("es");
        }
        throw ApiProblem.badRequest("Parameter 'lang' must be es or en (got '"
                + org.mtad.toolanalysis.SelectionException.shorten(lang) + "')");
    }
}
