package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mtad.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Page hits that never run Vaadin's client (a crawler, a link preview, curl): they leave no UI and no session
 * behind, their bootstrap page carries a head written for them in the right language, and a URL naming nothing
 * answers a friendly 404 page, all over real HTTP on the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dashboard.data.dir=data")
class BareGetIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    double metric(String name) throws IOException, InterruptedException {
        var m = Pattern.compile("(?m)^" + name + "\\{[^}]*} ([0-9.eE+-]+)$").matcher(get("/actuator/prometheus").body());
        assertThat(m.find()).as(name).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void two_hundred_bare_gets_across_tools_leave_no_ui_and_no_session() throws Exception {
        double createdBefore = metric("tomcat_sessions_created_sessions_total");
        // Browser tests sharing this application may have left tabs open: compare with what was there before.
        double uisBefore = metric("dashboard_vaadin_uis");
        double vaadinSessionsBefore = metric("dashboard_vaadin_sessions");
        double sessionsBefore = metric("tomcat_sessions_active_current_sessions");
        var tools = catalog.current().tools();
        for (int i = 0; i < 200; i++) {
            var response = get("/" + tools.get(i % tools.size()).slug() + (i % 2 == 0 ? "" : "?range=10y&lang=es"));
            assertThat(response.statusCode()).isEqualTo(200);
        }
        assertThat(metric("dashboard_vaadin_uis")).isLessThanOrEqualTo(uisBefore);
        assertThat(metric("dashboard_vaadin_sessions")).isLessThanOrEqualTo(vaadinSessionsBefore);
        assertThat(metric("tomcat_sessions_active_current_sessions")).isLessThanOrEqualTo(sessionsBefore);
        // Vaadin did make a session per page (it always does); it ended with the request.
        assertThat(metric("tomcat_sessions_created_sessions_total") - createdBefore).isGreaterThanOrEqualTo(200);
    }

    @Test
    void a_deep_link_has_title_description_open_graph_canonical_and_noscript_in_english() throws Exception {
        var tool = catalog.current().tools().get(1);
        String dataset = catalog.current().description().title().en();
        var response = get("/" + tool.slug() + "?lang=en&range=10y", "Accept-Language", "es-ES");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        String title = tool.name().en() + " — " + dataset;
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo(title);
        assertThat(page.select("title")).hasSize(1);
        assertThat(content(page, "meta[name=description]")).startsWith(tool.name().en() + " in " + dataset)
                .contains("monthly series");
        assertThat(content(page, "meta[property=og:title]")).isEqualTo(title);
        assertThat(content(page, "meta[property=og:description]")).isEqualTo(content(page, "meta[name=description]"));
        assertThat(content(page, "meta[property=og:type]")).isEqualTo("website");
        String canonical = "http://localhost:" + port + "/" + tool.slug() + "?lang=en";
        assertThat(content(page, "meta[property=og:url]")).isEqualTo(canonical);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(page.selectFirst("body noscript").text()).contains("JavaScript", "/api/v1");
        assertThat(page.selectFirst("link[rel=icon]").attr("href")).isEqualTo("/icons/icon.svg");
        assertThat(page.selectFirst("link[rel=apple-touch-icon]").attr("href")).isEqualTo("/icons/icon-180.png");
    }

    @Test
    void the_browser_language_chooses_spanish_for_the_head_of_the_start_page() throws Exception {
        String dataset = catalog.current().description().title().es();
        Document page = Jsoup.parse(get("/", "Accept-Language", "es-AR,es;q=0.9").body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.title()).isEqualTo(dataset);
        assertThat(content(page, "meta[name=description]")).startsWith(dataset + ": series mensuales");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/?lang=es");
        assertThat(page.selectFirst("body noscript").text()).contains("JavaScript", "actívelo");
    }

    @Test
    void unknown_tool_source_range_and_page_answer_a_friendly_404_in_the_visitors_language() throws Exception {
        var first = catalog.current().tools().getFirst();
        record Case(String path, String language, String says) {
        }
        for (var c : new Case[] {
            new Case("/no-such-tool", "en", "There is no tool called \"no-such-tool\"."),
            new Case("/no-such-tool", "es", "No existe ninguna herramienta llamada «no-such-tool»."),
            new Case("/" + first.slug() + "?sources=nope", "en", "There is no source called \"nope\"."),
            new Case("/" + first.slug() + "?range=forever&lang=es", "en", "«forever»"),
            new Case("/tools/" + first.slug(), "en", "There is no page at \"/tools/" + first.slug() + "\".")}) {
            var response = get(c.path(), "Accept-Language", c.language());
            assertThat(response.statusCode()).as(c.path()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(c.path()).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(response.headers().allValues("Set-Cookie")).as(c.path()).isEmpty();
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("#not-found").text()).as(c.path()).contains(c.says());
            // Links to every tool, as the in-app not-found view lists them.
            assertThat(page.select("#not-found li a")).hasSize(catalog.current().tools().size());
            assertThat(page.selectFirst("#not-found a").attr("href")).startsWith("/");
        }
        var spanish = get("/no-such-tool", "Accept-Language", "es");
        assertThat(Jsoup.parse(spanish.body()).selectFirst("h1").text()).isEqualTo("Aquí no hay nada");
        assertThat(Jsoup.parse(spanish.body()).selectFirst("html").attr("lang")).isEqualTo("es");
    }

    @Test
    void a_scanners_probes_for_files_that_do_not_exist_get_the_404_page_and_no_session() throws Exception {
        double createdBefore = metric("tomcat_sessions_created_sessions_total");
        for (String path : new String[] {"/wp-login.php", "/.env", "/.git/config", "/admin/config.php",
            "/" + catalog.current().tools().getFirst().slug() + "/index.html", "/scripts/missing.js"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(Jsoup.parse(response.body()).selectFirst("#not-found")).as(path).isNotNull();
        }
        assertThat(metric("tomcat_sessions_created_sessions_total") - createdBefore).isZero();
        // A file that is there is still served as it is.
        assertThat(get("/icons/icon.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void favicon_icons_and_manifest_are_served() throws Exception {
        for (String path : new String[] {"/favicon.ico", "/icons/icon.svg", "/icons/icon-32.png", "/icons/icon-180.png",
            "/icons/icon-192.png", "/icons/icon-512.png", "/manifest.webmanifest"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isNotEmpty();
        }
        assertThat(get("/manifest.webmanifest").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/manifest+json"));
    }

    @Test
    void robots_txt_lets_crawlers_in_to_the_pages_but_not_to_the_chart_data_or_the_api() throws Exception {
        var response = get("/robots.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        var lines = response.body().lines().map(String::strip).toList();
        assertThat(lines).contains("User-agent: *", "Allow: /", "Disallow: /charts/", "Disallow: /api/")
                .doesNotContain("Disallow: /", "Disallow: /VAADIN/");
    }

    private static String content(Document page, String selector) {
        var element = page.selectFirst(selector);
        assertThat(element).as(selector).isNotNull();
        return element.attr("content");
    }
}
