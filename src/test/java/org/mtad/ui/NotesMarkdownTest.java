package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotesMarkdownTest {

    @Test
    void markdown_formatting_is_rendered() {
        assertThat(NotesMarkdown.toHtml("**Descriptores:** a + b")).contains("<strong>Descriptores:</strong>");
    }

    @Test
    void a_script_tag_in_the_notes_is_shown_as_text_and_never_becomes_an_element() {
        String html = NotesMarkdown.toHtml("Hello <script>alert('x')</script> and <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void javascript_links_in_markdown_lose_their_target() {
        String html = NotesMarkdown.toHtml("[click](javascript:alert(1))");
        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    void the_rendered_notes_have_a_single_root_element_as_the_Html_component_requires() {
        String html = NotesMarkdown.toHtml("one\n\ntwo");
        assertThat(html).startsWith("<div").endsWith("</div>");
    }

    @Test
    void only_http_links_are_accepted_from_the_data() {
        assertThat(NotesMarkdown.safeLink("https://trends.google.com/x?q=1")).contains("https://trends.google.com/x?q=1");
        assertThat(NotesMarkdown.safeLink("javascript:alert(1)")).isEmpty();
        assertThat(NotesMarkdown.safeLink("Search Expression")).isEmpty();
        assertThat(NotesMarkdown.safeLink("")).isEmpty();
    }

    @Test
    void dois_become_resolver_links_and_anything_else_is_ignored() {
        assertThat(NotesMarkdown.doiLink("10.5281/zenodo.15339083")).contains("https://doi.org/10.5281/zenodo.15339083");
        assertThat(NotesMarkdown.doiLink("https://doi.org/10.5281/zenodo.1")).contains("https://doi.org/10.5281/zenodo.1");
        assertThat(NotesMarkdown.doiLink("")).isEmpty();
        assertThat(NotesMarkdown.doiLink("not a doi")).isEmpty();
        assertThat(NotesMarkdown.doiLink(null)).isEmpty();
    }
}
