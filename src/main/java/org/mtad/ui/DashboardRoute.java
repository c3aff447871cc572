package org.mtad.ui;

import java.util.Optional;

import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;

import com.vaadin.flow.router.QueryParameters;

/**
 * Whether a dashboard URL names things that exist. One check for both places that answer such a URL: the page
 * request before any UI exists ({@link PageGate}) and {@link DashboardView#beforeEnter} inside a running UI.
 */
final class DashboardRoute {

    private DashboardRoute() {
    }

    /** What is wrong with {@code /{slug}?query}, as an {@link UnknownSelection} message; empty when all exists. */
    static Optional<String> problem(Snapshot snapshot, String slug, QueryParameters query) {
        if (snapshot.tool(slug).isEmpty()) {
            return Optional.of(UnknownSelection.tool(slug));
        }
        String badRange = DashboardState.invalidRange(query);
        if (badRange != null) {
            return Optional.of(UnknownSelection.range(badRange));
        }
        var state = DashboardState.from(slug, query, snapshot.sources().stream().map(Source::key).toList());
        for (String key : state.sources()) {
            if (snapshot.source(key).isEmpty()) {
                return Optional.of(UnknownSelection.source(key));
            }
        }
        return Optional.empty();
    }
}
