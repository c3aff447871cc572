package org.mtad.ui;

import java.util.List;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;

/** A select of the chosen sources, for sections that analyse one source at a time. */
class SourcePicker extends Select<String> {

    SourcePicker(String id, SerializableConsumer<String> onPick) {
        setId(id);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onPick.accept(e.getValue());
            }
        });
    }

    void show(String label, List<String> sources, String current, SourceLegend legend) {
        setLabel(label);
        setItems(sources);
        setItemLabelGenerator(legend::label);
        setValue(current);
    }
}
