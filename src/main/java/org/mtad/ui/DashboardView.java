package org.mtad.ui;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.mtad.catalog.Tool;

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

    private final Catalog catalog;
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
    private final RegressionSection regression = new RegressionSection();
    private final PcaSection pca = new PcaSection();
    private final DataTableSection table = new DataTableSection();
    private final PerformanceSection performance = new PerformanceSection();

    DashboardView(Catalog catalog) {
        this.catalog = catalog;
        noSources.addClassName("mtad-hint");
        noSources.setId("no-sources");
        getContent().add(selection, navigation, noSources, temporal, means, trajectory, seasonal, fourier, correlation,
                regression, pca, table, performance);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        snapshot = catalog.current();
        String slug = event.getRouteParameters().get("tool").orElse("");
        var found = snapshot.tool(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, UnknownSelection.tool(slug));
            return;
        }
        var query = event.getLocation().getQueryParameters();
        String badRange = DashboardState.invalidRange(query);
        if (badRange != null) {
            event.rerouteToError(NotFoundException.class, UnknownSelection.range(badRange));
            return;
        }
        var next = DashboardState.from(slug, query, snapshot.sources().stream().map(Source::key).toList());
        for (String key : next.sources()) {
            if (snapshot.source(key).isEmpty()) {
                event.rerouteToError(NotFoundException.class, UnknownSelection.source(key));
                return;
            }
        }
        UiLanguage.parse(next.lang()).ifPresent(locale -> UiLanguage.apply(event.getUI(), locale));
        tool = found.get();
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
        var notes = snapshot.notes(tool);
        selection.show(snapshot.tools(), tool, snapshot.sources(), state.sources(), notes.reportDoi(), locale);
        var data = DashboardData.compute(snapshot, tool, state);
        boolean any = !state.sources().isEmpty();
        boolean pairs = state.sources().size() >= 2;
        noSources.setText(getTranslation("hint.noSources"));
        noSources.setVisible(!any);
        for (var section : List.of(temporal, means, trajectory, seasonal, fourier, correlation, regression, pca, table,
                performance)) {
            section.setVisible(any);
        }
        if (any) {
            temporal.show(data.series(), state.range(), legend);
            means.show(data.means(), legend);
            seasonal.show(data.seasonal(), state.sources(), legend);
            fourier.show(data.fourierSource(), data.periodogram().orElse(null), state.sources(), legend);
            showPairSections(data, pairs, legend);
            table.show(tableRows(data, legend));
        }
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
        performance.show(data.performance(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void showPairSections(DashboardData data, boolean pairs, SourceLegend legend) {
        if (!pairs) {
            String hint = getTranslation("hint.needsTwo");
            trajectory.getContent().setTexts(getTranslation("trajectory.title"), getTranslation("trajectory.explain"));
            correlation.getContent().setTexts(getTranslation("correlation.title"), getTranslation("correlation.explain"));
            regression.getContent().setTexts(getTranslation("regression.title"), getTranslation("regression.explain"));
            pca.getContent().setTexts(getTranslation("pca.title"), getTranslation("pca.explain"));
            trajectory.getContent().showHint(hint);
            correlation.getContent().showHint(hint);
            regression.getContent().showHint(hint);
            pca.getContent().showHint(hint);
            return;
        }
        data.trajectory().ifPresent(t -> trajectory.show(t, state.annual(), state.sources(), legend));
        data.correlation().ifPresent(c -> correlation.show(c, legend));
        String x = state.pick(state.x(), 0);
        String y = state.pick(state.y(), 1);
        if (x.equals(y)) {
            regression.showDiagonal(x, legend);
        } else {
            data.pair().ifPresent(rows -> regression.show(x, y, rows, data.fits(), legend));
        }
        data.pca().ifPresent(p -> pca.show(p, legend));
    }

    private TableRows tableRows(DashboardData data, SourceLegend legend) {
        var dates = data.aligned().dates();
        if (dates.isEmpty()) {
            return new TableRows(state.sources(), legend.labels(state.sources()), List.of());
        }
        YearMonth first = dates.getFirst();
        YearMonth last = dates.getLast();
        return TableRows.of(data.aligned(), state.range().start(first, last), state.range().end(last),
                legend.labels(data.aligned().sources()));
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
