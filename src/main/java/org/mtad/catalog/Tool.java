package org.mtad.catalog;

import java.util.Objects;

/**
 * One management tool (an entity of the dataset).
 *
 * @param slug URL-safe key derived from the keyword, unique in the dataset
 * @param keyword the value of the {@code keyword} column (the Spanish name in the research data)
 */
public record Tool(String slug, String keyword, LocalizedText name) {

    public Tool {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(name, "name");
    }
}
