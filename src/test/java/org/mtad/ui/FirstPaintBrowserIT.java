package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * The first screen comes in the page's HTML (what a crawler or a browser without JavaScript gets) and the client
 * replaces it by the real view without anything on screen moving: real headless Chromium, the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dashboard.data.dir=data")
@EnabledIf(value = "org.mtad.ui.HeadlessChromium#installed",
        disabledReason = "/usr/bin/chromium is not installed (apt-get install -y chromium): browser tests skipped")
class FirstPaintBrowserIT {

    private static HeadlessChromium chromium;
    private static final String LAYOUT_SHIFTS = "() => new Promise(done => { let sum = 0;"
            + " new PerformanceObserver(list => list.getEntries().forEach(e => { if (!e.hadRecentInput) sum += e.value; }))"
            + ".observe({ type: 'layout-shift', buffered: true }); setTimeout(() => done(sum), 500); })";

    @LocalServerPort
    int port;

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

    private static final String DESKTOP =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
    private static final String PHONE =
            "Mozilla/5.0 (Linux; Android 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36";

    private Document html(String path) throws Exception {
        return html(path, DESKTOP);
    }

    /** Runs a test in a page of its own, in a fresh desktop browser context. */
    private static void onDesktop(Consumer<Page> test) {
        var context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setUserAgent(DESKTOP));
        try {
            test.accept(context.newPage());
        } finally {
            context.close();
        }
    }

    private Document html(String path, String userAgent) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("User-Agent", userAgent).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void a_tool_page_arrives_with_its_first_screen_in_the_html() throws Exception {
        var first = html("/benchmarking?lang=en").getElementById(FirstPaint.ID);
        assertThat(first).isNotNull();
        assertThat(first.selectFirst("h1").text()).isNotBlank();
        assertThat(first.selectFirst(".mtad-fp-picker .mtad-fp-field").text()).isEqualTo("Benchmarking");
        assertThat(first.selectFirst("section h2").text()).isEqualTo("Over time");
        assertThat(first.select(".mtad-sources .mtad-fp-box[data-checked=true]")).hasSizeGreaterThan(1);
        // A picture of the page, not its controls: no id but its own, so the view's ids stay unique.
        assertThat(first.select("[id]")).containsExactly(first);
    }

    @Test
    void the_first_screen_follows_the_language_and_the_sources_of_the_url() throws Exception {
        var spanish = html("/benchmarking?lang=es").getElementById(FirstPaint.ID);
        assertThat(spanish.selectFirst("section h2").text()).isEqualTo("En el tiempo");
        var none = html("/benchmarking?sources=&lang=en").getElementById(FirstPaint.ID);
        assertThat(none.select(".mtad-sources .mtad-fp-box[data-checked=true]")).isEmpty();
        assertThat(none.select("section")).isEmpty();
        assertThat(none.selectFirst(".mtad-hint").text()).startsWith("Select at least one source");
    }

    @Test
    void pages_that_are_not_a_tool_s_dashboard_get_none() throws Exception {
        assertThat(html("/?lang=en").getElementById(FirstPaint.ID)).isNull();
    }

    @Test
    void only_a_desktop_s_tool_page_starts_its_first_chart_with_a_script_of_its_own() throws Exception {
        var desktop = html("/benchmarking?lang=en", DESKTOP);
        var firstChart = desktop.select("head > script[type=module][async][src*=/first-chart-]");
        assertThat(firstChart).hasSize(1);
        // That script starts the client's entry once the chart is drawn; the page only fetches it, with low priority.
        String entry = firstChart.attr("data-client");
        assertThat(entry).contains("/VAADIN/build/indexhtml-");
        assertThat(desktop.select("script[src*=/indexhtml-]")).as("the page does not start the client itself").isEmpty();
        assertThat(desktop.select("link[rel=modulepreload][fetchpriority=low]").eachAttr("href"))
                .as("the client's start-up modules are not preloaded to compete with the chart").containsExactly(entry);
        // The fallback that starts the client if the chart's script fails: ahead of it, with the page's nonce.
        var fallback = firstChart.first().previousElementSibling();
        assertThat(fallback.tagName()).isEqualTo("script");
        assertThat(fallback.data()).contains("dataset.client");
        assertThat(fallback.attr("nonce")).isNotEmpty().isEqualTo(desktop.select("script[initial]").attr("nonce"));

        var phone = html("/benchmarking?lang=en", PHONE);
        assertThat(phone.select("script[src*=/first-chart-]")).as("a phone's chart waits for a scroll").isEmpty();
        assertThat(phone.select("script[type=module]:not([async])[src*=/indexhtml-]")).hasSize(1);
        assertThat(phone.select("link[rel=modulepreload][fetchpriority=low]")).isNotEmpty();
        var home = html("/?lang=en", DESKTOP);
        assertThat(home.select("script[src*=/first-chart-]")).isEmpty();
        assertThat(home.select("script[type=module]:not([async])[src*=/indexhtml-]")).hasSize(1);
        // Every module preload once: the page's own (Vite's) are not named again.
        var preloads = phone.select("link[rel=modulepreload]").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
        assertThat(preloads).doesNotHaveDuplicates();
    }

    @Test
    void on_a_desktop_the_first_chart_is_drawn_even_if_the_client_s_entry_script_never_arrives() throws Exception {
        String entry = html("/benchmarking?lang=en").select("script[data-client]").attr("data-client");
        assertThat(entry).isNotBlank();
        onDesktop(page -> {
            page.route(url -> url.contains(entry.substring(entry.lastIndexOf('/'))), route -> route.abort());
            page.navigate("http://localhost:" + port + "/benchmarking?lang=en");
            page.waitForSelector("#" + FirstPaint.ID + " [data-first-chart] .apexcharts-series");
            assertThat(page.locator("#chart-temporal").count()).as("no client, no view").isZero();
        });
    }

    @Test
    void on_a_desktop_the_client_starts_once_the_first_chart_is_drawn() {
        onDesktop(page -> {
            page.addInitScript("new MutationObserver((changes, observer) => {"
                    + " if (document.querySelector('#" + FirstPaint.ID + " .apexcharts-series')) {"
                    + " window.firstChartAt = performance.now(); observer.disconnect(); } })"
                    + ".observe(document, { childList: true, subtree: true })");
            page.navigate("http://localhost:" + port + "/benchmarking?lang=en");
            page.waitForSelector("#chart-temporal[data-rendered] .apexcharts-series");
            double init = ((Number) page.evaluate("() => performance.getEntriesByType('resource')"
                    + ".find(e => e.name.includes('v-r=init')).startTime")).doubleValue();
            double drawn = ((Number) page.evaluate("() => window.firstChartAt")).doubleValue();
            assertThat(init).as("the client's init request, after the first chart is drawn").isGreaterThan(drawn);
        });
    }

    @Test
    void on_a_desktop_the_client_starts_even_if_the_chart_library_never_arrives() {
        onDesktop(page -> {
            // The first chart's script then fails to load (one of its imports did), and nothing is drawn early.
            page.route(url -> url.contains("/VAADIN/build/apexcharts"), route -> route.abort());
            page.navigate("http://localhost:" + port + "/benchmarking?lang=en");
            page.waitForSelector("#chart-temporal");
            page.waitForFunction("() => !document.getElementById('" + FirstPaint.ID + "')");
            assertThat(page.locator("#section-nav [data-section]").count()).as("the view, built by the client")
                    .isPositive();
        });
    }

    @Test
    void without_the_first_chart_s_own_script_the_client_draws_the_first_chart() {
        onDesktop(page -> {
            page.route(url -> url.contains("/VAADIN/build/first-chart-"), route -> route.abort());
            page.navigate("http://localhost:" + port + "/benchmarking?lang=en");
            page.waitForSelector("#chart-temporal[data-rendered] .apexcharts-series");
            assertThat(page.locator("#chart-temporal .apexcharts-canvas").count()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 900", "412, 823", "360, 740"})
    void the_client_replaces_it_without_a_layout_shift_and_lists_the_same_sections(int width, int height) throws Exception {
        List<String> listed = html("/benchmarking?lang=en").getElementById(FirstPaint.ID).select("nav .mtad-button")
                .eachText();
        var context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        try {
            Page page = context.newPage();
            // Where the first paint put the first chart, before the client could change anything.
            page.addInitScript("document.addEventListener('DOMContentLoaded', () => { const place ="
                    + " document.querySelector('#" + FirstPaint.ID + " [data-first-chart]');"
                    + " window.firstPaintChartTop = place.getBoundingClientRect().top + scrollY; })");
            page.navigate("http://localhost:" + port + "/benchmarking?lang=en");
            page.waitForSelector("#chart-temporal");
            page.waitForFunction("() => !document.getElementById('" + FirstPaint.ID + "')");
            assertThat(page.locator("#section-nav [data-section]").allInnerTexts()).containsExactlyElementsOf(listed);
            // The overlay's removal is no layout shift to Chrome, so compare places: had the first paint laid the
            // page out otherwise, the chart would jump when the view arrives (it did by 160 px on a phone).
            double drawnAt = ((Number) page.evaluate("() => document.getElementById('chart-temporal')"
                    + ".getBoundingClientRect().top + scrollY")).doubleValue();
            assertThat(((Number) page.evaluate("() => window.firstPaintChartTop")).doubleValue())
                    .as("the first chart's place in the first paint and in the view").isCloseTo(drawnAt, within(1.0));
            // On a phone the chart is below the fold: it is drawn once the visitor scrolls to it.
            page.locator("#chart-temporal").scrollIntoViewIfNeeded();
            page.waitForSelector("#chart-temporal[data-rendered] .apexcharts-canvas");
            assertThat(((Number) page.evaluate(LAYOUT_SHIFTS)).doubleValue()).isZero();
        } finally {
            context.close();
        }
    }

    @Test
    void on_a_phone_a_chart_below_the_fold_waits_for_the_visitor_to_scroll() {
        var context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(412, 600)
                .setIsMobile(true).setHasTouch(true));
        try {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/benchmarking?lang=en");
            page.waitForSelector("#chart-temporal");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForTimeout(1000);
            double top = ((Number) page.evaluate("() => document.getElementById('chart-temporal')"
                    + ".getBoundingClientRect().top")).doubleValue();
            assertThat(top).as("the chart starts below the fold here").isGreaterThan(600 - 100);
            assertThat(page.locator("#chart-temporal .apexcharts-canvas").count()).as("not drawn while loading").isZero();
            assertThat(page.locator("#chart-temporal").getAttribute("data-rendered")).isNull();
            assertThat(page.locator("section#means").getAttribute("data-lazy")).as("nor the next section built")
                    .isNotNull();

            page.mouse().wheel(0, 300);
            page.waitForSelector("#chart-temporal[data-rendered] .apexcharts-canvas");
            assertThat(page.locator("#chart-temporal .apexcharts-canvas").count()).isEqualTo(1);
        } finally {
            context.close();
        }
    }

    @Test
    void the_first_chart_is_drawn_before_the_view_arrives_and_the_view_keeps_it() {
        onDesktop(page -> {
            var temporalFetches = new java.util.concurrent.atomic.AtomicInteger();
            page.onRequest(request -> {
                if (request.url().contains("/charts/benchmarking/temporal")) {
                    temporalFetches.incrementAndGet();
                }
            });
            // Hold the client's round trips back: the chart must not need them.
            page.route(url -> url.contains("v-r=uidl"), route -> {
                page.waitForTimeout(2500);
                route.resume();
            });
            page.navigate("http://localhost:" + port + "/benchmarking?lang=en");
            page.waitForSelector("#" + FirstPaint.ID + " [data-first-chart] .apexcharts-series");
            assertThat(page.locator("#chart-temporal").count()).as("the view is not there yet").isZero();

            page.waitForSelector("#chart-temporal[data-rendered] .apexcharts-series");
            assertThat(page.locator("#" + FirstPaint.ID).count()).isZero();
            assertThat(page.locator("#chart-temporal").getAttribute("data-rendered")).as("taken over, not drawn again")
                    .isEqualTo("1");
            assertThat(page.locator("#chart-temporal .apexcharts-canvas").count()).isEqualTo(1);
            assertThat(temporalFetches.get()).as("options fetched once: the page's preload, taken by the chart script")
                    .isEqualTo(1);
        });
    }

    @Test
    void without_javascript_the_first_screen_stays() {
        var context = chromium.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        try {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/benchmarking?lang=en");
            assertThat(page.locator("#" + FirstPaint.ID + " section h2").isVisible()).isTrue();
            assertThat(page.locator("#" + FirstPaint.ID + " .mtad-fp-picker").innerText()).contains("Benchmarking");
        } finally {
            context.close();
        }
    }
}
