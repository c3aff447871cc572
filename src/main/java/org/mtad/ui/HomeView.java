package org.mtad.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@Route("")
@PageTitle("Management Tools Analysis Dashboard")
class HomeView extends VerticalLayout {
    HomeView() {
        add(new H1("Management Tools Analysis Dashboard"));
    }
}
