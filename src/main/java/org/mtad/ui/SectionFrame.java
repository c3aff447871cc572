package org.mtad.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The common frame of a dashboard section: a title, one plain sentence saying what it shows, then either the
 * section's content or a hint explaining why there is nothing to show. The controls, the hint and the note are made
 * the first time a section uses them, and the title and the sentence are static markup: every element and text
 * kept on the server is a state node in every open tab.
 * <p>
 * A section far down the page can be {@linkplain #defer() deferred}: then only its title and sentence are in the
 * page, over an empty box kept as tall as the rest of the built section (dashboard.css, {@code [data-lazy]}), and its
 * controls and body wait on the server, detached, until {@link #undefer()}.
 */
class SectionFrame extends Section {

    /** The title and the sentence as static markup in a box that takes no part in the layout. */
    private final Div heading = new Div();
    private final Div body = new Div();
    private Div controls;
    private Paragraph hint;
    private Paragraph note;
    /** The body's components while deferred; null once in the page. */
    private List<Component> deferredBody;

    SectionFrame(String id) {
        setId(id);
        addClassName("mtad-section");
        heading.getStyle().set("display", "contents");
        body.setWidthFull();
        add(heading, body);
    }

    /** Takes the controls and the body's components out of the page until {@link #undefer()}. */
    void defer() {
        if (deferredBody != null) {
            return;
        }
        deferredBody = body.getChildren().toList();
        body.removeAll();
        if (controls != null) {
            remove(controls);
        }
        getElement().setAttribute("data-lazy", "");
    }

    boolean deferred() {
        return deferredBody != null;
    }

    /** Puts the controls and the body's components back in the page, where they were. */
    void undefer() {
        if (deferredBody == null) {
            return;
        }
        if (controls != null) {
            placeControls();
        }
        body.add(deferredBody);
        deferredBody = null;
        getElement().removeAttribute("data-lazy");
    }

    void setTexts(String titleText, String explanationText) {
        var texts = StaticMarkup.children();
        texts.appendElement("h2").text(titleText);
        texts.appendElement("p").addClass("mtad-explain").text(explanationText);
        StaticMarkup.show(heading, texts);
    }

    /** Controls stay visible with the hint, so the user can change what caused it. */
    void setControls(Component... components) {
        if (controls == null) {
            controls = new Div();
            controls.addClassName("mtad-controls");
            if (deferredBody == null) {
                placeControls();
            }
        }
        controls.removeAll();
        controls.add(components);
    }

    void setBody(Component... components) {
        if (deferredBody != null) {
            deferredBody = List.of(components);
            return;
        }
        body.removeAll();
        body.add(components);
    }

    /** A short fact about what the body shows (e.g. how many months it uses); null hides it. */
    void setNote(String text) {
        if (text == null && note == null) {
            return;
        }
        if (note == null) {
            note = new Paragraph();
            note.addClassName("mtad-note");
            note.setId(getId().orElseThrow() + "-note");
            insertBefore(note, body);
        }
        StaticMarkup.text(note, text == null ? "" : text);
        note.setVisible(text != null);
    }

    /** Shows the body, or hides it behind a hint when {@code hintText} is not null. */
    void showHint(String hintText) {
        body.setVisible(hintText == null);
        if (hintText == null && hint == null) {
            return;
        }
        if (hint == null) {
            hint = new Paragraph();
            hint.addClassName("mtad-hint");
            insertBefore(hint, note != null ? note : body);
        }
        StaticMarkup.text(hint, hintText == null ? "" : hintText);
        hint.setVisible(hintText != null);
    }

    /** The controls go after the title, before the hint, the note and the body, whichever of those exist. */
    private void placeControls() {
        insertBefore(controls, hint != null ? hint : note != null ? note : body);
    }

    private void insertBefore(Component added, Component next) {
        getElement().insertChild(getElement().indexOfChild(next.getElement()), added.getElement());
    }
}
