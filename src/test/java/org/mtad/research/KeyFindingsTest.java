package org.mtad.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mtad.analysis.PolynomialFit;
import org.mtad.analysis.SeasonalDecomposition;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.CatalogProperties;
import org.mtad.catalog.Series;
import org.mtad.catalog.TestDatasets;
import org.mtad.toolanalysis.ToolAnalysis;
import org.mtad.toolanalysis.ToolAnalysisService;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Every number a finding states is a number of the analysis: its values are compared with the analysis results, and
 * the text must contain each of them formatted for the language.
 */
class KeyFindingsTest {

    private static final Locale ES = Locale.of("es");

    private static ToolAnalysis analyse(Path dir, String tool, String sources) {
        var catalog = new Catalog(new CatalogProperties(dir, Duration.ofHours(1)));
        try {
            var service = new ToolAnalysisService(catalog, new SimpleMeterRegistry());
            return service.compute(service.snapshot(), service.select(tool, sources, null, null));
        } finally {
            catalog.destroy();
        }
    }

    private static Finding one(List<Finding> findings, String analysis, String source) {
        return findings.stream().filter(f -> f.analysis().equals(analysis)
                && (source == null || source.equals(f.values().get("source")))).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void every_finding_of_the_demo_data_states_the_analysis_figures(String lang) {
        Locale locale = Locale.of(lang);
        ToolAnalysis a = analyse(TestDatasets.DEMO, "benchmarking", "google_trends,crossref,bain_usability");
        checkAll(a, locale);
    }

    @Test
    void every_finding_of_the_real_data_states_the_analysis_figures() {
        var real = TestDatasets.realData();
        assumeTrue(real.isPresent(), TestDatasets.NO_REAL_DATA);
        for (String tool : List.of("calidad-total", "presupuesto-base-cero", "gestion-de-costos")) {
            ToolAnalysis a = analyse(real.get(), tool, null);
            checkAll(a, Locale.ENGLISH);
            checkAll(a, ES);
        }
    }

    private static void checkAll(ToolAnalysis a, Locale locale) {
        var w = Wording.of(locale);
        List<Finding> findings = KeyFindings.of(a, locale);
        assertThat(findings).extracting(Finding::analysis).contains("temporal", "means", "seasonal", "periodogram",
                "correlation", "regression", "pca", "trajectory");
        for (String source : a.selection().sourceKeys()) {
            Series s = a.series().get(source);
            Finding t = one(findings, "temporal", source);
            double max = a.statistics().get(source).max();
            assertThat((double) t.values().get("max")).isEqualTo(max);
            int peak = java.util.stream.IntStream.range(0, s.size()).filter(i -> s.value(i) == max).findFirst().orElseThrow();
            assertThat(t.values().get("peak")).isEqualTo(s.dates().get(peak).toString());
            assertThat(t.values().get("last")).isEqualTo(a.statistics().get(source).last().toString());
            assertThat((double) t.values().get("lastValue")).isEqualTo(s.value(s.size() - 1));
            assertThat(t.text()).contains(w.number(max, 1), w.month(s.dates().get(peak)));
            if (t.values().containsKey("belowPeakPercent")) {
                assertThat(t.text()).contains(w.number(100 * (max - s.value(s.size() - 1)) / max, 1));
            }

            Finding m = one(findings, "means", source);
            var all = a.means().getFirst();
            var last5 = a.means().getLast();
            assertThat(last5.window().label()).isEqualTo("5y");
            if (!Double.isNaN(last5.mean(source))) {
                assertThat((double) m.values().get("mean")).isEqualTo(last5.mean(source));
                assertThat((double) m.values().get("meanAll")).isEqualTo(all.mean(source));
                assertThat(m.text()).contains(w.number(last5.mean(source), 1), w.number(all.mean(source), 1));
            }

            Finding se = one(findings, "seasonal", source);
            if (a.seasonal().get(source) instanceof SeasonalDecomposition.Decomposed d) {
                double[] byMonth = d.seasonalByMonth();
                double high = java.util.Arrays.stream(byMonth).max().orElseThrow();
                double low = java.util.Arrays.stream(byMonth).min().orElseThrow();
                assertThat((double) se.values().get("high")).isEqualTo(high);
                assertThat((double) se.values().get("low")).isEqualTo(low);
                assertThat(byMonth[(int) se.values().get("highMonth") - 1]).isEqualTo(high);
                assertThat(se.text()).contains(w.number(high, 2), w.number(low, 2),
                        w.monthName((int) se.values().get("highMonth")), Integer.toString(d.dates().size()));
            }

            Finding p = one(findings, "periodogram", source);
            var pg = a.periodogram().get(source);
            if (pg.magnitudes().length > 0) {
                double strongest = java.util.Arrays.stream(pg.magnitudes()).max().orElseThrow();
                assertThat((double) p.values().get("magnitude")).isEqualTo(strongest);
                assertThat((double) p.values().get("threshold")).isEqualTo(pg.threshold());
                int significant = 0;
                for (boolean b : pg.significant()) {
                    significant += b ? 1 : 0;
                }
                assertThat(p.values().get("significantCount")).isEqualTo(significant);
                assertThat(p.text()).contains(w.number(strongest, 1), w.number(pg.threshold(), 1),
                        w.number((double) p.values().get("period"), 1));
            }
        }

        var c = a.correlation().orElseThrow();
        Finding cf = one(findings, "correlation", null);
        @SuppressWarnings("unchecked")
        var strongest = (Map<String, Object>) cf.values().get("strongest");
        double r = c.get((String) strongest.get("a"), (String) strongest.get("b"));
        assertThat((double) strongest.get("r")).isEqualTo(r);
        double[][] matrix = c.matrix();
        for (int i = 0; i < matrix.length; i++) {
            for (int j = i + 1; j < matrix.length; j++) {
                if (!Double.isNaN(matrix[i][j])) {
                    assertThat(Math.abs(matrix[i][j])).isLessThanOrEqualTo(Math.abs(r));
                }
            }
        }
        assertThat(cf.text()).contains(w.number(r, 2));

        var reg = a.regression().orElseThrow();
        Finding rf = one(findings, "regression", null);
        assertThat(rf.values().get("n")).isEqualTo(reg.n());
        if (rf.values().containsKey("r2")) {
            double best = reg.fits().stream().mapToDouble(PolynomialFit.Result::r2).filter(v -> !Double.isNaN(v)).max()
                    .orElseThrow();
            assertThat((double) rf.values().get("r2")).isEqualTo(best);
            assertThat(reg.fits().get((int) rf.values().get("degree") - 1).r2()).isEqualTo(best);
            assertThat(rf.text()).contains(w.number(best, 3), Integer.toString(reg.n()));
        }

        var pca = a.pca().orElseThrow();
        Finding pf = one(findings, "pca", null);
        assertThat(pf.values().get("n")).isEqualTo(pca.n());
        if (pf.values().containsKey("explained")) {
            assertThat((double) pf.values().get("explained")).isEqualTo(pca.explainedVarianceRatio()[0]);
            assertThat(pf.text()).contains(w.number(100 * pca.explainedVarianceRatio()[0], 1), Integer.toString(pca.n()));
        }

        var traj = a.trajectory().orElseThrow();
        Finding tf = one(findings, "trajectory", null);
        assertThat(tf.values().get("months")).isEqualTo(traj.dates().size());
        if (!traj.dates().isEmpty()) {
            assertThat((double) tf.values().get("xFirst")).isEqualTo(traj.monthlyX()[0]);
            assertThat((double) tf.values().get("yLast")).isEqualTo(traj.monthlyY()[traj.dates().size() - 1]);
        }
    }

    @Test
    void numbers_follow_the_language() {
        assertThat(Wording.of(ES).number(12.25, 1)).isIn("12,2", "12,3");
        assertThat(Wording.of(Locale.ENGLISH).number(-0.5, 2)).isEqualTo("\u22120.50");
        assertThat(Wording.of(ES).month(java.time.YearMonth.of(2004, 3))).isEqualTo("marzo de 2004");
    }

    @Test
    void spanish_and_english_texts_have_the_same_keys() throws Exception {
        var es = new java.util.Properties();
        var en = new java.util.Properties();
        try (var a = KeyFindingsTest.class.getResourceAsStream("/research/texts_es.properties");
             var b = KeyFindingsTest.class.getResourceAsStream("/research/texts_en.properties")) {
            es.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(es.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }
}
