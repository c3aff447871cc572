package org.mtad.ui;

import java.util.Optional;

import org.mtad.analysis.Trajectory;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Tool;
import org.mtad.toolanalysis.ToolAnalysis;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * What a section is shown from, for one request. Sections use it while {@link DashboardSection#show} runs and keep at
 * most the state and the two callbacks, so no analysis outlives the request in the session.
 *
 * @param analysis   the analyses of the state's selection
 * @param trajectory the trajectory of the state's own pair (see {@link StateAnalysis#trajectory})
 * @param later      the same analyses again when a section needs them after this request (the table's pages, the
 *                   CSV); from the service's cache
 * @param navigate   goes to another state (a new URL)
 * @param started    {@link System#nanoTime()} when the view started to build this state
 * @param served     how long the view waited for the analyses
 */
record SectionContext(Snapshot snapshot, Tool tool, DashboardState state, ToolAnalysis analysis,
        Optional<Trajectory.Result> trajectory, SourceLegend legend, SerializableSupplier<ToolAnalysis> later,
        SerializableConsumer<DashboardState> navigate, long started, long served) {

    /** Where the chart with this name fetches its options for this state. */
    String chartUrl(String chart) {
        return DashboardCharts.url(chart, state, legend.locale(), snapshot.version());
    }

    /** The same context with other timings (a section built after its page, see {@link DashboardView}). */
    SectionContext timed(long started, long served) {
        return new SectionContext(snapshot, tool, state, analysis, trajectory, legend, later, navigate, started, served);
    }

    boolean comparesSources() {
        return analysis.selection().comparesSources();
    }
}
