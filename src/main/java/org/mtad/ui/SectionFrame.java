package org.mtad.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The common frame of a dashboard section: a title, one plain sentence saying what it shows, then either the
 * section's content or a hint explaining why there is nothing to show.
 */
class SectionFrame extends Section {

    private final H2 title = new H2();
    private final Paragraph explanation = new Paragraph();
    private final Div controls = new Div();
    private final Div body = new Div();
    private final Paragraph hint = new Paragraph();
    private final Paragraph note = new Paragraph();

    SectionFrame(String id) {
        setId(id);
        addClassName("mtad-section");
        explanation.addClassName("mtad-explain");
        hint.addClassName("mtad-hint");
        hint.setVisible(false);
        body.setWidthFull();
        controls.addClassName("mtad-controls");
        note.addClassName("mtad-note");
        note.setId(id + "-note");
        note.setVisible(false);
        add(title, explanation, controls, hint, note, body);
    }

    void setTexts(String titleText, String explanationText) {
        title.setText(titleText);
        explanation.setText(explanationText);
    }

    String title() {
        return title.getText();
    }

    /** Controls stay visible with the hint, so the user can change what caused it. */
    void setControls(Component... components) {
        controls.removeAll();
        controls.add(components);
    }

    void setBody(Component... components) {
        body.removeAll();
        body.add(components);
    }

    /** A short fact about what the body shows (e.g. how many months it uses); null hides it. */
    void setNote(String text) {
        note.setText(text == null ? "" : text);
        note.setVisible(text != null);
    }

    /** Shows the body, or hides it behind a hint when {@code hintText} is not null. */
    void showHint(String hintText) {
        hint.setText(hintText == null ? "" : hintText);
        hint.setVisible(hintText != null);
        body.setVisible(hintText == null);
    }
}
