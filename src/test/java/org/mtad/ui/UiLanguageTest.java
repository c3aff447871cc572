package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class UiLanguageTest {

    @Test
    void a_spanish_browser_of_any_country_gets_spanish() {
        assertThat(UiLanguage.forBrowser(Locale.of("es", "MX"))).isEqualTo(UiLanguage.SPANISH);
        assertThat(UiLanguage.forBrowser(Locale.of("es"))).isEqualTo(UiLanguage.SPANISH);
    }

    @Test
    void any_other_browser_gets_english() {
        assertThat(UiLanguage.forBrowser(Locale.of("fr", "FR"))).isEqualTo(UiLanguage.ENGLISH);
        assertThat(UiLanguage.forBrowser(null)).isEqualTo(UiLanguage.ENGLISH);
    }

    @Test
    void url_codes_are_parsed_leniently_and_unknown_ones_ignored() {
        assertThat(UiLanguage.parse("ES")).contains(UiLanguage.SPANISH);
        assertThat(UiLanguage.parse("en-GB")).contains(UiLanguage.ENGLISH);
        assertThat(UiLanguage.parse("de")).isEmpty();
        assertThat(UiLanguage.parse(null)).isEmpty();
    }
}
