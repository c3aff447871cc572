package org.mtad.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Vaadin's {@code <vaadin-select>}, fed its options as one {@code items} property that the browser renders. Flow's
 * {@code Select} keeps a server-side list box and one item component (with its text) per option, about a dozen state
 * nodes for five sources; this keeps one node and a small JSON array. Reports only a user's choice of a listed value.
 */
@Tag("vaadin-select")
// Flow's Select brings the web component's module (the production bundle stays as it is).
@Uses(Select.class)
class SelectField extends Component implements HasSize, HasStyle {

    private Map<String, String> options = Map.of();

    SelectField(String id, SerializableConsumer<String> onPick) {
        setId(id);
        getElement().addPropertyChangeListener("value", "change", e -> {
            if (e.isUserOriginated() && e.getValue() instanceof String value && options.containsKey(value)) {
                onPick.accept(value);
            }
        });
    }

    /**
     * @param label   the visible label, or null for none
     * @param options value → label, in the order shown
     * @param value   the chosen value (one of the options)
     */
    void show(String label, Map<String, String> options, String value) {
        this.options = new LinkedHashMap<>(options);
        if (label == null) {
            getElement().removeProperty("label");
        } else {
            getElement().setProperty("label", label);
        }
        var items = JsonNodeFactory.instance.arrayNode();
        options.forEach((key, text) -> items.addObject().put("label", text).put("value", key));
        getElement().setPropertyJson("items", items);
        getElement().setProperty("value", value);
    }

    /** A name for screen readers when the select has no visible label. */
    void setAccessibleName(String name) {
        getElement().setProperty("accessibleName", name);
    }

    Optional<String> value() {
        String value = getElement().getProperty("value", "");
        return options.containsKey(value) ? Optional.of(value) : Optional.empty();
    }
}
