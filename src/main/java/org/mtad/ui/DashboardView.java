package org.mtad.ui;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.mtad.catalog.Series;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.mtad.catalog.Tool;
import org.mtad.toolanalysis.Selection;
import org.mtad.toolanalysis.ToolAnalysis;
import org.mtad.toolanalysis.ToolAnalysisService;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/**
 * The dashboard for one tool. The URL holds the whole state; every control navigates to a new URL and
 * {@link #beforeEnter} draws that state, so links, reloads and the back button all reproduce the view.
 */
@Route(value = ":tool", layout = MainLayout.class)
class DashboardView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final ToolAnalysisService service;
    private DashboardState state;
    private Tool tool;
    private Snapshot snapshot;
    private final SelectionPanel selection = new SelectionPanel(this::chooseTool, this::chooseSources, this::openNotes);
    private final SectionNavigation navigation = new SectionNavigation();
    private final Paragraph noSources = new Paragraph();
    private final TemporalSection temporal = new TemporalSection(r -> go(state.withRange(r)));
    private final MeansSection means = new MeansSection();
    private final TrajectorySection trajectory = new TrajectorySection((a, x, y) -> go(state.withTrajectory(a, x, y)));
    private final SeasonalSection seasonal = new SeasonalSection(s -> go(state.withSeasonal(s)));
    private final PeriodogramSection fourier = new PeriodogramSection(s -> go(state.withFourier(s)));
    private final CorrelationSection correlation = new CorrelationSection((x, y) -> go(state.withPair(x, y)));
    private final RegressionSection regression = new RegressionSection((x, y) -> go(state.withPair(x, y)));
    private final PcaSection pca = new PcaSection();
    private final DataTableSection table = new DataTableSection();
    private final PerformanceSection performance = new PerformanceSection();

    DashboardView(ToolAnalysisService service) {
        this.service = service;
        noSources.addClassName("mtad-hint");
        noSources.setId("no-sources");
        getContent().add(selection, navigation, noSources, temporal, means, trajectory, seasonal, fourier, correlation,
                regression, pca, table, performance);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        snapshot = service.snapshot();
        String slug = event.getRouteParameters().get("tool").orElse("");
        var query = event.getLocation().getQueryParameters();
        var problem = DashboardRoute.problem(snapshot, slug, query);
        if (problem.isPresent()) {
            event.rerouteToError(NotFoundException.class, problem.get());
            return;
        }
        var next = DashboardState.from(slug, query, snapshot.sources().stream().map(Source::key).toList());
        UiLanguage.parse(next.lang()).ifPresent(locale -> UiLanguage.apply(event.getUI(), locale));
        tool = snapshot.tool(slug).orElseThrow();
        state = next;
        render();
    }

    @Override
    public String getPageTitle() {
        Locale locale = getLocale();
        return tool == null ? "" : tool.name().in(locale) + " — " + snapshot.description().title().in(locale);
    }

    private void render() {
        long start = System.nanoTime();
        Locale locale = getLocale();
        var legend = new SourceLegend(snapshot.sources(), locale);
        selection.show(snapshot.tools(), tool, snapshot.sources(), state.sources(), snapshot.notes(tool).reportDoi(),
                locale);
        boolean any = !state.sources().isEmpty();
        noSources.setText(getTranslation("hint.noSources"));
        noSources.setVisible(!any);
        for (var section : List.of(temporal, means, trajectory, seasonal, fourier, correlation, regression, pca, table,
                performance)) {
            section.setVisible(any);
        }
        showNavigation();
        if (!any) {
            return;
        }
        String csv = String.join(",", state.sources());
        long before = System.nanoTime();
        ToolAnalysis analysis = service.analyse(snapshot,
                Selection.parse(snapshot, tool.slug(), csv, state.pick(state.x(), 0), state.pick(state.y(), 1)));
        long served = System.nanoTime() - before;
        List<Series> series = List.copyOf(analysis.series().values());
        temporal.show(series, state.range(), legend);
        means.show(analysis.means(), legend);
        String seasonalSource = state.pick(state.seasonal(), 0);
        seasonal.show(analysis.seasonal().get(seasonalSource), state.sources(), legend);
        String fourierSource = state.pick(state.fourier(), 0);
        fourier.show(fourierSource, analysis.periodogram().get(fourierSource), state.sources(), legend);
        if (analysis.selection().comparesSources()) {
            showComparisons(analysis, csv, legend);
        } else {
            showComparisonHints();
        }
        table.show(tableRows(analysis, legend));
        performance.show(analysis, served, Duration.ofNanos(System.nanoTime() - start));
    }

    private void showComparisons(ToolAnalysis analysis, String csv, SourceLegend legend) {
        String tx = state.pick(state.trajectoryX(), 0);
        String ty = state.pick(state.trajectoryY(), 1);
        // The service computes the trajectory of its (x, y) pair; the trajectory's own axes are a second (cached) call.
        var pairForTrajectory = tx.equals(analysis.selection().x().key()) && ty.equals(analysis.selection().y().key())
                ? analysis : service.analyse(snapshot, Selection.parse(snapshot, tool.slug(), csv, tx, ty));
        pairForTrajectory.trajectory().ifPresentOrElse(
                t -> trajectory.show(t, state.annual(), state.sources(), legend),
                () -> trajectory.showSameSource(tx, state.sources(), legend));
        analysis.correlation().ifPresent(c -> correlation.show(c, legend));
        analysis.regression().ifPresent(r -> {
            if (r.sameVariable()) {
                regression.showDiagonal(r.x(), state.sources(), legend);
            } else {
                regression.show(r.x(), r.y(), analysis.aligned().pairwiseComplete(r.x(), r.y()), r.fits(),
                        state.sources(), legend);
            }
        });
        analysis.pca().ifPresent(p -> pca.show(p, legend));
    }

    private void showComparisonHints() {
        String hint = getTranslation("hint.needsTwo");
        trajectory.getContent().setTexts(getTranslation("trajectory.title"), getTranslation("trajectory.explain"));
        correlation.getContent().setTexts(getTranslation("correlation.title"), getTranslation("correlation.explain"));
        regression.getContent().setTexts(getTranslation("regression.title"), getTranslation("regression.explain"));
        pca.getContent().setTexts(getTranslation("pca.title"), getTranslation("pca.explain"));
        trajectory.getContent().showHint(hint);
        correlation.getContent().showHint(hint);
        regression.getContent().showHint(hint);
        pca.getContent().showHint(hint);
    }

    private void showNavigation() {
        navigation.show(List.of(
                new SectionNavigation.Target(getTranslation("temporal.title"), temporal),
                new SectionNavigation.Target(getTranslation("means.title"), means),
                new SectionNavigation.Target(getTranslation("trajectory.title"), trajectory),
                new SectionNavigation.Target(getTranslation("seasonal.title"), seasonal),
                new SectionNavigation.Target(getTranslation("fourier.title"), fourier),
                new SectionNavigation.Target(getTranslation("correlation.title"), correlation),
                new SectionNavigation.Target(getTranslation("regression.title"), regression),
                new SectionNavigation.Target(getTranslation("pca.title"), pca),
                new SectionNavigation.Target(getTranslation("table.title"), table),
                new SectionNavigation.Target(getTranslation("performance.title"), performance)),
                getTranslation("nav.label"));
    }

    private TableRows tableRows(ToolAnalysis analysis, SourceLegend legend) {
        var aligned = analysis.aligned();
        var dates = aligned.dates();
        if (dates.isEmpty()) {
            return new TableRows(state.sources(), legend.labels(state.sources()), List.of());
        }
        YearMonth first = dates.getFirst();
        YearMonth last = dates.getLast();
        return TableRows.of(aligned, state.range().start(first, last), state.range().end(last),
                legend.labels(aligned.sources()));
    }

    private void chooseTool(String slug) {
        go(state.withTool(slug));
    }

    private void chooseSources(List<String> keys) {
        go(state.withSources(keys));
    }

    private void openNotes(String sourceKey) {
        snapshot.source(sourceKey).ifPresent(source -> {
            var note = snapshot.notes(tool).bySource().get(sourceKey);
            new SourceNotesDialog(source.label().in(getLocale()), tool.name().in(getLocale()), note).open();
        });
    }

    private void go(DashboardState next) {
        UI.getCurrent().navigate(DashboardView.class, new RouteParameters("tool", next.tool()), next.toQuery());
    }

}
