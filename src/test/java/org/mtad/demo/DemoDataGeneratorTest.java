package org.mtad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed demo data in {@code data/} is exactly what the generator writes, and has the promised shapes. */
class DemoDataGeneratorTest {

    private static final Path COMMITTED = Path.of("data");

    @TempDir
    static Path fresh;

    @BeforeAll
    static void generate() throws Exception {
        DemoDataGenerator.write(fresh);
    }

    @Test
    void committed_source_tables_hold_exactly_the_generated_rows() throws Exception {
        for (String table : DemoDataGenerator.TABLES) {
            List<String> committed = rows(COMMITTED.resolve("data.db"), "SELECT date, keyword, value FROM " + table + " ORDER BY keyword, date");
            List<String> generated = rows(fresh.resolve("data.db"), "SELECT date, keyword, value FROM " + table + " ORDER BY keyword, date");
            assertThat(committed).as(table).hasSameSizeAs(generated).isEqualTo(generated);
        }
        assertThat(rows(COMMITTED.resolve("data.db"), "SELECT key, value FROM metadata ORDER BY key"))
                .isEqualTo(rows(fresh.resolve("data.db"), "SELECT key, value FROM metadata ORDER BY key"));
    }

    @Test
    void committed_notes_and_manifest_are_exactly_the_generated_ones() throws Exception {
        String query = "SELECT \"Herramienta\", \"Source\", \"DOI\", \"Notes\", \"Links\", \"Keywords\" FROM tool_notes ORDER BY 1, 2";
        assertThat(rows(COMMITTED.resolve("notes_and_doi.db"), query)).isEqualTo(rows(fresh.resolve("notes_and_doi.db"), query));
        assertThat(Files.readString(COMMITTED.resolve("dataset.yml"))).isEqualTo(Files.readString(fresh.resolve("dataset.yml")));
    }

    @Test
    void the_schema_is_the_research_layout() throws Exception {
        assertThat(rows(COMMITTED.resolve("data.db"), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                .containsExactly("bain_satisfaction", "bain_usability", "crossref", "google_books", "google_trends", "metadata");
        assertThat(rows(COMMITTED.resolve("data.db"), "SELECT name FROM pragma_table_info('crossref')"))
                .containsExactly("date", "keyword", "value");
        assertThat(rows(COMMITTED.resolve("notes_and_doi.db"), "SELECT name FROM pragma_table_info('tool_notes')"))
                .containsExactly("Herramienta", "Source", "DOI", "Notes", "Links", "Keywords");
        assertThat(rows(COMMITTED.resolve("data.db"), "PRAGMA journal_mode")).containsExactly("delete");
    }

    @Test
    void every_tool_has_every_source_normalised_to_0_100() {
        var tables = DemoDataGenerator.tables();
        for (var entry : tables.entrySet()) {
            Map<String, List<DemoDataGenerator.Row>> byTool = entry.getValue().stream()
                    .collect(Collectors.groupingBy(DemoDataGenerator.Row::keyword));
            assertThat(byTool).as(entry.getKey()).hasSize(23);
            byTool.forEach((tool, rows) -> {
                double min = rows.stream().mapToDouble(DemoDataGenerator.Row::value).min().orElseThrow();
                double max = rows.stream().mapToDouble(DemoDataGenerator.Row::value).max().orElseThrow();
                assertThat(min).as(entry.getKey() + " " + tool).isEqualTo(0.0);
                assertThat(max).as(entry.getKey() + " " + tool).isEqualTo(100.0);
            });
        }
    }

    @Test
    void search_interest_has_a_twelve_month_season() {
        // Mean of each calendar month's deviation from a centred 12-month mean: a seasonal series has a clear
        // spread between its highest and lowest month; the generator uses 6-20 % of the level.
        int seasonal = 0;
        var byTool = DemoDataGenerator.tables().get("google_trends").stream()
                .collect(Collectors.groupingBy(DemoDataGenerator.Row::keyword));
        for (var rows : byTool.values()) {
            double[] v = rows.stream().mapToDouble(DemoDataGenerator.Row::value).toArray();
            double[] sum = new double[12];
            int[] count = new int[12];
            for (int i = 6; i < v.length - 6; i++) {
                double trend = 0;
                for (int k = -6; k <= 6; k++) {
                    trend += (k == -6 || k == 6 ? 0.5 : 1) * v[i + k];
                }
                trend /= 12;
                int month = rows.get(i).date().getMonthValue() - 1;
                sum[month] += v[i] - trend;
                count[month]++;
            }
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int m = 0; m < 12; m++) {
                hi = Math.max(hi, sum[m] / count[m]);
                lo = Math.min(lo, sum[m] / count[m]);
            }
            if (hi - lo > 3) {
                seasonal++;
            }
        }
        assertThat(seasonal).isGreaterThanOrEqualTo(20);
    }

    @Test
    void tools_peak_at_different_times() {
        var byTool = DemoDataGenerator.tables().get("crossref").stream()
                .collect(Collectors.groupingBy(DemoDataGenerator.Row::keyword));
        var peakYears = byTool.values().stream().map(rows -> rows.stream()
                .max(java.util.Comparator.comparingDouble(DemoDataGenerator.Row::value)).orElseThrow().date().getYear())
                .collect(Collectors.toSet());
        assertThat(peakYears).hasSizeGreaterThan(10);
    }

    @Test
    void books_are_annual_totals_spread_over_months() {
        var rows = DemoDataGenerator.tables().get("google_books").stream()
                .filter(r -> r.keyword().equals("Benchmarking")).toList();
        assertThat(rows).hasSize(73 * 12);
        assertThat(rows.getFirst().date()).isEqualTo(YearMonth.of(1950, 1));
        assertThat(rows.getLast().date()).isEqualTo(YearMonth.of(2022, 12));
    }

    @Test
    void surveys_cover_tool_specific_years_and_keep_the_survey_points() {
        var tables = DemoDataGenerator.tables();
        var spans = tables.get("bain_usability").stream()
                .collect(Collectors.groupingBy(DemoDataGenerator.Row::keyword,
                        Collectors.mapping(DemoDataGenerator.Row::date, Collectors.toList())))
                .values().stream().map(d -> d.getFirst() + ".." + d.getLast()).collect(Collectors.toSet());
        assertThat(spans).hasSizeGreaterThan(5);
        tables.get("bain_usability").forEach(r -> assertThat(r.date().getYear()).isBetween(1993, 2022));
    }

    @Test
    void notes_say_the_values_are_synthetic_and_some_tools_have_no_report() {
        var notes = DemoDataGenerator.notes();
        assertThat(notes).filteredOn(n -> !n.source().equals("IC"))
                .allSatisfy(n -> assertThat(n.notes()).contains("sintéticos").contains("Synthetic demo data"));
        long reports = notes.stream().filter(n -> n.source().equals("IC")).count();
        assertThat(reports).isBetween(1L, 22L);
    }

    private static List<String> rows(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                var row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
            return out;
        }
    }
}
