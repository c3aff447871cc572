package org.mtad.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.SourceNote;
import org.mtad.catalog.ToolNotes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The researchers' notes on a tool, per source, as stored (Markdown, in the language they were written in). */
@RestController
@RequestMapping("/api/v1/tools/{tool}")
class NotesController {

    record Note(String notes, String link, String searchExpression, String doi) {
    }

    record Notes(String tool, String reportDoi, Map<String, Note> sources) {
    }

    private final Catalog catalog;

    NotesController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/notes")
    Notes notes(@PathVariable String tool) {
        var snapshot = Requests.usable(catalog);
        var selection = ToolSelections.parse(snapshot, tool, null, null, null);
        ToolNotes notes = snapshot.notes(selection.tool());
        Map<String, Note> bySource = new LinkedHashMap<>();
        for (var source : snapshot.sources()) {
            SourceNote n = notes.bySource().get(source.key());
            if (n != null) {
                bySource.put(source.key(), new Note(n.notes(), n.link(), n.searchExpression(), n.doi()));
            }
        }
        return new Notes(selection.tool().slug(), notes.reportDoi().orElse(null), bySource);
    }
}
