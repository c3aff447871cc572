package org.mtad.toolanalysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.mtad.analysis.AlignedSeries;
import org.mtad.analysis.CorrelationMatrix;
import org.mtad.analysis.DescriptiveStatistics;
import org.mtad.analysis.Periodogram;
import org.mtad.analysis.PolynomialFit;
import org.mtad.analysis.PrincipalComponents;
import org.mtad.analysis.SeasonalDecomposition;
import org.mtad.analysis.Trajectory;
import org.mtad.analysis.WindowMeans;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.Series;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Runs every analysis for a selection, for the API and the views alike. Results are cached by data version and
 * selection: the data cannot change within a version, and a replaced file gives a new version (old entries then
 * simply age out of the bounded cache).
 *
 * <p>Metrics: {@code dashboard.analysis.duration{analysis=...}}, {@code dashboard.query.duration}, and the
 * cache's {@code cache.gets{cache="analysis",result="hit|miss"}}.
 */
@Service
public class ToolAnalysisService {

    static final String CACHE_NAME = "analysis";

    private record Key(String version, String tool, List<String> sources, String x, String y) {
    }

    private final Catalog catalog;
    private final MeterRegistry registry;
    private final Cache<Key, ToolAnalysis> cache;
    private final Timer queryTimer;

    public ToolAnalysisService(Catalog catalog, MeterRegistry registry) {
        this.catalog = catalog;
        this.registry = registry;
        this.cache = Caffeine.newBuilder().maximumSize(2_000).expireAfterAccess(Duration.ofHours(6)).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
        this.queryTimer = Timer.builder("dashboard.query.duration").description("Reading a tool's series from the catalog")
                .register(registry);
    }

    /** The snapshot a request should use from start to end. */
    public Snapshot snapshot() {
        return catalog.current();
    }

    /** Parses a selection against the current data; see {@link Selection#parse}. */
    public Selection select(String tool, String sources, String x, String y) {
        return Selection.parse(catalog.current(), tool, sources, x, y);
    }

    /** Every analysis of the selection, from the cache when this data version already answered it. */
    public ToolAnalysis analyse(Snapshot snapshot, Selection selection) {
        var key = new Key(snapshot.version(), selection.tool().slug(), selection.sourceKeys(), selection.x().key(),
                selection.y().key());
        return cache.get(key, k -> compute(snapshot, selection));
    }

    /** The same without the cache: what a first visitor waits for (benchmarks use it). */
    public ToolAnalysis compute(Snapshot snapshot, Selection selection) {
        long start = System.nanoTime();
        Map<String, Series> series = new LinkedHashMap<>();
        for (Source source : selection.sources()) {
            series.put(source.key(), snapshot.series(selection.tool(), source));
        }
        long queryNanos = System.nanoTime() - start;
        queryTimer.record(queryNanos, TimeUnit.NANOSECONDS);

        var timings = new LinkedHashMap<String, Long>();
        var aligned = timed("alignment", timings, () -> AlignedSeries.of(List.copyOf(series.values())));
        var statistics = timed("statistics", timings, () -> bySource(series, DescriptiveStatistics::of));
        var means = timed("means", timings, () -> WindowMeans.of(aligned));
        var seasonal = timed("seasonal", timings, () -> bySource(series, SeasonalDecomposition::of));
        var periodogram = timed("periodogram", timings, () -> bySource(series, s -> Periodogram.of(s.values())));
        Optional<CorrelationMatrix.Result> correlation = Optional.empty();
        Optional<ToolAnalysis.Regression> regression = Optional.empty();
        Optional<PrincipalComponents.Result> pca = Optional.empty();
        Optional<Trajectory.Result> trajectory = Optional.empty();
        if (selection.comparesSources()) {
            correlation = Optional.of(timed("correlation", timings, () -> CorrelationMatrix.of(aligned)));
            regression = Optional.of(timed("regression", timings, () -> regression(aligned, selection)));
            pca = Optional.of(timed("pca", timings, () -> PrincipalComponents.of(aligned)));
            if (!selection.x().equals(selection.y())) {
                trajectory = Optional.of(timed("trajectory", timings, () -> Trajectory.of(aligned,
                        selection.x().key(), selection.x().annual(), selection.y().key(), selection.y().annual())));
            }
        }
        return new ToolAnalysis(snapshot.version(), selection, series, aligned, statistics, means, seasonal, periodogram,
                correlation, regression, pca, trajectory,
                new ToolAnalysis.Timings(queryNanos, timings, System.nanoTime() - start));
    }

    private static ToolAnalysis.Regression regression(AlignedSeries aligned, Selection selection) {
        String x = selection.x().key();
        String y = selection.y().key();
        if (x.equals(y)) {
            return new ToolAnalysis.Regression(x, y, 0, List.of());
        }
        var rows = aligned.pairwiseComplete(x, y);
        List<PolynomialFit.Result> fits = new ArrayList<>();
        for (int degree = 1; degree <= PolynomialFit.MAX_DEGREE; degree++) {
            fits.add(PolynomialFit.of(rows.x(), rows.y(), degree));
        }
        return new ToolAnalysis.Regression(x, y, rows.x().length, fits);
    }

    private static <R> Map<String, R> bySource(Map<String, Series> series, java.util.function.Function<Series, R> analysis) {
        Map<String, R> result = new LinkedHashMap<>();
        series.forEach((key, s) -> result.put(key, analysis.apply(s)));
        return result;
    }

    private <T> T timed(String analysis, Map<String, Long> timings, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long nanos = System.nanoTime() - start;
        timings.put(analysis, nanos);
        Timer.builder("dashboard.analysis.duration").description("Time to compute one analysis of a tool")
                .tag("analysis", analysis).register(registry).record(nanos, TimeUnit.NANOSECONDS);
        return result;
    }
}
