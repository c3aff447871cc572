package org.mtad.ui;

import java.util.List;
import java.util.Locale;

import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.mtad.catalog.Tool;
import org.mtad.research.KeyFindings;
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
    private final SourceDois dois = new SourceDois();
    private final FindingsSection findings = new FindingsSection();
    private final CreditsSection credits = new CreditsSection();
    /** In page order; a new section is one more entry here. */
    private final List<DashboardSection> sections = List.of(new TemporalSection(), new MeansSection(),
            new TrajectorySection(), new SeasonalSection(), new PeriodogramSection(), new CorrelationSection(),
            new RegressionSection(), new PcaSection(), new DataTableSection(), new PerformanceSection());

    DashboardView(ToolAnalysisService service) {
        this.service = service;
        noSources.addClassName("mtad-hint");
        noSources.setId("no-sources");
        getContent().add(selection, dois, navigation, noSources);
        // The findings come after the first chart: the chart is what a visitor (and the first paint) needs first.
        getContent().add(sections.getFirst().component(), findings);
        sections.subList(1, sections.size()).forEach(section -> getContent().add(section.component()));
        getContent().add(credits);
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
        dois.show(snapshot.sources(), state.sources(), snapshot.notes(tool), locale);
        credits.show(snapshot.description().credits(), ResearchContext.citation(snapshot, tool, state, locale),
                snapshot.notes(tool).reportDoi());
        findings.setVisible(any);
        StaticMarkup.text(noSources, getTranslation("hint.noSources"));
        noSources.setVisible(!any);
        sections.forEach(section -> section.component().setVisible(any));
        navigation.show(sections.stream().map(section -> new SectionNavigation.Target(
                getTranslation(section.titleKey()), section.component())).toList(), getTranslation("nav.label"));
        if (!any) {
            return;
        }
        long before = System.nanoTime();
        ToolAnalysis analysis = StateAnalysis.of(service, snapshot, state);
        long served = System.nanoTime() - before;
        findings.show(KeyFindings.of(analysis, locale), analysis.version());
        var trajectory = StateAnalysis.trajectory(service, snapshot, state, analysis);
        // Captured by the table for its later pages: the service, this snapshot and this state, not the analyses.
        ToolAnalysisService analyses = service;
        Snapshot shown = snapshot;
        DashboardState current = state;
        var context = new SectionContext(snapshot, tool, state, analysis, trajectory, legend,
                () -> StateAnalysis.of(analyses, shown, current), this::go, start, served);
        sections.forEach(section -> section.show(context));
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
