package org.mtad.catalog;

import java.util.Objects;

/**
 * A data source: one table in {@code data.db}. The key is the table name.
 *
 * @param notesKey the value of {@code tool_notes.Source} that holds this source's notes
 */
public record Source(String key, LocalizedText label, String color, AnnualAggregation annual, String notesKey) {

    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(notesKey, "notesKey");
    }
}
