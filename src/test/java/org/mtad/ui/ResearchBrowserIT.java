package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.mtad.catalog.Catalog;
import org.mtad.research.KeyFindings;
import org.mtad.toolanalysis.ToolAnalysisService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** Findings, citation with copy, credits, source DOIs, n and chart captions in real headless Chromium (demo data). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dashboard.data.dir=data")
@EnabledIf(value = "org.mtad.ui.HeadlessChromium#installed",
        disabledReason = "/usr/bin/chromium is not installed (apt-get install -y chromium): browser tests skipped")
class ResearchBrowserIT {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    ToolAnalysisService service;

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
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setLocale("en-US").setPermissions(List.of("clipboard-read", "clipboard-write")));
        dashboard = new DashboardPage(context.newPage());
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void the_findings_shown_are_the_generated_ones_for_this_selection() {
        String tool = catalog.current().tools().getFirst().slug();
        dashboard.open(base(), "/" + tool + "?sources=google_trends,crossref&lang=es");
        var snapshot = catalog.current();
        var expected = KeyFindings.of(service.analyse(snapshot, service.select(tool, "google_trends,crossref", null, null)),
                java.util.Locale.of("es")).stream().map(f -> f.text()).toList();
        assertThat(dashboard.page().locator("#findings-list li").allInnerTexts()).containsExactlyElementsOf(expected);
        assertThat(dashboard.text("#findings h2")).isEqualTo("Hallazgos clave");
        assertThat(dashboard.text("#findings .mtad-explain")).contains(snapshot.version());
        assertThat(dashboard.text("#regression-note")).contains("n = ");
        assertThat(dashboard.text("#pca-note")).contains("n = ");
    }

    @Test
    void the_cite_dialog_copies_the_chosen_format_to_the_clipboard() {
        String tool = catalog.current().tools().getFirst().slug();
        dashboard.open(base(), "/" + tool + "?sources=google_trends,crossref&range=10y&lang=en");
        dashboard.page().locator("#cite-open").click();
        dashboard.page().waitForSelector("#cite-text");
        assertThat(dashboard.text("#cite-text")).startsWith("MTAD demo data generator. (n.d.).")
                .contains("/" + tool + "?sources=google_trends");
        dashboard.page().locator("#cite-format").click();
        dashboard.page().getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName("RIS").setExact(true)).click();
        dashboard.page().waitForFunction("() => document.querySelector('#cite-text').innerText.startsWith('TY  - DATA')");
        dashboard.page().locator("#cite-copy").click();
        dashboard.page().waitForFunction("() => document.querySelector('#cite-status').innerText.length > 0");
        assertThat(dashboard.text("#cite-status")).isEqualTo("Copied to the clipboard.");
        String copied = (String) dashboard.page().evaluate("() => navigator.clipboard.readText()");
        assertThat(copied).startsWith("TY  - DATA").contains("DO  - 10.5555/mtad-demo").contains("range=10y");
    }

    @Test
    void credits_and_the_source_dois_are_beside_the_view() {
        var snapshot = catalog.current();
        var tool = snapshot.tools().getFirst();
        dashboard.open(base(), "/" + tool.slug() + "?sources=google_trends,crossref&lang=en");
        assertThat(dashboard.text("#credits-authors")).contains("MTAD demo data generator", "Synthetic data generator");
        assertThat(dashboard.page().locator("#credits-licence a").getAttribute("href")).isEqualTo("https://opensource.org/license/mit");
        assertThat(dashboard.page().locator("#credits-doi a").getAttribute("href")).isEqualTo("https://doi.org/10.5555/mtad-demo");
        String gtDoi = snapshot.notes(tool).bySource().get("google_trends").doi();
        assertThat(dashboard.page().locator("#doi-google_trends a").getAttribute("href")).isEqualTo("https://doi.org/" + gtDoi);
        assertThat(dashboard.page().locator("#doi-bain_usability").count()).isZero();
    }

    @Test
    void chart_downloads_are_titled_with_analysis_and_tool_and_say_sources_dataset_and_licence() throws Exception {
        var tool = catalog.current().tools().getFirst();
        dashboard.open(base(), "/" + tool.slug() + "?sources=google_trends,crossref&lang=en");
        assertThat(dashboard.chart("chart-temporal").locator(".apexcharts-title-text").textContent())
                .isEqualTo("Over time \u2014 " + tool.name().en());
        assertThat(dashboard.chart("chart-temporal").locator(".apexcharts-subtitle-text").textContent())
                .contains("Google Trends", "Crossref", "synthetic demo data", "MIT");
        dashboard.chart("chart-temporal").locator(".apexcharts-menu-icon").click();
        var download = dashboard.page().waitForDownload(() ->
                dashboard.chart("chart-temporal").locator(".apexcharts-menu-item.exportSVG").click());
        assertThat(download.suggestedFilename()).isEqualTo("mtad-" + tool.slug() + "-temporal.svg");
        String svg = Files.readString(download.path());
        assertThat(svg).contains("Over time \u2014 " + tool.name().en());
    }

    @Test
    void the_printed_report_hides_the_controls_and_keeps_findings_and_citation() throws Exception {
        var tool = catalog.current().tools().getFirst();
        dashboard.open(base(), "/" + tool.slug() + "?sources=google_trends,crossref&lang=en");
        dashboard.page().emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(dashboard.page().locator("#language").isVisible()).isFalse();
        assertThat(dashboard.page().locator("#sources-all").isVisible()).isFalse();
        assertThat(dashboard.page().locator("#findings-list").isVisible()).isTrue();
        assertThat(dashboard.page().locator("#credits-citation").isVisible()).isTrue();
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        byte[] pdf = dashboard.page().pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true)
                .setPath(HeadlessChromium.SCREENSHOTS.resolve("research-report.pdf")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
