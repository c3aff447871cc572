package org.mtad.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mtad.analysis.AlignedSeries;
import org.mtad.analysis.AlignedSeries.PairedRows;
import org.mtad.analysis.CorrelationMatrix;
import org.mtad.analysis.Periodogram;
import org.mtad.analysis.PolynomialFit;
import org.mtad.analysis.PrincipalComponents;
import org.mtad.analysis.SeasonalDecomposition;
import org.mtad.analysis.Trajectory;
import org.mtad.analysis.WindowMeans;
import org.mtad.analysis.WindowMeans.WindowMean;
import org.mtad.catalog.Series;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.mtad.catalog.Tool;

/**
 * What the dashboard shows for one state: the selected series and every analysis of them, with measured timings.
 * INTERIM: computed here until org.mtad.toolanalysis.ToolAnalysisService lands; then {@link #compute} maps its result.
 */
record DashboardData(List<Series> series, AlignedSeries aligned, List<WindowMean> means,
        Optional<Trajectory.Result> trajectory, SeasonalDecomposition.Result seasonal, String fourierSource,
        Optional<Periodogram.Result> periodogram, Optional<CorrelationMatrix.Result> correlation,
        Optional<PairedRows> pair, List<PolynomialFit.Result> fits, Optional<PrincipalComponents.Result> pca,
        Performance performance) {

    /** Measured while producing this view's data. */
    record Performance(Duration query, Duration analysis, String dataVersion, long rows, int points) {
    }

    static DashboardData compute(Snapshot snapshot, Tool tool, DashboardState state) {
        long t0 = System.nanoTime();
        List<Series> series = new ArrayList<>();
        for (String key : state.sources()) {
            Source source = snapshot.source(key).orElseThrow();
            series.add(snapshot.series(tool, source));
        }
        long t1 = System.nanoTime();
        AlignedSeries aligned = AlignedSeries.of(series);
        List<WindowMean> means = WindowMeans.of(aligned);
        boolean pairs = series.size() >= 2;
        Optional<Trajectory.Result> trajectory = Optional.empty();
        Optional<CorrelationMatrix.Result> correlation = Optional.empty();
        Optional<PairedRows> pair = Optional.empty();
        List<PolynomialFit.Result> fits = new ArrayList<>();
        Optional<PrincipalComponents.Result> pca = Optional.empty();
        if (pairs) {
            String tx = state.pick(state.trajectoryX(), 0);
            String ty = state.pick(state.trajectoryY(), 1);
            trajectory = Optional.of(Trajectory.of(aligned, tx, snapshot.source(tx).orElseThrow().annual(), ty,
                    snapshot.source(ty).orElseThrow().annual()));
            correlation = Optional.of(CorrelationMatrix.of(aligned));
            String x = state.pick(state.x(), 0);
            String y = state.pick(state.y(), 1);
            if (!x.equals(y)) {
                PairedRows rows = aligned.pairwiseComplete(x, y);
                pair = Optional.of(rows);
                for (int degree = 1; degree <= PolynomialFit.MAX_DEGREE && rows.size() > degree; degree++) {
                    fits.add(PolynomialFit.of(rows.x(), rows.y(), degree));
                }
            }
            pca = Optional.of(PrincipalComponents.of(aligned));
        }
        SeasonalDecomposition.Result seasonal = null;
        String fourier = "";
        Optional<Periodogram.Result> periodogram = Optional.empty();
        if (!series.isEmpty()) {
            String s = state.pick(state.seasonal(), 0);
            seasonal = SeasonalDecomposition.of(series.get(state.sources().indexOf(s)));
            fourier = state.pick(state.fourier(), 0);
            Series f = series.get(state.sources().indexOf(fourier));
            if (f.size() >= 4) {
                periodogram = Optional.of(Periodogram.of(f.values()));
            }
        }
        long t2 = System.nanoTime();
        long rows = series.stream().mapToLong(Series::size).sum();
        return new DashboardData(series, aligned, means, trajectory, seasonal, fourier, periodogram, correlation, pair,
                fits, pca, new Performance(Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), snapshot.version(),
                        rows, aligned.rows()));
    }
}
