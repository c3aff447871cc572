package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.mtad.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * Load shedding with the cap set to one open tab: a real Chromium tab holds the only place; a new visitor gets the
 * translated 503 page with Retry-After, while the open tab keeps working and the API and /health answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dashboard.data.dir=data", "dashboard.visitors.max-open-tabs=1"})
@EnabledIf(value = "org.mtad.ui.HeadlessChromium#installed",
        disabledReason = "/usr/bin/chromium is not installed (apt-get install -y chromium): browser tests skipped")
class LoadSheddingBrowserIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    VisitorCapacity capacity;

    HttpResponse<String> get(String path, String language) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", language).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void over_the_cap_a_new_visitor_gets_a_translated_503_while_the_open_tab_api_and_health_keep_working()
            throws Exception {
        var tools = catalog.current().tools();
        try (var chromium = HeadlessChromium.launch();
                var tab = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US"));
                var newcomer = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("es-ES"))) {
            var open = new DashboardPage(tab.newPage()).open(base(), "/" + tools.getFirst().slug() + "?lang=en");
            assertThat(capacity.open()).isEqualTo(1);

            for (String language : new String[] {"en", "es"}) {
                var busy = get("/" + tools.get(1).slug(), language);
                assertThat(busy.statusCode()).isEqualTo(503);
                assertThat(busy.headers().firstValue("Retry-After")).contains("60");
                assertThat(busy.headers().allValues("Set-Cookie")).isEmpty();
                var page = Jsoup.parse(busy.body());
                assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
                assertThat(page.selectFirst("h1").text())
                        .isEqualTo(language.equals("en") ? "Too many visitors right now" : "Demasiados visitantes en este momento");
                assertThat(page.selectFirst("#busy a").attr("href")).isEqualTo("/" + tools.get(1).slug());
            }
            assertThat(get("/api/v1/tools", "en").statusCode()).isEqualTo(200);
            assertThat(get("/health", "en").statusCode()).isEqualTo(200);
            // An unknown tool is still a 404, not a 503: nothing would be opened for it.
            assertThat(get("/no-such-tool", "en").statusCode()).isEqualTo(404);

            // A second browser is turned away with the Spanish page and never gets a tab.
            Page second = newcomer.newPage();
            var answer = second.navigate(base() + "/" + tools.get(2).slug());
            assertThat(answer.status()).isEqualTo(503);
            assertThat(second.locator("h1").innerText()).isEqualTo("Demasiados visitantes en este momento");
            assertThat(capacity.open()).isEqualTo(1);

            // The open tab still talks to its UI: the language switch is a server round trip that relabels the page.
            open.page().locator("#language").click();
            open.page().locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Español")).click();
            open.page().waitForURL(url -> url.contains("lang=es"));
            open.page().waitForFunction("() => document.querySelector('#temporal h2').innerText === 'En el tiempo'");
            open.waitForCharts();
            assertThat(capacity.open()).isEqualTo(1);
        }
    }
}
