package org.mtad.demo;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.hipparchus.analysis.interpolation.SplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * Writes the demo dataset ({@code data.db}, {@code notes_and_doi.db}, {@code dataset.yml}) in exactly the layout of
 * the research data, with synthetic values: an adoption curve per tool that rises and fades at its own time, a
 * 12-month season in the search and publication sources, annual book counts spread over months, and sparse survey
 * years interpolated monthly with a cubic spline. Deterministic: the same seed gives the same rows on every JVM
 * (StrictMath only).
 *
 * <p>Run: {@code ./mvnw -Pdemo-data process-test-classes} (writes to {@code data/}).
 */
public final class DemoDataGenerator {

    public static final long SEED = 20261122L;

    static final List<String> TOOLS = List.of(
            "Alianzas y Capital de Riesgo", "Benchmarking", "Calidad Total", "Competencias Centrales",
            "Cuadro de Mando Integral", "Estrategias de Crecimiento", "Experiencia del Cliente",
            "Fusiones y Adquisiciones", "Gestión de Costos", "Gestión de la Cadena de Suministro", "Gestión del Cambio",
            "Gestión del Conocimiento", "Innovación Colaborativa", "Lealtad del Cliente", "Optimización de Precios",
            "Outsourcing", "Planificación Estratégica", "Planificación de Escenarios", "Presupuesto Base Cero",
            "Propósito y Visión", "Reingeniería de Procesos", "Segmentación de Clientes", "Talento y Compromiso");

    static final List<String> TABLES = List.of("google_trends", "google_books", "bain_usability", "bain_satisfaction", "crossref");

    private static final int[] SURVEY_YEARS = {1993, 1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2017, 2022};

    /** One row of a source table. */
    public record Row(YearMonth date, String keyword, double value) {
    }

    /** One row of {@code tool_notes}. */
    public record Note(String tool, String source, String doi, String notes, String links, String keywords) {
    }

    private DemoDataGenerator() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data");
        write(dir);
        System.out.println("Demo data written to " + dir.toAbsolutePath().normalize());
    }

    public static void write(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        var tables = tables();
        writeData(dir.resolve("data.db"), tables);
        writeNotes(dir.resolve("notes_and_doi.db"), notes());
        Files.writeString(dir.resolve("dataset.yml"), manifest());
    }

    /** Every source table's rows, in the order they are written. */
    public static Map<String, List<Row>> tables() {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        TABLES.forEach(t -> tables.put(t, new ArrayList<>()));
        for (int i = 0; i < TOOLS.size(); i++) {
            var tool = new SyntheticTool(TOOLS.get(i), new SplittableRandom(SEED + 7919L * i));
            tables.get("google_trends").addAll(tool.googleTrends());
            var crossrefRaw = tool.crossrefRaw();
            tables.get("crossref").addAll(rows(tool.keyword, YearMonth.of(1950, 1), normalise(crossrefRaw)));
            tables.get("google_books").addAll(tool.googleBooks(crossrefRaw));
            tables.get("bain_usability").addAll(tool.bain(false));
            tables.get("bain_satisfaction").addAll(tool.bain(true));
        }
        return tables;
    }

    private static final class SyntheticTool {
        final String keyword;
        final SplittableRandom random;
        final double rise;
        final double peak;
        final double decay;
        final double floor;
        final double phase;
        final double seasonStrength;
        final int surveyStart;
        final int surveyCount;

        SyntheticTool(String keyword, SplittableRandom random) {
            this.keyword = keyword;
            this.random = random;
            this.rise = 1972 + random.nextDouble() * 40;
            this.peak = rise + 4 + random.nextDouble() * 12;
            this.decay = 4 + random.nextDouble() * 18;
            this.floor = 0.05 + random.nextDouble() * 0.35;
            this.phase = random.nextDouble() * 12;
            this.seasonStrength = 0.06 + random.nextDouble() * 0.14;
            this.surveyCount = 4 + random.nextInt(10);
            this.surveyStart = random.nextInt(SURVEY_YEARS.length - surveyCount + 1);
        }

        /** Popularity at decimal year t: a logistic rise, then an exponential fade towards a floor. */
        double curve(double t) {
            double up = 1 / (1 + StrictMath.exp(-(t - rise) / 2.5));
            double fade = t <= peak ? 1 : floor + (1 - floor) * StrictMath.exp(-(t - peak) / decay);
            return up * fade;
        }

        double season(int month) {
            return 1 + seasonStrength * StrictMath.sin(2 * StrictMath.PI * (month + phase) / 12);
        }

        List<Row> googleTrends() {
            var start = YearMonth.of(2004, 1);
            double[] v = new double[240];
            for (int i = 0; i < v.length; i++) {
                var ym = start.plusMonths(i);
                double t = ym.getYear() + (ym.getMonthValue() - 0.5) / 12;
                v[i] = StrictMath.max(0, curve(t) * season(ym.getMonthValue()) + 0.04 * gaussian());
            }
            return rows(keyword, start, normalise(v));
        }

        double[] crossrefRaw() {
            var start = YearMonth.of(1950, 1);
            double[] v = new double[888];
            for (int i = 0; i < v.length; i++) {
                var ym = start.plusMonths(i);
                double t = ym.getYear() + (ym.getMonthValue() - 0.5) / 12;
                double mean = 300 * curve(t - 1) * season(ym.getMonthValue() + 3);
                v[i] = StrictMath.max(0, mean + StrictMath.sqrt(mean + 1) * gaussian());
            }
            return v;
        }

        /** Annual counts 1950-2022 spread over each year's months with the publication profile, as the real data is. */
        List<Row> googleBooks(double[] crossrefRaw) {
            double[] v = new double[73 * 12];
            for (int year = 0; year < 73; year++) {
                double annual = 1000 * curve(1950 + year + 0.5 - 2) * (1 + 0.05 * gaussian());
                double total = 0;
                for (int m = 0; m < 12; m++) {
                    total += crossrefRaw[year * 12 + m];
                }
                for (int m = 0; m < 12; m++) {
                    double share = total > 0 ? crossrefRaw[year * 12 + m] / total : 1.0 / 12;
                    v[year * 12 + m] = StrictMath.max(0, annual) * share;
                }
            }
            return rows(keyword, YearMonth.of(1950, 1), normalise(v));
        }

        /** Survey years of this tool, values at each, then a natural cubic spline through them month by month. */
        List<Row> bain(boolean satisfaction) {
            double[] x = new double[surveyCount];
            double[] y = new double[surveyCount];
            for (int i = 0; i < surveyCount; i++) {
                int year = SURVEY_YEARS[surveyStart + i];
                x[i] = (year - 1993) * 12.0;
                double usage = curve(year);
                y[i] = satisfaction ? 3.4 + 0.9 * StrictMath.sqrt(usage) + 0.15 * gaussian() : 100 * usage + 4 * gaussian();
            }
            PolynomialSplineFunction spline = new SplineInterpolator().interpolate(x, y);
            var start = YearMonth.of(SURVEY_YEARS[surveyStart], 1);
            int months = (int) (x[surveyCount - 1] - x[0]) + 1;
            double[] v = new double[months];
            for (int i = 0; i < months; i++) {
                v[i] = spline.value(x[0] + i);
            }
            for (int i = 0; i < surveyCount; i++) {
                v[(int) (x[i] - x[0])] = y[i];
            }
            return rows(keyword, start, normalise(v));
        }

        double gaussian() {
            // Box-Muller with StrictMath, so every JVM draws the same numbers.
            double u1 = 1 - random.nextDouble();
            double u2 = random.nextDouble();
            return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        }
    }

    /** Min-max to 0..100, rounded to 6 decimals like a CSV export would keep. */
    static double[] normalise(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            min = StrictMath.min(min, d);
            max = StrictMath.max(max, d);
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double scaled = max > min ? (v[i] - min) / (max - min) * 100 : 0;
            out[i] = StrictMath.rint(scaled * 1e6) / 1e6;
        }
        return out;
    }

    private static List<Row> rows(String keyword, YearMonth start, double[] values) {
        var rows = new ArrayList<Row>(values.length);
        for (int i = 0; i < values.length; i++) {
            rows.add(new Row(start.plusMonths(i), keyword, values[i]));
        }
        return rows;
    }

    public static List<Note> notes() {
        String[][] sources = {
                {"Google_Trends", "Google Trends", "https://trends.google.com/trends/explore?date=all&q="},
                {"Google_Books", "Google Books Ngrams", "https://books.google.com/ngrams/graph?year_start=1950&content="},
                {"BAIN_Ind_Usabilidad", "Bain & Company (usabilidad)", ""},
                {"BAIN_Ind_Satisfacción", "Bain & Company (satisfacción)", ""},
                {"Crossref", "Crossref.org", "https://search.crossref.org/search/works?q="}};
        var notes = new ArrayList<Note>();
        for (int i = 0; i < TOOLS.size(); i++) {
            String tool = TOOLS.get(i);
            String slug = java.text.Normalizer.normalize(tool, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            String query = URLEncoder.encode("\"" + tool.toLowerCase(java.util.Locale.ROOT) + "\"", StandardCharsets.UTF_8);
            for (String[] s : sources) {
                String text = """
                        **Datos sintéticos de demostración.** Esta serie no proviene de %s: la generó el programa \
                        `DemoDataGenerator` del proyecto (semilla %d) para mostrar el tablero sin los datos reales.

                        *Synthetic demo data: these values were generated by the project and are not research results.*

                        ### Metodología
                        - Curva de adopción logística con declive exponencial propia de la herramienta.
                        - Valores normalizados de 0 a 100 sobre el rango de la serie.

                        ### Limitaciones
                        No usar para conclusiones: ningún valor describe el uso real de «%s».
                        """.formatted(s[1], SEED, tool);
                String link = s[2].isEmpty() ? "" : s[2] + query;
                String keywords = s[2].isEmpty() ? "" : "\"" + tool.toLowerCase(java.util.Locale.ROOT) + "\"";
                // 10.5555 is Crossref's test prefix: clearly not a real publication.
                notes.add(new Note(tool, s[0], "10.5555/mtad-demo." + slug + "." + s[0].toLowerCase(java.util.Locale.ROOT),
                        text, link, keywords));
            }
            if (i % 5 != 4) {
                notes.add(new Note(tool, "IC", "10.5555/mtad-demo." + slug + ".report", "", "", ""));
            }
        }
        return notes;
    }

    public static String manifest() {
        return """
                # Demo dataset written by org.mtad.demo.DemoDataGenerator (./mvnw -Pdemo-data process-test-classes).
                # The values are synthetic; point DATA_DIR at the research files to see real data.
                title:
                  es: "Herramientas gerenciales: datos sintéticos de demostración"
                  en: "Management tools: synthetic demo data"
                synthetic: true
                # Credits of the synthetic data: made by this project's generator, under the project's licence. The DOIs
                # use 10.5555, Crossref's test prefix, so they resolve to nothing real.
                authors:
                  - name: "MTAD demo data generator"
                    family: "MTAD demo data generator"
                    role: {es: "Generador de datos sintéticos", en: "Synthetic data generator"}
                license: {name: "MIT", url: "https://opensource.org/license/mit"}
                doi: "10.5555/mtad-demo"
                links: []
                """;
    }

    private static void writeData(Path file, Map<String, List<Row>> tables) throws IOException, SQLException {
        Files.deleteIfExists(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String table : tables.keySet()) {
                    s.execute("CREATE TABLE " + table + " (date TEXT NOT NULL, keyword TEXT NOT NULL, value REAL NOT NULL,"
                            + " PRIMARY KEY (date, keyword))");
                    s.execute("CREATE INDEX idx_" + table + "_keyword_date ON " + table + " (keyword, date)");
                    s.execute("CREATE INDEX idx_" + table + "_keyword ON " + table + " (keyword)");
                    s.execute("CREATE INDEX idx_" + table + "_date_keyword ON " + table + " (date, keyword)");
                }
                s.execute("CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT)");
            }
            long total = 0;
            for (var entry : tables.entrySet()) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO " + entry.getKey() + " VALUES (?, ?, ?)")) {
                    for (Row row : entry.getValue()) {
                        p.setString(1, row.date() + "-01");
                        p.setString(2, row.keyword());
                        p.setDouble(3, row.value());
                        p.addBatch();
                        total++;
                    }
                    p.executeBatch();
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                for (String[] kv : new String[][]{{"schema_version", "1"}, {"created_at", "synthetic"},
                        {"last_updated", "synthetic"}, {"total_records", Long.toString(total)}, {"seed", Long.toString(SEED)}}) {
                    p.setString(1, kv[0]);
                    p.setString(2, kv[1]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM");
            }
        }
    }

    private static void writeNotes(Path file, List<Note> notes) throws IOException, SQLException {
        Files.deleteIfExists(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE tool_notes (\"Herramienta\" TEXT, \"Source\" TEXT, \"DOI\" TEXT, \"Notes\" TEXT,"
                        + " \"Links\" TEXT, \"Keywords\" TEXT)");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tool_notes VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Note n : notes) {
                    p.setString(1, n.tool());
                    p.setString(2, n.source());
                    p.setString(3, n.doi());
                    p.setString(4, n.notes());
                    p.setString(5, n.links());
                    p.setString(6, n.keywords());
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM");
            }
        }
    }
}
