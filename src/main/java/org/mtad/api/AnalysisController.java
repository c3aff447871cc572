package org.mtad.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mtad.analysis.CorrelationMatrix;
import org.mtad.analysis.DescriptiveStatistics;
import org.mtad.analysis.Periodogram;
import org.mtad.analysis.PolynomialFit;
import org.mtad.analysis.PrincipalComponents;
import org.mtad.analysis.SeasonalDecomposition;
import org.mtad.analysis.Trajectory;
import org.mtad.analysis.WindowMeans;
import org.mtad.catalog.Catalog;
import org.mtad.toolanalysis.ToolAnalysis;
import org.mtad.toolanalysis.ToolAnalysisService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every analysis of a tool and its selected sources in one JSON document. Keys of the maps are source keys. */
@RestController
@RequestMapping("/api/v1/tools/{tool}")
class AnalysisController {

    record Statistics(int n, YearMonth first, YearMonth last, Double mean, Double sd, Double min, Double max) {
    }

    record Means(String window, YearMonth from, YearMonth to, Map<String, Double> values) {
    }

    /** {@code available} is false for series too short or broken up to decompose; {@code reason} then says why. */
    record Seasonal(boolean available, String reason, List<YearMonth> dates, List<Double> observed, List<Double> trend,
                    List<Double> seasonal, List<Double> residual, List<Double> seasonalByMonth) {
    }

    record PeriodogramJson(int n, List<Double> periods, List<Double> magnitudes, Double threshold, boolean[] significant) {
    }

    record Correlation(List<String> sources, List<List<Double>> matrix) {
    }

    record Fit(int degree, List<Double> coefficients, Double r2, String equation) {
    }

    record Regression(String x, String y, int n, List<Fit> fits, String message) {
    }

    record Pca(int n, List<String> sources, List<Double> explainedVarianceRatio, List<Double> cumulative,
               List<List<Double>> loadings) {
    }

    record TrajectoryJson(String x, String y, List<List<Object>> monthly, List<List<Object>> annual) {
    }

    record Timings(double queryMillis, Map<String, Double> analysisMillis, double totalMillis) {
    }

    record Analysis(String tool, String version, List<String> sources, Map<String, Statistics> series, List<Means> means,
                    Map<String, Seasonal> seasonal, Map<String, PeriodogramJson> periodogram, Correlation correlation,
                    Regression regression, Pca pca, TrajectoryJson trajectory, Timings timings) {
    }

    private final Catalog catalog;
    private final ToolAnalysisService analyses;

    AnalysisController(Catalog catalog, ToolAnalysisService analyses) {
        this.catalog = catalog;
        this.analyses = analyses;
    }

    @GetMapping("/analysis")
    Analysis analysis(@PathVariable String tool, @RequestParam(required = false) String sources,
                      @RequestParam(required = false) String x, @RequestParam(required = false) String y) {
        var snapshot = Requests.usable(catalog);
        var selection = ToolSelections.parse(snapshot, tool, sources, x, y);
        ToolAnalysis a = analyses.analyse(snapshot, selection);
        return new Analysis(selection.tool().slug(), a.version(), selection.sourceKeys(),
                map(a.statistics(), AnalysisController::statistics), means(a.means()),
                map(a.seasonal(), AnalysisController::seasonal), map(a.periodogram(), AnalysisController::periodogram),
                a.correlation().map(AnalysisController::correlation).orElse(null),
                a.regression().map(AnalysisController::regression).orElse(null),
                a.pca().map(AnalysisController::pca).orElse(null),
                a.trajectory().map(AnalysisController::trajectory).orElse(null),
                timings(a.timings()));
    }

    private static <A, B> Map<String, B> map(Map<String, A> in, java.util.function.Function<A, B> f) {
        Map<String, B> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }

    private static Statistics statistics(DescriptiveStatistics.Result s) {
        return new Statistics(s.n(), s.first(), s.last(), JsonNumbers.of(s.mean()), JsonNumbers.of(s.sd()),
                JsonNumbers.of(s.min()), JsonNumbers.of(s.max()));
    }

    private static List<Means> means(List<WindowMeans.WindowMean> means) {
        return means.stream().map(m -> {
            Map<String, Double> values = new LinkedHashMap<>();
            for (String source : m.sources()) {
                values.put(source, JsonNumbers.of(m.mean(source)));
            }
            return new Means(m.window().label(), m.from(), m.to(), values);
        }).toList();
    }

    private static Seasonal seasonal(SeasonalDecomposition.Result result) {
        return switch (result) {
            case SeasonalDecomposition.Decomposed d -> new Seasonal(true, null, d.dates(), JsonNumbers.of(d.observed()),
                    JsonNumbers.of(d.trend()), JsonNumbers.of(d.seasonal()), JsonNumbers.of(d.residual()),
                    JsonNumbers.of(d.seasonalByMonth()));
            case SeasonalDecomposition.NotEnoughData n -> new Seasonal(false, n.reason(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        };
    }

    private static PeriodogramJson periodogram(Periodogram.Result p) {
        return new PeriodogramJson(p.n(), JsonNumbers.of(p.periods()), JsonNumbers.of(p.magnitudes()),
                JsonNumbers.of(p.threshold()), p.significant());
    }

    private static Correlation correlation(CorrelationMatrix.Result c) {
        return new Correlation(c.sources(), JsonNumbers.of(c.matrix()));
    }

    private static Regression regression(ToolAnalysis.Regression r) {
        List<Fit> fits = new ArrayList<>();
        for (PolynomialFit.Result fit : r.fits()) {
            fits.add(new Fit(fit.degree(), JsonNumbers.of(fit.coefficients()), JsonNumbers.of(fit.r2()),
                    PolynomialFit.equation(fit.coefficients())));
        }
        String message = r.sameVariable() ? "x and y are the same source: a variable cannot be regressed on itself" : null;
        return new Regression(r.x(), r.y(), r.n(), fits, message);
    }

    private static Pca pca(PrincipalComponents.Result p) {
        return new Pca(p.n(), p.sources(), JsonNumbers.of(p.explainedVarianceRatio()), JsonNumbers.of(p.cumulative()),
                JsonNumbers.of(p.loadings()));
    }

    private static TrajectoryJson trajectory(Trajectory.Result t) {
        List<List<Object>> monthly = new ArrayList<>();
        double[] mx = t.monthlyX();
        double[] my = t.monthlyY();
        for (int i = 0; i < mx.length; i++) {
            monthly.add(List.of(t.dates().get(i).toString(), mx[i], my[i]));
        }
        List<List<Object>> annual = new ArrayList<>();
        int[] years = t.years();
        double[] ax = t.annualX();
        double[] ay = t.annualY();
        for (int i = 0; i < years.length; i++) {
            annual.add(List.of(years[i], ax[i], ay[i]));
        }
        return new TrajectoryJson(t.x(), t.y(), monthly, annual);
    }

    private static Timings timings(ToolAnalysis.Timings t) {
        Map<String, Double> analyses = new LinkedHashMap<>();
        t.analysisNanos().forEach((k, v) -> analyses.put(k, v / 1e6));
        return new Timings(t.queryNanos() / 1e6, analyses, t.totalNanos() / 1e6);
    }
}
