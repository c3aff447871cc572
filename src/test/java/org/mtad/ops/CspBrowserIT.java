package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** The dashboard in real headless Chromium with our Content-Security-Policy on: it renders and nothing is blocked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CspBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium); browser test skipped");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void the_dashboard_renders_with_no_csp_violation() {
        for (String path : List.of("/", "/benchmarking?lang=en", "/no-such-page")) {
            List<String> violations = new CopyOnWriteArrayList<>();
            try (var context = browser.newContext()) {
                Page page = context.newPage();
                page.onConsoleMessage(m -> {
                    if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                        violations.add("console: " + m.text());
                    }
                });
                // Violations are also reported as DOM events, including ones the console does not show.
                page.addInitScript("""
                        window.__cspViolations = [];
                        document.addEventListener('securitypolicyviolation', e =>
                            window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
                        """);
                var response = page.navigate("http://localhost:" + port + path);
                assertThat(response.headers()).containsKey("content-security-policy");
                // An unknown page is answered before Vaadin (org.mtad.ui.PageGate): a static 404 page, no client.
                boolean vaadinPage = response.status() != 404;
                boolean started = vaadinPage;
                if (vaadinPage) {
                    try {
                        // Vaadin's client has started, fetched the UI and finished rendering it.
                        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())",
                                null, new Page.WaitForFunctionOptions().setTimeout(20_000));
                    } catch (com.microsoft.playwright.TimeoutError e) {
                        started = false;
                    }
                }
                if (path.startsWith("/benchmarking")) {
                    // Sections are built, and charts fetch their options and the chart library's own chunk, as
                    // they near the viewport: scroll down to the last chart so that all happen under the policy too.
                    page.locator("section#pca").scrollIntoViewIfNeeded();
                    page.waitForSelector("section#pca:not([data-lazy])", new Page.WaitForSelectorOptions()
                            .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED).setTimeout(20_000));
                    page.locator("#chart-pca-variance").scrollIntoViewIfNeeded();
                    page.waitForSelector("#chart-pca-variance[data-rendered] .apexcharts-canvas",
                            new Page.WaitForSelectorOptions().setTimeout(20_000));
                }
                page.waitForTimeout(1000);
                @SuppressWarnings("unchecked")
                List<String> events = (List<String>) page.evaluate("() => window.__cspViolations");
                events.forEach(e -> violations.add("event: " + e));
                assertThat(violations).as("CSP violations on " + path).isEmpty();
                assertThat(started).as("Vaadin's client started on " + path).isEqualTo(!path.equals("/no-such-page"));
                assertThat(page.locator("body").innerText()).as(path).isNotBlank();
            }
        }
    }
}
