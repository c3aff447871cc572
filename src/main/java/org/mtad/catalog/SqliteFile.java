package org.mtad.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens SQLite files strictly read-only: the only place a JDBC connection is made. */
final class SqliteFile {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFile() {
    }

    /**
     * A read-only connection. Both the URI ({@code mode=ro}) and the open flag say read-only, so neither a write
     * nor a journal file can ever be created. (Hikari's read-only flag is not usable with SQLite: it must be set
     * before the connection is opened.)
     */
    static Connection open(Path file) throws SQLException {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return config.createConnection("jdbc:sqlite:" + uri(file));
    }

    static String uri(Path file) {
        String path = file.toAbsolutePath().normalize().toUri().getRawPath();
        return "file:" + path + "?mode=ro";
    }

    /** Whether the file starts with SQLite's magic header; SQLite itself then explains anything else. */
    static boolean hasHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** SQLite's own words (with its result code), found under whatever wrapped them. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof SQLException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().trim();
    }
}
