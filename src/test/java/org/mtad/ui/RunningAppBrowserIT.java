package org.mtad.ui;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard that is already running elsewhere, at {@code MTAD_APP_URL}: .ci/run starts the README's {@code ./mvnw}
 * in a fresh clone of the checkout and points this test at it, so it proves that a newcomer's first command serves
 * pages that draw charts (it once answered 500 on every page of a fresh clone). Skipped without MTAD_APP_URL.
 */
class RunningAppBrowserIT {

    private static final String URL = System.getenv("MTAD_APP_URL");

    @Test
    void a_tool_page_of_the_running_app_draws_its_temporal_chart() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "Skipped: MTAD_APP_URL is not set (.ci/run sets it for the fresh-clone check of ./mvnw)");
        try (HeadlessChromium chromium = HeadlessChromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            DashboardPage dashboard = new DashboardPage(page).open(URL, "/benchmarking");

            assertThat(dashboard.seriesCount("chart-temporal")).as("series drawn in the temporal chart").isPositive();
            assertThat(dashboard.chart("chart-temporal").locator("path.apexcharts-line").count())
                    .as("lines in the temporal chart").isPositive();
            dashboard.screenshot("running-app-benchmarking");
        }
    }
}
