package org.mtad.ui;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jsoup.nodes.Element;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Tool;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * The bootstrap page as crawlers and link previews read it, written on the server: the language, a title
 * "tool — dataset", a description, Open Graph tags, the canonical URL (with its language), the icons, a
 * {@code <noscript>} note, the preloads of what the first chart needs ({@link FirstChartPreloads}) and, on a tool's
 * page, its first screen ({@link FirstPaint}). The view sets the same title again once the client runs.
 */
@Component
class PageHead implements VaadinServiceInitListener {

    private final Catalog catalog;
    private final FirstChartPreloads preloads = FirstChartPreloads.fromBundle();

    PageHead(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::write);
    }

    /** The favicon (SVG, with a PNG and ICO for older clients), the home-screen icon and the web manifest. */
    static void icons(Element head) {
        head.appendElement("link").attr("rel", "icon").attr("href", "/icons/icon.svg").attr("type", "image/svg+xml");
        head.appendElement("link").attr("rel", "icon").attr("href", "/icons/icon-32.png").attr("type", "image/png")
                .attr("sizes", "32x32");
        head.appendElement("link").attr("rel", "apple-touch-icon").attr("href", "/icons/icon-180.png");
        head.appendElement("link").attr("rel", "manifest").attr("href", "/manifest.webmanifest");
    }

    private void write(IndexHtmlResponse page) {
        if (!(page.getVaadinRequest() instanceof VaadinServletRequest servletRequest)) {
            return;
        }
        HttpServletRequest request = servletRequest.getHttpServletRequest();
        Snapshot snapshot = catalog.current();
        Locale locale = UiLanguage.of(request);
        var texts = new PageTexts(locale);
        Optional<Tool> tool = PageGate.pagePath(request).flatMap(snapshot::tool);
        String dataset = snapshot.description().title().in(locale);
        String entity = snapshot.description().entity().in(locale).toLowerCase(locale);
        String title = tool.map(t -> t.name().in(locale) + " — " + dataset).orElse(dataset);
        String description = tool.map(t -> texts.get("head.tool.description", t.name().in(locale), dataset))
                .orElseGet(() -> texts.get("head.index.description", dataset, entity));
        String path = tool.map(t -> "/" + t.slug()).orElse("/");
        String code = UiLanguage.code(locale);
        String canonical = base(request).path(path).queryParam("lang", code).toUriString();

        var document = page.getDocument();
        document.selectFirst("html").attr("lang", code);
        var head = document.head();
        head.select("title").remove();
        head.appendElement("title").text(title);
        meta(head, "name", "description", description);
        meta(head, "property", "og:title", title);
        meta(head, "property", "og:description", description);
        meta(head, "property", "og:type", "website");
        meta(head, "property", "og:url", canonical);
        meta(head, "property", "og:site_name", dataset);
        meta(head, "property", "og:locale", code.equals("es") ? "es_ES" : "en_GB");
        head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
        for (Locale other : UiLanguage.ALL) {
            String otherCode = UiLanguage.code(other);
            head.appendElement("link").attr("rel", "alternate").attr("hreflang", otherCode)
                    .attr("href", base(request).path(path).queryParam("lang", otherCode).toUriString());
        }
        icons(head);
        preloads.write(head, request, snapshot);
        FirstPaint.write(document.body(), request, snapshot, texts);
        document.body().prependElement("noscript").appendElement("p").text(texts.get("head.noscript"));
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.appendElement("meta").attr(attribute, name).attr("content", content);
    }

    /** Scheme, host and port as the visitor used them (a trusted proxy's X-Forwarded-* already applied by Tomcat). */
    private static UriComponentsBuilder base(HttpServletRequest request) {
        var builder = UriComponentsBuilder.newInstance().scheme(request.getScheme()).host(request.getServerName());
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return standard ? builder : builder.port(port);
    }
}
