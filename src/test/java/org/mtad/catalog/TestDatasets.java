package org.mtad.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** Data directories for tests: copies of the committed demo data and small hand-made SQLite files. */
public final class TestDatasets {

    public static final Path DEMO = Path.of("data");

    private TestDatasets() {
    }

    /** A private copy of the demo data, so a test may replace or break files without touching {@code data/}. */
    public static Path copyOfDemo(Path target) throws IOException {
        Files.createDirectories(target);
        for (String name : DataDirectory.FILES) {
            Files.copy(DEMO.resolve(name), target.resolve(name));
        }
        return target;
    }

    /** A copy of the demo data in a new temporary directory, for a test class's static setup. */
    public static Path temporaryCopyOfDemo(String prefix) {
        try {
            return copyOfDemo(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes a SQLite file with the given statements (test fixtures only; the app never writes). */
    public static Path sqlite(Path file, String... statements) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()); var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return file;
    }

    /** The real research data directory from {@code REAL_DATA_DIR}, when this machine has it. */
    public static Optional<Path> realData() {
        String dir = System.getenv("REAL_DATA_DIR");
        if (dir == null || dir.isBlank() || !Files.isRegularFile(Path.of(dir, "data.db"))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(dir));
    }

    public static final String NO_REAL_DATA = "REAL_DATA_DIR is not set to the research data "
            + "(../shared/data/management-tools); the comparison with the real data is skipped";
}
