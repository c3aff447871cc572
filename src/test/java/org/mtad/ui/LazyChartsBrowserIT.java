package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * Sections below the fold are built, and charts drawn, when they come near the viewport, not before: in real headless Chromium on the demo
 * data, with the requests the page makes for chart options and for the chart library watched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dashboard.data.dir=data")
@EnabledIf(value = "org.mtad.ui.HeadlessChromium#installed",
        disabledReason = "/usr/bin/chromium is not installed (apt-get install -y chromium): browser tests skipped")
class LazyChartsBrowserIT {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private final List<String> chartRequests = new CopyOnWriteArrayList<>();
    private final List<String> scripts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"));
        page = context.newPage();
        page.onRequest(request -> {
            String url = request.url();
            if (url.contains("/charts/")) {
                chartRequests.add(url);
            }
            if (url.endsWith(".js")) {
                scripts.add(url.substring(url.lastIndexOf('/') + 1));
            }
        });
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private void open() {
        page.navigate("http://localhost:" + port + "/benchmarking?lang=en");
        page.waitForSelector("#chart-temporal[data-rendered] .apexcharts-canvas");
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private long requestsFor(String chart) {
        return chartRequests.stream().filter(u -> u.contains("/" + chart + "?")).count();
    }

    @Test
    void a_section_far_down_the_page_is_built_and_its_chart_drawn_only_once_scrolled_into_view() {
        open();
        var section = page.locator("section#fourier");
        assertThat(section.locator("h2").innerText()).as("its title is there from the start").isEqualTo("Cycles (Fourier periodogram)");
        assertThat(section.getAttribute("data-lazy")).as("not built while far below the viewport").isNotNull();
        assertThat(page.locator("#fourier-source").count()).as("its source picker not made yet").isZero();
        assertThat(page.locator("#chart-periodogram").count()).as("nor its chart").isZero();
        assertThat(requestsFor("periodogram")).as("its options not even fetched").isZero();
        assertThat(requestsFor("temporal")).as("the chart in view was fetched once").isEqualTo(1);
        double kept = height("fourier");

        section.scrollIntoViewIfNeeded();
        page.waitForSelector("#chart-periodogram[data-rendered] .apexcharts-canvas");
        assertThat(section.getAttribute("data-lazy")).isNull();
        assertThat(page.locator("#fourier-source").isVisible()).isTrue();
        assertThat(page.locator("#chart-periodogram g.apexcharts-series[seriesName]").count())
                .as("magnitudes and significant components").isEqualTo(2);
        assertThat(requestsFor("periodogram")).isEqualTo(1);
        assertThat(height("fourier")).as("built as tall as the space kept for it").isCloseTo(kept, within(2.0));
    }

    @Test
    void every_section_is_built_and_its_charts_drawn_once_scrolled_into_view_in_the_space_kept_for_it() {
        open();
        assertThat(page.locator("mtad-apex-chart").count()).as("only the first section's chart at first").isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<String> sections = (List<String>) page.locator("section.mtad-section")
                .evaluateAll("ss => ss.filter(s => s.hasAttribute('data-lazy')).map(s => s.id)");
        assertThat(sections).as("every section after the first").hasSize(9);
        for (String id : sections) {
            double kept = height(id);
            page.locator("section#" + id).scrollIntoViewIfNeeded();
            page.waitForSelector("section#" + id + ":not([data-lazy])");
            var charts = page.locator("section#" + id + " mtad-apex-chart");
            for (int i = 0; i < charts.count(); i++) {
                var chart = charts.nth(i);
                String chartId = chart.getAttribute("id");
                page.waitForSelector("#" + chartId + "[data-rendered] .apexcharts-canvas");
                assertThat(chart.getAttribute("data-error")).as(chartId + " error").isNull();
                assertThat(((Number) chart.evaluate("c => c.offsetHeight")).doubleValue())
                        .as(chartId + ": drawn as tall as the space kept for it")
                        .isEqualTo(((Number) chart.evaluate("c => parseFloat(c.style.minHeight)")).doubleValue());
            }
            assertThat(height(id)).as(id + ": built and drawn as tall as the space kept for it, so nothing below moves")
                    .isCloseTo(kept, within(2.0));
        }
        assertThat(page.locator("mtad-apex-chart").count()).as("every chart of the dashboard with five sources")
                .isEqualTo(DashboardCharts.names().size());
        assertThat(chartRequests).as("one request per chart").hasSize(DashboardCharts.names().size());
    }

    @Test
    void the_section_bar_builds_the_section_it_jumps_to_and_draws_its_charts() {
        open();
        assertThat(page.getAttribute("section#pca", "data-lazy")).isNotNull();
        var pcaButton = page.locator("#section-nav button", new Page.LocatorOptions().setHasText("Principal"));
        pcaButton.focus();
        page.keyboard().press("Enter");
        page.waitForSelector("#chart-pca-loadings[data-rendered] .apexcharts-canvas");
        page.waitForSelector("#chart-pca-variance[data-rendered] .apexcharts-canvas");
        assertThat(page.getAttribute("section#pca", "data-lazy")).isNull();
        page.waitForFunction("() => { const r = document.getElementById('pca').getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight / 2; }");
        assertThat(page.getAttribute("section#means", "data-lazy")).as("the sections jumped over are not built").isNotNull();
    }

    @Test
    void after_a_navigation_built_sections_show_the_new_state_at_once_and_the_others_stay_unbuilt() {
        open();
        var dashboard = new DashboardPage(page);
        dashboard.scrollToSection("means");
        page.waitForSelector("#chart-means[data-rendered] .apexcharts-canvas");
        String before = dashboard.renderCount("chart-means");
        page.evaluate("() => window.scrollTo(0, 0)");
        page.locator("#source-crossref").click();
        page.waitForURL(url -> url.contains("sources="));
        page.waitForFunction("() => !document.getElementById('chart-means').src.includes('crossref')");
        assertThat(page.getAttribute("section#pca", "data-lazy")).as("never near the viewport").isNotNull();
        assertThat(page.locator("#chart-pca-loadings").count()).isZero();

        dashboard.scrollToSection("means");
        dashboard.waitForRedraw("chart-means", before);
        dashboard.scrollToSection("pca");
        page.waitForSelector("#chart-pca-loadings[data-rendered] .apexcharts-canvas");
        assertThat(page.locator("#chart-pca-loadings").evaluate("c => c.src").toString()).contains("sources=")
                .doesNotContain("crossref");
    }

    @Test
    void sections_hidden_for_want_of_sources_are_built_once_sources_are_chosen_again() {
        open();
        page.locator("#sources-none").click();
        page.waitForSelector("#no-sources:visible");
        assertThat(page.locator("section#seasonal").isVisible()).isFalse();
        page.locator("#sources-all").click();
        page.waitForSelector("section#seasonal:visible");
        new DashboardPage(page).scrollToSection("seasonal");
        page.waitForSelector("#chart-seasonal-observed[data-rendered] .apexcharts-canvas");
        assertThat(page.locator("#seasonal-source").isVisible()).isTrue();
    }

    private double height(String sectionId) {
        return ((Number) page.locator("section#" + sectionId).evaluate("s => s.getBoundingClientRect().height")).doubleValue();
    }

    @Test
    void the_first_chart_uses_the_options_the_page_started_fetching_before_vaadin_ran() {
        open();
        assertThat(page.locator("meta[name=mtad-first-chart]").getAttribute("data-src"))
                .isEqualTo(page.locator("#chart-temporal").evaluate("c => c.src"));
        assertThat(chartRequests).as("the early fetch, and no second one by the element").filteredOn(u -> u.contains("/temporal?"))
                .hasSize(1).allMatch(u -> u.endsWith("&w=" + FirstChartPreloads.DESKTOP_WIDTH));
    }

    @Test
    void the_chart_library_is_a_chunk_of_its_own_loaded_with_the_first_chart() {
        open();
        assertThat(scripts).as("ApexCharts comes in its own file").anyMatch(s -> s.startsWith("apexcharts"));
        assertThat(scripts).as("and nothing else is named after it").filteredOn(s -> s.startsWith("apexcharts")).hasSize(1);
    }

    @Test
    void resizing_the_window_redraws_without_fetching_again() {
        open();
        int before = chartRequests.size();
        page.setViewportSize(900, 900);
        page.waitForTimeout(600);
        page.setViewportSize(1280, 900);
        page.waitForTimeout(600);
        assertThat(chartRequests).as("no chart options fetched on resize").hasSize(before);
        assertThat(page.locator("#chart-temporal .apexcharts-canvas").count()).isEqualTo(1);
    }

    @Test
    void printing_builds_every_section_and_draws_every_chart_even_those_never_scrolled_to() {
        open();
        assertThat(page.locator("#chart-pca-variance").count()).isZero();
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        page.waitForFunction("() => document.querySelectorAll('[data-lazy]').length === 0");
        page.waitForFunction("() => [...document.querySelectorAll('mtad-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.hasAttribute('data-rendered'))");
        assertThat(page.locator("#chart-pca-variance .apexcharts-canvas").count()).isEqualTo(1);
        assertThat(page.locator("#chart-periodogram .apexcharts-canvas").count()).isEqualTo(1);
    }
}
