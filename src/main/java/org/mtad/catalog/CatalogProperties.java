package org.mtad.catalog;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir            the dataset directory ({@code DATA_DIR})
 * @param reloadInterval how often the files are checked for replacement
 */
@ConfigurationProperties("dashboard.data")
public record CatalogProperties(@DefaultValue("./data") Path dir, @DefaultValue("2s") Duration reloadInterval) {

    public CatalogProperties {
        if (reloadInterval.isNegative() || reloadInterval.isZero()) {
            throw new IllegalArgumentException("dashboard.data.reload-interval must be positive (got " + reloadInterval + ")");
        }
    }
}
