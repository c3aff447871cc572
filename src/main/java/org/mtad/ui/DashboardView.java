package org.mtad.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.mtad.catalog.Tool;
import org.mtad.research.KeyFindings;
import org.mtad.toolanalysis.ToolAnalysis;
import org.mtad.toolanalysis.ToolAnalysisService;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;

/**
 * The dashboard for one tool. The URL holds the whole state; every control navigates to a new URL and
 * {@link #beforeEnter} draws that state, so links, reloads and the back button all reproduce the view.
 * <p>
 * Only the first section and the findings are built at once. Every other section starts as its title and sentence
 * over a box of its final height, and is built when the browser reports it near the viewport (near-viewport.js), or
 * when the section bar jumps to it; once built it is shown again at once on every later navigation. Applying the
 * whole page in one go was the longest task of the page load on phones.
 */
@Route(value = ":tool", layout = MainLayout.class)
@JsModule("./near-viewport.js")
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
    /** The listeners of the sections not built yet; a built section's is removed. */
    private final Map<DashboardSection, Registration> waiting = new HashMap<>();
    /** How long the last navigation took to build its page and to get its analyses, for sections built later. */
    private long renderNanos;
    private long servedNanos;

    DashboardView(ToolAnalysisService service) {
        this.service = service;
        noSources.addClassName("mtad-hint");
        noSources.setId("no-sources");
        getContent().add(selection, dois, navigation, noSources);
        // The findings come after the first chart: the chart is what a visitor (and the first paint) needs first.
        getContent().add(sections.getFirst().component(), findings);
        sections.subList(1, sections.size()).forEach(section -> getContent().add(section.component()));
        getContent().add(credits);
        for (DashboardSection section : sections.subList(1, sections.size())) {
            frame(section).defer();
            waiting.put(section, section.component().getElement().addEventListener("mtad-near", e -> build(section)));
        }
    }

    /** Each section is a composite of its frame (the composite's only child). */
    private static SectionFrame frame(DashboardSection section) {
        return (SectionFrame) section.component().getChildren().findFirst().orElseThrow();
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
        // For the heights kept for sections not built yet (dashboard.css).
        getContent().getElement().setAttribute("data-sources", String.valueOf(state.sources().size()));
        navigation.show(sections.stream().map(section -> new SectionNavigation.Target(
                getTranslation(section.titleKey()), section.component(), () -> build(section))).toList(),
                getTranslation("nav.label"));
        if (!any) {
            return;
        }
        var context = context(start);
        findings.show(KeyFindings.of(context.analysis(), locale), context.analysis().version());
        for (DashboardSection section : sections) {
            if (frame(section).deferred()) {
                frame(section).setTexts(getTranslation(section.titleKey()), getTranslation(section.explainKey()));
            } else {
                section.show(context);
            }
        }
        renderNanos = System.nanoTime() - start;
        servedNanos = context.served();
    }

    /** The state's analyses, from the service's cache after the first time; nothing of them is kept in the view. */
    private SectionContext context(long start) {
        long before = System.nanoTime();
        ToolAnalysis analysis = StateAnalysis.of(service, snapshot, state);
        long served = System.nanoTime() - before;
        var trajectory = StateAnalysis.trajectory(service, snapshot, state, analysis);
        // Captured by the table for its later pages: the service, this snapshot and this state, not the analyses.
        ToolAnalysisService analyses = service;
        Snapshot shown = snapshot;
        DashboardState current = state;
        return new SectionContext(snapshot, tool, state, analysis, trajectory, new SourceLegend(snapshot.sources(),
                getLocale()), () -> StateAnalysis.of(analyses, shown, current), this::go, start, served);
    }

    /**
     * Builds a section not built yet, for the state shown (the browser reports it near the viewport, or the section
     * bar jumps to it). Ignored for a section already built, or hidden for want of sources.
     */
    private void build(DashboardSection section) {
        var frame = frame(section);
        if (!frame.deferred() || state == null || state.sources().isEmpty()) {
            return;
        }
        frame.undefer();
        waiting.remove(section).remove();
        // With the navigation's own timings, so that the performance figures keep describing the page's build.
        section.show(context(System.nanoTime()).timed(System.nanoTime() - renderNanos, servedNanos));
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
