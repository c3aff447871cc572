package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A section's frame before it is built: its controls and body kept out of the page, then put back in place. */
class SectionFrameTest {

    private final SectionFrame frame = new SectionFrame("means");
    private final Span control = new Span("control");
    private final Div chart = new Div();

    @Test
    void a_deferred_frame_holds_only_its_heading_and_an_empty_body_until_undeferred() {
        frame.setControls(control);
        frame.setBody(chart);

        frame.defer();
        assertThat(frame.deferred()).isTrue();
        assertThat(frame.getElement().hasAttribute("data-lazy")).isTrue();
        assertThat(children()).hasSize(2);
        assertThat(children().get(1).getChildren()).as("the body, empty").isEmpty();
        assertThat(inFrame(control)).isFalse();
        assertThat(inFrame(chart)).isFalse();

        frame.undefer();
        assertThat(frame.deferred()).isFalse();
        assertThat(frame.getElement().hasAttribute("data-lazy")).isFalse();
        assertThat(children()).hasSize(3);
        assertThat(children().get(1).getClassNames()).as("the controls, after the heading").contains("mtad-controls");
        assertThat(control.getParent()).contains(children().get(1));
        assertThat(chart.getParent()).as("the chart back in the body, the last child").contains(children().get(2));
    }

    @Test
    void controls_and_body_set_while_deferred_wait_with_the_rest() {
        frame.defer();
        frame.setControls(control);
        frame.setBody(chart);
        assertThat(children()).hasSize(2);
        assertThat(inFrame(control)).isFalse();
        assertThat(inFrame(chart)).isFalse();

        frame.undefer();
        assertThat(control.getParent()).contains(children().get(1));
        assertThat(chart.getParent()).contains(children().get(2));
    }

    @Test
    void undeferring_a_frame_never_deferred_changes_nothing() {
        frame.setBody(chart);
        frame.undefer();
        assertThat(frame.getElement().hasAttribute("data-lazy")).isFalse();
        assertThat(chart.getParent()).contains(children().get(1));
    }

    private List<Div> children() {
        return frame.getChildren().map(Div.class::cast).toList();
    }

    private boolean inFrame(Component component) {
        for (var e = component.getElement().getParent(); e != null; e = e.getParent()) {
            if (e.equals(frame.getElement())) {
                return true;
            }
        }
        return false;
    }
}
