package org.mtad.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path dir;

    private static Catalog open(Path directory, Duration interval) {
        return new Catalog(new CatalogProperties(directory, interval));
    }

    @Test
    void a_write_through_the_apps_connection_fails() throws Exception {
        TestDatasets.copyOfDemo(dir);
        try (var connection = SqliteFile.open(dir.resolve("data.db")); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO crossref VALUES ('2030-01-01', 'X', 1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("SQLITE_READONLY");
            assertThatThrownBy(() -> statement.execute("CREATE TABLE scratch (x)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("SQLITE_READONLY");
        }
    }

    @Test
    void opening_a_missing_file_never_creates_it() {
        Path absent = dir.resolve("data.db");
        assertThatThrownBy(() -> SqliteFile.open(absent).close()).isInstanceOf(SQLException.class);
        assertThat(absent).doesNotExist();
    }

    @Test
    void serves_from_a_directory_and_files_that_are_not_writable_and_leaves_them_as_they_were() throws Exception {
        TestDatasets.copyOfDemo(dir);
        var readOnlyFile = PosixFilePermissions.fromString("r--r--r--");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, readOnlyFile);
            }
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            var before = checksums(dir);

            var catalog = open(dir, Duration.ofSeconds(60));
            try {
                assertThat(catalog.current().usable()).isTrue();
                assertThat(catalog.current().tools()).hasSize(23);
                assertThat(catalog.probe()).allSatisfy(s -> assertThat(s.ok()).isTrue());
            } finally {
                catalog.destroy();
            }

            // No journal, WAL or shared-memory file appeared, and no byte changed.
            assertThat(checksums(dir)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void a_replaced_data_file_is_noticed_within_seconds_and_served() throws Exception {
        TestDatasets.copyOfDemo(dir);
        var catalog = open(dir, Duration.ofMillis(200));
        try {
            Snapshot old = catalog.current();
            Path replacement = dir.resolve("data.db.new");
            Files.copy(dir.resolve("data.db"), replacement);
            TestDatasets.sqlite(replacement, "DELETE FROM google_trends WHERE keyword = 'Benchmarking'");
            // What a redeploy does: a new file (new inode) moved over the old one.
            Files.move(replacement, dir.resolve("data.db"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (catalog.current() == old && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            Snapshot now = catalog.current();
            assertThat(now).isNotSameAs(old);
            assertThat(now.version()).isNotEqualTo(old.version());
            Source trends = now.source("google_trends").orElseThrow();
            assertThat(now.series(now.tool("benchmarking").orElseThrow(), trends).isEmpty()).isTrue();
            // The old snapshot a request may still hold is untouched.
            assertThat(old.series(old.tool("benchmarking").orElseThrow(), trends).size()).isEqualTo(240);
        } finally {
            catalog.destroy();
        }
    }

    @Test
    void a_data_file_broken_while_running_is_reported_and_a_fixed_one_served_again() throws Exception {
        TestDatasets.copyOfDemo(dir);
        var catalog = open(dir, Duration.ofSeconds(60));
        try {
            Path good = dir.resolve("good.db.bak");
            Files.copy(dir.resolve("data.db"), good);
            Files.writeString(dir.resolve("data.db"), "this is no database ".repeat(100));

            assertThat(catalog.refreshIfChanged()).isTrue();
            assertThat(catalog.current().unusableFile().orElseThrow().detail()).contains("SQLITE_NOTADB");
            assertThat(catalog.probe()).anySatisfy(s -> assertThat(s.state()).isEqualTo(DataFileStatus.State.BROKEN));

            Files.move(good, dir.resolve("data.db"), StandardCopyOption.REPLACE_EXISTING);
            assertThat(catalog.refreshIfChanged()).isTrue();
            assertThat(catalog.current().usable()).isTrue();
        } finally {
            catalog.destroy();
        }
    }

    @Test
    void an_unchanged_directory_is_not_reloaded() throws Exception {
        TestDatasets.copyOfDemo(dir);
        var catalog = open(dir, Duration.ofSeconds(60));
        try {
            Snapshot first = catalog.current();
            assertThat(catalog.refreshIfChanged()).isFalse();
            assertThat(catalog.current()).isSameAs(first);
        } finally {
            catalog.destroy();
        }
    }

    @Test
    void an_invalid_manifest_fails_start_up_with_its_name() throws IOException {
        TestDatasets.copyOfDemo(dir);
        Files.writeString(dir.resolve("dataset.yml"), "title: [not, a, text]\n");

        assertThatThrownBy(() -> open(dir, Duration.ofSeconds(60)))
                .hasMessageContaining("Invalid dataset manifest").hasMessageContaining("dataset.yml")
                .hasMessageContaining("line 1").hasMessageContaining("title");
    }

    private static List<String> checksums(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().map(f -> f.getFileName() + ":" + sha256(f)).toList();
        }
    }

    private static String sha256(Path file) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
