package org.mtad.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A month chosen to the month: the browser's own {@code <input type="month">} (keyboard accessible; where a browser
 * lacks a month picker it is a text field taking YYYY-MM). Reports only well-formed months within its bounds.
 */
@Tag("label")
class MonthField extends Component {

    private final Element caption = new Element("span");
    private final Element input = new Element("input");
    private YearMonth min;
    private YearMonth max;

    MonthField(String id, SerializableConsumer<YearMonth> onChange) {
        getElement().setAttribute("class", "mtad-month");
        input.setAttribute("type", "month");
        input.setAttribute("id", id);
        input.setAttribute("pattern", "[0-9]{4}-[0-9]{2}");
        input.setAttribute("placeholder", "YYYY-MM");
        getElement().appendChild(caption, input);
        input.addEventListener("change", e -> {
            String text = e.getEventData().get("element.value").asString();
            try {
                YearMonth month = YearMonth.parse(text.strip());
                if ((min == null || !month.isBefore(min)) && (max == null || !month.isAfter(max))) {
                    onChange.accept(month);
                }
            } catch (DateTimeParseException ignored) {
                // not a month (yet): nothing to apply
            }
        }).addEventData("element.value");
    }

    void show(String label, YearMonth value, YearMonth first, YearMonth last) {
        min = first;
        max = last;
        StaticMarkup.text(caption, label);
        input.setAttribute("min", first.toString());
        input.setAttribute("max", last.toString());
        input.setProperty("value", value.toString());
    }
}
