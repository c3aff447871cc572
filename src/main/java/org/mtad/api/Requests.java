package org.mtad.api;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.Snapshot;

/** Shared first steps of every API request. */
final class Requests {

    private Requests() {
    }

    /** The current snapshot, or 503 naming the data file that makes it unusable. */
    static Snapshot usable(Catalog catalog) {
        Snapshot snapshot = catalog.current();
        snapshot.unusableFile().ifPresent(f -> {
            throw ApiProblem.unavailable(f);
        });
        return snapshot;
    }
}
