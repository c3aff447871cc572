package org.mtad.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mtad.catalog.Source;
import org.mtad.catalog.Tool;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;

/** Tool picker, one toggle per source (with its colour and an info button), select all / clear all, report DOI. */
@Uses(Checkbox.class)
class SelectionPanel extends Composite<Div> {

    private static final String CHECKED = "[...element.querySelectorAll('vaadin-checkbox[data-source]')]"
            + ".filter(box => box.checked).map(box => box.dataset.source).join(',')";
    private static final String INFO = "event.target.closest('[data-info]').dataset.info";
    /** An outlined "i" drawn inline: Vaadin's icon set would add ~250 KB of script to every first visit for one glyph. */
    static final String INFO_ICON = "<svg class=\"mtad-info-icon\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">"
            + "<circle cx=\"8\" cy=\"8\" r=\"6.75\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
            + "<rect x=\"7.25\" y=\"6.75\" width=\"1.5\" height=\"5\" rx=\".5\" fill=\"currentColor\"/>"
            + "<circle cx=\"8\" cy=\"4.6\" r=\"1\" fill=\"currentColor\"/></svg>";

    private final SelectField tool;
    private final Div toggles = new Div();
    private final Button all = new Button();
    private final Button none = new Button();
    private final Div report = new Div();
    private final SerializableConsumer<List<String>> onSources;
    private final SerializableConsumer<String> onInfo;
    private List<Source> sources = List.of();

    SelectionPanel(SerializableConsumer<String> onTool, SerializableConsumer<List<String>> onSources,
            SerializableConsumer<String> onInfo) {
        this.onSources = onSources;
        this.onInfo = onInfo;
        // A select, not a combo box: 23 names need no filtering (type-ahead still works), and the combo box with
        // its overlay is ~100 KB of script that every visitor would load.
        tool = new SelectField("tool", onTool);
        tool.setWidth("min(24rem, 100%)");
        toggles.addClassName("mtad-sources");
        toggles.setId("sources");
        // The source toggles and info buttons are static markup: two listeners here instead of ~25 state nodes.
        toggles.getElement().addEventListener("change", e -> sourcesChanged(e.getEventData().get(CHECKED).asString()))
                .addEventData(CHECKED).setFilter("event.target.closest('[data-source]') != null");
        toggles.getElement().addEventListener("click", e -> info(e.getEventData().get(INFO).asString()))
                .addEventData(INFO).setFilter("event.target.closest('[data-info]') != null");
        all.setId("sources-all");
        none.setId("sources-none");
        all.addThemeVariants(ButtonVariant.LUMO_SMALL);
        none.addThemeVariants(ButtonVariant.LUMO_SMALL);
        all.addClickListener(e -> onSources.accept(sources.stream().map(Source::key).toList()));
        none.addClickListener(e -> onSources.accept(List.of()));
        report.setId("report-doi");
        var top = new Div(tool, report);
        top.addClassName("mtad-controls");
        var buttons = new Div(all, none);
        buttons.addClassName("mtad-controls");
        getContent().add(top, toggles, buttons);
    }

    void show(List<Tool> tools, Tool current, List<Source> available, List<String> selected, Optional<String> reportDoi,
            Locale locale) {
        var names = new LinkedHashMap<String, String>();
        tools.stream().sorted(Comparator.comparing(t -> t.name().in(locale)))
                .forEach(t -> names.put(t.slug(), t.name().in(locale)));
        tool.show(getTranslation("picker.tool"), names, current.slug());
        all.setText(getTranslation("picker.all"));
        none.setText(getTranslation("picker.none"));
        sources = available;
        // What Flow's Checkbox renders, and a native icon button, as static markup.
        var chips = StaticMarkup.children();
        chips.appendElement("span").text(getTranslation("picker.sources"));
        for (Source source : available) {
            var chip = chips.appendElement("span").addClass("mtad-source")
                    .attr("style", "--mtad-source-color:" + source.color());
            var box = chip.appendElement("vaadin-checkbox").id("source-" + source.key()).attr("data-source", source.key())
                    .attr("label", source.label().in(locale));
            if (selected.contains(source.key())) {
                box.attr("checked", true);
            }
            chip.appendElement("button").attr("type", "button").addClass("mtad-button").addClass("mtad-icon-button")
                    .id("info-" + source.key()).attr("data-info", source.key())
                    .attr("aria-label", getTranslation("picker.info", source.label().in(locale)))
                    .append(INFO_ICON);
        }
        StaticMarkup.show(toggles, chips);
        var doi = StaticMarkup.children();
        reportDoi.flatMap(NotesMarkdown::doiLink).ifPresent(url -> StaticMarkup.link(doi, url,
                getTranslation("picker.report") + " (DOI " + reportDoi.get().trim() + ")"));
        StaticMarkup.show(report, doi);
    }

    /** The checked sources, as the browser reported them, kept in the catalog's order and to known keys. */
    private void sourcesChanged(String checked) {
        var keys = List.of(checked.split(","));
        onSources.accept(sources.stream().map(Source::key).filter(keys::contains).toList());
    }

    private void info(String key) {
        if (sources.stream().anyMatch(s -> s.key().equals(key))) {
            onInfo.accept(key);
        }
    }
}
