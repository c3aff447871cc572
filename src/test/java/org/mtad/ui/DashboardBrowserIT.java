package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The dashboard in real headless Chromium on the demo data in {@code data/}: every section draws, the heatmap drives
 * the regression, the language switch relabels, deep links reproduce the view, phones get no horizontal scroll.
 * Expected labels and counts come from the catalog (what the data say), not from constants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dashboard.data.dir=data")
@EnabledIf(value = "org.mtad.ui.HeadlessChromium#installed",
        disabledReason = "/usr/bin/chromium is not installed (apt-get install -y chromium): browser tests skipped")
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

    /** Scrolls to the data section as a reader would (sections below the fold may be built only then). */
    private static Locator dataTable(DashboardPage on) {
        on.page().evaluate("() => document.getElementById('data').scrollIntoView()");
        var table = on.page().locator("#data-table");
        table.waitFor();
        on.waitForServer();
        return table;
    }

    private static Locator sortButton(Locator table, String header) {
        return table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(header).setExact(true));
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
        for (String section : new String[] {"temporal", "means", "trajectory", "seasonal", "fourier", "correlation",
            "regression", "pca", "data", "performance"}) {
            dashboard.page().locator("section#" + section).screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(dashboard.screenshotPath("desktop-en-" + section)));
        }
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
        assertThat(dashboard.page().locator("#regression-x vaadin-select-value-button").innerText()).isEqualTo(b.label().en());
        dashboard.page().locator("section#regression").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(dashboard.screenshotPath("regression-after-heatmap-click")));
        // a diagonal cell explains itself instead of drawing a meaningless fit
        dashboard.chart("chart-correlation").locator(".apexcharts-heatmap-rect[i='1'][j='1']").click();
        dashboard.page().waitForURL(url -> url.contains("x=" + sources().get(1).key()) && url.contains("y=" + sources().get(1).key()));
        dashboard.waitForServer();
        assertThat(dashboard.text("#regression .mtad-hint")).contains(sources().get(1).label().en());
    }

    @Test
    void picking_a_tool_opens_its_dashboard_with_the_same_sources() {
        Source first = sources().get(0);
        Source last = sources().get(sources().size() - 1);
        dashboard.open(base(), "/" + firstTool() + "?sources=" + first.key() + "," + last.key() + "&lang=en");
        var other = catalog.current().tools().stream().filter(t -> !t.slug().equals(firstTool())).findFirst().orElseThrow();
        String before = dashboard.renderCount("chart-temporal");
        dashboard.page().locator("#tool").click();
        dashboard.page().locator("vaadin-select-item", new Page.LocatorOptions().setHasText(other.name().en())).first().click();
        String keys = first.key() + "," + last.key();
        dashboard.page().waitForURL(url -> url.contains("/" + other.slug() + "?")
                && (url.contains("sources=" + keys) || url.contains("sources=" + keys.replace(",", "%2C"))));
        dashboard.waitForRedraw("chart-temporal", before);
        assertThat(dashboard.page().locator("#tool vaadin-select-value-button").innerText()).isEqualTo(other.name().en());
        dashboard.page().waitForFunction("name => document.title.startsWith(name)", other.name().en());
        assertThat(dashboard.legend("chart-temporal")).containsExactly(first.label().en(), last.label().en());
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
        // The choice is remembered: a link without lang now opens in Spanish although the browser asks for English.
        dashboard.open(base(), "/" + firstTool());
        assertThat(dashboard.text("#temporal h2")).isEqualTo("En el tiempo");
    }

    @Test
    void a_deep_link_reproduces_tool_sources_range_and_language() {
        Source first = sources().get(0);
        Source last = sources().get(sources().size() - 1);
        var tool = catalog.current().tools().get(1);
        dashboard.open(base(), "/" + tool.slug() + "?sources=" + first.key() + "," + last.key() + "&range=10y&lang=es");
        assertThat(dashboard.text("#temporal h2")).isEqualTo("En el tiempo");
        assertThat(dashboard.page().locator("#tool vaadin-select-value-button").innerText()).isEqualTo(tool.name().es());
        assertThat(dashboard.page().locator("#source-" + first.key()).getAttribute("checked")).isNotNull();
        assertThat(dashboard.page().locator("#source-" + sources().get(1).key()).getAttribute("checked")).isNull();
        assertThat(dashboard.page().locator("#range-10y").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(dashboard.seriesCount("chart-temporal")).isEqualTo(2);
        assertThat(dashboard.legend("chart-temporal")).containsExactly(first.label().es(), last.label().es());
        dashboard.screenshot("deep-link-two-sources-10y-es");
    }

    @Test
    void the_csv_download_holds_exactly_the_rows_and_order_of_the_table() throws Exception {
        Source first = sources().get(0);
        Source second = sources().get(1);
        dashboard.open(base(), "/" + firstTool() + "?sources=" + first.key() + "," + second.key() + "&range=5y&lang=en");
        var table = dataTable(dashboard);
        String pageInfo = dashboard.text("#table-page");
        int rows = Integer.parseInt(pageInfo.replaceAll(".*\\((\\d+) rows\\).*", "$1"));
        // sort by the first source, descending: click its header twice
        sortButton(table, first.label().en()).click();
        dashboard.page().waitForSelector("#data-table th[aria-sort=ascending] button[data-sort=c0]");
        sortButton(table, first.label().en()).click();
        dashboard.page().waitForSelector("#data-table th[aria-sort=descending] button[data-sort=c0]");
        assertThat(table.locator("th[aria-sort=descending]").innerText()).startsWith(first.label().en());
        assertThat(table.locator("th[aria-sort=ascending]").count()).as("only one column is sorted").isZero();
        String topOfTable = table.locator("tbody tr").first().locator("td").first().innerText();
        var download = dashboard.page().waitForDownload(() -> dashboard.page().locator("#table-csv").click());
        List<String> lines = java.nio.file.Files.readAllLines(download.path());
        assertThat(lines.getFirst()).isEqualTo("Date," + first.label().en() + "," + second.label().en());
        assertThat(lines).hasSize(rows + 1);
        // same first row as the table shows (the table rounds to 2 decimals; the file keeps full precision)
        String firstValue = lines.get(1).split(",")[1];
        assertThat(String.format(java.util.Locale.ROOT, "%.2f", Double.parseDouble(firstValue))).isEqualTo(topOfTable);
    }

    @Test
    void the_table_sorts_from_the_keyboard_and_pages_through_the_rows() {
        dashboard.open(base(), "/" + firstTool() + "?range=5y&lang=en");
        var table = dataTable(dashboard);
        var rows = table.locator("tbody tr");
        assertThat(table.locator("caption").innerText()).startsWith("Data: Page 1 of");
        assertThat(table.locator("th[aria-sort=ascending]").innerText()).startsWith("Date");
        String oldest = rows.first().locator("th").innerText();
        assertThat(rows.count()).isEqualTo(DataTableSection.PAGE_SIZE);
        // Enter on the focused date header reverses the months; focus stays on that header for the next key press.
        table.locator("button[data-sort=date]").focus();
        dashboard.page().keyboard().press("Enter");
        dashboard.page().waitForSelector("#data-table th[aria-sort=descending] button[data-sort=date]");
        dashboard.page().waitForFunction("() => document.activeElement?.dataset.sort === 'date'");
        String newest = rows.first().locator("th").innerText();
        assertThat(YearMonth.parse(newest)).isAfter(YearMonth.parse(oldest));
        dashboard.page().locator("#table-next").click();
        dashboard.page().waitForFunction("() => document.querySelector('#table-page').innerText.startsWith('Page 2 of')");
        assertThat(YearMonth.parse(rows.first().locator("th").innerText()))
                .isEqualTo(YearMonth.parse(newest).minusMonths(DataTableSection.PAGE_SIZE));
        // the keyboard reaches the scroll box, so a table wider than the screen can be scrolled without a mouse
        assertThat(table.locator("xpath=..").getAttribute("tabindex")).isEqualTo("0");
        assertThat(table.locator("xpath=..").getAttribute("role")).isEqualTo("region");
    }

    @Test
    void the_info_button_opens_the_source_notes_as_formatted_text_without_scripts() {
        dashboard.open(base(), "/" + firstTool() + "?lang=en");
        Source source = sources().getFirst();
        dashboard.page().locator("#info-" + source.key()).click();
        var notes = dashboard.page().locator(".mtad-notes");
        notes.waitFor();
        assertThat(dashboard.page().getByText(source.label().en() + " — ").count()).as("dialog title").isEqualTo(1);
        assertThat(dashboard.page().locator(".mtad-notes script").count()).isZero();
        assertThat(dashboard.page().locator(".mtad-notes h3").count()).as("Markdown headings rendered")
                .isGreaterThan(0);
        assertThat(dashboard.page().locator("#notes-dialog a[href^='https://doi.org/']").count()).isEqualTo(1);
        dashboard.page().screenshot(new Page.ScreenshotOptions().setPath(dashboard.screenshotPath("notes-dialog")));
    }

    @Test
    void a_tool_without_a_report_shows_no_report_link_and_everything_else() {
        // The demo generator gives every fifth tool (index 4, 9, ...) no report row (DemoDataGenerator.notes()).
        var withReport = catalog.current().tools().get(0);
        var withoutReport = catalog.current().tools().get(4);
        assertThat(catalog.current().notes(withReport).reportDoi()).isPresent();
        assertThat(catalog.current().notes(withoutReport).reportDoi()).isEmpty();
        dashboard.open(base(), "/" + withoutReport.slug() + "?lang=en");
        assertThat(dashboard.page().locator("#report-doi a").count()).isZero();
        assertThat(dashboard.chart("chart-temporal").locator("svg.apexcharts-svg").count()).isEqualTo(1);
        dashboard.open(base(), "/" + withReport.slug() + "?lang=en");
        assertThat(dashboard.page().locator("#report-doi a").getAttribute("href"))
                .isEqualTo("https://doi.org/" + catalog.current().notes(withReport).reportDoi().get());
    }

    @Test
    void choosing_a_month_sets_an_explicit_range_shared_by_chart_and_table() {
        dashboard.open(base(), "/" + firstTool() + "?lang=en");
        String before = dashboard.renderCount("chart-temporal");
        dashboard.page().locator("#range-from-month").fill("2010-03");
        dashboard.page().waitForURL(url -> url.contains("range=2010-03.."));
        dashboard.waitForRedraw("chart-temporal", before);
        dashboard.waitForServer();
        assertThat(dashboard.page().locator("#range-all").getAttribute("aria-pressed")).isEqualTo("false");
        // the table starts at the range's first month
        var table = dataTable(dashboard);
        assertThat(table.locator("tbody tr").first().locator("th").innerText()).isEqualTo("2010-03");
    }

    @Test
    void the_annual_trajectory_labels_each_point_with_its_year() {
        Source x = sources().get(0);
        Source y = sources().get(4);
        dashboard.open(base(), "/" + firstTool() + "?traj=annual&tx=" + x.key() + "&ty=" + y.key() + "&lang=en");
        var labels = dashboard.chart("chart-trajectory").locator(".apexcharts-datalabel").allTextContents();
        // Every drawn label is a year (ApexCharts leaves an empty label element where two period stretches join).
        var years = labels.stream().filter(l -> !l.isBlank()).toList();
        assertThat(years).hasSizeGreaterThan(5).allSatisfy(l -> assertThat(l).matches("\\d{4}"));
        assertThat(dashboard.chart("chart-trajectory").locator(".apexcharts-xaxis-title").textContent())
                .startsWith(x.label().en());
        dashboard.page().locator("section#trajectory").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(dashboard.screenshotPath("trajectory-annual")));
    }

    @Test
    void a_range_without_data_says_so_instead_of_drawing_an_empty_chart() {
        // The demo data start in 1950 (DemoDataGenerator), so the 1800s hold nothing.
        var page = dashboard.page();
        page.navigate(base() + "/" + firstTool() + "?range=1800-01..1801-12&lang=en");
        page.waitForSelector("#temporal .mtad-hint:visible");
        assertThat(dashboard.text("#temporal .mtad-hint")).isEqualTo("No data in this range. Choose a wider range or other sources.");
        assertThat(dashboard.chart("chart-temporal").isVisible()).isFalse();
        dashboard.scrollToSection("data");
        assertThat(dashboard.text("#data .mtad-hint")).startsWith("No data in this range");
    }

    @Test
    void unticking_a_source_drops_it_from_the_url_and_the_charts_and_the_section_bar_scrolls_to_its_section() {
        dashboard.open(base(), "/" + firstTool() + "?lang=en");
        Source dropped = sources().get(1);
        String before = dashboard.renderCount("chart-temporal");
        dashboard.page().locator("#source-" + dropped.key()).click();
        dashboard.page().waitForURL(url -> url.contains("sources="));
        assertThat(dashboard.page().url()).doesNotContain(dropped.key());
        dashboard.waitForRedraw("chart-temporal", before);
        assertThat(dashboard.seriesCount("chart-temporal")).isEqualTo(sources().size() - 1);
        assertThat(dashboard.page().locator("#source-" + dropped.key()).getAttribute("checked")).isNull();

        // The section bar: a real button per section, reachable by keyboard, that brings its section into view.
        var pcaButton = dashboard.page().locator("#section-nav").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Principal components"));
        assertThat(pcaButton.count()).isEqualTo(1);
        pcaButton.focus();
        dashboard.page().keyboard().press("Enter");
        dashboard.page().waitForFunction("() => { const r = document.getElementById('pca').getBoundingClientRect();"
                + " return r.top < window.innerHeight && r.bottom > 0; }");
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
    void on_a_360_px_phone_the_table_scrolls_sideways_in_its_own_box_with_the_month_kept_in_view() {
        var phone = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("en-US"));
        try {
            var page = new DashboardPage(phone.newPage()).open(base(), "/" + firstTool() + "?lang=en");
            var table = dataTable(page);
            var box = table.locator("xpath=..");
            assertThat(((Number) box.evaluate("b => b.scrollWidth - b.clientWidth")).intValue())
                    .as("the table is wider than its box").isPositive();
            // the region takes keyboard focus, so arrow keys scroll it
            box.focus();
            for (int i = 0; i < 5; i++) {
                page.page().keyboard().press("ArrowRight");
            }
            page.page().waitForFunction("() => document.querySelector('#data-table').parentElement.scrollLeft > 0");
            Object monthOffset = box.evaluate("b => b.querySelector('tbody th').getBoundingClientRect().left"
                    + " - b.getBoundingClientRect().left");
            assertThat(((Number) monthOffset).doubleValue()).as("the month column sticks to the box's left edge")
                    .isBetween(0.0, 2.0);
            Object overflow = page.page().evaluate(
                    "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("the page itself does not scroll sideways").isLessThanOrEqualTo(0);
            page.page().locator("section#data").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(page.screenshotPath("phone-360-en-data-scrolled")));
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
