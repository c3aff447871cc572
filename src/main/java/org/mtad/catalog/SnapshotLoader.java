package org.mtad.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Reads a whole data directory into a {@link Snapshot}, checking the schema and reporting what it leaves out. */
final class SnapshotLoader {

    private static final Set<String> COLUMNS = Set.of("date", "keyword", "value");

    private SnapshotLoader() {
    }

    /**
     * @throws DatasetManifest.InvalidManifestException when {@code dataset.yml} exists and is invalid
     */
    static Snapshot load(DataDirectory dir) {
        long start = System.nanoTime();
        DatasetDescription description = DatasetManifest.describe(dir.resolve(DatasetManifest.FILE_NAME));
        String version = dir.contentVersion();
        List<DataFileStatus> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        var data = readData(dir.resolve(DataDirectory.DATA), description, files, problems);
        var notes = readNotes(dir.resolve(DataDirectory.NOTES), description, files);

        Slugs slugs = new Slugs();
        List<Tool> tools = new ArrayList<>();
        Map<String, Map<String, Series>> seriesBySlug = new HashMap<>();
        Map<String, ToolNotes> notesBySlug = new HashMap<>();
        for (String keyword : orderedKeywords(description, data.byKeyword.keySet())) {
            var tool = new Tool(slugs.unique(keyword), keyword, description.nameOf(keyword));
            tools.add(tool);
            seriesBySlug.put(tool.slug(), data.byKeyword.get(keyword));
            var toolNotes = notes.get(keyword);
            if (toolNotes != null) {
                notesBySlug.put(tool.slug(), toolNotes);
            }
        }
        if (files.stream().noneMatch(f -> f.file().equals(DatasetManifest.FILE_NAME))
                && Files.isRegularFile(dir.resolve(DatasetManifest.FILE_NAME))) {
            files.add(new DataFileStatus(DatasetManifest.FILE_NAME, false, DataFileStatus.State.OK, "manifest applied"));
        }
        return new Snapshot(version, description, data.sources, tools, seriesBySlug, notesBySlug, files, problems,
                Instant.now(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static List<String> orderedKeywords(DatasetDescription description, Set<String> present) {
        var ordered = new LinkedHashSet<String>();
        description.entities().stream().map(DatasetDescription.EntityName::keyword).filter(present::contains)
                .forEach(ordered::add);
        ordered.addAll(new TreeSet<>(present));
        return List.copyOf(ordered);
    }

    private record Data(List<Source> sources, Map<String, Map<String, Series>> byKeyword) {
    }

    private static Data readData(Path file, DatasetDescription description, List<DataFileStatus> files,
                                 List<String> problems) {
        Data empty = new Data(List.of(), Map.of());
        String name = DataDirectory.DATA;
        if (!Files.exists(file)) {
            files.add(new DataFileStatus(name, true, DataFileStatus.State.MISSING, "file not found"));
            return empty;
        }
        if (!Files.isReadable(file)) {
            files.add(new DataFileStatus(name, true, DataFileStatus.State.BROKEN, "file is not readable"));
            return empty;
        }
        try (Connection connection = SqliteFile.open(file)) {
            var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            Set<String> tables = new HashSet<>(jdbc.sql("SELECT name FROM sqlite_master WHERE type = 'table'")
                    .query(String.class).list());
            List<Source> sources = new ArrayList<>();
            Map<String, Map<String, Series>> byKeyword = new TreeMap<>();
            long rows = 0;
            for (Source source : description.sources()) {
                Optional<String> problem = schemaProblem(jdbc, tables, source.key());
                if (problem.isPresent()) {
                    problems.add(problem.get());
                    continue;
                }
                rows += readTable(jdbc, source.key(), byKeyword, problems);
                sources.add(source);
            }
            if (sources.isEmpty()) {
                files.add(new DataFileStatus(name, true, DataFileStatus.State.BROKEN,
                        "no usable source table: " + String.join("; ", problems)));
                return empty;
            }
            files.add(new DataFileStatus(name, true, DataFileStatus.State.OK,
                    rows + " rows in " + sources.size() + " source tables"));
            return new Data(sources, byKeyword);
        } catch (SQLException | DataAccessException e) {
            files.add(new DataFileStatus(name, true, DataFileStatus.State.BROKEN, SqliteFile.reason(e)));
            return empty;
        }
    }

    private static Optional<String> schemaProblem(JdbcClient jdbc, Set<String> tables, String table) {
        if (!tables.contains(table)) {
            return Optional.of("table " + table + " is missing");
        }
        Set<String> columns = new HashSet<>(jdbc.sql("SELECT lower(name) FROM pragma_table_info(?)")
                .param(table).query(String.class).list());
        var missing = new TreeSet<>(COLUMNS);
        missing.removeAll(columns);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("table " + table + " lacks column(s) " + String.join(", ", missing));
    }

    private static long readTable(JdbcClient jdbc, String table, Map<String, Map<String, Series>> byKeyword,
                                  List<String> problems) {
        // Table names cannot be bound as parameters; the key was checked against [a-z][a-z0-9_]* and is quoted.
        var columns = new LinkedHashMap<String, Column>();
        int[] skipped = {0};
        jdbc.sql("SELECT keyword, date, value FROM \"" + table + "\" ORDER BY keyword, date").query(rs -> {
            String keyword = rs.getString(1);
            YearMonth month = parseMonth(rs.getString(2));
            double value = rs.getDouble(3);
            boolean nullValue = rs.wasNull();
            if (keyword == null || month == null || nullValue || !Double.isFinite(value)
                    || !columns.computeIfAbsent(keyword, k -> new Column()).add(month, value)) {
                skipped[0]++;
            }
        });
        if (skipped[0] > 0) {
            problems.add(table + ": " + skipped[0] + " rows skipped (empty keyword, bad date, missing value or a second value for a month)");
        }
        long rows = 0;
        for (var entry : columns.entrySet()) {
            var series = entry.getValue().toSeries(table);
            byKeyword.computeIfAbsent(entry.getKey(), k -> new LinkedHashMap<>()).put(table, series);
            rows += series.size();
        }
        return rows;
    }

    /** One keyword's rows as they arrive, already in date order. */
    private static final class Column {
        private final List<YearMonth> dates = new ArrayList<>();
        private double[] values = new double[256];

        boolean add(YearMonth month, double value) {
            if (!dates.isEmpty() && !month.isAfter(dates.getLast())) {
                return false;
            }
            if (dates.size() == values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[dates.size()] = value;
            dates.add(month);
            return true;
        }

        Series toSeries(String source) {
            return new Series(source, dates, java.util.Arrays.copyOf(values, dates.size()));
        }
    }

    static YearMonth parseMonth(String date) {
        if (date == null || date.length() < 7) {
            return null;
        }
        // 'YYYY-MM-DD' as stored; parsed by hand because this runs once per row.
        if (date.charAt(4) != '-') {
            return null;
        }
        try {
            return YearMonth.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static Map<String, ToolNotes> readNotes(Path file, DatasetDescription description, List<DataFileStatus> files) {
        String name = DataDirectory.NOTES;
        if (!Files.exists(file)) {
            files.add(new DataFileStatus(name, false, DataFileStatus.State.MISSING, "no notes file; notes are not shown"));
            return Map.of();
        }
        Map<String, String> sourceByNotesKey = new HashMap<>();
        description.sources().forEach(s -> sourceByNotesKey.put(s.notesKey(), s.key()));
        Map<String, Map<String, SourceNote>> bySource = new HashMap<>();
        Map<String, String> reports = new HashMap<>();
        try (Connection connection = SqliteFile.open(file)) {
            var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            int[] rows = {0};
            jdbc.sql("SELECT \"Herramienta\", \"Source\", \"DOI\", \"Notes\", \"Links\", \"Keywords\" FROM tool_notes")
                    .query(rs -> {
                        rows[0]++;
                        String keyword = rs.getString(1);
                        String notesKey = rs.getString(2);
                        if (keyword == null || notesKey == null) {
                            return;
                        }
                        String doi = text(rs.getString(3));
                        if (notesKey.equals(description.reportNotesKey())) {
                            if (!doi.isEmpty()) {
                                reports.put(keyword, doi);
                            }
                            return;
                        }
                        String source = sourceByNotesKey.get(notesKey);
                        if (source != null) {
                            bySource.computeIfAbsent(keyword, k -> new HashMap<>()).put(source, new SourceNote(source,
                                    text(rs.getString(4)), text(rs.getString(5)), text(rs.getString(6)), doi));
                        }
                    });
            files.add(new DataFileStatus(name, false, DataFileStatus.State.OK, rows[0] + " notes"));
        } catch (SQLException | DataAccessException e) {
            files.add(new DataFileStatus(name, false, DataFileStatus.State.BROKEN, SqliteFile.reason(e)));
            return Map.of();
        }
        Map<String, ToolNotes> result = new HashMap<>();
        Set<String> keywords = new HashSet<>(bySource.keySet());
        keywords.addAll(reports.keySet());
        for (String keyword : keywords) {
            result.put(keyword, new ToolNotes(bySource.getOrDefault(keyword, Map.of()),
                    Optional.ofNullable(reports.get(keyword))));
        }
        return result;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
