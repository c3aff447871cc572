package org.mtad.catalog;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One source's monthly values for one tool, in date order, without gaps in the stored rows
 * (months the source does not cover are simply absent).
 */
public record Series(String source, List<YearMonth> dates, double[] values) {

    public Series {
        Objects.requireNonNull(source, "source");
        dates = List.copyOf(dates);
        values = values.clone();
        if (dates.size() != values.length) {
            throw new IllegalArgumentException("dates (" + dates.size() + ") and values (" + values.length + ") differ in length");
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException("dates must be strictly increasing at index " + i + ": " + dates.get(i));
            }
        }
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double value(int index) {
        return values[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && source.equals(s.source) && dates.equals(s.dates)
                && java.util.Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, dates, java.util.Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "Series[" + source + ", " + values.length + " points"
                + (dates.isEmpty() ? "" : ", " + dates.getFirst() + ".." + dates.getLast()) + "]";
    }
}
