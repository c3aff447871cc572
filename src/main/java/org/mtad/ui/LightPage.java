package org.mtad.ui;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Tool;

/**
 * A small static HTML page written without Vaadin (no session, no UI, no script): the answer to a page URL that
 * names nothing (404) and to a new visitor while the server is full (503). Same words as {@link NotFoundView}.
 */
final class LightPage {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;"
            + "padding:0 1rem;line-height:1.5;color:#1a1a1a;background:#fff}"
            + "@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#1c1c1e}a{color:#8ab4f8}}";

    private final Document document;
    private final Element body;

    private LightPage(PageTexts texts, String title, String datasetTitle) {
        document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        document.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
        Locale locale = texts.locale();
        document.selectFirst("html").attr("lang", UiLanguage.code(locale));
        var head = document.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        head.appendElement("title").text(title + " — " + datasetTitle);
        PageHead.icons(head);
        head.appendElement("style").text(STYLE);
        body = document.body();
        body.appendElement("header").appendElement("p").appendElement("a").attr("href", "/").text(datasetTitle);
        body.appendElement("h1").text(title);
    }

    /** The 404 page: what was wrong in the URL and links to what exists. */
    static String notFound(Snapshot snapshot, PageTexts texts, String path, String problem) {
        Locale locale = texts.locale();
        var page = new LightPage(texts, texts.get("notFound.title"), snapshot.description().title().in(locale));
        var main = page.body.appendElement("main").attr("id", "not-found");
        main.appendElement("p").text(problem.startsWith(UnknownSelection.PREFIX)
                ? UnknownSelection.describe(problem, texts::get)
                : texts.get("notFound.page", path));
        main.appendElement("p").text(texts.get("notFound.tools"));
        var list = main.appendElement("ul");
        for (Tool tool : snapshot.tools()) {
            list.appendElement("li").appendElement("a").attr("href", "/" + tool.slug()).text(tool.name().in(locale));
        }
        var sources = snapshot.sources().stream().map(s -> s.key() + " (" + s.label().in(locale) + ")").toList();
        main.appendElement("p").text(texts.get("notFound.sources", String.join(", ", sources)));
        return page.document.outerHtml();
    }

    /** The 503 page: the server has as many open tabs as it can hold; try again shortly. */
    static String busy(Snapshot snapshot, PageTexts texts, String retryUrl, long retryAfterSeconds) {
        Locale locale = texts.locale();
        var page = new LightPage(texts, texts.get("busy.title"), snapshot.description().title().in(locale));
        var main = page.body.appendElement("main").attr("id", "busy");
        main.appendElement("p").text(texts.get("busy.text", Math.max(1, retryAfterSeconds / 60)));
        main.appendElement("p").appendElement("a").attr("href", retryUrl).text(texts.get("busy.retry"));
        main.appendElement("p").text(texts.get("busy.api"));
        return page.document.outerHtml();
    }
}
