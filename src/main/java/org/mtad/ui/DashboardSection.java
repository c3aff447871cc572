package org.mtad.ui;

import com.vaadin.flow.component.Component;

/**
 * One section of the dashboard. The view shows every section the same way, so a new section is one more entry in
 * the view's list. A section keeps only what its controls need (the state, a few keys), never chart data: its charts
 * load their own from {@link SectionContext#chartUrl}.
 */
interface DashboardSection {

    /** The translation key of the section's title, also its entry in the section navigation. */
    String titleKey();

    /** The translation key of the sentence under the title, shown before the section is built. */
    default String explainKey() {
        return titleKey().replace(".title", ".explain");
    }

    /**
     * Shows the context's state; called on every navigation with sources selected, once the section is built (the
     * first section at once, the others when they first come near the viewport).
     */
    void show(SectionContext context);

    default Component component() {
        return (Component) this;
    }
}
