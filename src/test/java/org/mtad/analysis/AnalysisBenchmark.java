package org.mtad.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.time.Duration;
import org.mtad.catalog.AnnualAggregation;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.CatalogProperties;
import org.mtad.toolanalysis.ToolAnalysisService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.mtad.catalog.Series;

/**
 * Speed of the analyses on the real data, uncached: everything the analysis endpoint computes for one
 * tool with all five sources, and LTTB over a 10-million-point series down to 2,000 points. A plain main
 * with warm-up (the JIT compiles the hot paths first), then timed iterations; prints median and p90.
 *
 * <p>It also times the same through {@link ToolAnalysisService} as the API and the views use it: uncached
 * ({@code compute}: reading the series from the catalog plus every analysis) and cached ({@code analyse}).
 *
 * <pre>REAL_DATA_DIR=../shared/data/management-tools ./mvnw -Pbenchmark process-test-classes</pre>
 */
public final class AnalysisBenchmark {

    private static final String TOOL = "Calidad Total";
    private static final int LTTB_POINTS = 10_000_000;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        String dir = System.getenv("REAL_DATA_DIR");
        Path db = dir == null ? null : Path.of(dir, "data.db");
        if (db == null || !Files.isReadable(db)) {
            System.out.println("Set REAL_DATA_DIR to the directory holding the real data.db (e.g. ../shared/data/management-tools).");
            return;
        }
        List<Series> series = RealData.load(db, TOOL);
        int points = series.stream().mapToInt(Series::size).sum();
        System.out.printf(Locale.ROOT, "%s, %d sources, %d points; Java %s, %d processors%n", TOOL, series.size(), points,
                Runtime.version(), Runtime.getRuntime().availableProcessors());

        report("all analyses, 5 sources, uncached", 2000, 500, () -> allAnalyses(series));
        breakdown(series);
        service(Path.of(dir));

        double[] x = new double[LTTB_POINTS];
        double[] y = new double[LTTB_POINTS];
        Random random = new Random(42);
        double level = 0;
        for (int i = 0; i < LTTB_POINTS; i++) {
            x[i] = i;
            level += random.nextGaussian();
            y[i] = level;
        }
        report("LTTB 10,000,000 -> 2,000 points", 10, 21, () -> Lttb.of(x, y, Lttb.DEFAULT_MAX_POINTS).y()[1]);
    }

    /** The service as a request uses it: once uncached, then from the cache. */
    private static void service(Path dir) {
        var catalog = new Catalog(new CatalogProperties(dir, Duration.ofHours(1)));
        try {
            var service = new ToolAnalysisService(catalog, new SimpleMeterRegistry());
            var snapshot = service.snapshot();
            var selection = service.select("calidad-total", null, null, null);
            report("service, 5 sources, uncached", 2000, 500, () -> service.compute(snapshot, selection).timings().totalNanos());
            service.analyse(snapshot, selection);
            report("service, 5 sources, cached", 20_000, 100_000,
                    () -> service.analyse(snapshot, service.select("calidad-total", null, null, null)).version().length());
        } finally {
            catalog.destroy();
        }
    }

    /** What one analysis request computes; returns a number depending on every result so nothing is skipped. */
    static double allAnalyses(List<Series> series) {
        double sink = 0;
        AlignedSeries aligned = AlignedSeries.of(series);
        for (Series s : series) {
            sink += DescriptiveStatistics.of(s).mean();
            if (SeasonalDecomposition.of(s) instanceof SeasonalDecomposition.Decomposed d) {
                sink += d.seasonalByMonth()[0];
            }
            sink += Periodogram.of(s.values()).threshold();
        }
        sink += WindowMeans.of(aligned).getLast().means()[0];
        sink += CorrelationMatrix.of(aligned).matrix()[0][1];
        String x = series.get(0).source();
        String y = series.get(1).source();
        AlignedSeries.PairedRows rows = aligned.pairwiseComplete(x, y);
        for (int degree = 1; degree <= PolynomialFit.MAX_DEGREE; degree++) {
            PolynomialFit.Result fit = PolynomialFit.of(rows.x(), rows.y(), degree);
            sink += fit.r2() + fit.equation().length();
        }
        sink += PrincipalComponents.of(aligned).explainedVarianceRatio()[0];
        sink += Trajectory.of(aligned, x, AnnualAggregation.MEAN, y, AnnualAggregation.SUM).annualY().length;
        return sink;
    }

    /** Each analysis alone (all sources or pairs as the endpoint would), to see where the time goes. */
    private static void breakdown(List<Series> series) {
        AlignedSeries aligned = AlignedSeries.of(series);
        String x = series.get(0).source();
        String y = series.get(1).source();
        AlignedSeries.PairedRows rows = aligned.pairwiseComplete(x, y);
        report("  alignment", 200, 300, () -> AlignedSeries.of(series).rows());
        report("  descriptive statistics x5", 200, 300,
                () -> series.stream().mapToDouble(s -> DescriptiveStatistics.of(s).sd()).sum());
        report("  window means", 200, 300, () -> WindowMeans.of(aligned).size());
        report("  seasonal decomposition x5", 200, 300,
                () -> series.stream().mapToDouble(s -> SeasonalDecomposition.of(s) instanceof SeasonalDecomposition.Decomposed d
                        ? d.trend().length : 0).sum());
        report("  periodogram x5", 200, 300,
                () -> series.stream().mapToDouble(s -> Periodogram.of(s.values()).threshold()).sum());
        report("  correlation matrix", 200, 300, () -> CorrelationMatrix.of(aligned).matrix()[0][1]);
        report("  polynomial fits, degrees 1-4", 200, 300, () -> {
            double sum = 0;
            for (int d = 1; d <= PolynomialFit.MAX_DEGREE; d++) {
                sum += PolynomialFit.of(rows.x(), rows.y(), d).r2();
            }
            return sum;
        });
        report("  principal components", 200, 300, () -> PrincipalComponents.of(aligned).cumulative()[0]);
        report("  trajectory", 200, 300,
                () -> Trajectory.of(aligned, x, AnnualAggregation.MEAN, y, AnnualAggregation.SUM).years().length);
    }

    private static void report(String what, int warmup, int iterations, DoubleSupplier task) {
        double sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += task.getAsDouble();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            sink += task.getAsDouble();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = nanos[iterations / 2] / 1e6;
        double p90 = nanos[(int) Math.ceil(0.9 * iterations) - 1] / 1e6;
        System.out.printf(Locale.ROOT, "%-40s median %9.4f ms   p90 %9.4f ms   (%d runs after %d warm-up; checksum %.3f)%n",
                what, median, p90, iterations, warmup, sink);
    }
}
