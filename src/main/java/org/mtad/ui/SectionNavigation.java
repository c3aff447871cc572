package org.mtad.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;

/** A bar of buttons that scroll to each section (buttons, not #links, so the URL keeps describing the state). */
class SectionNavigation extends Composite<Nav> {

    SectionNavigation() {
        getContent().addClassName("mtad-nav");
        getContent().setId("section-nav");
    }

    record Target(String label, Component section) {
    }

    void show(List<Target> targets, String ariaLabel) {
        getContent().removeAll();
        getContent().getElement().setAttribute("aria-label", ariaLabel);
        for (Target target : targets) {
            var button = new Button(target.label(), e -> target.section().scrollIntoView());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            getContent().add(button);
        }
    }
}
