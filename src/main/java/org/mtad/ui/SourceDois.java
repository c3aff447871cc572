package org.mtad.ui;

import java.util.List;
import java.util.Locale;

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
        var content = StaticMarkup.children();
        boolean any = false;
        content.appendElement("span").text(getTranslation("dois.label"));
        for (Source source : sources) {
            var note = notes.bySource().get(source.key());
            if (!selected.contains(source.key()) || note == null || note.doi() == null || note.doi().isBlank()) {
                continue;
            }
            var url = NotesMarkdown.doiLink(note.doi());
            if (url.isEmpty()) {
                continue;
            }
            var entry = content.appendElement("span").id("doi-" + source.key()).addClass("mtad-source")
                    .attr("style", "--mtad-source-color:" + source.color());
            entry.appendElement("span").text(source.label().in(locale) + " ");
            StaticMarkup.link(entry, url.get(), note.doi().trim());
            any = true;
        }
        StaticMarkup.show(this, content);
        setVisible(any);
    }
}
