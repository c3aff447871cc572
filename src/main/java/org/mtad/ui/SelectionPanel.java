package org.mtad.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mtad.catalog.Source;
import org.mtad.catalog.Tool;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;

/** Tool picker, one toggle per source (with its colour and an info button), select all / clear all, report DOI. */
class SelectionPanel extends Composite<Div> {

    private final ComboBox<Tool> tool = new ComboBox<>();
    private final Div toggles = new Div();
    private final Button all = new Button();
    private final Button none = new Button();
    private final Div report = new Div();
    private final SerializableConsumer<List<String>> onSources;
    private final SerializableConsumer<String> onInfo;
    private List<Source> sources = List.of();
    private final List<Checkbox> boxes = new ArrayList<>();

    SelectionPanel(SerializableConsumer<String> onTool, SerializableConsumer<List<String>> onSources,
            SerializableConsumer<String> onInfo) {
        this.onSources = onSources;
        this.onInfo = onInfo;
        tool.setId("tool");
        tool.setWidth("min(24rem, 100%)");
        tool.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onTool.accept(e.getValue().slug());
            }
        });
        toggles.addClassName("mtad-sources");
        toggles.setId("sources");
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
        tool.setLabel(getTranslation("picker.tool"));
        tool.setItems(tools.stream().sorted(java.util.Comparator.comparing(t -> t.name().in(locale))).toList());
        tool.setItemLabelGenerator(t -> t.name().in(locale));
        tool.setValue(current);
        all.setText(getTranslation("picker.all"));
        none.setText(getTranslation("picker.none"));
        sources = available;
        toggles.removeAll();
        boxes.clear();
        toggles.add(new Span(getTranslation("picker.sources")));
        for (Source source : available) {
            var box = new Checkbox(source.label().in(locale), selected.contains(source.key()));
            box.setId("source-" + source.key());
            box.addValueChangeListener(e -> { if (e.isFromClient()) { sourcesChanged(); } });
            var info = new Button(VaadinIcon.INFO_CIRCLE_O.create(), e -> onInfo.accept(source.key()));
            info.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            info.setAriaLabel(getTranslation("picker.info", source.label().in(locale)));
            info.setId("info-" + source.key());
            var chip = new Span(box, info);
            chip.addClassName("mtad-source");
            chip.getStyle().set("--mtad-source-color", source.color());
            boxes.add(box);
            toggles.add(chip);
        }
        report.removeAll();
        reportDoi.flatMap(NotesMarkdown::doiLink).ifPresent(url ->
                report.add(new Anchor(url, getTranslation("picker.report") + " (DOI " + reportDoi.get().trim() + ")",
                        AnchorTarget.BLANK)));
    }

    private void sourcesChanged() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).getValue()) {
                keys.add(sources.get(i).key());
            }
        }
        onSources.accept(keys);
    }
}
