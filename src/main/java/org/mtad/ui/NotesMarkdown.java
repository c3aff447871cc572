package org.mtad.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The researchers' notes are Markdown from a data file, so they are untrusted: raw HTML in them is escaped (shown as
 * text, never run) and link targets other than http(s)/mailto are dropped by commonmark's URL sanitiser.
 */
final class NotesMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private NotesMarkdown() {
    }

    /** One {@code <div>} holding the rendered notes, ready for Vaadin's {@code Html} component. */
    static String toHtml(String markdown) {
        return "<div class=\"mtad-notes\">" + RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)) + "</div>";
    }

    /** An http(s) link from the data, or empty when the text is not one (so no javascript: URL reaches a page). */
    static Optional<String> safeLink(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The resolver URL of a DOI such as {@code 10.5281/zenodo.15339083}; empty when the text is not a DOI. */
    static Optional<String> doiLink(String doi) {
        if (doi == null) {
            return Optional.empty();
        }
        String trimmed = doi.trim().replaceFirst("^(?i)(https?://(dx\\.)?doi\\.org/|doi:)", "");
        if (!trimmed.matches("10\\.\\d{4,9}/\\S+")) {
            return Optional.empty();
        }
        return safeLink("https://doi.org/" + trimmed.replace(" ", "%20"));
    }
}
