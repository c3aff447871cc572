package org.mtad.analysis;

import java.util.List;

/** Precondition checks shared by the analyses: one message shape naming the parameter and its value. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static void finite(double[] values, String name) {
        notNull(values, name);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite but was " + values[i]);
            }
        }
    }

    static void sameLength(double[] a, String nameA, double[] b, String nameB) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(nameA + " (length " + a.length + ") and " + nameB + " (length "
                    + b.length + ") must have the same length");
        }
    }

    static int indexOf(List<String> sources, String source, String name) {
        notNull(source, name);
        int i = sources.indexOf(source);
        if (i < 0) {
            throw new IllegalArgumentException(name + " = '" + source + "' is not one of " + sources);
        }
        return i;
    }
}
