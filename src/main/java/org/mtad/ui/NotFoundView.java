package org.mtad.ui;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.Tool;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown page, tool, source or range: a plain explanation and links to what exists, with HTTP 404 so that crawlers
 * and link checkers see the link is wrong. Never a stack trace.
 */
@ParentLayout(MainLayout.class)
class NotFoundView extends Composite<Div> implements HasErrorParameter<NotFoundException> {

    private final Catalog catalog;

    NotFoundView(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        var locale = getLocale();
        var content = getContent();
        content.removeAll();
        content.setId("not-found");
        String reason = parameter.hasCustomMessage() ? parameter.getCustomMessage() : "";
        content.add(new H2(getTranslation("notFound.title")));
        content.add(new Paragraph(reason.startsWith(UnknownSelection.PREFIX)
                ? UnknownSelection.describe(reason, this::getTranslation)
                : getTranslation("notFound.page", event.getLocation().getPath())));
        content.add(new Paragraph(getTranslation("notFound.tools")));
        var list = new UnorderedList();
        for (Tool tool : catalog.current().tools()) {
            list.add(new ListItem(new Anchor(tool.slug(), tool.name().in(locale))));
        }
        content.add(list);
        var sources = catalog.current().sources().stream().map(s -> s.key() + " (" + s.label().in(locale) + ")").toList();
        content.add(new Paragraph(getTranslation("notFound.sources", String.join(", ", sources))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
