package org.mtad.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * A bar of buttons that scroll to each section (buttons, not #links, so the URL keeps describing the state). The
 * buttons are static markup with one click listener on the bar: one state node instead of two per button.
 */
class SectionNavigation extends Composite<Nav> {

    /** Which button was clicked, or activated by keyboard (a button turns Enter and Space into a click). */
    private static final String CLICKED = "event.target.closest('[data-section]')?.dataset.section ?? ''";

    private List<Target> targets = List.of();

    SectionNavigation() {
        getContent().addClassName("mtad-nav");
        getContent().setId("section-nav");
        getContent().getElement().addEventListener("click", e -> {
            String index = e.getEventData().get(CLICKED).asString();
            if (index.matches("\\d{1,3}") && Integer.parseInt(index) < targets.size()) {
                var target = targets.get(Integer.parseInt(index));
                target.build().run();
                target.section().scrollIntoView();
            }
        }).addEventData(CLICKED).setFilter("event.target.closest('[data-section]') != null");
    }

    /** @param build builds the section first if it is not built yet, so the jump ends on its content */
    record Target(String label, Component section, SerializableRunnable build) {
    }

    void show(List<Target> targets, String ariaLabel) {
        this.targets = List.copyOf(targets);
        getContent().getElement().setAttribute("aria-label", ariaLabel);
        var buttons = StaticMarkup.children();
        for (int i = 0; i < targets.size(); i++) {
            // Native buttons styled as small tertiary ones (dashboard.css): no web component to start per button.
            buttons.appendElement("button").attr("type", "button").addClass("mtad-button")
                    .attr("data-section", String.valueOf(i))
                    .text(targets.get(i).label());
        }
        StaticMarkup.show(getContent(), buttons);
    }
}
