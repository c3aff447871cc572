package org.mtad.ui;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** What the browser tests look at on the dashboard page, by the ids the views set. */
record DashboardPage(Page page) {

    static final String[] CHARTS = {"chart-temporal", "chart-means", "chart-trajectory", "chart-seasonal-observed",
        "chart-seasonal-trend", "chart-seasonal-seasonal", "chart-seasonal-residual", "chart-periodogram",
        "chart-correlation", "chart-regression", "chart-pca-loadings", "chart-pca-variance"};

    DashboardPage open(String baseUrl, String pathAndQuery) {
        page.navigate(baseUrl + pathAndQuery);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        return waitForCharts();
    }

    /**
     * Waits until every visible section is built and every visible chart element has drawn its SVG. Sections below
     * the fold are built, and charts drawn, when they come near the viewport, so each is scrolled into view first (as
     * a reader scrolling down the page), then the page goes back to the top.
     */
    DashboardPage waitForCharts() {
        // On a phone the selection panel alone is taller than the screen.
        chart("chart-temporal").scrollIntoViewIfNeeded();
        page.waitForSelector("#chart-temporal[data-rendered] svg.apexcharts-svg",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        @SuppressWarnings("unchecked")
        var sections = (java.util.List<String>) page.evaluate("() => [...document.querySelectorAll('section.mtad-section')]"
                + ".filter(s => s.offsetParent !== null).map(s => s.id)");
        sections.forEach(this::scrollToSection);
        @SuppressWarnings("unchecked")
        var visible = (java.util.List<String>) page.evaluate("() => [...document.querySelectorAll('mtad-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).map(c => c.id)");
        for (String id : visible) {
            chart(id).scrollIntoViewIfNeeded();
            page.waitForSelector("#" + id + "[data-rendered] svg.apexcharts-svg",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        }
        page.evaluate("() => window.scrollTo(0, 0)");
        page.waitForFunction("() => [...document.querySelectorAll('mtad-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.hasAttribute('data-rendered'))");
        return this;
    }

    /**
     * Scrolls the section with this id into view, as a reader would, and waits until the server has built it (a
     * section below the fold is only its title until it comes near the viewport).
     */
    DashboardPage scrollToSection(String id) {
        page.locator("section#" + id).scrollIntoViewIfNeeded();
        page.waitForSelector("section#" + id + ":not([data-lazy])",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        return this;
    }

    /** Whether the section with this id is still waiting to be built. */
    boolean lazy(String id) {
        return page.locator("section#" + id + "[data-lazy]").count() == 1;
    }

    /** Waits until Vaadin has no request to the server in flight (the last click has been answered). */
    void waitForServer() {
        page.waitForTimeout(100);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    Locator chart(String id) {
        return page.locator("#" + id);
    }

    int seriesCount(String chartId) {
        return chart(chartId).locator("g.apexcharts-series[seriesName]").count();
    }

    java.util.List<String> legend(String chartId) {
        return chart(chartId).locator(".apexcharts-legend-text").allInnerTexts();
    }

    String text(String selector) {
        return page.locator(selector).first().innerText();
    }

    /** Changes in the URL happen after the server round trip; wait for the chart to be drawn again. */
    void waitForRedraw(String chartId, String before) {
        page.waitForFunction("([id, before]) => document.getElementById(id)?.getAttribute('data-rendered') !== before",
                new Object[] {chartId, before});
    }

    String renderCount(String chartId) {
        return chart(chartId).getAttribute("data-rendered");
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(HeadlessChromium.SCREENSHOTS.resolve(name + ".png")));
    }

    Path screenshotPath(String name) {
        return HeadlessChromium.SCREENSHOTS.resolve(name + ".png");
    }
}
