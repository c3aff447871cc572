package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void well_formed_exposition_is_read_with_labels_and_special_values() {
        var text = PrometheusText.parse("""
                # HELP up Whether it is up
                # TYPE up gauge
                up{job="a",path="C:\\\\x \\"q\\""} 1.0
                http_seconds_bucket{le="+Inf"} +Inf
                odd NaN 1700000000000
                """);
        assertThat(text.types()).containsEntry("up", "gauge");
        assertThat(text.named("up").getFirst().labels()).isEqualTo(Map.of("job", "a", "path", "C:\\\\x \\\"q\\\""));
        assertThat(text.value("http_seconds_bucket")).contains(Double.POSITIVE_INFINITY);
        assertThat(text.value("odd").orElseThrow()).isNaN();
    }

    @Test
    void a_malformed_line_is_rejected_with_its_number() {
        assertThatThrownBy(() -> PrometheusText.parse("ok 1\nbad{x=1} 2\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> PrometheusText.parse("v one\n")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> PrometheusText.parse("v{a=\"1\",a=\"2\"} 1\n")).hasMessageContaining("twice");
    }
}
