package org.mtad.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a tab started over the cap shows instead of the dashboard (no view built, no data loaded) for the moment
 * before it reloads into {@link PageGate}'s 503 page. See {@link VisitorCapacity}.
 */
class ServerFullView extends Composite<Div> implements HasErrorParameter<ServerFullView.ServerFull> {

    /** Navigation of a UI that started while the server was full. */
    static final class ServerFull extends RuntimeException {
        ServerFull() {
            super("server full", null, false, false);
        }
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ServerFull> parameter) {
        getContent().removeAll();
        getContent().setId("busy");
        getContent().add(new H2(getTranslation("busy.title")), new Paragraph(getTranslation("busy.text", 1)));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
