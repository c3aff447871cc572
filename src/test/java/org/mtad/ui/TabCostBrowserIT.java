package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;

/**
 * What an open dashboard tab costs the server (issue 9: at most 300 KB of live heap each), the way
 * {@link TabCostBenchmark} measures it, as a test that fails when the cost grows back. The packaged jar runs in a
 * process of its own at production settings ({@code -Xmx768m}, the demo data in {@code data/}), so nothing else in
 * the heap moves (this test JVM holds other tests' applications and Playwright's objects). One warm-up tab stays
 * open; then twenty Chromium tabs, each in its own browser context (own session, own UI), all sources, each waiting
 * for its first drawn chart and kept open. Live heap from {@code jcmd GC.run} twice and {@code GC.heap_info}, before
 * and after, the second once the browser's idle keep-alive connections have closed (Tomcat's 60 s): their buffers
 * belong to connections, not to tabs. Twenty tabs keep a GC's leftovers of a few MB under 100 KB per tab.
 */
@EnabledIf(value = "org.mtad.ui.HeadlessChromium#installed",
        disabledReason = "/usr/bin/chromium is not installed (apt-get install -y chromium): browser tests skipped")
class TabCostBrowserIT {

    private static final Logger log = LoggerFactory.getLogger(TabCostBrowserIT.class);

    static final int TABS = 20;
    static final double BOUND_KB = 300;
    static final Path JAR = Path.of("target", "management-tools-dashboard-1.0.0.jar");
    static final int KEEP_ALIVE_SECONDS = 65;

    @Test
    void an_open_dashboard_tab_holds_at_most_300_kb_of_live_heap() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(JAR), "no " + JAR + ": run with `./mvnw verify` (after package)");
        int port;
        try (var free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-Xmx768m", "-jar", JAR.toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(Path.of("target", "tab-cost-app.log").toFile());
        builder.environment().put("DATA_DIR", Path.of("data").toAbsolutePath().toString());
        Process app = builder.start();
        List<BrowserContext> open = new ArrayList<>();
        try (var chromium = HeadlessChromium.launch()) {
            TabCostBenchmark.waitForHealth(base);
            BrowserContext warm = chromium.browser().newContext();
            TabCostBenchmark.openTab(warm, base + "/");
            open.add(warm);
            Thread.sleep(KEEP_ALIVE_SECONDS * 1000L);
            long before = TabCostBenchmark.liveHeapKb(app.pid());

            for (int i = 0; i < TABS; i++) {
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                TabCostBenchmark.openTab(context, base + "/");
                open.add(context);
            }
            Thread.sleep(KEEP_ALIVE_SECONDS * 1000L);
            long after = TabCostBenchmark.liveHeapKb(app.pid());
            double perTab = (after - before) / (double) TABS;
            log.info(String.format(Locale.ROOT, "Live heap before %d KB, after %d more open tabs %d KB: %.0f KB per tab",
                    before, TABS, after, perTab));

            assertThat(perTab).as("live heap per open tab, KB").isLessThanOrEqualTo(BOUND_KB);
            open.forEach(BrowserContext::close);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }
}
