package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The dashboard in real headless Chromium on the demo data in {@code data/}: every section draws, the heatmap drives
 * the regression, the language switch relabels, deep links reproduce the view, phones get no horizontal scroll.
 * Expected labels and counts come from the catalog (what the data say), not from constants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dashboard.data.dir=data", "vaadin.eagerServerLoad=true"})
class DashboardBrowserIT {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    private BrowserContext context;
    private DashboardPage dashboard;

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
        dashboard = new DashboardPage(context.newPage());
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private List<Source> sources() {
        return catalog.current().sources();
    }

    private String firstTool() {
        return catalog.current().tools().getFirst().slug();
    }

    @Test
    void every_section_draws_its_chart_with_one_series_per_selected_source() {
        dashboard.open(base(), "/" + firstTool() + "?lang=en");
        int n = sources().size();
        for (String id : DashboardPage.CHARTS) {
            assertThat(dashboard.chart(id).locator("svg.apexcharts-svg").count()).as(id + " has an SVG").isEqualTo(1);
        }
        assertThat(dashboard.seriesCount("chart-temporal")).as("one line per source").isEqualTo(n);
        assertThat(dashboard.legend("chart-temporal")).containsExactlyElementsOf(
                sources().stream().map(s -> s.label().en()).toList());
        assertThat(dashboard.seriesCount("chart-correlation")).as("one heatmap row per source").isEqualTo(n);
        assertThat(dashboard.chart("chart-correlation").locator(".apexcharts-heatmap-rect").count())
                .as("n x n cells").isEqualTo(n * n);
        assertThat(dashboard.seriesCount("chart-means")).as("bars and lines per source").isEqualTo(2 * n);
        assertThat(dashboard.seriesCount("chart-pca-loadings")).as("one arrow per source").isEqualTo(n);
        // data points + degrees 1..4 (PolynomialFit.MAX_DEGREE)
        assertThat(dashboard.seriesCount("chart-regression")).isEqualTo(1 + 4);
        assertThat(dashboard.page().locator("#regression-equations li").count()).isEqualTo(4);
        assertThat(dashboard.page().locator("#performance-figures [data-figure='performance.version']").innerText())
                .isEqualTo(catalog.current().version());
        dashboard.screenshot("desktop-all-sources-en");
    }

    @Test
    void clicking_a_heatmap_cell_sets_that_pair_in_the_regression() {
        dashboard.open(base(), "/" + firstTool() + "?lang=en");
        Source a = sources().get(2);
        Source b = sources().get(4);
        String before = dashboard.renderCount("chart-regression");
        // ApexCharts marks each cell with i = row (series, y) and j = column (x); rows are drawn bottom-up.
        dashboard.chart("chart-correlation").locator(".apexcharts-heatmap-rect[i='2'][j='4']").click();
        dashboard.page().waitForURL(url -> url.contains("x=" + b.key()) && url.contains("y=" + a.key()));
        dashboard.waitForRedraw("chart-regression", before);
        assertThat(dashboard.chart("chart-regression").locator(".apexcharts-xaxis-title").textContent()).isEqualTo(b.label().en());
        assertThat(dashboard.chart("chart-regression").locator(".apexcharts-yaxis-title").first().textContent())
                .isEqualTo(a.label().en());
        dashboard.screenshot("regression-after-heatmap-click");
    }

    @Test
    void the_language_switch_relabels_the_page_and_goes_into_the_url() {
        dashboard.open(base(), "/" + firstTool() + "?lang=en");
        assertThat(dashboard.text("#temporal h2")).isEqualTo("Over time");
        dashboard.page().locator("#language").click();
        dashboard.page().locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Español")).click();
        dashboard.page().waitForURL(url -> url.contains("lang=es"));
        dashboard.page().waitForFunction("() => document.querySelector('#temporal h2').innerText === 'En el tiempo'");
        assertThat(dashboard.text("#means h2")).isEqualTo("Medias por periodo");
        Source bainUsability = sources().get(2);
        dashboard.waitForCharts();
        assertThat(dashboard.legend("chart-temporal")).contains(bainUsability.label().es());
        dashboard.screenshot("desktop-spanish");
    }

    @Test
    void a_deep_link_reproduces_tool_sources_range_and_language() {
        Source first = sources().get(0);
        Source last = sources().get(sources().size() - 1);
        var tool = catalog.current().tools().get(1);
        dashboard.open(base(), "/" + tool.slug() + "?sources=" + first.key() + "," + last.key() + "&range=10y&lang=es");
        assertThat(dashboard.text("#temporal h2")).isEqualTo("En el tiempo");
        assertThat(dashboard.page().locator("#tool input").inputValue()).isEqualTo(tool.name().es());
        assertThat(dashboard.page().locator("#source-" + first.key()).getAttribute("checked")).isNotNull();
        assertThat(dashboard.page().locator("#source-" + sources().get(1).key()).getAttribute("checked")).isNull();
        assertThat(dashboard.page().locator("#range-10y").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(dashboard.seriesCount("chart-temporal")).isEqualTo(2);
        assertThat(dashboard.legend("chart-temporal")).containsExactly(first.label().es(), last.label().es());
        dashboard.screenshot("deep-link-two-sources-10y-es");
    }

    @Test
    void the_back_button_returns_to_the_previous_selection() {
        dashboard.open(base(), "/" + firstTool() + "?lang=en");
        String before = dashboard.renderCount("chart-temporal");
        dashboard.page().locator("#range-5y").click();
        dashboard.page().waitForURL(url -> url.contains("range=5y"));
        dashboard.waitForRedraw("chart-temporal", before);
        dashboard.page().goBack();
        dashboard.page().waitForURL(url -> !url.contains("range=5y"));
        dashboard.page().waitForFunction("() => document.querySelector('#range-all')?.getAttribute('aria-pressed') === 'true'");
    }

    @Test
    void a_dark_system_setting_gives_the_dark_theme_to_page_and_charts() {
        var dark = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setColorScheme(com.microsoft.playwright.options.ColorScheme.DARK));
        try {
            var page = new DashboardPage(dark.newPage()).open(base(), "/" + firstTool() + "?lang=en");
            assertThat(page.chart("chart-temporal").locator(".apexcharts-canvas").getAttribute("class"))
                    .contains("apexcharts-theme-dark");
            Object background = page.page().evaluate("() => getComputedStyle(document.querySelector('.mtad-header')).backgroundColor");
            assertThat(background.toString()).as("header background is dark").doesNotContain("255, 255, 255");
            page.page().locator("#correlation").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(HeadlessChromium.SCREENSHOTS.resolve("dark-correlation.png")));
            page.screenshot("dark-desktop");
        } finally {
            dark.close();
        }
    }

    @Test
    void one_source_shows_hints_instead_of_the_comparisons() {
        Source only = sources().getFirst();
        dashboard.open(base(), "/" + firstTool() + "?sources=" + only.key() + "&lang=en");
        assertThat(dashboard.text("#correlation .mtad-hint")).contains("at least two");
        assertThat(dashboard.chart("chart-correlation").isVisible()).isFalse();
    }

    @Test
    void on_a_360_px_phone_the_page_does_not_scroll_sideways() {
        var phone = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("es-ES"));
        try {
            var page = new DashboardPage(phone.newPage()).open(base(), "/" + firstTool());
            Object overflow = page.page().evaluate(
                    "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
            assertThat(page.text("#temporal h2")).as("an es-ES browser gets Spanish on first visit").isEqualTo("En el tiempo");
            page.screenshot("phone-360-es");
            page.page().screenshot(new Page.ScreenshotOptions().setPath(page.screenshotPath("phone-360-es-first-screen")));
            page.page().locator("#temporal").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(page.screenshotPath("phone-360-es-temporal")));
        } finally {
            phone.close();
        }
    }

    @Test
    void an_unknown_tool_gets_a_friendly_page_with_links_and_status_404() {
        var response = dashboard.page().navigate(base() + "/no-such-tool?lang=en");
        assertThat(response.status()).isEqualTo(404);
        dashboard.page().waitForSelector("#not-found");
        assertThat(dashboard.text("#not-found")).contains("no-such-tool");
        assertThat(dashboard.page().locator("#not-found a").count()).isEqualTo(catalog.current().tools().size());
        dashboard.screenshot("unknown-tool");
    }

    @Test
    void an_unknown_source_in_the_url_gets_status_404_and_names_the_source() {
        var response = dashboard.page().navigate(base() + "/" + firstTool() + "?sources=nonsense&lang=en");
        assertThat(response.status()).isEqualTo(404);
        dashboard.page().waitForSelector("#not-found");
        assertThat(dashboard.text("#not-found")).contains("nonsense");
    }
}
