package org.mtad.ui;

import java.util.function.BiFunction;

/** Encodes what was wrong in a dashboard URL into the not-found message, and back into a sentence. */
final class UnknownSelection {

    static final String PREFIX = "unknown-";

    private UnknownSelection() {
    }

    static String tool(String slug) {
        return PREFIX + "tool:" + slug;
    }

    static String source(String key) {
        return PREFIX + "source:" + key;
    }

    static String range(String text) {
        return PREFIX + "range:" + text;
    }

    static String describe(String message, BiFunction<String, Object[], String> translate) {
        String rest = message.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String kind = rest.substring(0, colon);
        String value = rest.substring(colon + 1);
        return translate.apply("notFound." + kind, new Object[] {value});
    }
}
