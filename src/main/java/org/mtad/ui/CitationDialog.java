package org.mtad.ui;

import org.mtad.research.Citation;
import org.mtad.research.CitationFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;

/** The view's citation in every format, with a copy button that writes it to the clipboard. */
class CitationDialog extends Dialog {

    private final Citation citation;
    private final Pre text = new Pre();
    private final Paragraph status = new Paragraph();

    CitationDialog(Citation citation) {
        this.citation = citation;
        setId("cite-dialog");
        setHeaderTitle(getTranslation("cite.title"));
        var format = new Select<CitationFormat>();
        format.setId("cite-format");
        format.setLabel(getTranslation("cite.format"));
        format.setItems(CitationFormat.values());
        format.setItemLabelGenerator(CitationDialog::label);
        format.addValueChangeListener(e -> show(e.getValue()));
        text.setId("cite-text");
        text.addClassName("mtad-citation");
        status.setId("cite-status");
        status.getElement().setAttribute("role", "status");
        var copy = new Button(getTranslation("cite.copy"), e -> copy());
        copy.setId("cite-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button(getTranslation("cite.close"), e -> close());
        close.setId("cite-close");
        add(new Paragraph(getTranslation("cite.explain")), format, text, status);
        getFooter().add(close, copy);
        setWidth("min(48rem, 95vw)");
        format.setValue(CitationFormat.APA);
    }

    private static String label(CitationFormat f) {
        return switch (f) {
            case APA -> "APA 7";
            case CHICAGO -> "Chicago";
            case MLA -> "MLA 9";
            case BIBTEX -> "BibTeX";
            case RIS -> "RIS";
            case CSLJSON -> "CSL-JSON";
        };
    }

    private void show(CitationFormat format) {
        text.setText(citation.format(format == null ? CitationFormat.APA : format));
        status.setText("");
    }

    private void copy() {
        String value = text.getText();
        getElement().executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)", value)
                .then(Boolean.class, ok -> status.setText(getTranslation(Boolean.TRUE.equals(ok) ? "cite.copied" : "cite.copyFailed")),
                        error -> status.setText(getTranslation("cite.copyFailed")));
    }
}
