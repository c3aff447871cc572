package org.mtad.analysis;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.mtad.catalog.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-only access to the real research data (REAL_DATA_DIR) and to the expected values that
 * {@code src/test/python/make_oracles.py} computed from the same data with pandas, statsmodels, numpy and
 * scikit-learn. The loader is deliberately plain JDBC so these tests do not depend on the catalog code.
 */
final class RealData {

    static final List<String> SOURCES = List.of("google_trends", "google_books", "bain_usability",
            "bain_satisfaction", "crossref");
    /** The tools the oracle script covers, slug → keyword. */
    static final Map<String, String> TOOLS = Map.of("calidad-total", "Calidad Total",
            "presupuesto-base-cero", "Presupuesto Base Cero",
            "fusiones-y-adquisiciones", "Fusiones y Adquisiciones");

    /**
     * Accuracy contract: relative error 1e-9. Values that are differences of numbers of the data's size
     * (residuals, small spectral magnitudes, near-zero coefficients) carry an absolute rounding error of
     * about 1e-16 times the data's scale in any implementation, so their comparison uses an absolute
     * floor of 1e-9 times that scale instead of their own (tiny) size.
     */
    static final double RELATIVE = 1e-9;

    private RealData() {
    }

    static Path dataFile() {
        String dir = System.getenv("REAL_DATA_DIR");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(),
                "REAL_DATA_DIR is not set: skipping the comparison with the real research data");
        Path db = Path.of(dir, "data.db");
        Assumptions.assumeTrue(Files.isReadable(db), "REAL_DATA_DIR has no readable data.db: " + db);
        return db;
    }

    static List<Series> load(String keyword) {
        return load(dataFile(), keyword);
    }

    static List<Series> load(Path db, String keyword) {
        List<Series> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db.toAbsolutePath() + "?mode=ro")) {
            for (String source : SOURCES) {
                // the table name comes from the fixed list above, never from input
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT date, value FROM " + source + " WHERE keyword = ? ORDER BY date")) {
                    st.setString(1, keyword);
                    List<YearMonth> dates = new ArrayList<>();
                    List<Double> values = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            dates.add(YearMonth.parse(rs.getString(1).substring(0, 7)));
                            values.add(rs.getDouble(2));
                        }
                    }
                    out.add(new Series(source, dates, values.stream().mapToDouble(Double::doubleValue).toArray()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + db, e);
        }
        return out;
    }

    static JsonNode oracle(String slug) {
        String resource = "/oracle/" + slug + ".json";
        try (InputStream in = RealData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + "; run src/test/python/make_oracles.py");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double number(JsonNode node) {
        return node == null || node.isNull() ? Double.NaN : node.doubleValue();
    }

    static double[] numbers(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(array.get(i));
        }
        return out;
    }

    /** Expected within 1e-9 relative, or 1e-9 × scale absolute for values much smaller than scale. */
    static void assertClose(double expected, double actual, double scale, String what) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            if (Double.isNaN(expected) != Double.isNaN(actual)) {
                fail(what + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        double error = Math.abs(actual - expected);
        double allowed = RELATIVE * Math.max(Math.abs(expected), scale);
        if (!(error <= allowed)) {
            fail(what + ": expected " + expected + " but was " + actual + " (error " + error + " > " + allowed + ")");
        }
    }

    static void assertClose(double[] expected, double[] actual, double scale, String what) {
        if (expected.length != actual.length) {
            fail(what + ": expected " + expected.length + " values but got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], scale, what + "[" + i + "]");
        }
    }

    static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    static Series series(String source, String firstMonth, double... values) {
        YearMonth start = YearMonth.parse(firstMonth);
        List<YearMonth> dates = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            dates.add(start.plusMonths(i));
        }
        return new Series(source, dates, values);
    }
}
