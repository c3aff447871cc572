package org.mtad.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Opens dashboard tabs in headless Chromium, each in its own browser context (own cookies, so its own session), for a
 * test that weighs the server's heap: run as its own process, so Playwright's Java objects for the pages do not sit
 * in the heap being measured. Talks over stdin/stdout: opens one warm-up tab and prints {@code warm}, then on each line
 * {@code open N} opens N more tabs (each waits for its first drawn chart) and prints {@code opened N}; stdin closed
 * ends it, closing every tab.
 *
 * <pre>java -cp TEST_CLASSPATH org.mtad.ui.OpenTabs URL</pre>
 */
public final class OpenTabs {

    private OpenTabs() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<BrowserContext> open = new ArrayList<>();
        try (var chromium = HeadlessChromium.launch()) {
            open.add(openTab(chromium.browser(), url));
            System.out.println("warm");
            System.out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("open ")) {
                    int count = Integer.parseInt(line.substring(5).trim());
                    for (int i = 0; i < count; i++) {
                        open.add(openTab(chromium.browser(), url));
                    }
                    System.out.println("opened " + count);
                    System.out.flush();
                }
            }
            open.forEach(BrowserContext::close);
        }
    }

    private static BrowserContext openTab(Browser browser, String url) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(url);
        page.waitForSelector(".apexcharts-canvas", new Page.WaitForSelectorOptions().setTimeout(60_000));
        return context;
    }
}
