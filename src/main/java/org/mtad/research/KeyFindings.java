package org.mtad.research;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mtad.analysis.CorrelationMatrix;
import org.mtad.analysis.Periodogram;
import org.mtad.analysis.PolynomialFit;
import org.mtad.analysis.PrincipalComponents;
import org.mtad.analysis.SeasonalDecomposition;
import org.mtad.analysis.Trajectory;
import org.mtad.analysis.WindowMeans;
import org.mtad.catalog.Series;
import org.mtad.catalog.Source;
import org.mtad.toolanalysis.ToolAnalysis;

/**
 * Key findings of one selection, written from its computed results by fixed templates: every number in a sentence is
 * a number of the analysis (rounded for reading), so a finding cannot claim what the figures do not show, and it
 * changes with the data version. A finding is left out when its figures are undefined.
 */
public final class KeyFindings {

    /** The seasonal period in months, whose component the periodogram finding looks up. */
    static final double ANNUAL = 12.0;

    private final ToolAnalysis analysis;
    private final Wording w;

    private KeyFindings(ToolAnalysis analysis, Locale locale) {
        this.analysis = analysis;
        this.w = Wording.of(locale);
    }

    /** The findings in the order of the dashboard's sections. */
    public static List<Finding> of(ToolAnalysis analysis, Locale locale) {
        return new KeyFindings(analysis, locale).all();
    }

    private List<Finding> all() {
        List<Finding> out = new ArrayList<>();
        for (Source source : analysis.selection().sources()) {
            temporal(source, out);
        }
        means(out);
        for (Source source : analysis.selection().sources()) {
            seasonal(source, out);
        }
        for (Source source : analysis.selection().sources()) {
            periodogram(source, out);
        }
        analysis.correlation().ifPresent(c -> correlation(c, out));
        analysis.regression().ifPresent(r -> regression(r, out));
        analysis.pca().ifPresent(p -> pca(p, out));
        analysis.trajectory().ifPresent(t -> trajectory(t, out));
        return List.copyOf(out);
    }

    private String label(String key) {
        return analysis.selection().sources().stream().filter(s -> s.key().equals(key)).findFirst()
                .map(s -> s.label().in(w.locale())).orElse(key);
    }

    private void temporal(Source source, List<Finding> out) {
        Series s = analysis.series().get(source.key());
        if (s == null || s.isEmpty()) {
            out.add(new Finding("temporal", w.text("temporal.none", label(source.key())), Map.of("source", source.key())));
            return;
        }
        double[] v = s.values();
        int peak = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[peak]) {
                peak = i; // the first month of the maximum
            }
        }
        int last = v.length - 1;
        var values = new LinkedHashMap<String, Object>();
        values.put("source", source.key());
        values.put("max", v[peak]);
        values.put("peak", s.dates().get(peak).toString());
        values.put("last", s.dates().get(last).toString());
        values.put("lastValue", v[last]);
        String name = label(source.key());
        if (peak == last || v[peak] <= 0) {
            out.add(new Finding("temporal", w.text("temporal.atPeak", name, w.number(v[peak], 1),
                    w.month(s.dates().get(peak))), values));
            return;
        }
        double below = 100 * (v[peak] - v[last]) / v[peak];
        values.put("belowPeakPercent", below);
        out.add(new Finding("temporal", w.text("temporal.peak", name, w.number(v[peak], 1), w.month(s.dates().get(peak)),
                w.month(s.dates().get(last)), w.number(v[last], 1), w.number(below, 1)), values));
    }

    private void means(List<Finding> out) {
        WindowMeans.WindowMean all = window(WindowMeans.Window.ALL);
        WindowMeans.WindowMean recent = window(WindowMeans.Window.Y5);
        if (all == null || recent == null) {
            return;
        }
        for (String source : all.sources()) {
            double whole = all.mean(source);
            double last5 = recent.mean(source);
            var values = new LinkedHashMap<String, Object>();
            values.put("source", source);
            values.put("window", recent.window().label());
            values.put("from", recent.from().toString());
            values.put("to", recent.to().toString());
            values.put("mean", last5);
            values.put("meanAll", whole);
            String name = label(source);
            if (Double.isNaN(last5) || Double.isNaN(whole)) {
                out.add(new Finding("means", w.text("means.none", name, w.month(recent.from()), w.month(recent.to())), values));
                continue;
            }
            String key = last5 > whole ? "means.higher" : last5 < whole ? "means.lower" : "means.same";
            String change = "";
            if (whole != 0) {
                double percent = 100 * Math.abs(last5 - whole) / Math.abs(whole);
                values.put("differencePercent", percent);
                change = w.number(percent, 1);
            } else if (!key.equals("means.same")) {
                key += "Zero";
            }
            out.add(new Finding("means", w.text(key, name, w.month(recent.from()), w.month(recent.to()),
                    w.number(last5, 1), w.number(whole, 1), change), values));
        }
    }

    private WindowMeans.WindowMean window(WindowMeans.Window window) {
        return analysis.means().stream().filter(m -> m.window() == window).findFirst().orElse(null);
    }

    private void seasonal(Source source, List<Finding> out) {
        String name = label(source.key());
        switch (analysis.seasonal().get(source.key())) {
            case SeasonalDecomposition.Decomposed d -> {
                double[] byMonth = d.seasonalByMonth();
                int high = 0;
                int low = 0;
                for (int m = 1; m < byMonth.length; m++) {
                    if (byMonth[m] > byMonth[high]) {
                        high = m;
                    }
                    if (byMonth[m] < byMonth[low]) {
                        low = m;
                    }
                }
                var values = new LinkedHashMap<String, Object>();
                values.put("source", source.key());
                values.put("months", d.dates().size());
                values.put("from", d.dates().getFirst().toString());
                values.put("to", d.dates().getLast().toString());
                values.put("highMonth", high + 1);
                values.put("high", byMonth[high]);
                values.put("lowMonth", low + 1);
                values.put("low", byMonth[low]);
                out.add(new Finding("seasonal", w.text("seasonal.range", name, Integer.toString(d.dates().size()),
                        w.month(d.dates().getFirst()), w.month(d.dates().getLast()), w.monthName(high + 1),
                        w.number(byMonth[high], 2), w.monthName(low + 1), w.number(byMonth[low], 2)), values));
            }
            case SeasonalDecomposition.NotEnoughData n -> out.add(new Finding("seasonal",
                    w.text("seasonal.none", name, Integer.toString(n.points()),
                            Integer.toString(SeasonalDecomposition.MINIMUM_POINTS)),
                    Map.of("source", source.key(), "months", n.points())));
            case null -> { }
        }
    }

    private void periodogram(Source source, List<Finding> out) {
        Periodogram.Result p = analysis.periodogram().get(source.key());
        double[] magnitudes = p.magnitudes();
        String name = label(source.key());
        if (magnitudes.length == 0) {
            out.add(new Finding("periodogram", w.text("periodogram.none", name, Integer.toString(p.n())),
                    Map.of("source", source.key(), "n", p.n())));
            return;
        }
        double[] periods = p.periods();
        boolean[] significant = p.significant();
        int best = 0;
        int count = 0;
        int annual = -1;
        for (int i = 0; i < magnitudes.length; i++) {
            if (magnitudes[i] > magnitudes[best]) {
                best = i;
            }
            if (significant[i]) {
                count++;
            }
            if (Math.abs(periods[i] - ANNUAL) < 1e-9) {
                annual = i;
            }
        }
        var values = new LinkedHashMap<String, Object>();
        values.put("source", source.key());
        values.put("period", periods[best]);
        values.put("magnitude", magnitudes[best]);
        values.put("threshold", p.threshold());
        values.put("significant", significant[best]);
        values.put("significantCount", count);
        values.put("components", magnitudes.length);
        String text = w.text(significant[best] ? "periodogram.strongest" : "periodogram.strongestBelow", name,
                w.number(periods[best], 1), w.number(magnitudes[best], 1), w.number(p.threshold(), 1),
                Integer.toString(count), Integer.toString(magnitudes.length));
        if (annual >= 0) {
            values.put("annualSignificant", significant[annual]);
            text += " " + w.text(significant[annual] ? "periodogram.annual" : "periodogram.annualNot");
        }
        out.add(new Finding("periodogram", text, values));
    }

    private void correlation(CorrelationMatrix.Result c, List<Finding> out) {
        List<String> sources = c.sources();
        double[][] r = c.matrix();
        int[] strongest = null;
        int[] weakest = null;
        int pairs = 0;
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                if (Double.isNaN(r[i][j])) {
                    continue;
                }
                pairs++;
                if (strongest == null || Math.abs(r[i][j]) > Math.abs(r[strongest[0]][strongest[1]])) {
                    strongest = new int[] {i, j};
                }
                if (weakest == null || Math.abs(r[i][j]) < Math.abs(r[weakest[0]][weakest[1]])) {
                    weakest = new int[] {i, j};
                }
            }
        }
        if (strongest == null) {
            out.add(new Finding("correlation", w.text("correlation.none"), Map.of("pairs", 0)));
            return;
        }
        var values = new LinkedHashMap<String, Object>();
        values.put("pairs", pairs);
        values.put("strongest", pair(sources, strongest, r));
        String a = label(sources.get(strongest[0]));
        String b = label(sources.get(strongest[1]));
        String rs = w.number(r[strongest[0]][strongest[1]], 2);
        if (pairs == 1) {
            out.add(new Finding("correlation", w.text("correlation.one", a, b, rs), values));
            return;
        }
        values.put("weakest", pair(sources, weakest, r));
        out.add(new Finding("correlation", w.text("correlation.range", Integer.toString(pairs), a, b, rs,
                label(sources.get(weakest[0])), label(sources.get(weakest[1])), w.number(r[weakest[0]][weakest[1]], 2)),
                values));
    }

    private static Map<String, Object> pair(List<String> sources, int[] ij, double[][] r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("a", sources.get(ij[0]));
        m.put("b", sources.get(ij[1]));
        m.put("r", r[ij[0]][ij[1]]);
        return m;
    }

    private void regression(ToolAnalysis.Regression r, List<Finding> out) {
        if (r.sameVariable()) {
            return;
        }
        PolynomialFit.Result best = null;
        for (PolynomialFit.Result fit : r.fits()) {
            if (!Double.isNaN(fit.r2()) && (best == null || fit.r2() > best.r2())) {
                best = fit;
            }
        }
        var values = new LinkedHashMap<String, Object>();
        values.put("x", r.x());
        values.put("y", r.y());
        values.put("n", r.n());
        if (best == null) {
            out.add(new Finding("regression", w.text("regression.none", label(r.y()), label(r.x()),
                    Integer.toString(r.n())), values));
            return;
        }
        double linear = r.fits().getFirst().r2();
        values.put("degree", best.degree());
        values.put("r2", best.r2());
        values.put("r2Linear", linear);
        String key = best.degree() == 1 ? "regression.linearBest" : "regression.best";
        out.add(new Finding("regression", w.text(key, label(r.y()), label(r.x()), Integer.toString(r.n()),
                Integer.toString(best.degree()), w.number(best.r2(), 3), w.number(linear, 3)), values));
    }

    private void pca(PrincipalComponents.Result p, List<Finding> out) {
        double[] ratio = p.explainedVarianceRatio();
        var values = new LinkedHashMap<String, Object>();
        values.put("n", p.n());
        if (ratio.length < 2 || Double.isNaN(ratio[0])) {
            out.add(new Finding("pca", w.text("pca.none", Integer.toString(p.n())), values));
            return;
        }
        double[] pc1 = p.loadings()[0];
        List<String> sources = p.sources();
        // a source "loads on" PC1 when its weight is at least an equal share of the unit-length loading vector
        double share = 1 / Math.sqrt(sources.size());
        var strong = new LinkedHashMap<String, Object>();
        List<String> named = new ArrayList<>();
        for (int c = 0; c < sources.size(); c++) {
            if (Math.abs(pc1[c]) >= share - 1e-12) {
                strong.put(sources.get(c), pc1[c]);
                named.add(label(sources.get(c)) + " (" + w.number(pc1[c], 2) + ")");
            }
        }
        var loadings = new LinkedHashMap<String, Object>();
        for (int c = 0; c < sources.size(); c++) {
            loadings.put(sources.get(c), pc1[c]);
        }
        values.put("explained", ratio[0]);
        values.put("cumulative2", p.cumulative()[1]);
        values.put("loadings", loadings);
        values.put("strongLoadings", strong);
        values.put("equalShare", share);
        out.add(new Finding("pca", w.text("pca.pc1", w.number(100 * ratio[0], 1), Integer.toString(sources.size()),
                Integer.toString(p.n()), w.number(100 * p.cumulative()[1], 1), w.list(named), w.number(share, 2)),
                values));
    }

    private void trajectory(Trajectory.Result t, List<Finding> out) {
        List<YearMonth> dates = t.dates();
        var values = new LinkedHashMap<String, Object>();
        values.put("x", t.x());
        values.put("y", t.y());
        values.put("months", dates.size());
        if (dates.isEmpty()) {
            out.add(new Finding("trajectory", w.text("trajectory.none", label(t.x()), label(t.y())), values));
            return;
        }
        double[] x = t.monthlyX();
        double[] y = t.monthlyY();
        int last = dates.size() - 1;
        values.put("from", dates.getFirst().toString());
        values.put("to", dates.getLast().toString());
        values.put("xFirst", x[0]);
        values.put("xLast", x[last]);
        values.put("yFirst", y[0]);
        values.put("yLast", y[last]);
        out.add(new Finding("trajectory", w.text("trajectory.path", label(t.x()), label(t.y()),
                Integer.toString(dates.size()), w.month(dates.getFirst()), w.month(dates.getLast()),
                w.number(x[0], 1), w.number(x[last], 1), w.number(y[0], 1), w.number(y[last], 1)), values));
    }
}
