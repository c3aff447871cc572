package org.mtad.ui.chart;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One data point. {@code x} is a number (epoch milliseconds on datetime axes) or a category;
 * {@code y} may be null for a gap; {@code label} replaces x in the tooltip when set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Point(Object x, @JsonInclude(JsonInclude.Include.ALWAYS) Double y, String label) {

    public static Point of(Object x, double y) {
        return new Point(x, Double.isFinite(y) ? y : null, null);
    }

    public static Point labelled(Object x, double y, String label) {
        return new Point(x, Double.isFinite(y) ? y : null, label);
    }
}
