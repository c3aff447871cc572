package org.mtad.ui;

import java.util.Optional;

import org.mtad.catalog.Credits;
import org.mtad.research.Citation;
import org.mtad.research.CitationFormat;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** About the data: authors, licence, DOIs and research outputs, and how to cite the current view. */
class CreditsSection extends Composite<SectionFrame> {

    private final Div body = new Div();
    private Citation citation;

    CreditsSection() {
        body.setId("credits-body");
        getContent().setBody(body);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("credits");
    }

    void show(Credits credits, Citation current, Optional<String> reportDoi) {
        this.citation = current;
        var locale = getLocale();
        getContent().setTexts(getTranslation("credits.title"), getTranslation("credits.explain"));
        body.removeAll();
        body.add(new H3(getTranslation("credits.howToCite")));
        var apa = new Paragraph(current.format(CitationFormat.APA));
        apa.setId("credits-citation");
        apa.addClassName("mtad-citation");
        var cite = new Button(getTranslation("credits.cite"), e -> new CitationDialog(citation).open());
        cite.setId("cite-open");
        body.add(apa, cite);
        if (!credits.authors().isEmpty()) {
            body.add(new H3(getTranslation("credits.authors")));
            var list = new UnorderedList();
            list.setId("credits-authors");
            for (Credits.Author a : credits.authors()) {
                var item = new ListItem(new Span(a.name()));
                a.role().ifPresent(r -> item.add(new Span(" \u2014 " + r.in(locale))));
                a.affiliation().ifPresent(aff -> item.add(new Span(" (" + aff + ")")));
                a.orcid().ifPresent(id -> item.add(new Span(" "), new Anchor("https://orcid.org/" + id,
                        getTranslation("credits.orcid", id), AnchorTarget.BLANK)));
                list.add(item);
            }
            body.add(list);
        }
        body.add(new H3(getTranslation("credits.licence")));
        var licence = new Paragraph();
        licence.setId("credits-licence");
        credits.license().ifPresentOrElse(l -> {
            if (l.url().isPresent()) {
                licence.add(new Anchor(l.url().get(), l.name(), AnchorTarget.BLANK));
            } else {
                licence.setText(l.name());
            }
        }, () -> licence.setText(getTranslation("credits.noLicence")));
        body.add(licence);
        credits.doi().ifPresent(doi -> body.add(doiLine("credits-doi", getTranslation("credits.datasetDoi"), doi)));
        reportDoi.ifPresent(doi -> body.add(doiLine("credits-report", getTranslation("credits.reportDoi"), doi)));
        if (!credits.links().isEmpty()) {
            body.add(new H3(getTranslation("credits.links")));
            var links = new UnorderedList();
            credits.links().forEach(l -> links.add(new ListItem(new Anchor(l.url(), l.label().in(locale), AnchorTarget.BLANK))));
            body.add(links);
        }
    }

    private static Paragraph doiLine(String id, String label, String doi) {
        var p = new Paragraph(label + ": ");
        p.setId(id);
        NotesMarkdown.doiLink(doi).ifPresentOrElse(url -> p.add(new Anchor(url, doi.trim(), AnchorTarget.BLANK)),
                () -> p.add(doi));
        return p;
    }
}
