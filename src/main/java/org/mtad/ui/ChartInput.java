package org.mtad.ui;

import java.util.Optional;

import org.mtad.analysis.Trajectory;
import org.mtad.toolanalysis.ToolAnalysis;

/**
 * What one dashboard chart is built from, with no UI around it: the analyses of the state's selection, the
 * trajectory of the state's own pair (a second selection, see {@link StateAnalysis#trajectory}), the state itself,
 * the sources' names and colours and the texts in the page's language.
 *
 * @param maxPoints how many points a datetime series may keep (what the chart's pixel width can show)
 */
record ChartInput(ToolAnalysis analysis, Optional<Trajectory.Result> trajectory, DashboardState state,
        SourceLegend legend, Translations text, int maxPoints) {
}
