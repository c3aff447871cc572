package org.mtad.ui;

import org.mtad.catalog.Catalog;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/** The root URL opens the first tool with every source, keeping any query parameters (e.g. {@code lang}). */
@Route(value = "", layout = MainLayout.class)
class IndexView extends Composite<Div> implements BeforeEnterObserver {

    private final Catalog catalog;

    IndexView(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var tools = catalog.current().tools();
        if (tools.isEmpty()) {
            event.rerouteToError(NotFoundException.class, UnknownSelection.tool(""));
            return;
        }
        event.forwardTo(DashboardView.class, new RouteParameters("tool", tools.getFirst().slug()),
                event.getLocation().getQueryParameters());
    }
}
