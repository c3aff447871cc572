package org.mtad.ops;

import java.util.List;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.DataFileStatus;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Each data file checked now with a real query (through the catalog), timed as {@code dashboard.data.probe}. */
@Component
class DataProbe {

    private final Catalog catalog;
    private final Timer timer;

    DataProbe(Catalog catalog, MeterRegistry registry) {
        this.catalog = catalog;
        this.timer = Timer.builder("dashboard.data.probe")
                .description("Time to run the health query on every data file").register(registry);
    }

    List<DataFileStatus> run() {
        return timer.record(catalog::probe);
    }
}
