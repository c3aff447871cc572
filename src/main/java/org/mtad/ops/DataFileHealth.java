package org.mtad.ops;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.DataFileStatus;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One health indicator per data file, grouped as {@code dataFiles}, part of the readiness probe only: a broken file
 * takes the instance out of rotation but must not make the platform restart it (liveness stays UP).
 * An optional file that is broken leaves readiness UP: the dashboard works without it.
 */
@Configuration
class DataFileHealth {

    @Bean
    HealthContributor dataFiles(Catalog catalog, DataProbe probe) {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        for (DataFileStatus known : catalog.current().files()) {
            if (known.file().endsWith(".db")) {
                indicators.put(known.file().replace('.', '-'), () -> check(probe, known.file()));
            }
        }
        return CompositeHealthContributor.fromMap(indicators);
    }

    private static Health check(DataProbe probe, String file) {
        return probe.run().stream().filter(f -> f.file().equals(file)).findFirst()
                .map(f -> (f.ok() || !f.required() ? Health.up() : Health.down())
                        .withDetail("state", f.state().name().toLowerCase(Locale.ROOT))
                        .withDetail("required", f.required())
                        .withDetail("result", f.detail()).build())
                .orElseGet(() -> Health.unknown().build());
    }
}
