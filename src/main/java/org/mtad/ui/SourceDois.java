package org.mtad.ui;

import java.util.List;
import java.util.Locale;

import org.mtad.catalog.Source;
import org.mtad.catalog.ToolNotes;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The DOI of each selected source's notes for this tool, beside the selection. */
class SourceDois extends Composite<Div> {

    SourceDois() {
        getContent().setId("source-dois");
        getContent().addClassName("mtad-dois");
    }

    void show(List<Source> sources, List<String> selected, ToolNotes notes, Locale locale) {
        var content = getContent();
        content.removeAll();
        boolean any = false;
        content.add(new Span(getTranslation("dois.label")));
        for (Source source : sources) {
            var note = notes.bySource().get(source.key());
            if (!selected.contains(source.key()) || note == null || note.doi() == null || note.doi().isBlank()) {
                continue;
            }
            var url = NotesMarkdown.doiLink(note.doi());
            if (url.isEmpty()) {
                continue;
            }
            var entry = new Span(new Span(source.label().in(locale) + " "),
                    new Anchor(url.get(), note.doi().trim(), AnchorTarget.BLANK));
            entry.setId("doi-" + source.key());
            entry.addClassName("mtad-source");
            entry.getStyle().set("--mtad-source-color", source.color());
            content.add(entry);
            any = true;
        }
        setVisible(any);
    }
}
