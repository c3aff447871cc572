package org.mtad.catalog;

import java.util.Map;
import java.util.Optional;

/** Notes on one tool: one entry per source that has notes, and the DOI of the tool's overall report if any. */
public record ToolNotes(Map<String, SourceNote> bySource, Optional<String> reportDoi) {

    public static final ToolNotes NONE = new ToolNotes(Map.of(), Optional.empty());

    public ToolNotes {
        bySource = Map.copyOf(bySource);
    }
}
