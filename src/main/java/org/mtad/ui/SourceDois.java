package org.mtad.ui;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.mtad.catalog.Source;
import org.mtad.catalog.ToolNotes;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/** The DOI of each selected source's notes for this tool, beside the selection (static markup: one state node). */
class SourceDois extends Composite<Div> {

    SourceDois() {
        getContent().setId("source-dois");
        getContent().addClassName("mtad-dois");
    }

    void show(List<Source> sources, List<String> selected, ToolNotes notes, Locale locale) {
        var content = markup(sources, selected, notes, locale, getTranslation("dois.label"), true);
        StaticMarkup.show(this, content);
        setVisible(!content.select("a").isEmpty());
    }

    /**
     * The label, then each selected source with notes and a DOI: its name and the DOI as a link (no DOI, no link).
     * {@code withIds} is false for the page's first paint, whose copy must not take the view's ids.
     */
    static Element markup(List<Source> sources, List<String> selected, ToolNotes notes, Locale locale, String label,
            boolean withIds) {
        var content = StaticMarkup.children();
        content.appendElement("span").text(label);
        for (Source source : sources) {
            var note = notes.bySource().get(source.key());
            if (!selected.contains(source.key()) || note == null || note.doi() == null || note.doi().isBlank()) {
                continue;
            }
            var url = NotesMarkdown.doiLink(note.doi());
            if (url.isEmpty()) {
                continue;
            }
            var entry = content.appendElement("span").addClass("mtad-source")
                    .attr("style", "--mtad-source-color:" + source.color());
            if (withIds) {
                entry.id("doi-" + source.key());
            }
            entry.appendElement("span").text(source.label().in(locale) + " ");
            StaticMarkup.link(entry, url.get(), note.doi().trim());
        }
        return content;
    }
}
