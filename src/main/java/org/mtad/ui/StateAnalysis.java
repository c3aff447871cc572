package org.mtad.ui;

import java.util.Optional;

import org.mtad.analysis.Trajectory;
import org.mtad.catalog.Snapshot;
import org.mtad.toolanalysis.Selection;
import org.mtad.toolanalysis.ToolAnalysis;
import org.mtad.toolanalysis.ToolAnalysisService;

/** The analyses a dashboard state asks for, the same for the view and the chart endpoint (both from the service's cache). */
final class StateAnalysis {

    private StateAnalysis() {
    }

    /** @throws org.mtad.toolanalysis.SelectionException when the state names something the data do not have */
    static ToolAnalysis of(ToolAnalysisService service, Snapshot snapshot, DashboardState state) {
        return service.analyse(snapshot, Selection.parse(snapshot, state.tool(), String.join(",", state.sources()),
                state.pick(state.x(), 0), state.pick(state.y(), 1)));
    }

    /**
     * The trajectory of the state's (tx, ty) pair. The service computes the trajectory of its (x, y) pair, so a
     * different pair is a second (cached) call; empty for fewer than two sources or the same source twice.
     */
    static Optional<Trajectory.Result> trajectory(ToolAnalysisService service, Snapshot snapshot, DashboardState state,
            ToolAnalysis analysis) {
        if (!analysis.selection().comparesSources()) {
            return Optional.empty();
        }
        String tx = state.pick(state.trajectoryX(), 0);
        String ty = state.pick(state.trajectoryY(), 1);
        if (tx.equals(analysis.selection().x().key()) && ty.equals(analysis.selection().y().key())) {
            return analysis.trajectory();
        }
        return service.analyse(snapshot, Selection.parse(snapshot, state.tool(), String.join(",", state.sources()), tx, ty))
                .trajectory();
    }
}
