package org.mtad.catalog;

/**
 * The researchers' notes on one tool in one source, as stored (Markdown, in the language they were written in).
 * Empty strings where the file has nothing.
 */
public record SourceNote(String source, String notes, String link, String searchExpression, String doi) {
}
