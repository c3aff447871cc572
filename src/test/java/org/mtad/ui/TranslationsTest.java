package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Path UI_SOURCES = Path.of("src/main/java/org/mtad/ui");
    // getTranslation("key" ...) and the sections' t("key") shorthand.
    private static final Pattern KEY_LITERAL = Pattern.compile("(?:getTranslation|\\bt)\\(\\s*\"([a-zA-Z0-9_.-]+)\"");
    // Keys built from a prefix at run time, e.g. "range." + code: listed here so the test still checks them.
    private static final Pattern KEY_PREFIX = Pattern.compile("(?:getTranslation|\\bt)\\(\\s*\"([a-zA-Z0-9_.-]+\\.)\"\\s*\\+");

    @Test
    void spanish_and_english_have_exactly_the_same_keys() throws IOException {
        Set<String> es = load("es").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        assertThat(difference(es, en)).as("keys only in Spanish").isEmpty();
        assertThat(difference(en, es)).as("keys only in English").isEmpty();
        assertThat(es).isNotEmpty();
    }

    @Test
    void no_translation_is_blank() throws IOException {
        for (String lang : new String[] {"es", "en"}) {
            Properties p = load(lang);
            assertThat(p.stringPropertyNames()).as(lang).allSatisfy(k -> assertThat(p.getProperty(k)).as(lang + ":" + k).isNotBlank());
        }
    }

    @Test
    void every_key_literal_in_the_ui_sources_exists_in_both_languages() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                KEY_LITERAL.matcher(code).results().map(m -> m.group(1)).filter(k -> !k.endsWith(".")).forEach(used::add);
                KEY_PREFIX.matcher(code).results().map(m -> m.group(1)).forEach(prefixes::add);
            }
        }
        assertThat(used).as("the scan found the ui sources' keys").isNotEmpty();
        Set<String> es = load("es").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        assertThat(difference(used, es)).as("used but missing in Spanish").isEmpty();
        assertThat(difference(used, en)).as("used but missing in English").isEmpty();
        for (String prefix : prefixes) {
            assertThat(en).as("some key starts with " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        String name = "/vaadin-i18n/translations_" + lang + ".properties";
        try (InputStream in = TranslationsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        }
        return p;
    }
}
