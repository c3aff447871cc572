package org.mtad.research;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One sentence about one analysis, with the numbers it states.
 *
 * @param analysis temporal, means, seasonal, periodogram, correlation, regression, pca or trajectory
 * @param values   the figures in the text, unrounded, as the analysis computed them (NaN where undefined)
 */
public record Finding(String analysis, String text, Map<String, Object> values) {

    public Finding {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(text, "text");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
