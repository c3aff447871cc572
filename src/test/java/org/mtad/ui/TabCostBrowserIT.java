package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.mtad.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an open dashboard tab costs the server (issue 9: at most 300 KB of live heap each). Twenty real Chromium tabs,
 * each in its own browser context (so its own session and UI), all five sources, each waiting for its first drawn
 * chart and kept open; the live heap of this JVM (which runs the app) after full GCs, before and after opening them.
 * The browser is driven from another process ({@link OpenTabs}), so its Playwright objects are not weighed, and one
 * warm-up tab stays open through both readings. Twenty tabs make the figure robust: a GC's leftovers of a few MB
 * would be 100+ KB per tab with two tabs, not with twenty.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dashboard.data.dir=data", "mtad.test.context=tab-cost"})
@EnabledIf(value = "org.mtad.ui.HeadlessChromium#installed",
        disabledReason = "/usr/bin/chromium is not installed (apt-get install -y chromium): browser tests skipped")
class TabCostBrowserIT {

    private static final Logger log = LoggerFactory.getLogger(TabCostBrowserIT.class);

    static final int TABS = 20;
    static final double BOUND_KB = 300;

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    VisitorCapacity capacity;

    @Test
    void an_open_dashboard_tab_holds_at_most_300_kb_of_live_heap() throws Exception {
        String url = "http://localhost:" + port + "/" + catalog.current().tools().getFirst().slug();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(Path.of("target"));
        Process browser = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OpenTabs.class.getName(), url).redirectError(Path.of("target", "tab-cost-browser.log").toFile()).start();
        var commands = new PrintWriter(new OutputStreamWriter(browser.getOutputStream(), StandardCharsets.UTF_8), true);
        var answers = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
        try {
            assertThat(answer(answers, 120)).isEqualTo("warm");
            int openBefore = capacity.open();
            long before = liveHeap();

            commands.println("open " + TABS);
            assertThat(answer(answers, 600)).isEqualTo("opened " + TABS);
            long after = liveHeap();
            double perTab = (after - before) / 1024.0 / TABS;
            log.info("Live heap before {} KB, after {} more open tabs {} KB: {} KB per tab", before / 1024, TABS,
                    after / 1024, Math.round(perTab));

            assertThat(capacity.open()).as("open tabs (UIs) counted").isEqualTo(openBefore + TABS);
            assertThat(perTab).as("live heap per open tab, KB").isLessThanOrEqualTo(BOUND_KB);
        } finally {
            commands.close(); // end of input: the browser process closes its tabs and exits
            if (!browser.waitFor(60, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        }
    }

    private static String answer(BufferedReader answers, int seconds) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return answers.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(seconds, TimeUnit.SECONDS);
    }

    /** Used heap after full collections (System.gc() is a full, stop-the-world collection with G1). */
    private static long liveHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
