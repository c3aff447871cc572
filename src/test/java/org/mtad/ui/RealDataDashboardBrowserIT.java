package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.Source;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Browser;

/**
 * The dashboard on the research data (REAL_DATA_DIR), in real Chromium. Skipped, saying why, without the variable.
 * Covers what the original got wrong: in English the periodogram must draw for the Bain sources too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfEnvironmentVariable(named = "REAL_DATA_DIR", matches = ".+",
        disabledReason = "REAL_DATA_DIR is not set: real-data browser tests skipped")
@EnabledIf(value = "org.mtad.ui.HeadlessChromium#installed",
        disabledReason = "/usr/bin/chromium is not installed (apt-get install -y chromium): browser tests skipped")
class RealDataDashboardBrowserIT {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @DynamicPropertySource
    static void realData(DynamicPropertyRegistry registry) {
        registry.add("dashboard.data.dir", () -> System.getenv("REAL_DATA_DIR"));
    }

    @BeforeAll
    static void requireRealDataAndBrowser() {
        String dir = System.getenv("REAL_DATA_DIR");
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "data.db")),
                "REAL_DATA_DIR has no data.db: real-data browser tests skipped");
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void every_chart_draws_for_each_bain_source_in_english() {
        var context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        try {
            String tool = catalog.current().tools().getFirst().slug();
            for (Source source : catalog.current().sources()) {
                if (!source.key().startsWith("bain")) {
                    continue;
                }
                var page = new DashboardPage(context.newPage()).open("http://localhost:" + port,
                        "/" + tool + "?lang=en&fourier=" + source.key() + "&seasonal=" + source.key());
                for (String id : DashboardPage.CHARTS) {
                    assertThat(page.chart(id).locator("svg.apexcharts-svg").count()).as(id).isEqualTo(1);
                }
                assertThat(page.legend("chart-temporal")).contains(source.label().en());
                assertThat(page.seriesCount("chart-periodogram")).as("magnitudes and significant components").isEqualTo(2);
                assertThat(page.chart("chart-periodogram").locator("path.apexcharts-line").count())
                        .as("the periodogram line of " + source.key() + " is drawn").isGreaterThan(0);
                page.page().locator("section#fourier").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(page.screenshotPath("real-" + tool + "-" + source.key() + "-fourier-en")));
                page.page().locator("section#temporal").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(page.screenshotPath("real-" + tool + "-temporal-en")));
                page.page().close();
            }
        } finally {
            context.close();
        }
    }

    @Test
    void every_tool_opens_without_error() {
        var context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        try {
            var page = context.newPage();
            for (var tool : catalog.current().tools()) {
                var response = page.navigate("http://localhost:" + port + "/" + tool.slug() + "?lang=es");
                assertThat(response.status()).as(tool.slug()).isEqualTo(200);
                new DashboardPage(page).waitForCharts();
                assertThat(page.locator("#tool vaadin-select-value-button").innerText()).isEqualTo(tool.name().es());
            }
        } finally {
            context.close();
        }
    }
}
