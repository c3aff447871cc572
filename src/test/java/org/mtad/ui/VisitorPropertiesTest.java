package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class VisitorPropertiesTest {

    static final long MB = 1024 * 1024;

    static VisitorProperties defaults(int maxOpenTabs) {
        return new VisitorProperties(maxOpenTabs, DataSize.ofMegabytes(160), DataSize.ofMegabytes(2),
                Duration.ofSeconds(60));
    }

    @Test
    void the_default_cap_is_the_heap_beyond_the_reserve_divided_by_the_tab_budget() {
        // The compose file: 768 MB container, MaxRAMPercentage=75 -> 576 MB heap; (576 - 160) / 2 = 208.
        assertThat(defaults(0).cap(576 * MB)).isEqualTo(208);
        assertThat(defaults(0).cap(768 * MB)).isEqualTo(304);
    }

    @Test
    void a_small_heap_still_gets_the_minimum_and_a_set_cap_wins() {
        assertThat(defaults(0).cap(128 * MB)).isEqualTo(VisitorProperties.MINIMUM_DERIVED);
        assertThat(defaults(3).cap(4096 * MB)).isEqualTo(3);
    }

    @Test
    void a_negative_cap_is_rejected() {
        assertThatThrownBy(() -> defaults(-1)).hasMessageContaining("max-open-tabs");
    }
}
