package org.mtad.ui;

import org.mtad.catalog.SourceNote;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** A source's notes for the current tool, with its search link and DOI; opened from the info button of a source. */
class SourceNotesDialog extends Dialog {

    SourceNotesDialog(String sourceLabel, String toolName, SourceNote note) {
        setHeaderTitle(sourceLabel + " — " + toolName);
        setId("notes-dialog");
        setMaxWidth("min(48rem, 100vw)");
        var body = new Div();
        if (note == null || note.notes().isBlank()) {
            body.add(new Paragraph(getTranslation("notes.none")));
        } else {
            var language = new Paragraph(getTranslation("notes.language"));
            language.addClassName("mtad-explain");
            body.add(language, new Html(NotesMarkdown.toHtml(note.notes())));
        }
        if (note != null) {
            NotesMarkdown.safeLink(note.link()).ifPresent(url ->
                    body.add(new Paragraph(new Anchor(url, getTranslation("notes.search"), AnchorTarget.BLANK))));
            NotesMarkdown.doiLink(note.doi()).ifPresent(url ->
                    body.add(new Paragraph(new Anchor(url, "DOI: " + note.doi().trim(), AnchorTarget.BLANK))));
        }
        add(body);
        getFooter().add(new Button(getTranslation("dialog.close"), e -> close()));
    }
}
