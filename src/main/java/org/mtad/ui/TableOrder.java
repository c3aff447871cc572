package org.mtad.ui;

import java.util.Comparator;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The data table's order: the key of the sorted column ({@value #DATE}, or {@code c} and a source column's index)
 * and its direction. Keys arrive from the browser, so a key that names no column changes nothing.
 */
record TableOrder(String key, boolean ascending) {

    static final String DATE = "date";
    static final TableOrder BY_DATE = new TableOrder(DATE, true);
    private static final Pattern SOURCE_COLUMN = Pattern.compile("c(\\d{1,4})");

    /** The column key of source column {@code column}. */
    static String columnKey(int column) {
        return "c" + column;
    }

    /**
     * The order after a click on the header of {@code clicked} in a table of {@code columns} source columns: the same
     * column again reverses, another column sorts ascending, an unknown key keeps this order.
     */
    TableOrder clicked(String clicked, int columns) {
        if (!DATE.equals(clicked) && sourceColumn(clicked, columns).isEmpty()) {
            return this;
        }
        return clicked.equals(key) ? new TableOrder(key, !ascending) : new TableOrder(clicked, true);
    }

    /** The {@code aria-sort} value of the header with key {@code columnKey}. */
    String ariaSort(String columnKey) {
        return !columnKey.equals(key) ? "none" : ascending ? "ascending" : "descending";
    }

    /** The rows in this order; they come in date order (ascending), as {@link TableRows#of} makes them. */
    TableRows applyTo(TableRows table) {
        OptionalInt column = sourceColumn(key, table.headers().size());
        if (column.isPresent()) {
            return table.sorted(TableRows.byColumn(column.getAsInt(), ascending));
        }
        return ascending ? table : table.sorted(Comparator.comparing(TableRows.Row::date).reversed());
    }

    private static OptionalInt sourceColumn(String key, int columns) {
        var matcher = SOURCE_COLUMN.matcher(key == null ? "" : key);
        if (!matcher.matches()) {
            return OptionalInt.empty();
        }
        int column = Integer.parseInt(matcher.group(1));
        return column < columns ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
