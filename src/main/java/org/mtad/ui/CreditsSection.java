package org.mtad.ui;

import java.util.Optional;

import org.jsoup.nodes.Element;
import org.mtad.catalog.Credits;
import org.mtad.research.Citation;
import org.mtad.research.CitationFormat;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/** About the data: authors, licence, DOIs and research outputs, and how to cite the current view. */
class CreditsSection extends Composite<SectionFrame> {

    private final Div body = new Div();
    /** Read-only parts as static markup (one state node each); only the button talks to the server. */
    private final Div citationText = new Div();
    private final Button cite = new Button();
    private final Div details = new Div();
    private Citation citation;

    CreditsSection() {
        body.setId("credits-body");
        cite.setId("cite-open");
        cite.addClickListener(e -> new CitationDialog(citation).open());
        body.add(citationText, cite, details);
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
        cite.setText(getTranslation("credits.cite"));
        var head = StaticMarkup.children();
        head.appendElement("h3").text(getTranslation("credits.howToCite"));
        head.appendElement("p").id("credits-citation").addClass("mtad-citation").text(current.format(CitationFormat.APA));
        StaticMarkup.show(citationText, head);
        var rest = StaticMarkup.children();
        if (!credits.authors().isEmpty()) {
            rest.appendElement("h3").text(getTranslation("credits.authors"));
            var list = rest.appendElement("ul").id("credits-authors");
            for (Credits.Author a : credits.authors()) {
                var item = list.appendElement("li");
                item.appendElement("span").text(a.name());
                a.role().ifPresent(r -> item.appendElement("span").text(" \u2014 " + r.in(locale)));
                a.affiliation().ifPresent(aff -> item.appendElement("span").text(" (" + aff + ")"));
                a.orcid().ifPresent(id -> {
                    item.appendElement("span").text(" ");
                    StaticMarkup.link(item, "https://orcid.org/" + id, getTranslation("credits.orcid", id));
                });
            }
        }
        rest.appendElement("h3").text(getTranslation("credits.licence"));
        var licence = rest.appendElement("p").id("credits-licence");
        credits.license().ifPresentOrElse(l -> {
            if (l.url().isPresent()) {
                StaticMarkup.link(licence, l.url().get(), l.name());
            } else {
                licence.text(l.name());
            }
        }, () -> licence.text(getTranslation("credits.noLicence")));
        credits.doi().ifPresent(doi -> doiLine(rest, "credits-doi", getTranslation("credits.datasetDoi"), doi));
        reportDoi.ifPresent(doi -> doiLine(rest, "credits-report", getTranslation("credits.reportDoi"), doi));
        if (!credits.links().isEmpty()) {
            rest.appendElement("h3").text(getTranslation("credits.links"));
            var links = rest.appendElement("ul");
            credits.links().forEach(l -> StaticMarkup.link(links.appendElement("li"), l.url(), l.label().in(locale)));
        }
        StaticMarkup.show(details, rest);
    }

    private static void doiLine(Element parent, String id, String label, String doi) {
        var p = parent.appendElement("p").id(id).text(label + ": ");
        NotesMarkdown.doiLink(doi).ifPresentOrElse(url -> StaticMarkup.link(p, url, doi.trim()), () -> p.appendText(doi));
    }
}
