package org.mtad.ops;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.DataFileStatus;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}, what Docker's HEALTHCHECK, Dokploy and the original dashboard's operators call: 200 when every
 * required data file answers a real query now, 503 naming the ones that do not. Never cached, never a session.
 */
@RestController
class HealthController {

    private final DataProbe probe;
    private final Catalog catalog;
    private final ServiceIdentity identity;
    private final Clock clock;

    HealthController(DataProbe probe, Catalog catalog, ServiceIdentity identity) {
        this.probe = probe;
        this.catalog = catalog;
        this.identity = identity;
        this.clock = Clock.systemUTC();
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HealthReport> health() {
        List<DataFileStatus> files = probe.run();
        List<DataFileStatus> failing = files.stream().filter(f -> f.required() && !f.ok()).toList();
        String message = failing.isEmpty() ? null : failing.stream()
                .map(f -> f.file() + " is " + f.state().name().toLowerCase(Locale.ROOT) + ": " + f.detail())
                .collect(Collectors.joining("; ", "Required data file ", ""));
        var report = new HealthReport(failing.isEmpty() ? HealthReport.HEALTHY : HealthReport.UNHEALTHY,
                identity.service(), identity.version(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000, catalog.current().version(), message,
                files.stream().map(HealthReport.Database::of).toList());
        return ResponseEntity.status(report.healthy() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore()).body(report);
    }
}
