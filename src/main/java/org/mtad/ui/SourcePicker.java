package org.mtad.ui;

import java.util.LinkedHashMap;
import java.util.List;

import com.vaadin.flow.function.SerializableConsumer;

/** A select of the chosen sources, for sections that analyse one source at a time. */
class SourcePicker extends SelectField {

    SourcePicker(String id, SerializableConsumer<String> onPick) {
        super(id, onPick);
    }

    void show(String label, List<String> sources, String current, SourceLegend legend) {
        var options = new LinkedHashMap<String, String>();
        sources.forEach(source -> options.put(source, legend.label(source)));
        show(label, options, current);
    }

    /** The chosen source, or null when none of the listed ones is chosen. */
    String getValue() {
        return value().orElse(null);
    }
}
