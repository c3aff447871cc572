package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Charts are drawn when their section comes near the viewport, not before: in real headless Chromium on the demo
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
    void the_periodogram_far_down_the_page_is_drawn_only_once_scrolled_into_view() {
        open();
        var periodogram = page.locator("#chart-periodogram");
        assertThat(periodogram.getAttribute("data-rendered")).as("not drawn while far below the viewport").isNull();
        assertThat(periodogram.locator(".apexcharts-canvas").count()).isZero();
        assertThat(requestsFor("periodogram")).as("its options not even fetched").isZero();
        assertThat(requestsFor("temporal")).as("the chart in view was fetched once").isEqualTo(1);

        periodogram.scrollIntoViewIfNeeded();
        page.waitForSelector("#chart-periodogram[data-rendered] .apexcharts-canvas");
        assertThat(periodogram.locator("g.apexcharts-series[seriesName]").count())
                .as("magnitudes and significant components").isEqualTo(2);
        assertThat(requestsFor("periodogram")).isEqualTo(1);
    }

    @Test
    void every_sections_chart_is_drawn_once_scrolled_into_view_in_the_space_kept_for_it() {
        open();
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.locator("mtad-apex-chart").evaluateAll("cs => cs.map(c => c.id)");
        assertThat(ids).as("every chart of the dashboard with five sources").hasSize(DashboardCharts.names().size());
        for (String id : ids) {
            var chart = page.locator("#" + id);
            double reserved = ((Number) chart.evaluate("c => c.offsetHeight")).doubleValue();
            chart.scrollIntoViewIfNeeded();
            page.waitForSelector("#" + id + "[data-rendered] .apexcharts-canvas");
            assertThat(chart.locator(".apexcharts-canvas").count()).as(id + " drawn").isEqualTo(1);
            assertThat(chart.getAttribute("data-error")).as(id + " error").isNull();
            assertThat(((Number) chart.evaluate("c => c.offsetHeight")).doubleValue())
                    .as(id + ": drawn as tall as the space kept for it, so nothing below moves").isEqualTo(reserved);
        }
        assertThat(chartRequests).as("one request per chart").hasSize(ids.size());
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
    void printing_draws_every_chart_even_those_never_scrolled_to() {
        open();
        assertThat(page.locator("#chart-pca-variance").getAttribute("data-rendered")).isNull();
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        page.waitForFunction("() => [...document.querySelectorAll('mtad-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.hasAttribute('data-rendered'))");
        assertThat(page.locator("#chart-pca-variance .apexcharts-canvas").count()).isEqualTo(1);
        assertThat(page.locator("#chart-periodogram .apexcharts-canvas").count()).isEqualTo(1);
    }
}
