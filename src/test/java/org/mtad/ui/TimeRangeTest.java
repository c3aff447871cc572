package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TimeRangeTest {

    @Test
    void the_presets_are_all_then_the_last_20_15_10_and_5_years_and_their_codes_read_back() {
        assertThat(TimeRange.presets()).extracting(TimeRange::code).containsExactly("all", "20y", "15y", "10y", "5y");
        TimeRange.presets().forEach(preset -> assertThat(TimeRange.parse(preset.code())).contains(preset));
    }

    @Test
    void a_preset_s_label_comes_from_the_ui_texts_of_the_language() {
        var english = new Translations(Locale.ENGLISH);
        var spanish = new Translations(Locale.forLanguageTag("es"));
        assertThat(TimeRange.presets()).extracting(preset -> preset.presetLabel(english::get))
                .containsExactly("All", "Last 20 years", "Last 15 years", "Last 10 years", "Last 5 years");
        assertThat(TimeRange.ALL.presetLabel(spanish::get)).isEqualTo("Todo");
        assertThat(TimeRange.lastYears(10).presetLabel(spanish::get)).isEqualTo("Últimos 10 años");
    }
}
