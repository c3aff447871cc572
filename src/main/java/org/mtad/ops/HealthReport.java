package org.mtad.ops;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.mtad.catalog.DataFileStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code GET /health}.
 *
 * @param message   what is missing, only when unhealthy
 * @param databases one entry per data file, checked now
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HealthReport(String status, String service, String version, Instant timestamp, long uptimeSeconds,
                    String dataVersion, String message, List<Database> databases) {

    static final String HEALTHY = "healthy";
    static final String UNHEALTHY = "unhealthy";

    HealthReport {
        databases = List.copyOf(databases);
    }

    /**
     * @param path   relative to DATA_DIR
     * @param status ok | missing | broken
     * @param check  the query that was run
     * @param result what it answered, or what is wrong
     */
    record Database(String path, boolean required, String status, String check, String result) {

        static Database of(DataFileStatus file) {
            return new Database(file.file(), file.required(), file.state().name().toLowerCase(Locale.ROOT),
                    "SELECT count(*) FROM sqlite_master", file.detail());
        }
    }

    boolean healthy() {
        return HEALTHY.equals(status);
    }
}
