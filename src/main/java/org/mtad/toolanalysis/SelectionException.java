package org.mtad.toolanalysis;

import java.util.List;

/** A selection that names something the dataset does not have, or is malformed. */
public class SelectionException extends RuntimeException {

    public enum Kind { UNKNOWN, INVALID }

    private final Kind kind;
    private final String parameter;
    private final List<String> validValues;

    private SelectionException(Kind kind, String parameter, String message, List<String> validValues) {
        super(message, null, false, false);
        this.kind = kind;
        this.parameter = parameter;
        this.validValues = List.copyOf(validValues);
    }

    static SelectionException unknown(String what, String value, List<String> valid) {
        return new SelectionException(Kind.UNKNOWN, what, "Unknown " + what + " '" + shorten(value) + "'. Valid values: "
                + String.join(", ", valid), valid);
    }

    static SelectionException invalid(String parameter, String problem) {
        return new SelectionException(Kind.INVALID, parameter, "Parameter '" + parameter + "' " + problem, List.of());
    }

    /** Echoing a client's value back helps; echoing a megabyte of it or control characters does not. */
    public static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }

    public Kind kind() {
        return kind;
    }

    /** "tool", "source", or the name of the malformed parameter. */
    public String parameter() {
        return parameter;
    }

    public List<String> validValues() {
        return validValues;
    }
}
