package org.mtad.api;

import org.mtad.catalog.Snapshot;
import org.mtad.toolanalysis.Selection;
import org.mtad.toolanalysis.SelectionException;

/** Parses a tool selection from query parameters into the API's errors: 404 for unknown names, 400 otherwise. */
final class ToolSelections {

    private ToolSelections() {
    }

    static Selection parse(Snapshot snapshot, String tool, String sources, String x, String y) {
        try {
            return Selection.parse(snapshot, tool, sources, x, y);
        } catch (SelectionException e) {
            throw e.kind() == SelectionException.Kind.UNKNOWN
                    ? new ApiProblem(org.springframework.http.HttpStatus.NOT_FOUND, "not_found", e.getMessage())
                    : ApiProblem.badRequest(e.getMessage());
        }
    }
}
