package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.mtad.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;

/**
 * A normal visit in real Chromium leaves nothing in the console: no error, no warning (a missing favicon, a
 * Permissions-Policy feature Chromium does not know, a CSP violation, a script error would each show there), and
 * the page's icon is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dashboard.data.dir=data")
@EnabledIf(value = "org.mtad.ui.HeadlessChromium#installed",
        disabledReason = "/usr/bin/chromium is not installed (apt-get install -y chromium): browser tests skipped")
class ConsoleBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Test
    void a_visit_scrolled_to_the_end_logs_no_error_or_warning_and_gets_its_icon() {
        List<String> console = new CopyOnWriteArrayList<>();
        List<String> failed = new CopyOnWriteArrayList<>();
        try (var chromium = HeadlessChromium.launch();
                var context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            var page = context.newPage();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error") || m.type().equals("warning")) {
                    console.add(m.type() + ": " + m.text());
                }
            });
            page.onPageError(e -> console.add("page error: " + e));
            page.onResponse(r -> {
                if (r.status() >= 400) {
                    failed.add(r.status() + " " + r.url());
                }
            });
            var dashboard = new DashboardPage(page).open("http://localhost:" + port,
                    "/" + catalog.current().tools().getFirst().slug());
            page.mouse().wheel(0, 20_000);
            page.waitForTimeout(1500);
            dashboard.waitForCharts();
            // The favicon as the page declares it (headless Chromium does not fetch favicons by itself).
            var icon = page.evaluate("() => document.querySelector('link[rel=icon]').href").toString();
            assertThat(context.request().get(icon).status()).isEqualTo(200);
            assertThat(context.request().get("http://localhost:" + port + "/favicon.ico").status()).isEqualTo(200);
        }
        assertThat(console).as("console messages").isEmpty();
        assertThat(failed).as("failed requests").isEmpty();
    }
}
