package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * .env.example and the app agree: every variable in its [app] section is read by the app, and every variable the app
 * reads is listed there with a comment. "Read" means a ${VARIABLE} placeholder in application.properties, a check
 * in OpsEnvironment, or System.getenv in the main code.
 */
class EnvExampleTest {

    static final Path ENV_EXAMPLE = Path.of(".env.example");
    static final Pattern LISTED = Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    static final Pattern GETENV = Pattern.compile("getenv\\(\"([A-Z][A-Z0-9_]*)\"\\)");

    /** The variables of the [app] section: up to the next section header. */
    static String appSection() throws IOException {
        String text = Files.readString(ENV_EXAMPLE);
        int start = text.indexOf("# ---- [app]");
        assertThat(start).as(".env.example has an [app] section").isNotNegative();
        int end = text.indexOf("# ---- [", start + 1);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    static Set<String> listed() throws IOException {
        Set<String> names = new TreeSet<>();
        LISTED.matcher(appSection()).results().forEach(m -> names.add(m.group(1)));
        return names;
    }

    static Set<String> read() throws IOException {
        Set<String> names = new TreeSet<>();
        PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources/application.properties")))
                .results().forEach(m -> names.add(m.group(1)));
        OpsEnvironment.VARIABLES.forEach(v -> names.add(v.name()));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                GETENV.matcher(Files.readString(source)).results().forEach(m -> names.add(m.group(1)));
            }
        }
        return names;
    }

    @Test
    void every_listed_variable_is_read_by_the_app() throws IOException {
        assertThat(read()).containsAll(listed());
    }

    @Test
    void every_variable_the_app_reads_is_listed() throws IOException {
        assertThat(listed()).containsAll(read());
    }

    @Test
    void every_listed_variable_has_a_comment_above_it() throws IOException {
        String[] lines = appSection().split("\n");
        for (int i = 1; i < lines.length; i++) {
            var m = LISTED.matcher(lines[i]);
            if (m.find()) {
                assertThat(lines[i - 1]).as("comment above " + m.group(1)).startsWith("# ");
            }
        }
    }

    @Test
    void every_variable_opsenvironment_checks_is_also_used() throws IOException {
        // A checked variable must do something: a placeholder, or a switch OpsEnvironment maps itself.
        Set<String> used = new TreeSet<>();
        PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources/application.properties")))
                .results().forEach(m -> used.add(m.group(1)));
        String mapper = Files.readString(Path.of("src/main/java/org/mtad/ops/OpsEnvironment.java"));
        Pattern.compile("getProperty\\(\"([A-Z_]+)\"").matcher(mapper).results().forEach(m -> used.add(m.group(1)));
        OpsEnvironment.VARIABLES.forEach(v -> assertThat(used).as(v.name()).contains(v.name()));
    }
}
