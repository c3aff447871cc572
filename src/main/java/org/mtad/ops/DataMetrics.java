package org.mtad.ops;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.Snapshot;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;

/**
 * Metrics of the data being served:
 * {@code dashboard_data_info{version="..."} 1} (the version changes whenever a data file's content does),
 * {@code dashboard_data_usable} (1 when every required file is readable),
 * {@code dashboard_data_load_duration_seconds} (how long reading the served snapshot took: all its queries).
 */
@Component
class DataMetrics implements DisposableBean {

    private final Catalog catalog;
    private final MultiGauge info;
    private final ScheduledExecutorService refresher;
    private volatile String shownVersion;

    DataMetrics(Catalog catalog, MeterRegistry registry) {
        this.catalog = catalog;
        this.info = MultiGauge.builder("dashboard.data.info").description("The data version being served (value 1)")
                .register(registry);
        Gauge.builder("dashboard.data.usable", catalog, c -> c.current().usable() ? 1 : 0)
                .description("1 when every required data file is readable").register(registry);
        TimeGauge.builder("dashboard.data.load.duration", catalog, TimeUnit.MILLISECONDS,
                        c -> c.current().loadTime().toMillis())
                .description("Time the served snapshot took to read from the data files").register(registry);
        refresh();
        // A gauge's tags are fixed, so a new version means a new row; checked as often as the catalog reloads.
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "data-metrics");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 1, 1, TimeUnit.SECONDS);
    }

    private void refresh() {
        Snapshot snapshot = catalog.current();
        if (!snapshot.version().equals(shownVersion)) {
            shownVersion = snapshot.version();
            info.register(List.of(MultiGauge.Row.of(Tags.of("version", snapshot.version()), 1)), true);
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
